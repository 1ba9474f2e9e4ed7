import EntenteModel

/// Where an event is: which places a clause names as where something happens, and which name a topic, a source, a
/// post, an origin or a government instead.
extension ArticleExtractor {
    /// Whether `place` is listed in a plural title that begins at `offset`: only title words, the list's small words and other
    /// places between ("counterparts in Algeria, Mauritania, Senegal and Mali"; not "… foreign ministers will be held in Georgia").
    static func listedInTitle(_ place: PlaceMention, after offset: Int, in clause: Clause) -> Bool {
        var between = Array(clause.sentence.characters[offset..<place.offset])
        for other in clause.sentencePlaces where other.offset >= offset && other.offset + other.text.count <= place.offset {
            for index in (other.offset - offset)..<(other.offset - offset + other.text.count) { between[index] = " " }
        }
        let glue: Set<String> = ["in", "en", "au", "aux", "of", "de", "du", "des", "d", "and", "et", "the", "la", "le", "les", "l", "from"]
        return fold(String(between)).split(separator: " ").allSatisfy { word in
            glue.contains(String(word)) || PersonFinder.titleWords.contains(String(word)) || PersonFinder.titleNouns.contains(String(word))
                || ["counterparts", "homologues"].contains(word)
        }
    }

    /// The place a relative clause before the trigger says its subject is at: "…, qui est à Da Nang, …", "…, who is in Moscow …".
    static func subjectIsAt(before trigger: Int, in clause: Clause) -> PlaceMention? {
        let spaced = clause.spaced
        return clause.sentencePlaces.first { place in
            place.offset < trigger && place.kind != .adjective
                && (follows(Triggers.presenceAt, place.offset, within: 4, in: spaced) || arrivedAt(place, in: clause.sentence.characters))
        }
    }

    /// Whether an aside before the place tells its subject's arrival there: "…, arrivé jeudi soir à Djeddah, …", "…, qui est
    /// arrivé mercredi à Pékin, …", "…, who arrived in Beijing on Sunday, …" (a day between, no comma).
    static func arrivedAt(_ place: PlaceMention, in characters: [Character]) -> Bool {
        let before = characters[max(0, place.offset - 32)..<place.offset]
        guard let comma = before.lastIndex(of: ",") else { return false }
        let words = fold(String(characters[(comma + 1)..<place.offset])).split(separator: " ")
        guard let first = words.first else { return false }
        return Triggers.foldedArrivalParticiples.contains(String(first))
            || first == "who" && words.count >= 2 && words[1] == "arrived"
            || first == "qui" && words.count >= 3 && ["est", "sont"].contains(words[1]) && words[2].hasPrefix("arrive")
    }

    /// Whether a place follows a locative preposition ("à", "en", "in", "at"; "to" for a trip), articles skipped.
    /// Whose meetings a government's site reports without naming them: its head of state (Russia, France), its head of
    /// government (the UK), its foreign minister (the State Department).
    /// (Only sites that speak for one office: a ministry's or a government's portal speaks for several.)
    static func principal(of site: String, on date: PartialDate) -> ExtractedEvent.Person? {
        let offices: [(suffix: String, office: Office, country: String)] = [
            ("kremlin.ru", .headOfState, "RU"), ("elysee.fr", .headOfState, "FR"), ("state.gov", .foreignMinister, "US"),
            ("gov.uk", .headOfGovernment, "GB"),
        ]
        guard let known = offices.first(where: { site.hasSuffix($0.suffix) }) else { return nil }
        return OfficeRegistry.holder(of: known.office, country: known.country, on: date).map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
    }

    /// "ahead of talks in Vienna on Friday": the place of what is ahead, not of the clause's event.
    static func isAhead(_ place: PlaceMention, in sentence: [Character]) -> Bool {
        aheadOfSomething(fold(String(sentence[max(0, place.offset - 40)..<place.offset])).split(separator: " ").suffix(5))
    }

    /// Whether the words hold "ahead of" an event ("ahead of talks"), not "ahead of schedule" or "ahead of his counterparts".
    static func aheadOfSomething(_ words: ArraySlice<Substring>) -> Bool {
        guard let ahead = words.lastIndex(of: "ahead"), ahead + 1 < words.endIndex, words[ahead + 1] == "of" else { return false }
        return ahead + 2 >= words.endIndex || !["schedule", "time", "his", "her", "their", "him", "them", "a", "the"].contains(words[ahead + 2])
            || ahead + 3 < words.endIndex && words[ahead + 2] == "the" && !["schedule", "others"].contains(words[ahead + 3])
    }

    /// The same for a date after the trigger.
    static func isAhead(_ date: DateMention, after trigger: Int, in sentence: [Character]) -> Bool {
        guard date.offset > trigger else { return false }
        let before = String(sentence[max(trigger, date.offset - 40)..<date.offset])
        return aheadOfSomething(fold(before).split(separator: " ").suffix(7))
    }

    /// Acts of war and terror: a place a few words after one is where it happened, not where the sentence's event is. Folded.
    /// (Those of ``topicNouns`` that are acts, looked for up to four words back, not only right before the preposition.)
    static let actsOfWar: Set<String> = [
        "agression", "aggression", "invasion", "attentat", "attentats", "attaque", "attaques", "attack", "attacks", "bombing",
        "bombings", "massacre", "massacres",
        // ("la guerre conduite par la Russie en Ukraine", "the war waged by Russia in Ukraine".)
        "guerre", "war",
    ]

