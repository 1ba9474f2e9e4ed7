import EntenteHTTP
import EntenteJSON
import EntenteStore
import Foundation
import Testing
import TestSupport

struct EventAPITests {
    /// The timeline is chronological, paginates by cursor, and honours its filters.
    @Test func timelineListsAndPages() throws {
        let api = try APIHarness()
        let all = try api.json(try api.send(.get, "/v1/timeline"))
        #expect(all["events"]?.count == 11)
        #expect(all[path: "events", 0, "date", "start"] == .string("2001"))
        #expect(all["next_cursor"] == .null)
        let first = try api.json(try api.send(.get, "/v1/timeline?limit=4&order=desc"))
        #expect(first["events"]?.count == 4)
        // Undated events sort after every date, so they lead a descending listing.
        #expect(first[path: "events", 0, "date", "start"] == .null)
        #expect(first[path: "events", 1, "date", "start"] == .string("2018-06-12"))
        let cursor = try #require(first["next_cursor"]?.stringValue)
        let second = try api.json(try api.send(.get, "/v1/timeline?limit=4&order=desc&cursor=\(cursor)"))
        #expect(second["events"]?.count == 4)
        #expect(second[path: "events", 0, "id"] != first[path: "events", 3, "id"])
        let kinds = try api.json(try api.send(.get, "/v1/timeline?kind=summit,cancellation&country=US"))
        #expect(kinds["events"]?.count == 2)
        let text = try api.json(try api.send(.get, "/v1/timeline?q=vladivostok"))
        #expect(text["events"]?.count == 0)
        #expect(try api.json(try api.send(.get, "/v1/timeline?actor=ri-yong-ho"))["events"]?.count == 3)
        // A date range leaves out the undated invitation.
        let actor = try api.json(try api.send(.get, "/v1/timeline?actor=ri-yong-ho&from=2018-04&to=2018-05-31"))
        #expect(actor["events"]?.count == 2)
    }

    /// Bad query parameters are a 400 naming each one.
    @Test func badQueryIs400() throws {
        let api = try APIHarness()
        let response = try api.send(.get, "/v1/timeline?limit=0&from=2018-13&kind=parade&order=up&cursor=zzz&colour=red")
        #expect(response.status.code == 400)
        let pointers = (try api.json(response)["errors"]?.arrayValue ?? []).compactMap { $0["pointer"]?.stringValue }
        #expect(Set(pointers) == ["?limit", "?from", "?kind", "?order", "?cursor", "?colour"])
        #expect(response.headers["Content-Type"] == "application/problem+json")
    }

    /// POST creates (201, Location, ETag); GET returns it with the same ETag; If-None-Match gives 304.
    @Test func createThenRead() throws {
        let api = try APIHarness()
        let created = try api.send(.post, "/v1/events", body: eventBody())
        #expect(created.status == .created)
        let location = try #require(created.headers["Location"])
        #expect(location.hasPrefix("/v1/events/evt_"))
        #expect(created.headers["ETag"] == "\"v1\"")
        let fetched = try api.send(.get, location, authorized: false)
        #expect(fetched.status == .ok)
        #expect(fetched.body == created.body)
        #expect(fetched.headers["ETag"] == "\"v1\"")
        let cached = try api.send(.get, location, headers: [("If-None-Match", "\"v1\"")], authorized: false)
        #expect(cached.status == .notModified)
        #expect(cached.body.isEmpty)
        // Lists carry a content hash ETag too.
        let list = try api.send(.get, "/v1/timeline")
        let tag = try #require(list.headers["ETag"])
        #expect(try api.send(.get, "/v1/timeline", headers: [("If-None-Match", tag)]).status == .notModified)
    }

    /// An event exactly as GET returns it, posted back, is valid (here: a duplicate, so 409 pointing at it).
    @Test func getBodyIsAValidPostBodyAndDuplicatesConflict() throws {
        let api = try APIHarness()
        let created = try api.send(.post, "/v1/events", body: eventBody())
        let id = try #require(try api.json(created)["id"]?.stringValue)
        let again = try api.send(.post, "/v1/events", body: String(decoding: created.body, as: UTF8.self))
        #expect(again.status == .conflict)
        #expect(again.headers["Location"] == "/v1/events/\(id)")
        #expect(try api.json(again)["existing_event"] == .string("/v1/events/\(id)"))
        let merged = try api.send(.post, "/v1/events?merge=true", body: eventBody(start: "2019-03-01").replacingOccurrences(of: "example.org/", with: "example.com/"))
        #expect(merged.status == .ok)
        #expect(try api.json(merged)["sources"]?.count == 2)
        #expect(try api.json(merged)["version"] == .number(2))
    }

