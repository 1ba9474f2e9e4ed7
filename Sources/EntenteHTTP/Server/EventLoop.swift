#if canImport(Glibc)
import Glibc
#endif
import CLinux
import CoreMetrics
import Logging
import Synchronization

/// The I/O thread: one epoll instance watching the listener, every connection and a wake-up
/// eventfd. It accepts, reads, parses and writes; handlers run on the ``WorkerPool`` and hand
/// their responses back through ``complete(_:)``.
final class EventLoop: @unchecked Sendable {
    /// A response ready to send, produced on a worker thread.
    struct Completion: Sendable {
        enum Kind: Sendable {
            /// A whole response, or the head of a streamed one (`stream` set).
            case response(head: [UInt8], body: [UInt8], keepAlive: Bool, stream: BodyWriter?)
            /// The next part of a streamed body.
            case chunk([UInt8])
            /// The streamed body is complete (`failed`: it broke off; the connection must close).
            case end(failed: Bool)
        }

        var fd: Int32
        var connectionID: UInt64
        var kind: Kind
    }

    private struct Inbox {
        var completions: [Completion] = []
        var wakePending = false
        var shutdownRequested = false
        var exited = false
    }

    private let configuration: HTTPServerConfiguration
    private let responder: HTTPResponder
    private let logger: Logger
    private let workers: WorkerPool
    private let openConnections: Gauge
    private let refusedConnections: Counter
    private let epollFD: Int32
    private let wakeFD: Int32
    private var listenFD: Int32
    private let inbox = Mutex(Inbox())
    /// Read by workers when they frame a response.
    let draining = Atomic<Bool>(false)

    // Loop-thread state.
    private var connections: [Int32: Connection] = [:]
    private var nextConnectionID: UInt64 = 1
    private var scratch = [UInt8](repeating: 0, count: 64 * 1024)
    private var drainDeadline: UInt64?
    private var acceptPausedUntil: UInt64?
    private var lastSweep: UInt64 = 0
    private var lastAcceptErrorLog: UInt64 = 0

    /// How long a refused connection may keep sending before it is closed.
    private static let lingerNanoseconds: UInt64 = 2_000_000_000
    private static let sweepNanoseconds: UInt64 = 200_000_000

    init(
        configuration: HTTPServerConfiguration, listenFD: Int32, responder: @escaping HTTPResponder,
        workers: WorkerPool, logger: Logger, metrics: any MetricsFactory
    ) throws(SystemError) {
        openConnections = Gauge(label: "http_open_connections", factory: metrics)
        refusedConnections = Counter(label: "http_refused_connections_total", factory: metrics)
        self.configuration = configuration
        self.listenFD = listenFD
        self.responder = responder
        self.workers = workers
        self.logger = logger
        epollFD = epoll_create1(Int32(EPOLL_CLOEXEC))
        guard epollFD >= 0 else { throw SystemError("epoll_create1") }
        wakeFD = eventfd(0, Int32(EFD_CLOEXEC | EFD_NONBLOCK))
        guard wakeFD >= 0 else {
            close(epollFD)
            throw SystemError("eventfd")
        }
        register(listenFD, events: EPOLLIN.rawValue)
        register(wakeFD, events: EPOLLIN.rawValue)
    }

    // MARK: - Cross-thread entry points

    /// Hands a finished response to the loop; callable from any thread.
    func complete(_ completion: Completion) {
        let shouldWake = inbox.withLock { inbox -> Bool in
            guard !inbox.exited else { return false }
            inbox.completions.append(completion)
            defer { inbox.wakePending = true }
            return !inbox.wakePending
        }
        if shouldWake { wake() }
    }

    /// Asks the loop to stop accepting and drain; callable from any thread.
    func requestShutdown() {
        let shouldWake = inbox.withLock { inbox -> Bool in
            guard !inbox.exited else { return false }
            inbox.shutdownRequested = true
            return true
        }
        if shouldWake { wake() }
    }

    private func wake() {
        var one: UInt64 = 1
        _ = write(wakeFD, &one, 8)
    }

    // MARK: - The loop

