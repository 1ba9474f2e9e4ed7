extension PersonFinder {
    /// Nouns of a title that says whom a person represents: "le président kényan", "son homologue rwandais",
    /// "Kenyan President", "Président de la République de Madagascar". Folded.
    static let titleNouns: Set<String> = [
        "president", "presidente", "ministre", "minister", "premier", "premiere", "prime", "homologue", "counterpart", "chef",
        "chief", "head", "dirigeant", "dirigeante", "leader", "roi", "reine", "king", "queen", "prince", "princesse", "emir",
        "cheikh", "sheikh", "chancelier", "chanceliere", "chancellor", "secretaire", "secretary", "vice", "ambassadeur",
        "ambassadrice", "ambassador", "envoye", "envoyee", "envoy", "monarque", "souverain", "gouverneur", "governor", "porte",
        "parole", "spokesman", "spokesperson", "representant", "representante", "representative", "commissaire", "commissioner",
        "conseiller", "conseillere", "adviser", "advisor", "negociateur", "negociatrice", "negotiator", "delegue", "deleguee",
        "diplomate", "diplomat", "foreign", "adjoint", "adjointe", "deputy", "assistant", "under", "sultan",
    ]

    /// Words a title is padded with between its noun, its country and the name. Folded.
    static let titleFillers: Set<String> = [
        "de", "des", "du", "d", "la", "le", "les", "l", "son", "sa", "ses", "leur", "of", "the", "for", "s", "en", "charge", "chargee",
        "affaires", "etrangeres", "exterieures", "etranger", "affairs", "external", "state", "etat", "republique", "republic",
        "gouvernement", "government", "conseil", "council", "nouveau", "nouvelle", "new", "actuel", "actuelle", "ancien", "ancienne",
        "former", "general", "generale", "haut", "haute", "high", "defense", "defence", "justice", "interieur", "interior", "finances",
        "finance", "economie", "economy", "commerce", "trade", "culture", "sante", "health", "sociales", "social", "securite", "security",
        "national", "nationale", "energie", "energy", "agriculture", "transports", "travail", "labour", "education", "environnement",
        "environment", "federal", "federale", "federation", "populaire", "democratique", "islamique", "people", "democratic", "islamic",
        // ("Egyptian intelligence chief Abbas Kamel", "le chef des services de renseignement égyptiens".)
        "intelligence", "renseignement", "renseignements", "services", "spy",
    ]

    /// Intelligence agencies, whose chiefs and directors are their countries' ("CIA Director William Burns", "Mossad chief
    /// David Barnea"). Folded.
    static let agencyCountries: [String: String] = [
        "cia": "US", "fbi": "US", "nsa": "US", "mossad": "IL", "bet": "IL", "mi6": "GB", "mi5": "GB", "dgse": "FR", "dgsi": "FR",
        "fsb": "RU", "svr": "RU", "gru": "RU", "isi": "PK", "bnd": "DE", "mit": "TR",
    ]

    /// Gives a country to people found without one, from the title beside their name: before it
    /// ("le président kényan William Ruto", "la ministre kenyane des Affaires étrangères, Amina Mohamed",
    /// "Kenyan President William Ruto") or in apposition after it ("Andry Rajoelina, Président de la
    /// République de Madagascar"). The article remembers the country for later mentions.
    public mutating func placeByTitles(_ persons: [PersonMention], places: [PlaceMention], in sentence: String) -> [PersonMention] {
        let characters = Array(sentence)
        return placeByTitles(persons, places: places, in: characters, words: Self.words(characters))
    }

    mutating func placeByTitles(
        _ persons: [PersonMention], places: [PlaceMention], in sentence: [Character], words tokens: [(text: String, start: Int)]
    ) -> [PersonMention] {
        guard persons.contains(where: { $0.country == nil }) else { return persons }
        let countries = places.filter { $0.kind == .adjective || $0.kind == .country || $0.kind == .city }
        var persons = persons
        for index in persons.indices where persons[index].country == nil {
            let person = persons[index]
            guard let first = tokens.firstIndex(where: { $0.start == person.offset }),
                let country = Self.titleCountry(before: first, tokens: tokens, places: countries, in: sentence)
                    ?? Self.titleCountry(after: first, tokens: tokens, places: countries, named: Set(persons.map(\.offset)), in: sentence)
            else { continue }
            persons[index].country = country
            if let known = known.firstIndex(where: { $0.name == person.name && $0.country == nil }) { self.known[known].country = country }
            // (And the sentence's subject, which "He" in the next sentence stands for.)
            if subject?.name == person.name, subject?.country == nil { subject?.country = country }
        }
        return persons
    }

    /// A word as a title noun is looked up: folded, and after its hyphen ("vice-présidente" is "presidente").
    static func titleNoun(_ word: String) -> String {
        let folded = fold(word)
        return folded.split(separator: "-").last.map(String.init) ?? folded
    }

    /// The country of a title that ends right before the name starting at token `first`.
    static func titleCountry(
        before first: Int, tokens: [(text: String, start: Int)], places: [PlaceMention], in sentence: [Character]
    ) -> String? {
        var cursor = first - 1
        var sawTitle = false
        while cursor >= 0, first - cursor <= 8 {
            let token = tokens[cursor]
            if let place = places.first(where: { token.start >= $0.offset && token.start < $0.offset + $0.text.count }) {
                // ("BEIJING -- Vice President Dick Cheney": a dateline's city, set apart by its dash, is not his country.)
                let end = min(place.offset + place.text.count, tokens[cursor + 1].start)
                if sentence[end..<tokens[cursor + 1].start].contains(where: { "-—–:()\n".contains($0) }) { return nil }
                // The title's noun may stand before its country ("la ministre kenyane des Affaires étrangères").
                // ("le chef de l'Etat sénégalais Macky Sall": four words back.)
                let before = tokens[max(0, cursor - 4)..<cursor].contains { titleNouns.contains(titleNoun($0.text)) }
                return sawTitle || before ? place.country : nil
            }
            let word = titleNoun(token.text)
            if titleNouns.contains(word) || word == "director" || word == "directeur" || word == "directrice" {
                sawTitle = true
            } else if sawTitle, token.text.first?.isUppercase == true, let country = agencyCountries[word] {
                // ("CIA Director William Burns", "Mossad chief David Barnea": in capitals, as an agency is written.)
                return country
            } else if !titleFillers.contains(word) {
                return nil
            }
            cursor -= 1
        }
        return nil
    }

    /// The country of a title in apposition after the name starting at token `first` ("X, Président de la République de Y").
    static func titleCountry(
        after first: Int, tokens: [(text: String, start: Int)], places: [PlaceMention], named: Set<Int>, in characters: [Character]
    ) -> String? {
        // The name: capitalised words separated by single spaces or hyphens.
        var last = first
        while last + 1 < tokens.count, tokens[last + 1].text.first?.isUppercase == true,
            tokens[last + 1].start == tokens[last].start + tokens[last].text.count + 1
        {
            last += 1
        }
        let end = tokens[last].start + tokens[last].text.count
        // "X, Président de la République de Madagascar", or "President X of the Oriental Republic of Uruguay" (a title before).
        let titled = first > 0 && titleNouns.contains(fold(tokens[first - 1].text))
        let of = last + 1 < tokens.count && ["of", "de", "du"].contains(tokens[last + 1].text)
        guard end < characters.count, characters[end] == "," || titled && of else { return nil }
        if titled && of, characters[end] != "," {
            // The title before the name stands for the one after it.
            var cursor = last + 1
            while cursor < tokens.count, cursor - last <= 8 {
                let token = tokens[cursor]
                if let place = places.first(where: { token.start >= $0.offset && token.start < $0.offset + $0.text.count }) {
                    return place.kind == .city ? nil : place.country
                }
                let word = fold(token.text)
                guard titleFillers.contains(word) || PersonFinder.stateWords.contains(word) else { return nil }
                cursor += 1
            }
            return nil
        }
        var cursor = last + 1
        var sawTitle = false
        while cursor < tokens.count, cursor - last <= 8 {
            let token = tokens[cursor]
            if let place = places.first(where: { token.start >= $0.offset && token.start < $0.offset + $0.text.count }) {
                guard sawTitle else { return nil }
                // "Sur invitation de Kaïs Saïed, la présidente du Conseil italien, Giorgia Meloni, …": a title between
                // two names, ending in a comma and the second, is the second's.
                var next = cursor + 1
                while next < tokens.count, tokens[next].start < place.offset + place.text.count
                    || titleFillers.contains(fold(tokens[next].text)) || titleNouns.contains(fold(tokens[next].text))
                    || PersonFinder.titleWords.contains(fold(tokens[next].text))
                {
                    next += 1
                }
                // ("Kamala Harris, le chancelier allemand Olaf Scholz": so is one a person's name follows at once.)
                if next < tokens.count, tokens[next].text.first?.isUppercase == true,
                    characters[tokens[next - 1].start + tokens[next - 1].text.count..<tokens[next].start].contains(",")
                        || named.contains(tokens[next].start)
                {
                    return nil
                }
                return place.country
            }
            let word = fold(token.text)
            if titleNouns.contains(word) {
                sawTitle = true
            } else if !titleFillers.contains(word) {
                return nil
            }
            cursor += 1
        }
        return nil
    }
}
