import EntenteModel

/// Surnames alone, dashed pairs and plural titles: the people a text names without a full name.
extension PersonFinder {
    /// Countries whose names put the family name first ("M. Wang" is Wang Yi, "Mr Kim" Kim Jong-un).
    static let familyNameFirst: Set<String> = ["CN", "KP", "KR", "VN", "TW", "HK", "MO"]

    /// Countries whose people the news names by their given name after the first mention ("Prayuth", "Thaksin"), as in
    /// the Horn of Africa, whose names are the given name and the father's ("Prime Minister Abiy", "President Isaias",
    /// "President Hassan" for Hassan Sheikh Mohamud).
    static let givenNameAfter: Set<String> = ["TH", "ET", "ER", "SO"]

    /// The given names (folded, in every spelling the registry has) of the office-holders of those countries.
    static let givenNames: [String: Set<String>] = {
        var names: [String: Set<String>] = [:]
        for (form, name, country) in registryForms where givenNameAfter.contains(country) {
            guard let first = form.split(separator: " ").first, form.contains(" ") else { continue }
            names[name, default: []].insert(String(first))
        }
        return names
    }()

    /// Whether the folded surname is the family name of the folded full name `form`.
    /// (Singapore writes Chinese names family name first, "Lee Hsien Loong", and others not, "Lawrence Wong": either.)
    static func hasSurname(_ surname: String, form: String, country: String?) -> Bool {
        form.hasSuffix(" " + surname)
            || country.map { familyNameFirst.contains($0) || $0 == "SG" } == true && form.hasPrefix(surname + " ")
    }

    /// Whether the folded surname sounds like the family name of the folded full name `form` (``OfficeRegistry/spellingKey(_:)``),
    /// for a surname the text spells as it spelled the full name, not as the registry does. (Three consonants at least.)
    static func soundsLikeSurname(_ surname: String, of form: String, country: String?) -> Bool {
        guard let key = OfficeRegistry.spellingKey(surname).last, key.utf8.count >= 3, !surname.contains(" ") else { return false }
        let words = OfficeRegistry.spellingKey(form)
        return words.count >= 2 && (words.last == key || country.map { familyNameFirst.contains($0) || $0 == "SG" } == true && words.first == key)
    }

    /// Surnames of the registry's office-holders that are nothing else a capitalised word often is (a month, a common
    /// word or given name, a place): "Putin", "Macron", "Modi", "Xi"; each with everyone who bears it, sorted. Folded.
    static let registrySurnames: [String: [(name: String, country: String)]] = {
        var people: [String: Set<String>] = [:]
        var countries: [String: String] = [:]
        for (form, name, country) in registryForms {
            let words = form.split(separator: " ")
            guard words.count >= 2 else { continue }
            let surname = String(familyNameFirst.contains(country) ? words.first! : words.last!)
            people[surname, default: []].insert(name)
            countries[name] = country
        }
        var result: [String: [(name: String, country: String)]] = [:]
        // (Not a surname that is also a place: "Nepal" is Madhav Kumar Nepal's, and a country's.)
        for (surname, names) in people where !commonSurnames.contains(surname) && DateResolver.months[surname] == nil
            && Gazetteer.lookup(surname) == nil
        {
            let bearers = names.sorted().filter { name in
                surname.count >= 4 || familyNameFirst.contains(countries[name] ?? "") && surname.count >= 2
            }
            if !bearers.isEmpty { result[surname] = bearers.map { ($0, countries[$0]!) } }
        }
        return result
    }()

    /// The registry's only bearer of a surname, whenever.
    static func onlyBearer(of surname: String) -> (name: String, country: String)? {
        guard let bearers = registrySurnames[surname], bearers.count == 1 else { return nil }
        return bearers[0]
    }

