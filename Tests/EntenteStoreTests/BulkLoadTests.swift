import EntenteJSON
import EntenteModel
import EntenteStore
import Foundation
import Testing
import TestSupport

/// Events for the bulk-load tests: visits and meetings over a few countries and years, where every
/// fifth event is a second report of an earlier one (same visit, another source, a finer date).
private func sampleEvents(count: Int) -> [(content: EventContent, preferredID: String?)] {
    let countries = ["FR", "DE", "KP", "RU", "US", "IN"]
    var events: [(content: EventContent, preferredID: String?)] = []
    for index in 0..<count {
        let original = index % 5 == 4 ? index - 3 : index
        let host = countries[original % countries.count]
        let visitor = "Person \(original % 7)"
        let year = 2000 + original % 9
        let date = index == original ? "\(year)-0\(1 + original % 9)" : "\(year)-0\(1 + original % 9)-1\(index % 9)"
        var content = visit("Visit \(original) to \(host)", by: [visitor], to: host, on: date, evidence: "report \(index) on grain talks")
        content.participants[0].country = countries[(original + 1) % countries.count]
        content.sources[0].url = "https://news.example/\(index)"
        // Most reports were read by the extractor, with its confidence; every seventh was recorded by hand.
        content.sources[0].confidence = index % 7 == 6 ? nil : Double(index % 10) / 10
        if original % 4 == 1 {
            // A summary, and a place in a third country (a sidelines meeting): both reach the derived rows.
            content.summary = "talks \(original) on wheat"
            content.location = Location(place: "Geneva", country: "CH")
        }
        if original % 3 == 0 { content.kind = "meeting"; content.participants.append(Participant(actorID: "", name: "Host \(host)", country: host, role: "host")) }
        events.append((content, nil))
    }
    return events
}

/// What the listings show: titles with their source counts, in timeline order, for a query.
private func listing(_ store: EntenteStore, _ configure: (inout TimelineQuery) -> Void = { _ in }) throws -> [String] {
    var query = TimelineQuery()
    query.limit = TimelineQuery.maxLimit
    configure(&query)
    return try store.timeline(query).bodies.map { body in
        let json = try JSONParser.parse(body)
        return "\(json["title"]?.stringValue ?? "?") [\(json["sources"]?.arrayValue?.count ?? 0)] \(json["date"]?["start"]?.stringValue ?? "-")"
    }
}

private func indexNames(_ store: EntenteStore) throws -> [String] {
    try store.pool.read { try $0.rows("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name") { $0.string(0) } }
}

private func pendingWork(_ store: EntenteStore) throws -> Int {
    try store.pool.read {
        try $0.firstRow(
            "SELECT (SELECT COUNT(*) FROM suspended_indexes) + (SELECT COUNT(*) FROM fulltext_staging) + (SELECT COUNT(*) FROM bulk_derivations)"
        ) { $0.int(0) } ?? -1
    }
}

/// The rows derived from each event (its countries, visit legs and full-text entry), named by the
/// event's title and in a fixed order, so two stores with different ids can be compared.
private func derivedRows(_ store: EntenteStore) throws -> [String] {
    try store.pool.read { database in
        try database.rows(
            """
            SELECT 'country ' || e.title || ' ' || c.country || ' ' || c.kind || ' ' || c.sort_key
                FROM event_countries c JOIN events e ON e.seq = c.event_seq
            UNION ALL
            SELECT 'leg ' || e.title || ' ' || l.visitor_country || '>' || l.host_country || ' ' || l.sort_key
                FROM visit_legs l JOIN events e ON e.seq = l.event_seq
            UNION ALL
            SELECT 'text ' || f.title || ' | ' || f.summary || ' | ' || replace(f.evidence, char(10), ' / ')
                FROM events_fts f
            ORDER BY 1
            """
        ) { $0.string(0) }
    }
}

