import EntenteModel
import Foundation
import Testing
import TestSupport

@testable import EntenteStore

struct TimelineTests {
    /// A store with a small, varied history.
    private func fixture() throws -> TemporaryStore {
        let fixture = try TemporaryStore(sample: true)
        let store = fixture.store
        let events: [EventContent] = [
            visit("Macron in Moscow", by: ["Emmanuel Macron"], to: "RU", on: "2022-02-07", evidence: "Macron s'est rendu à Moscou"),
            visit("Putin in Beijing", by: ["Vladimir Putin"], to: "CN", on: "2022-02-04", evidence: "Putin travelled to Beijing"),
            visit("Putin in Pyongyang", by: ["Vladimir Putin"], to: "KP", on: "2024-06-19", evidence: "Poutine en Corée du Nord"),
            visit("Kim in Vladivostok", by: ["Kim Jong-un"], to: "RU", on: "2019-04-25", status: .held, evidence: "Kim à Vladivostok"),
            visit("Planned trip", by: ["Kim Jong-un"], to: "RU", on: "2027", status: .planned),
        ]
        for event in events { _ = try store.submit(event, author: "test") }
        return fixture
    }

    private func titles(_ store: EntenteStore, _ configure: (inout TimelineQuery) -> Void) throws -> [String] {
        var query = TimelineQuery()
        query.limit = 500
        configure(&query)
        return try store.timeline(query).bodies.map { body in
            let start = body.range(of: "\"title\":\"")!.upperBound
            return String(body[start...].prefix { $0 != "\"" })
        }
    }

