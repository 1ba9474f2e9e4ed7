import EntenteIngest
import EntenteModel
import Synchronization
import Testing

/// `entente extract --trace`: what each stage found in a sentence, for tuning rules.
struct ExtractionTrace {
    /// Each sentence's people, places, dates, clauses (with a relative clause's hole) and events.
    @Test func showsEachSentencesFindingsAndClauses() {
        let lines = Mutex<[String]>([])
        let extractor = ArticleExtractor(trace: { line in lines.withLock { $0.append(line) } })
        _ = extractor.extract(
            Article(
                text: "Emmanuel Macron, who arrived on Monday, met Olaf Scholz in Berlin on Tuesday.", published: PartialDate("2024-05-29")!,
                language: .en))
        let trace = lines.withLock { $0 }.joined(separator: "\n")
        #expect(trace.contains("» Emmanuel Macron, who arrived on Monday, met Olaf Scholz in Berlin on Tuesday."), "\(trace)")
        #expect(trace.contains("people: Emmanuel Macron [FR"), "\(trace)")
        // (The relative clause "who arrived on Monday," is a hole in the main clause, which runs to the sentence's end.)
        #expect(trace.contains("clauses: 0..<77 (hole 17..<39) | 17..<39 relative"), "\(trace)")
        #expect(trace.contains("→ meeting held [Emmanuel Macron (FR), Olaf Scholz (DE)] host DE 2024-05-28"), "\(trace)")
    }
}
