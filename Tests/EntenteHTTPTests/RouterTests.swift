import Logging
import Testing

@testable import EntenteHTTP

struct RouterTests {
    private func makeRouter() -> Router {
        var router = Router()
        router.get("/v1/events") { _, _ in .text("list") }
        router.post("/v1/events") { _, _ in .text("create") }
        router.get("/v1/events/{id}") { _, context in .text("event \(try context.parameter("id"))") }
        router.patch("/v1/events/{id}") { _, _ in .text("patch") }
        router.get("/v1/events/{id}/history") { _, context in .text("history \(try context.parameter("id"))") }
        router.get("/v1/events/latest") { _, _ in .text("latest") }
        router.get("/") { _, _ in .text("root") }
        return router
    }

    private func respond(_ method: HTTPMethod, _ target: String) throws -> HTTPResponse {
        let request = try HTTPRequest(method: method, target: target, headers: ["Host": "x"])
        return try makeRouter().respond(to: request, context: RequestContext(logger: Logger(label: "test")))
    }

    /// Literal routes, parameters and nested parameters reach their handlers.
    @Test(arguments: [
        ("/v1/events", "list"), ("/v1/events/abc", "event abc"), ("/v1/events/abc/history", "history abc"),
        ("/v1/events/latest", "latest"), ("/", "root"), ("/v1/events/a%2Fb", "event a/b"),
        ("/v1/events/Pyongyang%202018", "event Pyongyang 2018"),
    ])
    func routesToHandler(target: String, body: String) throws {
        #expect(String(decoding: try respond(.get, target).body, as: UTF8.self) == body)
    }

    /// A path that matches nothing is a 404.
    @Test(arguments: ["/v1", "/v1/events/abc/nope", "/v1/events/", "/v2/events", "/v1/events//history"])
    func unknownPathIs404(target: String) throws {
        #expect(throws: HTTPError.self) { try respond(.get, target) }
        do { _ = try respond(.get, target) } catch let error as HTTPError { #expect(error.status == .notFound) }
    }

    /// A known path with another method is a 405 listing the allowed methods (HEAD with GET).
    @Test func wrongMethodIs405WithAllow() throws {
        do {
            _ = try respond(.delete, "/v1/events/abc")
            Issue.record("expected a 405")
        } catch let error as HTTPError {
            #expect(error.status == .methodNotAllowed)
            #expect(error.headers["Allow"] == "GET, HEAD, PATCH")
        }
    }

    /// HEAD is answered by the GET handler.
    @Test func headFallsBackToGet() throws {
        #expect(String(decoding: try respond(.head, "/v1/events").body, as: UTF8.self) == "list")
    }

    /// The route pattern that matched is recorded for logs and metrics.
    @Test func recordsMatchedPattern() throws {
        guard case .found(_, let parameters, let pattern) = makeRouter().match(.get, segments: ["v1", "events", "x1"]) else {
            Issue.record("no match")
            return
        }
        #expect(pattern == "/v1/events/{id}")
        #expect(parameters == ["id": "x1"])
        #expect(makeRouter().routes.count == 7)
    }
}
