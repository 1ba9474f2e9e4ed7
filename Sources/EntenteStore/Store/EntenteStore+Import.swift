import EntenteModel

extension EntenteStore {
    /// Inserts events whose participants already name existing actors, in one transaction, without
    /// duplicate checks: the bulk path for imports and benchmark datasets. Returns the ids.
    @discardableResult
    public func importEvents(_ contents: [EventContent], author: String) throws -> [String] {
        try pool.write { database in
            var ids: [String] = []
            ids.reserveCapacity(contents.count)
            let now = Timestamp.now()
            let fullText = try fullTextSink(.direct, database: database)
            for content in contents {
                let event = Event(id: Self.newEventID(), content: content, createdAt: now, updatedAt: now, version: 1)
                let seq = try insert(event, body: EventJSON.encode(event), database: database, fullText: fullText)
                try database.run(
                    "INSERT INTO event_revisions (event_seq, version, action, author, at, reason, body) VALUES (?, 1, 'create', ?, ?, 'import', NULL)",
                    [seq, author, now])
                ids.append(event.id)
            }
            return ids
        }
    }

    /// Inserts actors in one transaction.
    public func importActors(_ actors: [Actor]) throws {
        try pool.write { database in
            for actor in actors { _ = try insertActor(actor, database: database) }
        }
    }
}
