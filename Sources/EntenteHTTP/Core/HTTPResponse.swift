import Foundation

/// An HTTP response: status, header fields and a body held in memory.
///
/// The engine adds `Date`, `Content-Length` and `Connection` when it writes the response.
public struct HTTPResponse: Sendable {
    public var status: HTTPStatus
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// A body produced while it is sent (chunked in HTTP/1.1), for answers too large to hold;
    /// when set, `body` is ignored. It runs on the handler thread after the head is sent.
    public var stream: (@Sendable (BodyWriter) throws -> Void)?

    public init(status: HTTPStatus = .ok, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A response whose body is already-encoded JSON.
    public static func json(_ body: [UInt8], status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": "application/json"], body: body)
    }

    /// A response whose body is a JSON string literal or already-encoded JSON text.
    public static func json(text: String, status: HTTPStatus = .ok) -> HTTPResponse {
        json(Array(text.utf8) as [UInt8], status: status)
    }

    /// A response encoding a value with `JSONEncoder` (snake_case keys are the caller's choice).
    public static func json(
        encoding value: some Encodable,
        status: HTTPStatus = .ok,
        encoder: JSONEncoder = JSONEncoder()
    ) throws -> HTTPResponse {
        json(Array(try encoder.encode(value)) as [UInt8], status: status)
    }

    /// A plain-text response in UTF-8.
    public static func text(_ text: String, status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": "text/plain; charset=utf-8"], body: Array(text.utf8))
    }
}
