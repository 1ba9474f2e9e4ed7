/// A step around the responder: it may change the request or context, call `next`, and change the response.
public protocol HTTPMiddleware: Sendable {
    func handle(
        _ request: HTTPRequest, context: RequestContext,
        next: (HTTPRequest, RequestContext) throws -> HTTPResponse
    ) throws -> HTTPResponse
}

extension Router {
    /// A responder that runs `middlewares` in order, outermost first, around this router.
    public func responder(middlewares: [any HTTPMiddleware]) -> HTTPResponder {
        let router = self
        var responder: HTTPResponder = { request, context in try router.respond(to: request, context: context) }
        for middleware in middlewares.reversed() {
            let next = responder
            responder = { request, context in try middleware.handle(request, context: context, next: next) }
        }
        return responder
    }
}
