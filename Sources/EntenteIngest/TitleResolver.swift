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
        (["chef", "de", "la", "diplomatie"], .foreignMinister),
        (["ministre", "des", "affaires", "etrangeres"], .foreignMinister),
        (["secretaire", "d", "etat"], .foreignMinister),
        (["premier", "ministre"], .headOfGovernment),
        (["foreign", "minister"], .foreignMinister),
        (["foreign", "secretary"], .foreignMinister),
        (["secretary", "of", "state"], .foreignMinister),
        (["prime", "minister"], .headOfGovernment),
        (["chef", "de", "l", "etat"], .headOfState),
        (["chef", "du", "gouvernement"], .headOfGovernment),
        (["chancelier"], .headOfGovernment), (["chanceliere"], .headOfGovernment), (["chancellor"], .headOfGovernment),
        (["president"], .headOfState), (["presidente"], .headOfState),
        (["dirigeant"], .headOfState), (["leader"], .headOfState), (["premier"], .headOfGovernment),
        (["ministre"], .foreignMinister),
    ]

    public static func mentions(in sentence: String, on date: PartialDate) -> [TitleMention] {
        let tokens = DateResolver.tokenize(sentence)
        let words = tokens.map(\.word)
        let characters = Array(sentence)
        var found: [TitleMention] = []
        var index = 0
        while index < words.count {
            guard let (title, office) = titles.first(where: { matches($0.0, words, at: index) }) else {
                index += 1
                continue
            }
            var end = index + title.count
            var country: String?
            var start = index
            // Adjective before (English: "Russian foreign minister", "US Secretary of State") …
            if index > 0, let entry = Gazetteer.lookup(String(characters[tokens[index - 1].start..<tokens[index - 1].end])),
                entry.kind == .adjective || entry.kind == .country
            {
                country = entry.country
                start = index - 1
            }
            // … or after (French: "chef de la diplomatie russe", "ministre indienne des affaires étrangères").
            if country == nil, let (code, consumed) = place(after: end, tokens: tokens, characters: characters) {
                country = code
                end += consumed
                // "ministre indienne des affaires étrangères": the rest of the title follows the adjective.
                if title == ["ministre"], matches(["des", "affaires", "etrangeres"], words, at: end) { end += 3 }
            }
            // "le président de la République" is the French head of state.
            if country == nil, title == ["president"], matches(["de", "la", "republique"], words, at: end) {
                country = "FR"
                end += 3
            }
            if country == nil, title == ["secretary", "of", "state"] { country = "US" }
            // A bare "ministre" is only a foreign minister when the foreign-affairs words follow.
            if title == ["ministre"], !(words[index..<end].joined(separator: " ").includes("affaires etrangeres")) {
                index += 1
                continue
            }
            if let country {
                let text = String(characters[tokens[start].start..<tokens[end - 1].end])
                let holder = OfficeRegistry.holder(of: office, country: country, on: date)
                    ?? (office == .headOfState ? OfficeRegistry.holder(of: .headOfGovernment, country: country, on: date) : nil)
                found.append(TitleMention(text: text, offset: tokens[start].start, office: office, country: country, holder: holder?.name))
            }
            index = end
        }
        return found
    }

    static func matches(_ pattern: [String], _ words: [String], at index: Int) -> Bool {
        index + pattern.count <= words.count && Array(words[index..<(index + pattern.count)]) == pattern
    }

    /// A country adjective or a `de/du/of (the) Country` complement starting at `index`.
    static func place(after index: Int, tokens: [DateResolver.Token], characters: [Character]) -> (String, Int)? {
        guard index < tokens.count else { return nil }
        var cursor = index
        if ["de", "du", "des", "of"].contains(tokens[cursor].word) {
            cursor += 1
            while cursor < tokens.count, ["la", "l", "le", "les", "the"].contains(tokens[cursor].word) { cursor += 1 }
        }
        // Longest span of up to four words that names a country or is its adjective.
        for length in stride(from: min(4, tokens.count - cursor), through: 1, by: -1) {
            let text = String(characters[tokens[cursor].start..<tokens[cursor + length - 1].end])
            if let entry = Gazetteer.lookup(text), entry.kind != .city {
                if cursor == index && entry.kind != .adjective { continue }  // a bare name right after is not a complement
                return (entry.country, cursor + length - index)
            }
        }
        return nil
    }
}
