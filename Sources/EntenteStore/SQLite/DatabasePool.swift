import CoreMetrics
import Foundation
import Synchronization

/// One writer connection and a pool of reader connections to one database file (WAL mode).
///
/// Writes are serialised on the writer; reads take any free reader and never wait for a write.
public final class DatabasePool: Sendable {
    public let path: String
    private let writerLock = NSLock()
    private nonisolated(unsafe) let writer: Database
    private let readers: ReaderPool
    private let generation = Atomic<UInt64>(0)
    /// A connection of its own that only asks SQLite whether the database changed (``changeStamp()``), the answer it
    /// gave last, and when (``DispatchTime`` nanoseconds).
    private let watcher: Mutex<Database>
    private let watchedVersion = Atomic<Int>(0)
    private let watchedAt = Atomic<UInt64>(0)
    private let readTimer: CoreMetrics.Timer
    private let writeTimer: CoreMetrics.Timer
    /// How long one ``read(_:)`` may run, in nanoseconds; 0 is no limit (see ``limitReads(to:)``).
    private let readLimit = Atomic<UInt64>(0)

    /// Incremented after every write transaction of this pool commits (or rolls back).
    public var writeGeneration: UInt64 { generation.load(ordering: .acquiring) }

    /// What a cache compares to know whether the database changed since it kept an answer. It differs at once after a
    /// commit by this pool (``writeGeneration``), and within the pool's watch interval (10 ms by default) after a commit
    /// by another process (an `entente import` or `ingest` beside a server): SQLite's `PRAGMA data_version` on a
    /// connection of its own, which changes whenever another connection commits, asked at most once per interval (asked
    /// on every request, all requests took turns on that connection: a tenth of a cached listing's throughput).
    ///
    /// Read the stamp before reading the data it vouches for: an answer read later can only be newer than its stamp.
    public struct ChangeStamp: Equatable, Sendable {
        var generation: UInt64
        var dataVersion: Int
    }

    /// How stale ``changeStamp()`` may be about another process's commits, in nanoseconds.
    private let watchInterval: UInt64

    public func changeStamp() throws(DatabaseError) -> ChangeStamp {
        let generation = writeGeneration
        let now = DispatchTime.now().uptimeNanoseconds
        // (The version is stored before its time, and read after it: a fresh time vouches for the version read next.)
        if now &- watchedAt.load(ordering: .acquiring) < watchInterval {
            return ChangeStamp(generation: generation, dataVersion: watchedVersion.load(ordering: .acquiring))
        }
        let dataVersion = try watcher.withLock { database throws(DatabaseError) -> Int in
            // (Another thread may have asked while this one waited for the connection.)
            if DispatchTime.now().uptimeNanoseconds &- watchedAt.load(ordering: .acquiring) < watchInterval {
                return watchedVersion.load(ordering: .acquiring)
            }
            let statement = try database.statement("PRAGMA data_version")
            defer { statement.reset() }
            _ = try statement.step()
            let version = statement.int(0)
            watchedVersion.store(version, ordering: .releasing)
            watchedAt.store(now, ordering: .releasing)
            return version
        }
        return ChangeStamp(generation: generation, dataVersion: dataVersion)
    }