    static func isLocated(_ place: PlaceMention, in sentence: [Character], travel: Bool) -> Bool {
        let before = fold(String(sentence[max(0, place.offset - 40)..<place.offset])).split(separator: " ").map(String.init)
        var words = before[...]
        while let last = words.last, ["the", "le", "la", "les", "l"].contains(last) { words = words.dropLast() }
        words = withoutStateForm(words)
        words = withoutSettlementNoun(words)
        words = withoutCountryGroup(words)
        // ("in southwestern France".)
        if let last = words.last, directions.contains(last), let before = words.dropLast().last, ["in", "to"].contains(before) { words = words.dropLast() }
        // ("dans le nord du Mali", "in the north of Mali", "au sud du Liban".)
        if let last = words.last, ["du", "de", "d", "of"].contains(last), let point = words.dropLast().last, compassNouns.contains(point) {
            words = words.dropLast(2)
            // ("dans le nord-est du Mali": folded, two points.)
            if let other = words.last, compassNouns.contains(other) { words = words.dropLast() }
            while let article = words.last, ["le", "l", "the"].contains(article) { words = words.dropLast() }
        }
        // ("dans la capitale mauritanienne": the capital named by its adjective stands after the noun.)
        if words.last == "capitale" {
            words = words.dropLast()
            while let last = words.last, ["le", "la", "l"].contains(last) { words = words.dropLast() }
        }
        guard let preposition = words.last else { return false }
        // "the situation in Syria", "la guerre en Ukraine": a topic, not where anything happens.
        if let noun = words.dropLast().last, topicNouns.contains(noun) { return false }
        // "a préféré rentrer aux Etats-Unis", "regagner Paris": where someone went back to.
        if isOrigin(place, in: sentence) { return false }
        // "des entretiens consacrés notamment au taux de change du yuan, …, à la Corée du Nord": after words that announce
        // what was discussed, a country is a topic. (A city still places: "une réunion consacrée au climat, à Paris".)
        // (The sentence's stage marks them, `PlaceMention.topic`.)
        if place.topic { return false }
        if aheadOfSomething(before.suffix(5).map { Substring($0) }[...]) { return false }
        // ("l'agression de la Russie en Ukraine", "les attentats du 11 septembre aux États-Unis": an act of war a few words back.)
        if words.dropLast().suffix(5).contains(where: Self.actsOfWar.contains) { return false }
        // "ministre des Affaires étrangères au Rwanda", "l'ambassadeur d'Iran à Bagdad": a post, not where anything happens.
        // (Not past a comma: "Entretien avec M. James Marape, Premier ministre de Papouasie-Nouvelle-Guinée, à Port Moresby".)
        // (The folded words have lost their punctuation: the comma is looked for in the text as written.)
        // (Looked at only when a rule below would say no: most places pass them.)
        let afterComma = {
            var written = String(sentence[max(0, place.offset - 40)..<place.offset]).split(separator: " ")[...]
            while let last = written.last, ["the", "le", "la", "les", "l'", "l’"].contains(last.lowercased()) { written = written.dropLast() }
            return written.dropLast().last?.hasSuffix(",") == true
        }
        let post = Array(words.dropLast().suffix(3))
        if let last = post.last, postWords.contains(last) || envoyWords.contains(last), !afterComma() { return false }
        if post.count == 3, envoyWords.contains(post[0]), ["d", "de", "du", "of"].contains(post[1]), !afterComma() { return false }
        // "de la Syrie à l'Ukraine", "from Lisbon to Vladivostok": the end of a span, not a place where something is.
        if ["a", "to", "au", "aux"].contains(preposition) {
            var head = fold(String(sentence[max(0, place.offset - 48)..<place.offset])).split(separator: " ").map(String.init)[...]
            while let last = head.last, ["the", "le", "la", "les", "l"].contains(last) { head = head.dropLast() }
            head = head.dropLast()  // the preposition
            if spanStart(head), !afterComma() { return false }
        }
        // (Folded, French "à" is "a", as the English article is: "…, a White House official said" places nothing.)
        // (A capital "A" may be French without its accent: "A Paris, Macron et Ruto …".)
        if preposition == "a" {
            let window = String(sentence[max(0, place.offset - 40)..<place.offset])
            if !window.contains(where: { $0 == "à" || $0 == "À" }), !window.hasPrefix("A "), !window.includes(" A ") { return false }
        }
        // ("who is visiting Japan", "visiter la Chine": a visit's direct object is where it goes.)
        // ("a mis le cap sur Berlin": where a trip heads.)
        return ["a", "en", "au", "aux", "in", "at", "dans"].contains(preposition)
            || travel && ["to", "vers", "visit", "visits", "visited", "visiting", "visiter", "visitera", "visitant"].contains(preposition)
            || travel && preposition == "sur" && words.dropLast().last == "cap"
    }

