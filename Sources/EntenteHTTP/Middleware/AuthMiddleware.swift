/// Recognises who sent a request, from its credentials.
public protocol RequestAuthenticator: Sendable {
    /// The principal the request authenticates as, or `nil` when it carries no valid credentials.
    func authenticate(_ request: HTTPRequest) throws -> String?
}

/// The auth hook: asks an authenticator who the caller is, records it in the context, and answers
/// `401` with a `WWW-Authenticate` challenge when the request needs a principal and has none.
public struct AuthMiddleware: HTTPMiddleware {
    public let authenticator: any RequestAuthenticator
    public let realm: String
    /// Whether a request must be authenticated; by default, every method other than GET and HEAD.
    public let isRequired: @Sendable (HTTPRequest) -> Bool

    public init(
        authenticator: any RequestAuthenticator, realm: String = "entente",
        isRequired: @escaping @Sendable (HTTPRequest) -> Bool = { $0.method != .get && $0.method != .head }
    ) {
        self.authenticator = authenticator
        self.realm = realm
        self.isRequired = isRequired
    }

    public func handle(
        _ request: HTTPRequest, context: RequestContext,
        next: (HTTPRequest, RequestContext) throws -> HTTPResponse
    ) throws -> HTTPResponse {
        var context = context
        context.principal = try authenticator.authenticate(request)
        if context.principal == nil && isRequired(request) {
            let hasCredentials = request.headers.contains("Authorization")
            throw HTTPError(
                .unauthorized,
                detail: hasCredentials ? "The bearer token is not valid." : "This request needs 'Authorization: Bearer TOKEN'.",
                headers: ["WWW-Authenticate": hasCredentials ? "Bearer realm=\"\(realm)\", error=\"invalid_token\"" : "Bearer realm=\"\(realm)\""])
        }
        return try next(request, context)
    }
}
