import Foundation
import EntenteModel

extension EntenteStore {
    /// A page of the timeline, chronological (or reversed), with the filters of `query`.
    public func timeline(_ query: TimelineQuery) throws -> EventPage {
        let plan = Self.timelineSQL(query)
        return try pool.read { database in try page(database: database, sql: plan.sql, arguments: plan.arguments, query: query) }
    }

    /// The SQL of a timeline query: it drives from the most selective index and pages by keyset.
    static func timelineSQL(_ query: TimelineQuery) -> (sql: String, arguments: [any DatabaseValueConvertible]) {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        let from: String
        // The driving table's (sort_key, seq) columns: `k` and `s` below.
        let sortColumn: String
        let seqColumn: String
        if let text = query.text {
            // FTS5 yields rows in rowid order, and text rowids are chronological: no sort, and LIMIT stops early.
            from = "events_fts f CROSS JOIN events e ON e.seq = (f.rowid & \((1 << 39) - 1))"
            conditions.append("events_fts MATCH ?")
            arguments.append(Self.ftsQuery(text))
            (sortColumn, seqColumn) = ("f.rowid", "")
            conditions.append("e.deleted = 0")
        } else if let actor = query.actor {
            from = "event_participants d JOIN events e ON e.seq = d.event_seq"
            conditions.append("d.actor_id = ?")
            arguments.append(actor)
            (sortColumn, seqColumn) = ("d.sort_key", "d.event_seq")
        } else if let country = query.country {
            from = "event_countries d JOIN events e ON e.seq = d.event_seq"
            conditions.append("d.country = ?")
            arguments.append(country)
            if query.kinds.count == 1 {
                // One kind: the (country, kind, sort_key) index answers without touching other kinds' rows.
                conditions.append("d.kind = ?")
                arguments.append(query.kinds[0])
            }
            (sortColumn, seqColumn) = ("d.sort_key", "d.event_seq")
        } else if query.kinds.count == 1 {
            from = "events e"
            conditions.append("e.deleted = 0 AND e.kind = ?")
            arguments.append(query.kinds[0])
            (sortColumn, seqColumn) = ("e.sort_key", "e.seq")
        } else {
            from = "events e"
            conditions.append("e.deleted = 0")
            (sortColumn, seqColumn) = ("e.sort_key", "e.seq")
        }
        let kindsHandled = query.text == nil && query.actor == nil && query.kinds.count == 1
        if !kindsHandled {
            if !query.kinds.isEmpty {
                conditions.append("e.kind IN (\(Array(repeating: "?", count: query.kinds.count).joined(separator: ", ")))")
                arguments.append(contentsOf: query.kinds as [any DatabaseValueConvertible])
            }
        }
        if query.text != nil, let actor = query.actor {
            conditions.append("e.seq IN (SELECT event_seq FROM event_participants WHERE actor_id = ?)")
            arguments.append(actor)
        }
        if (query.text != nil || query.actor != nil), let country = query.country {
            conditions.append("e.seq IN (SELECT event_seq FROM event_countries WHERE country = ?)")
            arguments.append(country)
        }
        appendEventFilters(query, conditions: &conditions, arguments: &arguments)
        let direction = query.descending ? "DESC" : "ASC"
        let order: String
        if query.text != nil {
            if let from = query.from {
                conditions.append("f.rowid >= ?")
                arguments.append(from.firstDay.dayNumber << 41)
            }
            if let to = query.to {
                // The day after the last day `to` covers (9999-12-31 has none: every dated event qualifies).
                conditions.append("f.rowid < ?")
                arguments.append((to.lastDay.dayNumber + 1) << 41)
            }
            if let cursor = query.cursor {
                conditions.append("f.rowid \(query.descending ? "<" : ">") ?")
                arguments.append(Self.textRowID(sortKey: cursor.sortKey, seq: cursor.seq))
            }
            order = "f.rowid \(direction)"
        } else {
            appendDateRange(query, column: sortColumn, conditions: &conditions, arguments: &arguments)
            if let cursor = query.cursor {
                conditions.append("(\(sortColumn), \(seqColumn)) \(query.descending ? "<" : ">") (?, ?)")
                arguments.append(cursor.sortKey)
                arguments.append(cursor.seq)
            }
            order = "\(sortColumn) \(direction), \(seqColumn) \(direction)"
        }
        let sql = """
            SELECT e.seq, e.id, e.sort_key, e.body FROM \(from)
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY \(order) LIMIT ?
            """
        arguments.append(query.limit + 1)
        return (sql, arguments)
    }

