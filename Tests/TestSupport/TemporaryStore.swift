import CoreMetrics
import EntenteStore
import Foundation
import Synchronization

/// A store on a fresh database file in a temporary directory, removed when released.
public final class TemporaryStore {
    public let directory: URL
    /// The store; read it while the fixture is alive (the fixture deletes its files when it goes).
    public var store: EntenteStore { storage! }
    private var storage: EntenteStore?
    public var path: String { directory.appendingPathComponent("test.db").path }

    public init(sample: Bool = false, metrics: any MetricsFactory = MetricsSystem.factory) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("entente-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        storage = try EntenteStore(path: directory.appendingPathComponent("test.db").path, migrations: try Self.migrations(), metrics: metrics)
        if sample { try SampleData.load(into: store) }
    }

    /// The files go only once the store (and so every SQLite connection to them) has gone: unlinking a
    /// database under open connections lets a new file reuse its inode while SQLite still keeps lock and
    /// shared-memory state for it, which surfaced as a rare "disk I/O error" in parallel test runs.
    /// When a test still holds the store, its directory goes when the test process exits.
    deinit {
        weak var remaining = storage
        storage = nil
        if remaining == nil {
            try? FileManager.default.removeItem(at: directory)
        } else {
            _ = removeLeftoversAtExit
            leftoverDirectories.withLock { $0.append(directory) }
        }
    }

    /// The repository's `Migrations` directory.
    public static var migrationsDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Migrations").standardized
    }

    public static func migrations() throws -> [Migration] { try Migration.load(from: migrationsDirectory) }
}

/// The package's root directory.
public let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

/// Directories of fixtures whose store outlived them, removed when the process exits.
private let leftoverDirectories = Mutex<[URL]>([])
private let removeLeftoversAtExit: Void = {
    atexit {
        for directory in leftoverDirectories.withLock({ $0 }) { try? FileManager.default.removeItem(at: directory) }
    }
}()
