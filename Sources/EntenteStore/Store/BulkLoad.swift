import CSQLite
import EntenteModel
import Foundation

/// A bulk load: many events written fast, with the listing indexes and the full-text index built
/// once at the end instead of entry by entry.
///
/// ```swift
/// let load = try store.beginBulkLoad()
/// let results = try load.submitBatch(items, author: "import")
/// try load.finish()
/// ```
///
/// While it runs, the indexes behind the timeline, country and visit listings are dropped (their
/// definitions recorded in `suspended_indexes`, in the same transaction), and each new event writes
/// only its own row, participants, sources and revision: its countries, visit legs and full text
/// follow from those, and are derived for all new events in one pass at the end (from the `seq`
/// recorded in `bulk_derivations`). Every committed event is stored and readable, but listings are
/// slower and miss the new events by country, and search misses them, until ``finish()``. Duplicates are found in memory
/// (``DuplicateIndex``), with the same rule as single writes, and actors looked up once.
///
/// If the process dies, nothing acknowledged is lost: the next ``EntenteStore`` opened on the file
/// finishes the work and says so in ``EntenteStore/bulkLoadRecovery``. A lock file beside the
/// database (see ``BulkLoadLock``) tells a live load from a dead one, so a server opened during an
/// import leaves it alone.
public final class BulkLoad {
    /// The store being loaded.
    public let store: EntenteStore
    private let memory: BulkMemory
    private var lock: BulkLoadLock?

    fileprivate init(store: EntenteStore, lock: BulkLoadLock) throws {
        self.store = store
        self.lock = lock
        // A dead load's unfinished work is finished first (with the lock held): two loads' work never stacks up.
        if try store.pool.hasSuspendedWork() { try store.pool.completeSuspendedWork(probingExisting: true) }
        memory = try store.pool.write { database in
            try store.suspendListingIndexes(database: database)
            let lastSeq = try database.firstRow("SELECT coalesce(max(seq), 0) FROM events") { $0.int(0) } ?? 0
            try database.run("INSERT INTO bulk_derivations (from_seq) VALUES (?)", [lastSeq])
            return BulkMemory(duplicates: try DuplicateIndex(database: database), derivedAfterSeq: lastSeq)
        }
    }

    deinit {
        // An unfinished load leaves its work recorded: the next open sees no live holder and finishes it.
        lock?.release()
    }

    /// Stores events in one transaction, as ``EntenteStore/submitBatch(_:author:onDuplicate:)`` does.
    public func submitBatch(
        _ items: [(content: EventContent, preferredID: String?)], author: String, onDuplicate: DuplicatePolicy = .merge
    ) throws -> [Result<SubmitOutcome, any Error>] {
        precondition(lock != nil, "BulkLoad used after finish()")
        return try store.submitBatch(items, author: author, onDuplicate: onDuplicate, memory: memory)
    }

    /// Derives the new events' countries, visit legs and full text, rebuilds the suspended indexes
    /// and indexes the staged full text; the store is then as if every event had been written one by one.
    public func finish() throws {
        guard let lock else { return }
        try store.pool.completeSuspendedWork(probingExisting: false)
        lock.release()
        self.lock = nil
    }
}

/// What opening a store did about an interrupted bulk load.
public enum BulkLoadRecovery: Sendable, Equatable {
    /// There was none (or a live process is still loading).
    case nothing
    /// The new events' rows were derived, the suspended indexes rebuilt and the staged full text indexed.
    case completed
    /// Finishing failed (the reason): listings stay slower and new events unsearchable until a later open succeeds.
    case failed(String)
}

extension EntenteStore {
    /// Starts a bulk load; see ``BulkLoad``.
    /// - Throws: ``StoreError/busy(_:)`` when another process is bulk-loading this database.
    public func beginBulkLoad() throws -> BulkLoad {
        guard let lock = try BulkLoadLock.acquire(databasePath: pool.path) else {
            throw StoreError.busy("another bulk load is running on \(pool.path)")
        }
        return try BulkLoad(store: self, lock: lock)
    }

