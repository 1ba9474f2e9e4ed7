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
    /// - Parameters:
    ///   - metrics: where database timings and event counts are reported (swift-metrics).
    ///   - readTimeLimit: how long one read may run once the store is open (``DatabasePool/limitReads(to:)``); `nil` is
    ///     no limit. The opening itself (migrations, finishing an interrupted bulk load and its foreign-key check over the
    ///     whole database) runs without it.
    public init(
        path: String, migrations: [Migration], readerCount: Int = 4, metrics: any MetricsFactory = MetricsSystem.factory,
        readTimeLimit: Duration? = nil
    ) throws {
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
        // A recovery that fails (a full disk) must not lock everyone out: the data is all there, only slower to list.
        do {
            bulkLoadRecovery = try pool.completeInterruptedBulkLoad() ? .completed : .nothing
        } catch {
            bulkLoadRecovery = .failed("\(error)")
        }
        pool.limitReads(to: readTimeLimit)
    }

    /// What opening did about a bulk load that a dead process left half done (see ``BulkLoad``).
    public let bulkLoadRecovery: BulkLoadRecovery

    /// Whether opening finished a bulk load that a dead process left half done.
    public var completedInterruptedBulkLoad: Bool { bulkLoadRecovery == .completed }

    /// Changes whenever this process writes; see ``DatabasePool/writeGeneration``.
    public var writeGeneration: UInt64 { pool.writeGeneration }

    /// Changes after every commit to the database: at once for this store's, within 10 ms for another process's; see
    /// ``DatabasePool/changeStamp()``.
    public func changeStamp() throws -> DatabasePool.ChangeStamp { try pool.changeStamp() }

    /// Whether the database holds no events and no actors (a fresh file).
    public func isEmpty() throws -> Bool {
        try pool.read { database in
            try database.firstRow("SELECT (SELECT COUNT(*) FROM events) + (SELECT COUNT(*) FROM actors)") { $0.int(0) } == 0
        }
    }

    /// The number of stored events, deleted ones included (the largest seq: no scan).
    public func eventCount() throws -> Int {
        try pool.read { database in try database.firstRow("SELECT coalesce(max(seq), 0) FROM events") { $0.int(0) } ?? 0 }
    }

    /// Counts what writes did to events: created, merged, updated, deleted.
    func countEventWrite(_ action: String) {
        Counter(label: "entente_event_writes_total", dimensions: [("action", action)], factory: metrics).increment()
    }

    /// Whether `text` has the shape of an event id: `evt_` and 1 to 36 lowercase ASCII letters or digits.
    static func isEventID(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count > 4, utf8.count <= 40, text.hasPrefix("evt_") else { return false }
        return utf8.dropFirst(4).allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
    }

    /// A new event id: `evt_` and 16 characters of base 32 (80 random bits).
    static func newEventID() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789".utf8)
        var generator = SystemRandomNumberGenerator()
        // Two draws give 128 bits, of which 80 are used: 5 bits per character (one getrandom call each, not one per character).
        var bits = (generator.next() as UInt64, generator.next() as UInt64)
        var id: [UInt8] = Array("evt_".utf8)
        for index in 0..<16 {
            if index < 8 {
                id.append(alphabet[Int(bits.0 & 31)])
                bits.0 >>= 5
            } else {
                id.append(alphabet[Int(bits.1 & 31)])
                bits.1 >>= 5
            }
        }
        return String(decoding: id, as: UTF8.self)
    }
}
