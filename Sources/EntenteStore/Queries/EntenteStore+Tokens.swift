import Foundation

extension EntenteStore {
    /// Creates a bearer token named `name`; returns the token, which is stored only as its SHA-256.
    /// - Throws: ``StoreError/conflict(_:)`` when a live token has that name.
    public func createToken(name: String) throws -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let token = "ent_" + Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        try pool.write { database in
            if let revoked = try database.firstRow("SELECT revoked_at FROM api_tokens WHERE name = ?", [name], { $0.optionalString(0) }) {
                guard revoked != nil else { throw StoreError.conflict("a token named '\(name)' exists; revoke it first") }
                try database.run("DELETE FROM api_tokens WHERE name = ?", [name])
            }
            try database.run(
                "INSERT INTO api_tokens (name, hash, created_at) VALUES (?, ?, ?)", [name, SHA256.hex(token), Timestamp.now()])
        }
        return token
    }

    /// Revokes the token named `name`; `false` when there is no live one.
    @discardableResult
    public func revokeToken(name: String) throws -> Bool {
        try pool.write { database in
            try database.run("UPDATE api_tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL", [Timestamp.now(), name]) == 1
        }
    }

    /// The name of the live token, or `nil`.
    public func tokenName(for token: String) throws -> String? {
        try pool.read { database in
            try database.firstRow("SELECT name FROM api_tokens WHERE hash = ? AND revoked_at IS NULL", [SHA256.hex(token)]) { $0.string(0) }
        }
    }
}
