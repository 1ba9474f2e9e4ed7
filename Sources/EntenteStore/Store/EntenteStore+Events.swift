import CSQLite
import EntenteJSON
import EntenteModel

/// An event row as stored: its ready JSON and bookkeeping.
public struct StoredEvent: Sendable {
    public var id: String
    public var seq: Int
    public var version: Int
    public var deleted: Bool
    /// The event's JSON exactly as the API serves it.
    public var body: String
}

/// One entry of an event's history.
public struct Revision: Sendable {
    public var version: Int
    public var action: String
    public var author: String
    public var at: String
    public var reason: String?
    /// The event as it became (`nil` for a deletion: the tombstone).
    public var body: String?
}

/// What posting an event did.
public enum SubmitOutcome: Sendable {
    case created(Event)
    /// The event matched an existing one; its sources were added there.
    case merged(Event)
}

/// An item of a batch's first attempt was refused: the attempt is rolled back and redone item by item.
private struct ItemRefused: Error {}

/// What to do when a posted event duplicates an existing one.
public enum DuplicatePolicy: Sendable {
    case reject
    case merge
}

extension EntenteStore {
    // MARK: - Reading

    /// The stored event with this id, deleted or not.
    public func storedEvent(id: String) throws -> StoredEvent? {
        try pool.read { database in try loadStored(id: id, database: database) }
    }

    func loadStored(id: String, database: Database) throws -> StoredEvent? {
        try database.firstRow("SELECT seq, version, deleted, body FROM events WHERE id = ?", [id]) {
            StoredEvent(id: id, seq: $0.int(0), version: $0.int(1), deleted: $0.int(2) == 1, body: $0.string(3))
        }
    }

    /// The event's content, decoded from its stored JSON.
    func content(of stored: StoredEvent) throws -> EventContent {
        var decoder = EventDecoder(vocabulary: vocabulary)
        return try decoder.decode(try JSONParser.parse(stored.body))
    }

    /// The event's revisions, oldest first.
    ///
    /// The newest revision's body is not copied into `event_revisions`: it is the event's own row
    /// (``recordRevision(seq:event:action:author:reason:database:)`` writes it as NULL and
    /// ``keepRevisionBody(of:database:)`` fills it in when the event changes again).
    public func history(id: String) throws -> [Revision] {
        try pool.read { database in
            guard let stored = try loadStored(id: id, database: database) else { throw StoreError.notFound(id) }
            return try database.rows(
                "SELECT version, action, author, at, reason, body FROM event_revisions WHERE event_seq = ? ORDER BY version",
                [stored.seq]
            ) {
                let version = $0.int(0)
                let action = $0.string(1)
                let current = version == stored.version && action != "delete" ? stored.body : nil
                return Revision(
                    version: version, action: action, author: $0.string(2), at: $0.string(3), reason: $0.optionalString(4),
                    body: $0.optionalString(5) ?? current)
            }
        }
    }

    // MARK: - Writing

    /// Stores a new event, or, when it duplicates an existing one, rejects it or merges its sources there.
    /// - Throws: ``StoreError/duplicate(existingID:)``, ``StoreError/invalid(_:)``.
    /// - Parameter preferredID: the id to give a new event when it is well-formed and free (imports keep their ids).
    public func submit(
        _ content: EventContent, author: String, onDuplicate: DuplicatePolicy = .reject, preferredID: String? = nil
    ) throws -> SubmitOutcome {
        let outcome = try pool.write { database -> SubmitOutcome in
            try submit(
                content, author: author, onDuplicate: onDuplicate, preferredID: preferredID, database: database,
                fullText: fullTextSink(.direct, database: database))
        }
        countEventWrite(outcome)
        return outcome
    }

    /// Submits many events in one transaction (a refused one does not undo the others): the bulk
    /// path of `entente import`. Returns each event's outcome or error, in order.
    public func submitBatch(
        _ items: [(content: EventContent, preferredID: String?)], author: String, onDuplicate: DuplicatePolicy = .merge
    ) throws -> [Result<SubmitOutcome, any Error>] {
        try submitBatch(items, author: author, onDuplicate: onDuplicate, memory: nil)
    }

