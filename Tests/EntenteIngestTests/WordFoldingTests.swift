@testable import EntenteIngest
import Foundation
import Testing
import TestSupport

/// ``WordFolding`` answers for the texts where folding scalar by scalar gives what folding character by character
/// gives, and leaves the others to the general path: either way ``ArticleExtractor/fold(_:)`` is unchanged.
struct WordFoldingTests {
    /// Texts of every kind the table meets or refuses: plain ASCII, French with accents and typographic quotes,
    /// a carriage return before a line feed, combining marks, joiners, emoji with a variation selector, flags, Greek.
    static let texts = [
        "Le président a rencontré son homologue à Pékin.",
        "Emmanuel Macron s’est rendu « en visite d’État » au Sénégal — jeudi 12 juin.",
        "Line one\r\nLine two\rthree",
        "Cafe\u{301} crème, e\u{300}",
        "Zero\u{200D}width\u{200C}joiners and an NBSP\u{00A0}and a narrow\u{202F}space",
        "‼\u{FE0F} 🇫🇷🇩🇪 👩‍👩‍👧 ❤️",
        "ΣΟΦΙΑ Σίσυφος ΌΣΟΣ",
        "İstanbul, Łódź, ǅemal, Ǆ, ŉ, ß, ẞ, Œuvre, ĳ, ſ, ǰ",
        "µ ª º ² ³ ¹ ¼ ½ ¾ × ÷ ¿ ¡ § ¶ · ¸ ­soft",
        "習近平 a rencontré 김정은 à Pyongyang",
        "",
        "   ",
    ]

    @Test func tablePathAgreesWithTheGeneralPath() {
        for text in Self.texts {
            if let fast = WordFolding.spaced(text) {
                #expect(fast == ArticleExtractor.spacedByCharacters(text), "\(text)")
            }
            #expect(ArticleExtractor.fold(text) == ArticleExtractor.spacedByCharacters(text), "\(text)")
        }
    }

    /// Every scalar the table covers, alone and between letters, folds as the general path folds it.
    @Test func everyScalarOfTheTableAgrees() {
        let covered = Array(0x20..<0x250) + Array(0x2000..<0x2070)
        var answered = 0
        for value in covered {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            for text in [String(scalar), "A\(scalar)b", "\(scalar)\(scalar)É"] {
                guard let fast = WordFolding.spaced(text) else { continue }
                answered += 1
                #expect(fast == ArticleExtractor.spacedByCharacters(text), "U+\(String(value, radix: 16))")
            }
        }
        // Nearly all of them are answered by the table (a carriage return and the two joiners are not).
        #expect(answered > 3 * (covered.count - 10))
    }

    /// The texts it must leave to the general path, where scalars and characters differ.
    @Test func refusesWhatItCannotFoldScalarByScalar() {
        #expect(WordFolding.spaced("a\r\nb") == nil)
        #expect(WordFolding.spaced("Cafe\u{301}") == nil)
        #expect(WordFolding.spaced("a\u{200D}b") == nil)
        #expect(WordFolding.spaced("🇫🇷") == nil)
        #expect(WordFolding.spaced("Σ") == nil)
        // And what it answers, it answers one for one: a character in, a character out.
        #expect(WordFolding.spaced("Élysée, l’Inde") == "elysee  l inde")
    }

    /// The held-out articles, sentence by sentence, fold the same by either path, and the table answers most of them.
    @Test func heldOutArticlesFoldTheSame() throws {
        let directory = packageRoot.appendingPathComponent("Tests/Corpus/heldout/articles")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }
        #expect(files.count > 10)
        var lines = 0
        var answered = 0
        for file in files {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") {
                lines += 1
                if let fast = WordFolding.spaced(String(line)) {
                    answered += 1
                    #expect(fast == ArticleExtractor.spacedByCharacters(String(line)), "\(file): \(line)")
                }
            }
        }
        #expect(answered * 10 >= lines * 9)
    }
}
