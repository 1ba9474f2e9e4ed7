import Testing

@testable import EntenteHTTP
import TestSupport

struct HTTPRequestParserTests {
    /// A simple GET yields its method, target, version and fields, repeated fields in order.
    @Test func parsesRequestLineAndOrderedFields() throws {
        let requests = try parse("GET /v1/events?kind=visit HTTP/1.1\r\nHost: x\r\nAccept: a\r\nX-Tag: one\r\nx-tag: two\r\n\r\n").get()
        #expect(requests.count == 1)
        let request = try #require(requests.first)
        #expect(request.method == .get)
        #expect(request.target == "/v1/events?kind=visit")
        #expect(request.version == .http1_1)
        #expect(request.headers.values("X-TAG") == ["one", "two"])
        #expect(request.headers.fields.map(\.name) == ["Host", "Accept", "X-Tag", "x-tag"])
        #expect(request.queryValue("kind") == "visit")
        #expect(request.body.isEmpty)
    }

    /// A head whose lines end in LF alone is refused at its first line, not left waiting for a CRLF CRLF its client never
    /// sends (it was answered 408 after the header timeout); a CR and its LF split between reads are still a line end.
    @Test func bareLineFeedsAreRefusedAtOnce() {
        #expect(statusOf(parse(chunks: [Array("GET /healthz HTTP/1.1\n".utf8)])) == 400)
        #expect(statusOf(parse(chunks: [Array("GET / HTTP/1.1\r\nHost: a\n".utf8)])) == 400)
        #expect(statusOf(parse(chunks: [Array("\nGET / HTTP/1.1\r\n".utf8)])) == 400)
        let split = parse(chunks: [Array("GET / HTTP/1.1\r".utf8), Array("\nHost: a\r".utf8), Array("\n\r".utf8), Array("\n".utf8)])
        #expect(statusOf(split) == 0)
        #expect((try? split.get())?.count == 1)
    }

