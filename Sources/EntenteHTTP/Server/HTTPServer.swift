#if canImport(Glibc)
import Glibc
#endif
import Foundation
import CoreMetrics
import Logging
import Synchronization

/// An HTTP/1.1 server on POSIX sockets: one epoll I/O thread and a fixed pool of handler threads.
///
/// ```swift
/// var router = Router()
/// router.get("/healthz") { _, _ in .json(text: #"{"status":"ok"}"#) }
/// let server = HTTPServer(configuration: .init(port: 8080), responder: router.responder(middlewares: []))
/// try server.start()
/// server.waitUntilStopped()
/// ```
public final class HTTPServer: Sendable {
    public let configuration: HTTPServerConfiguration
    private let responder: HTTPResponder
    private let logger: Logger
    private let metrics: any MetricsFactory
    private let running = Mutex<(loop: EventLoop, workers: WorkerPool, port: Int)?>(nil)
    private let stopped = DispatchSemaphore(value: 0)

    /// - Parameter metrics: where the engine reports open connections (swift-metrics).
    public init(
        configuration: HTTPServerConfiguration, responder: @escaping HTTPResponder, logger: Logger = Logger(label: "entente.http"),
        metrics: any MetricsFactory = MetricsSystem.factory
    ) {
        self.configuration = configuration
        self.responder = responder
        self.logger = logger
        self.metrics = metrics
    }

    /// Binds the listening socket and starts the I/O and handler threads; returns once accepting.
    /// - Throws: ``SystemError`` when the address cannot be bound.
    public func start() throws(SystemError) {
        // A peer that closes mid-response must not kill the process; sends also pass MSG_NOSIGNAL.
        signal(SIGPIPE, SIG_IGN)
        let (fd, port) = try Socket.listen(host: configuration.host, port: configuration.port, backlog: configuration.backlog)
        let workers = WorkerPool(threads: configuration.handlerThreads, name: "entente-handler")
        let loop: EventLoop
        do {
            loop = try EventLoop(
                configuration: configuration, listenFD: fd, responder: responder, workers: workers, logger: logger, metrics: metrics)
        } catch {
            close(fd)
            workers.stop()
            throw error
        }
        running.withLock { $0 = (loop, workers, port) }
        let thread = Thread { [stopped] in
            loop.run()
            workers.stop()
            stopped.signal()
        }
        thread.name = "entente-io"
        thread.start()
        logger.info("listening", metadata: ["host": "\(configuration.host)", "port": "\(port)"])
    }

    /// The port the server is bound to (useful with port `0`); `nil` before ``start()``.
    public var localPort: Int? { running.withLock { $0?.port } }

    /// Stops accepting, lets in-flight requests finish within the grace period, closes idle
    /// connections, then ends the I/O thread. Returns at once; see ``waitUntilStopped()``.
    public func shutdown() {
        running.withLock { $0?.loop }?.requestShutdown()
    }

    /// Blocks until the server has shut down.
    public func waitUntilStopped() {
        stopped.wait()
        stopped.signal()  // let any other waiter through too
    }
}