    /// Whether the word right before sentence offset `offset`, an article aside, is "of" ("Prime Minister Modi
    /// of India", "Secretary of State of the United States": whose, not where).
    static func isAfterOf(_ offset: Int, in characters: [Character]) -> Bool {
        let before = fold(String(characters[max(0, offset - 8)..<offset]))
        return [" of ", " of the "].contains { before.hasSuffix($0) } || before == "of " || before == "of the "
    }

    /// Words that end the name of a post ("ministre des Affaires étrangères au …"). Folded.
    static let postWords: Set<String> = ["etrangeres", "affairs", "exterieures"]

    /// People posted somewhere ("l'ambassadeur d'Iran à Bagdad"). Folded.
    static let envoyWords: Set<String> = ["ambassadeur", "ambassadrice", "ambassador", "envoye", "envoyee", "envoy", "consul"]

    /// Nouns whose "in/en PLACE" names a subject of discussion. Folded.
    /// Where a plain "with" follows a trip's place (and day) at once: "visit to Kyiv on Saturday with President Macron".
    static func withAfterTrip(trigger: Int, in clause: Clause) -> Int? {
        guard let with = clause.folded.characterOffset(of: " with ", from: trigger - clause.start),
            let place = clause.places.last(where: { $0.offset > trigger && $0.offset < clause.start + with && $0.kind != .adjective })
        else { return nil }
        let between = fold(String(clause.sentence.characters[(place.offset + place.text.count)..<(clause.start + with)]))
            .split(separator: " ").filter { !["on", "in", "last", "this", "next", "the"].contains($0) }
        let dated = between.allSatisfy { DateResolver.weekdays[String($0)] != nil || DateResolver.months[String($0)] != nil || $0.allSatisfy(\.isNumber) }
        return dated && between.count <= 3 ? with : nil
    }

    /// Whether a place is where a trip came from or went back to: "flew on Tuesday from Port Sudan", "en provenance de la
    /// Guadeloupe", "Parti de Niamey", "a préféré rentrer aux Etats-Unis", "returned to Washington".
    static func isOrigin(_ place: PlaceMention, in sentence: [Character]) -> Bool {
        let words = wordsBefore(place, in: sentence)
        // ("Parti de Niamey dans la matinée, le chef de l'Etat a été accueilli …", "Having left Niamey", "venant de Dakar".)
        // (Not "est parti de Dakar mardi après une visite de deux jours": the place left is where the visit was.)
        let last3 = Array(words.suffix(3).map(String.init))
        let leaving = last3.count >= 2 && ["de", "d"].contains(last3[last3.count - 1]) && leavingVerbs.contains(last3[last3.count - 2])
            && !(last3.count == 3 && ["est", "etait", "sont", "etaient"].contains(last3[0]))
        return leaving || words.last == "from" || last3 == ["en", "provenance", "de"] || last3 == ["en", "provenance", "d"]
            || words.suffix(2) == ["having", "left"] || words.last == "quittant" || isPlaceLeft(place, in: sentence)
            || words.last.map { returningVerbs.contains(String($0)) } == true
            || words.count >= 2 && returningVerbs.contains(String(words[words.index(before: words.endIndex) - 1]))
                && ["a", "aux", "au", "en", "to", "home"].contains(words.last!)
    }

    /// Verbs of setting off, before "de" and the place left ("Parti de Niamey", "venant de Dakar"). Folded.
    static let leavingVerbs: Set<String> = ["parti", "partie", "partis", "venant", "arrivant", "quittant", "decolle", "provenant"]

    /// Verbs of leaving a place for another ("doit quitter Dakar vendredi pour Libreville", "left Hanoi for Vientiane"). Folded.
    static let leftFor: Set<String> = ["quitter", "quitte", "quittera", "quitteront", "quittent", "left", "leave", "leaves", "leaving"]

    /// Whether a trip leaves the place for another ("doit quitter Dakar vendredi pour Libreville"): nothing told is there.
    /// (Unless the sentence tells what was done before leaving: "left Paris for Belgrade on Tuesday after meeting Emmanuel
    /// Macron".)
    static func isPlaceLeft(_ place: PlaceMention, in sentence: [Character]) -> Bool {
        guard wordsBefore(place, in: sentence).last.map({ leftFor.contains(String($0)) }) == true, followedByDestination(place, in: sentence)
        else { return false }
        let rest = " " + fold(String(sentence[min(sentence.count, place.offset)...])) + " "
        return ![" after ", " apres ", " following ", " au terme ", " a l issue "].contains(where: rest.contains)
    }

    /// Whether "pour"/"for" and a destination follow the place left, within a few words ("quitter Dakar vendredi pour
    /// Libreville"; not "a quitté Dakar mardi après une visite de deux jours", where the place left is where the visit was).
    static func followedByDestination(_ place: PlaceMention, in sentence: [Character]) -> Bool {
        let end = min(sentence.count, place.offset + place.text.count)
        let after = Array(sentence[end..<min(sentence.count, end + 28)])
        for word in ["pour", "for"] {
            let pattern = Array(" \(word) ")
            for start in after.indices where start + pattern.count < after.count
                && after[start..<(start + pattern.count)].map({ Character($0.lowercased()) }) == pattern
            {
                if after[start + pattern.count].isUppercase { return true }
            }
        }
        return false
    }

