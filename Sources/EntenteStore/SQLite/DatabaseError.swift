import CSQLite

/// A failure reported by SQLite, with its result code, message and the SQL that caused it.
public struct DatabaseError: Error, Sendable, CustomStringConvertible {
    public let code: Int32
    public let message: String
    public let sql: String?

    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// The primary result code (extended codes carry detail in their upper bits).
    public var primaryCode: Int32 { code & 0xFF }

    /// A UNIQUE, PRIMARY KEY, FOREIGN KEY or CHECK constraint refused the write.
    public var isConstraintViolation: Bool { primaryCode == SQLITE_CONSTRAINT }

    /// The statement ran past the time limit of reads (``DatabasePool/limitReads(to:)``) and was stopped.
    public var isInterrupted: Bool { primaryCode == SQLITE_INTERRUPT }

    public var description: String {
        "SQLite error \(code): \(message)" + (sql.map { " — in: \($0.prefix(200))" } ?? "")
    }
}
