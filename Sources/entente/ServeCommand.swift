import ArgumentParser
import Dispatch
import EntenteAPI
import EntenteHTTP
import EntenteIngest
import EntenteStore
import Foundation
import Logging
import Metrics
import Prometheus

/// `entente serve`: runs the HTTP service until SIGTERM or SIGINT.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start the HTTP service.",
        discussion: "Every option can also come from the environment variable named in its help; a flag wins."
    )

    @Option(help: "Address to listen on (ENTENTE_HOST; default 127.0.0.1).")
    var host: String?

    @Option(help: "TCP port, 0 for any free one (ENTENTE_PORT; default 8080).")
    var port: Int?

    @OptionGroup var store: StoreOptions

    @Flag(help: "Do not load the built-in sample into an empty database.")
    var noSample = false

    @Flag(help: "Require a bearer token for reads too (writes always need one).")
    var requireTokenForReads = false

    @Flag(help: "Do not keep list and statistics answers until the database changes (for measuring the uncached path).")
    var noResponseCache = false

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical (ENTENTE_LOG_LEVEL; default info).")
    var logLevel: String?

    @Option(help: "Most connections open at once, 1–100000.")
    var maxConnections: Int = 4096

    @Option(help: "Largest request body in bytes, 1024–1073741824.")
    var maxBodyBytes: Int = 1 << 20

    @Option(help: "Largest header block in bytes, 1024–1048576.")
    var maxHeaderBytes: Int = 32 * 1024

    @Option(help: "Seconds allowed to receive a request's header block, 1–600.")
    var headerTimeout: Int = 10

    @Option(help: "Seconds a keep-alive connection may stay idle, 1–3600.")
    var idleTimeout: Int = 30

    @Option(help: "Handler threads, 1–256.")
    var handlerThreads: Int = 16

    @Option(help: "Seconds in-flight requests get to finish on shutdown, 0–600.")
    var shutdownGrace: Int = 10

    @Option(help: "Worker processes that extract posted articles, so a failing article cannot end the server, 0–64; 0 extracts in the server's process.")
    var extractionWorkers: Int = 2

    @Option(help: "Seconds an article may take to extract, and to wait for a free worker, 1–3600.")
    var extractionTimeout: Int = 20

    @Option(help: "Seconds one database read may take before it is stopped and answered 503, 1–600.")
    var queryTimeout: Int = 5

    /// Each number with its range: outside it a server would refuse every request (`--max-connections 0`), or start more
    /// threads than the machine allows (`--handler-threads 100000` hung on SIGTERM).
    private var numbers: [(option: String, value: Int, range: ClosedRange<Int>)] {
        [
            ("--max-connections", maxConnections, 1...100_000),
            ("--max-body-bytes", maxBodyBytes, 1024...(1 << 30)),
            ("--max-header-bytes", maxHeaderBytes, 1024...(1 << 20)),
            ("--header-timeout", headerTimeout, 1...600),
            ("--idle-timeout", idleTimeout, 1...3600),
            ("--handler-threads", handlerThreads, 1...256),
            ("--shutdown-grace", shutdownGrace, 0...600),
            ("--extraction-workers", extractionWorkers, 0...64),
            ("--extraction-timeout", extractionTimeout, 1...3600),
            ("--query-timeout", queryTimeout, 1...600),
        ]
    }

    func validate() throws {
        for (option, value, range) in numbers where !range.contains(value) {
            throw ValidationError("\(option) must be from \(range.lowerBound) to \(range.upperBound); it is \(value).")
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let levelName = logLevel ?? environment["ENTENTE_LOG_LEVEL"] ?? "info"
        guard let level = Logger.Level(rawValue: levelName) else {
            throw ValidationError("Unknown log level '\(levelName)'.")
        }
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "entente")

        let portValue: Int
        if let port {
            portValue = port
        } else if let text = environment["ENTENTE_PORT"] {
            guard let parsed = Int(text) else { throw ValidationError("ENTENTE_PORT '\(text)' is not a number.") }
            portValue = parsed
        } else {
            portValue = 8080
        }
        guard (0...65535).contains(portValue) else { throw ValidationError("Port \(portValue) is out of range.") }

        var configuration = HTTPServerConfiguration(
            host: host ?? environment["ENTENTE_HOST"] ?? "127.0.0.1",
            port: portValue,
            maxConnections: maxConnections,
            headerTimeout: .seconds(headerTimeout),
            idleTimeout: .seconds(idleTimeout),
            handlerThreads: handlerThreads,
            shutdownGracePeriod: .seconds(shutdownGrace))
        configuration.limits.maxBodyBytes = maxBodyBytes
        configuration.limits.maxHeaderBytes = maxHeaderBytes

        // One Prometheus registry for everything: the engine, the store and the request metrics; /metrics serves it.
        let registry = PrometheusCollectorRegistry()
        let metrics = PrometheusMetricsFactory(registry: registry)
        MetricsSystem.bootstrap(metrics)
        let store = try self.store.openStore(metrics: metrics, readTimeLimit: .seconds(queryTimeout))
        switch store.bulkLoadRecovery {
        case .nothing: break
        case .completed:
            logger.notice("finished an interrupted bulk import: indexes rebuilt, staged full text indexed", metadata: ["db": "\(self.store.databasePath)"])
        case .failed(let reason):
            logger.error(
                "could not finish an interrupted bulk import; listings are slower and its events unsearchable until it is",
                metadata: ["db": "\(self.store.databasePath)", "error": "\(reason)"])
        }
        if !noSample, try store.isEmpty() {
            try SampleData.load(into: store)
            logger.info("loaded the built-in sample", metadata: ["db": "\(self.store.databasePath)"])
        }
        // The office-holders the extractor knows are actors of their own, so the API lists and searches them.
        let seeded = try store.seedActors(OfficeRegistry.actors)
        if seeded > 0 { logger.info("stored the registry's office-holders", metadata: ["actors": "\(seeded)"]) }
        // (The workers run this very file through /proc/self/exe: the server's own code, even after an upgrade replaced
        // or removed the file on disk.)
        let isolated: IsolatedExtraction? =
            extractionWorkers == 0
            ? nil
            : IsolatedExtraction(
                configuration: .init(
                    command: ["/proc/self/exe", "extract-worker", "--parent", String(getpid())], workers: extractionWorkers,
                    timeout: .seconds(extractionTimeout)),
                logger: logger)
        let application = EntenteApplication(
            store: store,
            configuration: .init(
                requireTokenForReads: requireTokenForReads, responseCache: !noResponseCache, extraction: isolated ?? InProcessExtraction()),
            registry: registry)
        let server = HTTPServer(configuration: configuration, responder: application.makeResponder(), logger: logger, metrics: metrics)

        // Shutdown is driven from a Dispatch signal source, not an async-signal handler. The sources are in place before
        // the port opens: a SIGTERM sent once the server answers (a test's, an orchestrator's) is never lost between the
        // signal being ignored and its source resuming.
        let requested = ShutdownRequest()
        var sources: [any DispatchSourceSignal] = []
        for signalNumber in [SIGTERM, SIGINT] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                logger.info("signal received; shutting down", metadata: ["signal": "\(signalNumber)"])
                requested.set()
                server.shutdown()
            }
            source.resume()
            sources.append(source)
        }
        try server.start()
        // (A signal that came while the port was opening asked for a shutdown the server could not yet act on.)
        if requested.isSet { server.shutdown() }
        server.waitUntilStopped()
        isolated?.shutdown()
        logger.info("stopped")
        withExtendedLifetime(sources) {}
    }
}

/// Whether a shutdown signal has arrived, set from the signal source's queue and read on the main thread.
private final class ShutdownRequest: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false

    func set() { lock.withLock { flag = true } }
    var isSet: Bool { lock.withLock { flag } }
}