    /// Verbs of going back home, whose place is no event's ("a préféré rentrer aux Etats-Unis"). Folded.
    static let returningVerbs: Set<String> = [
        "rentrer", "rentre", "rentree", "rentres", "rentrera", "regagner", "regagne", "regagnera", "return", "returned", "returning",
        "returns",
    ]

    /// Whether a place names who reported, not where: "selon la Maison-Blanche", "according to the Kremlin".
    static func isAttribution(_ place: PlaceMention, in sentence: [Character]) -> Bool {
        let words = wordsBefore(place, in: sentence)
        let end = min(sentence.count, place.offset + place.text.count)
        // ("…, a White House official said", "Kremlin spokesman Dmitry Peskov": the place qualifies who speaks.)
        let next = fold(String(sentence[end..<min(sentence.count, end + 16)])).split(separator: " ").first
        return words.last.map { ["selon", "said", "says", "indique", "annonce", "precise", "affirme"].contains($0) } == true
            || words.suffix(2) == ["according", "to"] || next.map { Self.speakerNouns.contains(String($0)) } == true
    }

    /// Whether a place is where the source of the report sits: after a comma, an institution "in" it, then its verb of saying
    /// ("…, the foreign ministry in Warsaw has said", "…, a indiqué le ministère à Paris").
    static func seatOfTheSource(_ place: PlaceMention, in sentence: [Character]) -> Bool {
        let end = min(sentence.count, place.offset + place.text.count)
        let after = " " + fold(String(sentence[end..<min(sentence.count, end + 24)])).split(separator: " ").joined(separator: " ")
        guard [" has said", " said", " says", " had said", " a indique", " a annonce", " a precise", " a fait savoir", " a affirme"]
            .contains(where: after.hasPrefix),
            let comma = sentence[..<place.offset].lastIndex(of: ",")
        else { return false }
        let lead = " " + fold(String(sentence[(comma + 1)..<place.offset])) + " "
        return [" ministry ", " ministere ", " office ", " spokesman ", " spokeswoman ", " porte parole ", " embassy ", " ambassade ",
            " government ", " gouvernement ", " presidency ", " presidence ", " palace ", " palais "].contains(where: lead.includes)
    }

    /// Whether a place is written in the possessive ("Kyiv's", "Moscow’s").
    static func isPossessive(_ place: PlaceMention, in sentence: [Character]) -> Bool {
        let end = place.offset + place.text.count
        return end + 1 < sentence.count && ["'", "’"].contains(sentence[end]) && sentence[end + 1] == "s"
    }

    /// Prepositions after which a capital stands for its government ("peser sur Moscou", "sanctions against Moscow").
    static let governmentPrepositions: Set<String> = ["sur", "on", "contre", "against", "envers", "toward", "towards", "upon"]

    /// Nouns for those who speak for a government, after the place that qualifies them ("a White House official").
    static let speakerNouns: Set<String> = [
        "official", "officials", "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "source", "sources", "statement",
        "readout", "press", "correspondent",
    ]

    /// The folded words just before a place, its article left out ("from [the] …", "selon [la] …").
    static func wordsBefore(_ place: PlaceMention, in sentence: [Character]) -> ArraySlice<Substring> {
        var words = fold(String(sentence[max(0, place.offset - 24)..<place.offset])).split(separator: " ")[...]
        while let last = words.last, ["the", "le", "la", "les", "l"].contains(last) { words.removeLast() }
        return words
    }

    /// Folded words before a country name with its state's form taken off: "au Royaume du (Maroc)", "en République
    /// islamique de (Mauritanie)", "in the Republic of (Korea)" end with the preposition, as "au (Maroc)" does.
    static func withoutStateForm(_ words: ArraySlice<String>) -> ArraySlice<String> {
        guard let last = words.last, ["du", "de", "d'", "d’", "of"].contains(last) else { return words }
        var rest = words.dropLast()
        while let word = rest.last, stateQualifiers.contains(word) { rest = rest.dropLast() }
        guard let form = rest.last, stateForms.contains(form) else { return words }
        rest = rest.dropLast()
        while let word = rest.last, ["the", "le", "la", "l'", "l’"].contains(word) || word.hasPrefix("l'") && stateForms.contains(String(word.dropFirst(2))) {
            rest = rest.dropLast()
        }
        return rest
    }

    /// The words before a town named by its country's adjective, less "the Tajik city of" / "la ville russe de": what is
    /// left ends with the preposition that places it ("in the Tajik city of Khujand", "sur l'île tunisienne de Djerba").
    static func withoutSettlementNoun(_ words: ArraySlice<String>) -> ArraySlice<String> {
        guard let last = words.last, ["de", "d", "of"].contains(last) else { return words }
        var rest = words.dropLast()
        // (English: the adjective before the noun; French: after it.)
        if let noun = rest.last, settlementNouns.contains(noun) {
            rest = rest.dropLast()
            if let compound = rest.last, settlementNouns.contains(compound) { rest = rest.dropLast() }
            guard let adjective = rest.last, Gazetteer.lookup(adjective)?.kind == .adjective else { return words }
            rest = rest.dropLast()
        } else if let adjective = rest.last, Gazetteer.lookup(adjective)?.kind == .adjective,
            case var head = rest.dropLast(), let noun = head.last == "balneaire" ? head.dropLast().last : head.last, settlementNouns.contains(noun)
        {
            if head.last == "balneaire" { head = head.dropLast() }
            rest = head.dropLast()
        } else {
            return words
        }
        // (Not "a": folded, it is also French "à", the preposition that places: "à la station balnéaire russe de Sotchi".)
        while let word = rest.last, ["the", "le", "la", "l"].contains(word) { rest = rest.dropLast() }
        return rest
    }

