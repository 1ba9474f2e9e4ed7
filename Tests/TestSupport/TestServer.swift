import CoreMetrics
import EntenteHTTP
import Logging

/// Starts an ``HTTPServer`` on an ephemeral loopback port for the duration of a test.
public final class TestServer {
    public let server: HTTPServer
    public let port: Int

    /// Starts a server answering with `router` behind the standard middleware chain.
    public init(
        router: Router,
        configure: (inout HTTPServerConfiguration) -> Void = { _ in },
        middlewares: [any HTTPMiddleware] = TestServer.standardMiddlewares,
        logger: Logger? = nil,
        metrics: any MetricsFactory = MetricsSystem.factory
    ) throws {
        var configuration = HTTPServerConfiguration(host: "127.0.0.1", port: 0, handlerThreads: 4, shutdownGracePeriod: .seconds(5))
        configure(&configuration)
        var quiet = Logger(label: "test")
        quiet.logLevel = .critical
        server = HTTPServer(configuration: configuration, responder: router.responder(middlewares: middlewares), logger: logger ?? quiet, metrics: metrics)
        try server.start()
        port = server.localPort!
    }

    public static let standardMiddlewares: [any HTTPMiddleware] = [
        RequestIDMiddleware(), CompressionMiddleware(), ErrorMiddleware(),
    ]

    /// A client connected to this server.
    public func client(timeout: Double = 10) throws -> TestClient { try TestClient(port: port, timeout: timeout) }

    /// Shuts down and waits.
    public func stop() {
        server.shutdown()
        server.waitUntilStopped()
    }

    deinit { stop() }
}

/// A request written out as bytes, with `Host` and the given fields.
public func rawRequest(
    _ method: String = "GET", _ target: String, headers: [(String, String)] = [], body: String = "",
    version: String = "HTTP/1.1"
) -> String {
    var text = "\(method) \(target) \(version)\r\nHost: test\r\n"
    for (name, value) in headers { text += "\(name): \(value)\r\n" }
    if !body.isEmpty { text += "Content-Length: \(body.utf8.count)\r\n" }
    return text + "\r\n" + body
}
