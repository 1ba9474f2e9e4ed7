#if canImport(Glibc)
import Glibc
#endif

/// The framing between the server and an extraction worker: each message is a 4-byte big-endian
/// length, then that many bytes of JSON (an article one way, its events the other).
///
/// Reads and writes wait with `poll`, so the server side keeps its deadline even when a worker
/// stops reading or writing; the worker side passes no deadline and simply blocks.
enum ExtractionFrame {
    /// The largest message either side accepts (an article is at most the request body limit).
    static let maxBytes = 64 << 20

    enum Failure: Error, Equatable {
        /// The other side closed its end (a worker that ended, or a server that went away).
        case closed
        case timedOut
        case tooLarge(Int)
        case io(Int32)
    }

    /// Writes one message.
    static func send(_ payload: [UInt8], to fd: Int32, deadline: ContinuousClock.Instant?) throws(Failure) {
        guard payload.count <= maxBytes else { throw .tooLarge(payload.count) }
        let length = UInt32(payload.count)
        var bytes: [UInt8] = [UInt8(length >> 24), UInt8((length >> 16) & 0xff), UInt8((length >> 8) & 0xff), UInt8(length & 0xff)]
        bytes.append(contentsOf: payload)
        var sent = 0
        while sent < bytes.count {
            try wait(fd, for: Int16(POLLOUT), deadline: deadline)
            let count = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + sent, $0.count - sent) }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw errno == EPIPE ? .closed : .io(errno)
            }
            sent += count
        }
    }

    /// Reads one message; `nil` when the other side closed before starting one.
    static func receive(from fd: Int32, deadline: ContinuousClock.Instant?) throws(Failure) -> [UInt8]? {
        guard let header = try read(4, from: fd, deadline: deadline, endAllowed: true) else { return nil }
        let length = header.reduce(0) { $0 << 8 | Int($1) }
        guard length <= maxBytes else { throw .tooLarge(length) }
        return try read(length, from: fd, deadline: deadline, endAllowed: false) ?? []
    }

    private static func read(_ count: Int, from fd: Int32, deadline: ContinuousClock.Instant?, endAllowed: Bool) throws(Failure) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            try wait(fd, for: Int16(POLLIN), deadline: deadline)
            let got = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, count - filled) }
            if got < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw .io(errno)
            }
            if got == 0 {
                if filled == 0 && endAllowed { return nil }
                throw .closed
            }
            filled += got
        }
        return bytes
    }

    /// Waits until `fd` is ready for `events` (or has hung up, which the read or write then reports).
    private static func wait(_ fd: Int32, for events: Int16, deadline: ContinuousClock.Instant?) throws(Failure) {
        while true {
            var timeout: Int32 = -1
            if let deadline {
                let left = deadline - .now
                guard left > .zero else { throw .timedOut }
                let (seconds, attoseconds) = left.components
                // (At most a day per wait, so no limit however large overflows the arithmetic.)
                timeout = Int32(min(seconds, 86_400) * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
            }
            var entry = pollfd(fd: fd, events: events, revents: 0)
            let ready = poll(&entry, 1, timeout)
            if ready > 0 { return }
            if ready < 0 && errno != EINTR { throw .io(errno) }
        }
    }
}
