import CoreMetrics
import EntenteStore
import Foundation

/// A store on a fresh database file in a temporary directory, removed when released.
public final class TemporaryStore {
    public let directory: URL
    public let store: EntenteStore
    public var path: String { directory.appendingPathComponent("test.db").path }

    public init(sample: Bool = false, metrics: any MetricsFactory = MetricsSystem.factory) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("entente-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try EntenteStore(path: directory.appendingPathComponent("test.db").path, migrations: try Self.migrations(), metrics: metrics)
        if sample { try SampleData.load(into: store) }
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// The repository's `Migrations` directory.
    public static var migrationsDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Migrations").standardized
    }

    public static func migrations() throws -> [Migration] { try Migration.load(from: migrationsDirectory) }
}

/// The package's root directory.
public let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
