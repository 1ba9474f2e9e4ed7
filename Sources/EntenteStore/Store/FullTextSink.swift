/// Where an event's full-text row goes when it is written or removed.
enum FullTextSink {
    /// Into `events_fts` at once: single writes.
    case direct
    /// Held back to the end of a batch's transaction (see ``FullTextBuffer``).
    case buffered(FullTextBuffer)
    /// A bulk load's: events after `afterSeq` (created by the load) get their full text, countries and
    /// visit legs when the load finishes, derived from their rows in one pass; older events' full
    /// text goes to `fulltext_staging`, indexed at the same time (see ``BulkLoad``).
    case deferred(afterSeq: Int)

    struct Row {
        var rowid: Int
        var title: String
        var summary: String
        var evidence: String
    }

    func write(_ row: Row, seq: Int, database: Database) throws {
        switch self {
        case .direct:
            try Self.insert(row, into: database)
        case .buffered(let buffer):
            buffer.stage(row, seq: seq)
        case .deferred(let afterSeq):
            guard seq <= afterSeq else { return }
            try database.run(
                "INSERT OR REPLACE INTO fulltext_staging (seq, text_rowid, title, summary, evidence) VALUES (?, ?, ?, ?, ?)",
                [seq, row.rowid, row.title, row.summary, row.evidence])
        }
    }

    /// Whether the event's derived rows (countries, visit legs, full text) are left to the bulk load's end.
    func derivesLater(seq: Int) -> Bool {
        if case .deferred(let afterSeq) = self { return seq > afterSeq }
        return false
    }

    /// Removes the event's row wherever it is: indexed already, or still waiting (a bulk load in
    /// this process or another may have staged it).
    func remove(seq: Int, database: Database) throws {
        // A row still held in a batch's buffer is not in the index yet: the DELETE finds nothing and the buffer drops it.
        try database.run("DELETE FROM events_fts WHERE rowid = (SELECT text_rowid FROM events WHERE seq = ?)", [seq])
        try database.run("DELETE FROM fulltext_staging WHERE seq = ?", [seq])
        if case .buffered(let buffer) = self { buffer.stageRemoval(seq: seq) }
    }

    static func insert(_ row: Row, into database: Database) throws {
        try database.run(
            "INSERT INTO events_fts (rowid, title, summary, evidence) VALUES (?, ?, ?, ?)", [row.rowid, row.title, row.summary, row.evidence])
    }
}
