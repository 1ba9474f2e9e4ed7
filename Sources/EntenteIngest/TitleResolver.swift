import EntenteModel

/// A title in a sentence ("le chef de la diplomatie russe", "the Prime Minister of India"),
/// resolved to the office, the country and the person who held it on the date.
public struct TitleMention: Sendable, Equatable {
    public var text: String
    public var offset: Int
    public var office: Office
    public var country: String
    /// The office-holder on the date asked about, when the registry knows them.
    public var holder: String?
}

/// Finds titles and resolves them through ``OfficeRegistry``. A title needs its country, from an
/// adjective (`russe`, `North Korean`) or a complement (`de l'Inde`, `of India`); "le président de la
/// République" is the French president; "Secretary of State" alone is the American one.
public enum TitleResolver {
    /// Title words (folded) and the office each names, longest first.
    static let titles: [([String], Office)] = [
        (["chef", "de", "la", "diplomatie"], .foreignMinister), (["cheffe", "de", "la", "diplomatie"], .foreignMinister),
        (["ministre", "des", "affaires", "etrangeres"], .foreignMinister),
        (["secretaire", "d", "etat"], .foreignMinister),
        (["premier", "ministre"], .headOfGovernment),
        (["foreign", "minister"], .foreignMinister),
        (["foreign", "secretary"], .foreignMinister),
        (["secretary", "of", "state"], .foreignMinister),
        (["prime", "minister"], .headOfGovernment),
        (["chef", "de", "l", "etat"], .headOfState), (["cheffe", "de", "l", "etat"], .headOfState),
        (["chef", "du", "gouvernement"], .headOfGovernment),
        // Spain's "Presidente del Gobierno", in French.
        (["president", "du", "gouvernement"], .headOfGovernment),
        (["chancelier"], .headOfGovernment), (["chanceliere"], .headOfGovernment), (["chancellor"], .headOfGovernment),
        // "Vice President Dick Cheney", "le vice-président chinois", "Saudi Crown Prince", "le prince héritier saoudien",
        // "Iran's Supreme Leader", "le guide suprême iranien" (before the words they end with: "president", "leader").
        (["vice", "president"], .vicePresident), (["vice", "-", "president"], .vicePresident),
        (["vice", "presidente"], .vicePresident), (["vice", "-", "presidente"], .vicePresident),
        (["crown", "prince"], .crownPrince), (["prince", "heritier"], .crownPrince),
        (["supreme", "leader"], .supremeLeader), (["guide", "supreme"], .supremeLeader),
        (["president"], .headOfState), (["presidente"], .headOfState),
        (["dirigeant"], .headOfState), (["leader"], .headOfState), (["premier"], .headOfGovernment),
        // "le numéro un chinois", "le numéro un nord-coréen".
        (["numero", "un"], .headOfState),
        (["ministre"], .foreignMinister),
        (["emir"], .headOfState), (["king"], .headOfState), (["roi"], .headOfState),
        // "le souverain britannique", "le monarque saoudien".
        (["souverain"], .headOfState), (["souveraine"], .headOfState), (["monarque"], .headOfState), (["monarch"], .headOfState),
        // "the Georgian PM", "Indian FM": written in capitals only (not "3 pm").
        (["pm"], .headOfGovernment), (["fm"], .foreignMinister),
        // "Qatar's amir", as the Gulf's press spells it (not "Amir-Abdollahian", a name).
        (["amir"], .headOfState),
    ]

