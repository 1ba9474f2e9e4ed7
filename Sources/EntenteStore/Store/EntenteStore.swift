import CoreMetrics
import EntenteJSON
import EntenteModel
import Foundation

/// Entente's data: events, actors, countries and tokens in one SQLite database.
public final class EntenteStore: Sendable {
    public let pool: DatabasePool
    /// Kinds, roles and country codes, read once after migrating.
    public let vocabulary: Vocabulary
    /// The countries table, which only migrations change.
    let countryList: [Country]

    let metrics: any MetricsFactory

    /// Opens the database at `path`, applies pending migrations, and reads the vocabulary.
    /// - Parameter metrics: where database timings and event counts are reported (swift-metrics).
    public init(path: String, migrations: [Migration], readerCount: Int = 4, metrics: any MetricsFactory = MetricsSystem.factory) throws {
        self.metrics = metrics
        pool = try DatabasePool(path: path, readerCount: readerCount, metrics: metrics)
        try pool.withWriter { database in try Migrator(migrations: migrations).migrate(database) }
        vocabulary = try pool.read { database in
            let kinds = Set(try database.rows("SELECT kind FROM event_kinds") { $0.string(0) })
            let roles = Set(try database.rows("SELECT role FROM participant_roles") { $0.string(0) })
            var countries: [String: String] = [:]
            try database.forEachRow("SELECT alpha2, alpha3 FROM countries") { row in
                let alpha2 = row.string(0)
                countries[alpha2] = alpha2
                if let alpha3 = row.optionalString(1) { countries[alpha3] = alpha2 }
            }
            return Vocabulary(kinds: kinds, roles: roles, countries: countries)
        }
        countryList = try Self.loadCountries(pool)
    }

    /// Changes whenever this process writes; see ``DatabasePool/writeGeneration``.
    public var writeGeneration: UInt64 { pool.writeGeneration }

    /// Whether the database holds no events and no actors (a fresh file).
    public func isEmpty() throws -> Bool {
        try pool.read { database in
            try database.firstRow("SELECT (SELECT COUNT(*) FROM events) + (SELECT COUNT(*) FROM actors)") { $0.int(0) } == 0
        }
    }

    /// Counts what writes did to events: created, merged, updated, deleted.
    func countEventWrite(_ action: String) {
        Counter(label: "entente_event_writes_total", dimensions: [("action", action)], factory: metrics).increment()
    }

    /// Whether `text` has the shape of an event id.
    static func isEventID(_ text: String) -> Bool {
        text.hasPrefix("evt_") && text.count <= 40 && text.dropFirst(4).allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
            && text.count > 4
    }

    /// A new event id: `evt_` and 16 characters of base 32 (80 random bits).
    static func newEventID() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        return "evt_" + String((0..<16).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
    }
}
