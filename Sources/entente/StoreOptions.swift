import ArgumentParser
import CoreMetrics
import EntenteStore
import Foundation

/// The options every command that opens the database shares.
struct StoreOptions: ParsableArguments {
    @Option(help: "SQLite database file (ENTENTE_DB; default ./entente.db).")
    var db: String?

    @Option(help: "Directory of the numbered SQL migrations (ENTENTE_MIGRATIONS; default ./Migrations, or beside the executable).")
    var migrations: String?

    var databasePath: String { db ?? ProcessInfo.processInfo.environment["ENTENTE_DB"] ?? "entente.db" }

    /// Opens the database, applying pending migrations.
    /// - Parameter readTimeLimit: how long one read may run (`entente serve --query-timeout`); `nil` is no limit.
    func openStore(metrics: any MetricsFactory = MetricsSystem.factory, readTimeLimit: Duration? = nil) throws -> EntenteStore {
        var environment = ProcessInfo.processInfo.environment
        if let migrations { environment["ENTENTE_MIGRATIONS"] = migrations }
        guard let directory = Migrator.locateDirectory(environment: environment) else {
            throw ValidationError("Cannot find the Migrations directory; pass --migrations PATH or set ENTENTE_MIGRATIONS.")
        }
        do {
            return try EntenteStore(
                path: databasePath, migrations: try Migration.load(from: directory), metrics: metrics, readTimeLimit: readTimeLimit)
        } catch let error as MigrationError {
            throw ValidationError("Cannot migrate \(databasePath): \(error)")
        }
    }
}
