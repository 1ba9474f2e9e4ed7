#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Watching child processes in tests: whether one has ended, and waiting for a condition with a deadline.
public enum ProcessWatch {
    /// Whether a process has ended: gone, or a zombie nobody has reaped yet.
    public static func hasEnded(_ pid: Int32) -> Bool {
        if kill(pid, 0) != 0 && errno == ESRCH { return true }
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        // "pid (comm) state ppid …": the state is the first field after the command's closing parenthesis.
        return stat.split(separator: ")").last?.split(separator: " ").first == "Z"
    }

    /// The live children of `pid` (from /proc, by parent process id).
    public static func children(of pid: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { child in
            guard let stat = try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8) else { return false }
            let fields = stat.split(separator: ")").last?.split(separator: " ") ?? []
            return fields.count > 1 && fields[0] != "Z" && Int32(fields[1]) == pid
        }
    }

    /// Waits until `condition` holds, for at most `seconds`; whether it came to hold.
    @discardableResult
    public static func eventually(within seconds: Double = 20, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !condition() {
            guard Date() < deadline else { return false }
            usleep(10_000)
        }
        return true
    }
}
