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
    private let readTimer: CoreMetrics.Timer
    private let writeTimer: CoreMetrics.Timer
    /// How long one ``read(_:)`` may run, in nanoseconds; 0 is no limit.
    private let readLimit: UInt64

    /// Incremented after every write transaction commits (or rolls back); caches compare it.
    public var writeGeneration: UInt64 { generation.load(ordering: .acquiring) }

    /// Opens the writer (creating the file) and `readerCount` readers.
    /// - Parameters:
    ///   - metrics: where the time of each read and write transaction is reported.
    ///   - readTimeLimit: how long one ``read(_:)`` may run before its statement is stopped (it then throws a
    ///     ``DatabaseError`` that ``DatabaseError/isInterrupted``): a request whose query would read most of a large
    ///     database holds a reader for that long at most. `nil` is no limit.
    public init(
        path: String, readerCount: Int = 4, metrics: any MetricsFactory = MetricsSystem.factory, readTimeLimit: Duration? = nil
    ) throws(DatabaseError) {
        self.path = path
        readLimit = readTimeLimit.map { limit in
            let (seconds, attoseconds) = limit.components
            return UInt64(max(1, seconds * 1_000_000_000 + attoseconds / 1_000_000_000))
        } ?? 0
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
            if readLimit > 0 { reader.interruptsPastDeadline() }
            connections.append(reader)
        }
        readers = ReaderPool(connections)
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

    /// Runs `body` with a reader connection (a consistent snapshot for each statement).
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        let started = ContinuousClock.now
        let database = readers.checkOut()
        if readLimit > 0 { database.deadline = DispatchTime.now().uptimeNanoseconds + readLimit }
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
