/// What a bulk load keeps in memory in place of the indexes it suspends and the lookups it repeats.
final class BulkMemory {
    let duplicates: DuplicateIndex
    /// The known country codes: a new event's location country is checked against them as it is
    /// written, since its row in `event_countries` (and that row's foreign key) waits for the load's end.
    let countries: Set<String>
    /// Where the load's writes send full text; events after its `afterSeq` are the load's own.
    let fullTextSink: FullTextSink
    /// Actors looked up or created so far, by id. Forgotten whenever a write is rolled back, as it may have created some.
    var actors: [String: (name: String, country: String?)] = [:]

    init(duplicates: DuplicateIndex, countries: Set<String>, derivedAfterSeq: Int) {
        self.duplicates = duplicates
        self.countries = countries
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
