import EntenteHTTP
import EntenteStore
import Logging

/// Turns what the store throws into HTTP errors for every route: its refusals (``StoreError``) into their statuses,
/// and a read stopped at the time limit (`entente serve --query-timeout`) into a `503` that says to narrow the query.
/// (Inside ``ErrorMiddleware``, which answers what is left with a `500`.)
struct StoreErrorMiddleware: HTTPMiddleware {
    func handle(
        _ request: HTTPRequest, context: RequestContext,
        next: (HTTPRequest, RequestContext) throws -> HTTPResponse
    ) throws -> HTTPResponse {
        do {
            return try next(request, context)
        } catch let error as StoreError {
            throw HTTPError(error)
        } catch let error as DatabaseError where error.isInterrupted {
            context.logger.warning("query stopped at the time limit", metadata: ["path": "\(request.rawPath)"])
            throw HTTPError(
                .serviceUnavailable, type: ProblemType.queryTimeout, title: "Query took too long",
                detail: "The query took longer than the server allows; where it takes filters, narrow it (a date range, a country, a kind).")
        }
    }
}
