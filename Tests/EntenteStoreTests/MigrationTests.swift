import EntenteStore
import Foundation
import Testing
import TestSupport

struct MigrationTests {
    private func temporaryDirectory() throws -> URL { try temporaryTestDirectory("entente-migrations") }

    /// `ENTENTE_MIGRATIONS` (what `--migrations` sets) is the only candidate when set: a directory named that is not there
    /// finds none, though `./Migrations` or the source tree's would be found otherwise.
    @Test func aNamedDirectoryIsTheOnlyCandidate() throws {
        let directory = try temporaryDirectory()
        #expect(Migrator.locateDirectory(environment: ["ENTENTE_MIGRATIONS": directory.appendingPathComponent("none").path]) == nil)
        #expect(Migrator.locateDirectory(environment: ["ENTENTE_MIGRATIONS": directory.path])?.path == directory.path)
        #expect(Migrator.locateDirectory(environment: [:]) != nil, "the source tree's, at least")
    }

    /// A fresh database gets every migration, in order, once; a second run applies nothing.
    @Test func appliesInOrderOnce() throws {
        let directory = try temporaryDirectory()
        let pool = try DatabasePool(path: directory.appendingPathComponent("db").path, readerCount: 1)
        let migrator = Migrator(migrations: try TemporaryStore.migrations())
        let first = try pool.withWriter { try migrator.migrate($0) }
        #expect(first == ["0001_initial", "0002_countries", "0003_bulk_load", "0004_bulk_derivations", "0005_event_confidence"])
        #expect(try pool.withWriter { try migrator.migrate($0) }.isEmpty)
        let recorded = try pool.read { try $0.rows("SELECT version, checksum FROM schema_migrations ORDER BY version") { ($0.int(0), $0.string(1)) } }
        #expect(recorded.map(\.0) == [1, 2, 3, 4, 5])
        #expect(recorded.allSatisfy { $0.1.count == 64 })
    }

    /// 0005 gives the events stored before it their confidence from their bodies: the most confident report's when every
    /// report has one, none when a report was recorded by hand or there is none.
    @Test func eventConfidenceIsBackfilled() throws {
        let directory = try temporaryDirectory()
        let pool = try DatabasePool(path: directory.appendingPathComponent("db").path, readerCount: 1)
        let migrations = try TemporaryStore.migrations()
        try pool.withWriter { try Migrator(migrations: Array(migrations.prefix(4))).migrate($0) }
        let bodies = [
            #"{"sources":[{"evidence":"a","confidence":0.4},{"evidence":"b","confidence":0.7}]}"#,
            #"{"sources":[{"evidence":"a","confidence":0.4},{"evidence":"by hand"}]}"#,
            #"{"sources":[]}"#,
            #"{"sources":[{"evidence":"c","confidence":0.25}]}"#,
            #"{"sources":[{"evidence":"d","confidence":1}]}"#,
            // Bodies the service would not have written give none, and stop nothing.
            #"{"sources":"abc"}"#,
            #"{"sources":{"a":{"confidence":0.5}}}"#,
            #"{"sources":[{"confidence":"abc"}]}"#,
            #"{"sources":[{"confidence":"0.5"}]}"#,
            #"{"sources":[{"confidence":7}]}"#,
            #"{"sources":[{"confidence":true}]}"#,
            #"{"sources":[0.5]}"#,
            #"{"sources":["abc"]}"#,
            #"{"sources":["{\"confidence\":0.9}"]}"#,
            "not json",
        ]
        try pool.withWriter { database in
            for (index, body) in bodies.enumerated() {
                try database.run(
                    """
                    INSERT INTO events (seq, id, kind, status, title, sort_key, version, created_at, updated_at, text_rowid, body)
                    VALUES (?, ?, 'visit', 'held', 't', '~', 1, 'now', 'now', ?, ?)
                    """, [index + 1, "evt_\(index)", index + 1, body])
            }
        }
        #expect(try pool.withWriter { try Migrator(migrations: migrations).migrate($0) } == ["0005_event_confidence"])
        let confidences = try pool.read { try $0.rows("SELECT confidence FROM events ORDER BY seq") { $0.isNull(0) ? nil : $0.double(0) } }
        #expect(confidences == [0.7, nil, nil, 0.25, 1] + Array(repeating: nil, count: 10))
    }

