@testable import EntenteIngest
import Testing

/// The byte-level searches the rules run on folded text: each answer is checked against the
/// character-by-character search of the standard library.
struct TextSearchTests {
    static let texts = [
        " le president a rencontre son homologue a pekin ",
        " met met  meeting  met ",
        " ne s est jamais rendu en russie ",
        " zelensky a kyiv ou il a rencontre le premier ministre ",
        " 習近平 a rencontre 김정은 a pyongyang lorsque ",
        "",
        " ",
    ]
    static let phrases = [" met ", " meeting ", " a rencontre ", " rencontre ", " jamais", " lorsque ", "a", " ou ", " pyongyang "]

    /// Every character offset where `needle` begins, by the standard library.
    private func reference(_ needle: String, in text: String) -> [Int] {
        let characters = Array(text)
        let pattern = Array(needle)
        guard !pattern.isEmpty, pattern.count <= characters.count else { return [] }
        return (0...(characters.count - pattern.count)).filter { Array(characters[$0..<($0 + pattern.count)]) == pattern }
    }

    @Test func byteOffsetFindsEachOccurrence() {
        for text in Self.texts {
            for needle in Self.phrases {
                var found: [Int] = []
                var start = 0
                while let offset = text.characterOffset(of: needle, from: start) {
                    found.append(offset)
                    start = offset + 1
                }
                #expect(found == reference(needle, in: text), "\(needle) in \(text)")
                #expect(text.includes(needle) == !found.isEmpty)
            }
        }
        // A needle longer than what is left, and a start past the end.
        #expect(" met ".byteOffset(of: " met  ") == nil)
        #expect(" met ".byteOffset(of: " met ", from: 6) == nil)
        #expect(" met ".byteOffset(of: "", from: 2) == 2)
    }

    @Test func phraseSetFindsWhatEachPhraseFinds() {
        for count in 1...Self.phrases.count {
            let phrases = Array(Self.phrases.prefix(count))
            let set = PhraseSet(phrases)
            #expect(Array(set) == phrases)
            for text in Self.texts {
                let all = phrases.enumerated().flatMap { index, phrase in reference(phrase, in: text).map { [$0, index] } }
                #expect(set.occurs(in: text) == !all.isEmpty, "\(phrases) in \(text)")
                #expect(set.firstCharacterOffset(in: text) == all.map { $0[0] }.min(), "\(phrases) in \(text)")
                let occurrences = set.occurrences(in: text).map { [$0.offset, $0.phrase] }
                #expect(Set(occurrences) == Set(all), "\(phrases) in \(text)")
                #expect(occurrences.count == all.count)
            }
        }
    }

    /// Overlapping phrases, one inside another: each is reported where it begins.
    @Test func phraseSetReportsPhrasesInsideOthers() {
        let set: PhraseSet = [" apres que ", "que ", " que", "es"]
        let found = set.occurrences(in: " apres que ").map { [$0.offset, $0.phrase] }
        #expect(Set(found) == [[0, 0], [7, 1], [6, 2], [4, 3]])
        #expect(set.firstCharacterOffset(in: " apres que ") == 0)
        #expect(PhraseSet([]).occurs(in: "anything") == false)
    }

    @Test func charactersJoinAsTheyWere() {
        let text = "Kim Jong-un 김정은, Zelensky\r\nà Kyiv 👩‍👩‍👧 é"
        let characters = Array(text)
        for start in 0...characters.count {
            for end in start...characters.count {
                #expect(String(characters[start..<end]) == String(String.UnicodeScalarView(characters[start..<end].flatMap(\.unicodeScalars))))
            }
        }
        #expect(String(characters) == text)
        #expect(String(characters).count == characters.count)
    }
}
