import Foundation
import Testing
import TestSupport

/// `--migrations` names the directory of migrations: one that is not there is a clear error, never a silent fallback
/// to another directory (which could migrate a database with other SQL than the one asked for).
struct MigrationsOptionTests {
    @Test func aMissingMigrationsDirectoryIsAnError() throws {
        let directory = try temporaryTestDirectory("entente-migrations-option")
        let database = directory.appendingPathComponent("e.db").path
        let missing = directory.appendingPathComponent("no-such-directory").path
        for command in [["migrate"], ["token", "create", "alice"]] {
            let result = try ServerProcess.run(command + ["--db", database, "--migrations", missing])
            #expect(result.status != 0, "\(command)")
            #expect(result.output.contains("No directory at '\(missing)'"), "\(result.output)")
            #expect(!FileManager.default.fileExists(atPath: database), "nothing is created")
        }
        // The same directory given rightly migrates.
        let migrated = try ServerProcess.run(["migrate", "--db", database, "--migrations", TemporaryStore.migrationsDirectory.path])
        #expect(migrated.status == 0, "\(migrated.output)")
        #expect(migrated.output.contains("applied 0001_initial"))
    }
}