struct BulkLoadTests {
    /// A bulk load leaves the store exactly as batch writes do: the same events, merges, listings,
    /// search results and indexes, and a sound full-text index.
    @Test func bulkLoadMatchesBatchWrites() throws {
        let events = sampleEvents(count: 60)
        let batched = try TemporaryStore()
        let bulk = try TemporaryStore()
        let load = try bulk.store.beginBulkLoad()
        for start in stride(from: 0, to: events.count, by: 7) {
            let batch = Array(events[start..<min(start + 7, events.count)])
            let expected = try batched.store.submitBatch(batch, author: "test")
            let results = try load.submitBatch(batch, author: "test")
            #expect(results.map(outcomeName) == expected.map(outcomeName), "batch at \(start)")
        }
        #expect(!(try indexNames(bulk.store)).contains("events_by_time"), "the listing indexes are suspended during the load")
        #expect(try listing(bulk.store) { $0.text = "grain" }.isEmpty, "new events are searchable only once the load finishes")
        try load.finish()

        #expect(try indexNames(bulk.store) == indexNames(batched.store))
        #expect(try pendingWork(bulk.store) == 0)
        let all = try listing(batched.store)
        #expect(all.count == 48, "every fifth report merges into an earlier event")
        #expect(all.contains { $0.hasPrefix("Visit 1 to DE [2]") })
        #expect(try listing(bulk.store) == all)
        let derived = try derivedRows(batched.store)
        #expect(derived.contains("leg Visit 1 to DE KP>DE 200102142"))
        #expect(derived.contains("country Visit 1 to DE CH visit 200102142"), "the location's country is one of the event's")
        #expect(derived.contains("text Visit 1 to DE | talks 1 on wheat | report 1 on grain talks / report 4 on grain talks"))
        #expect(try derivedRows(bulk.store) == derived, "the load derives at its end exactly the rows single writes make")
        for configure: (inout TimelineQuery) -> Void in [
            { $0.text = "grain" }, { $0.text = "report 13" }, { $0.country = "KP" }, { $0.kinds = ["meeting"] },
            { $0.country = "FR"; $0.from = PartialDate(year: 2003) }, { $0.descending = true }, { $0.minConfidence = 0.5 },
            { $0.minConfidence = 0.5; $0.country = "KP" },
        ] {
            #expect(try listing(bulk.store, configure) == listing(batched.store, configure))
        }
        #expect(try bulk.store.visitCounts(country: "FR") == batched.store.visitCounts(country: "FR"))
        // The confidence floor selects something and leaves something out: the comparison above is not of two empty lists.
        let sure = try listing(bulk.store) { $0.minConfidence = 0.5 }
        #expect(!sure.isEmpty && sure.count < all.count, "\(sure.count) of \(all.count)")
        try bulk.store.pool.write { database in
            #expect(try database.firstRow("PRAGMA integrity_check") { $0.string(0) } == "ok")
            try database.execute("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')")
        }
    }

    /// A refused item is undone alone, with or without a bulk load: the items before and after it
    /// are kept, a later report still merges into an earlier one of the same batch, and the refused
    /// item leaves no actor, row or full text behind.
    @Test(arguments: [false, true]) func refusedItemIsUndoneAlone(bulk: Bool) throws {
        let fixture = try TemporaryStore()
        let store = fixture.store
        var refused = visit("Refused", by: ["Newcomer Person", "Ghost"], to: "FR", on: "2020-01-01", evidence: "refused grain")
        refused.participants[1].actorID = "no-such-actor"
        refused.participants[1].name = ""
        let items: [(content: EventContent, preferredID: String?)] = [
            (visit("First", by: ["Person A"], to: "DE", on: "2020-02", evidence: "first grain"), nil),
            (refused, nil),
            (visit("First", by: ["Person A"], to: "DE", on: "2020-02-03", evidence: "second grain", url: "https://b.example"), nil),
        ]
        let load = bulk ? try store.beginBulkLoad() : nil
        let results = try load?.submitBatch(items, author: "t") ?? store.submitBatch(items, author: "t")
        try load?.finish()
        #expect(results.map(outcomeName).map { $0.prefix(6) } == ["create", "failed", "merged"])
        #expect(try listing(store) == ["First [2] 2020-02-03"])
        #expect(try listing(store) { $0.text = "grain" } == ["First [2] 2020-02-03"])
        let newcomer = try store.pool.read { try $0.firstRow("SELECT COUNT(*) FROM actors WHERE name = 'Newcomer Person'") { $0.int(0) } }
        #expect(newcomer == 0, "the actor the refused item created is rolled back with it")
    }

    /// A location in no known country is refused as the event is written, although the load writes
    /// the event's country rows (where the foreign key would catch it) only at its end.
    @Test func unknownLocationCountryIsRefusedAtOnce() throws {
        let fixture = try TemporaryStore()
        var stray = visit("Stray", by: ["Person A"], to: "FR", on: "2020-01")
        stray.location = Location(place: "Atlantis", country: "ZZ")
        let load = try fixture.store.beginBulkLoad()
        let results = try load.submitBatch([(stray, nil), (visit("Kept", by: ["Person B"], to: "DE", on: "2020-02"), nil)], author: "t")
        try load.finish()
        #expect(results.map(outcomeName) == ["failed: invalid([/location/country: no country 'ZZ'])", "created"])
        #expect(try listing(fixture.store) == ["Kept [1] 2020-02"])
    }