    /// The event tables' secondary indexes that serve listings (every one not led by `event_seq`,
    /// which the writes themselves use): dropped, with their definitions kept to rebuild them.
    func suspendListingIndexes(database: Database) throws {
        let indexes = try database.rows(
            """
            SELECT m.name, m.sql FROM sqlite_master m
            WHERE m.type = 'index' AND m.sql IS NOT NULL
              AND m.tbl_name IN ('events', 'event_participants', 'event_countries', 'visit_legs', 'event_sources')
              AND (SELECT i.name FROM pragma_index_info(m.name) i WHERE i.seqno = 0) IS NOT 'event_seq'
            """
        ) { (name: $0.string(0), sql: $0.string(1)) }
        for index in indexes {
            try database.run("INSERT OR IGNORE INTO suspended_indexes (name, sql) VALUES (?, ?)", [index.name, index.sql])
            try database.execute("DROP INDEX \"\(index.name)\"")
        }
    }
}

extension DatabasePool {
    /// Finishes a bulk load that died (its indexes suspended or its full text staged), unless a
    /// live process still holds it. Returns whether there was anything to finish.
    @discardableResult
    func completeInterruptedBulkLoad() throws -> Bool {
        guard try hasSuspendedWork() else { return false }
        guard let lock = try BulkLoadLock.acquire(databasePath: path) else { return false }
        defer { lock.release() }
        try completeSuspendedWork(probingExisting: true)
        return true
    }

    /// Whether a bulk load left work recorded: suspended indexes, rows to derive or staged full text.
    func hasSuspendedWork() throws -> Bool {
        try read { database in
            try database.firstRow(
                """
                SELECT EXISTS (SELECT 1 FROM suspended_indexes) OR EXISTS (SELECT 1 FROM fulltext_staging)
                    OR EXISTS (SELECT 1 FROM bulk_derivations)
                """) { $0.int(0) == 1 }
        } == true
    }

    /// Derives the rows a load left to its end, recreates the suspended indexes, one transaction
    /// each, and moves the staged full text into `events_fts` in rowid order. Each step is
    /// idempotent, so a crash in the middle is finished later.
    /// - Parameter probingExisting: whether the load's events may have full text already (written
    ///   by others after the load died, or by a writer that predates deferring): each is checked
    ///   first. A live load's own finish knows every writer deferred, and skips the check.
    func completeSuspendedWork(probingExisting: Bool) throws {
        // The load wrote its rows without SQLite's per-row foreign-key checks (a third of its SQL time); this derives
        // the rest the same way, and one whole-database check at the end stands in for them all.
        try write(checkingForeignKeys: false) { database in try Self.deriveRows(database: database, probingExisting: probingExisting) }
        let suspended = try read { database in
            try database.rows("SELECT name, sql FROM suspended_indexes ORDER BY name") { (name: $0.string(0), sql: $0.string(1)) }
        }
        for index in suspended {
            try write { database in
                let exists = try database.firstRow("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", [index.name]) { _ in true }
                if exists == nil { try database.execute(index.sql) }
                try database.run("DELETE FROM suspended_indexes WHERE name = ?", [index.name])
            }
        }
        try write { database in
            try database.execute(
                """
                DELETE FROM events_fts WHERE rowid IN (SELECT text_rowid FROM fulltext_staging);
                INSERT INTO events_fts (rowid, title, summary, evidence)
                    SELECT text_rowid, title, summary, evidence FROM fulltext_staging ORDER BY text_rowid;
                DELETE FROM fulltext_staging;
                """)
        }
        // The rebuilt indexes went through the WAL; fold it back into the database file now rather than at the next write.
        try? withWriter { database in try database.execute("PRAGMA wal_checkpoint(TRUNCATE)") }
        try checkForeignKeys()
    }

