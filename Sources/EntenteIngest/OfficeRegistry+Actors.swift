import EntenteModel

extension OfficeRegistry {
    /// Everyone the registry knows, as store actors: one per canonical name, with the spellings the
    /// registry gives and every term of office. Stored once (``EntenteStore/seedActors(_:)``), they let
    /// the API list and search the office-holders, and ingestion's names meet their actors by id.
    public static var actors: [Actor] {
        var order: [String] = []
        var byName: [String: Actor] = [:]
        for term in terms {
            if byName[term.name] == nil {
                order.append(term.name)
                byName[term.name] = Actor(id: Actor.slug(for: term.name), name: term.name, country: term.country)
            }
            var actor = byName[term.name]!
            for alias in term.aliases where !actor.aliases.contains(where: { $0.name == alias }) {
                // The French forms in the table carry their article ("le roi Charles", "l'empereur Akihito").
                let french = ["le ", "la ", "l'"].contains { alias.hasPrefix($0) }
                actor.aliases.append(Actor.Name(language: french ? "fr" : "en", name: alias))
            }
            actor.offices.append(
                Actor.Office(office: term.office.description, country: term.country, start: term.start, end: term.end))
            byName[term.name] = actor
        }
        return order.map { byName[$0]! }
    }
}

extension Office: CustomStringConvertible {
    /// The office as the actors API writes it ("foreign minister").
    public var description: String {
        switch self {
        case .headOfState: "head of state"
        case .headOfGovernment: "head of government"
        case .foreignMinister: "foreign minister"
        case .vicePresident: "vice-president"
        case .crownPrince: "crown prince"
        case .supremeLeader: "supreme leader"
        }
    }
}
