import Logging

/// Writes one structured log line per request: method, path, status, bytes, duration and request id.
public struct AccessLogMiddleware: HTTPMiddleware {
    public let level: Logger.Level

    public init(level: Logger.Level = .info) {
        self.level = level
    }

    public func handle(
        _ request: HTTPRequest, context: RequestContext,
        next: (HTTPRequest, RequestContext) throws -> HTTPResponse
    ) throws -> HTTPResponse {
        let response: HTTPResponse
        do {
            response = try next(request, context)
        } catch {
            log(request, context: context, status: 500, bytes: 0)
            throw error
        }
        log(request, context: context, status: response.status.code, bytes: response.body.count)
        return response
    }

    private func log(_ request: HTTPRequest, context: RequestContext, status: Int, bytes: Int) {
        guard context.logger.logLevel <= level else { return }
        let elapsed = ContinuousClock.now - context.receivedAt
        let micros = elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000
        context.logger.log(
            level: level, "request",
            metadata: [
                "method": "\(request.method)",
                "path": "\(request.rawPath)",
                "status": "\(status)",
                "bytes": "\(bytes)",
                "duration_us": "\(micros)",
                "remote": "\(context.remoteAddress)",
            ])
    }
}