    /// Runs until shutdown has drained every connection (or the grace period ended).
    func run() {
        var events = [epoll_event](repeating: epoll_event(), count: 256)
        while true {
            let count = events.withUnsafeMutableBufferPointer { epoll_wait(epollFD, $0.baseAddress, Int32($0.count), 100) }
            if count < 0 && errno != EINTR {
                logger.critical("epoll_wait failed", metadata: ["error": "\(SystemError("epoll_wait"))"])
                break
            }
            for index in 0..<max(0, Int(count)) {
                let event = events[index]
                let fd = event.data.fd
                if fd == wakeFD {
                    drainInbox()
                } else if fd == listenFD {
                    acceptConnections()
                } else if let connection = connections[fd] {
                    handle(event.events, on: connection)
                }
            }
            let now = Socket.now()
            if now &- lastSweep >= Self.sweepNanoseconds {
                lastSweep = now
                sweep(now: now)
            }
            if let drainDeadline, connections.isEmpty || now >= drainDeadline { break }
        }
        finish()
    }

    private func finish() {
        for connection in Array(connections.values) { closeConnection(connection) }
        inbox.withLock { $0.exited = true }
        if listenFD >= 0 { close(listenFD) }
        close(wakeFD)
        close(epollFD)
    }

    private func drainInbox() {
        var value: UInt64 = 0
        _ = read(wakeFD, &value, 8)
        let (completions, shutdown) = inbox.withLock { inbox -> ([Completion], Bool) in
            let taken = inbox.completions
            inbox.completions.removeAll(keepingCapacity: true)
            inbox.wakePending = false
            return (taken, inbox.shutdownRequested)
        }
        for completion in completions {
            guard let connection = connections[completion.fd], connection.id == completion.connectionID else { continue }
            deliver(completion, to: connection)
        }
        if shutdown && drainDeadline == nil { beginDrain() }
    }

    private func beginDrain() {
        logger.info("shutting down: no longer accepting; draining connections", metadata: ["open": "\(connections.count)"])
        draining.store(true, ordering: .relaxed)
        drainDeadline = Socket.now() + configuration.shutdownGracePeriod.nanoseconds
        epoll_ctl(epollFD, EPOLL_CTL_DEL, listenFD, nil)
        close(listenFD)
        listenFD = -1
        for connection in Array(connections.values) where connection.isIdle { closeConnection(connection) }
    }

    // MARK: - Accepting