    /// Titles that name their office by its seat, and so their country ("le maître du Kremlin", "le locataire de la
    /// Maison-Blanche", "the Kremlin leader"). Folded words; a hyphen is a word of its own.
    static let seats: [([String], Office, String)] = {
        let owners = ["maitre", "hote", "locataire", "occupant", "patron", "chef"]
        let places: [([String], Office, String)] = [
            (["du", "kremlin"], .headOfState, "RU"), (["de", "la", "maison", "-", "blanche"], .headOfState, "US"),
            (["de", "la", "maison", "blanche"], .headOfState, "US"), (["de", "l", "elysee"], .headOfState, "FR"),
            (["de", "matignon"], .headOfGovernment, "FR"), (["de", "downing", "street"], .headOfGovernment, "GB"),
            (["du", "palais", "de", "miraflores"], .headOfState, "VE"), (["de", "la", "casa", "rosada"], .headOfState, "AR"),
        ]
        return owners.flatMap { owner in places.map { ([owner] + $0.0, $0.1, $0.2) } } + [
            (["kremlin", "leader"], .headOfState, "RU"), (["kremlin", "chief"], .headOfState, "RU"),
            // India's foreign minister by the ministry's name, and its abbreviation in Indian releases ("The EAM called on …").
            (["external", "affairs", "minister"], .foreignMinister, "IN"), (["minister", "of", "external", "affairs"], .foreignMinister, "IN"),
            (["eam"], .foreignMinister, "IN"),
        ]
    }()

    /// The first words of the titles, so most words are passed over at once.
    static let titleStarts: Set<String> = Set((titles + bare).compactMap(\.0.first) + seats.compactMap(\.0.first))

    public static func mentions(in sentence: String, on date: PartialDate) -> [TitleMention] {
        let characters = Array(sentence)
        return mentions(in: characters, tokens: DateResolver.tokenize(characters), on: date)
    }

