import EntenteModel

/// A sentence of an article with its place in the cleaned text (character offsets).
public struct Sentence: Sendable, Equatable {
    public var text: String
    /// Offset of the first character, in `Character`s from the start of the text.
    public var offset: Int
    /// The text's characters, made once: every stage indexes the sentence by character offsets.
    public let characters: [Character]

    public init(text: String, offset: Int) {
        self.init(text: text, offset: offset, characters: Array(text))
    }

    init(text: String, offset: Int, characters: [Character]) {
        self.text = text
        self.offset = offset
        self.characters = characters
    }
}

/// Splits text into sentences, knowing French and English abbreviations and initials.
///
/// A period ends a sentence unless it follows an abbreviation (`M.`, `Mme.`, `Mr.`, `Dr.`, `St.`,
/// `etc.` before a lower-case word), an initial (`J.`, `U.S.`), or sits inside a number (`3.5`).
/// Line breaks always end a sentence (headlines and paragraphs have no final period), and so does a period glued to the
/// next sentence's first word (``isGlued(_:at:next:)``).
public enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "m", "mm", "mme", "mmes", "mlle", "mr", "mrs", "ms", "dr", "prof", "pr", "st", "ste", "gen", "gén", "col", "lt", "sgt", "capt",
        "sen", "rep", "gov", "hon", "rt", "amb", "ambass", "min", "no", "vol", "p", "pp", "art", "ch", "cf", "vs", "jr", "sr", "inc", "ltd", "co",
        "av", "bd", "env", "etc", "e.g", "i.e", "approx", "dept", "fig", "jan", "feb", "fév", "mar", "apr", "avr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "déc",
    ]

    public static func split(_ text: String) -> [Sentence] {
        let characters = Array(text)
        var sentences: [Sentence] = []
        var start = 0
        func emit(upTo end: Int) {
            var first = start
            var last = end
            while first < last, characters[first].isWhitespace { first += 1 }
            while last > first, characters[last - 1].isWhitespace { last -= 1 }
            if last > first { sentences.append(Sentence(text: String(characters[first..<last]), offset: first, characters: Array(characters[first..<last]))) }
            start = end
        }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\n" {
                emit(upTo: index)
                start = index + 1
            } else if character == "." || character == "!" || character == "?" || character == "…" {
                var end = index + 1
                // Closing quotes and brackets belong to the sentence they close.
                while end < characters.count, "\"»”’)".contains(characters[end]) { end += 1 }
                let nextIsBreak = end >= characters.count || characters[end].isWhitespace || isGlued(characters, at: index, next: end)
                if nextIsBreak && (character != "." || !isAbbreviation(characters, at: index)) && !insideBrackets(characters, from: start, at: index) {
                    emit(upTo: end)
                    index = end
                    continue
                }
            }
            index += 1
        }
        emit(upTo: characters.count)
        return sentences
    }

    /// Whether the stop at `index` stands inside brackets the sentence opened and closes a little further on, on the same
    /// line: a photo credit's "(photo John Kolesidis. Reuters)" ends no sentence.
    static func insideBrackets(_ characters: [Character], from start: Int, at index: Int) -> Bool {
        // (A sentence closed with its bracket or a quotation, "(He left on Monday.) The …", ends there; so do two sentences in
        // brackets. Only a credit's few capitalised words may follow the stop: "Reuters", "Getty Images".)
        guard characters[index] == ".", index + 1 < characters.count, characters[index + 1] == " ",
            let open = characters[start..<index].lastIndex(of: "("), !characters[open..<index].contains(")"),
            let close = characters[(index + 1)..<min(characters.count, index + 32)].firstIndex(of: ")")
        else { return false }
        let words = String(characters[(index + 1)..<close]).split(separator: " ")
        return !words.isEmpty && words.allSatisfy { $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" } }
    }

    /// Whether the period at `index` ends a sentence glued to the next, as text copied from a page often is ("citing
    /// sources.The Portuguese president's visit"): two lower-case letters before it, a capital and a lower-case letter after.
    /// ("St.Petersburg", "U.S.Army", "sputnik.com" are not.)
    static func isGlued(_ characters: [Character], at index: Int, next: Int) -> Bool {
        guard characters[index] == "." && next == index + 1 && index >= 2 && next + 1 < characters.count
            && characters[index - 1].isLowercase && characters[index - 2].isLowercase
            && characters[next].isUppercase && characters[next + 1].isLowercase
        else { return false }
        // (Nor an address: "www.Diplomatie.gouv.fr", the word after it followed by another dot and letter.)
        var end = next
        while end < characters.count, characters[end].isLetter { end += 1 }
        return !(end + 1 < characters.count && characters[end] == "." && characters[end + 1].isLetter)
    }

    /// Whether the period at `index` ends an abbreviation or an initial rather than a sentence.
    static func isAbbreviation(_ characters: [Character], at index: Int) -> Bool {
        var wordStart = index
        while wordStart > 0, NameNormalizer.isLetter(characters[wordStart - 1]) || characters[wordStart - 1] == "." { wordStart -= 1 }
        let word = String(characters[wordStart..<index])
        guard !word.isEmpty else { return false }
        // Initials and dotted acronyms: "J.", "U.S.", "U.N."
        if word.count == 1, word.first!.isUppercase { return true }
        if word.contains("."), word.split(separator: ".").allSatisfy({ $0.count == 1 }) { return true }
        guard abbreviations.contains(word.lowercased()) else { return false }
        // "etc." or a month ends a sentence when a capitalised word follows; titles never do; a month before its day
        // ("Dec. 11-18") does not.
        let months: Set<String> = ["jan", "feb", "fév", "mar", "apr", "avr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "déc"]
        if months.contains(word.lowercased()) || ["etc", "co", "inc", "ltd"].contains(word.lowercased()) {
            var next = index + 1
            while next < characters.count, characters[next].isWhitespace { next += 1 }
            return next < characters.count && (characters[next].isLowercase || characters[next].isNumber && months.contains(word.lowercased()))
        }
        return true
    }
}