    /// The words before the first country of a group, less "the three key island nations of" / "les trois pays de": what is
    /// left ends with the preposition that places it ("a five-day visit to the three key island nations of Seychelles, …").
    static func withoutCountryGroup(_ words: ArraySlice<String>) -> ArraySlice<String> {
        guard let last = words.last, ["of", "de", "d"].contains(last), let noun = words.dropLast().last,
            ["nations", "countries", "states", "pays", "etats"].contains(noun)
        else { return words }
        var rest = words.dropLast(2)
        // (Its determiner and qualifiers, up to the preposition.)
        for _ in 0..<6 {
            guard let word = rest.last else { break }
            if ["to", "in", "a", "en", "dans", "visit", "visits", "visited", "visiting", "visiter"].contains(word) { return rest }
            rest = rest.dropLast()
        }
        return words
    }

    /// Points of the compass before a country ("in southwestern France"). Folded.
    static let directions: Set<String> = [
        "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern", "central",
        "north", "south", "east", "west",
    ]

    /// Points of the compass as nouns ("dans le nord du Mali", "in the north of Mali"). Folded.
    static let compassNouns: Set<String> = [
        "nord", "sud", "est", "ouest", "centre", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    ]

    /// Nouns for a town, a resort or an island that a country's adjective and the place's name follow. Folded.
    /// Words that say what kind of town, between a country's adjective and the town's noun ("the Egyptian coastal city of")
    /// or after the noun in French ("la ville portuaire égyptienne de", "la station balnéaire russe de"). Folded.
    static let townKinds: Set<String> = [
        "coastal", "port", "border", "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
        "southeastern", "southwestern", "holy", "historic", "ancient", "capital", "balneaire", "portuaire", "cotiere", "frontaliere",
        "sainte", "historique",
    ]

    static let settlementNouns: Set<String> = [
        "city", "town", "port", "resort", "island", "village", "seaside", "ville", "ile", "cite", "station", "localite", "bourgade",
        // (And a country's states and provinces: "the southern Brazilian state of Santa Catarina", "la région russe de Koursk".)
        "state", "province", "region",
    ]

    /// Towns the gazetteer does not know, named by their country's adjective ("the Tajik city of Khujand", "l'île
    /// tunisienne de Djerba") or with their country after a comma ("in Pau, France", "in Pau, in southwestern France"):
    /// each a place in that country.
    /// (`words`: the sentence's, as `PersonFinder.words` makes them.)
    static func townsNamedWithTheirCountry(
        _ places: [PlaceMention], words: [(text: String, start: Int)], in characters: [Character]
    ) -> [PlaceMention] {
        guard !places.isEmpty else { return [] }
        let folded = { (index: Int) in index >= 0 && index < words.count ? fold(words[index].text) : "" }
        let withCountry = places.compactMap { country -> PlaceMention? in
            guard country.kind == .country, let at = words.firstIndex(where: { $0.start == country.offset }) else { return nil }
            // Back over "in southwestern" to the comma, then the town's capitalised words, then "in"/"at"/"à".
            var end = at - 1
            var region = false
            if directions.contains(folded(end)), ["in", "to"].contains(folded(end - 1)) {
                end -= 2
                region = true
            }
            // ("à Oyo, dans le nord du Congo-Brazzaville", "in the north of …".)
            if ["du", "de", "d", "of"].contains(folded(end)), compassNouns.contains(folded(end - 1)) {
                var back = end - 2
                if ["le", "l", "the"].contains(folded(back)) { back -= 1 }
                if ["dans", "au", "in"].contains(folded(back)) {
                    end = back - 1
                    region = true
                }
            }
            guard end >= 0, words[end].text.first?.isUppercase == true,
                characters[(words[end].start + words[end].text.count)..<words[end + 1].start].contains(",")
            else { return nil }
            var first = end
            while first > 0, end - first < 2, words[first - 1].text.first?.isUppercase == true,
                words[first].start == words[first - 1].start + words[first - 1].text.count + 1
            {
                first -= 1
            }
            guard ["in", "at", "a", "near"].contains(folded(first - 1)), PersonFinder.monarchTitles.isDisjoint(with: [folded(first)]) else { return nil }
            // (One the gazetteer places in another country is this one's town of that name, when told in which part of it:
            // "à Oyo, dans le nord du Congo-Brazzaville" is not Nigeria's Oyo. Not in a list: "visited Berlin, Poland and …".)
            if let known = places.first(where: { $0.offset == words[first].start }) {
                guard region, known.kind == .city, known.country != country.country else { return nil }
                return PlaceMention(text: known.text, offset: known.offset, country: country.country, kind: .city, city: known.text)
            }
            let name = String(characters[words[first].start..<(words[end].start + words[end].text.count)])
            return PlaceMention(text: name, offset: words[first].start, country: country.country, kind: .city, city: name)
        }
        return withCountry + places.compactMap { adjective -> PlaceMention? in
            guard adjective.kind == .adjective, let at = words.firstIndex(where: { $0.start == adjective.offset }),
                let after = words.firstIndex(where: { $0.start >= adjective.offset + adjective.text.count })
            else { return nil }
            var index: Int
            // ("the Egyptian coastal city of El Alamein", "la ville portuaire égyptienne d'Alexandrie": a word that says what
            // kind of town.)
            var next = after
            if townKinds.contains(folded(next)), settlementNouns.contains(folded(next + 1)) { next += 1 }
            if settlementNouns.contains(folded(next)) {
                // English: "the Tajik city of", "the Chinese resort town of".
                index = next + 1
                if settlementNouns.contains(folded(index)) { index += 1 }
                guard folded(index) == "of" else { return nil }
                index += 1
            } else if settlementNouns.contains(folded(at - 1)) || settlementNouns.contains(folded(at - 2)) && townKinds.contains(folded(at - 1)),
                ["de", "d"].contains(folded(next))
            {
                // French: "la ville russe de", "l'île tunisienne de", "la station balnéaire russe de".
                index = next + 1
            } else {
                return nil
            }
            var last = index
            while last + 1 < words.count, last + 1 - index < 3, words[last + 1].text.first?.isUppercase == true,
                words[last + 1].start == words[last].start + words[last].text.count + 1
            {
                last += 1
            }
            guard index < words.count, words[index].text.first?.isUppercase == true else { return nil }
            // (A town the gazetteer places in another country is this one's: "the southern Brazilian state of Santa Catarina"
            // is not Mexico's town of that name.)
            if let known = places.first(where: { $0.offset == words[index].start }) {
                guard known.kind == .city, known.country != adjective.country else { return nil }
                return PlaceMention(text: known.text, offset: known.offset, country: adjective.country, kind: .city, city: known.text)
            }
            let name = String(characters[words[index].start..<(words[last].start + words[last].text.count)])
            return PlaceMention(text: name, offset: words[index].start, country: adjective.country, kind: .city, city: name)
        }
    }

