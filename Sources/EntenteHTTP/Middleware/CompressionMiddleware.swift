/// Compresses responses with gzip when the client accepts it and the body is worth it.
///
/// A response is a candidate when its type is textual (text, JSON, XML, JavaScript, CSV,
/// calendar) and its body has at least `minimumSize` bytes; candidates always carry
/// `Vary: Accept-Encoding`, compressed or not, so caches keep the two apart.
public struct CompressionMiddleware: HTTPMiddleware {
    public let minimumSize: Int
    public let level: Int32

    public init(minimumSize: Int = 1024, level: Int32 = 6) {
        self.minimumSize = minimumSize
        self.level = level
    }

    public func handle(
        _ request: HTTPRequest, context: RequestContext,
        next: (HTTPRequest, RequestContext) throws -> HTTPResponse
    ) throws -> HTTPResponse {
        var response = try next(request, context)
        guard response.status.allowsBody, response.body.count >= minimumSize,
            !response.headers.contains("Content-Encoding"),
            Self.isCompressible(response.headers.first("Content-Type"))
        else { return response }
        if !response.headers.listValues("Vary").contains(where: { $0.equalsCaseInsensitive("Accept-Encoding") }) {
            response.headers.add(name: "Vary", value: "Accept-Encoding")
        }
        guard AcceptEncoding.acceptsGzip(request.headers),
            let compressed = try? Gzip.compress(response.body, level: level),
            compressed.count < response.body.count
        else { return response }
        response.body = compressed
        response.headers.add(name: "Content-Encoding", value: "gzip")
        if let etag = response.headers.first("ETag"), etag.hasSuffix("\"") {
            // A strong validator names one representation; the gzip one gets its own (RFC 9110 §8.8.3).
            response.headers["ETag"] = String(etag.dropLast()) + "-gzip\""
        }
        return response
    }

    static func isCompressible(_ contentType: String?) -> Bool {
        guard let type = contentType?.split(separator: ";").first?.trimmingOWS().lowercased() else { return false }
        return type.hasPrefix("text/") || type.hasSuffix("json") || type.hasSuffix("xml")
            || type == "application/javascript" || type == "application/x-ndjson"
    }
}
