import EntenteHTTP
import EntenteModel
import EntenteStore

/// Problem type URIs for Entente's own problems (documented in docs/api.md).
enum ProblemType {
    static let validation = "https://entente.dev/problems/validation"
    static let duplicate = "https://entente.dev/problems/duplicate-event"
    static let stale = "https://entente.dev/problems/stale-version"
    static let deleted = "https://entente.dev/problems/deleted"
    static let idempotency = "https://entente.dev/problems/idempotency-key-reused"
    static let queryTimeout = "https://entente.dev/problems/query-timeout"
}

extension HTTPError {
    /// The answer for a store refusal.
    init(_ error: StoreError) {
        switch error {
        case .notFound(let id):
            self.init(.notFound, detail: "Nothing found for '\(id)'.")
        case .gone(let id):
            self.init(
                .gone, type: ProblemType.deleted, detail: "Event \(id) was deleted; its history is at /v1/events/\(id)/history.")
        case .versionMismatch(let current):
            self.init(
                .preconditionFailed, type: ProblemType.stale,
                detail: "If-Match does not name the current version; the event is at version \(current). Fetch it and retry.",
                headers: ["ETag": EventRoutes.etag(version: current)])
        case .duplicate(let existing):
            self.init(
                .conflict, type: ProblemType.duplicate,
                detail: "This event duplicates \(existing) (same kind, participants and host; compatible date). "
                    + "Post with ?merge=true to add its sources to that event.",
                headers: ["Location": "/v1/events/\(existing)"], extensions: ["existing_event": "/v1/events/\(existing)"])
        case .invalid(let issues):
            self.init(validation: issues)
        case .conflict(let detail):
            self.init(.conflict, detail: detail)
        case .busy(let detail):
            self.init(.serviceUnavailable, detail: detail, headers: ["Retry-After": "60"])
        }
    }

    /// A 422 naming every bad field.
    init(validation issues: [ValidationIssue]) {
        self.init(
            .unprocessableContent, type: ProblemType.validation, title: "Invalid input",
            detail: "\(issues.count) field(s) are invalid.",
            errors: issues.map { ProblemDetails.FieldError(pointer: $0.pointer, detail: $0.detail) })
    }
}

/// Runs a store call, turning its refusals into HTTP errors.
func mapStoreErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as StoreError {
        throw HTTPError(error)
    } catch let error as ValidationError {
        throw HTTPError(validation: error.issues)
    }
}
