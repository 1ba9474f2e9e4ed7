import CSQLite
import Dispatch

/// SQLite's process-wide configuration (see `entente_sqlite3_configure`), done before the first open.
/// It can only fail when SQLite is already initialised, by someone else: the defaults then stand.
private let sqliteConfigured: Void = { _ = entente_sqlite3_configure() }()

/// One SQLite connection with a cache of prepared statements.
///
/// Not thread-safe: a ``DatabasePool`` hands each connection to one thread at a time.
public final class Database {
    let handle: OpaquePointer
    public let path: String
    private var statements: [String: Statement] = [:]

    /// Opens (creating when `readOnly` is false) the database at `path` and sets the connection up:
    /// foreign keys on, a busy timeout, WAL journal and full synchronous commits for the writer.
    public init(path: String, readOnly: Bool = false, busyTimeoutMilliseconds: Int32 = 5000) throws(DatabaseError) {
        _ = sqliteConfigured
        var handle: OpaquePointer?
        let flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close_v2(handle)
            throw DatabaseError(code: code, message: "\(message) (\(path))")
        }
        self.handle = handle
        self.path = path
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, busyTimeoutMilliseconds)
        try execute("PRAGMA foreign_keys = ON")
        if !readOnly {
            // WAL lets readers run beside the writer; synchronous=FULL makes a commit durable
            // before it returns, so an acknowledged write survives a crash or power loss.
            try execute("PRAGMA journal_mode = WAL")
            try execute("PRAGMA synchronous = FULL")
        }
    }

    deinit {
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    /// When not 0, the monotonic time (``DispatchTime/uptimeNanoseconds``) after which a running statement is interrupted
    /// (it fails with `SQLITE_INTERRUPT`: ``DatabaseError/isInterrupted``), once ``interruptsPastDeadline()`` is set up.
    var deadline: UInt64 = 0

    /// Has SQLite check ``deadline`` every thousand virtual-machine steps, so no statement outlives it by much.
    func interruptsPastDeadline() {
        sqlite3_progress_handler(
            handle, 1000,
            { context in
                guard let context else { return 0 }
                let database = Unmanaged<Database>.fromOpaque(context).takeUnretainedValue()
                return database.deadline != 0 && DispatchTime.now().uptimeNanoseconds > database.deadline ? 1 : 0
            }, Unmanaged.passUnretained(self).toOpaque())
    }

    var lastErrorMessage: String { String(cString: sqlite3_errmsg(handle)) }

    /// Runs one or more SQL statements with no parameters and no results.
    public func execute(_ sql: String) throws(DatabaseError) {
        var error: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &error)
        if code != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? lastErrorMessage
            sqlite3_free(error)
            throw DatabaseError(code: sqlite3_extended_errcode(handle), message: message, sql: sql)
        }
    }

    /// A cached prepared statement for `sql`, bound to `arguments`.
    public func statement(_ sql: String, _ arguments: [any DatabaseValueConvertible] = []) throws(DatabaseError) -> Statement {
        let statement: Statement
        if let cached = statements[sql] {
            statement = cached
        } else {
            statement = try Statement(database: self, sql: sql, persistent: true)
            statements[sql] = statement
        }
        try statement.bind(arguments)
        return statement
    }

    /// Runs a statement that returns no rows; returns the number of rows changed.
    @discardableResult
    public func run(_ sql: String, _ arguments: [any DatabaseValueConvertible] = []) throws(DatabaseError) -> Int {
        let statement = try statement(sql, arguments)
        defer { statement.reset() }
        while try statement.step() {}
        return Int(sqlite3_changes(handle))
    }

    /// Calls `body` for each row.
    public func forEachRow(
        _ sql: String, _ arguments: [any DatabaseValueConvertible] = [], _ body: (Statement) throws -> Void
    ) throws {
        let statement = try statement(sql, arguments)
        defer { statement.reset() }
        while try statement.step() { try body(statement) }
    }

    /// Maps every row.
    public func rows<T>(_ sql: String, _ arguments: [any DatabaseValueConvertible] = [], _ map: (Statement) throws -> T) throws -> [T] {
        var result: [T] = []
        try forEachRow(sql, arguments) { result.append(try map($0)) }
        return result
    }

    /// The first row, mapped, or `nil`.
    public func firstRow<T>(_ sql: String, _ arguments: [any DatabaseValueConvertible] = [], _ map: (Statement) throws -> T) throws -> T? {
        let statement = try statement(sql, arguments)
        defer { statement.reset() }
        return try statement.step() ? try map(statement) : nil
    }

    /// Whether a transaction is open on this connection (SQLite may end one itself after a full disk or an I/O error).
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// The rowid of the last insert on this connection.
    public var lastInsertRowID: Int { Int(sqlite3_last_insert_rowid(handle)) }

    /// Runs `body` in a transaction (`BEGIN IMMEDIATE` takes the write lock up front), committing
    /// when it returns and rolling back when it throws.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// The `EXPLAIN QUERY PLAN` details of a statement, one line per step.
    public func queryPlan(_ sql: String, _ arguments: [any DatabaseValueConvertible] = []) throws -> [String] {
        let statement = try Statement(database: self, sql: "EXPLAIN QUERY PLAN " + sql, persistent: false)
        try statement.bind(arguments)
        var lines: [String] = []
        while try statement.step() { lines.append(statement.string(3)) }
        return lines
    }
}
