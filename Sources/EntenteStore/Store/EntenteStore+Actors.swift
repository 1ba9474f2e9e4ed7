import EntenteJSON
import EntenteModel

extension EntenteStore {
    /// Creates an actor (its canonical name is also its first English name).
    /// - Throws: ``StoreError/conflict(_:)`` when the id is taken, ``StoreError/invalid(_:)`` for an unknown country.
    @discardableResult
    public func createActor(_ actor: Actor) throws -> Actor {
        try pool.write { database in try insertActor(actor, database: database) }
    }

    /// Stores the actors whose id is free, in one transaction; those already there are left as they are
    /// (an edit made through the API is not overwritten). Returns how many were added.
    @discardableResult
    public func seedActors(_ actors: [Actor]) throws -> Int {
        try pool.write { database in
            var added = 0
            for actor in actors where try database.firstRow("SELECT 1 FROM actors WHERE id = ?", [actor.id], { _ in true }) == nil {
                _ = try insertActor(actor, database: database)
                added += 1
            }
            return added
        }
    }

    func insertActor(_ actor: Actor, database: Database) throws -> Actor {
        if try database.firstRow("SELECT 1 FROM actors WHERE id = ?", [actor.id], { _ in true }) == true {
            throw StoreError.conflict("an actor with id '\(actor.id)' exists already")
        }
        let now = Timestamp.now()
        try database.run(
            "INSERT INTO actors (id, name, kind, country, wikidata_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [actor.id, actor.name, actor.kind.rawValue, actor.country, actor.wikidataID, now, now])
        var names = [Actor.Name(language: "en", name: actor.name)] + actor.aliases
        names = names.reduce(into: []) { unique, name in if !unique.contains(name) { unique.append(name) } }
        for name in names {
            try database.run(
                "INSERT OR IGNORE INTO actor_names (actor_id, language, name, normalized) VALUES (?, ?, ?, ?)",
                [actor.id, name.language, name.name, NameNormalizer.normalize(name.name)])
            for term in Self.searchTerms(for: name.name) {
                try database.run("INSERT OR IGNORE INTO actor_search (term, actor_id) VALUES (?, ?)", [term, actor.id])
            }
        }
        for office in actor.offices {
            try database.run(
                "INSERT INTO actor_offices (actor_id, office, country, start_date, end_date) VALUES (?, ?, ?, ?, ?)",
                [actor.id, office.office, office.country, office.start?.description, office.end?.description])
        }
        return actor
    }

    /// The normalized name and each of its word suffixes: `sergei lavrov`, `lavrov`.
    static func searchTerms(for name: String) -> [String] {
        let words = NameNormalizer.normalize(name).split(separator: " ")
        return words.indices.map { words[$0...].joined(separator: " ") }
    }

    /// The actor with this id, or `nil`.
    public func actor(id: String) throws -> Actor? {
        try pool.read { database in try loadActor(id: id, database: database) }
    }

    func loadActor(id: String, database: Database) throws -> Actor? {
        guard
            var actor = try database.firstRow(
                "SELECT id, name, kind, country, wikidata_id FROM actors WHERE id = ?", [id],
                {
                    Actor(
                        id: $0.string(0), name: $0.string(1), kind: Actor.Kind(rawValue: $0.string(2)) ?? .person,
                        country: $0.optionalString(3), wikidataID: $0.optionalString(4))
                })
        else { return nil }
        actor.aliases = try database.rows(
            "SELECT language, name FROM actor_names WHERE actor_id = ? ORDER BY language, name", [id]
        ) { Actor.Name(language: $0.string(0), name: $0.string(1)) }
        actor.offices = try database.rows(
            "SELECT office, country, start_date, end_date FROM actor_offices WHERE actor_id = ? ORDER BY start_date", [id]
        ) {
            Actor.Office(
                office: $0.string(0), country: $0.optionalString(1), start: $0.optionalString(2).flatMap(PartialDate.init),
                end: $0.optionalString(3).flatMap(PartialDate.init))
        }
        return actor
    }

    /// Actors whose names (or a word of them, and onwards) start with `query`, folded; all actors when empty.
    public func searchActors(query: String, limit: Int, after: String? = nil) throws -> [Actor] {
        try pool.read { database in
            let ids: [String]
            let term = NameNormalizer.normalize(query)
            if term.isEmpty {
                ids = try database.rows("SELECT id FROM actors WHERE id > ? ORDER BY id LIMIT ?", [after ?? "", limit]) { $0.string(0) }
            } else {
                // A prefix range on the term index; `\u{10FFFF}` sorts after every continuation.
                ids = try database.rows(
                    """
                    SELECT DISTINCT actor_id FROM actor_search WHERE term >= ? AND term < ? AND actor_id > ?
                    ORDER BY actor_id LIMIT ?
                    """, [term, term + "\u{10FFFF}", after ?? "", limit]
                ) { $0.string(0) }
            }
            return try ids.compactMap { try loadActor(id: $0, database: database) }
        }
    }

    /// Finds actors by any of their names, folded (`Sergueï Lavrov` finds `sergei-lavrov` when that alias exists).
    func actorIDs(named name: String, database: Database) throws -> [String] {
        try database.rows("SELECT DISTINCT actor_id FROM actor_names WHERE normalized = ?", [NameNormalizer.normalize(name)]) {
            $0.string(0)
        }
    }

    /// A free actor id derived from a name.
    func freeActorID(for name: String, database: Database) throws -> String {
        let base = Actor.slug(for: name)
        var candidate = base
        var suffix = 2
        while try database.firstRow("SELECT 1 FROM actors WHERE id = ?", [candidate], { _ in true }) == true {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        return candidate
    }

    /// The actor as the API shows it.
    public static func json(_ actor: Actor, writer: inout JSONTextWriter) {
        writer.beginObject()
        writer.member("id", actor.id)
        writer.member("name", actor.name)
        writer.member("kind", actor.kind.rawValue)
        writer.optionalMember("country", actor.country)
        writer.optionalMember("wikidata_id", actor.wikidataID)
        writer.key("aliases")
        writer.beginArray()
        for alias in actor.aliases {
            writer.beginObject()
            writer.member("language", alias.language)
            writer.member("name", alias.name)
            writer.endObject()
        }
        writer.endArray()
        writer.key("offices")
        writer.beginArray()
        for office in actor.offices {
            writer.beginObject()
            writer.member("office", office.office)
            writer.optionalMember("country", office.country)
            writer.optionalMember("start", office.start?.description)
            writer.optionalMember("end", office.end?.description)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }
}
