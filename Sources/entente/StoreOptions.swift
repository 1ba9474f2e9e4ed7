import ArgumentParser
import CoreMetrics
import EntenteStore
import Foundation

/// The options every command that opens the database shares.
struct StoreOptions: ParsableArguments {
    @Option(help: "SQLite database file (ENTENTE_DB; default ./entente.db).")
    var db: String?

    @Option(help: "Directory of the numbered SQL migrations (ENTENTE_MIGRATIONS; default ./Migrations, else ../share/entente/Migrations from the executable's directory).")
    var migrations: String?

    var databasePath: String { db ?? ProcessInfo.processInfo.environment["ENTENTE_DB"] ?? "entente.db" }

    /// Opens the database, applying pending migrations.
    /// - Parameter readTimeLimit: how long one read may run (`entente serve --query-timeout`); `nil` is no limit.
    func openStore(metrics: any MetricsFactory = MetricsSystem.factory, readTimeLimit: Duration? = nil) throws -> EntenteStore {
        let directory = try migrationsDirectory()
        do {
            return try EntenteStore(
                path: databasePath, migrations: try Migration.load(from: directory), metrics: metrics, readTimeLimit: readTimeLimit)
        } catch let error as MigrationError {
            throw ValidationError("Cannot migrate \(databasePath): \(error)")
        }
    }

    /// The migrations directory: the one `--migrations` or `ENTENTE_MIGRATIONS` names (an error when it is none), else the
    /// first found of ``Migrator/locateDirectory(environment:)``'s defaults.
    func migrationsDirectory() throws -> URL {
        var environment = ProcessInfo.processInfo.environment
        if let migrations { environment["ENTENTE_MIGRATIONS"] = migrations }
        if let directory = Migrator.locateDirectory(environment: environment) { return directory }
        if let named = environment["ENTENTE_MIGRATIONS"] {
            throw ValidationError("No directory at '\(named)' (--migrations or ENTENTE_MIGRATIONS): it should hold the numbered SQL migrations.")
        }
        throw ValidationError("Cannot find the Migrations directory; pass --migrations PATH or set ENTENTE_MIGRATIONS.")
    }
}
