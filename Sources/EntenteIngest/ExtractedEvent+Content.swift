import EntenteModel

extension ExtractedEvent {
    /// The event as the store takes it: participants by name (the store resolves or creates the
    /// actors), a generated title, and the report as its source with the evidence sentence.
    public func content(article: Article, countryNames: [String: String]) -> EventContent {
        // A party known only by its country ("a meeting between France and Germany") is its government.
        let participants = participants.map { person in
            guard person.name.isEmpty, let country = person.country else { return person }
            return Person(name: "Government of \(countryNames[country] ?? country)", country: country)
        }
        let names = participants.map(\.name)
        let place = location ?? hostCountry.flatMap { countryNames[$0] }
        let title: String
        switch kind {
        case "visit": title = "\(names.first ?? "A delegation") visits \(place ?? "abroad")"
        case "meeting", "talks": title = names.joined(separator: " and ") + (kind == "talks" ? " hold talks" : " meet") + (place.map { " in \($0)" } ?? "")
        case "summit": title = "Summit" + (names.isEmpty ? "" : " of " + names.joined(separator: ", ")) + (place.map { " in \($0)" } ?? "")
        case "phone_call": title = names.joined(separator: " and ") + " speak by phone"
        case "invitation": title = "\(names.first ?? "Someone") invites \(names.dropFirst().first ?? "a guest")" + (place.map { " to \($0)" } ?? "")
        case "cancellation": title = "\(names.first ?? "An event") calls off a planned event"
        default: title = names.joined(separator: ", ")
        }
        let role: (Int) -> String = { index in
            switch kind {
            case "visit": "visitor"
            case "invitation": index == 0 ? "inviter" : "invitee"
            default: "participant"
            }
        }
        return EventContent(
            kind: kind, status: status, title: String(title.prefix(500)),
            date: EventDate(start: start, end: end, text: dateText?.isEmpty == false ? dateText : nil, anchor: start == nil ? nil : article.published),
            location: location.map { Location(place: $0, country: hostCountry) }, hostCountry: hostCountry,
            participants: participants.enumerated().map { index, person in
                Participant(actorID: "", name: person.name, country: person.country, role: role(index))
            },
            sources: [Source(url: article.url, outlet: article.outlet, published: article.published, language: article.language.rawValue, evidence: evidence,
                confidence: confidence)])
    }
}
