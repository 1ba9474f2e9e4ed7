import EntenteAPI
import EntenteHTTP
import EntenteJSON
import Foundation
import Testing

/// Where the extractor runs behind `POST /v1/ingest`; the same tests run against each.
enum ExtractionPlace: CaseIterable, Sendable {
    case inProcess, workers

    func extraction() throws -> any ArticleExtraction {
        switch self {
        case .inProcess: InProcessExtraction()
        case .workers: ExtractionIsolationTests.pool(try ExtractionIsolationTests.worker())
        }
    }
}

struct IngestAPITests {
    static let article = """
        Le chef de la diplomatie russe, Sergueï Lavrov, a rencontré jeudi pour la première fois, à Pyongyang, le dirigeant nord-coréen Kim Jong-un.
        Le président français Emmanuel Macron s'est rendu à New Delhi le 10 mars 2018.
        """

    private func body(_ extra: String = "") -> String {
        #"{"text":\#(JSONValue.string(Self.article).jsonText),"published":"2018-05-31","language":"fr","url":"https://example.org/afp"\#(extra)}"#
    }

    /// A dry run shows the events without storing them; a real run stores them; ingesting the same article again changes nothing.
    @Test(arguments: ExtractionPlace.allCases) func ingestsOnceAndOnlyOnce(place: ExtractionPlace) throws {
        let api = try APIHarness(sample: false, extraction: try place.extraction())
        let dry = try api.json(try api.send(.post, "/v1/ingest?dry_run=true", body: body()))
        #expect(dry["dry_run"] == .bool(true))
        #expect((dry["events"]?.count ?? 0) >= 2)
        // Each event answered carries the extractor's confidence in it, a probability.
        for event in dry["events"]?.arrayValue ?? [] {
            guard case .number(let confidence) = event["confidence"] else {
                Issue.record("no confidence: \(event)")
                continue
            }
            #expect(confidence > 0 && confidence < 1)
            #expect(event["kind"] != nil && event["title"] != nil, "the event's own members follow")
        }
        #expect(try api.json(try api.send(.get, "/v1/timeline"))["events"]?.count == 0)

        let first = try api.json(try api.send(.post, "/v1/ingest", body: body()))
        #expect(first["events"]?.arrayValue?.allSatisfy { if case .number = $0["confidence"] { true } else { false } } == true)
        let created = first["created"]?.arrayValue ?? []
        #expect(created.count >= 2)
        #expect(first["merged"]?.count == 0)
        let stored = try api.json(try api.send(.get, "/v1/timeline"))["events"]?.arrayValue ?? []
        #expect(stored.count == created.count)
        #expect(stored.contains { $0["title"] == .string("Emmanuel Macron visits New Delhi") && $0["host_country"] == .string("IN") })
        #expect(stored.allSatisfy { $0[path: "sources", 0, "evidence"]?.stringValue?.isEmpty == false })
        // Each stored report keeps the extractor's confidence in it.
        for event in stored {
            guard case .number(let confidence) = event[path: "sources", 0, "confidence"] else {
                Issue.record("no confidence in \(event)")
                continue
            }
            #expect(confidence > 0 && confidence < 1)
        }

        let again = try api.json(try api.send(.post, "/v1/ingest", body: body()))
        #expect(again["created"]?.count == 0)
        #expect(again["merged"]?.count == created.count)
        let versions = (try api.json(try api.send(.get, "/v1/timeline"))["events"]?.arrayValue ?? []).compactMap { $0["version"] }
        #expect(versions.allSatisfy { $0 == .number(1) }, "re-ingesting the same article must change nothing")
    }