    /// The batch path shared with ``BulkLoad``: `memory`, a bulk load's, finds duplicates and actors
    /// in memory instead of through the listing indexes and a query per participant, and leaves the
    /// rows derived from new events to the load's end (``FullTextSink/deferred(afterSeq:)``).
    ///
    /// The batch is first written whole, in one transaction with no savepoints: a savepoint makes
    /// SQLite copy every page the item touches into its sub-journal, which measured a quarter of a
    /// bulk import's SQL time. If any item is refused, that attempt is rolled back and the batch is
    /// written again with a savepoint per item, so the refused ones are undone and the others kept.
    func submitBatch(
        _ items: [(content: EventContent, preferredID: String?)], author: String, onDuplicate: DuplicatePolicy,
        memory: BulkMemory?
    ) throws -> [Result<SubmitOutcome, any Error>] {
        let results: [Result<SubmitOutcome, any Error>]
        do {
            results = try pool.write(checkingForeignKeys: memory == nil) { database in
                let buffer = FullTextBuffer()
                let fullText = try memory?.fullTextSink ?? fullTextSink(.buffered(buffer), database: database)
                var results: [Result<SubmitOutcome, any Error>] = []
                results.reserveCapacity(items.count)
                for item in items {
                    do {
                        results.append(.success(try submit(
                            item.content, author: author, onDuplicate: onDuplicate, preferredID: item.preferredID, database: database,
                            fullText: fullText, memory: memory)))
                    } catch {
                        throw ItemRefused()
                    }
                    buffer.keepItem()
                    memory?.keepItem()
                }
                try buffer.flush(into: database)
                return results
            }
        } catch is ItemRefused {
            // Duplicate entries the attempt left name rows that were rolled back; each candidate is checked
            // against its row, so they can only ever match a real duplicate. Cached actors are forgotten.
            memory?.dropItem()
            do {
                results = try pool.write(checkingForeignKeys: memory == nil) { database in
                    try submitItemByItem(items, author: author, onDuplicate: onDuplicate, memory: memory, database: database)
                }
            } catch {
                memory?.dropItem()
                throw error
            }
        } catch {
            // The transaction failed as a whole (its commit, or the disk): nothing it wrote stands, so neither does
            // anything remembered of it.
            memory?.dropItem()
            throw error
        }
        for case .success(let outcome) in results { countEventWrite(outcome) }
        return results
    }

    /// Writes each item under its own savepoint, so a refused one is undone alone.
    private func submitItemByItem(
        _ items: [(content: EventContent, preferredID: String?)], author: String, onDuplicate: DuplicatePolicy,
        memory: BulkMemory?, database: Database
    ) throws -> [Result<SubmitOutcome, any Error>] {
        let buffer = FullTextBuffer()
        let fullText = try memory?.fullTextSink ?? fullTextSink(.buffered(buffer), database: database)
        let results = items.map { item -> Result<SubmitOutcome, any Error> in
            do {
                try database.run("SAVEPOINT batch_item")
                let outcome = try submit(
                    item.content, author: author, onDuplicate: onDuplicate, preferredID: item.preferredID, database: database,
                    fullText: fullText, memory: memory)
                try database.run("RELEASE batch_item")
                buffer.keepItem()
                memory?.keepItem()
                return .success(outcome)
            } catch {
                try? database.execute("ROLLBACK TO batch_item")
                try? database.execute("RELEASE batch_item")
                buffer.dropItem()
                memory?.dropItem()
                return .failure(error)
            }
        }
        // After a full disk or an I/O error SQLite may have rolled the whole transaction back itself; what followed
        // then ran outside it, item by item. Say so rather than report outcomes for a batch that is not all there.
        if !database.isInTransaction {
            throw DatabaseError(
                code: SQLITE_ABORT,
                message: "SQLite rolled back the batch's transaction (disk full or I/O error); part of the batch may be written: run it again")
        }
        // In the same transaction: the batch is durable with its full text or not at all.
        try buffer.flush(into: database)
        return results
    }

    /// Where a write's derived rows go: `usual`, unless a bulk load (in this process or another) is
    /// under way: the events it created then get their countries, visit legs and full text from its
    /// end, whoever changes them meanwhile, so that the end never finds rows already there. A load
    /// that died is not waited for: writes go on as usual, and the recovery that finishes it checks
    /// for rows already there (``DatabasePool/completeSuspendedWork(probingExisting:)``).
    func fullTextSink(_ usual: FullTextSink, database: Database) throws -> FullTextSink {
        guard let fromSeq = try database.firstRow("SELECT min(from_seq) FROM bulk_derivations", [], { $0.optionalInt(0) }) ?? nil,
            BulkLoadLock.isHeld(databasePath: pool.path)
        else { return usual }
        return .deferred(afterSeq: fromSeq)
    }