    /// Office-holders' surnames that are also common words or given names in English or French text. Folded.
    static let commonSurnames: Set<String> = [
        "may", "brown", "johnson", "moon", "costa", "king", "young", "green", "white", "black", "rice", "hunt", "hill", "rose", "cook",
        "park", "lee", "kim", "long", "fox", "bush", "church", "grand", "petit", "martin", "bernard", "thomas", "robert", "richard",
        "david", "michel", "charles", "marie", "pierre", "paul", "jean", "louis", "leon", "laurent", "vincent", "simon", "pascal",
        "jordan", "james", "george", "henry", "scott", "lewis", "ford", "carter", "walker", "wood", "stone", "ball", "field", "ward",
        "silva", "santos", "garcia", "lopez", "sanchez", "ali", "khan", "said", "ahmed", "mohamed", "mohammed", "hassan", "singh",
        "sharif", "abbas", "noda", "aso", "abe", "lula", "wolf", "navy", "nato", "union", "maduro", "bolsonaro", "major", "begin",
        "wilson", "heath",
    ]

    /// Ministries other than foreign affairs, which make a plural "ministres" no one's the registry holds. Folded.
    static let portfolios: Set<String> = [
        "defense", "defence", "justice", "finance", "finances", "interieur", "interior", "economie", "economy", "sante", "health",
        "commerce", "trade", "agriculture", "armees", "education", "culture", "travail", "energie", "energy", "transports",
        "environnement", "environment",
    ]