    /// Every limit and every smuggling defence answers with its status.
    @Test(arguments: [
        // Request line
        ("GET /\(String(repeating: "a", count: 9000)) HTTP/1.1\r\nHost: x\r\n\r\n", 414),
        ("GET / HTTP/1.1 extra\r\nHost: x\r\n\r\n", 400),
        ("GET  / HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        ("G(T / HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        ("GET / HTTX/1.1\r\nHost: x\r\n\r\n", 400),
        ("GET / HTTP/1.1x\r\nHost: x\r\n\r\n", 400),
        ("GET / HTTP/2.0\r\nHost: x\r\n\r\n", 505),
        ("GET / HTTP/0.9\r\nHost: x\r\n\r\n", 505),
        ("GET /a\u{01}b HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        ("GET /?q=Pyöngyang HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        ("GET nope HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        ("GET * HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        ("GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        ("GET /%00 HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        ("GET /%ff HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        // Header block
        ("GET / HTTP/1.1\r\nHost: x\r\nX-Big: \(String(repeating: "b", count: 40_000))\r\n\r\n", 431),
        ("GET / HTTP/1.1\r\nHost: x\r\n" + (0..<120).map { "X-\($0): v\r\n" }.joined() + "\r\n", 431),
        ("GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n folded\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nX-A : 1\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\u{00}b\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\u{7F}b\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\nX-A: 1\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nNoColon\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\n\r\n", 417),
        // Content-Length
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n", 413),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: +5\r\n\r\nhello", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1e3\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5 5\r\n\r\nhello", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5, 6\r\n\r\nhello!", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\n", 400),
        // Transfer-Encoding
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 501),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 501),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: ,\r\n\r\n", 400),
        ("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400),
        // Chunks
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffff\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5 x\r\nhello\r\n0\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloXX0\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\nhello\r\n0\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5;a=\u{01}\r\nhello\r\n0\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n100001\r\n", 413),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n folded: trailer\r\n\r\n", 400),
    ])
    func refusesWithStatus(input: String, status: Int) {
        #expect(statusOf(parse(input)) == status, "input: \(input.prefix(120).debugDescription)")
    }

    /// A target with characters outside ASCII is told to percent-encode them; spaces and control characters are named.
    @Test func namesWhatIsWrongWithTheTarget() {
        guard case .failure(let unencoded) = parse("GET /v1/timeline?q=Pyöngyang HTTP/1.1\r\nHost: x\r\n\r\n") else {
            Issue.record("accepted")
            return
        }
        #expect(unencoded.detail.contains("percent-encode"))
        guard case .failure(let control) = parse("GET /a\u{01}b HTTP/1.1\r\nHost: x\r\n\r\n") else {
            Issue.record("accepted")
            return
        }
        #expect(control.detail.contains("control characters"))
    }

    /// The same refusals come out whatever the read boundaries (byte by byte here).
    @Test(arguments: [
        ("GET /\(String(repeating: "a", count: 9000)) HTTP/1.1\r\nHost: x\r\n\r\n", 414),
        ("GET / HTTP/1.1\r\nHost: x\r\nX-Big: \(String(repeating: "b", count: 40_000))\r\n\r\n", 431),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloXX0\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400),
    ])
    func refusesTheSameByteByByte(input: String, status: Int) {
        let bytes = Array(input.utf8).map { [$0] }
        #expect(statusOf(parse(chunks: bytes)) == status)
    }

    /// Limits are configurable and the boundary value itself is accepted.
    @Test func limitsAreInclusiveAndConfigurable() throws {
        let limits = HTTPRequestParser.Limits(maxRequestLineLength: 30, maxHeaderBytes: 200, maxHeaderCount: 3, maxBodyBytes: 5)
        #expect(statusOf(parse("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello", limits: limits)) == 0)
        #expect(statusOf(parse("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 6\r\n\r\nhello!", limits: limits)) == 413)
        let line30 = "GET /" + String(repeating: "a", count: 16) + " HTTP/1.1"
        #expect(line30.utf8.count == 30)
        #expect(statusOf(parse(line30 + "\r\nHost: x\r\n\r\n", limits: limits)) == 0)
        #expect(statusOf(parse("GET /" + String(repeating: "a", count: 17) + " HTTP/1.1\r\nHost: x\r\n\r\n", limits: limits)) == 414)
        #expect(statusOf(parse("GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\n\r\n", limits: limits)) == 0)
        #expect(statusOf(parse("GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n", limits: limits)) == 431)
    }

    /// A chunked body is de-chunked, extensions ignored, trailers kept apart from the headers.
    @Test func decodesChunkedBodyWithTrailers() throws {
        let input = "POST /up HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip-not, chunked\r\n\r\n"
        #expect(statusOf(parse(input)) == 501)
        let chunked = "POST /up HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: Chunked\r\n\r\n5;ext=1\r\nhello\r\n1A\r\n abcdefghijklmnopqrstuvwxy\r\n0\r\nX-Checksum: abc\r\n\r\n"
        let request = try #require(try parse(chunked).get().first)
        #expect(String(decoding: request.body, as: UTF8.self) == "hello abcdefghijklmnopqrstuvwxy")
        #expect(request.trailers["x-checksum"] == "abc")
        #expect(request.headers["X-Checksum"] == nil)
    }

    /// Identical repeated Content-Length values are one length (RFC 9110 §8.6).
    @Test func acceptsIdenticalRepeatedLengths() throws {
        let request = try #require(try parse("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 5, 5\r\n\r\nhello").get().first)
        #expect(request.body == Array("hello".utf8))
    }

    /// Splitting valid input into two reads at every byte boundary, or into single bytes, changes nothing.
    @Test(arguments: [
        "GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b?q=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "POST /c HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\nhello world\r\nGET /d HTTP/1.0\r\n\r\n",
        "POST /e HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n4;x=y\r\ndefg\r\n0\r\nT: 1\r\n\r\nHEAD /f HTTP/1.1\r\nHost: x\r\n\r\n",
    ])
    func splitReadsGiveTheSameRequests(input: String) throws {
        let bytes = Array(input.utf8)
        let whole = try parse(chunks: [bytes]).get()
        #expect(whole.count == 2)
        for split in 0...bytes.count {
            let parts = [Array(bytes[..<split]), Array(bytes[split...])]
            #expect(summary(try parse(chunks: parts).get()) == summary(whole), "split at \(split)")
        }
        #expect(summary(try parse(chunks: bytes.map { [$0] }).get()) == summary(whole))
    }

    /// Three pipelined requests in one buffer come out in order; a partial fourth stays buffered.
    @Test func pipelinedRequestsKeepLeftoverBytes() throws {
        var parser = HTTPRequestParser()
        var buffer = ReadBuffer(Array((rawRequest("GET", "/1") + rawRequest("GET", "/2") + rawRequest("GET", "/3") + "GET /4 HT").utf8))
        var targets: [String] = []
        while let request = try parser.parse(&buffer) { targets.append(request.target) }
        #expect(targets == ["/1", "/2", "/3"])
        #expect(buffer.readableCount == "GET /4 HT".utf8.count)
        buffer.append(contentsOf: Array("TP/1.1\r\nHost: x\r\n\r\n".utf8))
        #expect(try parser.parse(&buffer)?.target == "/4")
    }

    /// Empty lines before a request line are ignored (RFC 9112 §2.2).
    @Test func ignoresLeadingEmptyLines() throws {
        #expect(try parse("\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n").get().count == 1)
    }

    /// Paths are percent-decoded per segment as UTF-8; queries also turn + into space.
    @Test func decodesPathAndQuery() throws {
        let request = try #require(try parse("GET /v1/actors/Serge%C3%AF%20Lavrov/a%2Fb?q=Kim+Jong%2Dun&x=%E2%9C%93&flag HTTP/1.1\r\nHost: x\r\n\r\n").get().first)
        #expect(request.pathSegments == ["v1", "actors", "Sergeï Lavrov", "a/b"])
        #expect(request.queryValue("q") == "Kim Jong-un")
        #expect(request.queryValue("x") == "✓")
        #expect(request.queryValue("flag") == "")
        #expect(request.rawPath == "/v1/actors/Serge%C3%AF%20Lavrov/a%2Fb")
    }

    /// An absolute-form target is reduced to its path and query.
    @Test func acceptsAbsoluteForm() throws {
        let request = try #require(try parse("GET http://example.org/healthz?a=1 HTTP/1.1\r\nHost: example.org\r\n\r\n").get().first)
        #expect(request.pathSegments == ["healthz"])
        #expect(request.queryValue("a") == "1")
    }

    /// Keep-alive follows the version and the Connection token list.
    @Test(arguments: [
        ("HTTP/1.1", nil, true), ("HTTP/1.1", "close", false), ("HTTP/1.1", "Upgrade, Close", false),
        ("HTTP/1.0", nil, false), ("HTTP/1.0", "keep-alive", true), ("HTTP/1.0", "Keep-Alive, foo", true),
        ("HTTP/1.2", nil, true),
    ] as [(String, String?, Bool)])
    func keepAliveFollowsVersionAndConnection(version: String, connection: String?, expected: Bool) throws {
        var text = "GET / \(version)\r\nHost: x\r\n"
        if let connection { text += "Connection: \(connection)\r\n" }
        let request = try #require(try parse(text + "\r\n").get().first)
        #expect(request.keepAlive == expected)
    }

    /// The parser reports 100-continue only while the body has not started.
    @Test func reportsAwaitedContinue() throws {
        var parser = HTTPRequestParser()
        var buffer = ReadBuffer(Array("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n".utf8))
        #expect(try parser.parse(&buffer) == nil)
        #expect(parser.awaitsContinue)
        buffer.append(contentsOf: Array("a".utf8))
        #expect(try parser.parse(&buffer) == nil)
        #expect(!parser.awaitsContinue)
        buffer.append(contentsOf: Array("bc".utf8))
        #expect(try parser.parse(&buffer)?.body == Array("abc".utf8))
    }
}