    static let stateForms: Set<String> = [
        "royaume", "republique", "kingdom", "republic", "sultanat", "sultanate", "emirat", "emirate", "etat", "state", "principaute",
        "principality", "federation", "grand-duche", "grand-duchy", "l'etat", "l'emirat",
    ]

    static let stateQualifiers: Set<String> = [
        "islamique", "democratique", "federale", "federative", "populaire", "arabe", "socialiste", "unie", "islamic", "democratic",
        "people's", "arab", "socialist", "united", "hachemite", "hashemite", "bolivarienne", "bolivarian", "plurinational",
        "orientale", "oriental", "cooperative", "federal", "independent", "independant",
    ]

    static let topicNouns: Set<String> = [
        "situation", "crisis", "war", "conflict", "peace", "security", "stability", "developments", "events", "violence", "fighting",
        "elections", "election", "transition", "crise", "guerre", "conflit", "paix", "securite", "stabilite", "evenements",
        "violences", "combats", "presence", "investments", "investissements", "terrorism", "terrorisme", "extremism", "extremisme",
        "agression", "aggression", "invasion", "offensive", "reconstruction", "settlement", "reglement", "reunification",
        "reconciliation", "ceasefire", "truce", "treve", "feu", "process", "processus", "troops", "forces", "troupes", "deployment",
        "deploiement", "rights", "droits", "attack", "attacks", "attaque", "attaques", "attentat", "attentats", "refugees", "refugies",
        // ("demands an immediate end to Israeli military operations in Gaza".)
        // (Not strikes: "s'est rendu sur les lieux des frappes à Beyrouth" is there.)
        "operations", "operation", "hostilities", "hostilites", "occupation", "blockade",
        "blocus",
    ]

    /// Whether folded words end with "de/du/des/from [the] PLACE": the first half of a span.
    static func spanStart(_ words: ArraySlice<String>) -> Bool {
        for length in 1...max(1, min(4, words.count)) where length <= words.count {
            let name = words.suffix(length).joined(separator: " ")
            guard Gazetteer.index[name].map({ $0.kind == .country || $0.kind == .city || $0.kind == .region }) == true else { continue }
            var head = words.dropLast(length)
            while let last = head.last, ["the", "la", "le", "les", "l"].contains(last) { head = head.dropLast() }
            if let word = head.last, ["de", "du", "des", "d", "from"].contains(word) { return true }
        }
        return false
    }

    /// Words that say where a country lies ("ce pays enclavé entre la Chine et la Russie", "landlocked between China and
    /// Russia", "bordering Afghanistan"): the places right after them are its neighbours, where nothing happens. Folded.
    static let whereItLies: PhraseSet = [
        " enclave entre ", " enclavee entre ", " coince entre ", " coincee entre ", " situe entre ", " situee entre ", " niche entre ",
        " nichee entre ", " en etau entre ", " frontalier de ", " frontaliere de ", " frontalier du ", " frontaliere du ",
        " frontalier des ", " frontaliere des ", " limitrophe de ", " limitrophe du ", " limitrophe des ", " sandwiched between ",
        " wedged between ", " landlocked between ", " squeezed between ", " nestled between ", " located between ",
        " situated between ", " bordering ", " which borders ", " that borders ",
    ]

