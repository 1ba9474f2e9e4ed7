import Logging

/// Maps thrown errors to problem documents: an ``HTTPError`` to its status, anything else to a
/// `500` naming the request id (and logged), so a failing handler never takes the server down.
public struct ErrorMiddleware: HTTPMiddleware {
    public init() {}

    public func handle(
        _ request: HTTPRequest, context: RequestContext,
        next: (HTTPRequest, RequestContext) throws -> HTTPResponse
    ) throws -> HTTPResponse {
        do {
            return try next(request, context)
        } catch let error as HTTPError {
            return error.response(requestID: context.requestID, instance: request.rawPath)
        } catch let error as HTTPParseError {
            return HTTPError(error.status, detail: error.detail).response(requestID: context.requestID, instance: request.rawPath)
        } catch {
            return Self.internalError(error, request: request, context: context)
        }
    }

    /// The `500` answer for an unexpected error, logged with the request id.
    public static func internalError(_ error: any Error, request: HTTPRequest, context: RequestContext) -> HTTPResponse {
        context.logger.error(
            "handler failed", metadata: ["error": "\(String(reflecting: error))", "path": "\(request.rawPath)"])
        return HTTPError(
            .internalServerError,
            detail: "The server failed to answer this request; quote request id \(context.requestID) when reporting it."
        ).response(requestID: context.requestID, instance: request.rawPath)
    }
}