    /// A load writes without SQLite's per-row foreign-key checks and checks the whole database once at its end:
    /// a dangling row (here slipped in by hand, as a bug would) fails the finish by name, and writes outside the
    /// load are checked row by row again.
    @Test func foreignKeysAreCheckedOnceAtTheEnd() throws {
        let fixture = try TemporaryStore()
        let store = fixture.store
        let load = try store.beginBulkLoad()
        _ = try load.submitBatch(sampleEvents(count: 5), author: "t")
        try store.pool.write(checkingForeignKeys: false) { database in
            try database.run("INSERT INTO event_sources (event_seq, evidence) VALUES (424242, 'orphan')")
        }
        #expect {
            try load.finish()
        } throws: { error in
            "\(error)".contains("1 in event_sources referencing missing events")
        }
        #expect(try listing(store).count == 4, "the load's own events are finished and listed")
        #expect(throws: DatabaseError.self, "outside a load, the writer checks each row again") {
            try store.pool.write { database in
                try database.run("INSERT INTO event_sources (event_seq, evidence) VALUES (434343, 'orphan')")
            }
        }
    }

    /// A load into a database that has events merges new reports into them, as single writes do, and
    /// takes a finer date.
    @Test func bulkLoadMergesIntoStoredEvents() throws {
        let fixture = try TemporaryStore()
        let store = fixture.store
        let stored = try #require(created(try store.submit(visit("Lavrov in Pyongyang", by: ["Sergueï Lavrov"], to: "KP", on: "2018-05"), author: "a")))
        let load = try store.beginBulkLoad()
        let report = visit("Lavrov in Pyongyang", by: ["Sergueï Lavrov"], to: "KP", on: "2018-05-31", evidence: "second report", url: "https://b.example")
        let results = try load.submitBatch([(report, nil), (report, nil)], author: "import")
        #expect(results.map(outcomeName) == ["merged", "merged"])
        try load.finish()
        let event = try #require(try store.storedEvent(id: stored.id))
        #expect(event.body.contains("2018-05-31") && event.body.contains("second report"))
        #expect(try store.history(id: stored.id).count == 2, "the repeated report changes nothing the second time")
        #expect(try listing(store) { $0.text = "second" }.count == 1, "the merged report's evidence is searchable")
    }

    /// A load that ends without finishing (its process died) is finished by the next open of the
    /// database: indexes rebuilt, staged full text indexed.
    @Test func interruptedLoadIsFinishedOnOpen() throws {
        let fixture = try TemporaryStore()
        do {
            let load = try fixture.store.beginBulkLoad()
            _ = try load.submitBatch(sampleEvents(count: 10), author: "test")
        }  // dropped unfinished: as if the process had died here
        #expect(try pendingWork(fixture.store) > 0)
        let reopened = try EntenteStore(path: fixture.path, migrations: TemporaryStore.migrations(), readerCount: 1)
        #expect(reopened.completedInterruptedBulkLoad)
        #expect(try pendingWork(reopened) == 0)
        #expect(try indexNames(reopened).contains("events_by_time"))
        #expect(try listing(reopened) { $0.text = "grain" }.count == 8)
        let again = try EntenteStore(path: fixture.path, migrations: TemporaryStore.migrations(), readerCount: 1)
        #expect(!again.completedInterruptedBulkLoad, "nothing is left to finish")
    }

    /// A recovery that cannot finish (here an index whose table is gone) does not keep the database from opening:
    /// the store opens, says why, and the work stays recorded for a later open.
    @Test func failedRecoveryStillOpens() throws {
        let fixture = try TemporaryStore()
        try fixture.store.pool.write { database in
            try database.run("INSERT INTO suspended_indexes (name, sql) VALUES ('broken', 'CREATE INDEX broken ON no_such_table (x)')")
        }
        let reopened = try EntenteStore(path: fixture.path, migrations: TemporaryStore.migrations(), readerCount: 1)
        guard case .failed(let reason) = reopened.bulkLoadRecovery else {
            Issue.record("expected a failed recovery, got \(reopened.bulkLoadRecovery)")
            return
        }
        #expect(reason.contains("no_such_table"))
        #expect(try pendingWork(reopened) == 1)
        #expect(try reopened.timeline(TimelineQuery()).bodies.isEmpty, "the store still answers")
    }

    /// A load begun while a dead one's work is still recorded finishes that work first (so two loads' work never
    /// stacks up), even when the new load merges reports into the dead load's events.
    @Test func aNewLoadFinishesADeadOnesWorkFirst() throws {
        let fixture = try TemporaryStore()
        let events = sampleEvents(count: 10)
        do {
            let load = try fixture.store.beginBulkLoad()
            _ = try load.submitBatch(events, author: "test")
        }  // dropped unfinished, in the same process: its work stays recorded
        #expect(try pendingWork(fixture.store) > 0)
        let load = try fixture.store.beginBulkLoad()
        #expect(try fixture.store.pool.read { try $0.firstRow("SELECT COUNT(*) FROM bulk_derivations") { $0.int(0) } } == 1)
        let results = try load.submitBatch(events, author: "test")
        #expect(results.allSatisfy { if case .success(.merged) = $0 { true } else { false } }, "the same reports again merge")
        try load.finish()
        #expect(try pendingWork(fixture.store) == 0)
        #expect(try listing(fixture.store) { $0.text = "grain" }.count == 8)
        try fixture.store.pool.write { database in
            try database.execute("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')")
            #expect(try database.firstRow("SELECT (SELECT COUNT(*) FROM events_fts) = (SELECT COUNT(*) FROM events WHERE deleted = 0)") { $0.int(0) } == 1)
        }
    }

    /// After a load dies, a store that was already open writes as usual (it does not wait for a dead load), and the
    /// recovery at the next open finds those rows already there and keeps one of each.
    @Test func writesAfterADeadLoadAreKeptOnceByTheRecovery() throws {
        let fixture = try TemporaryStore()
        let other = try EntenteStore(path: fixture.path, migrations: TemporaryStore.migrations(), readerCount: 1)
        do {
            let load = try fixture.store.beginBulkLoad()
            _ = try load.submitBatch(sampleEvents(count: 5), author: "test")
        }  // the load dies; `other` was opened before, so nothing recovered it
        let report = try other.submit(visit("Visit 1 to DE", by: ["Person 1"], to: "DE", on: "2001-02"), author: "b", onDuplicate: .merge)
        #expect(created(report) == nil)
        #expect(try listing(other) { $0.text = "grain" }.isEmpty == false, "the merged event is searchable at once")
        let reopened = try EntenteStore(path: fixture.path, migrations: TemporaryStore.migrations(), readerCount: 1)
        #expect(reopened.completedInterruptedBulkLoad)
        // The same writes, one by one, for comparison.
        let batched = try TemporaryStore()
        _ = try batched.store.submitBatch(sampleEvents(count: 5), author: "test")
        _ = try batched.store.submit(visit("Visit 1 to DE", by: ["Person 1"], to: "DE", on: "2001-02"), author: "b", onDuplicate: .merge)
        #expect(try derivedRows(reopened) == derivedRows(batched.store))
        try reopened.pool.write { try $0.execute("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')") }
    }

    /// While a load is live, another store on the same file neither finishes it nor starts its own.
    @Test func liveLoadIsLeftAlone() throws {
        let fixture = try TemporaryStore()
        let load = try fixture.store.beginBulkLoad()
        _ = try load.submitBatch(sampleEvents(count: 5), author: "test")
        let other = try EntenteStore(path: fixture.path, migrations: TemporaryStore.migrations(), readerCount: 1)
        #expect(!other.completedInterruptedBulkLoad)
        #expect(try pendingWork(other) > 0)
        #expect(throws: StoreError.busy("another bulk load is running on \(fixture.path)")) { try other.beginBulkLoad() }
        // Single writes still work meanwhile (their duplicate check scans instead of using the index).
        let report = try other.submit(visit("Visit 1 to DE", by: ["Person 1"], to: "DE", on: "2001-02"), author: "b", onDuplicate: .merge)
        #expect(created(report) == nil, "the report merges into the load's event")
        let victim = try #require(try other.pool.read { try $0.firstRow("SELECT id FROM events WHERE title = 'Visit 2 to KP'") { $0.string(0) } })
        try other.delete(id: victim, expectedVersion: nil, author: "b")
        try load.finish()
        #expect(try pendingWork(other) == 0)
        // The events the other store changed during the load got their derived rows once, from the load's end.
        let counts = try other.pool.read { database in
            try database.firstRow(
                """
                SELECT (SELECT COUNT(*) FROM events_fts), (SELECT COUNT(*) FROM events WHERE deleted = 0),
                    (SELECT COUNT(*) FROM event_countries c JOIN events e ON e.seq = c.event_seq WHERE e.deleted = 1)
                """
            ) { [$0.int(0), $0.int(1), $0.int(2)] }
        }
        #expect(counts == [3, 3, 0], "one full-text row per live event (the merged one included), none for the deleted")
        let germany = try listing(other) { $0.country = "DE" }
        #expect(germany == ["Visit 0 to FR [1] 2000-01", "Visit 1 to DE [3] 2001-02-14"], "the merged report counts; the deleted event is gone")
        _ = try other.beginBulkLoad().finish()
    }
}

private func outcomeName(_ result: Result<SubmitOutcome, any Error>) -> String {
    switch result {
    case .success(.created): "created"
    case .success(.merged): "merged"
    case .failure(let error): "failed: \(error)"
    }
}
