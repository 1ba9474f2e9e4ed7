import CoreMetrics
import EntenteHTTP
import EntenteStore
import Logging
import Prometheus

/// Entente's HTTP application: its routes over the store, and the middleware around them.
public struct EntenteApplication: Sendable {
    /// Settings of the application layer (the engine's are in ``HTTPServerConfiguration``).
    public struct Configuration: Sendable {
        /// The level of the per-request access-log lines.
        public var accessLogLevel: Logger.Level
        /// Smallest body worth compressing.
        public var compressionMinimumSize: Int
        /// Whether reads need a token too (writes always do).
        public var requireTokenForReads: Bool
        /// Whether list and statistics answers are kept until the database changes (see `ResponseCache`).
        public var responseCache: Bool
        /// How `POST /v1/ingest` runs the extractor: in this process, or in worker processes (``IsolatedExtraction``).
        public var extraction: any ArticleExtraction

        public init(
            accessLogLevel: Logger.Level = .info, compressionMinimumSize: Int = 1024, requireTokenForReads: Bool = false,
            responseCache: Bool = true, extraction: any ArticleExtraction = InProcessExtraction()
        ) {
            self.accessLogLevel = accessLogLevel
            self.compressionMinimumSize = compressionMinimumSize
            self.requireTokenForReads = requireTokenForReads
            self.responseCache = responseCache
            self.extraction = extraction
        }
    }

    public let configuration: Configuration
    public let store: EntenteStore
    /// Where `/metrics` reads from, and the factory the request metrics are made with.
    let registry: PrometheusCollectorRegistry
    let metrics: any MetricsFactory

    /// - Parameter registry: the Prometheus registry `/metrics` serves; the request metrics are recorded into it.
    public init(store: EntenteStore, configuration: Configuration = Configuration(), registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.store = store
        self.configuration = configuration
        self.registry = registry
        self.metrics = PrometheusMetricsFactory(registry: registry)
    }

    /// The routes of the service.
    public func makeRouter() -> Router {
        var router = Router()
        router.get("/healthz") { _, _ in
            HTTPResponse.json(text: #"{"status":"ok"}"#)
        }
        router.get("/openapi.json") { _, _ in
            HTTPResponse.json(text: OpenAPIDocument.json)
        }
        let registry = self.registry
        router.get("/metrics") { _, _ in
            HTTPResponse(headers: ["Content-Type": "text/plain; version=0.0.4; charset=utf-8"], body: registry.emitToBuffer())
        }
        let cache = configuration.responseCache ? ResponseCache(store: store) : nil
        EventRoutes(store: store, cache: cache).register(on: &router)
        VisitRoutes(store: store, cache: cache).register(on: &router)
        ActorRoutes(store: store).register(on: &router)
        PageRoutes(store: store).register(on: &router)
        IngestRoutes(store: store, extraction: configuration.extraction, metrics: metrics).register(on: &router)
        CountryRoutes(store: store, cache: cache).register(on: &router)
        return router
    }

    /// The router wrapped in the standard middleware chain, outermost first: request id, access log,
    /// compression, conditional GET, error mapping (the store's errors, then everything else), authentication.
    public func makeResponder() -> HTTPResponder {
        let requireReads = configuration.requireTokenForReads
        let router = makeRouter()
        return router.responder(middlewares: [
            RequestIDMiddleware(),
            AccessLogMiddleware(level: configuration.accessLogLevel),
            MetricsMiddleware(router: router, factory: metrics),
            CompressionMiddleware(minimumSize: configuration.compressionMinimumSize),
            ConditionalRequestMiddleware(),
            ErrorMiddleware(),
            StoreErrorMiddleware(),
            AuthMiddleware(authenticator: TokenAuthenticator(store: store)) { request in
                if request.pathSegments == ["healthz"] || request.pathSegments == ["metrics"] { return false }
                return requireReads || (request.method != .get && request.method != .head)
            },
        ])
    }
}
