/// One client connection's state. Owned and touched only by the I/O thread.
final class Connection {
    enum State {
        /// Reading a request (or idle between requests).
        case reading
        /// A complete request is with a handler; nothing more is read until it answers.
        case processing
        /// A response is being written.
        case writing
        /// The response to a bad request is sent and our side is shut; the peer's remaining bytes are
        /// read and dropped until it closes or the linger time ends, so it sees the response, not a reset.
        case lingering(until: UInt64)
    }

    let fd: Int32
    /// Unique for the server's lifetime (descriptors are reused; ids are not).
    let id: UInt64
    let remoteAddress: String
    var state: State = .reading
    var buffer = ReadBuffer()
    var parser: HTTPRequestParser
    /// The epoll interest currently registered.
    var interest: UInt32 = 0
    var registered = false

    /// Bytes queued for sending, and how much of the first chunk is already sent.
    var outbound: [[UInt8]] = []
    var outboundOffset = 0
    /// Close once `outbound` is sent (and linger first when the request was refused).
    var closeAfterWrite = false
    var lingerAfterWrite = false
    var continueSent = false
    /// The peer shut its sending side; answer what has arrived, then close.
    var peerClosed = false
    /// The writer of a streamed body being produced; the response is complete when it ends.
    var stream: BodyWriter?

    /// When the connection last finished a response (or opened): the idle clock.
    var idleSince: UInt64
    /// When the first byte of the current request arrived: the header clock.
    var requestStartedAt: UInt64?
    /// When bytes were last read: the body clock.
    var lastReadAt: UInt64
    /// When a write last made progress: the write clock.
    var lastWriteAt: UInt64

    init(fd: Int32, id: UInt64, remoteAddress: String, limits: HTTPRequestParser.Limits, now: UInt64) {
        self.fd = fd
        self.id = id
        self.remoteAddress = remoteAddress
        self.parser = HTTPRequestParser(limits: limits)
        self.idleSince = now
        self.lastReadAt = now
        self.lastWriteAt = now
    }

    /// Whether the connection is between requests with nothing pending: safe to close on shutdown.
    var isIdle: Bool {
        if case .reading = state { return buffer.isEmpty && parser.isIdle && outbound.isEmpty }
        return false
    }

    var hasOutbound: Bool { !outbound.isEmpty }
}
