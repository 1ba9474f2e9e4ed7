import EntenteJSON
import EntenteModel
import EntenteStore
import Foundation
import Testing
import TestSupport

/// Builders for store tests.
func visit(
    _ title: String, by actors: [String], to host: String, on date: String?, status: EventStatus = .held, evidence: String = "e",
    url: String? = nil
) -> EventContent {
    EventContent(
        kind: "visit", status: status, title: title, date: EventDate(start: date.flatMap(PartialDate.init)), hostCountry: host,
        participants: actors.map { Participant(actorID: "", name: $0, country: nil, role: "visitor") },
        sources: [Source(url: url, outlet: "Test", evidence: evidence)])
}

func created(_ outcome: SubmitOutcome) -> Event? {
    if case .created(let event) = outcome { return event }
    return nil
}

struct EventStoreTests {
    /// New ids are `evt_` and 16 characters of the id alphabet, all different; an import's own id is
    /// kept only when it has that shape (lowercase ASCII letters and digits) and is free.
    @Test func eventIDs() throws {
        let fixture = try TemporaryStore()
        let store = fixture.store
        var ids: Set<String> = []
        for index in 0..<200 {
            let event = try #require(created(try store.submit(visit("Visit \(index)", by: ["P"], to: "FR", on: "\(1900 + index)"), author: "a")))
            #expect(event.id.hasPrefix("evt_") && event.id.utf8.count == 20)
            #expect(event.id.dropFirst(4).allSatisfy { "abcdefghijkmnpqrstuvwxyz23456789".contains($0) }, "\(event.id)")
            ids.insert(event.id)
        }
        #expect(ids.count == 200)
        let cases = [("evt_kept01", true), ("evt_Upper", false), ("evt_", false), ("evt_caf\u{E9}", false), ("evt_kept01", false)]
        for (index, (preferred, kept)) in cases.enumerated() {
            let event = try #require(created(try store.submit(
                visit("Imported \(preferred)", by: ["P"], to: "DE", on: "\(1800 + index)"), author: "a", preferredID: preferred)))
            #expect((event.id == preferred) == kept, "\(preferred) → \(event.id)")
        }
    }

    /// A posted event is stored with version 1, its participants resolved to actors, and one revision.
    @Test func submitsAndReads() throws {
        let fixture = try TemporaryStore(sample: true)
        let store = fixture.store
        let event = try #require(created(try store.submit(visit("Lavrov in Paris", by: ["Sergueï Lavrov"], to: "FR", on: "2019-03"), author: "alice")))
        #expect(event.version == 1)
        #expect(event.content.participants.first?.actorID == "sergei-lavrov")
        #expect(event.content.participants.first?.country == "RU")
        let stored = try #require(try store.storedEvent(id: event.id))
        #expect(stored.body == EventJSON.encode(event))
        let history = try store.history(id: event.id)
        #expect(history.map(\.action) == ["create"])
        #expect(history.first?.author == "alice")
        #expect(history.first?.body == stored.body, "the newest revision is the event as stored")
    }

    /// Seeding stores the actors whose id is free, once; an actor already stored is left as it was.
    @Test func seedsActorsOnce() throws {
        let fixture = try TemporaryStore(sample: true)
        let store = fixture.store
        let seed = [
            Actor(id: "penny-wong", name: "Penny Wong", country: "AU"),
            Actor(id: "sergei-lavrov", name: "Sergei Lavrov", country: "RU", wikidataID: nil),
        ]
        #expect(try store.seedActors(seed) == 1)
        #expect(try store.seedActors(seed) == 0)
        #expect(try store.actor(id: "penny-wong")?.country == "AU")
        #expect(try store.actor(id: "sergei-lavrov")?.wikidataID == "Q80137", "the sample's actor is not replaced")
    }

    /// An unknown participant name becomes a new actor with that spelling.
    @Test func createsUnknownActors() throws {
        let fixture = try TemporaryStore()
        let event = try #require(created(try fixture.store.submit(visit("A visit", by: ["Jane Q. Diplomat"], to: "FR", on: "2020"), author: "t")))
        let actor = try #require(try fixture.store.actor(id: "jane-q-diplomat"))
        #expect(actor.name == "Jane Q. Diplomat")
        #expect(event.content.participants.first?.actorID == actor.id)
    }

    /// A duplicate (same kind, participants, host, compatible date) is refused, or merged on request:
    /// sources added, date refined, the merge and its reason in the history; the same report again changes nothing.
    @Test func detectsAndMergesDuplicates() throws {
        let fixture = try TemporaryStore(sample: true)
        let store = fixture.store
        let first = try #require(created(try store.submit(visit("Putin in Paris", by: ["Vladimir Putin"], to: "FR", on: "2019-05", evidence: "one"), author: "a")))
        let second = visit("Putin visits France", by: ["Vladimir Putin"], to: "FR", on: "2019-05-14", evidence: "two")
        #expect(throws: StoreError.duplicate(existingID: first.id)) { try store.submit(second, author: "a") }
        guard case .merged(let merged) = try store.submit(second, author: "b", onDuplicate: .merge) else {
            Issue.record("expected a merge")
            return
        }
        #expect(merged.id == first.id)
        #expect(merged.version == 2)
        #expect(merged.content.sources.compactMap(\.evidence) == ["one", "two"])
        #expect(merged.content.date.start?.description == "2019-05-14")
        let history = try store.history(id: first.id)
        #expect(history.map(\.action) == ["create", "merge"])
        #expect(history.last?.reason?.contains("date refined from 2019-05 to 2019-05-14") == true)
        #expect(history[0].body?.contains("\"evidence\":\"two\"") == false, "the first version is kept as it was")
        #expect(history[1].body?.contains("\"evidence\":\"two\"") == true)
        guard case .merged(let again) = try store.submit(second, author: "b", onDuplicate: .merge) else { return }
        #expect(again.version == 2)
        // A different date or host is not a duplicate.
        #expect(created(try store.submit(visit("Putin in Paris", by: ["Vladimir Putin"], to: "FR", on: "2019-06"), author: "a")) != nil)
        #expect(created(try store.submit(visit("Putin in Berlin", by: ["Vladimir Putin"], to: "DE", on: "2019-05"), author: "a")) != nil)
    }

    /// The same report read again adds no source: as sure as before, it changes nothing; with another score (a retrained
    /// extractor) the source takes it, and the history says so. A merge never clears a score nor scores a report a person
    /// recorded (PATCH does that). Another report is a new source.
    @Test func aReportIsTheSameWhateverItsConfidence() throws {
        let fixture = try TemporaryStore(sample: false)
        let store = fixture.store
        var first = visit("Putin in Paris", by: ["Vladimir Putin"], to: "FR", on: "2019-05-14", evidence: "one", url: "https://example.org/1")
        first.sources[0].confidence = 0.61
        let stored = try #require(created(try store.submit(first, author: "a")))
        #expect(stored.content.sources.map(\.confidence) == [0.61])
        var again = first
        again.sources[0].confidence = 0.83
        guard case .merged(let merged) = try store.submit(again, author: "a", onDuplicate: .merge) else {
            Issue.record("expected a merge")
            return
        }
        #expect(merged.version == 2)
        #expect(merged.content.sources.map(\.confidence) == [0.83])
        #expect(try store.history(id: stored.id).last?.reason?.contains("1 source(s) given a new confidence") == true)
        guard case .merged(let same) = try store.submit(again, author: "a", onDuplicate: .merge) else { return }
        #expect(same.version == 2, "as sure as before: nothing new")
        var byHand = first
        byHand.sources[0].confidence = nil
        guard case .merged(let unscored) = try store.submit(byHand, author: "a", onDuplicate: .merge) else { return }
        #expect(unscored.version == 2 && unscored.content.sources.map(\.confidence) == [0.83], "a merge clears no score")
        var other = again
        other.sources[0].evidence = "two"
        guard case .merged(let second) = try store.submit(other, author: "a", onDuplicate: .merge) else { return }
        #expect(second.content.sources.map(\.confidence) == [0.83, 0.83])
        #expect(second.version == 3)
        // A report a person recorded stays theirs when the extractor reads it again.
        let handRecord = visit("Putin in Delhi", by: ["Vladimir Putin"], to: "IN", on: "2021-12-06", evidence: "by hand", url: "https://example.org/2")
        let recorded = try #require(created(try store.submit(handRecord, author: "a")))
        var read = handRecord
        read.sources[0].confidence = 0.4
        guard case .merged(let kept) = try store.submit(read, author: "ingest", onDuplicate: .merge) else { return }
        #expect(kept.id == recorded.id && kept.version == 1 && kept.content.sources.map(\.confidence) == [nil])
    }

    /// Updates bump the version and keep every earlier state; a stale version is refused; deletion leaves a tombstone.
    @Test func revisionsNeverDestroyHistory() throws {
        let fixture = try TemporaryStore(sample: true)
        let store = fixture.store
        let event = try #require(created(try store.submit(visit("Visit", by: ["Donald Trump"], to: "KP", on: "2019-06-30"), author: "a")))
        var content = event.content
        content.title = "Trump steps into North Korea"
        let updated = try store.update(id: event.id, content: content, expectedVersion: 1, author: "b")
        #expect(updated.version == 2)
        #expect(throws: StoreError.versionMismatch(current: 2)) { try store.update(id: event.id, content: content, expectedVersion: 1, author: "c") }
        try store.delete(id: event.id, expectedVersion: 2, author: "c")
        #expect(throws: StoreError.gone(event.id)) { try store.update(id: event.id, content: content, expectedVersion: nil, author: "d") }
        let history = try store.history(id: event.id)
        #expect(history.map(\.action) == ["create", "update", "delete"])
        #expect(history.map(\.version) == [1, 2, 3])
        #expect(history[0].body?.contains("\"title\":\"Visit\"") == true)
        #expect(history[1].body?.contains("\"title\":\"Trump steps into North Korea\"") == true)
        #expect(history[1].body?.contains("\"version\":2") == true)
        #expect(history[2].body == nil)
        var query = TimelineQuery()
        query.country = "KP"
        query.limit = 500
        #expect(!(try store.timeline(query).ids.contains(event.id)))
    }

    /// Unknown actor ids and parents are refused with the field named.
    @Test func refusesUnknownReferences() throws {
        let fixture = try TemporaryStore()
        var content = visit("V", by: [], to: "FR", on: "2020")
        content.participants = [Participant(actorID: "nobody", name: "", country: nil, role: "visitor")]
        content.parentID = "evt_missing"
        do {
            _ = try fixture.store.submit(content, author: "a")
            Issue.record("expected invalid")
        } catch StoreError.invalid(let issues) {
            #expect(Set(issues.map(\.pointer)) == ["/participants/0/actor", "/parent"])
        }
    }

    /// Tokens are stored as hashes, recognised until revoked, and a name is taken only once while live.
    @Test func tokensAreHashedAndRevocable() throws {
        let fixture = try TemporaryStore()
        let store = fixture.store
        let token = try store.createToken(name: "ci")
        #expect(token.hasPrefix("ent_") && token.count > 40)
        #expect(try store.tokenName(for: token) == "ci")
        #expect(try store.tokenName(for: token + "x") == nil)
        let stored = try store.pool.read { try $0.rows("SELECT hash FROM api_tokens") { $0.string(0) } }
        #expect(stored == [SHA256.hex(token)])
        #expect(throws: StoreError.self) { try store.createToken(name: "ci") }
        #expect(try store.revokeToken(name: "ci"))
        #expect(try store.tokenName(for: token) == nil)
        #expect(!(try store.revokeToken(name: "ci")))
    }
}