    /// Turns user text into an FTS5 query of quoted terms (all required), so no input is FTS syntax.
    static func ftsQuery(_ text: String) -> String {
        let terms = text.split(whereSeparator: { $0.isWhitespace }).map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        return terms.isEmpty ? "\"\"" : terms.joined(separator: " ")
    }

    static func appendDateRange(
        _ query: TimelineQuery, column: String, conditions: inout [String], arguments: inout [any DatabaseValueConvertible]
    ) {
        if let from = query.from {
            conditions.append("\(column) >= ? AND \(column) < '~'")
            arguments.append(String(from.firstDay.sortKey.prefix(8)))
        }
        if let to = query.to {
            // Before the day after the last day `to` covers; after 9999-12-31, before the undated ones.
            conditions.append("\(column) < ?")
            arguments.append(to.lastDay.addingDays(1).map { String($0.sortKey.prefix(8)) } ?? "~")
        }
    }

    func page(database: Database, sql: String, arguments: [any DatabaseValueConvertible], query: TimelineQuery) throws -> EventPage {
        var rows = try database.rows(sql, arguments) { (seq: $0.int(0), id: $0.string(1), sortKey: $0.string(2), body: $0.string(3)) }
        var next: TimelineCursor?
        if rows.count > query.limit {
            rows.removeLast()
            let last = rows[rows.count - 1]
            next = TimelineCursor(sortKey: last.sortKey, seq: last.seq, descending: query.descending)
        }
        return EventPage(bodies: rows.map(\.body), ids: rows.map(\.id), next: next)
    }

    // MARK: - Visits

    /// Visits to (`inbound`), by (`outbound`) or either way for a country.
    public func visits(country: String, direction: VisitDirection, query: TimelineQuery) throws -> EventPage {
        try pool.read { database in
            switch direction {
            case .inbound:
                let plan = Self.inboundSQL(country: country, query: query)
                return try page(database: database, sql: plan.sql, arguments: plan.arguments, query: query)
            case .outbound:
                let plan = Self.legsSQL(visitor: country, host: nil, query: query)
                return try page(database: database, sql: plan.sql, arguments: plan.arguments, query: query)
            case .any:
                // Two index-driven pages merged by (sort key, seq); an event in both appears once.
                let inbound = Self.inboundSQL(country: country, query: query)
                let outbound = Self.legsSQL(visitor: country, host: nil, query: query)
                var rows: [(seq: Int, id: String, sortKey: String, body: String)] = []
                for plan in [inbound, outbound] {
                    rows += try database.rows(plan.sql, plan.arguments) { (seq: $0.int(0), id: $0.string(1), sortKey: $0.string(2), body: $0.string(3)) }
                }
                var seen: Set<Int> = []
                rows = rows.filter { seen.insert($0.seq).inserted }
                rows.sort { query.descending ? ($0.sortKey, $0.seq) > ($1.sortKey, $1.seq) : ($0.sortKey, $0.seq) < ($1.sortKey, $1.seq) }
                var next: TimelineCursor?
                if rows.count > query.limit {
                    rows = Array(rows.prefix(query.limit))
                    let last = rows[rows.count - 1]
                    next = TimelineCursor(sortKey: last.sortKey, seq: last.seq, descending: query.descending)
                }
                return EventPage(bodies: rows.map(\.body), ids: rows.map(\.id), next: next)
            }
        }
    }

