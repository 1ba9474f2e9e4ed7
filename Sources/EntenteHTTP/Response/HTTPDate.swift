#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// IMF-fixdate formatting for the `Date` field (RFC 9110 §5.6.7): `Sun, 06 Nov 1994 08:49:37 GMT`.
enum HTTPDate {
    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The current time, formatted.
    static func now() -> String { format(time(nil)) }

    /// Formats seconds since the epoch.
    static func format(_ seconds: time_t) -> String {
        var seconds = seconds
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }
}

/// The `Date` field value, formatted at most once a second and shared by all threads.
final class DateCache: Sendable {
    static let shared = DateCache()
    private let state = Mutex<(second: time_t, text: String)>((0, ""))

    func current() -> String {
        let now = time(nil)
        return state.withLock { state in
            if state.second != now { state = (now, HTTPDate.format(now)) }
            return state.text
        }
    }
}