    /// `min_confidence` keeps what the extractor is sure enough of, and what was recorded by hand; a value that is no
    /// number from 0 to 1 is a 400 naming the parameter.
    @Test func listingsFilterByConfidence() throws {
        let api = try APIHarness(sample: false)
        _ = try api.send(.post, "/v1/ingest", body: body())
        let read = try api.json(try api.send(.get, "/v1/timeline"))["events"]?.arrayValue ?? []
        let confidences = read.compactMap { event -> Double? in
            if case .number(let value) = event[path: "sources", 0, "confidence"] { value } else { nil }
        }
        #expect(confidences.count == read.count && confidences.count >= 2)
        let threshold = try #require(confidences.max())
        #expect(try api.json(try api.send(.get, "/v1/timeline?min_confidence=0"))["events"]?.count == read.count)
        let sure = try api.json(try api.send(.get, "/v1/timeline?min_confidence=\(threshold)"))["events"]?.arrayValue ?? []
        #expect(sure.count == confidences.filter { $0 >= threshold }.count)
        #expect(try api.json(try api.send(.get, "/v1/timeline?min_confidence=1"))["events"]?.count == 0)
        let posted = #"{"kind":"visit","title":"Kim Jong-un visits Vladivostok","date":{"start":"2019-04-25"},"host_country":"RU","participants":[{"name":"Kim Jong-un"}]}"#
        #expect(try api.send(.post, "/v1/events", body: posted).status == .created)
        #expect(try api.json(try api.send(.get, "/v1/timeline?min_confidence=1"))["events"]?.count == 1, "recorded by hand")
        #expect(try api.json(try api.send(.get, "/v1/countries/RU/visits?min_confidence=1"))["events"]?.count == 1)
        for good in ["0.5", ".5", "1", "0", "0.000"] {
            #expect(try api.send(.get, "/v1/timeline?min_confidence=\(good)").status == .ok, "\(good)")
        }
        for bad in ["high", "1.5", "-0.1", "nan", "", "0x1", "1e-1", "%2B0.5", "%200.5", "0.5.1", "."] {
            let response = try api.send(.get, "/v1/timeline?min_confidence=\(bad)")
            #expect(response.status == .badRequest, "\(bad)")
            #expect(try api.json(response)[path: "errors", 0, "pointer"] == .string("?min_confidence"), "\(bad)")
        }
    }

    /// An event of the ingest answer posts back as it is: its `confidence` is the server's, ignored on input.
    @Test func answeredEventsPostBack() throws {
        let api = try APIHarness(sample: false)
        let dry = try api.json(try api.send(.post, "/v1/ingest?dry_run=true", body: body()))
        let event = try #require(dry["events"]?.arrayValue?.first)
        #expect(event["confidence"] != nil)
        let posted = try api.send(.post, "/v1/events", body: event.jsonText)
        #expect(posted.status == .created, "\(String(decoding: posted.body, as: UTF8.self))")
    }

