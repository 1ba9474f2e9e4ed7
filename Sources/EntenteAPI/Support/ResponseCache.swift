import EntenteHTTP
import EntenteStore
import Synchronization

/// Keeps recent answers of the list and statistics endpoints, keyed by request target, each tagged
/// with the store's change stamp: any commit to the database, by this process or another (an import
/// beside the server), makes every entry stale at once. `maxAge` is only a safety net.
final class ResponseCache: Sendable {
    private struct Entry {
        var stamp: DatabasePool.ChangeStamp
        var storedAt: ContinuousClock.Instant
        var response: HTTPResponse
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let capacity: Int
    private let maxAge: Duration
    let store: EntenteStore

    init(store: EntenteStore, capacity: Int = 1024, maxAge: Duration = .seconds(60)) {
        self.store = store
        self.capacity = capacity
        self.maxAge = maxAge
    }

    /// The answer from `cache` when there is one, else straight from `produce`.
    static func respond(from cache: ResponseCache?, to request: HTTPRequest, _ produce: () throws -> HTTPResponse) throws -> HTTPResponse {
        guard let cache else { return try produce() }
        return try cache.response(for: request, produce)
    }

    /// The cached answer to `request`, or the one `produce` makes (kept when it is a 200).
    func response(for request: HTTPRequest, _ produce: () throws -> HTTPResponse) throws -> HTTPResponse {
        // The Accept header can choose the representation, so it is part of the key.
        let key = request.target + "\n" + (request.headers["Accept"] ?? "")
        // (Read before the answer is made: an answer made after a commit is only ever newer than its stamp.)
        // (Should SQLite fail to say, the answer is made afresh and not kept: the cache never turns a good request into an
        // error.)
        guard let stamp = try? store.changeStamp() else { return try produce() }
        let now = ContinuousClock.now
        let cached = entries.withLock { entries -> HTTPResponse? in
            guard let entry = entries[key], entry.stamp == stamp, now - entry.storedAt < maxAge else { return nil }
            return entry.response
        }
        if let cached { return cached }
        var response = try produce()
        guard response.status == .ok, response.stream == nil else { return response }
        // Hash once here rather than on every hit.
        if response.headers["ETag"] == nil { response.headers["ETag"] = ConditionalRequestMiddleware.etag(for: response.body) }
        let stored = response
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = Entry(stamp: stamp, storedAt: now, response: stored)
        }
        return response
    }
}
