import EntenteModel

/// The duplicate check of a bulk load, in memory.
///
/// Duplicates are found through `events_by_host` (kind, host, year of the sort key). A bulk load
/// suspends that index, so it keeps the same grouping here instead: every live event by kind,
/// host, year and participants. A key names candidates only; ``EntenteStore`` checks each against
/// its row exactly as the indexed path does, so a stale entry (or two keys hashing alike) can
/// never cause a wrong merge.
final class DuplicateIndex {
    /// The hash of kind, host, year (the sort key's first four characters, or `~` when undated) and
    /// sorted actor ids: a million events keep a million integers, not a million string tuples.
    typealias Key = Int

    private var seqs: [Key: [Int]] = [:]
    private var keys: [Int: Key] = [:]
    /// The current item's changes, applied when its savepoint is released.
    private var staged: [(seq: Int, key: Key)] = []

    /// Every live event of the database.
    init(database: Database) throws {
        // One row per live event, its actor ids joined by the unit separator (ids are slugs: it never occurs in them).
        try database.forEachRow(
            """
            SELECT e.seq, e.kind, e.host_country, substr(e.sort_key, 1, 4), group_concat(p.actor_id, char(31))
            FROM events e LEFT JOIN event_participants p ON p.event_seq = e.seq
            WHERE e.deleted = 0 GROUP BY e.seq
            """
        ) { row in
            let year = row.string(3)
            let participants = row.optionalString(4)?.split(separator: "\u{1F}").map(String.init) ?? []
            record(row.int(0), Self.key(row.string(1), row.optionalString(2), year.hasPrefix("~") ? "~" : year, participants))
        }
    }

    /// The sort-key range an event's duplicates lie in: its year, or the undated events.
    static func sortKeyRange(of date: EventDate) -> (low: String, high: String) {
        guard let start = date.start else { return ("~", "~~") }
        // Compatible dates share the year, so only that year's sort keys can match.
        let year = String(start.sortKey.prefix(4))
        return (year, year + "~")
    }

    static func key(of content: EventContent) -> Key {
        key(
            content.kind, content.hostCountry, content.date.start == nil ? "~" : sortKeyRange(of: content.date).low,
            content.participants.map(\.actorID))
    }

    private static func key(_ kind: String, _ host: String?, _ year: String, _ participants: [String]) -> Key {
        var hasher = Hasher()
        hasher.combine(kind)
        hasher.combine(host)
        hasher.combine(year)
        hasher.combine(participants.sorted())
        return hasher.finalize()
    }

    /// Events that may duplicate `content`.
    func candidates(for content: EventContent) -> [Int] { seqs[Self.key(of: content)] ?? [] }

    /// A new event, once its item is kept.
    func add(seq: Int, content: EventContent) { staged.append((seq, Self.key(of: content))) }

    /// An event whose content changed, once its item is kept. (A merge only refines a date within its year today,
    /// so the key stays; this keeps the index right should merging ever change more.)
    func move(seq: Int, to content: EventContent) { staged.append((seq, Self.key(of: content))) }

    func keepItem() {
        for (seq, key) in staged { record(seq, key) }
        staged.removeAll(keepingCapacity: true)
    }

    func dropItem() { staged.removeAll(keepingCapacity: true) }

    private func record(_ seq: Int, _ key: Key) {
        if let old = keys[seq] {
            guard old != key else { return }
            seqs[old]?.removeAll { $0 == seq }
        }
        keys[seq] = key
        seqs[key, default: []].append(seq)
    }
}