    /// Fails, naming each table and the table it points to, if any row references a row that is not there.
    /// Everything a bulk load writes is validated before it is written (countries, kinds, actors, parents), so this
    /// only fires on a bug; it is the check SQLite would otherwise have made row by row.
    func checkForeignKeys() throws {
        let violations = try read { database in
            try database.rows("SELECT \"table\", parent, count(*) FROM pragma_foreign_key_check GROUP BY 1, 2 ORDER BY 1, 2") {
                "\($0.int(2)) in \($0.string(0)) referencing missing \($0.string(1))"
            }
        }
        // SQLITE_CONSTRAINT_FOREIGNKEY (a macro Swift does not import).
        guard violations.isEmpty else {
            throw DatabaseError(
                code: SQLITE_CONSTRAINT | (3 << 8), message: "rows with dangling references after a bulk load: " + violations.joined(separator: ", "))
        }
    }

    /// Writes the countries, visit legs and full text of the events a bulk load created (those after
    /// `bulk_derivations.from_seq`), set-based, as ``EntenteStore`` writes them one by one: the same
    /// rules, in SQL (``BulkLoadTests`` holds the two to the same rows). Writes during the load leave
    /// these events' rows to this too (``EntenteStore/fullTextSink(_:database:)``); deleted events get none.
    static func deriveRows(database: Database, probingExisting: Bool) throws {
        let fromSeq = try database.firstRow("SELECT min(from_seq) FROM bulk_derivations") { $0.optionalInt(0) } ?? nil
        guard let fromSeq else { return }
        // Each event's countries: its participants', its host and its location's. One sorted pass appends to the table's
        // end; three passes in seq order measured faster at 200,000 events, but each later pass splits pages all through it.
        try database.run(
            """
            INSERT OR IGNORE INTO event_countries (event_seq, country, kind, sort_key)
                SELECT e.seq, p.country, e.kind, e.sort_key FROM events e JOIN event_participants p ON p.event_seq = e.seq
                WHERE e.seq > ?1 AND e.deleted = 0 AND p.country IS NOT NULL
                UNION ALL
                SELECT seq, host_country, kind, sort_key FROM events WHERE seq > ?1 AND deleted = 0 AND host_country IS NOT NULL
                UNION ALL
                SELECT seq, country, kind, sort_key FROM
                    (SELECT seq, json_extract(body, '$.location.country') AS country, kind, sort_key FROM events WHERE seq > ?1 AND deleted = 0)
                WHERE country IS NOT NULL
                ORDER BY 1, 2
            """, [fromSeq])
        try database.run(
            """
            INSERT OR IGNORE INTO visit_legs (event_seq, visitor_country, host_country, sort_key)
                SELECT e.seq, p.country, e.host_country, e.sort_key FROM events e JOIN event_participants p ON p.event_seq = e.seq
                WHERE e.seq > ? AND e.deleted = 0 AND e.kind = 'visit' AND p.country IS NOT NULL AND p.country <> e.host_country
            """, [fromSeq])
        try database.run(
            """
            INSERT INTO events_fts (rowid, title, summary, evidence)
                SELECT e.text_rowid, e.title, coalesce(json_extract(e.body, '$.summary'), ''),
                    coalesce((SELECT group_concat(evidence, char(10)) FROM
                        (SELECT s.evidence FROM event_sources s WHERE s.event_seq = e.seq AND s.evidence IS NOT NULL ORDER BY s.id)), '')
                FROM events e
                WHERE e.seq > ?1 AND e.deleted = 0 AND (?2 = 0 OR NOT EXISTS (SELECT 1 FROM events_fts f WHERE f.rowid = e.text_rowid))
                ORDER BY e.text_rowid
            """, [fromSeq, probingExisting ? 1 : 0])
        try database.run("DELETE FROM bulk_derivations")
    }
}
