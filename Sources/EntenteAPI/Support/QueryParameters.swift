import EntenteHTTP
import EntenteModel
import EntenteStore

/// Reads the list parameters shared by the timeline and the visit views, collecting every bad one.
struct QueryParameters {
    let request: HTTPRequest
    let vocabulary: Vocabulary
    private(set) var issues: [ProblemDetails.FieldError] = []

    init(_ request: HTTPRequest, vocabulary: Vocabulary) {
        self.request = request
        self.vocabulary = vocabulary
    }

    /// A 400 naming each bad parameter, if any.
    func check(allowed: Set<String>) throws {
        var issues = self.issues
        for (name, _) in request.query where !allowed.contains(name) {
            issues.append(.init(pointer: "?\(name)", detail: "unknown parameter; known: \(allowed.sorted().joined(separator: ", "))"))
        }
        if !issues.isEmpty {
            throw HTTPError(
                .badRequest, type: "https://entente.dev/problems/bad-query", title: "Invalid query parameters",
                detail: "\(issues.count) query parameter(s) are invalid.", errors: issues)
        }
    }

    mutating func issue(_ name: String, _ detail: String) {
        issues.append(.init(pointer: "?\(name)", detail: detail))
    }

    mutating func date(_ name: String) -> PartialDate? {
        guard let text = request.queryValue(name) else { return nil }
        guard let date = PartialDate(text) else {
            issue(name, "'\(text)' is not a date YYYY, YYYY-MM or YYYY-MM-DD")
            return nil
        }
        return date
    }

    mutating func country(_ name: String) -> String? {
        guard let text = request.queryValue(name) else { return nil }
        guard let alpha2 = vocabulary.country(text) else {
            issue(name, "'\(text)' is not an ISO 3166-1 country code")
            return nil
        }
        return alpha2
    }

    /// The shared list parameters: `from`, `to`, `status`, `min_confidence`, `order`, `limit`, `cursor`.
    mutating func listQuery() -> TimelineQuery {
        var query = TimelineQuery()
        query.from = date("from")
        query.to = date("to")
        if let from = query.from, let to = query.to, to.lastDay < from.firstDay {
            issue("to", "ends before from")
        }
        if let status = request.queryValue("status") {
            if let parsed = EventStatus(rawValue: status) {
                query.status = parsed
            } else {
                issue("status", "must be one of \(EventStatus.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        if let text = request.queryValue("min_confidence") {
            if Self.isDecimal(text), let minimum = Double(text), (0...1).contains(minimum) {
                query.minConfidence = minimum
            } else {
                issue("min_confidence", "must be a decimal number from 0 to 1, such as 0.7")
            }
        }
        switch request.queryValue("order") ?? "asc" {
        case "asc": query.descending = false
        case "desc": query.descending = true
        default: issue("order", "must be asc or desc")
        }
        if let text = request.queryValue("limit") {
            if let limit = Int(text), (1...TimelineQuery.maxLimit).contains(limit) {
                query.limit = limit
            } else {
                issue("limit", "must be a whole number from 1 to \(TimelineQuery.maxLimit)")
            }
        }
        if let token = request.queryValue("cursor"), !token.isEmpty {
            if let cursor = TimelineCursor(token: token), cursor.descending == query.descending {
                query.cursor = cursor
            } else {
                issue("cursor", "is not a cursor from a previous page of this listing (in this order)")
            }
        }
        return query
    }

    /// Digits with at most one point among them ("0.7", ".5", "1"): no sign, exponent, hexadecimal or spaces, which
    /// `Double(_:)` would also read.
    static func isDecimal(_ text: String) -> Bool {
        let digits = text.utf8.filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
        let points = text.utf8.filter { $0 == UInt8(ascii: ".") }.count
        return digits > 0 && points <= 1 && digits + points == text.utf8.count
    }

    static let listParameters: Set<String> = ["from", "to", "status", "min_confidence", "order", "limit", "cursor"]
}
