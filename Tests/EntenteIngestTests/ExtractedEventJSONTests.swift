import EntenteIngest
import EntenteJSON
import EntenteModel
import Testing

/// The JSON form of extracted events and articles, which `entente extract` writes and the extraction
/// workers send to the server.
struct ExtractedEventJSONTests {
    private func written(_ event: ExtractedEvent, dateText: Bool) -> String {
        var writer = JSONTextWriter()
        event.write(to: &writer, dateText: dateText)
        return writer.text
    }

    /// Every event of an article reads back as it was written, the date's text included when asked for.
    @Test func eventsReadBackAsWritten() throws {
        let article = Article(text: ArticleExtractorTests.lavrov, published: PartialDate("2018-05-31")!, language: .fr)
        let events = ArticleExtractor().extract(article)
        #expect(events.count >= 4)
        #expect(events.contains { $0.dateText != nil } && events.contains { $0.dateText == nil }, "both shapes of date are read back")
        for event in events {
            let text = written(event, dateText: true)
            let back = try ExtractedEvent(json: try JSONParser.parse(text))
            #expect(written(back, dateText: true) == text)
            #expect(back.dateText == event.dateText && back.confidence == event.confidence && back.evidenceOffset == event.evidenceOffset)
        }
        // The corpus schema (what score-events reads) has no date text.
        #expect(events.allSatisfy { !written($0, dateText: false).contains(#""text":"#) })
    }

    /// A document that is not an event says what is wrong with it.
    @Test(arguments: [
        (#"[]"#, "an event must be an object"),
        (#"{"status":"held","participants":[],"date":{},"evidence":"e","evidence_offset":0,"confidence":1}"#, "kind is required"),
        (#"{"kind":"visit","status":"done","participants":[],"date":{},"evidence":"e","evidence_offset":0,"confidence":1}"#,
         "status must be one of held, planned, cancelled, postponed"),
        (#"{"kind":"visit","status":"held","participants":[{"country":"FR"}],"date":{},"evidence":"e","evidence_offset":0,"confidence":1}"#,
         "a participant needs a name"),
        (#"{"kind":"visit","status":"held","participants":[],"date":{"start":"2018-13"},"evidence":"e","evidence_offset":0,"confidence":1}"#,
         "date.start is not a partial date: 2018-13"),
        (#"{"kind":"visit","status":"held","participants":[],"date":{},"evidence":"e","evidence_offset":-1,"confidence":1}"#,
         "evidence_offset must be a whole number, not negative"),
        (#"{"kind":"visit","status":"held","participants":[],"date":{},"evidence":"e","evidence_offset":0}"#, "confidence must be a number"),
    ])
    func malformedEventsAreNamed(json: String, message: String) throws {
        #expect(throws: ExtractionJSONError(message)) { try ExtractedEvent(json: try JSONParser.parse(json)) }
    }

    /// An article reads back as written, its optional fields absent or present.
    @Test func articlesReadBackAsWritten() throws {
        for article in [
            Article(text: "Texte « cité »\nsur deux lignes", published: PartialDate("2024-01-05")!, language: .fr),
            Article(text: "Text", published: PartialDate("2018-06-12")!, language: .en, url: "https://example.org/a", outlet: "AFP"),
        ] {
            var writer = JSONTextWriter()
            article.write(to: &writer)
            #expect(try Article(json: try JSONParser.parse(writer.text)) == article)
        }
        #expect(throws: ExtractionJSONError("language must be fr or en")) {
            try Article(json: try JSONParser.parse(#"{"text":"x","published":"2018-06-12","language":"de"}"#))
        }
    }
}