    /// The places `whereItLies` introduces, each listed right after it with only separators between: a country's
    /// neighbours, no place of the sentence's events.
    static func neighbours(among places: [PlaceMention], folded: String, characters: [Character]) -> Set<Int> {
        let separators: Set<String> = ["and", "et", "the", "la", "le", "les", "l", "de", "du", "des", "d"]
        let sorted = places.sorted { $0.offset < $1.offset }
        var found: Set<Int> = []
        for match in whereItLies.occurrences(in: folded) {
            // (The fold has a space before the sentence; the phrase ends with one.)
            var cursor = match.offset - 1 + whereItLies.phrases[match.phrase].count - 1
            for place in sorted where place.offset >= cursor {
                // (Countries only: "le point de passage frontalier de Rafah" is where someone went. Nor past a comma:
                // "Kazakhstan, wedged between Russia and China, and Uzbekistan".)
                let between = characters[cursor..<place.offset]
                let gap = fold(String(between)).split { !$0.isLetter }
                guard place.kind == .country, !between.contains(","), gap.allSatisfy({ separators.contains(String($0)) }) else { break }
                found.insert(place.offset)
                cursor = place.offset + place.text.count
            }
        }
        return found
    }

    /// The countries listed right after `offset` ("between France, Germany, Turkey and the UK"): names of countries
    /// with only separators between them.
    static func countryList(after offset: Int, in clause: Clause) -> [String] {
        let characters = clause.sentence.characters
        let separators: Set<String> = ["and", "et", "the", "la", "le", "les", "l", "between", "entre"]
        var countries: [String] = []
        var cursor = offset
        for place in clause.places.sorted(by: { $0.offset < $1.offset }) where place.offset >= offset {
            let gap = fold(String(characters[min(cursor, place.offset)..<place.offset])).split(separator: " ").map(String.init)
            guard place.kind == .country, gap.allSatisfy(separators.contains) else { break }
            if !countries.contains(place.country) { countries.append(place.country) }
            cursor = place.offset + place.text.count
        }
        return countries
    }

    /// The countries named as the subject of a trigger, at the clause's start ("Iran and the United States held indirect talks
    /// in Muscat", "La Russie et l'Ukraine ont tenu des pourparlers"): only separators between them, and at most three words
    /// (no comma) to the trigger.
    static func countrySubjects(before trigger: Int, in clause: Clause) -> [String] {
        let characters = clause.sentence.characters
        let separators: Set<String> = ["and", "et", "the", "la", "le", "les", "l"]
        let places = clause.places.filter { $0.offset >= clause.start && $0.offset < trigger }.sorted { $0.offset < $1.offset }
        guard let last = places.last, last.kind == .country, last.offset + last.text.count <= trigger,
            case let gap = String(characters[(last.offset + last.text.count)..<trigger]), !gap.contains(","),
            fold(gap).split(separator: " ").count <= 3,
            case let opening = fold(String(characters[clause.start..<(places.first?.offset ?? clause.start)])),
            opening.split(separator: " ").allSatisfy({ separators.contains(String($0)) })
        else { return [] }
        var countries: [String] = []
        var cursor = clause.start
        for place in places {
            let between = fold(String(characters[min(cursor, place.offset)..<place.offset])).split(separator: " ").map(String.init)
            guard place.kind == .country, between.allSatisfy(separators.contains) else { return [] }
            if !countries.contains(place.country) { countries.append(place.country) }
            cursor = place.offset + place.text.count
        }
        return countries
    }

