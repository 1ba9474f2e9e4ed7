/// A complete HTTP request: the parsed head and the whole (de-chunked) body.
public struct HTTPRequest: Sendable {
    public var method: HTTPMethod
    /// The request target exactly as sent (`/v1/events?kind=visit`).
    public var target: String
    /// The path part of the target, still percent-encoded.
    public var rawPath: String
    /// The path segments, each percent-decoded as UTF-8 (`/a%2Fb/c` → `["a/b", "c"]`).
    public var pathSegments: [String]
    /// The query parameters in order, percent-decoded with `+` as space.
    public var query: [(name: String, value: String)]
    public var version: HTTPVersion
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// Trailer fields of a chunked body.
    public var trailers: HTTPHeaders

    public init(
        method: HTTPMethod,
        target: String,
        version: HTTPVersion = .http1_1,
        headers: HTTPHeaders = HTTPHeaders(),
        body: [UInt8] = [],
        trailers: HTTPHeaders = HTTPHeaders()
    ) throws(HTTPParseError) {
        let parts = try RequestTarget.parse(target, method: method)
        self.method = method
        self.target = target
        self.rawPath = parts.rawPath
        self.pathSegments = parts.segments
        self.query = parts.query
        self.version = version
        self.headers = headers
        self.body = body
        self.trailers = trailers
    }

    /// The decoded path (`/` joined segments).
    public var path: String { "/" + pathSegments.joined(separator: "/") }

    /// The first value of a query parameter.
    public func queryValue(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }

    /// Whether the connection stays open after this request (RFC 9112 §9.3):
    /// HTTP/1.1 unless `Connection: close`; HTTP/1.0 only with `Connection: keep-alive`.
    public var keepAlive: Bool {
        let tokens = headers.listValues("Connection")
        if tokens.contains(where: { $0.equalsCaseInsensitive("close") }) { return false }
        if version == .http1_0 { return tokens.contains { $0.equalsCaseInsensitive("keep-alive") } }
        return version.major == 1
    }
}
