import CoreMetrics

/// Counts requests by method, route and status, and times them by route (swift-metrics).
///
/// The route is the pattern that matches (`/v1/events/{id}`), looked up in the router, never the
/// raw path, so the number of series stays bounded; requests no route takes count as `unmatched`.
public struct MetricsMiddleware: HTTPMiddleware {
    let router: Router
    let factory: any MetricsFactory

    public init(router: Router, factory: any MetricsFactory = MetricsSystem.factory) {
        self.router = router
        self.factory = factory
    }

    public func handle(
        _ request: HTTPRequest, context: RequestContext,
        next: (HTTPRequest, RequestContext) throws -> HTTPResponse
    ) throws -> HTTPResponse {
        let started = ContinuousClock.now
        let response = try next(request, context)
        let elapsed = ContinuousClock.now - started
        let route: String
        if case .found(_, _, let pattern) = router.match(request.method, segments: request.pathSegments) {
            route = pattern
        } else {
            route = "unmatched"
        }
        Counter(
            label: "http_requests_total",
            dimensions: [("method", request.method.rawValue), ("route", route), ("status", String(response.status.code))],
            factory: factory
        ).increment()
        Timer(label: "http_request_duration_seconds", dimensions: [("route", route)], factory: factory)
            .recordNanoseconds(elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000)
        return response
    }
}
