import Dispatch
#if canImport(Glibc)
import Glibc
#endif
import EntenteIngest
import EntenteJSON
import Logging
import Synchronization

/// The extractor run in worker processes (`entente extract-worker`), at most `workers` at once, each
/// article under a time limit.
///
/// A worker that traps, or that is still extracting when the limit passes (it is then killed), fails
/// that one request with an ``ExtractionFailure``; the server goes on, and the next article gets a new
/// worker. Workers are started when first needed and kept between articles; ``shutdown()`` closes
/// their input, which ends them (as does the server's own end, however it comes).
///
/// ```swift
/// let extraction = IsolatedExtraction(
///     configuration: .init(command: ["/usr/local/bin/entente", "extract-worker"], workers: 2, timeout: .seconds(20)),
///     logger: logger)
/// let events = try extraction.extract(article)
/// ```
public final class IsolatedExtraction: ArticleExtraction {
    public struct Configuration: Sendable {
        /// The worker's executable path, then its arguments.
        public var command: [String]
        /// Most articles extracted at once (and so most worker processes).
        public var workers: Int
        /// Longest an article may take to extract.
        public var timeout: Duration
        /// Longest an article waits for a free worker (by default, as long as it may take to extract).
        public var queueTimeout: Duration

        public init(command: [String], workers: Int = 2, timeout: Duration = .seconds(20), queueTimeout: Duration? = nil) {
            self.command = command
            self.workers = max(1, workers)
            self.timeout = timeout
            self.queueTimeout = queueTimeout ?? timeout
        }
    }

    private struct State {
        var idle: [ExtractionWorker] = []
        /// Workers extracting an article, by process id: shutting down kills them.
        var busy: [Int32: ExtractionWorker] = [:]
        var started = 0
        /// Requests waiting for a worker.
        var waiting = 0
        var stopped = false
    }

    public let configuration: Configuration
    private let logger: Logger
    private let slots: DispatchSemaphore
    private let state = Mutex(State())

    /// Makes the pool; no worker starts until the first article. The process ignores SIGPIPE from
    /// then on (as the HTTP server does): a worker that ended must fail a write, not end the caller.
    public init(configuration: Configuration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
        slots = DispatchSemaphore(value: configuration.workers)
        signal(SIGPIPE, SIG_IGN)
    }

    deinit { shutdown() }

    /// How many worker processes have been started so far (a crashed or killed one is replaced).
    public var startedWorkers: Int { state.withLock { $0.started } }

    /// The process ids of the workers waiting for an article.
    public var idleWorkerIDs: [Int32] { state.withLock { $0.idle.map(\.pid) } }

    /// The process ids of the workers extracting an article.
    public var busyWorkerIDs: [Int32] { state.withLock { Array($0.busy.keys) } }

    /// How many articles are waiting for a worker now.
    public var waitingArticles: Int { state.withLock { $0.waiting } }

    /// Most requests that wait for a worker at once: more are refused as busy at once, so that a burst of slow articles
    /// cannot hold every handler thread of the server.
    public var maxWaiting: Int { configuration.workers * 4 }

    public func extract(_ article: Article) throws(ExtractionFailure) -> [ExtractedEvent] {
        let limit = configuration.timeout
        let wait = configuration.queueTimeout
        let admitted = state.withLock { state -> Bool? in
            if state.stopped { return nil }
            guard state.waiting < maxWaiting else { return false }
            state.waiting += 1
            return true
        }
        guard let admitted else { throw ExtractionFailure(.unavailable("the server is shutting down")) }
        guard admitted else {
            logger.warning("too many articles waiting for an extraction worker", metadata: ["waiting": "\(maxWaiting)"])
            throw ExtractionFailure(.busy(.zero))
        }
        let waitNanoseconds = min(wait.components.seconds, 86_400) * 1_000_000_000 + wait.components.attoseconds / 1_000_000_000
        let got = slots.wait(timeout: .now() + .nanoseconds(Int(waitNanoseconds)))
        state.withLock { $0.waiting -= 1 }
        guard got == .success else {
            logger.warning("no extraction worker came free", metadata: ["workers": "\(configuration.workers)", "waited": "\(wait.seconds)"])
            throw ExtractionFailure(.busy(wait))
        }
        defer { slots.signal() }
        var writer = JSONTextWriter()
        article.write(to: &writer)
        let request = Array(writer.text.utf8)
        let deadline = ContinuousClock.now + limit
        var worker = try checkOut()
        do {
            try worker.send(request, deadline: deadline)
        } catch .closed {
            // It ended before it took the article (killed while idle, say): the article is not to blame.
            release(worker)
            let ending = worker.waitForEnd(grace: .seconds(2))
            logger.warning("an extraction worker ended before taking an article; starting another", metadata: ["worker": "\(worker.pid)", "ending": "\(ending)"])
            worker = try checkOut()
            do { try worker.send(request, deadline: deadline) } catch { throw failure(error, of: worker, on: article) }
        } catch {
            throw failure(error, of: worker, on: article)
        }
        let answer: [UInt8]
        do { answer = try worker.receive(deadline: deadline) } catch { throw failure(error, of: worker, on: article) }
        let events: [ExtractedEvent]
        do {
            let json = try JSONParser.parse(answer)
            if let message = json["error"]?.stringValue {
                checkIn(worker)
                logger.error(
                    "the extraction worker could not read the article; nothing was stored",
                    metadata: metadata(worker, article).merging(["error": "\(message)"]) { $1 })
                throw ExtractionFailure(.crashed("the worker could not read the article: \(message)"))
            }
            guard let items = json["events"]?.arrayValue else { throw ExtractionJSONError("an answer without events") }
            events = try items.map { item throws(ExtractionJSONError) in try ExtractedEvent(json: item) }
        } catch let failure as ExtractionFailure {
            throw failure
        } catch {
            release(worker)
            worker.kill()
            logger.error("the extraction worker's answer could not be read", metadata: metadata(worker, article).merging(["error": "\(error)"]) { $1 })
            throw ExtractionFailure(.crashed("unreadable answer: \(error)"))
        }
        checkIn(worker)
        return events
    }

