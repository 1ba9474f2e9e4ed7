import EntenteHTTP
import EntenteJSON
import EntenteModel
import EntenteStore
import Foundation
import Synchronization
import Testing
import TestSupport

@testable import EntenteAPI

/// Kept answers are served until the database changes, whoever changes it.
struct ResponseCacheTests {
    /// A kept answer is served again without being made again, until a commit; each target has its own.
    @Test func answersAreKeptUntilTheDatabaseChanges() throws {
        let fixture = try TemporaryStore(sample: true)
        let cache = ResponseCache(store: fixture.store)
        let made = Atomic<Int>(0)
        func get(_ target: String) throws -> HTTPResponse {
            let request = try HTTPRequest(method: .get, target: target, headers: ["Host": "x"])
            return try cache.response(for: request) {
                made.add(1, ordering: .relaxed)
                return .json(text: #"{"made":\#(made.load(ordering: .relaxed))}"#)
            }
        }
        let first = try get("/v1/stats/visits")
        #expect(try get("/v1/stats/visits").body == first.body)
        #expect(made.load(ordering: .relaxed) == 1)
        _ = try get("/v1/stats/visits?from=2001")
        #expect(made.load(ordering: .relaxed) == 2)
        // Another store on the same file, as `entente import` beside a server: its commit is seen at once.
        let other = try EntenteStore(path: fixture.path, migrations: try TemporaryStore.migrations())
        let id = try #require(try other.timeline(TimelineQuery()).ids.first)
        try other.delete(id: id, expectedVersion: nil, author: "import")
        // (Seen within the store's watch interval, 10 ms: waited out with a margin.)
        Thread.sleep(forTimeInterval: 0.05)
        #expect(try get("/v1/stats/visits").body != first.body)
        #expect(made.load(ordering: .relaxed) == 3)
    }

    /// Through the application: the statistics and a country's counts follow a write made by another process at once
    /// (within the watch interval; they were kept up to two seconds before), and a repeated request is answered alike.
    @Test func statisticsFollowAnotherProcessesWrites() throws {
        let api = try APIHarness()
        let before = try api.json(try api.send(.get, "/v1/stats/visits"))
        let country = try api.json(try api.send(.get, "/v1/countries/FR"))
        #expect(try api.send(.get, "/v1/stats/visits").body == (try api.send(.get, "/v1/stats/visits")).body)
        let other = try EntenteStore(path: api.fixture.path, migrations: try TemporaryStore.migrations())
        var decoder = EventDecoder(vocabulary: other.vocabulary)
        _ = try other.submit(try decoder.decode(try JSONParser.parse(Array(eventBody().utf8))), author: "import")
        Thread.sleep(forTimeInterval: 0.05)
        let after = try api.json(try api.send(.get, "/v1/stats/visits"))
        #expect(after != before)
        let pairs = after["pairs"]?.arrayValue ?? []
        #expect(pairs.contains { $0["visitor_country"] == .string("RU") && $0["host_country"] == .string("FR") })
        let counted = try api.json(try api.send(.get, "/v1/countries/FR"))
        #expect(counted["visits_in"] != country["visits_in"])
    }
}
