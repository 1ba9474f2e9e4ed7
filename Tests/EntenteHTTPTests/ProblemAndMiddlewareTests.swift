import Foundation
import Logging
import Testing

@testable import EntenteHTTP

struct ProblemAndMiddlewareTests {
    struct Boom: Error {}

    private func run(
        _ request: HTTPRequest, middlewares: [any HTTPMiddleware] = [RequestIDMiddleware(), CompressionMiddleware(), ErrorMiddleware()],
        configure: (inout Router) -> Void
    ) throws -> HTTPResponse {
        var router = Router()
        configure(&router)
        return try router.responder(middlewares: middlewares)(request, RequestContext(logger: Logger(label: "test")))
    }

    private func json(_ response: HTTPResponse) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
    }

    /// A problem document carries type, title, status, detail and extension members, as valid JSON.
    @Test func problemDocumentIsRFC9457() throws {
        let problem = ProblemDetails(
            type: "https://entente.dev/problems/validation", title: "Invalid event", status: 422,
            detail: "Two fields are wrong: \"start\" and \\end.\n", instance: "/v1/events", requestID: "r1",
            errors: [.init(pointer: "/start", detail: "not a date")], extensions: ["hint": "see docs"])
        let response = problem.response()
        #expect(response.status.code == 422)
        #expect(response.headers["Content-Type"] == "application/problem+json")
        let object = try json(response)
        #expect(object["type"] as? String == "https://entente.dev/problems/validation")
        #expect(object["title"] as? String == "Invalid event")
        #expect(object["status"] as? Int == 422)
        #expect(object["detail"] as? String == "Two fields are wrong: \"start\" and \\end.\n")
        #expect(object["request_id"] as? String == "r1")
        #expect(object["hint"] as? String == "see docs")
        let errors = try #require(object["errors"] as? [[String: String]])
        #expect(errors == [["pointer": "/start", "detail": "not a date"]])
    }

    /// A handler throwing an unexpected error yields a 500 problem naming the request id.
    @Test func unexpectedErrorBecomes500WithRequestID() throws {
        let request = try HTTPRequest(method: .get, target: "/boom", headers: ["Host": "x", "X-Request-Id": "abc-123"])
        let response = try run(request) { $0.get("/boom") { _, _ in throw Boom() } }
        #expect(response.status == .internalServerError)
        #expect(response.headers["X-Request-Id"] == "abc-123")
        let object = try json(response)
        #expect(object["request_id"] as? String == "abc-123")
        #expect((object["detail"] as? String)?.contains("abc-123") == true)
    }

    /// An HTTPError keeps its status and adds its headers.
    @Test func httpErrorKeepsStatusAndHeaders() throws {
        let request = try HTTPRequest(method: .get, target: "/x", headers: ["Host": "x"])
        let response = try run(request) {
            $0.get("/x") { _, _ in throw HTTPError(.tooManyRequests, detail: "slow down", headers: ["Retry-After": "5"]) }
        }
        #expect(response.status.code == 429)
        #expect(response.headers["Retry-After"] == "5")
        #expect(try json(response)["detail"] as? String == "slow down")
    }

    /// A sane X-Request-Id is echoed; a missing or hostile one is replaced by a generated id.
    @Test(arguments: [("abc-123", true), ("a b", false), ("x\u{7F}", false), (String(repeating: "a", count: 129), false)])
    func requestIDIsEchoedOnlyWhenSane(offered: String, kept: Bool) throws {
        let request = try HTTPRequest(method: .get, target: "/x", headers: ["Host": "x", "X-Request-Id": offered])
        let response = try run(request) { $0.get("/x") { _, context in .text(context.requestID) } }
        let id = try #require(response.headers["X-Request-Id"])
        #expect(String(decoding: response.body, as: UTF8.self) == id)
        #expect((id == offered) == kept)
        if !kept { #expect(id.count == 16) }
    }

    /// Accept-Encoding q-values decide whether gzip is acceptable.
    @Test(arguments: [
        ("gzip", true), ("gzip;q=0", false), ("GZIP;Q=0.5", true), ("br, gzip;q=0.001", true), ("identity", false),
        ("*", true), ("*;q=0", false), ("*, gzip;q=0", false), ("x-gzip", true), ("", false), ("deflate, br", false),
    ])
    func acceptEncodingHonoursQValues(header: String, accepted: Bool) {
        var headers = HTTPHeaders()
        if !header.isEmpty { headers.add(name: "Accept-Encoding", value: header) }
        #expect(AcceptEncoding.acceptsGzip(headers) == accepted)
    }

    /// Large textual bodies are gzipped when accepted (and decompress to the original); small ones are not.
    @Test func compressesWhenWorthIt() throws {
        let big = String(repeating: #"{"kind":"visit","title":"Lavrov in Pyongyang"},"#, count: 100)
        func get(_ body: String, acceptEncoding: String?) throws -> HTTPResponse {
            var headers: HTTPHeaders = ["Host": "x"]
            if let acceptEncoding { headers.add(name: "Accept-Encoding", value: acceptEncoding) }
            let request = try HTTPRequest(method: .get, target: "/x", headers: headers)
            return try run(request) { $0.get("/x") { _, _ in .json(text: body) } }
        }
        let compressed = try get(big, acceptEncoding: "gzip, deflate")
        #expect(compressed.headers["Content-Encoding"] == "gzip")
        #expect(compressed.headers["Vary"] == "Accept-Encoding")
        #expect(compressed.body.count < big.utf8.count / 5)
        #expect(try Gzip.decompress(compressed.body) == Array(big.utf8))

        let identity = try get(big, acceptEncoding: nil)
        #expect(identity.headers["Content-Encoding"] == nil)
        #expect(identity.headers["Vary"] == "Accept-Encoding")
        #expect(identity.body == Array(big.utf8))

        let small = try get(#"{"status":"ok"}"#, acceptEncoding: "gzip")
        #expect(small.headers["Content-Encoding"] == nil)
    }

    /// Body tags are stable, and change with any byte (in a full word, in the tail) or with the length.
    @Test func etagsFollowTheBody() {
        let body = Array(#"{"events":[{"id":"evt_1","version":1}],"next_cursor":null}"#.utf8)
        let tag = ConditionalRequestMiddleware.etag(for: body)
        #expect(tag == ConditionalRequestMiddleware.etag(for: body))
        #expect(tag.hasPrefix("\"") && tag.count == 18)
        var tags: Set<String> = [tag, ConditionalRequestMiddleware.etag(for: body + [0])]
        for index in [0, 7, 8, 30, body.count - 1] {
            var changed = body
            changed[index] ^= 1
            tags.insert(ConditionalRequestMiddleware.etag(for: changed))
        }
        #expect(tags.count == 7)
        #expect(ConditionalRequestMiddleware.matches("W/\"abc\", \"def-gzip\"", etag: "\"def\""))
        #expect(!ConditionalRequestMiddleware.matches("\"abc\"", etag: "\"def\""))
    }

    /// The auth hook challenges unauthenticated writes and lets reads through.
    @Test func authHookChallengesWrites() throws {
        struct Tokens: RequestAuthenticator {
            func authenticate(_ request: HTTPRequest) throws -> String? {
                request.headers["Authorization"] == "Bearer good" ? "alice" : nil
            }
        }
        let chain: [any HTTPMiddleware] = [ErrorMiddleware(), AuthMiddleware(authenticator: Tokens())]
        func send(_ method: HTTPMethod, authorization: String?) throws -> HTTPResponse {
            var headers: HTTPHeaders = ["Host": "x"]
            if let authorization { headers.add(name: "Authorization", value: authorization) }
            return try run(try HTTPRequest(method: method, target: "/x", headers: headers), middlewares: chain) {
                $0.get("/x") { _, context in .text(context.principal ?? "anonymous") }
                $0.post("/x") { _, context in .text(context.principal ?? "anonymous") }
            }
        }
        #expect(try send(.get, authorization: nil).status == .ok)
        let missing = try send(.post, authorization: nil)
        #expect(missing.status == .unauthorized)
        #expect(missing.headers["WWW-Authenticate"] == #"Bearer realm="entente""#)
        #expect(try send(.post, authorization: "Bearer bad").headers["WWW-Authenticate"]?.contains("invalid_token") == true)
        #expect(String(decoding: try send(.post, authorization: "Bearer good").body, as: UTF8.self) == "alice")
    }
}
