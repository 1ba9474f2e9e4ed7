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
