import EntenteModel
import EntenteStore
import Foundation
import Testing
import TestSupport

/// A read that runs past the pool's time limit is stopped, and the connection serves the next read as usual.
struct ReadTimeLimitTests {
    /// Counting to fifty million takes SQLite seconds; a 100 ms limit stops it long before.
    static let slowQuery = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 50000000) SELECT count(*) FROM c"

    @Test func aReadPastTheLimitIsStopped() throws {
        let directory = try temporaryTestDirectory("entente-read-limit")
        let pool = try DatabasePool(path: directory.appendingPathComponent("db").path, readerCount: 1)
        pool.limitReads(to: .milliseconds(100))
        let started = ContinuousClock.now
        do {
            _ = try pool.read { try $0.firstRow(Self.slowQuery) { $0.int(0) } }
            Issue.record("the slow read was not stopped")
        } catch let error as DatabaseError {
            #expect(error.isInterrupted, "\(error)")
        }
        #expect(ContinuousClock.now - started < .seconds(5), "stopped near the limit, not at the end")
        // The same (only) connection answers the next read with a deadline of its own: long enough for the handler to
        // be asked many times, short of the limit.
        #expect(try pool.read { try $0.firstRow(Self.counting(to: 20_000)) { $0.int(0) } } == 20_000)
        // Writes have no limit: the writer is not a reader (three million steps take well over 100 ms).
        #expect(try pool.write { try $0.firstRow(Self.counting(to: 3_000_000)) { $0.int(0) } } == 3_000_000)
        // Lifted, the limit stops nothing.
        pool.limitReads(to: nil)
        #expect(try pool.read { try $0.firstRow(Self.counting(to: 3_000_000)) { $0.int(0) } } == 3_000_000)
    }

    static func counting(to count: Int) -> String {
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < \(count)) SELECT count(*) FROM c"
    }

    /// A store's limit starts once it is open: its own opening reads (the vocabulary, the countries, an interrupted bulk
    /// load's checks) run without it, so even a limit no query can meet lets the store open, and then stops reads.
    @Test func aStoreOpensBeforeItsLimitStarts() throws {
        let directory = try temporaryTestDirectory("entente-read-limit")
        let store = try EntenteStore(
            path: directory.appendingPathComponent("db").path, migrations: try TemporaryStore.migrations(), readTimeLimit: .nanoseconds(1))
        #expect(store.vocabulary.country("FR") == "FR")
        do {
            _ = try store.pool.read { try $0.firstRow(Self.counting(to: 20_000)) { $0.int(0) } }
            Issue.record("a read past a one-nanosecond limit ran")
        } catch let error as DatabaseError {
            #expect(error.isInterrupted)
        }
    }
}
