import EntenteIngest
import EntenteModel
import Foundation
import Testing
import TestSupport

/// The extractor takes whatever text is posted: cut mid-word, stripped of spaces, shouted, sprinkled with dashes,
/// quotes and combining marks. It must return events whose evidence lies in the text, and never trap.
struct MutatedInputTests {
    /// The repository's held-out articles, each read as the corpus format.
    static let articles: [Article] = {
        let directory = packageRoot.appendingPathComponent("Tests/Corpus/heldout/articles")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.sorted().compactMap { name in
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else { return nil }
            return try? Article.parse(String(decoding: data, as: UTF8.self))
        }
    }()

    /// Deterministic mutations of a text (a linear congruential generator, so every run sees the same ones).
    static func mutations(of text: String, seed: UInt64) -> [String] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return bound == 0 ? 0 : Int((state >> 33) % UInt64(bound))
        }
        let characters = Array(text)
        var sprinkled = characters
        let inserts: [Character] = ["-", "–", ",", "'", "«", "»", "\"", "(", ")", ";", ".", "\n", "É", "\u{301}", "\t", "😀"]
        for _ in 0..<30 { sprinkled.insert(inserts[next(inserts.count)], at: next(sprinkled.count + 1)) }
        return [
            String(characters.prefix(next(characters.count + 1))),
            String(characters.suffix(next(characters.count + 1))),
            text.split(separator: " ").joined(),
            text.uppercased(),
            String(sprinkled),
            String(characters.reversed()),
        ]
    }

    @Test func mutatedArticlesYieldEventsWithinTheirText() throws {
        try #require(Self.articles.count >= 10, "the held-out articles are read")
        let extractor = ArticleExtractor()
        var extracted = 0
        for (index, article) in Self.articles.enumerated() {
            for text in Self.mutations(of: article.text, seed: UInt64(index + 1)) {
                var mutated = article
                mutated.text = text
                let length = Array(TextCleaner.clean(text)).count
                for event in extractor.extract(mutated) {
                    extracted += 1
                    #expect(event.evidenceOffset >= 0 && event.evidenceOffset <= length)
                    #expect(!event.evidence.isEmpty)
                }
            }
        }
        #expect(extracted > 0, "some mutations keep events to check")
    }

    /// "Répondant au Président français qui lui a demandé comment il allait, Vladimir Poutine a lancé": the opening scene moved
    /// the clause's start past its relative clause, and the clause's text was cut from a range that ended before it began
    /// (a trap, in `POST /v1/ingest` as in `entente extract`).
    @Test func anOpeningSceneWithARelativeClauseInsideIt() {
        let text = """
            Vladimir Poutine et Emmanuel Macron se sont entretenus en visioconférence ce 26 juin. Répondant au Président français qui lui \
            a demandé comment il allait, Vladimir Poutine a lancé: «Salut! Très bien.»
            """
        let found = ArticleExtractor().extract(Article(text: text, published: PartialDate("2020-06-26")!, language: .fr))
        #expect(found.contains { $0.kind == "phone_call" }, "\(found.map(\.kind))")
    }
}
