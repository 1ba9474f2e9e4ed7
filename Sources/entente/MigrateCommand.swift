import ArgumentParser
import EntenteStore
import Foundation

/// `entente migrate`: applies pending migrations and exits.
struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Apply pending database migrations.")

    @OptionGroup var store: StoreOptions

    func run() throws {
        var environment = ProcessInfo.processInfo.environment
        if let migrations = store.migrations { environment["ENTENTE_MIGRATIONS"] = migrations }
        guard let directory = Migrator.locateDirectory(environment: environment) else {
            throw ValidationError("Cannot find the Migrations directory; pass --migrations PATH.")
        }
        let pool = try DatabasePool(path: store.databasePath, readerCount: 1)
        do {
            let applied = try pool.withWriter { try Migrator(migrations: try Migration.load(from: directory)).migrate($0) }
            print(applied.isEmpty ? "\(store.databasePath): up to date" : "\(store.databasePath): applied \(applied.joined(separator: ", "))")
        } catch let error as MigrationError {
            throw ValidationError("Cannot migrate \(store.databasePath): \(error)")
        }
    }
}
