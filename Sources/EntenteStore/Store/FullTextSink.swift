/// Where an event's full-text row goes when it is written or removed.
enum FullTextSink {
    /// Into `events_fts` at once: single writes.
    case direct
    /// Held back to the end of a batch's transaction (see ``FullTextBuffer``).
    case buffered(FullTextBuffer)
    /// Into `fulltext_staging`, indexed when the bulk load finishes (see ``BulkLoad``).
    case staged

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
        case .staged:
            try database.run(
                "INSERT OR REPLACE INTO fulltext_staging (seq, text_rowid, title, summary, evidence) VALUES (?, ?, ?, ?, ?)",
                [seq, row.rowid, row.title, row.summary, row.evidence])
        }
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

/// Full-text rows held back until the end of a batch's transaction.
///
/// FTS5 flushes its pending terms to a new index segment at every savepoint, so a batch that
/// writes each event's row under its own savepoint writes one segment per event and then merges
/// them. The batch stages each item's rows here instead, keeps them when the item's savepoint is
/// released and drops them when it is rolled back, and inserts them all, in rowid order, before
/// the transaction commits: the batch is durable with its full text, or not at all.
final class FullTextBuffer {
    /// Rows of the items kept so far, by event seq (a removal deletes the key).
    private var kept: [Int: FullTextSink.Row] = [:]
    /// The current item's changes by event seq: a row to write, or nil for a row to drop.
    private var staged: [Int: FullTextSink.Row?] = [:]

    func stage(_ row: FullTextSink.Row, seq: Int) { staged[seq] = .some(row) }

    func stageRemoval(seq: Int) { staged[seq] = .some(nil) }

    /// The current item was released: its changes stand.
    func keepItem() {
        for (seq, row) in staged { kept[seq] = row }
        staged.removeAll(keepingCapacity: true)
    }

    /// The current item was rolled back: its changes never happened.
    func dropItem() { staged.removeAll(keepingCapacity: true) }

    /// Writes the kept rows and empties the buffer.
    func flush(into database: Database) throws {
        for row in kept.values.sorted(by: { $0.rowid < $1.rowid }) { try FullTextSink.insert(row, into: database) }
        kept.removeAll()
    }
}