    /// "the presidents of Russia and the United States", "the leaders of France and Germany", "les présidents russe et
    /// américain": the holder of the office in each country, on the date.
    /// - Parameter named: the people the sentence names, for "his counterparts in Algeria, Mauritania, Senegal and Mali": the
    ///   holders, in each country, of the office of the one named before.
    static func pluralTitles(
        _ characters: [Character], tokens: [DateResolver.Token], on date: PartialDate, named: [PersonMention] = []
    ) -> [PersonMention] {
        var offices: [String: Office] = [
            "presidents": .headOfState, "leaders": .headOfState, "dirigeants": .headOfState,
            "chefs": .headOfState, "ministres": .foreignMinister, "ministers": .foreignMinister,
        ]
        // (English "ministers" only as "foreign ministers" or "prime ministers", not "defence ministers"; and with their
        // countries right after "of" or their adjectives before: not "the G20 Foreign Ministers' meeting in Argentina".)
        // (Counterparts, of the one named before them.)
        let counterpart = { (position: Int) -> (person: PersonMention, office: Office)? in
            guard ["counterparts", "homologues"].contains(tokens[position].word),
                let person = named.last(where: { $0.offset < tokens[position].start }), let office = counterpartOffice(of: person.name, on: date)
            else { return nil }
            return (person, office)
        }
        guard let index = tokens.indices.first(where: { position in
            offices[tokens[position].word] != nil
                && (tokens[position].word != "ministers" || position > 0 && ["foreign", "prime"].contains(tokens[position - 1].word))
                || counterpart(position) != nil
        }) else { return [] }
        let counterpartOf = counterpart(index)
        if let counterpartOf { offices[tokens[index].word] = counterpartOf.office }
        let ofFollows = index + 1 < tokens.count && tokens[index + 1].word == "of" && tokens[index + 1].start == tokens[index].end + 1
        // ("les anciens Premiers ministres de la Belgique et des Pays-Bas": no one in office.)
        // (Nor deputies: "the deputy foreign ministers of Russia and Turkey".)
        if tokens[max(0, index - 2)..<index].contains(where: { ["anciens", "anciennes", "former", "ex", "deputy", "vice", "adjoints"].contains($0.word) }) {
            return []
        }
        var office = offices[tokens[index].word]!
        // ("les Premiers ministres de Malaisie, Muhyiddin Yassin, et de Singapour": heads of government.)
        if office == .foreignMinister, index > 0, ["premiers", "prime"].contains(tokens[index - 1].word) { office = .headOfGovernment }
        // The countries named within the next few words, before anything else.
        // (Up to another title or what adds someone else: "les présidents russe et ukrainien, ainsi que la chancelière
        // allemande" are two.)
        // (French takes more words: "les dirigeants des Etats-Unis, du Japon, de l'Inde et de l'Australie".)
        let start = tokens[index].end
        let last = (index + 1..<min(index + 15, tokens.count)).first { position in
            ["ainsi", "as", "alongside", "aux", "avec", "with"].contains(tokens[position].word) || titleNouns.contains(tokens[position].word)
        }.map { $0 - 1 } ?? min(index + 14, tokens.count - 1)
        let end = last > index ? (last + 1 < tokens.count ? tokens[last + 1].start : characters.count) : start
        // (Only the countries listed one after another: not "met in Washington" after "of Armenia and Azerbaijan".)
        var listed: [PlaceMention] = []
        for place in PlaceFinder.mentions(in: Array(characters[start..<end])) where place.kind == .country || place.kind == .adjective {
            let from = listed.last.map { $0.offset + $0.text.count } ?? 0
            let gap = fold(String(characters[(start + from)..<(start + max(from, place.offset))])).split(whereSeparator: { !$0.isLetter })
            // (The rest of the title may come first: "les ministres des Affaires étrangères chinois et russes"; "leaders from Chad
            // and Nigeria".)
            // ("his counterparts in Algeria, Mauritania, Senegal and Mali".)
            guard gap.allSatisfy({ word in
                ["and", "et", "the", "of", "from", "de", "du", "des", "d", "la", "le", "les", "l", "affaires", "etrangeres", "exterieures"]
                    .contains(String(word)) || titleWords.contains(String(word))
                    || counterpartOf != nil && ["in", "en", "au", "aux"].contains(String(word))
            }) else { break }
            listed.append(place)
        }
        // ("Les ministres de la Défense de la France et de l'Allemagne": another portfolio's, no one the registry holds.)
        if office == .foreignMinister, let first = listed.first,
            fold(String(characters[start..<(start + first.offset)])).split(separator: " ").contains(where: { portfolios.contains(String($0)) })
        {
            return []
        }
        var countries = tokens[index].word == "ministers" && !ofFollows ? [] : listed.map(\.country)
        if let counterpartOf { countries.removeAll { $0 == counterpartOf.person.country } }
        // ("Azerbaijani, Turkish and Georgian foreign ministers", "the Russian and Chinese presidents": adjectives before it.)
        if Set(countries).count < 2 {
            var first = index
            if first > 0, ["foreign", "prime"].contains(tokens[first - 1].word) { first -= 1 }
            var cursor = first - 1
            while cursor >= 0, ["and", "et"].contains(tokens[cursor].word)
                || Gazetteer.lookup(String(characters[tokens[cursor].start..<tokens[cursor].end]))?.kind == .adjective
            {
                cursor -= 1
            }
            // (Not the people of those who hold the title: "the wives of the French and Indian presidents", "spokespeople for
            // the Russian and Chinese presidents".)
            let before = tokens[max(0, cursor - 2)...max(0, cursor)].map(\.word)
            if cursor + 1 < first, !before.contains(where: Self.entourage.contains) {
                countries = PlaceFinder.mentions(in: Array(characters[tokens[cursor + 1].start..<tokens[first].start]))
                    .filter { $0.kind == .adjective }.map(\.country)
            }
        }
        guard Set(countries).count >= 2 else { return [] }
        var people: [PersonMention] = []
        let leaders = ["leaders", "dirigeants"].contains(tokens[index].word)
        for country in Set(countries).sorted(by: { countries.firstIndex(of: $0)! < countries.firstIndex(of: $1)! }) {
            // ("the leaders of Denmark and Estonia": where the head of government leads, the prime ministers.)
            let leads = leaders && OfficeRegistry.governmentLeads.contains(country) ? Office.headOfGovernment : office
            let holder = OfficeRegistry.holder(of: leads, country: country, on: date)
                ?? (office == .headOfState ? OfficeRegistry.holder(of: .headOfGovernment, country: country, on: date) : nil)
            if let holder { people.append(PersonMention(name: holder.name, country: country, offset: tokens[index].start, source: .title, office: leads)) }
        }
        return people.count >= 2 ? people : []
    }

    /// Those around an office-holder, whose plural title names them, not the holders ("the wives of the French and Indian
    /// presidents"). Folded.
    static let entourage: Set<String> = [
        "wives", "husbands", "spouses", "spokespeople", "spokesmen", "spokeswomen", "advisers", "advisors", "aides", "envoys",
        "deputies", "representatives", "sherpas", "officials", "staff", "offices", "epouses", "conseillers", "emissaires",
        "representants", "collaborateurs",
    ]