    /// Each filter selects what it says, alone and combined.
    @Test func everyFilterSelects() throws {
        let fixture = try fixture()
        let store = fixture.store
        #expect(try titles(store) { $0.actor = "vladimir-putin" } == ["Putin in Beijing", "Putin in Pyongyang"])
        #expect(try titles(store) { $0.country = "CN" } == ["Putin in Beijing"])
        // A country filter matches the host and the participants' countries.
        #expect(try titles(store) { $0.country = "KP"; $0.kinds = ["visit"]; $0.from = PartialDate("2019") }
            == ["Kim in Vladivostok", "Putin in Pyongyang", "Planned trip"])
        #expect(try titles(store) { $0.kinds = ["summit"] } == ["Trump–Kim summit"])
        #expect(try titles(store) { $0.kinds = ["summit", "cancellation"] }
            == ["Donald Trump calls off the summit with Kim Jong-un", "Trump–Kim summit"])
        #expect(try titles(store) { $0.status = .planned; $0.kinds = ["visit"] } == ["Planned trip"])
        #expect(try titles(store) { $0.from = PartialDate("2022-02"); $0.to = PartialDate("2022-02") }
            == ["Putin in Beijing", "Macron in Moscow"])
        #expect(try titles(store) { $0.to = PartialDate("2001") } == ["Kim Jong-il visits Russia"])
        // The last representable day is a valid bound (it has no day after it): every dated event, no undated one.
        #expect(try titles(store) { $0.to = PartialDate("9999-12-31") }.count == 15)
        #expect(try titles(store) { $0.text = "Pyongyang" }.count == 6)
        #expect(try titles(store) { $0.to = PartialDate("9999"); $0.text = "Pyongyang" }.count == 5)
        // Full text folds case and diacritics ("coree" finds "Corée").
        #expect(try titles(store) { $0.text = "coree nord" } == ["Putin in Pyongyang"])
        #expect(try titles(store) { $0.text = "Pyongyang"; $0.actor = "vladimir-putin" } == ["Putin in Pyongyang"])
        #expect(try titles(store) { $0.text = "\"; DROP TABLE events; --" }.isEmpty)
        #expect(try titles(store) { $0.kinds = ["visit"]; $0.descending = true; $0.limit = 2 } == ["Planned trip", "Putin in Pyongyang"])
    }

    /// Inbound, outbound, either way and bilateral visits.
    @Test func visitsByCountry() throws {
        let fixture = try fixture()
        let store = fixture.store
        func titles(_ page: EventPage) -> [String] { page.bodies.map { String($0.split(separator: "\"title\":\"")[1].prefix { $0 != "\"" }) } }
        var query = TimelineQuery()
        query.limit = 100
        #expect(titles(try store.visits(country: "KP", direction: .inbound, query: query))
            == ["Alexander Galushka visits Pyongyang", "Sergei Lavrov visits Pyongyang", "Putin in Pyongyang"])
        #expect(titles(try store.visits(country: "KP", direction: .outbound, query: query))
            == ["Kim Jong-il visits Russia", "Kim Jong-il visits Russia", "Ri Yong-ho visits Russia", "Kim in Vladivostok", "Planned trip"])
        #expect(try store.visits(country: "KP", direction: .any, query: query).bodies.count == 8)
        #expect(titles(try store.bilateralVisits(from: "RU", to: "KP", query: query))
            == ["Alexander Galushka visits Pyongyang", "Sergei Lavrov visits Pyongyang", "Putin in Pyongyang"])
        query.limit = 3
        let firstPage = try store.visits(country: "KP", direction: .any, query: query)
        let firstCursor: TimelineCursor = try #require(firstPage.next)
        query.cursor = firstCursor
        let secondPage = try store.visits(country: "KP", direction: .any, query: query)
        let secondCursor: TimelineCursor = try #require(secondPage.next)
        query.cursor = secondCursor
        let thirdPage = try store.visits(country: "KP", direction: .any, query: query)
        #expect(thirdPage.next == nil)
        #expect(Set(firstPage.ids + secondPage.ids + thirdPage.ids).count == 8)
        let counts = try store.visitCounts(country: "KP")
        #expect(counts.inbound == 3 && counts.outbound == 5)
        let stats = try store.visitStatistics(from: PartialDate("2018"), to: PartialDate("2024"))
        #expect(stats.pairs.first == VisitCount(key: "RU", secondKey: "KP", count: 3))
        #expect(stats.years.map(\.key) == ["2018", "2019", "2022", "2024"])
    }

    /// `minConfidence` keeps the events whose most confident report reaches it and those recorded by hand (a report with
    /// no confidence), in every listing; a merged report that is more confident lifts its event.
    @Test func minimumConfidenceFilters() throws {
        let fixture = try TemporaryStore(sample: false)
        let store = fixture.store
        func read(_ title: String, to host: String, on date: String, confidences: [Double?]) -> EventContent {
            var content = visit(title, by: ["Vladimir Putin"], to: host, on: date)
            content.sources = confidences.enumerated().map { Source(evidence: "\(title) \($0.offset)", confidence: $0.element) }
            return content
        }
        for content in [
            read("Shaky", to: "KP", on: "2024-06-19", confidences: [0.3]),
            read("Sure", to: "CN", on: "2024-05-16", confidences: [0.3, 0.8]),
            read("By hand", to: "VN", on: "2024-06-20", confidences: [nil]),
            read("Mixed", to: "IN", on: "2024-07-08", confidences: [0.2, nil]),
        ] {
            _ = try store.submit(content, author: "test")
        }
        #expect(try titles(store) { _ in } == ["Sure", "Shaky", "By hand", "Mixed"])
        #expect(try titles(store) { $0.minConfidence = 0.5 } == ["Sure", "By hand", "Mixed"])
        #expect(try titles(store) { $0.minConfidence = 0.8 } == ["Sure", "By hand", "Mixed"])
        #expect(try titles(store) { $0.minConfidence = 0.81 } == ["By hand", "Mixed"])
        #expect(try titles(store) { $0.minConfidence = 0 } == ["Sure", "Shaky", "By hand", "Mixed"])
        #expect(try titles(store) { $0.minConfidence = 0.5; $0.country = "KP" } == [])
        #expect(try titles(store) { $0.minConfidence = 0.5; $0.actor = "vladimir-putin" } == ["Sure", "By hand", "Mixed"])
        var query = TimelineQuery()
        query.minConfidence = 0.5
        #expect(try store.visits(country: "KP", direction: .inbound, query: query).bodies.isEmpty)
        #expect(try store.visits(country: "CN", direction: .inbound, query: query).bodies.count == 1)
        // Another, surer report of the shaky visit lifts it over the bar.
        guard case .merged = try store.submit(read("Shaky again", to: "KP", on: "2024-06-19", confidences: [0.9]), author: "test", onDuplicate: .merge)
        else {
            Issue.record("expected a merge")
            return
        }
        #expect(try titles(store) { $0.minConfidence = 0.5; $0.country = "KP" } == ["Shaky"])
    }

    /// Partial dates sort by first day, coarser first on ties; undated events come last.
    @Test func partialDatesOrderInTimeline() throws {
        let fixture = try TemporaryStore()
        for (title, date) in [("day", "2018-05-31"), ("year", "2018"), ("undated", nil), ("month", "2018-05"), ("first", "2018-05-01"), ("jan", "2018-01")] {
            _ = try fixture.store.submit(visit(title, by: ["P \(title)"], to: "FR", on: date), author: "t")
        }
        #expect(try titles(fixture.store) { _ in } == ["year", "jan", "month", "first", "day", "undated"])
        #expect(try titles(fixture.store) { $0.from = PartialDate("2018-05") } == ["month", "first", "day"])
    }

    /// Paging by cursor neither repeats nor skips events while new ones are inserted before and after it.
    @Test func cursorStaysCorrectUnderInserts() throws {
        let fixture = try TemporaryStore()
        let store = fixture.store
        for day in 1...9 { _ = try store.submit(visit("d\(day)", by: ["P\(day)"], to: "FR", on: "2020-01-0\(day)"), author: "t") }
        var query = TimelineQuery()
        query.limit = 3
        let first = try store.timeline(query)
        #expect(first.bodies.count == 3)
        // Inserts before the cursor, at the cursor's date, and after it.
        _ = try store.submit(visit("early", by: ["Q1"], to: "FR", on: "2019-12-31"), author: "t")
        _ = try store.submit(visit("same day as cursor", by: ["Q2"], to: "FR", on: "2020-01-03"), author: "t")
        _ = try store.submit(visit("late", by: ["Q3"], to: "FR", on: "2020-01-05"), author: "t")
        var seen = first.ids
        var cursor = first.next
        var titles: [String] = []
        while let next = cursor {
            query.cursor = next
            let page = try store.timeline(query)
            seen += page.ids
            titles += page.bodies.map { String($0.split(separator: "\"title\":\"")[1].prefix { $0 != "\"" }) }
            cursor = page.next
        }
        #expect(Set(seen).count == seen.count)
        #expect(titles == ["same day as cursor", "d4", "d5", "late", "d6", "d7", "d8", "d9"])
    }

    /// Full-text results come in timeline order and page by cursor, both ways, within date ranges.
    @Test func fullTextPagesChronologically() throws {
        let fixture = try TemporaryStore()
        let store = fixture.store
        for (index, date) in ["2020-03-01", "2019", "2020-03", "2021-07-14", "2020-03-01", "2018-12-31", "2022"].enumerated() {
            _ = try store.submit(visit("Grain talks \(index)", by: ["P\(index)"], to: "UA", on: date, evidence: "grain corridor"), author: "t")
        }
        _ = try store.submit(visit("Other", by: ["Q"], to: "UA", on: "2020-03-02", evidence: "nothing here"), author: "t")
        func all(descending: Bool, from: String? = nil, to: String? = nil) throws -> [String] {
            var query = TimelineQuery()
            query.text = "grain"
            query.limit = 2
            query.descending = descending
            query.from = from.flatMap(PartialDate.init)
            query.to = to.flatMap(PartialDate.init)
            var titles: [String] = []
            while true {
                let page = try store.timeline(query)
                titles += page.bodies.map { String($0.split(separator: "\"title\":\"")[1].prefix { $0 != "\"" }) }
                guard let next = page.next else { return titles }
                query.cursor = next
            }
        }
        let ascending = ["Grain talks 5", "Grain talks 1", "Grain talks 2", "Grain talks 0", "Grain talks 4", "Grain talks 3", "Grain talks 6"]
        #expect(try all(descending: false) == ascending)
        #expect(try all(descending: true) == ascending.reversed())
        #expect(try all(descending: false, from: "2020", to: "2021") == ["Grain talks 2", "Grain talks 0", "Grain talks 4", "Grain talks 3"])
    }

    /// A batch writes its full text at the end of its transaction: a refused item leaves no text behind,
    /// and a report merged into an event created earlier in the same batch leaves one entry with both reports.
    @Test func batchFullTextFollowsItsItems() throws {
        let fixture = try TemporaryStore()
        let store = fixture.store
        var refused = visit("Refused", by: ["R"], to: "UA", on: "2020-01-02", evidence: "sunflower")
        refused.parentID = "evt_doesnotexist00"
        let results = try store.submitBatch(
            [
                (visit("Kept", by: ["K"], to: "UA", on: "2020-01-01", evidence: "barley harvest"), nil),
                (refused, nil),
                (visit("Kept again", by: ["K"], to: "UA", on: "2020-01-01", evidence: "wheat prices"), nil),
            ], author: "t", onDuplicate: .merge)
        #expect(results.map { (try? $0.get()) != nil } == [true, false, true])
        func matches(_ text: String) throws -> [String] {
            var query = TimelineQuery()
            query.text = text
            return try store.timeline(query).bodies.map { String($0.split(separator: "\"title\":\"")[1].prefix { $0 != "\"" }) }
        }
        #expect(try matches("sunflower").isEmpty)
        // One row per live event: the entry written before the merge is gone, not listed beside the new one.
        #expect(try matches("barley") == ["Kept"])
        #expect(try matches("wheat") == ["Kept"])
    }

    /// Cursors are opaque tokens that round-trip, and garbage is refused.
    @Test func cursorTokens() {
        let cursor = TimelineCursor(sortKey: "201805312", seq: 42, descending: true)
        #expect(TimelineCursor(token: cursor.token) == cursor)
        #expect(TimelineCursor(token: "not a cursor") == nil)
        #expect(TimelineCursor(token: "") == nil)
    }

    /// Every query on the API's paths is answered from an index: no full scan of a table.
    @Test func everyQueryUsesAnIndex() throws {
        let fixture = try fixture()
        var queries: [(String, [any DatabaseValueConvertible])] = []
        var query = TimelineQuery()
        query.cursor = TimelineCursor(sortKey: "2018", seq: 1, descending: false)
        query.from = PartialDate("2001")
        query.to = PartialDate("2030")
        for configure in [
            { (_: inout TimelineQuery) in }, { $0.actor = "vladimir-putin" }, { $0.country = "RU" }, { $0.kinds = ["visit"] },
            { $0.kinds = ["visit", "meeting"]; $0.country = "RU" }, { $0.text = "Pyongyang" }, { $0.status = .held; $0.descending = true },
            { $0.minConfidence = 0.5 }, { $0.minConfidence = 0.5; $0.country = "RU" },
        ] as [(inout TimelineQuery) -> Void] {
            var variant = query
            configure(&variant)
            if variant.descending { variant.cursor?.descending = true }
            let plan = EntenteStore.timelineSQL(variant)
            queries.append((plan.sql, plan.arguments))
        }
        for plan in [EntenteStore.inboundSQL(country: "KP", query: query), EntenteStore.legsSQL(visitor: "RU", host: nil, query: query),
                     EntenteStore.legsSQL(visitor: "RU", host: "KP", query: query)] {
            queries.append((plan.sql, plan.arguments))
        }
        queries.append(("SELECT body FROM events WHERE parent_id = ? AND deleted = 0 ORDER BY sort_key, seq", ["evt_x"]))
        queries.append(("SELECT seq, version, deleted, body FROM events WHERE id = ?", ["evt_x"]))
        queries.append(("SELECT COUNT(*) FROM events WHERE deleted = 0 AND host_country = ? AND kind = 'visit'", ["KP"]))
        queries.append(("SELECT COUNT(DISTINCT event_seq) FROM visit_legs WHERE visitor_country = ?", ["KP"]))
        queries.append(("SELECT DISTINCT actor_id FROM actor_search WHERE term >= ? AND term < ? AND actor_id > ? ORDER BY actor_id LIMIT ?", ["lav", "lav\u{10FFFF}", "", 10]))
        queries.append(("SELECT DISTINCT actor_id FROM actor_names WHERE normalized = ?", ["sergei lavrov"]))
        queries.append(("SELECT seq FROM events WHERE deleted = 0 AND host_country IS ? AND kind = ? AND sort_key >= ? AND sort_key < ? ORDER BY sort_key, seq", ["FR", "visit", "2019", "2019~"]))
        // The check itself can fail: a query on an unindexed column is a scan.
        let control = try fixture.store.pool.read { try $0.queryPlan("SELECT seq FROM events WHERE title = ?", ["x"]) }
        #expect(control.contains { $0.hasPrefix("SCAN") })
        for (sql, arguments) in queries {
            let plan = try fixture.store.pool.read { try $0.queryPlan(sql, arguments) }
            let scans = plan.filter { $0.hasPrefix("SCAN") && !$0.contains("VIRTUAL TABLE") }
            #expect(scans.isEmpty, "full scan in \(sql): \(plan)")
        }
    }
}