    private func countEventWrite(_ outcome: SubmitOutcome) {
        switch outcome {
        case .created: countEventWrite("create")
        case .merged: countEventWrite("merge")
        }
    }

    private func submit(
        _ content: EventContent, author: String, onDuplicate: DuplicatePolicy, preferredID: String?, database: Database,
        fullText: FullTextSink = .direct, memory: BulkMemory? = nil
    ) throws -> SubmitOutcome {
        var content = content
        try resolveReferences(&content, database: database, actors: memory)
        let candidates = try memory?.duplicates.candidates(for: content) ?? duplicateCandidates(of: content, database: database)
        if let existing = try firstDuplicate(of: content, among: candidates, database: database) {
            guard onDuplicate == .merge else { throw StoreError.duplicate(existingID: existing.id) }
            let merged = try merge(content, into: existing, author: author, database: database, fullText: fullText)
            memory?.duplicates.move(seq: existing.seq, to: merged.content)
            return .merged(merged)
        }
        let now = Timestamp.now()
        var id = Self.newEventID()
        if let preferredID, Self.isEventID(preferredID),
            try database.firstRow("SELECT 1 FROM events WHERE id = ?", [preferredID], { _ in true }) == nil
        {
            id = preferredID
        }
        let event = Event(id: id, content: content, createdAt: now, updatedAt: now, version: 1)
        let seq = try insert(event, body: EventJSON.encode(event), database: database, fullText: fullText)
        try recordRevision(seq: seq, event: event, action: "create", author: author, reason: nil, database: database)
        memory?.duplicates.add(seq: seq, content: content)
        return .created(event)
    }

    /// Replaces an event's content (a PATCH after merging), checking the version when one is given.
    public func update(id: String, content: EventContent, expectedVersion: Int?, author: String) throws -> Event {
        let event = try pool.write { database -> Event in
            let stored = try current(id: id, expectedVersion: expectedVersion, database: database)
            var content = content
            try resolveReferences(&content, database: database)
            if content.parentID == id { throw StoreError.invalid([ValidationIssue("/parent", "an event cannot be its own parent")]) }
            return try replace(
                stored, with: content, action: "update", author: author, reason: nil, database: database,
                fullText: fullTextSink(.direct, database: database))
        }
        countEventWrite("update")
        return event
    }

    /// Deletes an event, keeping a tombstone revision; it leaves every listing.
    public func delete(id: String, expectedVersion: Int?, author: String) throws {
        try pool.write { database in
            let stored = try current(id: id, expectedVersion: expectedVersion, database: database)
            let now = Timestamp.now()
            try keepRevisionBody(of: stored, database: database)
            try database.run(
                "UPDATE events SET deleted = 1, version = version + 1, updated_at = ? WHERE seq = ?", [now, stored.seq])
            try deleteIndexRows(seq: stored.seq, database: database, fullText: fullTextSink(.direct, database: database))
            try database.run(
                "INSERT INTO event_revisions (event_seq, version, action, author, at, reason, body) VALUES (?, ?, 'delete', ?, ?, NULL, NULL)",
                [stored.seq, stored.version + 1, author, now])
        }
        countEventWrite("delete")
    }

    /// The current row of a live event, after the version check.
    func current(id: String, expectedVersion: Int?, database: Database) throws -> StoredEvent {
        guard let stored = try loadStored(id: id, database: database) else { throw StoreError.notFound(id) }
        guard !stored.deleted else { throw StoreError.gone(id) }
        if let expectedVersion, expectedVersion != stored.version { throw StoreError.versionMismatch(current: stored.version) }
        return stored
    }

    // MARK: - Duplicates and merging

