/// Why a request could not be read; each maps to the status the engine answers with
/// before it closes the connection.
public struct HTTPParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// Malformed syntax or framing (400).
        case malformed
        /// The request line is longer than the limit (414).
        case requestLineTooLong
        /// The header block or field count exceeds its limit (431).
        case headerTooLarge
        /// The body exceeds the limit (413).
        case bodyTooLarge
        /// A transfer coding other than `chunked` (501).
        case unsupportedTransferCoding
        /// A protocol version other than HTTP/1.x (505).
        case unsupportedVersion
        /// An `Expect` value other than `100-continue` (417).
        case unsupportedExpectation
    }

    public var kind: Kind
    /// A sentence for the problem document's `detail`.
    public var detail: String

    public init(_ kind: Kind, _ detail: String) {
        self.kind = kind
        self.detail = detail
    }

    /// The status this error is answered with.
    public var status: HTTPStatus {
        switch kind {
        case .malformed: .badRequest
        case .requestLineTooLong: .uriTooLong
        case .headerTooLarge: .requestHeaderFieldsTooLarge
        case .bodyTooLarge: .contentTooLarge
        case .unsupportedTransferCoding: .notImplemented
        case .unsupportedVersion: .httpVersionNotSupported
        case .unsupportedExpectation: .expectationFailed
        }
    }

    public var description: String { "\(status.code): \(detail)" }

    static func malformed(_ detail: String) -> HTTPParseError { HTTPParseError(.malformed, detail) }
}
