import EntenteHTTP
import Logging

/// Entente's HTTP application: its routes and the middleware around them.
public struct EntenteApplication: Sendable {
    /// Settings of the application layer (the engine's are in ``HTTPServerConfiguration``).
    public struct Configuration: Sendable {
        /// The SQLite database file.
        public var databasePath: String
        /// The level of the per-request access-log lines.
        public var accessLogLevel: Logger.Level
        /// Smallest body worth compressing.
        public var compressionMinimumSize: Int

        public init(databasePath: String = "entente.db", accessLogLevel: Logger.Level = .info, compressionMinimumSize: Int = 1024) {
            self.databasePath = databasePath
            self.accessLogLevel = accessLogLevel
            self.compressionMinimumSize = compressionMinimumSize
        }
    }

    public let configuration: Configuration

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// The routes of the service.
    public func makeRouter() -> Router {
        var router = Router()
        router.get("/healthz") { _, _ in
            HTTPResponse.json(text: #"{"status":"ok"}"#)
        }
        return router
    }

    /// The router wrapped in the standard middleware chain: request id, access log,
    /// compression, error mapping.
    public func makeResponder() -> HTTPResponder {
        makeRouter().responder(middlewares: [
            RequestIDMiddleware(),
            AccessLogMiddleware(level: configuration.accessLogLevel),
            CompressionMiddleware(minimumSize: configuration.compressionMinimumSize),
            ErrorMiddleware(),
        ])
    }
}
