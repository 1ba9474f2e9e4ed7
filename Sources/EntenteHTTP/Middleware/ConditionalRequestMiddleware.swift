/// Gives every successful GET and HEAD response an `ETag` (a hash of its body, unless the handler set
/// one) and answers `If-None-Match` with `304 Not Modified` when a tag matches (RFC 9110 §13.1.2).
///
/// Runs inside ``CompressionMiddleware``, so tags name the identity body; the gzip variant's
/// `-gzip` suffix is ignored when comparing.
public struct ConditionalRequestMiddleware: HTTPMiddleware {
    public init() {}

    public func handle(
        _ request: HTTPRequest, context: RequestContext,
        next: (HTTPRequest, RequestContext) throws -> HTTPResponse
    ) throws -> HTTPResponse {
        var response = try next(request, context)
        guard request.method == .get || request.method == .head, response.status == .ok else { return response }
        let etag = response.headers["ETag"] ?? Self.etag(for: response.body)
        response.headers["ETag"] = etag
        if let condition = request.headers.first("If-None-Match"), Self.matches(condition, etag: etag) {
            var notModified = HTTPResponse(status: .notModified)
            for name in ["ETag", "Cache-Control", "Vary", "Content-Location"] {
                if let value = response.headers[name] { notModified.headers.add(name: name, value: value) }
            }
            return notModified
        }
        return response
    }

    /// A strong tag from the FNV-1a hash of the body.
    public static func etag(for body: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in body {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "\"" + String(repeating: "0", count: 16 - hex.count) + hex + "\""
    }

    /// Whether an `If-None-Match` (or `If-Match`) list names `etag`, comparing weakly (RFC 9110 §8.8.3.2).
    public static func matches(_ condition: String, etag: String) -> Bool {
        if condition.trimmingOWS() == "*" { return true }
        let wanted = normalize(etag)
        return condition.split(separator: ",").contains { normalize(String($0.trimmingOWS())) == wanted }
    }

    /// The tag's opaque part without `W/` and without the gzip variant's suffix.
    static func normalize(_ tag: String) -> String {
        var tag = Substring(tag)
        if tag.hasPrefix("W/") { tag = tag.dropFirst(2) }
        if tag.hasSuffix("-gzip\"") { tag = tag.dropLast(6) + "\"" }
        return String(tag)
    }
}
