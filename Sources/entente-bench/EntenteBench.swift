import ArgumentParser
import EntenteModel
import EntenteStore
import Foundation

/// Benchmark tooling (not shipped): builds synthetic datasets and times the API's queries.
@main
struct EntenteBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entente-bench", abstract: "Synthetic datasets and query timings for Entente.",
        subcommands: [Generate.self, Queries.self])
}

/// A small deterministic generator (SplitMix64), so datasets are the same from run to run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create a database of synthetic events (1945–2026).")

    @Option(help: "Number of events.") var events: Int = 10_000
    @Option(help: "Number of actors.") var actors: Int = 20_000
    @Option(help: "Database file to create (must not exist).") var db: String
    @Option(help: "Migrations directory.") var migrations: String = "Migrations"
    @Option(help: "Random seed.") var seed: UInt64 = 42

    static let words = [
        "trade", "security", "energy", "nuclear", "climate", "border", "investment", "sanctions", "ceasefire", "cooperation",
        "pipeline", "grain", "fisheries", "visa", "space", "railway", "ports", "defence", "health", "education", "culture",
        "water", "debt", "elections", "refugees", "maritime", "arctic", "satellite", "tariffs", "peninsula",
    ]

    func run() throws {
        guard !FileManager.default.fileExists(atPath: db) else { throw ValidationError("\(db) exists; choose a new file") }
        let started = Date()
        let store = try EntenteStore(path: db, migrations: try Migration.load(from: URL(fileURLWithPath: migrations)))
        var random = SeededGenerator(state: seed)
        let countries = Set(store.vocabulary.countries.values).subtracting(["EU"]).sorted()
        let usedCountries = Array(countries.prefix(200)) + ["US", "ZA"].filter { !countries.prefix(200).contains($0) }
        var actorList: [Actor] = []
        for index in 0..<actors {
            let country = usedCountries[Int(random.next() % UInt64(usedCountries.count))]
            actorList.append(Actor(id: "actor-\(index)", name: "Actor \(index) of \(country)", country: country))
        }
        for batch in stride(from: 0, to: actorList.count, by: 5_000) {
            try store.importActors(Array(actorList[batch..<min(batch + 5_000, actorList.count)]))
        }
        let kinds: [(String, Int)] = [
            ("visit", 50), ("meeting", 25), ("talks", 5), ("summit", 3), ("phone_call", 10), ("invitation", 5), ("cancellation", 2),
        ]
        let firstDay = PartialDate(year: 1945, month: 1, day: 1)!.dayNumber
        let lastDay = PartialDate(year: 2026, month: 12, day: 31)!.dayNumber
        var batch: [EventContent] = []
        var written = 0
        while written < events {
            var roll = Int(random.next() % 100)
            var kind = "visit"
            for (name, weight) in kinds {
                if roll < weight { kind = name; break }
                roll -= weight
            }
            let day = PartialDate(dayNumber: firstDay + Int(random.next() % UInt64(lastDay - firstDay)))!
            let precision = random.next() % 10
            let start = precision == 0 ? PartialDate(year: day.year)! : precision == 1 ? PartialDate(year: day.year, month: day.month)! : day
            let count = 1 + Int(random.next() % 3)
            var participants: [Participant] = []
            var seen: Set<Int> = []
            for _ in 0..<count {
                let index = Int(random.next() % UInt64(actors))
                guard seen.insert(index).inserted else { continue }
                let actor = actorList[index]
                participants.append(
                    Participant(actorID: actor.id, name: actor.name, country: actor.country, role: kind == "visit" ? "visitor" : "participant"))
            }
            let host = usedCountries[Int(random.next() % UInt64(usedCountries.count))]
            let topic = Self.words[Int(random.next() % UInt64(Self.words.count))]
            let other = Self.words[Int(random.next() % UInt64(Self.words.count))]
            let title = "\(participants[0].name) \(kind == "visit" ? "visits" : "meets on") \(topic) in \(host)"
            batch.append(
                EventContent(
                    kind: kind, status: day.year > 2025 ? .planned : .held, title: title,
                    summary: "Talks on \(topic) and \(other) between the delegations, with statements to the press afterwards.",
                    date: EventDate(start: start), location: Location(place: "Capital of \(host)", country: host), hostCountry: host,
                    participants: participants,
                    sources: [
                        Source(
                            url: "https://news.example/\(written)", outlet: "Example Wire", published: day, language: written % 2 == 0 ? "en" : "fr",
                            evidence: "\(participants[0].name) discussed \(topic) and \(other) with officials of \(host).")
                    ]))
            written += 1
            if batch.count == 10_000 || written == events {
                try store.importEvents(batch, author: "bench")
                batch.removeAll(keepingCapacity: true)
                FileHandle.standardError.write(Data("\r\(written) events".utf8))
            }
        }
        FileHandle.standardError.write(Data("\n".utf8))
        print("generated \(events) events and \(actors) actors in \(String(format: "%.1f", Date().timeIntervalSince(started))) s: \(db)")
    }
}