    /// Live events of the same kind and host whose dates may be compatible: the sequence numbers to check.
    func duplicateCandidates(of content: EventContent, database: Database) throws -> [Int] {
        let (low, high) = DuplicateIndex.sortKeyRange(of: content.date)
        return try database.rows(
            """
            SELECT seq FROM events
            WHERE deleted = 0 AND host_country IS ? AND kind = ? AND sort_key >= ? AND sort_key < ?
            ORDER BY sort_key, seq
            """, [content.hostCountry, content.kind, low, high]
        ) { $0.int(0) }
    }

    /// The first candidate that is a live event of the same kind and host, with the same participants and a compatible date.
    func firstDuplicate(of content: EventContent, among candidates: [Int], database: Database) throws -> StoredEvent? {
        guard !candidates.isEmpty else { return nil }
        let wanted = Set(content.participants.map(\.actorID))
        for seq in candidates {
            let actors = Set(try database.rows("SELECT actor_id FROM event_participants WHERE event_seq = ?", [seq]) { $0.string(0) })
            guard actors == wanted else { continue }
            guard let stored = try database.firstRow(
                "SELECT id, version, body FROM events WHERE seq = ? AND deleted = 0 AND kind = ? AND host_country IS ?",
                [seq, content.kind, content.hostCountry], {
                StoredEvent(id: $0.string(0), seq: seq, version: $0.int(1), deleted: false, body: $0.string(2))
            }) else { continue }
            if try content.date.isCompatible(with: self.content(of: stored).date) { return stored }
        }
        return nil
    }

    /// Adds the new report's sources to the existing event, and takes its date when it is finer. A report it already has
    /// takes a new score when it comes with one (a retrained extractor's) and had one; a merge never turns a report a
    /// person recorded (no confidence) into a scored one, nor a scored one into a hand record: that is a PATCH's to do.
    func merge(
        _ incoming: EventContent, into stored: StoredEvent, author: String, database: Database, fullText: FullTextSink = .direct
    ) throws -> Event {
        var content = try self.content(of: stored)
        var added = 0
        var rescored = 0
        for source in incoming.sources {
            if let known = content.sources.firstIndex(where: source.isSameReport) {
                if let old = content.sources[known].confidence, let new = source.confidence, old != new {
                    content.sources[known].confidence = new
                    rescored += 1
                }
            } else {
                content.sources.append(source)
                added += 1
            }
        }
        var reasons = ["same kind, participants and host; compatible date"]
        if let new = incoming.date.start, let old = content.date.start, new.precision > old.precision {
            content.date = incoming.date
            reasons.append("date refined from \(old) to \(new)")
        }
        if added == 0 && rescored == 0 && reasons.count == 1 {
            // Nothing new (the same report again, as sure as before): change nothing.
            return try eventValue(of: stored, database: database)
        }
        if rescored > 0 { reasons.append("\(rescored) source(s) given a new confidence") }
        reasons.append("\(added) source(s) added")
        return try replace(
            stored, with: content, action: "merge", author: author, reason: reasons.joined(separator: "; "), database: database,
            fullText: fullText)
    }

    private func eventValue(of stored: StoredEvent, database: Database) throws -> Event {
        let (createdAt, updatedAt) = try database.firstRow("SELECT created_at, updated_at FROM events WHERE seq = ?", [stored.seq]) {
            ($0.string(0), $0.string(1))
        }!
        return Event(id: stored.id, content: try content(of: stored), createdAt: createdAt, updatedAt: updatedAt, version: stored.version)
    }

    // MARK: - Rows

    private func replace(
        _ stored: StoredEvent, with content: EventContent, action: String, author: String, reason: String?, database: Database,
        fullText: FullTextSink = .direct
    ) throws -> Event {
        let createdAt = try database.firstRow("SELECT created_at FROM events WHERE seq = ?", [stored.seq]) { $0.string(0) }!
        let event = Event(id: stored.id, content: content, createdAt: createdAt, updatedAt: Timestamp.now(), version: stored.version + 1)
        let date = content.date
        let body = EventJSON.encode(event)
        try keepRevisionBody(of: stored, database: database)
        try deleteIndexRows(seq: stored.seq, database: database, fullText: fullText)
        try database.run(
            """
            UPDATE events SET kind = ?, status = ?, title = ?, start_date = ?, end_date = ?, sort_key = ?, host_country = ?,
                parent_id = ?, version = ?, updated_at = ?, text_rowid = ?, body = ?, confidence = ?
            WHERE seq = ?
            """,
            [
                content.kind, content.status.rawValue, content.title, date.start?.description, date.end?.description, date.sortKey,
                content.hostCountry, content.parentID, event.version, event.updatedAt,
                Self.textRowID(sortKey: date.sortKey, seq: stored.seq), body, content.confidence, stored.seq,
            ])
        try writeIndexRows(seq: stored.seq, event: event, database: database, fullText: fullText)
        try recordRevision(seq: stored.seq, event: event, action: action, author: author, reason: reason, database: database)
        return event
    }

