import EntenteModel

/// A country or city named in a sentence: by its name (`la Russie`, `Russia`), an adjective
/// (`russe`, `nord-coréenne`, `North Korean`) or a city (`Pyongyang`, `Moscou`).
public struct PlaceMention: Sendable, Equatable {
    public var text: String
    /// Character offset in the sentence.
    public var offset: Int
    /// ISO 3166-1 alpha-2 (or `EU`).
    public var country: String
    public var kind: Gazetteer.Entry.Kind
    /// For a city, its canonical English name.
    public var city: String?
    /// Named as what was discussed ("des entretiens consacrés … à la Corée du Nord"): no place where anything happens.
    public var topic = false
}

/// Finds place mentions by longest match over words, handling elision (`l'Inde`, `d'Iran`).
public enum PlaceFinder {
    public static func mentions(in sentence: String) -> [PlaceMention] { mentions(in: Array(sentence)) }

    static func mentions(in characters: [Character]) -> [PlaceMention] {
        var words: [(text: String, start: Int, end: Int)] = []
        var current = ""
        var start = 0
        for (offset, character) in characters.enumerated() {
            if NameNormalizer.isLetter(character) || character == "-" && !current.isEmpty || character == "." && current.count == 1 && current.first!.isUppercase {
                if current.isEmpty { start = offset }
                current.append(character)
            } else {
                if !current.isEmpty { words.append((current, start, offset)) }
                current = ""
            }
        }
        if !current.isEmpty { words.append((current, start, characters.count)) }
        // Elided articles and prepositions are not part of the name: l'Inde → Inde, d'Iran → Iran.
        words = words.filter { !["l", "d", "L", "D", "qu", "jusqu"].contains($0.text) }

        // Each word is folded once; a span's key is its words' folded forms joined (as Gazetteer.fold would).
        let folded = words.map { Gazetteer.fold($0.text) }
        var found: [PlaceMention] = []
        var index = 0
        while index < words.count {
            var matched = false
            // Proper nouns start with a capital; a lower-case word can only be a one-word adjective.
            // (A hyphenated word folds to several: "nord-coréen" → "nord coreen"; its first is what a name starts with.)
            guard Gazetteer.firstWords.contains(folded[index].prefix { $0 != " " }) else {
                index += 1
                continue
            }
            // (A region may start in lower case: "dans l'océan Indien", "la péninsule coréenne".)
            let lowercase = words[index].text.first?.isUppercase != true
            let longest = min(Gazetteer.maxWords, words.count - index)
            // The names the span's first words make, shortest first, as long as they are the start of some name.
            var entries: [(length: Int, entry: Gazetteer.Entry)] = []
            var key = ""
            for length in 1...longest {
                key = length == 1 ? folded[index] : key + " " + folded[index + length - 1]
                if let entry = Gazetteer.index[key] { entries.append((length, entry)) }
                if !Gazetteer.prefixes.contains(key) { break }
            }
            for (length, entry) in entries.reversed()
            where !lowercase || length == 1 || entry.kind == .region || length >= 3 && words[index + length - 1].text.contains(where: \.isUppercase) {
                let span = words[index..<(index + length)]
                if entry.kind == .region {
                    // "Latin America" is no mention of America: the span is passed over whole.
                    index += length
                    matched = true
                    break
                }
                let text = String(characters[span.first!.start..<span.last!.end])
                // Names and cities are proper nouns: they must be capitalised as written; adjectives need not be.
                // ("dans la capitale argentine": the adjective is spelt as the country's name, "l'Argentine".)
                // (A landmark of three words or more ending in a proper noun is written lower-case first: "au siège de l'OTAN",
                // "au château de Windsor".)
                if entry.kind != .adjective, let first = text.first, !first.isUppercase, !(index > 0 && folded[index - 1] == "capitale"),
                    !(length >= 3 && span.last!.text.contains(where: \.isUppercase))
                {
                    continue
                }
                // "La Réunion" is the island; "une Réunion de Haut Niveau" a meeting.
                if entry.country == "RE", length == 1, !(index > 0 && ["la", "La"].contains(words[index - 1].text)) { continue }
                // A one-word city that is also a common word must be capitalised mid-sentence, not only at its start.
                if entry.kind == .city, length == 1, span.first!.start == 0, text.count < 5 { continue }
                // (A territory is its sovereign's: a trip to Nouméa or Martinique is within France.)
                let country = Gazetteer.sovereign[entry.country] ?? entry.country
                // "dans la capitale nigérienne", "in the Chinese capital": the adjective places, as the country's name would.
                var kind = entry.kind
                if kind == .adjective, index > 0 && folded[index - 1] == "capitale" || index + length < words.count && folded[index + length] == "capital" {
                    kind = .country
                }
                // ("depart for the Republic of Zimbabwe", "en République de Guinée": the state's style is part of its name.)
                // (Not over a place already found: "the United Kingdom of Great Britain" is one name, which "Kingdom of Great
                // Britain" must not reach back into.)
                var first = span.first!.start
                var styled = country
                if kind == .country, let style = Self.styleLength(before: index, folded: folded), words[index - style].text.first?.isUppercase == true,
                    found.last.map({ $0.offset + $0.text.count <= words[index - style].start }) ?? true
                {
                    first = words[index - style].start
                    // ("the Democratic Republic of Congo": Kinshasa's, not Brazzaville's.)
                    if country == "CG", index - style - 1 >= 0, folded[index - style - 1] == "democratic" {
                        styled = "CD"
                        first = words[index - style - 1].start
                    }
                }
                found.append(PlaceMention(
                    text: String(characters[first..<span.last!.end]), offset: first, country: styled, kind: kind, city: entry.city))
                index += length
                matched = true
                break
            }
            if !matched { index += 1 }
        }
        return found
    }

    /// How many words before word `index` style a state ("Republic of", "Royaume du", "Sultanat d'", the elision
    /// dropped), if they do. Folded.
    private static func styleLength(before index: Int, folded: [String]) -> Int? {
        if index >= 2, styles.contains(folded[index - 2] + " " + folded[index - 1]) { return 2 }
        if index >= 1, styles.contains(folded[index - 1]) { return 1 }
        return nil
    }

    private static let styles: Set<String> = [
        "republic of", "kingdom of", "sultanate of", "state of", "republique de", "republique du", "royaume du", "royaume de",
        "republique", "royaume", "sultanat", "etat",
    ]
}
