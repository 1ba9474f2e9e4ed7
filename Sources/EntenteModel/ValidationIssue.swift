/// One problem with one field of client input, located by a JSON Pointer (RFC 6901).
public struct ValidationIssue: Sendable, Equatable, CustomStringConvertible {
    public var pointer: String
    public var detail: String

    public init(_ pointer: String, _ detail: String) {
        self.pointer = pointer
        self.detail = detail
    }

    public var description: String { "\(pointer): \(detail)" }
}

/// Input that failed validation, with every issue found (not just the first).
public struct ValidationError: Error, Sendable, Equatable {
    public var issues: [ValidationIssue]

    public init(_ issues: [ValidationIssue]) {
        self.issues = issues
    }
}

/// The open lists input is validated against, loaded from the database's reference tables.
public struct Vocabulary: Sendable {
    public var kinds: Set<String>
    public var roles: Set<String>
    /// Maps a country code as a client may write it (alpha-2 or alpha-3, any case) to alpha-2.
    public var countries: [String: String]

    public init(kinds: Set<String>, roles: Set<String>, countries: [String: String]) {
        self.kinds = kinds
        self.roles = roles
        self.countries = countries
    }

    /// The alpha-2 code for `code`, or `nil` when it names no known country.
    public func country(_ code: String) -> String? { countries[code.uppercased()] }
}
