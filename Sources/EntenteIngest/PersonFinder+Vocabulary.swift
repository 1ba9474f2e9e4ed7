/// The small vocabularies that tell a name from the words around it.
extension PersonFinder {

    /// Articles, pronouns and conjunctions: capitalised at a sentence's start or after a dash, never part of a name. Folded.
    static let functionWords: Set<String> = [
        "le", "la", "les", "un", "une", "des", "du", "de", "et", "en", "au", "aux", "ce", "cette", "ces", "il", "elle", "ils", "elles",
        "the", "a", "an", "and", "of", "in", "on", "at", "this", "that", "these", "he", "she", "they", "we", "it", "mais", "but", "or",
        "ou", "pour", "for", "with", "avec", "dans", "par", "by", "from", "to", "selon", "after", "apres", "avant", "before", "lors",
    ]

    /// Words that open a clause or carry a verb, never part of a name even capitalised, as a headline capitalises them
    /// ("Portuguese President Who Planned to Meet Lula"). Folded.
    static let clauseWords: Set<String> = [
        "who", "whom", "whose", "which", "where", "when", "is", "are", "was", "were", "has", "had", "qui", "dont",
    ]

    /// News agencies named in datelines and credits ("WASHINGTON, 26 octobre (Reuters) - Le …"). Folded.
    static let newsAgencies: Set<String> = [
        "reuters", "afp", "ap", "xinhua", "tass", "ria", "novosti", "interfax", "bloomberg", "belga", "ansa", "efe", "dpa", "kyodo", "yonhap",
        "anadolu", "sputnik", "aps", "map", "aip", "apa", "wafa", "irna", "kcna", "bernama", "antara", "pti", "ani",
    ]

    /// Words after which a run of capitalised words is a place or a thing, not a person. Folded.
    static let placeIntroducers: Set<String> = ["the", "at", "in", "near", "from", "a", "au", "aux", "en", "dans", "vers", "pres"]

    /// Nouns before "of"/"de" and a town's name ("the city of El Alamein", "la ville de Port-Soudan"). Folded.
    static let townWords: Set<String> = ["city", "town", "village", "port", "resort", "ville", "station", "cite", "commune"]

    /// Words of a state's formal style ("the Oriental Republic of Uruguay", "the Hashemite Kingdom of Jordan"). Folded.
    static let stateWords: Set<String> = [
        "oriental", "bolivarian", "plurinational", "federative", "kingdom", "arab", "socialist", "hashemite", "sultanate", "principality",
        "grand", "duchy", "commonwealth", "islamic", "democratic", "people", "peoples", "federal", "united", "republic", "state", "states",
        "union", "federation", "co", "operative", "cooperative",
    ]

    /// Whether a run of capitalised words has one that could be a name: no title word, state style or place.
    static func isNameLike(_ run: [(text: String, start: Int)]) -> Bool {
        // A place of several words is no name ("… Amal Perera of Sri Lanka").
        if run.count > 1, Gazetteer.lookup(run.map(\.text).joined(separator: " ")) != nil { return false }
        return run.contains { word in
            let folded = fold(word.text)
            return !titleWords.contains(folded) && !stateWords.contains(folded) && Gazetteer.lookup(word.text) == nil
        }
    }

    /// Lower-case words that continue a French title before the name: the country's adjective, the rest of the
    /// office, and the articles and prepositions between.
    static func frenchTitleTail(_ word: String) -> Bool {
        let folded = fold(word)
        return ["de", "la", "du", "des", "d", "l", "general", "generale", "adjoint", "adjointe", "delegue", "deleguee", "charge", "chargee"]
            .contains(folded) || Gazetteer.lookup(word)?.kind == .adjective
    }

    /// Whether a comma and a title follow the name: "Jean Rakoto, président …", "Jean Rakoto, the Malagasy President".
    static func titleInApposition(after name: (text: String, start: Int, atStart: Bool), tokens: [(text: String, start: Int)], in characters: [Character]) -> Bool {
        let end = name.start + name.text.count
        guard end < characters.count, characters[end] == ",",
            let next = tokens.firstIndex(where: { $0.start > end })
        else { return false }
        return tokens[next..<min(tokens.count, next + 3)].contains { titleNouns.contains(fold($0.text)) }
    }

    /// Whether `offset` falls inside a quotation: after an opening «, “ or " that is not closed before it.
    static func isQuoted(_ offset: Int, in sentence: [Character]) -> Bool {
        var open = false
        var straight = false
        for character in sentence.prefix(offset) {
            switch character {
            case "«", "“": open = true
            case "»", "”": open = false
            case "\"": straight.toggle()
            default: break
            }
        }
        return open || straight
    }

    /// The quotation (its characters between the marks) that `offset` falls in, if any.
    static func quotation(containing offset: Int, in sentence: [Character]) -> Range<Int>? {
        var start: Int?
        for (index, character) in sentence.enumerated() {
            // (Of ASCII characters only '"' quotes; comparing every letter with "«" would normalise it.)
            guard character == "\"" || !character.isASCII else { continue }
            let opens = character == "«" || character == "“" || character == "\"" && start == nil
            let closes = character == "»" || character == "”" || character == "\"" && start != nil
            if opens, start == nil {
                start = index + 1
            } else if closes, let opened = start {
                if offset >= opened && offset < index { return opened..<index }
                start = nil
            }
        }
        if let opened = start, offset >= opened { return opened..<sentence.count }
        return nil
    }
}
