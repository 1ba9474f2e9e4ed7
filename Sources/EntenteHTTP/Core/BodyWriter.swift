import Foundation

/// Writes a streamed response body, chunk by chunk, from a handler thread.
///
/// ```swift
/// var response = HTTPResponse(headers: ["Content-Type": "text/csv"])
/// response.stream = { writer in
///     for page in pages { try writer.write(Array(page.utf8)) }
/// }
/// ```
/// `write` blocks while more than ``highWaterMark`` bytes wait to be sent, so a slow reader
/// holds back the producer instead of filling memory; it throws once the connection is gone.
public final class BodyWriter: @unchecked Sendable {
    /// The connection closed (or the server stopped) before the body was complete.
    public struct Cancelled: Error {}

    public static let highWaterMark = 256 * 1024

    private let condition = NSCondition()
    // Guarded by `condition`.
    private var queued = 0
    private var cancelled = false
    private let send: @Sendable ([UInt8]) -> Void
    let chunked: Bool

    init(chunked: Bool, send: @escaping @Sendable ([UInt8]) -> Void) {
        self.chunked = chunked
        self.send = send
    }

    /// Sends `bytes` as the next part of the body (an empty array sends nothing).
    public func write(_ bytes: [UInt8]) throws {
        guard !bytes.isEmpty else { return }
        try writeRaw(chunked ? Self.frame(bytes) : bytes)
    }

    public func write(_ text: String) throws { try write(Array(text.utf8)) }

    /// Sends bytes exactly as given (framed chunks, the last-chunk marker), waiting while too much is queued.
    func writeRaw(_ bytes: [UInt8]) throws {
        condition.lock()
        while queued > Self.highWaterMark && !cancelled { condition.wait() }
        if cancelled {
            condition.unlock()
            throw Cancelled()
        }
        queued += bytes.count
        condition.unlock()
        send(bytes)
    }

    /// RFC 9112 §7.1: size in hex, CRLF, data, CRLF.
    static func frame(_ bytes: [UInt8]) -> [UInt8] {
        var framed = Array(String(bytes.count, radix: 16).utf8)
        framed.reserveCapacity(framed.count + bytes.count + 4)
        framed += [0x0D, 0x0A]
        framed += bytes
        framed += [0x0D, 0x0A]
        return framed
    }

    /// The loop sent everything queued so far.
    func drained() {
        condition.lock()
        queued = 0
        condition.broadcast()
        condition.unlock()
    }

    /// The connection is gone: wake the producer and make its next write throw.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}

extension HTTPResponse {
    /// Runs a streamed body to completion and keeps it in `body`, without the stream: for
    /// in-process callers and tests, which have no connection to stream to.
    public func collected() throws -> HTTPResponse {
        guard let stream else { return self }
        final class Collector: @unchecked Sendable {
            let lock = NSLock()
            var bytes: [UInt8] = []
            var writer: BodyWriter?
        }
        let collector = Collector()
        let writer = BodyWriter(chunked: false) { bytes in
            collector.lock.withLock { collector.bytes += bytes }
            collector.writer?.drained()
        }
        collector.writer = writer
        try stream(writer)
        var response = self
        response.stream = nil
        response.body = collector.lock.withLock { collector.bytes }
        return response
    }
}