    /// An applied migration whose file changed is refused with a clear error, and nothing else runs.
    @Test func refusesChangedMigration() throws {
        let directory = try temporaryDirectory()
        let pool = try DatabasePool(path: directory.appendingPathComponent("db").path, readerCount: 1)
        var migrations = try TemporaryStore.migrations()
        try pool.withWriter { try Migrator(migrations: migrations).migrate($0) }
        migrations[0] = Migration(version: 1, name: migrations[0].name, sql: migrations[0].sql + "\n-- edited")
        migrations.append(Migration(version: 3, name: "0003_more", sql: "CREATE TABLE more (x INTEGER) STRICT;"))
        do {
            try pool.withWriter { try Migrator(migrations: migrations).migrate($0) }
            Issue.record("expected the changed migration to be refused")
        } catch let error as MigrationError {
            #expect(error.description.contains("0001_initial.sql has changed"))
        }
        let tables = try pool.read { try $0.rows("SELECT name FROM sqlite_master WHERE name = 'more'") { $0.string(0) } }
        #expect(tables.isEmpty)
    }

    /// A failing migration rolls back entirely and is not recorded.
    @Test func failedMigrationRollsBack() throws {
        let directory = try temporaryDirectory()
        let pool = try DatabasePool(path: directory.appendingPathComponent("db").path, readerCount: 1)
        let broken = [Migration(version: 1, name: "0001_broken", sql: "CREATE TABLE a (x INTEGER) STRICT; INSERT INTO nowhere VALUES (1);")]
        #expect(throws: MigrationError.self) { try pool.withWriter { try Migrator(migrations: broken).migrate($0) } }
        let tables = try pool.read { try $0.rows("SELECT name FROM sqlite_master WHERE name = 'a'") { $0.string(0) } }
        #expect(tables.isEmpty)
    }

    /// Migration files are read from disk by number; a misnamed file is an error.
    @Test func loadsNumberedFiles() throws {
        let directory = try temporaryDirectory()
        try "SELECT 1;".write(to: directory.appendingPathComponent("0002_b.sql"), atomically: true, encoding: .utf8)
        try "SELECT 1;".write(to: directory.appendingPathComponent("0001_a.sql"), atomically: true, encoding: .utf8)
        #expect(try Migration.load(from: directory).map(\.name) == ["0001_a", "0002_b"])
        try "SELECT 1;".write(to: directory.appendingPathComponent("third.sql"), atomically: true, encoding: .utf8)
        #expect(throws: MigrationError.self) { try Migration.load(from: directory) }
    }

    /// SHA-256 matches the FIPS 180-4 test vectors.
    @Test func sha256Vectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // Two blocks of padding: 55, 56 and 64 bytes straddle the length field.
        #expect(SHA256.hex(String(repeating: "b", count: 55)) == "eb2c86e932179f4ba13fe8715a26124b77d6bad290b9b4c1cc140cf633300c19")
        #expect(SHA256.hex(String(repeating: "b", count: 56)) == "a5fc6e203a4c2b657d0d153885932414b2ffc6a93f0f8bf8b3183315e5a7212c")
        #expect(SHA256.hex(String(repeating: "b", count: 63)) == "94e419fabac7f930810f9636354042f8c1426d2f834d4ab65c93dc1e69326b13")
        #expect(SHA256.hex(String(repeating: "b", count: 64)) == "a0fab1377f49a759b57f63318262ebe89fabfc990e8e93ceac2984561482b9d4")
        #expect(SHA256.hex(String(repeating: "b", count: 65)) == "74b128f30cf83de43ddf4aafc40c7b50a7443d3c73a89a7cfca17e15e43d51ab")
        #expect(SHA256.hex(String(repeating: "a", count: 1_000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}
