import Foundation

/// One numbered migration file: `Migrations/0001_initial.sql`.
public struct Migration: Sendable, Equatable {
    public let version: Int
    public let name: String
    public let sql: String

    /// SHA-256 of the SQL text, recorded when applied.
    public var checksum: String { SHA256.hex(sql) }

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }

    /// Reads every `NNNN_name.sql` in `directory`, ordered by number.
    /// - Throws: ``MigrationError`` for a misnamed file or a repeated number.
    public static func load(from directory: URL) throws -> [Migration] {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".sql") }.sorted()
        var migrations: [Migration] = []
        for file in files {
            let stem = file.dropLast(4)
            guard let underscore = stem.firstIndex(of: "_"), let version = Int(stem[..<underscore]), version > 0 else {
                throw MigrationError("\(file) is not named NNNN_name.sql")
            }
            guard !migrations.contains(where: { $0.version == version }) else {
                throw MigrationError("two migrations are numbered \(version)")
            }
            let sql = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            migrations.append(Migration(version: version, name: String(stem), sql: sql))
        }
        return migrations
    }
}

/// Why migrating stopped.
public struct MigrationError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Applies migrations in order, each in its own transaction, and records each with its checksum.
///
/// An applied migration whose file has changed since is refused: migrations are immutable
/// history, and a changed one means this database and that file disagree about the schema.
public struct Migrator {
    public let migrations: [Migration]

    public init(migrations: [Migration]) {
        self.migrations = migrations.sorted { $0.version < $1.version }
    }

    /// Applies what is pending; returns the names applied.
    @discardableResult
    public func migrate(_ database: Database) throws -> [String] {
        try database.execute(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                checksum TEXT NOT NULL,
                applied_at TEXT NOT NULL
            ) STRICT
            """)
        let applied = try database.rows("SELECT version, name, checksum FROM schema_migrations ORDER BY version") {
            (version: $0.int(0), name: $0.string(1), checksum: $0.string(2))
        }
        for record in applied {
            guard let migration = migrations.first(where: { $0.version == record.version }) else {
                throw MigrationError(
                    "the database has migration \(record.name) (\(record.version)), which this build does not know; use a newer entente")
            }
            guard migration.checksum == record.checksum else {
                throw MigrationError(
                    "migration \(migration.name).sql has changed since it was applied (checksum \(record.checksum.prefix(12))… "
                        + "recorded, \(migration.checksum.prefix(12))… now); applied migrations must not be edited — add a new one")
            }
        }
        let appliedVersions = Set(applied.map(\.version))
        var names: [String] = []
        for migration in migrations where !appliedVersions.contains(migration.version) {
            try database.transaction {
                do {
                    try database.execute(migration.sql)
                } catch let error as DatabaseError {
                    throw MigrationError("migration \(migration.name).sql failed: \(error.message)")
                }
                try database.run(
                    "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)",
                    [migration.version, migration.name, migration.checksum, Timestamp.now()])
            }
            names.append(migration.name)
        }
        return names
    }

    /// Finds the `Migrations` directory: `$ENTENTE_MIGRATIONS` when set (and then only it: a directory named that is
    /// not there is an error, not a reason to take another), else `./Migrations`, `../share/entente/Migrations` from the
    /// executable's directory, or the source tree this was built from.
    public static func locateDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let path = environment["ENTENTE_MIGRATIONS"] {
            let url = URL(fileURLWithPath: path)
            return isDirectory(url) ? url : nil
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let candidates = [
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Migrations"),
            executable.appendingPathComponent("../share/entente/Migrations").standardized,
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Migrations").standardized,
        ]
        return candidates.first(where: isDirectory)
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