    /// Opens the writer (creating the file) and `readerCount` readers.
    /// - Parameters:
    ///   - metrics: where the time of each read and write transaction is reported.
    ///   - watchInterval: how long ``changeStamp()`` may go without asking SQLite about other processes' commits.
    public init(
        path: String, readerCount: Int = 4, metrics: any MetricsFactory = MetricsSystem.factory, watchInterval: Duration = .milliseconds(10)
    ) throws(DatabaseError) {
        self.path = path
        let (seconds, attoseconds) = watchInterval.components
        self.watchInterval = UInt64(max(0, seconds * 1_000_000_000 + attoseconds / 1_000_000_000))
        readTimer = CoreMetrics.Timer(label: "entente_db_duration_seconds", dimensions: [("kind", "read")], factory: metrics)
        writeTimer = CoreMetrics.Timer(label: "entente_db_duration_seconds", dimensions: [("kind", "write")], factory: metrics)
        let writerDatabase = try Database(path: path)
        // A write touches a dozen indexes; with SQLite's default 2 MB cache a batch of them spills
        // pages to the WAL mid-transaction and reads them back. 64 MB keeps a batch's pages in memory.
        try writerDatabase.execute("PRAGMA cache_size = -65536")
        writer = writerDatabase
        var connections: [Database] = []
        for _ in 0..<max(1, readerCount) {
            let reader = try Database(path: path)
            try reader.execute("PRAGMA query_only = ON")
            // Reads are served from memory-mapped pages (no read() per page) with a larger page cache:
            // measured on the 1M-event benchmark database, this keeps deep pages and joins flat.
            try reader.execute("PRAGMA mmap_size = 4294967296")
            try reader.execute("PRAGMA cache_size = -32768")
            // (Checked on every read; a read with no limit has no deadline, and the check returns at once.)
            reader.interruptsPastDeadline()
            connections.append(reader)
        }
        readers = ReaderPool(connections)
        let watcherDatabase = try Database(path: path)
        try watcherDatabase.execute("PRAGMA query_only = ON")
        watcher = Mutex(watcherDatabase)
    }

    /// Runs `body` with the writer connection inside a transaction.
    /// - Parameter checkingForeignKeys: `false` skips SQLite's per-row foreign-key checks for this
    ///   transaction only; the caller then owes a `PRAGMA foreign_key_check` (a bulk load does one at its end).
    @discardableResult
    public func write<T>(checkingForeignKeys: Bool = true, _ body: (Database) throws -> T) throws -> T {
        let started = ContinuousClock.now
        defer { writeTimer.recordNanoseconds(Self.nanoseconds(since: started)) }
        return try writerLock.withLock {
            defer { generation.add(1, ordering: .releasing) }
            // The pragma is a no-op inside a transaction: it is switched around it, and always switched back.
            if !checkingForeignKeys { try writer.execute("PRAGMA foreign_keys = OFF") }
            defer { if !checkingForeignKeys { try? writer.execute("PRAGMA foreign_keys = ON") } }
            return try writer.transaction { try body(writer) }
        }
    }

    /// Runs `body` with the writer connection, outside any transaction (migrations manage their own).
    @discardableResult
    public func withWriter<T>(_ body: (Database) throws -> T) throws -> T {
        try writerLock.withLock { try body(writer) }
    }

    private static func nanoseconds(since start: ContinuousClock.Instant) -> Int64 {
        let (seconds, attoseconds) = (ContinuousClock.now - start).components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }

    /// From now on, a ``read(_:)`` still running after `limit` is stopped: its statement throws a ``DatabaseError`` that
    /// ``DatabaseError/isInterrupted``, so a request whose query would read most of a large database holds a reader for
    /// that long at most. The time counted is SQLite's running the statements, not waiting for a free reader or a lock.
    /// `nil` lifts the limit. (A server sets it once the store's own opening work, such as finishing an interrupted bulk
    /// load, is done.)
    public func limitReads(to limit: Duration?) {
        let nanoseconds = limit.map { limit in
            let (seconds, attoseconds) = limit.components
            return UInt64(max(1, seconds * 1_000_000_000 + attoseconds / 1_000_000_000))
        }
        readLimit.store(nanoseconds ?? 0, ordering: .relaxed)
    }

    /// Runs `body` with a reader connection (a consistent snapshot for each statement).
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        let started = ContinuousClock.now
        let database = readers.checkOut()
        let limit = readLimit.load(ordering: .relaxed)
        if limit > 0 { database.deadline = DispatchTime.now().uptimeNanoseconds + limit }
        defer {
            database.deadline = 0
            readers.checkIn(database)
            readTimer.recordNanoseconds(Self.nanoseconds(since: started))
        }
        return try body(database)
    }
}

/// Reader connections handed to one thread at a time.
final class ReaderPool: @unchecked Sendable {
    private let condition = NSCondition()
    private var available: [Database]

    init(_ connections: [Database]) {
        available = connections
    }

    func checkOut() -> Database {
        condition.lock()
        defer { condition.unlock() }
        while available.isEmpty { condition.wait() }
        return available.removeLast()
    }

    func checkIn(_ database: Database) {
        condition.lock()
        available.append(database)
        condition.signal()
        condition.unlock()
    }
}
