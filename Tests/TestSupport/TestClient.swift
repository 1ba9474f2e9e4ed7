#if canImport(Glibc)
import Glibc
#endif
import EntenteHTTP
import Foundation

/// A blocking HTTP/1.1 client on a raw socket, for tests that need to control every byte.
///
/// Reads time out after `timeout` seconds so a broken server fails a test instead of hanging it.
public final class TestClient {
    public struct Response {
        public var version: String
        public var status: Int
        public var headers: HTTPHeaders
        public var body: [UInt8]
        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        public init(_ description: String) { self.description = description }
    }

    public let fd: Int32
    private var pending: [UInt8] = []

    /// Connects to `127.0.0.1:port`.
    public init(port: Int, timeout: Double = 10) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure("socket failed") }
        var time = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - Double(Int(timeout))) * 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        // (No close here: an initializer that throws once every property is set still runs deinit, which
        // closes the socket. Closing it here too closed, a moment later, whatever descriptor another test
        // thread had just been given the same number, such as a SQLite database: the rare "disk I/O
        // error" of parallel test runs while `ServerProcess` polled a port not yet listening.)
        guard result == 0 else { throw Failure("connect to port \(port) failed: errno \(errno)") }
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Sends all of `bytes`.
    public func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { throw Failure("send failed: errno \(errno)") }
            offset += sent
        }
    }

    /// Sends UTF-8 text; `\n` is not translated, so write `\r\n` explicitly.
    public func send(_ text: String) throws { try send(Array(text.utf8)) }

    /// Half-closes the sending side.
    public func shutdownWrite() { shutdown(fd, Int32(SHUT_WR)) }

    /// Reads one response (skipping nothing: a `100 Continue` is returned as a response too).
    /// - Parameter isHead: the request was HEAD, so no body follows whatever the fields say.
    public func readResponse(isHead: Bool = false) throws -> Response {
        let headEnd = try fill(until: { $0.firstRange(of: Array("\r\n\r\n".utf8)).map { $0.upperBound } })
        let headText = String(decoding: pending[..<headEnd], as: UTF8.self)
        pending.removeFirst(headEnd)
        var lines = headText.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let statusLine = lines.removeFirst().split(separator: " ", maxSplits: 2)
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else { throw Failure("bad status line: \(headText)") }
        var headers = HTTPHeaders()
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { throw Failure("bad header line: \(line)") }
            headers.add(name: String(line[..<colon]), value: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        var body: [UInt8] = []
        if !isHead && status >= 200 && status != 204 && status != 304 {
            if headers.first("Transfer-Encoding")?.lowercased() == "chunked" {
                body = try readChunkedBody()
            } else if let length = headers.first("Content-Length").flatMap(Int.init) {
                _ = try fill(until: { $0.count >= length ? length : nil })
                body = Array(pending[..<length])
                pending.removeFirst(length)
            } else {
                body = try readToEnd()
            }
        }
        return Response(version: String(statusLine[0]), status: status, headers: headers, body: body)
    }

    /// Reads a chunked body (RFC 9112 §7.1), trailers skipped, and returns it de-chunked.
    private func readChunkedBody() throws -> [UInt8] {
        var body: [UInt8] = []
        while true {
            let lineEnd = try fill(until: { $0.firstRange(of: Array("\r\n".utf8)).map { $0.lowerBound } })
            let sizeText = String(decoding: pending[..<lineEnd], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText, radix: 16) else { throw Failure("bad chunk size '\(sizeText)'") }
            pending.removeFirst(lineEnd + 2)
            if size == 0 {
                let end = try fill(until: { $0.firstRange(of: Array("\r\n".utf8)).map { $0.upperBound } })
                pending.removeFirst(end)
                return body
            }
            _ = try fill(until: { $0.count >= size + 2 ? size : nil })
            body.append(contentsOf: pending[..<size])
            guard pending[size] == 0x0D, pending[size + 1] == 0x0A else { throw Failure("chunk not followed by CRLF") }
            pending.removeFirst(size + 2)
        }
    }

    /// Reads until the peer closes.
    public func readToEnd() throws -> [UInt8] {
        while try receive() > 0 {}
        defer { pending.removeAll() }
        return pending
    }

    /// Whether the peer closed the connection (a read returns end of file) within the read timeout.
    public func peerClosed() -> Bool {
        (try? receive()) == 0 && pending.isEmpty
    }

    private func fill(until done: ([UInt8]) -> Int?) throws -> Int {
        while true {
            if let result = done(pending) { return result }
            guard try receive() > 0 else { throw Failure("connection closed after \(pending.count) bytes: \(String(decoding: pending, as: UTF8.self))") }
        }
    }

    private func receive() throws -> Int {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if count < 0 {
            if errno == ECONNRESET { return 0 }
            throw Failure("recv failed: errno \(errno) (timeout?)")
        }
        pending.append(contentsOf: chunk[..<count])
        return count
    }
}
