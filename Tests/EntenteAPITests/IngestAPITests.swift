import EntenteHTTP
import EntenteJSON
import Foundation
import Testing

struct IngestAPITests {
    static let article = """
        Le chef de la diplomatie russe, Sergueï Lavrov, a rencontré jeudi pour la première fois, à Pyongyang, le dirigeant nord-coréen Kim Jong-un.
        Le président français Emmanuel Macron s'est rendu à New Delhi le 10 mars 2018.
        """

    private func body(_ extra: String = "") -> String {
        #"{"text":\#(JSONValue.string(Self.article).jsonText),"published":"2018-05-31","language":"fr","url":"https://example.org/afp"\#(extra)}"#
    }

    /// A dry run shows the events without storing them; a real run stores them; ingesting the same article again changes nothing.
    @Test func ingestsOnceAndOnlyOnce() throws {
        let api = try APIHarness(sample: false)
        let dry = try api.json(try api.send(.post, "/v1/ingest?dry_run=true", body: body()))
        #expect(dry["dry_run"] == .bool(true))
        #expect((dry["events"]?.count ?? 0) >= 2)
        #expect(try api.json(try api.send(.get, "/v1/timeline"))["events"]?.count == 0)

        let first = try api.json(try api.send(.post, "/v1/ingest", body: body()))
        let created = first["created"]?.arrayValue ?? []
        #expect(created.count >= 2)
        #expect(first["merged"]?.count == 0)
        let stored = try api.json(try api.send(.get, "/v1/timeline"))["events"]?.arrayValue ?? []
        #expect(stored.count == created.count)
        #expect(stored.contains { $0["title"] == .string("Emmanuel Macron visits New Delhi") && $0["host_country"] == .string("IN") })
        #expect(stored.allSatisfy { $0[path: "sources", 0, "evidence"]?.stringValue?.isEmpty == false })

        let again = try api.json(try api.send(.post, "/v1/ingest", body: body()))
        #expect(again["created"]?.count == 0)
        #expect(again["merged"]?.count == created.count)
        let versions = (try api.json(try api.send(.get, "/v1/timeline"))["events"]?.arrayValue ?? []).compactMap { $0["version"] }
        #expect(versions.allSatisfy { $0 == .number(1) }, "re-ingesting the same article must change nothing")
    }

    /// The same visit reported in French and in English becomes one event with both reports as sources.
    @Test func twoLanguagesOneEvent() throws {
        let api = try APIHarness(sample: false)
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
}