    /// The cities listed together after a trip's trigger ("Vienna, Seoul, and Manila"; "Kingston, Jamaica, and
    /// Belmopan, Belize"): only separators and country names between them. A city named later in another role
    /// ("… à Moscou lors du sommet du G20 à Londres") is not a stop of the trip.
    static func cityList(after trigger: Int, in clause: Clause) -> [PlaceMention] {
        let characters = clause.sentence.characters
        // ("de Tunis au Caire en passant par Addis-Abeba et Khartoum": the stops on the way too.)
        // ("visited Lithuania on Monday and Latvia on Tuesday": the preposition of a stop's date, blanked out below, too.)
        let separators: Set<String> = [
            "and", "et", "then", "puis", "as", "well", "the", "la", "le", "les", "l", "en", "au", "aux", "a", "passant", "par", "on",
            "in", "to",
        ]
        var cities: [PlaceMention] = []
        var countries: [PlaceMention] = []
        var previousEnd: Int?
        for place in clause.places where place.offset > trigger && place.kind != .region {
            // (Places never overlap; one that did would end the list, not trap.)
            if let previousEnd, place.offset < previousEnd { break }
            if let previousEnd {
                // (Punctuation separates too: "Tel Aviv, Israel; Amman, Jordan; Ramallah; …", "Seoul, the Republic of Korea (ROK);")
                // (So does a stop's own date: "en Argentine en janvier puis aux Etats-Unis en février".)
                var gap = Array(characters[previousEnd..<place.offset])
                for date in clause.dates where date.offset >= previousEnd && date.offset + date.text.count <= place.offset {
                    for index in (date.offset - previousEnd)..<(date.offset - previousEnd + date.text.count) { gap[index] = " " }
                }
                let words = Self.fold(String(gap)).split(separator: " ").map(String.init)
                // ("s'était rendu en Mauritanie, le 18 avril, pour son premier déplacement, puis en Gambie, au Ghana et en Guinée":
                // "puis" (or "then") goes on with the trip, a short aside after a stop.)
                let onward = ["puis", "then"]
                let goesOn = gap.count <= 80
                    && (onward.contains(words.last ?? "")
                        || onward.contains(words.dropLast().last ?? "") && ["en", "au", "aux", "a", "to", "in"].contains(words.last ?? ""))
                    && !clause.persons.contains(where: { $0.offset >= previousEnd && $0.offset < place.offset })
                    && !clause.triggers.contains(where: { $0.offset >= previousEnd && $0.offset < place.offset })
                guard goesOn || words.allSatisfy(separators.contains) else { break }
            } else if place.kind == .adjective {
                continue
            }
            if place.kind == .adjective { break }
            if place.kind == .city { cities.append(place) } else { countries.append(place) }
            previousEnd = place.offset + place.text.count
        }
        // The stops are the cities, with the countries no listed city is in ("Kingston, Jamaica, and Belmopan, Belize";
        // "to France, Moldova, the United Kingdom, Germany, and Ukraine"; "en Papouasie-Nouvelle-Guinée, à Brunei et aux
        // Philippines").
        let covered = Set(cities.map(\.country))
        return (cities + countries.filter { !covered.contains($0.country) }).sorted { $0.offset < $1.offset }
    }

    /// The country named as the subject of a verb of hosting before `offset` ("Türkiye will host the annual NATO summit").
    static func hostingCountry(before offset: Int, clause: Clause) -> String? {
        let characters = clause.sentence.characters
        for place in clause.sentencePlaces.reversed() where place.offset < offset && place.kind == .country && place.offset >= clause.start {
            var end = place.offset + place.text.count
            // ("Le Chili, qui prend la présidence pour un an, accueillera le prochain sommet": past a relative clause set between
            // commas.)
            if end + 2 < offset, characters[end] == ",",
                case let aside = String(fold(String(characters[(end + 1)..<min(offset, end + 12)])).drop(while: { $0 == " " })),
                ["qui ", "which ", "who "].contains(where: aside.hasPrefix),
                let close = characters[(end + 1)..<offset].firstIndex(of: ","), close - end <= 100
            {
                end = close + 1
            }
            guard end < offset, offset - end <= 60 else { continue }
            let after = " " + fold(String(characters[end..<offset])).split(separator: " ").joined(separator: " ") + " "
            // (Its object the summit, six words at most: not "Japan hosted President Biden last week ahead of the NATO summit".)
            guard let verb = Triggers.hostingVerbs.first(where: { after.hasPrefix($0) }) else { continue }
            let object = after.dropFirst(verb.count).split(separator: " ")
            if object.count <= 6, let first = object.first, ["the", "a", "an", "its", "this", "next", "le", "la", "l", "un", "une", "son", "sa", "ce", "cette"].contains(String(first)),
                !characters[end..<offset].contains(","), !clause.persons.contains(where: { $0.offset > end && $0.offset < offset })
            {
                return place.country
            }
        }
        return nil
    }

    /// The city a summit's name begins with, right before its noun ("the Lisbon summit", "the Beijing Summit": a capital the
    /// gazetteer holds as its country's name when the noun is capitalised too; not one of a pair, "the Korea-Japan summit").
    static func cityNaming(_ trigger: Int, clause: Clause) -> PlaceMention? {
        let characters = clause.sentence.characters
        return clause.sentencePlaces.last { place in
            guard place.kind != .adjective, place.country != "EU", place.offset + place.text.count + 1 == trigger,
                characters[place.offset + place.text.count] == " ", place.offset == 0 || characters[place.offset - 1] == " "
            else { return false }
            return place.city != nil || place.kind == .country && characters[trigger].isUppercase
        }
    }

    /// The city right after a summit's noun and "de"/"d'"/"of" ("le sommet d'Erevan", "the summit of Rabat").
    static func cityAfterSummit(_ trigger: Int, phrase: String, clause: Clause) -> PlaceMention? {
        let characters = clause.sentence.characters
        let end = trigger + phrase.count
        return clause.sentencePlaces.first { place in
            guard place.kind == .city, place.city != nil, place.offset > end, place.offset - end <= 4 else { return false }
            return [" de ", " d'", " d’", " of "].contains(String(characters[end..<place.offset]))
        }
    }

    /// The country named in the possessive just before `offset` ("the UK's AI Summit").
    static func possessive(before offset: Int, clause: Clause) -> String? {
        let characters = clause.sentence.characters
        for place in clause.sentencePlaces.reversed() where place.offset < offset && place.kind == .country {
            let end = place.offset + place.text.count
            guard end + 2 <= characters.count, offset - end < 24 else { continue }
            if ["'s", "’s"].contains(String(characters[end..<(end + 2)])) { return place.country }
        }
        return nil
    }
}
