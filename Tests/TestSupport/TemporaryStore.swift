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

    /// The files go when the test process exits, never during the run: a database file unlinked while
    /// anything still holds it lets a new one reuse its inode, for which SQLite keeps lock state. (The
    /// rare "disk I/O error" of parallel runs came in the end from a test client closing a descriptor
    /// twice; see `TestClient.init`.)
    deinit {
        storage = nil
        _ = removeLeftoversAtExit
        leftoverDirectories.withLock { $0.append(directory) }
    }

    /// The repository's `Migrations` directory.
    public static var migrationsDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Migrations").standardized
    }

    public static func migrations() throws -> [Migration] { try Migration.load(from: migrationsDirectory) }
}

/// A fresh directory for a test's own databases, removed when the test process exits (never during the run:
/// see ``TemporaryStore``'s deinit for why).
public func temporaryTestDirectory(_ prefix: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    _ = removeLeftoversAtExit
    leftoverDirectories.withLock { $0.append(url) }
    return url
}

/// The package's root directory.
public let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

/// Directories of the fixtures, removed when the process exits.
private let leftoverDirectories = Mutex<[URL]>([])
private let removeLeftoversAtExit: Void = {
    atexit {
        for directory in leftoverDirectories.withLock({ $0 }) { try? FileManager.default.removeItem(at: directory) }
    }
}()
