import ArgumentParser
import EntenteStore
import Foundation

/// `entente migrate`: applies pending migrations and exits.
struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Apply pending database migrations.")

    @OptionGroup var store: StoreOptions

    func run() throws {
        let directory = try store.migrationsDirectory()
        let pool = try DatabasePool(path: store.databasePath, readerCount: 1)
        do {
            let applied = try pool.withWriter { try Migrator(migrations: try Migration.load(from: directory)).migrate($0) }
            print(applied.isEmpty ? "\(store.databasePath): up to date" : "\(store.databasePath): applied \(applied.joined(separator: ", "))")
        } catch let error as MigrationError {
            throw ValidationError("Cannot migrate \(store.databasePath): \(error)")
        }
    }
}