    /// The same, with the sentence's tokens already made (the person stage makes them once for both kinds of title).
    static func mentions(in characters: [Character], tokens: [DateResolver.Token], on date: PartialDate) -> [TitleMention] {
        let words = tokens.map(\.word)
        var found: [TitleMention] = []
        var index = 0
        while index < words.count {
            if titleStarts.contains(words[index]), let (seat, office, country) = seats.first(where: { matches($0.0, words, at: index) }) {
                let end = index + seat.count
                // ("l'ancien locataire de la Maison-Blanche", "le futur locataire": someone else.)
                if index > 0, subordinate.contains(words[index - 1]) || ["futur", "future", "prochain", "next"].contains(words[index - 1]) {
                    index = end
                    continue
                }
                let holder = OfficeRegistry.holder(of: office, country: country, on: date)
                found.append(TitleMention(
                    text: String(characters[tokens[index].start..<tokens[end - 1].end]), offset: tokens[index].start, office: office,
                    country: country, holder: holder?.name))
                index = end
                continue
            }
            guard titleStarts.contains(words[index]), let (title, office) = titles.first(where: { matches($0.0, words, at: index) }) else {
                index += 1
                continue
            }
            // ("Qatar's amir", "the Amir of Kuwait", "Amir Sheikh Tamim"; not a first name, "Israel's Amir Ohana".)
            if title == ["amir"], characters[tokens[index].start].isUppercase
                && !(index + 1 < words.count && ["of", "sheikh", "cheikh"].contains(words[index + 1]))
            {
                index += 1
                continue
            }
            // ("3 pm": an abbreviated title is written in capitals.)
            // (Nor after a time, "at 11 PM Indian time", nor a radio's band, "Australian FM radio".)
            if title.count == 1, PersonFinder.abbreviatedTitles.contains(title[0]),
                characters[tokens[index].start..<tokens[index].end].contains(where: \.isLowercase)
                    || index > 0 && words[index - 1].allSatisfy(\.isNumber)
                    || index + 1 < words.count && ["radio", "station", "stations", "service", "band", "frequency"].contains(words[index + 1])
            {
                index += 1
                continue
            }
            // "Under Secretary of State", "Deputy Prime Minister", "vice-président": another office.
            // (Or before its country: "the former US vice president", "l'ancien Premier ministre …" is after.)
            if index > 0, subordinate.contains(words[index - 1]) || index > 1 && words[index - 1] == "-" && subordinate.contains(words[index - 2])
                || index > 1 && former.contains(words[index - 2])
                    && Gazetteer.lookup(String(characters[tokens[index - 1].start..<tokens[index - 1].end])).map({ $0.kind == .adjective || $0.kind == .country }) == true
            {
                index += title.count
                continue
            }
            // ("La dernière visite d'État d'un monarque britannique": any monarch, not the one reigning.)
            // ("a British king": the article may stand before the adjective.)
            let indefinite = { (word: String) in ["un", "une", "a", "an"].contains(word) }
            if PersonFinder.monarchTitles.contains(title[0]), index > 0,
                indefinite(words[index - 1]) || index > 1 && indefinite(words[index - 2])
                    && Gazetteer.lookup(String(characters[tokens[index - 1].start..<tokens[index - 1].end]))?.kind == .adjective
            {
                index += title.count
                continue
            }
            var end = index + title.count
            var country: String?
            var start = index
            // Adjective before (English: "Russian foreign minister", "US Secretary of State") …
            // (Past a comma only when the name after the title is the holder's: "Back in China, President Xi met Lula", not "In the
            // US, Foreign Minister Aso will …", Japan's.)
            if index > 0, let entry = Gazetteer.lookup(String(characters[tokens[index - 1].start..<tokens[index - 1].end])),
                entry.kind == .adjective || entry.kind == .country,
                !characters[tokens[index - 1].end..<tokens[index].start].contains(",")
                    || holderNamedAfter(index + title.count, office: office, country: entry.country, tokens: tokens, on: date)
            {
                country = entry.country
                start = index - 1
            }
            // … or a possessive ("Qatar's ruling emir", "India's foreign minister") …
            var back = index - 1
            if back >= 0, ["ruling", "reigning", "new", "visiting"].contains(words[back]) { back -= 1 }
            if country == nil, back >= 1, words[back] == "s", characters[tokens[back].start - 1] != " ",
                let entry = Gazetteer.lookup(String(characters[tokens[back - 1].start..<tokens[back - 1].end])), entry.kind == .country
            {
                country = entry.country
                start = back - 1
            }
            // … or after (French: "chef de la diplomatie russe", "ministre indienne des affaires étrangères").
            // ("Ministre des Affaires étrangères, de l'Union européenne et de la Coopération": after a comma, another portfolio.)
            let listed = end < tokens.count && characters[tokens[end - 1].end..<tokens[end].start].contains(",")
            // "le Président élu du Mexique", "President-elect Joe Biden": the one to take office next.
            var elect = false
            if end < words.count, ["elu", "elue", "elect"].contains(words[end]) {
                elect = true
                end += 1
            } else if end + 1 < words.count, words[end] == "-", words[end + 1] == "elect" {
                elect = true
                end += 2
            }
            if country == nil, !listed, let (code, consumed) = place(after: end, tokens: tokens, characters: characters) {
                country = code
                end += consumed
                // "ministre indienne des affaires étrangères": the rest of the title follows the adjective.
                if title == ["ministre"], matches(["des", "affaires", "etrangeres"], words, at: end) { end += 3 }
            }
            // "le président de la République" is the French head of state; "… de la République du Niger", Niger's.
            if country == nil, title == ["president"], matches(["de", "la", "republique"], words, at: end) {
                end += 3
                // ("… de la République islamique d'Iran", "… de la République démocratique du Congo"; "… de la République
                // algérienne démocratique et populaire", its adjective.)
                while end < words.count, ArticleExtractor.stateQualifiers.contains(words[end]) { end += 1 }
                if let (code, consumed) = place(after: end, tokens: tokens, characters: characters) {
                    country = code
                    end += consumed
                } else {
                    country = "FR"
                }
            }
            // "Secretary of State for Foreign (, Commonwealth and Development) Affairs" is the British Foreign Secretary's style.
            if title == ["secretary", "of", "state"], matches(["for", "foreign"], words, at: end),
                let affairs = words[end...].prefix(8).firstIndex(of: "affairs")
            {
                end = affairs + 1
                if country == nil || country == "US" {
                    country = place(after: end, tokens: tokens, characters: characters).map(\.0) ?? "GB"
                }
            }
            if country == nil, title == ["secretary", "of", "state"] { country = "US" }
            // "le secrétaire d'État américain adjoint": the deputy's office, not the title's.
            if end < words.count, subordinate.contains(words[end]) {
                index = end + 1
                continue
            }
            // A bare "ministre" is only a foreign minister when the foreign-affairs words follow.
            if title == ["ministre"], !(words[index..<end].joined(separator: " ").includes("affaires etrangeres")) {
                index += 1
                continue
            }
            if let country {
                let text = String(characters[tokens[start].start..<tokens[end - 1].end])
                // "un dirigeant éthiopien", "the British leader": where the head of government leads, the Prime Minister.
                let office = (title == ["dirigeant"] || title == ["leader"]) && OfficeRegistry.governmentLeads.contains(country)
                    ? Office.headOfGovernment : office
                // (North Korea's "supreme leader" is its head of state.)
                let holder = elect ? OfficeRegistry.nextHolder(of: office, country: country, after: date)
                    : OfficeRegistry.holder(of: office, country: country, on: date)
                    ?? (office == .headOfState ? OfficeRegistry.holder(of: .headOfGovernment, country: country, on: date) : nil)
                    ?? (office == .supremeLeader ? OfficeRegistry.holder(of: .headOfState, country: country, on: date) : nil)
                found.append(TitleMention(text: text, offset: tokens[start].start, office: office, country: country, holder: holder?.name))
            }
            index = end
        }
        return found
    }

