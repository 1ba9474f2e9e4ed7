import EntenteHTTP
import EntenteJSON
import Foundation
import Testing
import TestSupport

/// The README's commands against the real executable, over real sockets.
@Suite(.serialized)
struct ReadmeWalkthroughTests {
    private func temporaryDatabase() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("entente-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("entente.db").path
    }

    private func get(_ port: Int, _ target: String) throws -> (TestClient.Response, JSONValue) {
        let client = try TestClient(port: port)
        try client.send(rawRequest("GET", target))
        let response = try client.readResponse()
        return (response, try JSONParser.parse(response.body))
    }

    /// Start on an empty database (sample loaded), read the examples, create a token, post an event, read it back.
    @Test func walkThroughTheReadme() throws {
        let database = try temporaryDatabase()
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: database).deletingLastPathComponent().path) }
        let server = try ServerProcess(databasePath: database)

        let (health, healthJSON) = try get(server.port, "/healthz")
        #expect(health.status == 200 && healthJSON["status"] == .string("ok"))

        // curl localhost:8080/v1/countries/KP/visits shows Lavrov's visit.
        let (_, visits) = try get(server.port, "/v1/countries/KP/visits")
        let titles = visits["events"]?.arrayValue?.compactMap { $0["title"]?.stringValue } ?? []
        #expect(titles.contains("Sergei Lavrov visits Pyongyang"))
        // curl localhost:8080/v1/summits shows the 12 June 2018 Trump–Kim summit.
        let (_, summits) = try get(server.port, "/v1/summits")
        #expect(summits["events"]?.arrayValue?.first?["date"]?["start"] == .string("2018-06-12"))

        // entente token create NAME prints the token as its last line.
        let created = try ServerProcess.run(["token", "create", "readme", "--db", database])
        #expect(created.status == 0)
        let token = try #require(created.output.split(separator: "\n").last.map(String.init))
        #expect(token.hasPrefix("ent_"))

        let body = """
            {"kind":"visit","title":"Kim Jong-un visits Vladivostok","date":{"start":"2019-04-25"},"host_country":"RU",
             "location":{"place":"Vladivostok","country":"RU"},"participants":[{"actor":"kim-jong-un"}],
             "sources":[{"url":"https://en.wikipedia.org/wiki/2019_Russia%E2%80%93North_Korea_summit","language":"en"}]}
            """
        let client = try TestClient(port: server.port)
        try client.send(rawRequest("POST", "/v1/events", headers: [("Authorization", "Bearer \(token)"), ("Content-Type", "application/json")], body: body))
        let post = try client.readResponse()
        #expect(post.status == 201)
        let location = try #require(post.headers["Location"])

        let (_, outbound) = try get(server.port, "/v1/countries/KP/visits?direction=outbound")
        #expect(outbound["events"]?.arrayValue?.contains { $0["title"] == .string("Kim Jong-un visits Vladivostok") } == true)
        let (fetched, _) = try get(server.port, location)
        #expect(fetched.status == 200)

        // The registry's office-holders are actors from the start, with their terms; the sample's own stay as they were.
        let (_, wong) = try get(server.port, "/v1/actors?q=penny%20wong")
        #expect(wong["actors"]?.arrayValue?.first?["id"] == .string("penny-wong"))
        let (_, lavrov) = try get(server.port, "/v1/actors/sergei-lavrov")
        #expect(lavrov["wikidata_id"] == .string("Q80137"), "the sample's actor is not replaced by the registry's")
        #expect(server.terminate() == 0)
    }

    /// An NDJSON export imports into an empty database (actors come along), and importing it again changes nothing.
    @Test func ndjsonExportReimports() throws {
        let source = try temporaryDatabase()
        let target = try temporaryDatabase()
        defer {
            for path in [source, target] { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path) }
        }
        let server = try ServerProcess(databasePath: source)
        let client = try TestClient(port: server.port)
        try client.send(rawRequest("GET", "/v1/timeline?format=ndjson&limit=500"))
        let export = try client.readResponse()
        #expect(export.status == 200)
        #expect(server.terminate() == 0)
        let file = target + ".ndjson"
        try Data(export.body).write(to: URL(fileURLWithPath: file))
        let migrations = packageRoot.appendingPathComponent("Migrations").path
        let first = try ServerProcess.run(["import", file, "--db", target, "--migrations", migrations])
        #expect(first.status == 0, "\(first.output)")
        #expect(first.output.contains("imported: 11 created, 0 merged"))
        let again = try ServerProcess.run(["import", file, "--db", target, "--migrations", migrations])
        #expect(again.output.contains("imported: 0 created, 11 merged"))
        let imported = try ServerProcess(databasePath: target, arguments: ["--no-sample"])
        let (_, visits) = try get(imported.port, "/v1/countries/KP/visits")
        #expect(visits["events"]?.arrayValue?.count == 5)
        let (_, history) = try get(imported.port, "/v1/timeline?limit=1")
        let id = try #require(history["events"]?.arrayValue?.first?["id"]?.stringValue)
        let (_, revisions) = try get(imported.port, "/v1/events/\(id)/history")
        #expect(revisions["revisions"]?.arrayValue?.count == 1, "re-importing the same report must not add revisions")
        #expect(imported.terminate() == 0)
        let broken = try ServerProcess.run(["import", "/nonexistent.ndjson", "--db", target, "--migrations", migrations])
        #expect(broken.status != 0)

        // Into another database holding the same sample under other ids: every event merges into its own, the sub-events
        // too (their parent is the file's id of an event stored under another).
        let other = try temporaryDatabase()
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: other).deletingLastPathComponent().path) }
        #expect(try ServerProcess(databasePath: other).terminate() == 0)
        let intoSample = try ServerProcess.run(["import", file, "--db", other, "--migrations", migrations])
        #expect(intoSample.status == 0, "\(intoSample.output)")
        #expect(intoSample.output.contains("imported: 0 created, 11 merged"), "\(intoSample.output)")
    }

    /// An import killed (SIGKILL) in the middle of a bulk load loses nothing it committed: the next
    /// command that opens the database rebuilds the suspended indexes and the full text, and running
    /// the import again completes it without duplicating anything.
    @Test func killedBulkImportIsFinishedAndResumable() throws {
        let database = try temporaryDatabase()
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: database).deletingLastPathComponent().path) }
        let file = database + ".ndjson"
        let hosts = ["FR", "DE", "KP", "RU", "US", "IN", "JP", "BR"]
        let lines = (0..<4000).map { index in
            #"{"kind":"visit","title":"Visit \#(index)","date":{"start":"\#(1990 + index % 30)-0\#(1 + index % 9)-1\#(index % 10)"},"host_country":"\#(hosts[index % 8])","participants":[{"name":"Person \#(index % 97)","country":"\#(hosts[(index + 1) % 8])"}],"sources":[{"url":"https://news.example/\#(index)","evidence":"grain talks \#(index)"}]}"#
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let migrations = packageRoot.appendingPathComponent("Migrations").path
        let arguments = ["import", file, "--bulk", "--batch-size", "100", "--db", database, "--migrations", migrations]

        let process = Process()
        process.executableURL = try ServerProcess.executable()
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it once the load is under way (its lock file exists; it is never removed) and some batches have committed.
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning, !FileManager.default.fileExists(atPath: database + "-bulkload"), Date() < deadline { usleep(5_000) }
        usleep(300_000)
        let killedMidLoad = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        let again = try ServerProcess.run(arguments)
        #expect(again.status == 0, "\(again.output)")
        if killedMidLoad { #expect(again.output.contains("finished an interrupted bulk import")) }
        let counts = again.output.split(separator: "\n").last { $0.hasPrefix("imported:") }.map(String.init) ?? again.output
        let numbers = counts.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        #expect(numbers.count == 3 && numbers[0] + numbers[1] == 4000 && numbers[2] == 0, "\(counts)")

        let server = try ServerProcess(databasePath: database, arguments: ["--no-sample"])
        let client = try TestClient(port: server.port)
        try client.send(rawRequest("GET", "/v1/timeline?format=ndjson"))
        let all = try client.readResponse().body.split(separator: 0x0A)
        let searchClient = try TestClient(port: server.port)
        try searchClient.send(rawRequest("GET", "/v1/timeline?format=ndjson&q=grain"))
        let found = try searchClient.readResponse().body.split(separator: 0x0A)
        #expect(all.count == 4000, "one event per line, none twice")
        #expect(found.count == 4000, "every event's full text is indexed")
        let (_, visits) = try get(server.port, "/v1/countries/KP/visits?limit=500")
        #expect(visits["events"]?.arrayValue?.count == 500, "the visit listing's indexes are back")
        #expect(server.terminate() == 0)
    }

    /// A bad line is reported by its number with the reason; the good lines around it are kept, in
    /// batches of any size, with blank lines skipped (but counted), CRLF endings and no final newline.
    @Test func importReportsBadLinesAndKeepsGoodOnes() throws {
        let database = try temporaryDatabase()
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: database).deletingLastPathComponent().path) }
        let file = database + ".ndjson"
        let lines = [
            #"{"kind":"visit","title":"One","date":{"start":"2020-01-01"},"host_country":"FR","participants":[{"name":"Person One"}]}"#,
            #"{"kind":"parade","title":"Bad kind"}"#,
            "  ",
            "not json",
            #"{"kind":"visit","title":"Two","date":{"start":"2020-02-01"},"host_country":"DE","participants":[{"name":"Person Two"}]}"#,
        ]
        try lines.joined(separator: "\r\n").write(toFile: file, atomically: true, encoding: .utf8)
        let migrations = packageRoot.appendingPathComponent("Migrations").path
        let result = try ServerProcess.run(["import", file, "--db", database, "--migrations", migrations, "--batch-size", "2"])
        #expect(result.status != 0)
        #expect(result.output.contains("line 2: /kind"))
        #expect(result.output.contains("line 4: invalid JSON"))
        #expect(result.output.contains("imported: 2 created, 0 merged into existing events, 2 refused"))
    }

    /// A sub-event listed before its parent waits for it; a parent that is nowhere is refused by number.
    @Test func importOrdersSubEventsAfterTheirParents() throws {
        let database = try temporaryDatabase()
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: database).deletingLastPathComponent().path) }
        let file = database + ".ndjson"
        let lines = [
            #"{"kind":"meeting","title":"Child","parent":"evt_summitparent","date":{"start":"2020-01-02"},"host_country":"FR","participants":[{"name":"A"},{"name":"B"}]}"#,
            #"{"kind":"meeting","title":"Orphan","parent":"evt_nowhere","date":{"start":"2020-01-03"},"host_country":"FR","participants":[{"name":"A"},{"name":"C"}]}"#,
            #"{"id":"evt_summitparent","kind":"summit","title":"Parent","date":{"start":"2020-01-02"},"host_country":"FR","participants":[]}"#,
        ]
        try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let migrations = packageRoot.appendingPathComponent("Migrations").path
        let result = try ServerProcess.run(["import", file, "--db", database, "--migrations", migrations])
        #expect(result.output.contains("imported: 2 created, 0 merged into existing events, 1 refused"), "\(result.output)")
        #expect(result.output.contains("line 2: "))
        #expect(result.output.contains("evt_nowhere"))
        let server = try ServerProcess(databasePath: database, arguments: ["--no-sample"])
        let (_, parent) = try get(server.port, "/v1/events/evt_summitparent")
        #expect(parent["title"]?.stringValue == "Parent")
        #expect(server.terminate() == 0)
    }

    /// `entente ingest DIR` stores a directory of articles; ingesting it again merges everything and creates nothing.
    @Test func ingestDirectoryIsIdempotent() throws {
        let database = try temporaryDatabase()
        let directory = URL(fileURLWithPath: database).deletingLastPathComponent().appendingPathComponent("articles")
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: database).deletingLastPathComponent().path) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try "url: https://example.org/1\npublished: 2018-05-31\nlanguage: fr\n---\nLe chef de la diplomatie russe Sergueï Lavrov s'est rendu jeudi à Pyongyang.\n"
            .write(to: directory.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "published: 2023-07-10\n---\nPrime Minister Rishi Sunak welcomed the President of the United States, Joe Biden, to Downing Street this morning.\n"
            .write(to: directory.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        try "no header here".write(to: directory.appendingPathComponent("c.txt"), atomically: true, encoding: .utf8)
        let migrations = packageRoot.appendingPathComponent("Migrations").path
        let first = try ServerProcess.run(["ingest", directory.path, "--db", database, "--migrations", migrations])
        #expect(first.status != 0, "a bad article is reported")
        #expect(first.output.contains("ingested 2 of 3 articles"))
        #expect(first.output.contains("c.txt"))
        let created = first.output.components(separatedBy: "articles: ").last?.split(separator: " ").first.flatMap { Int($0) } ?? 0
        #expect(created >= 3)
        let again = try ServerProcess.run(["ingest", directory.appendingPathComponent("a.txt").path, directory.appendingPathComponent("b.txt").path, "--db", database, "--migrations", migrations])
        #expect(again.status == 0)
        #expect(again.output.contains("0 events created"))
    }

    /// `entente extract --features DIR` writes, beside each NAME.json, NAME.tsv: a header of the confidence features,
    /// then one row per event in the order of NAME.json (what `Scripts/train-confidence.py` reads).
    @Test func extractWritesConfidenceFeatures() throws {
        let database = try temporaryDatabase()
        let directory = URL(fileURLWithPath: database).deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(atPath: directory.path) }
        let article = directory.appendingPathComponent("lavrov.txt")
        try "published: 2018-05-31\nlanguage: fr\n---\nLe chef de la diplomatie russe Sergueï Lavrov s'est rendu jeudi à Pyongyang, où il a rencontré Kim Jong-un.\n"
            .write(to: article, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("out"), features = directory.appendingPathComponent("features")
        let result = try ServerProcess.run(["extract", article.path, "--out", out.path, "--features", features.path])
        #expect(result.status == 0, "\(result.output)")
        let events = try #require(try JSONParser.parse(String(contentsOf: out.appendingPathComponent("lavrov.json"), encoding: .utf8)).arrayValue)
        let rows = try String(contentsOf: features.appendingPathComponent("lavrov.tsv"), encoding: .utf8).split(separator: "\n")
        #expect(events.count >= 2, "the visit and the meeting")
        #expect(rows.count == events.count + 1)
        let header = rows[0].split(separator: "\t")
        #expect(header.contains("kind=visit") && header.contains("rule=0.6"))
        for (event, row) in zip(events, rows.dropFirst()) {
            let values = row.split(separator: "\t").compactMap { Double($0) }
            #expect(values.count == header.count)
            let kind = try #require(event["kind"]?.stringValue)
            #expect(values[try #require(header.firstIndex(of: Substring("kind=\(kind)")))] == 1)
            guard case .number(let confidence) = event["confidence"] else {
                Issue.record("no confidence: \(event)")
                continue
            }
            #expect(confidence > 0 && confidence < 1)
        }
    }

    /// `entente ingest` extracts in a worker: an article that takes longer than the limit is reported and skipped, and the
    /// articles after it are stored.
    @Test func ingestSkipsAnArticleThatTakesTooLong() throws {
        let database = try temporaryDatabase()
        let directory = URL(fileURLWithPath: database).deletingLastPathComponent().appendingPathComponent("articles")
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: database).deletingLastPathComponent().path) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let dev = packageRoot.appendingPathComponent("Tests/Corpus/heldout/articles")
        let sample = try String(contentsOf: dev.appendingPathComponent(
            try #require(try FileManager.default.contentsOfDirectory(atPath: dev.path).sorted().first)), encoding: .utf8)
        let (header, text) = try #require(sample.range(of: "\n---\n").map { (sample[..<$0.lowerBound], sample[$0.upperBound...]) })
        // (About a megabyte of real sentences: far more than a second of extraction in any build.)
        try (header + "\n---\n" + String(repeating: text + "\n\n", count: 1_000_000 / text.utf8.count + 1))
            .write(to: directory.appendingPathComponent("a-long.txt"), atomically: true, encoding: .utf8)
        try "published: 2023-07-10\n---\nPrime Minister Rishi Sunak welcomed the President of the United States, Joe Biden, to Downing Street this morning.\n"
            .write(to: directory.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let migrations = packageRoot.appendingPathComponent("Migrations").path
        let result = try ServerProcess.run(["ingest", directory.path, "--db", database, "--migrations", migrations, "--extraction-timeout", "1"])
        #expect(result.status != 0, "the skipped article is reported")
        #expect(result.output.contains("a-long.txt") && result.output.contains("took longer than 1 s"), "\(result.output)")
        #expect(result.output.contains("ingested 1 of 2 articles"), "\(result.output)")
        #expect(!result.output.contains(" 0 events created"), "\(result.output)")
    }

    /// An acknowledged write survives kill -9: the event posted just before is there after a restart.
    @Test func acknowledgedWriteSurvivesKill9() throws {
        let database = try temporaryDatabase()
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: database).deletingLastPathComponent().path) }
        let token = try #require(try ServerProcess.run(["token", "create", "crash", "--db", database]).output.split(separator: "\n").last.map(String.init))
        let server = try ServerProcess(databasePath: database, arguments: ["--no-sample"])
        var locations: [String] = []
        for index in 0..<20 {
            let client = try TestClient(port: server.port)
            let body = #"{"kind":"visit","title":"Visit \#(index)","date":{"start":"2020-01-\#(10 + index)"},"host_country":"FR","participants":[{"name":"Traveller \#(index)"}]}"#
            try client.send(rawRequest("POST", "/v1/events", headers: [("Authorization", "Bearer \(token)"), ("Content-Type", "application/json")], body: body))
            let response = try client.readResponse()
            #expect(response.status == 201)
            if let location = response.headers["Location"] { locations.append(location) }
        }
        server.kill9()
        let restarted = try ServerProcess(databasePath: database, arguments: ["--no-sample"])
        for location in locations {
            let (response, json) = try get(restarted.port, location)
            #expect(response.status == 200, "lost \(location)")
            #expect(json["title"]?.stringValue?.hasPrefix("Visit ") == true)
        }
        #expect(locations.count == 20)
        #expect(restarted.terminate() == 0)
    }

    /// `POST /v1/ingest` extracts in worker processes: the events come back; a worker killed by a signal
    /// between articles is replaced unnoticed; the workers end when the server does, even by kill -9.
    @Test func ingestRunsInWorkersThatEndWithTheServer() throws {
        let database = try temporaryDatabase()
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: database).deletingLastPathComponent().path) }
        let token = try #require(try ServerProcess.run(["token", "create", "ingest", "--db", database]).output.split(separator: "\n").last.map(String.init))
        let body = #"{"text":"Russian Foreign Minister Sergei Lavrov visited Pyongyang on Thursday.","published":"2018-06-01","language":"en"}"#
        func ingest(_ port: Int) throws -> (Int, JSONValue) {
            let client = try TestClient(port: port, timeout: 60)
            try client.send(rawRequest("POST", "/v1/ingest?dry_run=true", headers: [("Authorization", "Bearer \(token)"), ("Content-Type", "application/json")], body: body))
            let response = try client.readResponse()
            return (response.status, try JSONParser.parse(response.body))
        }
        for stop in ["SIGTERM", "SIGKILL"] {
            let server = try ServerProcess(databasePath: database, arguments: ["--no-sample"])
            #expect(ProcessWatch.children(of: server.process.processIdentifier).isEmpty, "no worker before the first article")
            let (status, answer) = try ingest(server.port)
            #expect(status == 200)
            #expect(answer["events"]?.arrayValue?.first?["title"] == .string("Sergei Lavrov visits Pyongyang"))
            let workers = ProcessWatch.children(of: server.process.processIdentifier)
            #expect(workers.count == 1)
            for worker in workers { kill(worker, SIGKILL) }
            #expect(ProcessWatch.eventually(within: 10) { workers.allSatisfy(ProcessWatch.hasEnded) })
            let (again, _) = try ingest(server.port)
            #expect(again == 200, "a worker that died between articles is replaced")
            let replaced = ProcessWatch.children(of: server.process.processIdentifier)
            #expect(replaced.count == 1 && replaced != workers)
            if stop == "SIGTERM" { #expect(server.terminate() == 0) } else { server.kill9() }
            #expect(ProcessWatch.eventually(within: 10) { replaced.allSatisfy(ProcessWatch.hasEnded) }, "the workers end with the server (\(stop))")
        }
    }
}