    /// Visits from one country to another.
    public func bilateralVisits(from visitor: String, to host: String, query: TimelineQuery) throws -> EventPage {
        let plan = Self.legsSQL(visitor: visitor, host: host, query: query)
        return try pool.read { database in try page(database: database, sql: plan.sql, arguments: plan.arguments, query: query) }
    }

    static func inboundSQL(country: String, query: TimelineQuery) -> (sql: String, arguments: [any DatabaseValueConvertible]) {
        var conditions = ["e.deleted = 0", "e.host_country = ?", "e.kind = 'visit'"]
        var arguments: [any DatabaseValueConvertible] = [country]
        return finishVisitSQL(from: "events e", sortColumn: "e.sort_key", seqColumn: "e.seq", conditions: &conditions, arguments: &arguments, query: query)
    }

    static func legsSQL(visitor: String, host: String?, query: TimelineQuery) -> (sql: String, arguments: [any DatabaseValueConvertible]) {
        var conditions = ["v.visitor_country = ?"]
        var arguments: [any DatabaseValueConvertible] = [visitor]
        if let host {
            conditions.append("v.host_country = ?")
            arguments.append(host)
        }
        return finishVisitSQL(
            from: "visit_legs v JOIN events e ON e.seq = v.event_seq", sortColumn: "v.sort_key", seqColumn: "v.event_seq",
            conditions: &conditions, arguments: &arguments, query: query)
    }

    private static func finishVisitSQL(
        from: String, sortColumn: String, seqColumn: String, conditions: inout [String], arguments: inout [any DatabaseValueConvertible],
        query: TimelineQuery
    ) -> (sql: String, arguments: [any DatabaseValueConvertible]) {
        appendEventFilters(query, conditions: &conditions, arguments: &arguments)
        appendDateRange(query, column: sortColumn, conditions: &conditions, arguments: &arguments)
        if let cursor = query.cursor {
            conditions.append("(\(sortColumn), \(seqColumn)) \(query.descending ? "<" : ">") (?, ?)")
            arguments.append(cursor.sortKey)
            arguments.append(cursor.seq)
        }
        let direction = query.descending ? "DESC" : "ASC"
        arguments.append(query.limit + 1)
        return (
            """
            SELECT e.seq, e.id, e.sort_key, e.body FROM \(from)
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY \(sortColumn) \(direction), \(seqColumn) \(direction) LIMIT ?
            """, arguments
        )
    }

    /// The filters every listing checks on the event row `e` itself: its status and its confidence floor (events recorded
    /// by hand, with no confidence, pass any floor).
    static func appendEventFilters(
        _ query: TimelineQuery, conditions: inout [String], arguments: inout [any DatabaseValueConvertible]
    ) {
        if let status = query.status {
            conditions.append("e.status = ?")
            arguments.append(status.rawValue)
        }
        if let minimum = query.minConfidence {
            conditions.append("(e.confidence IS NULL OR e.confidence >= ?)")
            arguments.append(minimum)
        }
    }

    /// The live sub-events of an event (a summit's meetings, a trip's legs), chronological; with `minConfidence`, those
    /// that pass that floor (as listings do: see ``TimelineQuery/minConfidence``).
    public func children(of id: String, minConfidence: Double? = nil) throws -> [String] {
        var conditions = ["e.parent_id = ?", "e.deleted = 0"]
        var arguments: [any DatabaseValueConvertible] = [id]
        var floor = TimelineQuery()
        floor.minConfidence = minConfidence
        Self.appendEventFilters(floor, conditions: &conditions, arguments: &arguments)
        let sql = "SELECT e.body FROM events e WHERE \(conditions.joined(separator: " AND ")) ORDER BY e.sort_key, e.seq"
        return try pool.read { database in try database.rows(sql, arguments) { $0.string(0) } }
    }
}
