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
/// definitions recorded in `suspended_indexes`, in the same transaction) and new events' full text
/// waits in `fulltext_staging`. Every committed event is stored and readable, but listings are
/// slower and search misses the new events until ``finish()``. Duplicates are found in memory
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
        memory = BulkMemory(duplicates: try store.pool.write { database in
            try store.suspendListingIndexes(database: database)
            return try DuplicateIndex(database: database)
        })
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
        return try store.submitBatch(items, author: author, onDuplicate: onDuplicate, stagingFullText: true, memory: memory)
    }

    /// Rebuilds the suspended indexes and indexes the staged full text; the store is then as if
    /// every event had been written one by one.
    public func finish() throws {
        guard let lock else { return }
        try store.pool.completeSuspendedWork()
        lock.release()
        self.lock = nil
    }
}

/// What opening a store did about an interrupted bulk load.
public enum BulkLoadRecovery: Sendable, Equatable {
    /// There was none (or a live process is still loading).
    case nothing
    /// The suspended indexes were rebuilt and the staged full text indexed.
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
        let pending = try read { database in
            try database.firstRow(
                "SELECT EXISTS (SELECT 1 FROM suspended_indexes) OR EXISTS (SELECT 1 FROM fulltext_staging)") { $0.int(0) == 1 }
        }
        guard pending == true else { return false }
        guard let lock = try BulkLoadLock.acquire(databasePath: path) else { return false }
        defer { lock.release() }
        try completeSuspendedWork()
        return true
    }

    /// Recreates the suspended indexes, one transaction each, and moves the staged full text into
    /// `events_fts` in rowid order. Each step is idempotent, so a crash in the middle is finished later.
    func completeSuspendedWork() throws {
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
                INSERT INTO events_fts (rowid, title, summary, evidence)
                    SELECT text_rowid, title, summary, evidence FROM fulltext_staging ORDER BY text_rowid;
                DELETE FROM fulltext_staging;
                """)
        }
        // The rebuilt indexes went through the WAL; fold it back into the database file now rather than at the next write.
        try? withWriter { database in try database.execute("PRAGMA wal_checkpoint(TRUNCATE)") }
    }
}
