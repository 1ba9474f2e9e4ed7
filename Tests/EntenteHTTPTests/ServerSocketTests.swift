#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Logging
import Prometheus
import Synchronization
import Testing
import TestSupport

@testable import EntenteHTTP

/// Behaviour only a real socket shows: keep-alive, pipelining, timeouts, limits, gzip on the wire, shutdown.
@Suite(.serialized)
struct ServerSocketTests {
    /// A router for the socket tests: echo, slow, failing and large responses.
    static func router() -> Router {
        var router = Router()
        router.get("/healthz") { _, _ in .json(text: #"{"status":"ok"}"#) }
        router.get("/echo/{word}") { request, context in .text("\(try context.parameter("word")) \(context.remoteAddress)") }
        router.post("/upload") { request, _ in
            .text("\(request.body.count):\(String(decoding: request.body, as: UTF8.self)):\(request.trailers["X-Sum"] ?? "-")")
        }
        router.get("/slow") { request, _ in
            usleep(UInt32(Int(request.queryValue("ms") ?? "300")! * 1000))
            return .text("slow done")
        }
        router.get("/big") { _, _ in .json(text: "[" + (0..<500).map { #"{"n":\#($0),"kind":"visit"}"# }.joined(separator: ",") + "]") }
        router.get("/fail") { _, _ in throw CocoaError(.fileNoSuchFile) }
        router.get("/huge") { _, _ in HTTPResponse(headers: ["Content-Type": "application/octet-stream"], body: [UInt8](repeating: 7, count: 48 << 20)) }
        return router
    }

    /// Two requests on one connection are answered on that same connection.
    @Test func keepAliveReusesConnection() throws {
        let server = try TestServer(router: Self.router())
        let client = try server.client()
        try client.send(rawRequest("GET", "/echo/one"))
        let first = try client.readResponse()
        try client.send(rawRequest("GET", "/echo/two"))
        let second = try client.readResponse()
        #expect(first.status == 200 && second.status == 200)
        #expect(first.headers["Connection"] == nil)
        let firstPeer = first.text.split(separator: " ")[1]
        #expect(first.text.hasPrefix("one "))
        #expect(second.text == "two \(firstPeer)")
        #expect(first.headers["Date"]?.hasSuffix(" GMT") == true)
    }

    /// Three pipelined requests sent in one write are answered in order.
    @Test func pipelinedRequestsAnsweredInOrder() throws {
        let server = try TestServer(router: Self.router())
        let client = try server.client()
        try client.send(rawRequest("GET", "/slow?ms=150") + rawRequest("GET", "/echo/b") + rawRequest("GET", "/echo/c", headers: [("Connection", "close")]))
        let responses = try (0..<3).map { _ in try client.readResponse() }
        #expect(responses.map(\.status) == [200, 200, 200])
        #expect(responses[0].text == "slow done")
        #expect(responses[1].text.hasPrefix("b "))
        #expect(responses[2].text.hasPrefix("c "))
        #expect(responses[2].headers["Connection"] == "close")
        #expect(client.peerClosed())
    }

    /// A chunked upload with trailers reaches the handler de-chunked.
    @Test func chunkedUpload() throws {
        let server = try TestServer(router: Self.router())
        let client = try server.client()
        try client.send("POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
        try client.send("6\r\nLavrov\r\n")
        try client.send("a;note=x\r\n in Pyongy\r\n3\r\nang\r\n0\r\nX-Sum: 42\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 200)
        #expect(response.text == "19:Lavrov in Pyongyang:42")
    }

    /// `Expect: 100-continue` gets an interim 100 before the body is sent, then the final answer.
    @Test func answersExpectContinue() throws {
        let server = try TestServer(router: Self.router())
        let client = try server.client()
        try client.send("POST /upload HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
        let interim = try client.readResponse()
        #expect(interim.status == 100)
        try client.send("hello")
        let final = try client.readResponse()
        #expect(final.status == 200)
        #expect(final.text == "5:hello:-")
    }

    /// A header block dribbled slower than the header timeout is cut off with 408 and a close.
    @Test func slowHeaderIsCutOff() throws {
        let server = try TestServer(router: Self.router()) { $0.headerTimeout = .milliseconds(800) }
        let client = try server.client()
        let started = Date()
        var sendFailed = false
        for byte in Array("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ".utf8) {
            do { try client.send([byte]) } catch { sendFailed = true; break }
            usleep(100_000)
            if Date().timeIntervalSince(started) > 3 { break }
        }
        let response = try client.readResponse()
        #expect(response.status == 408)
        #expect(response.headers["Connection"] == "close")
        #expect(client.peerClosed())
        _ = sendFailed
    }

    /// A body that stalls is cut off with 408, in the request's own HTTP version.
    @Test func stalledBodyIsCutOffInTheRequestsVersion() throws {
        let server = try TestServer(router: Self.router()) { $0.bodyTimeout = .milliseconds(500) }
        let client = try server.client(timeout: 5)
        try client.send("POST /upload HTTP/1.0\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc")
        let response = try client.readResponse()
        #expect(response.status == 408)
        #expect(response.version == "HTTP/1.0")
        #expect(client.peerClosed())
    }

    /// An idle keep-alive connection is closed after the idle timeout.
    @Test func idleConnectionIsClosed() throws {
        let server = try TestServer(router: Self.router()) { $0.idleTimeout = .milliseconds(500) }
        let client = try server.client(timeout: 5)
        try client.send(rawRequest("GET", "/healthz"))
        #expect(try client.readResponse().status == 200)
        #expect(client.peerClosed())
    }

    /// An oversized header block gets 431, and the client reads it despite having sent more.
    @Test func oversizedHeaderIs431() throws {
        let server = try TestServer(router: Self.router()) { $0.limits.maxHeaderBytes = 4096 }
        let client = try server.client()
        try client.send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: \(String(repeating: "z", count: 10_000))\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 431)
        #expect(response.headers["Content-Type"] == "application/problem+json")
        #expect(client.peerClosed())
    }

    /// A body over the limit gets 413 before the connection closes.
    @Test func oversizedBodyIs413() throws {
        let server = try TestServer(router: Self.router()) { $0.limits.maxBodyBytes = 1000 }
        let client = try server.client()
        try client.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 50000\r\n\r\n" + String(repeating: "q", count: 50_000))
        #expect(try client.readResponse().status == 413)
    }

    /// A refusal the engine makes itself carries a request id, as the application's answers do: the client's when the
    /// head was read (a body over the limit), in the header, the problem and the log line that records the refusal.
    @Test func engineRefusalCarriesTheOfferedRequestID() throws {
        let storage = CapturingLogHandler.Storage()
        let logger = Logger(label: "engine") { _ in CapturingLogHandler(storage: storage) }
        let server = try TestServer(router: Self.router(), configure: { $0.limits.maxBodyBytes = 1000 }, logger: logger)
        let client = try server.client()
        try client.send(
            "POST /upload HTTP/1.1\r\nHost: x\r\nX-Request-Id: big-1\r\nContent-Length: 50000\r\n\r\n" + String(repeating: "q", count: 50_000))
        let response = try client.readResponse()
        #expect(response.status == 413)
        #expect(response.headers["X-Request-Id"] == "big-1")
        let problem = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        #expect(problem["request_id"] as? String == "big-1")
        let refusals = storage.all.filter { $0.message == "request refused" }
        #expect(refusals.map { $0.metadata["request_id"] } == ["big-1"])
    }

    /// Before the head is whole (a header block over the limit) there is no offered id to take: the refusal gets a new one,
    /// the same in the header and the problem; an unsafe offered id is never echoed.
    @Test func engineRefusalMakesARequestIDOfItsOwn() throws {
        let server = try TestServer(router: Self.router()) { $0.limits.maxHeaderBytes = 4096 }
        let client = try server.client()
        try client.send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: \(String(repeating: "z", count: 10_000))\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 431)
        let id = try #require(response.headers["X-Request-Id"])
        #expect(id.count == 16 && id.allSatisfy(\.isHexDigit))
        let problem = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        #expect(problem["request_id"] as? String == id)

        let unsafe = try TestServer(router: Self.router()) { $0.limits.maxBodyBytes = 10 }
        let other = try unsafe.client()
        try other.send("POST /upload HTTP/1.1\r\nHost: x\r\nX-Request-Id: a b\r\nContent-Length: 500\r\n\r\n" + String(repeating: "q", count: 500))
        let refused = try other.readResponse()
        #expect(refused.status == 413)
        #expect(refused.headers["X-Request-Id"].map { $0.count == 16 && $0.allSatisfy(\.isHexDigit) } == true)
    }

    /// gzip on the wire: the compressed body decompresses to what identity encoding sends.
    @Test func gzipRoundTrip() throws {
        let server = try TestServer(router: Self.router())
        let client = try server.client()
        try client.send(rawRequest("GET", "/big", headers: [("Accept-Encoding", "gzip;q=1.0, identity;q=0.5")]))
        let gzipped = try client.readResponse()
        try client.send(rawRequest("GET", "/big"))
        let plain = try client.readResponse()
        #expect(gzipped.headers["Content-Encoding"] == "gzip")
        #expect(gzipped.headers["Vary"] == "Accept-Encoding")
        #expect(plain.headers["Content-Encoding"] == nil)
        #expect(gzipped.body.count < plain.body.count)
        #expect(try Gzip.decompress(gzipped.body) == plain.body)
    }

    /// HEAD gets GET's fields, including Content-Length, and no body; the connection stays usable.
    @Test func headHasNoBody() throws {
        let server = try TestServer(router: Self.router())
        let client = try server.client()
        try client.send(rawRequest("HEAD", "/healthz"))
        let head = try client.readResponse(isHead: true)
        #expect(head.status == 200)
        #expect(head.headers["Content-Length"] == "15")
        try client.send(rawRequest("GET", "/healthz"))
        #expect(try client.readResponse().text == #"{"status":"ok"}"#)
    }

    /// HTTP/1.0 closes after the response unless keep-alive is asked for.
    @Test func http10ClosesUnlessAsked() throws {
        let server = try TestServer(router: Self.router())
        let closing = try server.client()
        try closing.send("GET /healthz HTTP/1.0\r\n\r\n")
        let response = try closing.readResponse()
        #expect(response.version == "HTTP/1.0")
        #expect(response.headers["Connection"] == "close")
        #expect(closing.peerClosed())

        let kept = try server.client()
        try kept.send("GET /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        #expect(try kept.readResponse().headers["Connection"] == "keep-alive")
        try kept.send("GET /healthz HTTP/1.0\r\n\r\n")
        #expect(try kept.readResponse().status == 200)
    }

    /// A failing handler answers 500 with a problem document, and the server keeps serving.
    @Test func failingHandlerDoesNotCrash() throws {
        let server = try TestServer(router: Self.router())
        let client = try server.client()
        try client.send(rawRequest("GET", "/fail", headers: [("X-Request-Id", "req-77")]))
        let response = try client.readResponse()
        #expect(response.status == 500)
        #expect(response.text.contains("req-77"))
        try client.send(rawRequest("GET", "/healthz"))
        #expect(try client.readResponse().status == 200)
    }

    /// A slow handler does not hold up another connection.
    @Test func slowHandlerDoesNotStallOthers() throws {
        let server = try TestServer(router: Self.router())
        let slow = try server.client()
        try slow.send(rawRequest("GET", "/slow?ms=2000"))
        usleep(100_000)
        let fast = try server.client()
        try fast.send(rawRequest("GET", "/healthz"))
        #expect(try fast.readResponse().status == 200)
        // The slow one is still in flight: nothing has arrived on it yet.
        var pending = 0
        #expect(ioctl(slow.fd, UInt(FIONREAD), &pending) == 0 && pending == 0)
        #expect(try slow.readResponse().text == "slow done")
    }

    /// 200 clients connected at once are all answered.
    @Test func servesTwoHundredConcurrentClients() throws {
        let server = try TestServer(router: Self.router())
        let clients = try (0..<200).map { _ in try server.client() }
        for (index, client) in clients.enumerated() { try client.send(rawRequest("GET", "/echo/c\(index)")) }
        for (index, client) in clients.enumerated() {
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.text.hasPrefix("c\(index) "))
        }
    }

    /// Beyond the connection limit a new connection gets 503 and is closed.
    @Test func refusesBeyondConnectionLimit() throws {
        let server = try TestServer(router: Self.router()) { $0.maxConnections = 2 }
        let first = try server.client()
        let second = try server.client()
        try first.send(rawRequest("GET", "/healthz"))
        #expect(try first.readResponse().status == 200)
        try second.send(rawRequest("GET", "/healthz"))
        #expect(try second.readResponse().status == 200)
        let third = try server.client()
        let refused = try third.readResponse()
        #expect(refused.status == 503)
        #expect(refused.headers["Retry-After"] == "1")
        let problem = try #require(try JSONSerialization.jsonObject(with: Data(refused.body)) as? [String: Any])
        #expect(problem["request_id"] as? String == refused.headers["X-Request-Id"])
        #expect(refused.headers["X-Request-Id"] != nil)
    }

    /// A peer that stops reading is dropped after the write timeout; the server keeps serving others.
    @Test func stalledWriteIsCutOff() throws {
        let server = try TestServer(router: Self.router()) { $0.writeTimeout = .milliseconds(800) }
        let stalled = try server.client(timeout: 10)
        try stalled.send(rawRequest("GET", "/huge"))
        usleep(2_500_000)  // not reading: the server's sends stall, then time out
        let other = try server.client()
        try other.send(rawRequest("GET", "/healthz"))
        #expect(try other.readResponse().status == 200)
        let received = try stalled.readToEnd()
        #expect(received.count > 0)
        #expect(received.count < 48 << 20, "the whole body arrived: the write was not cut off")
    }

    /// The engine reports its open connections as a gauge.
    @Test func reportsOpenConnections() throws {
        let registry = PrometheusCollectorRegistry()
        let server = try TestServer(router: Self.router(), metrics: PrometheusMetricsFactory(registry: registry))
        func gauge() -> String? {
            registry.emitToString().split(separator: "\n").first { $0.hasPrefix("http_open_connections ") }.map(String.init)
        }
        var clients = try (0..<3).map { _ in try server.client() }
        for client in clients {
            try client.send(rawRequest("GET", "/healthz"))
            _ = try client.readResponse()
        }
        #expect(gauge() == "http_open_connections 3.0")
        clients.removeFirst(2)  // their sockets close
        let deadline = Date().addingTimeInterval(5)
        while gauge() != "http_open_connections 1.0" && Date() < deadline { usleep(20_000) }
        #expect(gauge() == "http_open_connections 1.0")
        #expect(clients.count == 1)
    }

    /// One structured access-log line per request: method, path, status, bytes, duration, request id.
    @Test func writesOneAccessLogLinePerRequest() throws {
        let storage = CapturingLogHandler.Storage()
        let logger = Logger(label: "access") { _ in CapturingLogHandler(storage: storage) }
        let server = try TestServer(
            router: Self.router(), middlewares: [RequestIDMiddleware(), AccessLogMiddleware(), ErrorMiddleware()], logger: logger)
        let client = try server.client()
        try client.send(rawRequest("GET", "/echo/hi", headers: [("X-Request-Id", "log-1")]))
        let response = try client.readResponse()
        try client.send(rawRequest("GET", "/missing"))
        _ = try client.readResponse()
        let lines = storage.all.filter { $0.message == "request" }
        #expect(lines.count == 2)
        let first = try #require(lines.first)
        #expect(first.level == .info)
        #expect(first.metadata["method"] == "GET")
        #expect(first.metadata["path"] == "/echo/hi")
        #expect(first.metadata["status"] == "200")
        #expect(first.metadata["bytes"] == String(response.body.count))
        #expect(first.metadata["request_id"] == "log-1")
        #expect(Int(first.metadata["duration_us"] ?? "") != nil)
        #expect(lines.last?.metadata["status"] == "404")
    }

    /// Shutdown finishes the in-flight slow request, closes idle connections and refuses new ones.
    @Test func gracefulShutdownCompletesInFlightRequest() throws {
        let server = try TestServer(router: Self.router())
        let idle = try server.client()
        try idle.send(rawRequest("GET", "/healthz"))
        #expect(try idle.readResponse().status == 200)
        let busy = try server.client()
        try busy.send(rawRequest("GET", "/slow?ms=700"))
        usleep(150_000)
        server.server.shutdown()
        #expect(idle.peerClosed())
        let response = try busy.readResponse()
        #expect(response.status == 200)
        #expect(response.text == "slow done")
        #expect(response.headers["Connection"] == "close")
        server.server.waitUntilStopped()
        #expect(throws: TestClient.Failure.self) { try TestClient(port: server.port) }
    }
}

/// Streamed bodies: chunked framing, back-pressure, HTTP/1.0 close-delimited, and a client that leaves.
@Suite(.serialized)
struct StreamingTests {
    static func router(produced: Counter? = nil) -> Router {
        var router = Router()
        router.get("/stream/{count}") { _, context in
            let count = Int(try context.parameter("count")) ?? 0
            var response = HTTPResponse(headers: ["Content-Type": "application/x-ndjson"])
            response.stream = { writer in
                for index in 0..<count {
                    try writer.write("{\"n\":\(index),\"pad\":\"\(String(repeating: "x", count: 1000))\"}\n")
                    produced?.add(1)
                }
            }
            return response
        }
        router.get("/after") { _, _ in .text("after") }
        return router
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func add(_ amount: Int) { lock.withLock { value += amount } }
        var current: Int { lock.withLock { value } }
    }

    /// A streamed body arrives chunked, whole and in order, and the connection is reused after it.
    @Test func chunkedStreamArrivesWhole() throws {
        let server = try TestServer(router: Self.router())
        let client = try server.client()
        try client.send(rawRequest("GET", "/stream/300"))
        let response = try client.readResponse()
        #expect(response.status == 200)
        #expect(response.headers["Transfer-Encoding"] == "chunked")
        #expect(response.headers["Content-Length"] == nil)
        let lines = String(decoding: response.body, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 300)
        #expect(lines.last?.hasPrefix("{\"n\":299,") == true)
        try client.send(rawRequest("GET", "/after"))
        #expect(try client.readResponse().text == "after")
    }

    /// HTTP/1.0 gets the body unframed, ended by closing the connection.
    @Test func http10StreamIsCloseDelimited() throws {
        let server = try TestServer(router: Self.router())
        let client = try server.client()
        try client.send("GET /stream/50 HTTP/1.0\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.headers["Transfer-Encoding"] == nil)
        #expect(response.headers["Connection"] == "close")
        #expect(String(decoding: response.body, as: UTF8.self).split(separator: "\n").count == 50)
    }

    /// A reader that stops holds the producer back (bounded memory); when it leaves, the producer stops.
    @Test func slowReaderHoldsBackTheProducer() throws {
        let produced = Counter()
        let server = try TestServer(router: Self.router(produced: produced))
        var clients = [try server.client()]
        try clients[0].send(rawRequest("GET", "/stream/100000"))
        usleep(800_000)
        let stalledAt = produced.current
        // ~1 KB lines: far fewer than 100,000 can be produced while nobody reads.
        #expect(stalledAt < 20_000, "producer ran ahead: \(stalledAt) lines")
        clients.removeAll()  // the client goes away
        usleep(500_000)
        let afterClose = produced.current
        usleep(300_000)
        #expect(produced.current == afterClose, "the producer kept going after the client left")
        #expect(afterClose < 100_000)
        let other = try server.client()
        try other.send(rawRequest("GET", "/after"))
        #expect(try other.readResponse().text == "after")
    }
}