    /// Validation errors are a 422 naming each field; bad JSON is 400; wrong media type 415; too large 413.
    @Test func writeErrors() throws {
        let api = try APIHarness()
        let invalid = try api.send(.post, "/v1/events", body: #"{"kind":"parade","title":"","participants":[{"actor":"nobody"}]}"#)
        #expect(invalid.status.code == 422)
        let pointers = (try api.json(invalid)["errors"]?.arrayValue ?? []).compactMap { $0["pointer"]?.stringValue }
        #expect(pointers.contains("/kind") && pointers.contains("/title"))
        let unknownActor = try api.send(.post, "/v1/events", body: eventBody(actor: "nobody"))
        #expect(unknownActor.status.code == 422)
        #expect((try api.json(unknownActor)[path: "errors", 0, "pointer"]) == .string("/participants/0/actor"))
        #expect(try api.send(.post, "/v1/events", body: "{not json").status == .badRequest)
        #expect(try api.send(.post, "/v1/events", body: eventBody(), contentType: "text/plain").status == .unsupportedMediaType)
        let huge = "{\"kind\":\"visit\",\"title\":\"\(String(repeating: "x", count: 300_000))\"}"
        #expect(try api.send(.post, "/v1/events", body: huge).status == .contentTooLarge)
        #expect(try api.send(.post, "/v1/events?merge=maybe", body: eventBody()).status == .badRequest)
        // Nothing was stored by any of these.
        #expect(try api.json(try api.send(.get, "/v1/timeline?from=2019"))["events"]?.count == 0)
    }

    /// Writes need a token: 401 with a challenge, and a revoked or wrong token fails the same way.
    @Test func writesNeedAToken() throws {
        let api = try APIHarness()
        let anonymous = try api.send(.post, "/v1/events", body: eventBody(), authorized: false)
        #expect(anonymous.status == .unauthorized)
        #expect(anonymous.headers["WWW-Authenticate"] == #"Bearer realm="entente""#)
        let wrong = try api.send(.post, "/v1/events", body: eventBody(), headers: [("Authorization", "Bearer nope")], authorized: false)
        #expect(wrong.status == .unauthorized)
        #expect(try api.send(.get, "/v1/timeline", authorized: false).status == .ok)
        try api.fixture.store.revokeToken(name: "tester")
        #expect(try api.send(.post, "/v1/events", body: eventBody()).status == .unauthorized)
    }

    /// With reads locked, GETs need the token too (health checks excepted).
    @Test func readsCanRequireAToken() throws {
        let api = try APIHarness(requireTokenForReads: true)
        #expect(try api.send(.get, "/v1/timeline", authorized: false).status == .unauthorized)
        #expect(try api.send(.get, "/v1/timeline").status == .ok)
        #expect(try api.send(.get, "/healthz", authorized: false).status == .ok)
    }

    /// Idempotency-Key replays the first answer and refuses reuse with another body.
    @Test func idempotencyKeyMakesRetriesSafe() throws {
        let api = try APIHarness()
        let first = try api.send(.post, "/v1/events", body: eventBody(), headers: [("Idempotency-Key", "k1")])
        let retry = try api.send(.post, "/v1/events", body: eventBody(), headers: [("Idempotency-Key", "k1")])
        #expect(first.status == .created && retry.status == .created)
        #expect(retry.body == first.body)
        #expect(retry.headers["Location"] == first.headers["Location"])
        #expect(retry.headers["Idempotent-Replayed"] == "true")
        let reused = try api.send(.post, "/v1/events", body: eventBody(title: "Other"), headers: [("Idempotency-Key", "k1")])
        #expect(reused.status.code == 422)
        #expect(try api.json(try api.send(.get, "/v1/timeline?from=2019"))["events"]?.count == 1)
    }

    /// PATCH merges (RFC 7396), checks If-Match (412 when stale), and keeps history; DELETE leaves a tombstone (410 after).
    @Test func patchAndDelete() throws {
        let api = try APIHarness()
        let created = try api.send(.post, "/v1/events", body: eventBody())
        let location = try #require(created.headers["Location"])
        let patched = try api.send(
            .patch, location, body: #"{"title":"Lavrov in Paris (corrected)","summary":"Talks on Syria","sources":null}"#,
            contentType: "application/merge-patch+json", headers: [("If-Match", "\"v1\"")])
        #expect(patched.status == .ok)
        let patchedJSON = try api.json(patched)
        #expect(patchedJSON["title"] == .string("Lavrov in Paris (corrected)"))
        #expect(patchedJSON["sources"]?.count == 0)
        #expect(patchedJSON["version"] == .number(2))
        #expect(patched.headers["ETag"] == "\"v2\"")
        let stale = try api.send(.patch, location, body: #"{"title":"x"}"#, contentType: "application/merge-patch+json", headers: [("If-Match", "\"v1\"")])
        #expect(stale.status == .preconditionFailed)
        #expect(stale.headers["ETag"] == "\"v2\"")
        let invalid = try api.send(.patch, location, body: #"{"date":{"start":"tomorrow"}}"#, contentType: "application/merge-patch+json")
        #expect(invalid.status.code == 422)
        #expect(try api.send(.patch, location, body: "{}", contentType: "text/csv").status == .unsupportedMediaType)
        #expect(try api.send(.delete, location, headers: [("If-Match", "\"v1\"")]).status == .preconditionFailed)
        #expect(try api.send(.delete, location, headers: [("If-Match", "\"v2\"")]).status == .noContent)
        #expect(try api.send(.get, location).status == .gone)
        let history = try api.json(try api.send(.get, location + "/history"))
        #expect(history["revisions"]?.arrayValue?.compactMap { $0["action"]?.stringValue } == ["create", "update", "delete"])
        #expect(history[path: "revisions", 2, "event"] == .null)
        #expect(history[path: "revisions", 0, "author"] == .string("tester"))
    }

    /// Unknown resources are 404, wrong methods 405 with Allow.
    @Test func notFoundAndMethodNotAllowed() throws {
        let api = try APIHarness()
        #expect(try api.send(.get, "/v1/events/evt_nope").status == .notFound)
        #expect(try api.send(.get, "/v1/events/evt_nope/history").status == .notFound)
        #expect(try api.send(.patch, "/v1/events/evt_nope", body: "{}").status == .notFound)
        #expect(try api.send(.delete, "/v1/events/evt_nope").status == .notFound)
        let wrongMethod = try api.send(.put, "/v1/timeline", body: "{}")
        #expect(wrongMethod.status == .methodNotAllowed)
        #expect(wrongMethod.headers["Allow"] == "GET, HEAD")
    }

    /// Meetings list meetings and talks; summits carry their sub-events.
    @Test func meetingsAndSummits() throws {
        let api = try APIHarness()
        let meetings = try api.json(try api.send(.get, "/v1/meetings"))
        #expect(Set(meetings["events"]?.arrayValue?.compactMap { $0["kind"]?.stringValue } ?? []) == ["meeting", "talks"])
        let summits = try api.json(try api.send(.get, "/v1/summits"))
        #expect(summits[path: "events", 0, "title"] == .string("Trump–Kim summit"))
        #expect(summits[path: "events", 0, "sub_events"]?.count == 0)
        let summitID = try #require(summits[path: "events", 0, "id"]?.stringValue)
        var body = eventBody(title: "Trump meets Kim in Singapore", kind: "meeting", actor: "donald-trump", host: "SG", start: "2018-06-12")
        body = body.replacingOccurrences(of: "\"kind\":\"meeting\"", with: "\"kind\":\"meeting\",\"parent\":\"\(summitID)\"")
        #expect(try api.send(.post, "/v1/events", body: body).status == .created)
        let withChild = try api.json(try api.send(.get, "/v1/summits"))
        #expect(withChild[path: "events", 0, "sub_events", 0, "title"] == .string("Trump meets Kim in Singapore"))
    }

    /// Cached list answers never outlive a write: a new event shows at once, a deleted one leaves at once.
    @Test func listCacheFollowsWrites() throws {
        let api = try APIHarness()
        let before = try api.send(.get, "/v1/countries/FR/visits")
        #expect(try api.json(before)["events"]?.count == 0)
        #expect(try api.send(.get, "/v1/countries/FR/visits").headers["ETag"] == before.headers["ETag"])
        let created = try api.send(.post, "/v1/events", body: eventBody())
        let after = try api.send(.get, "/v1/countries/FR/visits")
        #expect(try api.json(after)["events"]?.count == 1)
        #expect(after.headers["ETag"] != before.headers["ETag"])
        #expect(try api.send(.delete, try #require(created.headers["Location"])).status == .noContent)
        #expect(try api.json(try api.send(.get, "/v1/countries/FR/visits"))["events"]?.count == 0)
    }

    /// Large responses are gzipped on request.
    @Test func largeResponsesAreGzipped() throws {
        let api = try APIHarness()
        let response = try api.send(.get, "/v1/timeline", headers: [("Accept-Encoding", "gzip")])
        #expect(response.headers["Content-Encoding"] == "gzip")
        let plain = try api.send(.get, "/v1/timeline")
        #expect(try Gzip.decompress(response.body) == plain.body)
    }
}