struct Queries: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Time the API's queries (p50/p99 in microseconds).")

    @Option(help: "Database file.") var db: String
    @Option(help: "Migrations directory.") var migrations: String = "Migrations"
    @Option(help: "Iterations per query.") var iterations: Int = 2_000
    @Option(help: "Seconds one read may take, as `entente serve --query-timeout` sets it (0, the default: no limit).")
    var queryTimeout: Int = 0

    func run() throws {
        let store = try EntenteStore(
            path: db, migrations: try Migration.load(from: URL(fileURLWithPath: migrations)), readerCount: 1,
            readTimeLimit: queryTimeout > 0 ? .seconds(queryTimeout) : nil)
        let countries = ["US", "RU", "FR", "CN", "IN", "DE", "JP", "BR", "KP", "ZA"].filter { store.vocabulary.country($0) != nil }
        var random = SeededGenerator(state: 7)
        let total = try store.pool.read { try $0.firstRow("SELECT COUNT(*) FROM events") { $0.int(0) } ?? 0 }
        // A few cursors from deep inside the timeline, to time pages after the first.
        var cursors: [TimelineCursor] = []
        for fraction in [0.1, 0.3, 0.5, 0.7, 0.9] {
            let offset = Int(Double(total) * fraction)
            if let cursor = try store.pool.read({ try $0.firstRow("SELECT sort_key, seq FROM events WHERE deleted = 0 ORDER BY sort_key, seq LIMIT 1 OFFSET ?", [offset]) {
                TimelineCursor(sortKey: $0.string(0), seq: $0.int(1), descending: false)
            } }) { cursors.append(cursor) }
        }
        let cases: [(String, () throws -> Int)] = [
            ("timeline first page (limit 20)", {
                var query = TimelineQuery(); query.limit = 20
                return try store.timeline(query).bodies.count
            }),
            ("timeline deep page via cursor", {
                var query = TimelineQuery(); query.limit = 20; query.cursor = cursors[Int(random.next() % UInt64(cursors.count))]
                return try store.timeline(query).bodies.count
            }),
            ("timeline country + kind + years", {
                var query = TimelineQuery(); query.limit = 20; query.country = countries[Int(random.next() % UInt64(countries.count))]
                query.kinds = ["visit"]; query.from = PartialDate(year: 1990 + Int(random.next() % 30))
                return try store.timeline(query).bodies.count
            }),
            ("timeline by actor", {
                var query = TimelineQuery(); query.limit = 20; query.actor = "actor-\(random.next() % 20_000)"
                return try store.timeline(query).bodies.count
            }),
            ("visits inbound", {
                var query = TimelineQuery(); query.limit = 20
                return try store.visits(country: countries[Int(random.next() % UInt64(countries.count))], direction: .inbound, query: query).bodies.count
            }),
            ("visits outbound", {
                var query = TimelineQuery(); query.limit = 20
                return try store.visits(country: countries[Int(random.next() % UInt64(countries.count))], direction: .outbound, query: query).bodies.count
            }),
            ("visits any", {
                var query = TimelineQuery(); query.limit = 20
                return try store.visits(country: countries[Int(random.next() % UInt64(countries.count))], direction: .any, query: query).bodies.count
            }),
            ("full text (one word, limit 20)", {
                var query = TimelineQuery(); query.limit = 20; query.text = Generate.words[Int(random.next() % UInt64(Generate.words.count))]
                return try store.timeline(query).bodies.count
            }),
            ("full text (two words, limit 20)", {
                var query = TimelineQuery(); query.limit = 20
                query.text = Generate.words[Int(random.next() % 30)] + " " + Generate.words[Int(random.next() % 30)]
                return try store.timeline(query).bodies.count
            }),
        ]
        print("events=\(total)")
        print("query".padding(toLength: 36, withPad: " ", startingAt: 0) + "      p50 µs      p99 µs   rows")
        for (name, body) in cases {
            for _ in 0..<50 { _ = try body() }  // warm the page cache and statement cache
            var samples: [Double] = []
            var rows = 0
            for _ in 0..<iterations {
                let start = DispatchTime.now().uptimeNanoseconds
                rows = try body()
                samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
            }
            samples.sort()
            let p50 = samples[samples.count / 2]
            let p99 = samples[min(samples.count - 1, samples.count * 99 / 100)]
            print(name.padding(toLength: 36, withPad: " ", startingAt: 0) + String(format: "%12.1f%12.1f%7d", p50, p99, rows))
        }
    }
}
