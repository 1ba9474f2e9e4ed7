import EntenteAPI
import EntenteIngest
import EntenteJSON
import Foundation
import Logging
import Synchronization
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The extractor in worker processes (`IsolatedExtraction`, `entente extract-worker`): the same events
/// as in process, and a worker that traps, hangs or dies costs one article at most, never the caller.
struct ExtractionIsolationTests {
    /// The repository's held-out articles, parsed.
    static func articles(_ count: Int) throws -> [Article] {
        let directory = packageRoot.appendingPathComponent("Tests/Corpus/heldout/articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.prefix(count).map { name in
            try Article.parse(String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))
        }
    }

    /// Events as the worker sends them (the corpus schema with the date's text), to compare two runs.
    static func written(_ events: [ExtractedEvent]) -> String {
        var writer = JSONTextWriter()
        writer.beginArray()
        for event in events { event.write(to: &writer, dateText: true) }
        writer.endArray()
        return writer.text
    }

    static func pool(_ command: [String], workers: Int = 2, timeout: Duration = .seconds(60), queueTimeout: Duration? = nil) -> IsolatedExtraction {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        return IsolatedExtraction(configuration: .init(command: command, workers: workers, timeout: timeout, queueTimeout: queueTimeout), logger: logger)
    }

    static func worker() throws -> [String] { [try ServerProcess.executable().path, "extract-worker"] }

    /// A fake worker: reads the start of the request (so the article is taken), then runs `then`.
    static func fake(_ then: String) -> [String] { ["/bin/sh", "-c", "head -c 4 >/dev/null; \(then)"] }

    /// Every held-out article gives, through the worker processes, exactly the events it gives in process.
    @Test func workersGiveTheSameEventsAsTheProcessItself() throws {
        let isolated = Self.pool(try Self.worker())
        defer { isolated.shutdown() }
        let articles = try Self.articles(18)
        #expect(articles.count == 18)
        var events = 0
        for article in articles {
            let expected = ArticleExtractor().extract(article)
            events += expected.count
            #expect(Self.written(try isolated.extract(article)) == Self.written(expected))
        }
        #expect(events > 50)
        #expect(isolated.startedWorkers == 1, "one article at a time needs one worker, kept between articles")
    }

    /// A worker that traps fails that article with the signal it died of; the next article gets a new worker.
    @Test func aTrapCostsOneArticle() throws {
        let marker = NSTemporaryDirectory() + "entente-trap-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: marker) }
        // The first worker takes the article and traps; those started after it are real.
        let script = "if [ -e '\(marker)' ]; then exec '\(try Self.worker()[0])' extract-worker; fi; touch '\(marker)'; head -c 4 >/dev/null; kill -ILL $$"
        let isolated = Self.pool(["/bin/sh", "-c", script])
        defer { isolated.shutdown() }
        let article = try #require(try Self.articles(1).first)
        #expect(throws: ExtractionFailure(.crashed("signal 4 (SIGILL)"))) { try isolated.extract(article) }
        #expect(Self.written(try isolated.extract(article)) == Self.written(ArticleExtractor().extract(article)))
        #expect(isolated.startedWorkers == 2)
    }

    /// An article still extracting when the limit passes fails as a timeout, and its worker is killed.
    @Test func aHangingWorkerIsKilledAtTheLimit() throws {
        let isolated = Self.pool(["/bin/sh", "-c", "exec sleep 30"], timeout: .milliseconds(300))
        defer { isolated.shutdown() }
        let article = try #require(try Self.articles(1).first)
        #expect(throws: ExtractionFailure(.timedOut(.milliseconds(300)))) { try isolated.extract(article) }
        #expect(isolated.idleWorkerIDs.isEmpty, "a killed worker is not kept")
        #expect(isolated.startedWorkers == 1)
    }

    /// With every worker busy, an article that cannot get one in time is refused as busy, not queued forever.
    @Test func busyWhenNoWorkerComesFree() throws {
        let isolated = Self.pool(["/bin/sh", "-c", "exec sleep 30"], workers: 1, timeout: .seconds(30), queueTimeout: .milliseconds(200))
        defer { isolated.shutdown() }
        let article = try #require(try Self.articles(1).first)
        let first = DispatchSemaphore(value: 0)
        let outcome = Mutex<ExtractionFailure?>(nil)
        Thread.detachNewThread {
            do { _ = try isolated.extract(article) } catch { outcome.withLock { $0 = error as? ExtractionFailure } }
            first.signal()
        }
        #expect(ProcessWatch.eventually { isolated.busyWorkerIDs.count == 1 })
        #expect(throws: ExtractionFailure(.busy(.milliseconds(200)))) { try isolated.extract(article) }
        // (Shutting down kills the worker still busy: the first article fails at once, not at its 30 s limit.)
        let busy = isolated.busyWorkerIDs
        isolated.shutdown()
        #expect(first.wait(timeout: .now() + 20) == .success)
        #expect(outcome.withLock { $0 } == ExtractionFailure(.crashed("signal 9 (SIGKILL)")))
        #expect(busy.allSatisfy(ProcessWatch.hasEnded))
    }

    /// Past the waiting limit (four articles a worker), an article is refused as busy at once.
    @Test func tooManyWaitingAreRefusedAtOnce() throws {
        let isolated = Self.pool(["/bin/sh", "-c", "exec sleep 30"], workers: 1, timeout: .seconds(30), queueTimeout: .seconds(30))
        let article = try #require(try Self.articles(1).first)
        let done = DispatchSemaphore(value: 0)
        for _ in 0..<(1 + isolated.maxWaiting) {
            Thread.detachNewThread {
                _ = try? isolated.extract(article)
                done.signal()
            }
        }
        #expect(ProcessWatch.eventually { isolated.busyWorkerIDs.count == 1 && isolated.waitingArticles == isolated.maxWaiting })
        #expect(throws: ExtractionFailure(.busy(.zero))) { try isolated.extract(article) }
        isolated.shutdown()
        for _ in 0..<(1 + isolated.maxWaiting) { #expect(done.wait(timeout: .now() + 20) == .success) }
    }

    /// A worker's answer it could not read the article is that article's failure, and the worker goes on; an answer that
    /// is no JSON ends the worker.
    @Test func answersThatAreNotEvents() throws {
        let article = try #require(try Self.articles(1).first)
        // (15 bytes: {"error":"bad"}, then the worker waits for the next article.)
        let refusing = Self.pool(Self.fake(#"printf '\000\000\000\017{"error":"bad"}'; exec sleep 30"#))
        defer { refusing.shutdown() }
        #expect(throws: ExtractionFailure(.crashed("the worker could not read the article: bad"))) { try refusing.extract(article) }
        #expect(refusing.idleWorkerIDs.count == 1)
        let garbled = Self.pool(Self.fake(#"printf '\000\000\000\003abc'; exec sleep 30"#))
        defer { garbled.shutdown() }
        #expect(throws: ExtractionFailure.self) { try garbled.extract(article) }
        #expect(garbled.idleWorkerIDs.isEmpty && garbled.busyWorkerIDs.isEmpty)
    }

    /// Starting workers ahead never starts more than the pool holds.
    @Test func startingWorkersAheadKeepsToThePoolsSize() throws {
        let isolated = Self.pool(try Self.worker(), workers: 2)
        defer { isolated.shutdown() }
        try isolated.startWorkers(5)
        try isolated.startWorkers(1)
        #expect(isolated.startedWorkers == 2 && isolated.idleWorkerIDs.count == 2)
    }

    /// A worker told its server's process id ends when that process does, even in the middle of reading an article (it
    /// would otherwise wait for it for ever).
    @Test func aWorkerEndsWithItsServer() throws {
        let file = NSTemporaryDirectory() + "entente-worker-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: file) }
        let keepOpen = Pipe()
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        // (The worker's input is the shell's, held open here and never written: without the parent's death it would block.
        // Through descriptor 3: a background command's own standard input is /dev/null.)
        shell.arguments = [
            "-c", "exec 3<&0; '\(try Self.worker()[0])' extract-worker --parent $$ <&3 3<&- >/dev/null 2>&1 & echo $! > '\(file)'; sleep 0.5",
        ]
        shell.standardInput = keepOpen
        shell.standardOutput = FileHandle.nullDevice
        try shell.run()
        #expect(ProcessWatch.eventually { ProcessWatch.hasEnded(shell.processIdentifier) })
        let pid = try #require(Int32(try String(contentsOfFile: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(ProcessWatch.eventually { ProcessWatch.hasEnded(pid) }, "the worker \(pid) outlived its parent")
        if !ProcessWatch.hasEnded(pid) { kill(pid, SIGKILL) }
        try keepOpen.fileHandleForWriting.close()
    }

    /// A worker that died while idle is replaced before the next article, which does not notice.
    @Test func anIdleWorkerThatDiedIsReplaced() throws {
        let isolated = Self.pool(try Self.worker())
        defer { isolated.shutdown() }
        let article = try #require(try Self.articles(1).first)
        _ = try isolated.extract(article)
        let pid = try #require(isolated.idleWorkerIDs.first)
        kill(pid, SIGKILL)
        #expect(ProcessWatch.eventually { ProcessWatch.hasEnded(pid) })
        #expect(Self.written(try isolated.extract(article)) == Self.written(ArticleExtractor().extract(article)))
        #expect(isolated.startedWorkers == 2)
        #expect(!isolated.idleWorkerIDs.contains(pid))
    }

    /// A worker that stopped reading before it was handed an article (its input closed) is replaced, and the
    /// article goes to the new one: the article is not what failed.
    @Test func anArticleNotTakenGoesToANewWorker() throws {
        let marker = NSTemporaryDirectory() + "entente-closed-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: marker) }
        // The first worker closes its input and lives on; those started after it are real.
        let script = "if [ -e '\(marker)' ]; then exec '\(try Self.worker()[0])' extract-worker; fi; exec 0<&-; touch '\(marker)'; exec sleep 30"
        let isolated = Self.pool(["/bin/sh", "-c", script], workers: 1)
        defer { isolated.shutdown() }
        try isolated.startWorkers(1)
        #expect(ProcessWatch.eventually { FileManager.default.fileExists(atPath: marker) })
        let article = try #require(try Self.articles(1).first)
        #expect(Self.written(try isolated.extract(article)) == Self.written(ArticleExtractor().extract(article)))
        #expect(isolated.startedWorkers == 2)
    }

    /// Shutting down ends the idle workers and refuses further articles.
    @Test func shutdownEndsTheWorkers() throws {
        let isolated = Self.pool(try Self.worker())
        let article = try #require(try Self.articles(1).first)
        _ = try isolated.extract(article)
        let pids = isolated.idleWorkerIDs
        #expect(pids.count == 1)
        isolated.shutdown()
        #expect(pids.allSatisfy(ProcessWatch.hasEnded))
        #expect(throws: ExtractionFailure(.unavailable("the server is shutting down"))) { try isolated.extract(article) }
    }

    /// The worker answers a message it cannot read with an error and goes on; its input ending ends it cleanly.
    @Test func workerLoopAnswersBadMessagesAndEndsWithItsInput() throws {
        var toWorker: [Int32] = [-1, -1]
        var fromWorker: [Int32] = [-1, -1]
        #expect(pipe(&toWorker) == 0 && pipe(&fromWorker) == 0)
        let done = DispatchSemaphore(value: 0)
        let clean = Mutex(false)
        let (input, output) = (toWorker[0], fromWorker[1])
        Thread.detachNewThread {
            clean.withLock { $0 = ExtractionWorkerLoop.run(input: input, output: output) }
            done.signal()
        }
        func exchange(_ text: String) throws -> JSONValue {
            let payload = Array(text.utf8)
            let length = UInt32(payload.count)
            let frame = [UInt8(length >> 24), UInt8((length >> 16) & 0xff), UInt8((length >> 8) & 0xff), UInt8(length & 0xff)] + payload
            #expect(frame.withUnsafeBytes { write(toWorker[1], $0.baseAddress, $0.count) } == frame.count)
            // (Waiting at most 20 s for the answer: a loop that never answers fails the test, not hangs it.)
            var ready = pollfd(fd: fromWorker[0], events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 20_000) == 1 else { throw TestClient.Failure("no answer from the worker loop") }
            var header = [UInt8](repeating: 0, count: 4)
            #expect(header.withUnsafeMutableBytes { read(fromWorker[0], $0.baseAddress, 4) } == 4)
            var answer = [UInt8](repeating: 0, count: header.reduce(0) { $0 << 8 | Int($1) })
            var filled = 0
            while filled < answer.count {
                let got = answer.withUnsafeMutableBytes { read(fromWorker[0], $0.baseAddress! + filled, $0.count - filled) }
                guard got > 0 else { break }
                filled += got
            }
            return try JSONParser.parse(answer)
        }
        #expect(try exchange("not json")["error"]?.stringValue?.contains("invalid JSON") == true)
        #expect(try exchange(#"{"text":"x","published":"2018"}"#)["error"] == .string("published must be a date YYYY-MM-DD"))
        let events = try exchange(#"{"text":"Russian Foreign Minister Sergei Lavrov visited Pyongyang on Thursday.","published":"2018-06-01","language":"en"}"#)
        #expect(events[path: "events", 0, "kind"] == .string("visit"))
        #expect(events[path: "events", 0, "date", "text"] == .string("Thursday"))
        close(toWorker[1])
        #expect(done.wait(timeout: .now() + 20) == .success)
        #expect(clean.withLock { $0 })
        for fd in [toWorker[0], fromWorker[0], fromWorker[1]] { close(fd) }
    }
}
