import EntenteModel

/// Why the store refused an operation; each maps to one HTTP status in the API.
public enum StoreError: Error, Sendable, Equatable {
    /// No such event, actor or country.
    case notFound(String)
    /// The event was deleted; its history remains.
    case gone(String)
    /// The client's version is not the current one.
    case versionMismatch(current: Int)
    /// An equivalent event exists already.
    case duplicate(existingID: String)
    /// Input that is well-formed but refers to things that do not exist, or is ambiguous.
    case invalid([ValidationIssue])
    /// A unique name is taken.
    case conflict(String)
    /// Another process holds what this needs alone (a bulk load of the same database).
    case busy(String)
}
