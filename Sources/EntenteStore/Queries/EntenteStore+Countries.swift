import EntenteModel

/// A country as the API shows it.
public struct Country: Sendable, Equatable {
    public var alpha2: String
    public var alpha3: String?
    public var numeric: String?
    public var nameEnglish: String
    public var nameFrench: String
    public var officialNameEnglish: String?
}

/// Visit counts between two countries, or in one year.
public struct VisitCount: Sendable, Equatable {
    public var key: String
    public var secondKey: String?
    public var count: Int
}

extension EntenteStore {
    /// Every country, by alpha-2 code (reference data, read once when the store opens).
    public func countries() throws -> [Country] { countryList }

    static func loadCountries(_ pool: DatabasePool) throws -> [Country] {
        try pool.read { database in
            try database.rows("SELECT alpha2, alpha3, numeric, name_en, name_fr, official_name_en FROM countries ORDER BY alpha2") {
                Country(
                    alpha2: $0.string(0), alpha3: $0.optionalString(1), numeric: $0.optionalString(2), nameEnglish: $0.string(3),
                    nameFrench: $0.string(4), officialNameEnglish: $0.optionalString(5))
            }
        }
    }

    /// English country names by alpha-2 code.
    public func countryNames() throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try countries().map { ($0.alpha2, $0.nameEnglish) })
    }

    /// One country by alpha-2 or alpha-3 code, any case.
    public func country(code: String) throws -> Country? {
        guard let alpha2 = vocabulary.country(code) else { return nil }
        return try countries().first { $0.alpha2 == alpha2 }
    }

    /// Live visits to and by a country.
    public func visitCounts(country alpha2: String) throws -> (inbound: Int, outbound: Int) {
        try pool.read { database in
            let inbound = try database.firstRow(
                "SELECT COUNT(*) FROM events WHERE deleted = 0 AND host_country = ? AND kind = 'visit'", [alpha2]) { $0.int(0) } ?? 0
            let outbound = try database.firstRow(
                "SELECT COUNT(DISTINCT event_seq) FROM visit_legs WHERE visitor_country = ?", [alpha2]) { $0.int(0) } ?? 0
            return (inbound, outbound)
        }
    }

    /// Visit counts by visiting country × host country, and by year, for visits starting in the range.
    public func visitStatistics(from: PartialDate?, to: PartialDate?) throws -> (pairs: [VisitCount], years: [VisitCount]) {
        var query = TimelineQuery()
        query.from = from
        query.to = to
        var conditions = ["1 = 1"]
        var arguments: [any DatabaseValueConvertible] = []
        Self.appendDateRange(query, column: "sort_key", conditions: &conditions, arguments: &arguments)
        let filter = conditions.joined(separator: " AND ")
        return try pool.read { database in
            let pairs = try database.rows(
                """
                SELECT visitor_country, host_country, COUNT(*) FROM visit_legs WHERE \(filter)
                GROUP BY visitor_country, host_country ORDER BY COUNT(*) DESC, visitor_country, host_country
                """, arguments
            ) { VisitCount(key: $0.string(0), secondKey: $0.string(1), count: $0.int(2)) }
            let years = try database.rows(
                """
                SELECT substr(sort_key, 1, 4), COUNT(DISTINCT event_seq) FROM visit_legs WHERE \(filter) AND sort_key < '~'
                GROUP BY substr(sort_key, 1, 4) ORDER BY 1
                """, arguments
            ) { VisitCount(key: $0.string(0), secondKey: nil, count: $0.int(1)) }
            return (pairs, years)
        }
    }
}