    /// Titles used alone, after an article ("the Prime Minister", "le Premier ministre", "the Secretary"):
    /// references to someone the article has named. A title followed by a name, by a comma and a name,
    /// or by its country is not one of these.
    static let bare: [([String], Office)] = [
        (["chef", "de", "la", "diplomatie"], .foreignMinister), (["cheffe", "de", "la", "diplomatie"], .foreignMinister),
        (["ministre", "des", "affaires", "etrangeres"], .foreignMinister),
        (["premier", "ministre"], .headOfGovernment),
        (["prime", "minister"], .headOfGovernment),
        (["foreign", "minister"], .foreignMinister),
        (["foreign", "secretary"], .foreignMinister),
        (["secretary", "of", "state"], .foreignMinister),
        (["chancellor"], .headOfGovernment), (["chancelier"], .headOfGovernment), (["chanceliere"], .headOfGovernment),
        (["president", "du", "gouvernement"], .headOfGovernment), (["chef", "du", "gouvernement"], .headOfGovernment),
        (["vice", "president"], .vicePresident), (["vice", "-", "president"], .vicePresident),
        (["crown", "prince"], .crownPrince), (["prince", "heritier"], .crownPrince),
        (["supreme", "leader"], .supremeLeader), (["guide", "supreme"], .supremeLeader),
        (["president"], .headOfState), (["presidente"], .headOfState),
        // "Sa Majesté le Roi", "le Souverain": the monarch the article has named.
        // (Not "the Queen": since 2022 a consort, not a head of state.)
        (["roi"], .headOfState), (["king"], .headOfState), (["queen"], .headOfState), (["reine"], .headOfState),
        (["souverain"], .headOfState), (["souveraine"], .headOfState), (["monarque"], .headOfState), (["monarch"], .headOfState),
        (["emir"], .headOfState),
        // "le chef de l'État a assumé cette décision": the head of state the article named.
        (["chef", "de", "l", "etat"], .headOfState), (["cheffe", "de", "l", "etat"], .headOfState),
        (["secretary"], .foreignMinister),
        (["ministre"], .foreignMinister), (["minister"], .foreignMinister),
    ]

    /// Words that make a title another, lesser office.
    static let subordinate = Set(["under", "deputy", "assistant", "vice", "adjoint", "adjointe", "delegue", "deleguee"]).union(former)

    /// Words that make a title a past one's ("the former US vice president", "l'ancien Premier ministre"). Folded.
    static let former: Set<String> = ["former", "ancien", "ancienne", "ex"]

    public static func bareTitles(in sentence: String) -> [(office: Office, offset: Int)] {
        let characters = Array(sentence)
        return bareTitles(in: characters, tokens: DateResolver.tokenize(characters)).map { ($0.office, $0.offset) }
    }

