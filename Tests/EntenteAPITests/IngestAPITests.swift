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
