import Logging

/// What a handler knows about a request beyond the request itself.
public struct RequestContext: Sendable {
    /// The id of this request, taken from `X-Request-Id` or generated; it appears in logs and problems.
    public var requestID: String
    /// Values of the route's `{parameter}` segments, percent-decoded.
    public var parameters: [String: String]
    /// A logger carrying the request id as metadata.
    public var logger: Logger
    /// The peer's address, `ip:port`.
    public var remoteAddress: String
    /// When the request's head was complete, in `ContinuousClock` time.
    public var receivedAt: ContinuousClock.Instant
    /// Who the auth hook recognised, if anyone.
    public var principal: String?
    /// The route pattern that matched (`/v1/events/{id}`), for logs and metrics.
    public var route: String?

    public init(
        requestID: String = "", logger: Logger, remoteAddress: String = "-",
        receivedAt: ContinuousClock.Instant = .now
    ) {
        self.requestID = requestID
        self.parameters = [:]
        self.logger = logger
        self.remoteAddress = remoteAddress
        self.receivedAt = receivedAt
    }

    /// The value of a path parameter the route declares.
    /// - Throws: a 500 ``HTTPError`` when the route has no such parameter (a programming error).
    public func parameter(_ name: String) throws -> String {
        guard let value = parameters[name] else {
            throw HTTPError(.internalServerError, detail: "The route has no parameter '\(name)'.")
        }
        return value
    }
}

/// Something that turns a request into a response: a router, or a router wrapped in middleware.
public typealias HTTPResponder = @Sendable (HTTPRequest, RequestContext) throws -> HTTPResponse