    /// A summit's sub-events follow the listing's confidence floor.
    @Test func subEventsFollowTheFloor() throws {
        let api = try APIHarness(sample: false)
        let summit = try api.json(try api.send(.post, "/v1/events", body: #"{"kind":"summit","title":"G20 Rome","date":{"start":"2021-10-30"},"host_country":"IT"}"#))
        let id = try #require(summit["id"]?.stringValue)
        let meeting = #"{"kind":"meeting","title":"Biden meets Macron","date":{"start":"2021-10-30"},"parent":"\#(id)","participants":[{"name":"Joe Biden","country":"US"},{"name":"Emmanuel Macron","country":"FR"}],"sources":[{"evidence":"e","confidence":0.05}]}"#
        #expect(try api.send(.post, "/v1/events", body: meeting).status == .created)
        #expect(try api.json(try api.send(.get, "/v1/summits"))[path: "events", 0, "sub_events"]?.count == 1)
        #expect(try api.json(try api.send(.get, "/v1/summits?min_confidence=0.5"))[path: "events", 0, "sub_events"]?.count == 0)
        let graph = try api.json(try api.send(.get, "/v1/summits?min_confidence=0.5&format=jsonld&limit=10"))
        #expect(graph.jsonText.contains("G20 Rome") && !graph.jsonText.contains("Biden meets Macron"))
    }

    /// The same visit reported in French and in English becomes one event with both reports as sources.
    @Test(arguments: ExtractionPlace.allCases) func twoLanguagesOneEvent(place: ExtractionPlace) throws {
        let api = try APIHarness(sample: false, extraction: try place.extraction())
        let french = #"{"text":"Le chef de la diplomatie russe Sergueï Lavrov s'est rendu jeudi à Pyongyang.","published":"2018-05-31","url":"https://example.org/fr"}"#
        let english = #"{"text":"Russian Foreign Minister Sergei Lavrov visited Pyongyang on Thursday.","published":"2018-06-01","url":"https://example.org/en"}"#
        let first = try api.json(try api.send(.post, "/v1/ingest", body: french))
        #expect(first["created"]?.count == 1)
        let second = try api.json(try api.send(.post, "/v1/ingest", body: english))
        #expect(second["created"]?.count == 0)
        #expect(second["merged"]?.count == 1)
        let visits = try api.json(try api.send(.get, "/v1/countries/KP/visits?direction=inbound"))["events"]?.arrayValue ?? []
        #expect(visits.count == 1)
        #expect(visits.first?["sources"]?.arrayValue?.compactMap { $0["language"]?.stringValue }.sorted() == ["en", "fr"])
        #expect(visits.first?[path: "date", "start"] == .string("2018-05-31"))
        let id = try #require(visits.first?["id"]?.stringValue)
        let history = try api.json(try api.send(.get, "/v1/events/\(id)/history"))
        #expect(history["revisions"]?.arrayValue?.compactMap { $0["action"]?.stringValue } == ["create", "merge"])
    }

    /// text/plain with the metadata in the query string works too; bad input is a clear 4xx.
    @Test func plainTextAndErrors() throws {
        let api = try APIHarness(sample: false)
        let plain = try api.send(.post, "/v1/ingest?published=2018-05-31&dry_run=true", body: Self.article, contentType: "text/plain")
        #expect(plain.status == .ok)
        #expect(try api.json(plain)["language"] == .string("fr"))
        #expect(try api.send(.post, "/v1/ingest", body: #"{"text":"x"}"#).status.code == 422)
        #expect(try api.send(.post, "/v1/ingest", body: body(#","language":"de""#)).status.code == 422)
        #expect(try api.send(.post, "/v1/ingest", body: "<xml/>", contentType: "application/xml").status == .unsupportedMediaType)
        #expect(try api.send(.post, "/v1/ingest", body: body(), authorized: false).status == .unauthorized)
        #expect(try api.send(.post, "/v1/ingest?dry_run=maybe", body: body()).status == .badRequest)
    }

    /// An article the extractor fails on (here a worker that traps) is a problem document naming the
    /// failure; nothing is stored, and the service goes on answering.
    @Test func aFailedExtractionStoresNothing() throws {
        let trap = ExtractionIsolationTests.pool(ExtractionIsolationTests.fake("kill -ILL $$"))
        let api = try APIHarness(sample: true, extraction: trap)
        let before = try api.json(try api.send(.get, "/v1/timeline?limit=500"))["events"]?.count
        let response = try api.send(.post, "/v1/ingest", body: body())
        #expect(response.status == .internalServerError)
        let problem = try api.json(response)
        #expect(problem["type"] == .string("https://entente.dev/problems/extraction-failed"))
        #expect(problem["detail"]?.stringValue?.contains("signal 4 (SIGILL)") == true)
        #expect(try api.json(try api.send(.get, "/v1/timeline?limit=500"))["events"]?.count == before)
        #expect(try api.send(.get, "/healthz").status == .ok)
        #expect(try String(decoding: api.send(.get, "/metrics").body, as: UTF8.self).contains(#"entente_extraction_failures_total{reason="crashed"} 1"#))
    }

    /// An article that takes longer than the limit is a 422 saying so; nothing is stored.
    @Test func aTimedOutExtractionIsUnprocessable() throws {
        let api = try APIHarness(sample: false, extraction: ExtractionIsolationTests.pool(["/bin/sh", "-c", "exec sleep 30"], timeout: .milliseconds(200)))
        let response = try api.send(.post, "/v1/ingest", body: body())
        #expect(response.status == .unprocessableContent)
        #expect(try api.json(response)["type"] == .string("https://entente.dev/problems/extraction-timeout"))
        #expect(try api.json(try api.send(.get, "/v1/timeline"))["events"]?.count == 0)
    }
}