    /// English titles a government's own readouts use without "the": "During the visit, Prime Minister will hold discussions".
    static let englishTitles: Set<[String]> = [
        ["prime", "minister"], ["foreign", "minister"], ["foreign", "secretary"], ["secretary", "of", "state"], ["president"],
        ["vice", "president"], ["crown", "prince"], ["chancellor"],
    ]

    /// Whether a capitalised title at `index` opens the sentence or follows its comma, as a subject without an article.
    private static func withoutArticle(at index: Int, tokens: [DateResolver.Token], in characters: [Character]) -> Bool {
        guard characters[tokens[index].start].isUppercase else { return false }
        return index == 0 || characters[tokens[index - 1].end..<tokens[index].start].contains(",")
    }

    /// Whether the title ending at `end` names an office, not its holder ("the Prime Minister's Office said").
    private static func namesAnOffice(after end: Int, in characters: [Character]) -> Bool {
        guard end < characters.count else { return false }
        let after = fold(String(characters[end...].prefix(10)))
        return ["'s office", "’s office", "'s bureau", "’s bureau"].contains(where: after.hasPrefix)
    }

    static func bareTitles(in characters: [Character], tokens: [DateResolver.Token]) -> [(office: Office, offset: Int, country: String?)] {
        let words = tokens.map(\.word)
        var found: [(Office, Int, String?)] = []
        for index in words.indices where index > 0 && ["minister", "ministre"].contains(words[index]) {
            if let country = ministerByCountry(at: index, tokens: tokens, in: characters) { found.append(country) }
        }
        for index in words.indices where titleStarts.contains(words[index]) {
            let afterArticle = index > 0 && ["the", "le", "la", "l"].contains(words[index - 1])
            guard afterArticle || withoutArticle(at: index, tokens: tokens, in: characters),
                let (title, office) = bare.first(where: { matches($0.0, words, at: index) })
            else { continue }
            let end = index + title.count
            if !afterArticle {
                // ("Prime Minister will also call on …": a verb follows, no name.)
                guard englishTitles.contains(title), end < tokens.count, words[end].first?.isLetter == true,
                    characters[tokens[end].start].isLowercase
                else { continue }
                found.append((office, tokens[index].start, nil))
                continue
            }
            if namesAnOffice(after: tokens[end - 1].end, in: characters) { continue }
            if end < tokens.count {
                let next = String(characters[tokens[end].start..<tokens[end].end])
                let gap = characters[tokens[end - 1].end..<tokens[end].start]
                // Followed by a name ("President Biden", "le Premier ministre, M. Modi") or its country.
                if next.first?.isUppercase == true && !gap.contains(where: { $0 != " " && $0 != "," }) { continue }
                if place(after: end, tokens: tokens, characters: characters) != nil { continue }
                if ["de", "du", "of"].contains(words[end]) && !(title == ["secretary", "of", "state"]) { continue }
            }
            // An adjective or country just before ("the Russian President") makes it a full title.
            if let entry = Gazetteer.lookup(String(characters[tokens[index - 1].start..<tokens[index - 1].end])),
                entry.kind == .adjective || entry.kind == .country
            {
                continue
            }
            found.append((office, tokens[index - 1].start, nil))
        }
        return found.sorted { $0.1 < $1.1 }
    }

