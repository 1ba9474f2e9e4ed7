import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// An exclusive `flock` on `DATABASE-bulkload`, held while a bulk load runs: the kernel releases it
/// when the process ends, however it ends, so a dead load's work can be told from a live one's.
///
/// The file is never deleted. (Deleting it before unlocking would let a process that opened the old
/// file and one that creates a new one both hold "the" lock.)
final class BulkLoadLock {
    private let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    /// Takes the lock without waiting; nil when another process (or another store of this one) holds it.
    /// - Throws: ``StoreError/busy(_:)`` when the lock file cannot be opened or created at all.
    static func acquire(databasePath: String) throws -> BulkLoadLock? {
        let path = databasePath + "-bulkload"
        let descriptor = open(path, O_RDWR | O_CLOEXEC | O_CREAT, 0o644)
        guard descriptor >= 0 else {
            throw StoreError.busy("cannot open the bulk-load lock file \(path): \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
        return BulkLoadLock(descriptor: descriptor)
    }

    /// Whether a live load holds the lock (this process's own included: each open file has its own lock).
    /// A lock file that cannot be opened counts as held, the cautious answer.
    static func isHeld(databasePath: String) -> Bool {
        guard let lock = try? acquire(databasePath: databasePath) else { return true }
        lock.release()
        return false
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
