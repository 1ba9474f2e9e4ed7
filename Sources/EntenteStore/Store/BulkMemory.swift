/// What a bulk load keeps in memory in place of the indexes it suspends and the lookups it repeats.
final class BulkMemory {
    let duplicates: DuplicateIndex
    /// Where the load's writes send full text; events after its `afterSeq` are the load's own.
    let fullTextSink: FullTextSink
    /// Actors looked up or created so far, by id. Forgotten whenever a write is rolled back, as it may have created some.
    var actors: [String: (name: String, country: String?)] = [:]

    init(duplicates: DuplicateIndex, derivedAfterSeq: Int) {
        self.duplicates = duplicates
        fullTextSink = .deferred(afterSeq: derivedAfterSeq)
    }

    /// The current item was kept.
    func keepItem() { duplicates.keepItem() }

    /// The current item, or the whole transaction, was rolled back.
    func dropItem() {
        duplicates.dropItem()
        actors.removeAll()
    }
}
