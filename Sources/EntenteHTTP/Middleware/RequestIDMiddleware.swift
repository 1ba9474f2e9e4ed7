import Logging

/// Takes the request id from `X-Request-Id` when it is sane, or makes one, and echoes it on the response.
public struct RequestIDMiddleware: HTTPMiddleware {
    public static let headerName = "X-Request-Id"

    public init() {}

    public func handle(
        _ request: HTTPRequest, context: RequestContext,
        next: (HTTPRequest, RequestContext) throws -> HTTPResponse
    ) throws -> HTTPResponse {
        var context = context
        context.requestID = Self.requestID(offeredIn: request.headers)
        context.logger[metadataKey: "request_id"] = "\(context.requestID)"
        var response = try next(request, context)
        response.headers.replaceOrAdd(name: Self.headerName, value: context.requestID)
        return response
    }

    /// The id of a request: the one the client offered in `X-Request-Id` when it is sane, else a new one. (`nil` headers: the
    /// head was never read; the engine's own refusals ask too.)
    static func requestID(offeredIn headers: HTTPHeaders?) -> String {
        if let offered = headers?.first(headerName), isAcceptable(offered) { return offered }
        return generate()
    }

    /// 1–128 characters of letters, digits and `-._:`; anything else could forge log lines.
    static func isAcceptable(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= 128
            && id.utf8.allSatisfy { byte in
                (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
                    || byte == UInt8(ascii: ":")
            }
    }

    /// 16 random hexadecimal digits.
    static func generate() -> String {
        let hex = String(UInt64.random(in: .min ... .max), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
