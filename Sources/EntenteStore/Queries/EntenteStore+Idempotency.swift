/// A response kept for an `Idempotency-Key`.
public struct IdempotentResponse: Sendable, Equatable {
    public var requestHash: String
    public var status: Int
    public var location: String?
    public var body: String

    public init(requestHash: String, status: Int, location: String?, body: String) {
        self.requestHash = requestHash
        self.status = status
        self.location = location
        self.body = body
    }
}

extension EntenteStore {
    /// The response first given to this key and principal, if any.
    public func idempotentResponse(key: String, principal: String) throws -> IdempotentResponse? {
        try pool.read { database in
            try database.firstRow(
                "SELECT request_hash, status, location, body FROM idempotency_keys WHERE principal = ? AND key = ?", [principal, key]
            ) { IdempotentResponse(requestHash: $0.string(0), status: $0.int(1), location: $0.optionalString(2), body: $0.string(3)) }
        }
    }

    /// Keeps a response for replay (the first one for a key wins).
    public func saveIdempotentResponse(key: String, principal: String, response: IdempotentResponse) throws {
        try pool.write { database in
            try database.run(
                """
                INSERT OR IGNORE INTO idempotency_keys (key, principal, request_hash, status, location, body, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [key, principal, response.requestHash, response.status, response.location, response.body, Timestamp.now()])
        }
    }
}