    private func acceptConnections() {
        while true {
            var address = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let fd = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    accept4(listenFD, $0, &length, Int32(SOCK_NONBLOCK.rawValue | SOCK_CLOEXEC.rawValue))
                }
            }
            if fd < 0 {
                switch errno {
                case EAGAIN, EWOULDBLOCK:
                    return
                case EINTR, ECONNABORTED, EPROTO, EPERM, ENETDOWN, ENOPROTOOPT, EHOSTDOWN, ENONET, EHOSTUNREACH,
                    EOPNOTSUPP, ENETUNREACH:
                    continue  // the peer's problem, not the listener's
                default:
                    // EMFILE, ENFILE, ENOBUFS, ENOMEM: back off instead of spinning on a readable listener.
                    let now = Socket.now()
                    if now &- lastAcceptErrorLog > 1_000_000_000 {
                        lastAcceptErrorLog = now
                        logger.warning("accept failed; pausing accepts for 100 ms", metadata: ["error": "\(SystemError("accept4"))"])
                    }
                    epoll_ctl(epollFD, EPOLL_CTL_DEL, listenFD, nil)
                    acceptPausedUntil = now + 100_000_000
                    return
                }
            }
            if connections.count >= configuration.maxConnections {
                refuseOverCapacity(fd)
                continue
            }
            Socket.setNoDelay(fd)
            let connection = Connection(
                fd: fd, id: nextConnectionID, remoteAddress: Socket.describe(address), limits: configuration.limits,
                now: Socket.now())
            nextConnectionID += 1
            connections[fd] = connection
            openConnections.record(connections.count)
            updateInterest(connection)
        }
    }

    private func refuseOverCapacity(_ fd: Int32) {
        let requestID = RequestIDMiddleware.requestID(offeredIn: nil)
        let bytes = Self.closingAnswer(
            HTTPError(.serviceUnavailable, detail: "The server is at its connection limit; retry shortly.", headers: ["Retry-After": "1"]),
            requestID: requestID)
        _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        close(fd)
        refusedConnections.increment()
        logger.warning(
            "connection refused: at the connection limit", metadata: ["limit": "\(configuration.maxConnections)", "request_id": "\(requestID)"])
    }

    // MARK: - Events on a connection

    private func handle(_ events: UInt32, on connection: Connection) {
        if events & (EPOLLERR.rawValue | EPOLLHUP.rawValue) != 0 && events & EPOLLIN.rawValue == 0 {
            closeConnection(connection)
            return
        }
        if events & EPOLLOUT.rawValue != 0 {
            flush(connection)
            guard connections[connection.fd] === connection else { return }
        }
        if events & EPOLLIN.rawValue != 0 {
            readAvailable(connection)
        }
    }

    private func readAvailable(_ connection: Connection) {
        let received = scratch.withUnsafeMutableBytes { buffer -> Int in
            while true {
                let count = recv(connection.fd, buffer.baseAddress, buffer.count, 0)
                if count < 0 && errno == EINTR { continue }
                if count > 0 {
                    if case .lingering = connection.state { continue }  // drop what a refused peer still sends
                    connection.buffer.append(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
                }
                return count
            }
        }
        if received < 0 {
            if errno == EAGAIN || errno == EWOULDBLOCK { return }
            closeConnection(connection)
            return
        }
        if received == 0 {
            connection.peerClosed = true
            if case .reading = connection.state, !connection.buffer.isEmpty {
                updateInterest(connection)
                processInput(connection)
                if case .reading = connection.state { closeConnection(connection) }
            } else if case .processing = connection.state {
                updateInterest(connection)  // answer, then close
            } else {
                closeConnection(connection)
            }
            return
        }
        let now = Socket.now()
        connection.lastReadAt = now
        if case .lingering = connection.state { return }
        if connection.requestStartedAt == nil { connection.requestStartedAt = now }
        if case .reading = connection.state { processInput(connection) }
    }

    /// Parses what has arrived and hands a complete request to a worker.
    private func processInput(_ connection: Connection) {
        do {
            if let request = try connection.parser.parse(&connection.buffer) {
                dispatch(request, on: connection)
            } else if connection.parser.awaitsContinue && !connection.continueSent {
                connection.continueSent = true
                connection.outbound.append(ResponseSerializer.continueHead)
                flush(connection)
            }
        } catch {
            refuse(connection, error: error)
        }
    }

    private func dispatch(_ request: HTTPRequest, on connection: Connection) {
        connection.state = .processing
        connection.requestStartedAt = nil
        updateInterest(connection)
        let keepAlive = request.keepAlive && !connection.peerClosed
        var logger = self.logger
        logger[metadataKey: "remote"] = "\(connection.remoteAddress)"
        let context = RequestContext(logger: logger, remoteAddress: connection.remoteAddress)
        let (fd, id, responder) = (connection.fd, connection.id, self.responder)
        workers.submit { [self] in
            var response: HTTPResponse
            do {
                response = try responder(request, context)
            } catch {
                response = ErrorMiddleware.internalError(error, request: request, context: context)
            }
            let isHead = request.method == .head
            let streams = response.stream != nil && response.status.allowsBody && !isHead
            // A close-delimited body (HTTP/1.0) ends with the connection.
            let stayOpen = keepAlive && !draining.load(ordering: .relaxed) && !(streams && request.version == .http1_0)
            let (head, body) = ResponseSerializer.serialize(
                response, version: request.version, isHead: isHead, keepAlive: stayOpen, date: DateCache.shared.current())
            guard streams, let produce = response.stream else {
                complete(Completion(fd: fd, connectionID: id, kind: .response(head: head, body: body, keepAlive: stayOpen, stream: nil)))
                return
            }
            let writer = BodyWriter(chunked: request.version == .http1_1) { [self] bytes in
                complete(Completion(fd: fd, connectionID: id, kind: .chunk(bytes)))
            }
            complete(Completion(fd: fd, connectionID: id, kind: .response(head: head, body: [], keepAlive: stayOpen, stream: writer)))
            var failed = false
            do {
                try produce(writer)
                if writer.chunked { try writer.writeRaw(Array("0\r\n\r\n".utf8)) }
            } catch is BodyWriter.Cancelled {
                failed = true
            } catch {
                failed = true
                context.logger.error("streamed body failed", metadata: ["error": "\(String(reflecting: error))", "path": "\(request.rawPath)"])
            }
            complete(Completion(fd: fd, connectionID: id, kind: .end(failed: failed)))
        }
    }

    private func deliver(_ completion: Completion, to connection: Connection) {
        switch completion.kind {
        case .response(let head, let body, let keepAlive, let stream):
            connection.state = .writing
            connection.closeAfterWrite = !keepAlive || drainDeadline != nil
            connection.stream = stream
            connection.outbound.append(head)
            if !body.isEmpty { connection.outbound.append(body) }
        case .chunk(let bytes):
            guard connection.stream != nil else { return }
            connection.outbound.append(bytes)
        case .end(let failed):
            connection.stream = nil
            if failed { connection.closeAfterWrite = true }
        }
        connection.lastWriteAt = Socket.now()
        flush(connection)
    }

    /// Answers a request the parser refused, then closes (after lingering).
    private func refuse(_ connection: Connection, error: HTTPParseError) {
        let requestID = RequestIDMiddleware.requestID(offeredIn: connection.parser.pendingHead?.headers)
        logger.info(
            "request refused",
            metadata: [
                "status": "\(error.status.code)", "detail": "\(error.detail)", "remote": "\(connection.remoteAddress)",
                "request_id": "\(requestID)",
            ])
        answerAndClose(
            connection, HTTPError(error.status, detail: error.detail), requestID: requestID,
            version: connection.parser.pendingHead?.version ?? .http1_1, linger: true)
    }

    /// Sends an answer the engine gives itself (a refusal, a timeout), then closes, lingering first when the
    /// peer may still be sending so it reads the answer rather than a reset.
    private func answerAndClose(
        _ connection: Connection, _ error: HTTPError, requestID: String, version: HTTPVersion = .http1_1, linger: Bool
    ) {
        connection.state = .writing
        connection.closeAfterWrite = true
        connection.lingerAfterWrite = linger
        connection.outbound.append(Self.closingAnswer(error, requestID: requestID, version: version))
        connection.lastWriteAt = Socket.now()
        flush(connection)
    }

    /// The bytes of a problem answer after which the connection closes. Like every answer the application gives, it
    /// carries its request id, in `X-Request-Id` and the problem's `request_id`, so a client can quote it and the log
    /// line that says why be found.
    static func closingAnswer(_ error: HTTPError, requestID: String, version: HTTPVersion = .http1_1) -> [UInt8] {
        var response = error.response(requestID: requestID)
        response.headers.replaceOrAdd(name: RequestIDMiddleware.headerName, value: requestID)
        let (head, body) = ResponseSerializer.serialize(
            response, version: version, isHead: false, keepAlive: false, date: DateCache.shared.current())
        return head + body
    }

    // MARK: - Writing

    /// Sends queued bytes in one `sendmsg` per attempt (head and body together, no SIGPIPE).
    private func flush(_ connection: Connection) {
        while connection.hasOutbound {
            let sent = sendOutbound(connection)
            if sent < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN || errno == EWOULDBLOCK { break }
                closeConnection(connection)
                return
            }
            connection.lastWriteAt = Socket.now()
            consumeOutbound(connection, count: sent)
        }
        if connection.hasOutbound {
            updateInterest(connection)
            return
        }
        if let stream = connection.stream {
            // Everything produced so far is sent: let the producer go on.
            stream.drained()
            updateInterest(connection)
            return
        }
        if case .writing = connection.state { responseFinished(connection) } else { updateInterest(connection) }
    }

    private func sendOutbound(_ connection: Connection) -> Int {
        let chunks = connection.outbound.prefix(8)
        var iovecs = [iovec]()
        iovecs.reserveCapacity(chunks.count)
        return withPinnedBuffers(Array(chunks), offset: connection.outboundOffset, iovecs: &iovecs) { iovecs in
            var message = msghdr()
            return iovecs.withUnsafeMutableBufferPointer { pointer -> Int in
                message.msg_iov = pointer.baseAddress
                message.msg_iovlen = pointer.count
                return sendmsg(connection.fd, &message, Int32(MSG_NOSIGNAL))
            }
        }
    }

    private func consumeOutbound(_ connection: Connection, count: Int) {
        var remaining = count
        while remaining > 0, let first = connection.outbound.first {
            let left = first.count - connection.outboundOffset
            if remaining >= left {
                remaining -= left
                connection.outbound.removeFirst()
                connection.outboundOffset = 0
            } else {
                connection.outboundOffset += remaining
                remaining = 0
            }
        }
    }

    private func responseFinished(_ connection: Connection) {
        if connection.closeAfterWrite || connection.peerClosed || drainDeadline != nil {
            if connection.lingerAfterWrite && !connection.peerClosed {
                shutdown(connection.fd, Int32(SHUT_WR))
                connection.state = .lingering(until: Socket.now() + Self.lingerNanoseconds)
                updateInterest(connection)
            } else {
                closeConnection(connection)
            }
            return
        }
        connection.state = .reading
        connection.continueSent = false
        connection.idleSince = Socket.now()
        updateInterest(connection)
        if !connection.buffer.isEmpty {
            connection.requestStartedAt = connection.idleSince
            processInput(connection)  // a pipelined request is already here
        }
    }

    // MARK: - Timeouts

    private func sweep(now: UInt64) {
        if let until = acceptPausedUntil, now >= until, listenFD >= 0 {
            acceptPausedUntil = nil
            register(listenFD, events: EPOLLIN.rawValue)
        }
        for connection in Array(connections.values) {
            switch connection.state {
            case .reading where connection.hasOutbound:
                if now &- connection.lastWriteAt > configuration.writeTimeout.nanoseconds { closeConnection(connection) }
            case .reading:
                if let started = connection.requestStartedAt {
                    if connection.parser.pendingHead == nil {
                        if now &- started > configuration.headerTimeout.nanoseconds {
                            timedOut(connection, detail: "The header block did not arrive within \(configuration.headerTimeout).")
                        }
                    } else if now &- connection.lastReadAt > configuration.bodyTimeout.nanoseconds {
                        timedOut(connection, detail: "The body made no progress for \(configuration.bodyTimeout).")
                    }
                } else if now &- connection.idleSince > configuration.idleTimeout.nanoseconds {
                    closeConnection(connection)
                }
            case .writing where connection.hasOutbound:
                if now &- connection.lastWriteAt > configuration.writeTimeout.nanoseconds {
                    logger.info("write stalled; closing", metadata: ["remote": "\(connection.remoteAddress)"])
                    closeConnection(connection)
                }
            case .lingering(let until):
                if now >= until { closeConnection(connection) }
            case .processing, .writing:
                break  // a handler or a stream producer is at work; nothing waits on the peer
            }
        }
    }

    private func timedOut(_ connection: Connection, detail: String) {
        let requestID = RequestIDMiddleware.requestID(offeredIn: connection.parser.pendingHead?.headers)
        logger.info(
            "request timed out", metadata: ["detail": "\(detail)", "remote": "\(connection.remoteAddress)", "request_id": "\(requestID)"])
        // (In the request's own version when its head arrived: an HTTP/1.0 client whose body stalled is answered in 1.0.)
        answerAndClose(
            connection, HTTPError(.requestTimeout, detail: detail), requestID: requestID,
            version: connection.parser.pendingHead?.version ?? .http1_1, linger: false)
    }

    // MARK: - Registration

    private func register(_ fd: Int32, events: UInt32) {
        var event = epoll_event()
        event.events = events
        event.data.fd = fd
        epoll_ctl(epollFD, EPOLL_CTL_ADD, fd, &event)
    }

    /// Keeps the epoll interest in step with the state: read while reading (or lingering), write while bytes wait.
    private func updateInterest(_ connection: Connection) {
        var wanted: UInt32 = 0
        switch connection.state {
        case .reading where !connection.peerClosed, .lingering:
            wanted |= EPOLLIN.rawValue
        default:
            break
        }
        if connection.hasOutbound { wanted |= EPOLLOUT.rawValue }
        guard wanted != connection.interest || !connection.registered else { return }
        var event = epoll_event()
        event.events = wanted
        event.data.fd = connection.fd
        epoll_ctl(epollFD, connection.registered ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, connection.fd, &event)
        connection.registered = true
        connection.interest = wanted
    }

    /// Closes a connection's descriptor, exactly once, and forgets it.
    private func closeConnection(_ connection: Connection) {
        guard connections[connection.fd] === connection else { return }
        connection.stream?.cancel()
        connections[connection.fd] = nil
        epoll_ctl(epollFD, EPOLL_CTL_DEL, connection.fd, nil)
        close(connection.fd)
        openConnections.record(connections.count)
    }
}

/// Pins each chunk's storage and builds the iovec list for one `sendmsg`.
private func withPinnedBuffers<R>(
    _ chunks: [[UInt8]], offset: Int, iovecs: inout [iovec], _ body: (inout [iovec]) -> R
) -> R {
    func pin(_ index: Int) -> R {
        if index == chunks.count { return body(&iovecs) }
        return chunks[index].withUnsafeBytes { bytes in
            let skip = index == 0 ? offset : 0
            iovecs.append(iovec(iov_base: UnsafeMutableRawPointer(mutating: bytes.baseAddress! + skip), iov_len: bytes.count - skip))
            return pin(index + 1)
        }
    }
    return pin(0)
}
