/// Where the server listens and the limits and timeouts it enforces.
///
/// Every default is documented in `docs/limits.md`; each can be changed from the command line.
public struct HTTPServerConfiguration: Sendable {
    /// The address to bind, an IPv4 or IPv6 literal or a host name.
    public var host: String
    /// The TCP port; `0` picks a free one (see ``HTTPServer/localPort``).
    public var port: Int
    /// The listen backlog.
    public var backlog: Int32
    /// Connections open at once; beyond this a new one gets `503` and is closed.
    public var maxConnections: Int
    /// Request size limits.
    public var limits: HTTPRequestParser.Limits
    /// Time allowed from the first byte of a request to the end of its header block (slowloris), answered `408`.
    public var headerTimeout: Duration
    /// Time allowed between two reads of a body that has not fully arrived, answered `408`.
    public var bodyTimeout: Duration
    /// Time a keep-alive connection may stay idle between requests before it is closed.
    public var idleTimeout: Duration
    /// Time a response may make no write progress (the peer not reading) before the connection is dropped.
    public var writeTimeout: Duration
    /// Threads running handlers; the I/O thread never runs handler code.
    public var handlerThreads: Int
    /// On shutdown, how long in-flight requests may take before their connections are closed.
    public var shutdownGracePeriod: Duration

    public init(
        host: String = "127.0.0.1",
        port: Int = 8080,
        backlog: Int32 = 1024,
        maxConnections: Int = 4096,
        limits: HTTPRequestParser.Limits = .init(),
        headerTimeout: Duration = .seconds(10),
        bodyTimeout: Duration = .seconds(15),
        idleTimeout: Duration = .seconds(30),
        writeTimeout: Duration = .seconds(15),
        handlerThreads: Int = 16,
        shutdownGracePeriod: Duration = .seconds(10)
    ) {
        self.host = host
        self.port = port
        self.backlog = backlog
        self.maxConnections = maxConnections
        self.limits = limits
        self.headerTimeout = headerTimeout
        self.bodyTimeout = bodyTimeout
        self.idleTimeout = idleTimeout
        self.writeTimeout = writeTimeout
        self.handlerThreads = handlerThreads
        self.shutdownGracePeriod = shutdownGracePeriod
    }
}

extension Duration {
    /// The duration in whole nanoseconds, for monotonic-clock arithmetic.
    var nanoseconds: UInt64 {
        let (seconds, attoseconds) = components
        return UInt64(max(0, seconds)) * 1_000_000_000 + UInt64(max(0, attoseconds) / 1_000_000_000)
    }
}