    /// "the Iranian minister", "le ministre iranien": a minister given a country and no portfolio, someone of that country
    /// the article has named (as a foreign minister). Not "the Iranian minister of oil", "le ministre iranien de l'Économie",
    /// nor one a name follows ("the Iranian minister, Javad Zarif" is named there).
    private static func ministerByCountry(at index: Int, tokens: [DateResolver.Token], in characters: [Character]) -> (Office, Int, String?)? {
        let words = tokens.map(\.word)
        let adjective = { (position: Int) -> String? in
            guard position < tokens.count, let entry = Gazetteer.lookup(String(characters[tokens[position].start..<tokens[position].end])),
                entry.kind == .adjective
            else { return nil }
            return entry.country
        }
        let english = words[index] == "minister"
        let (country, start, end): (String?, Int, Int) = english
            ? (index >= 2 && words[index - 2] == "the" ? adjective(index - 1) : nil, index - 2, index + 1)
            : (["le", "la", "l"].contains(words[index - 1]) ? adjective(index + 1) : nil, index - 1, index + 2)
        guard let country else { return nil }
        if end < tokens.count {
            let next = String(characters[tokens[end].start..<tokens[end].end])
            let portfolio: Set<String> = ["of", "for", "de", "des", "du", "d", "delegue", "deleguee", "charge", "chargee", "adjoint", "adjointe"]
            if portfolio.contains(words[end]) || next.first?.isUppercase == true || next == "," { return nil }
            if end + 1 < tokens.count, words[end] == ",", characters[tokens[end + 1].start].isUppercase { return nil }
        }
        return (.foreignMinister, tokens[start].start, country)
    }

    /// Whether the place at `offset` is the seat of a title ("l'hôte du Kremlin", "le locataire de la Maison-Blanche", "the
    /// Kremlin leader"): there it names an office, not where anything happens.
    static func titleNamesSeat(at offset: Int, length: Int, in characters: [Character]) -> Bool {
        let words = { (range: Range<Int>) in DateResolver.tokenize(Array(characters[range.clamped(to: 0..<characters.count)])).map(\.word) }
        let seat = words(offset..<(offset + length))
        // (Most places are no seat: the words around are read only for one that is.)
        guard let word = seat.first, seats.contains(where: { $0.0.contains(word) }) else { return false }
        let before = words((offset - 24)..<offset)
        let after = words((offset + length)..<(offset + length + 12))
        return seats.contains { pattern, _, _ in
            guard pattern.count > seat.count else { return false }
            // (The owner and its preposition before the place; or the place first: "Kremlin leader".)
            return pattern.suffix(seat.count).elementsEqual(seat) && before.suffix(pattern.count - seat.count).elementsEqual(pattern.dropLast(seat.count))
                || pattern.prefix(seat.count).elementsEqual(seat) && after.prefix(pattern.count - seat.count).elementsEqual(pattern.dropFirst(seat.count))
        }
    }

    /// Whether the word at `index` is a word of the name of the office's holder in that country on the date (or no capitalised
    /// word follows).
    private static func holderNamedAfter(_ index: Int, office: Office, country: String, tokens: [DateResolver.Token], on date: PartialDate) -> Bool {
        guard index < tokens.count, let holder = OfficeRegistry.holder(of: office, country: country, on: date) else { return false }
        return NameNormalizer.foldDiacritics(holder.name).lowercased().split(separator: " ").contains { $0 == tokens[index].word }
    }

    static func matches(_ pattern: [String], _ words: [String], at index: Int) -> Bool {
        index + pattern.count <= words.count && Array(words[index..<(index + pattern.count)]) == pattern
    }

    /// A country adjective or a `de/du/of (the) Country` complement starting at `index`.
    static func place(after index: Int, tokens: [DateResolver.Token], characters: [Character]) -> (String, Int)? {
        guard index < tokens.count else { return nil }
        var cursor = index
        // ("de la République d'Angola": the elided "de" too.)
        if ["de", "du", "des", "of", "d"].contains(tokens[cursor].word) {
            cursor += 1
            while cursor < tokens.count, ["la", "l", "le", "les", "the"].contains(tokens[cursor].word) { cursor += 1 }
        }
        // Longest span of up to four words that names a country or is its adjective.
        for length in stride(from: min(4, tokens.count - cursor), through: 1, by: -1) {
            let text = String(characters[tokens[cursor].start..<tokens[cursor + length - 1].end])
            if let entry = Gazetteer.lookup(text), entry.kind == .country || entry.kind == .adjective {
                if cursor == index && entry.kind != .adjective { continue }  // a bare name right after is not a complement
                return (entry.country, cursor + length - index)
            }
        }
        return nil
    }
}
