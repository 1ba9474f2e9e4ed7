/// An error a handler throws to answer with a problem document (RFC 9457).
///
/// ```swift
/// throw HTTPError(.notFound, detail: "No event with id \(id).")
/// ```
public struct HTTPError: Error, Sendable, CustomStringConvertible {
    public var status: HTTPStatus
    /// A URI naming the problem type; `about:blank` means "see the status code".
    public var type: String
    public var title: String
    public var detail: String?
    /// Extra header fields for the response (`Allow`, `WWW-Authenticate`, `Retry-After`, …).
    public var headers: HTTPHeaders
    /// Per-field problems of a request body or query (`422`).
    public var errors: [ProblemDetails.FieldError]
    /// Extension members added to the problem document, as strings.
    public var extensions: [String: String]

    public init(
        _ status: HTTPStatus,
        type: String = "about:blank",
        title: String? = nil,
        detail: String? = nil,
        headers: HTTPHeaders = HTTPHeaders(),
        errors: [ProblemDetails.FieldError] = [],
        extensions: [String: String] = [:]
    ) {
        self.status = status
        self.type = type
        self.title = title ?? status.reasonPhrase
        self.detail = detail
        self.headers = headers
        self.errors = errors
        self.extensions = extensions
    }

    public var description: String { "\(status.code) \(title)" + (detail.map { ": \($0)" } ?? "") }

    /// The problem document this error answers with.
    public func problem(requestID: String?, instance: String? = nil) -> ProblemDetails {
        ProblemDetails(
            type: type, title: title, status: status.code, detail: detail, instance: instance,
            requestID: requestID, errors: errors, extensions: extensions)
    }

    /// The complete response: problem document plus this error's headers.
    public func response(requestID: String?, instance: String? = nil) -> HTTPResponse {
        var response = problem(requestID: requestID, instance: instance).response()
        for field in headers { response.headers.add(name: field.name, value: field.value) }
        return response
    }
}
