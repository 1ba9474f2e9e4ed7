import EntenteModel
import Foundation

/// A filtered, ordered page of events.
public struct TimelineQuery: Sendable, Equatable {
    /// Events involving this country (a participant's, the host, or the location's).
    public var country: String?
    /// Events with this actor taking part.
    public var actor: String?
    public var kinds: [String] = []
    public var status: EventStatus?
    /// Events at least this likely to be right (``EventContent/confidence``); those with no confidence (recorded by hand)
    /// always pass.
    public var minConfidence: Double?
    /// Events starting on or after the first day of this date.
    public var from: PartialDate?
    /// Events starting on or before the last day of this date.
    public var to: PartialDate?
    /// Full-text search over titles, summaries and evidence.
    public var text: String?
    public var descending = false
    public var limit = 50
    public var cursor: TimelineCursor?

    public init() {}

    public static let defaultLimit = 50
    public static let maxLimit = 500
}

/// Where a page ended: the last event's sort key and sequence number, and the order it was read in.
///
/// Keyset pagination: an event inserted before the cursor never shifts the pages after it.
public struct TimelineCursor: Sendable, Equatable {
    public var sortKey: String
    public var seq: Int
    public var descending: Bool

    public init(sortKey: String, seq: Int, descending: Bool) {
        self.sortKey = sortKey
        self.seq = seq
        self.descending = descending
    }

    /// The opaque, URL-safe form given to clients.
    public var token: String {
        Data("1|\(descending ? "d" : "a")|\(seq)|\(sortKey)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Reads a token; `nil` when it is not one this server made.
    public init?(token: String) {
        var base64 = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard token.count <= 200, let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8) else { return nil }
        let parts = text.split(separator: "|", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "1", parts[1] == "a" || parts[1] == "d", let seq = Int(parts[2]), !parts[3].isEmpty else {
            return nil
        }
        self.init(sortKey: String(parts[3]), seq: seq, descending: parts[1] == "d")
    }
}

/// A page of events as ready JSON bodies.
public struct EventPage: Sendable {
    public var bodies: [String]
    /// Ids and sequence numbers parallel to `bodies`.
    public var ids: [String]
    public var next: TimelineCursor?
}

/// Visits seen from one country.
public enum VisitDirection: String, Sendable, CaseIterable {
    /// Visits to the country: its guests.
    case inbound
    /// Visits by its people: its trips.
    case outbound
    case any
}
