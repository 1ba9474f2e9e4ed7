import EntenteJSON

/// A problem document (RFC 9457), served as `application/problem+json`.
public struct ProblemDetails: Sendable, Equatable {
    /// One problem with one field of the input, located by a JSON Pointer (RFC 6901)
    /// into the body or by the name of a query parameter.
    public struct FieldError: Sendable, Equatable {
        public var pointer: String
        public var detail: String

        public init(pointer: String, detail: String) {
            self.pointer = pointer
            self.detail = detail
        }
    }

    public var type: String
    public var title: String
    public var status: Int
    public var detail: String?
    public var instance: String?
    public var requestID: String?
    public var errors: [FieldError]
    public var extensions: [String: String]

    public init(
        type: String = "about:blank", title: String, status: Int, detail: String? = nil,
        instance: String? = nil, requestID: String? = nil, errors: [FieldError] = [],
        extensions: [String: String] = [:]
    ) {
        self.type = type
        self.title = title
        self.status = status
        self.detail = detail
        self.instance = instance
        self.requestID = requestID
        self.errors = errors
        self.extensions = extensions
    }

    /// The media type of problem documents.
    public static let mediaType = "application/problem+json"

    /// The JSON text of the document, members in a fixed order.
    public var json: String {
        var writer = JSONTextWriter()
        writer.beginObject()
        writer.member("type", type)
        writer.member("title", title)
        writer.member("status", status)
        if let detail { writer.member("detail", detail) }
        if let instance { writer.member("instance", instance) }
        if let requestID { writer.member("request_id", requestID) }
        if !errors.isEmpty {
            writer.key("errors")
            writer.beginArray()
            for error in errors {
                writer.beginObject()
                writer.member("pointer", error.pointer)
                writer.member("detail", error.detail)
                writer.endObject()
            }
            writer.endArray()
        }
        for (name, value) in extensions.sorted(by: { $0.key < $1.key }) { writer.member(name, value) }
        writer.endObject()
        return writer.text
    }

    /// An HTTP response carrying this document.
    public func response() -> HTTPResponse {
        HTTPResponse(
            status: HTTPStatus(code: status),
            headers: ["Content-Type": ProblemDetails.mediaType],
            body: Array(json.utf8))
    }
}