    /// "son homologue indien", "his Indian counterpart", with no name after: the one who holds, in that country,
    /// the office the person named before it holds on the date.
    static func counterparts(
        _ tokens: [(text: String, start: Int)], places: [PlaceMention], before found: [PersonMention], on date: PartialDate,
        in characters: [Character]
    ) -> [PersonMention] {
        var result: [PersonMention] = []
        for (index, token) in tokens.enumerated() where ["homologue", "homologues", "counterpart", "counterparts"].contains(fold(token.text)) {
            // The country's adjective next to the noun, on either side, and no name right after.
            let near = [index - 1, index + 1].filter { tokens.indices.contains($0) }
            guard let adjective = near.compactMap({ position in
                places.first { $0.kind == .adjective && $0.offset == tokens[position].start }
            }).first else { continue }
            // The word after the noun (after the adjective, when it follows the noun) is no name.
            var next = index + 1
            if next < tokens.count, tokens[next].start == adjective.offset { next += 1 }
            // "Denis Sassou Nguesso (DSN), son homologue congolais": in apposition to someone of that country (either
            // Congo: the adjective names both), it names no one new.
            let possessive = index > 0 && ["son", "sa", "his", "her", "their", "its"].contains(fold(tokens[index - 1].text)) ? index - 1 : index
            let appositive = characters[max(0, tokens[possessive].start - 3)..<tokens[possessive].start].contains(",")
            if appositive, let nearest = found.last(where: { $0.offset < token.start }), let country = nearest.country,
                country == adjective.country || Self.sharedDemonym.contains([country, adjective.country])
            {
                continue
            }
            // (An adjective that names two countries names the one of someone the sentence has: "congolais" beside Sassou Nguesso.)
            var country = adjective.country
            if let pair = Self.sharedDemonym.first(where: { $0.contains(country) }),
                let sibling = pair.first(where: { $0 != country }), found.contains(where: { $0.country == sibling })
            {
                country = sibling
            }
            guard next >= tokens.count || tokens[next].text.first?.isUppercase != true,
                let person = found.last(where: { $0.offset < token.start && $0.country != country }),
                let office = Self.counterpartOffice(of: person.name, on: date),
                let holder = OfficeRegistry.holder(of: office, country: country, on: date)
            else { continue }
            result.append(PersonMention(name: holder.name, country: country, offset: token.start, source: .title, office: office))
        }
        return result
    }

    /// The office a counterpart holds: a foreign minister's is a foreign minister, a president's who also leads the
    /// government (Angola's, the United States') a head of state.
    static func counterpartOffice(of name: String, on date: PartialDate) -> Office? {
        let held = OfficeRegistry.offices(of: name, on: date)
        return [Office.foreignMinister, .headOfState, .headOfGovernment].first(where: held.contains)
    }

    /// Countries whose people one adjective names ("congolais", "Congolese"): the gazetteer gives one of them.
    static let sharedDemonym: Set<Set<String>> = [["CG", "CD"]]

    /// Capitalised words joined by a dash, as one token ("Xi-Obama") or two ("Trump–Kim"), with their offsets.
    static func dashedPairs(_ tokens: [(text: String, start: Int)], in characters: [Character]) -> [[(text: String, start: Int)]] {
        var pairs: [[(text: String, start: Int)]] = []
        for (index, token) in tokens.enumerated() where token.text.first?.isUppercase == true {
            let parts = token.text.utf8.contains(0x2D) ? token.text.split(separator: "-", omittingEmptySubsequences: false) : [Substring(token.text)]
            if parts.count == 2, parts.allSatisfy({ $0.first?.isUppercase == true }) {
                pairs.append([(String(parts[0]), token.start), (String(parts[1]), token.start + parts[0].count + 1)])
            } else if index + 1 < tokens.count, !token.text.contains("-"), tokens[index + 1].text.first?.isUppercase == true,
                tokens[index + 1].start == token.start + token.text.count + 1, ["–", "—", "-"].contains(characters[token.start + token.text.count])
            {
                pairs.append([token, tokens[index + 1]])
            }
        }
        return pairs
    }
}
