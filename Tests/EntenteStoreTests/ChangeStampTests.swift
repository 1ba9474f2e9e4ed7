import EntenteModel
import EntenteStore
import Foundation
import Testing
import TestSupport

/// The change stamp a cache keys its answers by differs after every commit, whoever made it, and only then.
struct ChangeStampTests {
    @Test func stampChangesWithEveryCommitAndOnlyThen() throws {
        let directory = try temporaryTestDirectory("entente-change-stamp")
        let path = directory.appendingPathComponent("db").path
        // (Asking SQLite every time: the interval is the next test's.)
        let pool = try DatabasePool(path: path, readerCount: 1, watchInterval: .zero)
        try pool.write { try $0.execute("CREATE TABLE t (x INTEGER)") }
        let first = try pool.changeStamp()
        // Reads change nothing.
        _ = try pool.read { try $0.firstRow("SELECT count(*) FROM t") { $0.int(0) } }
        #expect(try pool.changeStamp() == first)
        // A commit by this pool.
        try pool.write { try $0.run("INSERT INTO t VALUES (1)") }
        let second = try pool.changeStamp()
        #expect(second != first)
        #expect(try pool.changeStamp() == second)
        // A commit by another connection, as another process (`entente import` beside a server) would make it.
        let other = try Database(path: path)
        try other.execute("INSERT INTO t VALUES (2)")
        let third = try pool.changeStamp()
        #expect(third != second)
        #expect(try pool.changeStamp() == third)
        // A transaction the other connection rolls back commits nothing.
        try other.execute("BEGIN IMMEDIATE; INSERT INTO t VALUES (3); ROLLBACK")
        #expect(try pool.changeStamp() == third)
    }

    /// Another process's commits are asked about once per interval; this pool's own are seen at once all the same.
    @Test func otherProcessesAreAskedAboutOncePerInterval() throws {
        let directory = try temporaryTestDirectory("entente-change-interval")
        let path = directory.appendingPathComponent("db").path
        let pool = try DatabasePool(path: path, readerCount: 1, watchInterval: .seconds(600))
        try pool.write { try $0.execute("CREATE TABLE t (x INTEGER)") }
        let first = try pool.changeStamp()
        let other = try Database(path: path)
        try other.execute("INSERT INTO t VALUES (1)")
        #expect(try pool.changeStamp() == first, "not asked again within the interval")
        try pool.write { try $0.run("INSERT INTO t VALUES (2)") }
        #expect(try pool.changeStamp() != first)
    }

    /// Through the store: an event written by a second store on the same file (another process) changes the stamp; opening
    /// that store changes nothing.
    @Test func anotherStoresWriteChangesTheStamp() throws {
        let fixture = try TemporaryStore(sample: true)
        // (A pool that asks SQLite every time watches beside the store, whose stamp may lag 10 ms behind another's commits.)
        let watcher = try DatabasePool(path: fixture.path, readerCount: 1, watchInterval: .zero)
        let before = try fixture.store.changeStamp()
        let watched = try watcher.changeStamp()
        let other = try EntenteStore(path: fixture.path, migrations: try TemporaryStore.migrations())
        #expect(try watcher.changeStamp() == watched, "opening a store on it writes nothing")
        try other.delete(id: try #require(try fixture.store.timeline(TimelineQuery()).ids.first), expectedVersion: nil, author: "other")
        #expect(try watcher.changeStamp() != watched)
        // (The store sees it within its watch interval, 10 ms: waited out with a margin.)
        Thread.sleep(forTimeInterval: 0.05)
        #expect(try fixture.store.changeStamp() != before)
    }
}