    /// Starts workers ahead of the first articles, so those do not wait for one to start: up to `count`, and no more than
    /// the pool holds in all.
    public func startWorkers(_ count: Int) throws(ExtractionFailure) {
        let missing = state.withLock { configuration.workers - $0.idle.count - $0.busy.count }
        for _ in 0..<max(0, min(count, missing)) {
            let worker = try checkOut(reusing: false)
            checkIn(worker)
        }
    }

    /// Ends a worker that failed on an article, logs why, and says so as an ``ExtractionFailure``.
    private func failure(_ error: ExtractionFrame.Failure, of worker: ExtractionWorker, on article: Article) -> ExtractionFailure {
        // (Out of the busy list before it is reaped: shutting down never signals a process id that may be another's.)
        release(worker)
        let about = metadata(worker, article)
        switch error {
        case .timedOut:
            worker.kill()
            let limit = configuration.timeout
            logger.error("extraction took too long; the worker was killed and nothing was stored", metadata: about.merging(["limit": "\(limit.seconds)"]) { $1 })
            return ExtractionFailure(.timedOut(limit))
        case .closed:
            let ending = worker.waitForEnd(grace: .seconds(2))
            logger.error("the extraction worker ended on an article; nothing was stored", metadata: about.merging(["ending": "\(ending)"]) { $1 })
            return ExtractionFailure(.crashed(ending))
        case .tooLarge, .io:
            worker.kill()
            logger.error("talking to the extraction worker failed", metadata: about.merging(["error": "\(error)"]) { $1 })
            return ExtractionFailure(.crashed("\(error)"))
        }
    }

    /// What the log says of an article and its worker (not the text: it may be long, and is the client's).
    private func metadata(_ worker: ExtractionWorker, _ article: Article) -> Logger.Metadata {
        [
            "worker": "\(worker.pid)", "bytes": "\(article.text.utf8.count)", "language": "\(article.language.rawValue)",
            "published": "\(article.published)", "url": "\(article.url ?? "-")",
        ]
    }

    /// Refuses further articles, ends the idle workers (their input closes; they exit) and kills those still
    /// extracting: the server calls it once its requests have had their grace.
    public func shutdown() {
        let (idle, busy) = state.withLock { state in
            state.stopped = true
            defer { state.idle = [] }
            return (state.idle, Array(state.busy.keys))
        }
        // (A busy worker is its request's to reap: that request reads the pipe closing and reports it.)
        for pid in busy { _ = kill(pid, SIGKILL) }
        for worker in idle { worker.stop(grace: .seconds(2)) }
    }

    /// An idle worker that is still running, or a new one; counted busy.
    private func checkOut(reusing: Bool = true) throws(ExtractionFailure) -> ExtractionWorker {
        while reusing {
            let (stopped, candidate) = state.withLock { state in (state.stopped, state.idle.popLast()) }
            if stopped { throw ExtractionFailure(.unavailable("the server is shutting down")) }
            guard let worker = candidate else { break }
            if worker.isRunning {
                state.withLock { $0.busy[worker.pid] = worker }
                return worker
            }
            logger.warning("an idle extraction worker had ended; starting another", metadata: ["worker": "\(worker.pid)", "ending": "\(worker.ending ?? "unknown")"])
        }
        let worker: ExtractionWorker
        do {
            worker = try ExtractionWorker(command: configuration.command)
        } catch {
            logger.error("could not start an extraction worker", metadata: ["error": "\(error)"])
            throw error
        }
        let stopped = state.withLock { state in
            state.started += 1
            if !state.stopped { state.busy[worker.pid] = worker }
            return state.stopped
        }
        if stopped {
            worker.stop(grace: .seconds(2))
            throw ExtractionFailure(.unavailable("the server is shutting down"))
        }
        logger.debug("started an extraction worker", metadata: ["worker": "\(worker.pid)"])
        return worker
    }

    /// Takes a worker out of the busy list.
    private func release(_ worker: ExtractionWorker) {
        state.withLock { _ = $0.busy.removeValue(forKey: worker.pid) }
    }

    /// Hands a healthy worker back: idle, or ended when the pool has shut down.
    private func checkIn(_ worker: ExtractionWorker) {
        let keep = state.withLock { state in
            state.busy.removeValue(forKey: worker.pid)
            if state.stopped { return false }
            state.idle.append(worker)
            return true
        }
        if !keep { worker.stop(grace: .seconds(2)) }
    }
}
