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
        let pool = try DatabasePool(path: directory.appendingPathComponent("db").path, readerCount: 1, readTimeLimit: .milliseconds(100))
        let started = ContinuousClock.now
        do {
            _ = try pool.read { try $0.firstRow(Self.slowQuery) { $0.int(0) } }
            Issue.record("the slow read was not stopped")
        } catch let error as DatabaseError {
            #expect(error.isInterrupted, "\(error)")
        }
        #expect(ContinuousClock.now - started < .seconds(5), "stopped near the limit, not at the end")
        // The same (only) connection answers the next read, which the limit does not touch.
        #expect(try pool.read { try $0.firstRow("SELECT 40 + 2") { $0.int(0) } } == 42)
        // Writes have no limit: the writer is not a reader.
        #expect(try pool.write { try $0.firstRow("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000) SELECT count(*) FROM c") { $0.int(0) } } == 300_000)
    }

    @Test func withoutALimitReadsRunToTheirEnd() throws {
        let directory = try temporaryTestDirectory("entente-read-limit")
        let pool = try DatabasePool(path: directory.appendingPathComponent("db").path, readerCount: 1)
        #expect(try pool.read { try $0.firstRow("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000) SELECT count(*) FROM c") { $0.int(0) } } == 300_000)
    }
}
