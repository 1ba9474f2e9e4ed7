import EntenteIngest

/// How the service runs the extractor on a posted article (`POST /v1/ingest`).
///
/// ``InProcessExtraction`` calls it on the request's thread; ``IsolatedExtraction`` hands the article
/// to a worker process, so that a trap in the extractor or an article that takes too long ends that
/// worker, never the server.
public protocol ArticleExtraction: Sendable {
    /// The events the article reports.
    /// - Throws: ``ExtractionFailure`` when the events could not be had (a worker crashed, timed out or was not free).
    func extract(_ article: Article) throws(ExtractionFailure) -> [ExtractedEvent]
}

/// The extractor run in the server's own process: the simplest, and what the in-process tests use.
public struct InProcessExtraction: ArticleExtraction {
    public init() {}

    public func extract(_ article: Article) throws(ExtractionFailure) -> [ExtractedEvent] {
        ArticleExtractor().extract(article)
    }
}

/// Why an article's events could not be had. Nothing is stored when extraction fails.
public struct ExtractionFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// The worker ended while extracting (a trap: "signal 4 (SIGILL)"), or answered what could not be read.
        case crashed(String)
        /// The article took longer than the limit; the worker was killed.
        case timedOut(Duration)
        /// No worker came free within the limit (zero: too many articles were waiting already).
        case busy(Duration)
        /// The workers are shut down, or none could be started.
        case unavailable(String)
    }

    public var reason: Reason

    public init(_ reason: Reason) { self.reason = reason }

    /// A short name of the reason, for metrics and logs: `crashed`, `timeout`, `busy`, `unavailable`.
    public var label: String {
        switch reason {
        case .crashed: "crashed"
        case .timedOut: "timeout"
        case .busy: "busy"
        case .unavailable: "unavailable"
        }
    }

    public var description: String {
        switch reason {
        case .crashed(let how): "the extraction worker failed: \(how)"
        case .timedOut(let limit): "extraction took longer than \(limit.seconds) and was stopped"
        case .busy(let limit):
            limit == .zero ? "too many articles are waiting for an extraction worker" : "no extraction worker came free within \(limit.seconds)"
        case .unavailable(let why): "extraction is unavailable: \(why)"
        }
    }
}

extension Duration {
    /// "20 s", "0.5 s".
    var seconds: String {
        let (whole, fraction) = components
        let milliseconds = fraction / 1_000_000_000_000_000
        return milliseconds == 0 ? "\(whole) s" : "\(Double(whole) + Double(milliseconds) / 1000) s"
    }
}