    /// Inserts the event's row and its index rows; `body` is its encoded JSON. Returns its seq.
    func insert(_ event: Event, body: String, database: Database, fullText: FullTextSink = .direct) throws -> Int {
        let content = event.content
        // The seq is chosen here (the writer is alone) so the row is written once, with its full-text rowid.
        let seq = try database.firstRow("SELECT coalesce(max(seq), 0) + 1 FROM events") { $0.int(0) }!
        try database.run(
            """
            INSERT INTO events (seq, id, kind, status, title, start_date, end_date, sort_key, host_country, parent_id, version,
                created_at, updated_at, text_rowid, body, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                seq, event.id, content.kind, content.status.rawValue, content.title, content.date.start?.description,
                content.date.end?.description, content.date.sortKey, content.hostCountry, content.parentID, event.version,
                event.createdAt, event.updatedAt, Self.textRowID(sortKey: content.date.sortKey, seq: seq), body, content.confidence,
            ])
        try writeIndexRows(seq: seq, event: event, database: database, fullText: fullText)
        return seq
    }

    /// The rows every listing reads: participants, countries, visit legs, sources and full text.
    private func writeIndexRows(seq: Int, event: Event, database: Database, fullText: FullTextSink) throws {
        let content = event.content
        let sortKey = content.date.sortKey
        for (position, participant) in content.participants.enumerated() {
            try database.run(
                "INSERT INTO event_participants (event_seq, position, actor_id, country, role, kind, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [seq, position, participant.actorID, participant.country, participant.role, content.kind, sortKey])
        }
        for source in content.sources {
            try database.run(
                "INSERT INTO event_sources (event_seq, url, outlet, published, language, evidence) VALUES (?, ?, ?, ?, ?, ?)",
                [seq, source.url, source.outlet, source.published?.description, source.language, source.evidence])
        }
        // A bulk load writes what follows for all its new events at once, from the rows above (BulkLoad.deriveRows). A
        // location in a country no other row names is checked now: its foreign key would only be met at the load's end.
        if fullText.derivesLater(seq: seq) {
            if let country = content.location?.country, country != content.hostCountry,
                !content.participants.contains(where: { $0.country == country }),
                try database.firstRow("SELECT 1 FROM countries WHERE alpha2 = ?", [country], { _ in true }) == nil
            {
                throw StoreError.invalid([ValidationIssue("/location/country", "no country '\(country)'")])
            }
            return
        }
        var countries = Set(content.participants.compactMap(\.country))
        if let host = content.hostCountry { countries.insert(host) }
        if let country = content.location?.country { countries.insert(country) }
        for country in countries.sorted() {
            try database.run(
                "INSERT INTO event_countries (event_seq, country, kind, sort_key) VALUES (?, ?, ?, ?)", [seq, country, content.kind, sortKey])
        }
        if content.kind == "visit", let host = content.hostCountry {
            for visitor in Set(content.participants.compactMap(\.country)).subtracting([host]).sorted() {
                try database.run(
                    "INSERT INTO visit_legs (event_seq, visitor_country, host_country, sort_key) VALUES (?, ?, ?, ?)",
                    [seq, visitor, host, sortKey])
            }
        }
        let row = FullTextSink.Row(
            rowid: Self.textRowID(sortKey: sortKey, seq: seq), title: content.title, summary: content.summary ?? "",
            evidence: content.sources.compactMap(\.evidence).joined(separator: "\n"))
        try fullText.write(row, seq: seq, database: database)
    }

    private func deleteIndexRows(seq: Int, database: Database, fullText: FullTextSink = .direct) throws {
        for table in ["event_participants", "event_countries", "visit_legs", "event_sources"] {
            try database.run("DELETE FROM \(table) WHERE event_seq = ?", [seq])
        }
        try fullText.remove(seq: seq, database: database)
    }

    /// Records a new version. Its body is left NULL: while it is the newest, the event's row holds it.
    private func recordRevision(seq: Int, event: Event, action: String, author: String, reason: String?, database: Database) throws {
        try database.run(
            "INSERT INTO event_revisions (event_seq, version, action, author, at, reason, body) VALUES (?, ?, ?, ?, ?, ?, NULL)",
            [seq, event.version, action, author, event.updatedAt, reason])
    }

    /// Before the event's row changes, copies its body into the revision it belongs to (when not there yet),
    /// so every version but the newest is kept in `event_revisions` and each body is written once per change.
    private func keepRevisionBody(of stored: StoredEvent, database: Database) throws {
        try database.run(
            "UPDATE event_revisions SET body = ? WHERE event_seq = ? AND version = ? AND body IS NULL AND action <> 'delete'",
            [stored.body, stored.seq, stored.version])
    }

    /// The event's full-text rowid: `(day number << 41) | (precision << 39) | seq`, ordered like the timeline
    /// (by first day, coarser first, then insertion; the local time is not part of it). Undated events sort last.
    static func textRowID(sortKey: String, seq: Int) -> Int {
        let utf8 = Array(sortKey.utf8)
        var day = (1 << 22) - 1
        var precision = 3
        if utf8.count >= 9, let year = Int(String(decoding: utf8[0..<4], as: UTF8.self)),
            let month = Int(String(decoding: utf8[4..<6], as: UTF8.self)), let dayOfMonth = Int(String(decoding: utf8[6..<8], as: UTF8.self)),
            let date = PartialDate(year: year, month: month, day: dayOfMonth), let rank = Int(String(UnicodeScalar(utf8[8])))
        {
            day = date.dayNumber
            precision = rank
        }
        return day << 41 | precision << 39 | (seq & ((1 << 39) - 1))
    }

    // MARK: - References

    /// Resolves participants to actors (by id, else by name, creating unknown names) and checks the parent exists.
    /// - Parameter actors: a bulk load's memory of the actors it has looked up.
    func resolveReferences(_ content: inout EventContent, database: Database, actors: BulkMemory? = nil) throws {
        var issues: [ValidationIssue] = []
        var seen: Set<String> = []
        for index in content.participants.indices {
            var participant = content.participants[index]
            let pointer = "/participants/\(index)"
            if participant.actorID.isEmpty {
                let matches = try actorIDs(named: participant.name, database: database)
                if matches.count > 1 {
                    issues.append(ValidationIssue(pointer, "'\(participant.name)' names several actors (\(matches.joined(separator: ", "))); give an actor id"))
                    continue
                } else if let match = matches.first {
                    participant.actorID = match
                } else {
                    let id = try freeActorID(for: participant.name, database: database)
                    _ = try insertActor(Actor(id: id, name: participant.name, country: participant.country), database: database)
                    participant.actorID = id
                }
            }
            var actor = try actors?.actors[participant.actorID]
                ?? database.firstRow("SELECT name, country FROM actors WHERE id = ?", [participant.actorID]) {
                    (name: $0.string(0), country: $0.optionalString(1))
                }
            if actor == nil, !participant.name.isEmpty, Actor.slug(for: participant.actorID) == participant.actorID {
                // An id this database does not know, with a name: the actor comes with the event (an import from elsewhere).
                let inserted = try insertActor(
                    Actor(id: participant.actorID, name: participant.name, country: participant.country), database: database)
                actor = (inserted.name, inserted.country)
            }
            guard let actor else {
                issues.append(ValidationIssue("\(pointer)/actor", "no actor with id '\(participant.actorID)'"))
                continue
            }
            actors?.actors[participant.actorID] = actor
            if !seen.insert(participant.actorID).inserted {
                issues.append(ValidationIssue(pointer, "actor '\(participant.actorID)' is listed twice"))
            }
            participant.name = actor.name
            participant.country = participant.country ?? actor.country
            content.participants[index] = participant
        }
        if let parent = content.parentID {
            let exists = try database.firstRow("SELECT deleted FROM events WHERE id = ?", [parent]) { $0.int(0) == 0 }
            if exists != true { issues.append(ValidationIssue("/parent", "no event with id '\(parent)'")) }
        }
        if !issues.isEmpty { throw StoreError.invalid(issues) }
    }
}
