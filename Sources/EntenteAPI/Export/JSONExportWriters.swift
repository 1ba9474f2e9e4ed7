import EntenteJSON
import EntenteModel

/// Knight Lab TimelineJS JSON: partial dates native (year, month, day as given), a `group` per
/// host country, the first source as media with its outlet as credit, the event id as `unique_id`.
enum TimelineJSWriter {
    static func write(_ events: [Event], title: String, countryNames: [String: String]) -> String {
        prefix(title: title) + events.compactMap { item($0, countryNames: countryNames) }.joined(separator: ",") + suffix
    }

    static func prefix(title: String) -> String {
        var writer = JSONTextWriter()
        writer.beginObject()
        writer.key("title")
        writer.beginObject()
        writer.key("text")
        writer.beginObject()
        writer.member("headline", title)
        writer.member("text", "Diplomatic events from Entente")
        writer.endObject()
        writer.endObject()
        return writer.text + ",\"events\":["
    }

    static let suffix = "]}"

    /// One TimelineJS event, or `nil` for an undated event (TimelineJS needs a start).
    static func item(_ event: Event, countryNames: [String: String]) -> String? {
        do {
            guard let start = event.content.date.start else { return nil }
            var writer = JSONTextWriter()
            let content = event.content
            writer.beginObject()
            writer.key("start_date")
            date(start, display: content.date.text, to: &writer)
            if let end = content.date.end {
                writer.key("end_date")
                date(end, display: nil, to: &writer)
            }
            writer.key("text")
            writer.beginObject()
            writer.member("headline", content.title)
            var body: [String] = []
            if let summary = content.summary { body.append(summary) }
            body.append(content.participants.map(\.name).joined(separator: ", "))
            writer.member("text", body.filter { !$0.isEmpty }.joined(separator: "<br>"))
            writer.endObject()
            if let host = content.hostCountry { writer.member("group", countryNames[host] ?? host) }
            if let source = content.sources.first(where: { $0.url != nil }), let url = source.url {
                writer.key("media")
                writer.beginObject()
                writer.member("url", url)
                writer.member("credit", source.outlet ?? "")
                if let evidence = source.evidence { writer.member("caption", evidence) }
                writer.endObject()
            }
            writer.member("unique_id", event.id)
            writer.endObject()
            return writer.text
        }
    }

    private static func date(_ date: PartialDate, display: String?, to writer: inout JSONTextWriter) {
        writer.beginObject()
        writer.member("year", String(date.year))
        if let month = date.month { writer.member("month", String(month)) }
        if let day = date.day { writer.member("day", String(day)) }
        if let display { writer.member("display_date", display) }
        writer.endObject()
    }
}

/// schema.org `Event`s in JSON-LD: dates as ISO 8601 at their precision, `eventStatus`, place and
/// country, attendees, sources as `subjectOf`, `superEvent` for a sub-event and `subEvent` for summits.
enum JSONLDWriter {
    static func write(_ events: [Event], children: [String: [String]]) -> String {
        prefix + events.map { node($0, children: children[$0.id] ?? []) }.joined(separator: ",") + suffix
    }

    static let prefix = #"{"@context":"https://schema.org","@graph":["#
    static let suffix = "]}"

    /// One schema.org Event node.
    static func node(_ event: Event, children subEvents: [String]) -> String {
        do {
            var writer = JSONTextWriter()
            let content = event.content
            writer.beginObject()
            writer.member("@type", "Event")
            writer.member("@id", "/v1/events/\(event.id)")
            writer.member("identifier", event.id)
            writer.member("name", content.title)
            if let summary = content.summary { writer.member("description", summary) }
            writer.member("additionalType", content.kind)
            if let start = content.date.start { writer.member("startDate", start.description) }
            if let end = content.date.end { writer.member("endDate", end.description) }
            writer.member("eventStatus", "https://schema.org/" + status(content.status))
            if content.location != nil || content.hostCountry != nil {
                writer.key("location")
                writer.beginObject()
                writer.member("@type", "Place")
                if let place = content.location?.place { writer.member("name", place) }
                if let country = content.location?.country ?? content.hostCountry {
                    writer.key("address")
                    writer.beginObject()
                    writer.member("@type", "PostalAddress")
                    writer.member("addressCountry", country)
                    writer.endObject()
                }
                if let latitude = content.location?.latitude, let longitude = content.location?.longitude {
                    writer.key("geo")
                    writer.beginObject()
                    writer.member("@type", "GeoCoordinates")
                    writer.key("latitude")
                    writer.value(latitude)
                    writer.key("longitude")
                    writer.value(longitude)
                    writer.endObject()
                }
                writer.endObject()
            }
            writer.key("attendee")
            writer.beginArray()
            for participant in content.participants {
                writer.beginObject()
                writer.member("@type", "Person")
                writer.member("@id", "/v1/actors/\(participant.actorID)")
                writer.member("name", participant.name)
                if let country = participant.country {
                    writer.key("nationality")
                    writer.beginObject()
                    writer.member("@type", "Country")
                    writer.member("name", country)
                    writer.endObject()
                }
                writer.endObject()
            }
            writer.endArray()
            if let parent = content.parentID {
                writer.key("superEvent")
                writer.beginObject()
                writer.member("@id", "/v1/events/\(parent)")
                writer.endObject()
            }
            if !subEvents.isEmpty {
                writer.key("subEvent")
                writer.beginArray()
                for child in subEvents {
                    writer.beginObject()
                    writer.member("@id", "/v1/events/\(child)")
                    writer.endObject()
                }
                writer.endArray()
            }
            writer.key("subjectOf")
            writer.beginArray()
            for source in content.sources {
                writer.beginObject()
                writer.member("@type", "NewsArticle")
                if let url = source.url { writer.member("url", url) }
                if let outlet = source.outlet { writer.member("publisher", outlet) }
                if let published = source.published { writer.member("datePublished", published.description) }
                if let language = source.language { writer.member("inLanguage", language) }
                if let evidence = source.evidence { writer.member("text", evidence) }
                writer.endObject()
            }
            writer.endArray()
            writer.endObject()
            return writer.text
        }
    }

    static func status(_ status: EventStatus) -> String {
        switch status {
        case .held, .planned: "EventScheduled"
        case .cancelled: "EventCancelled"
        case .postponed: "EventPostponed"
        }
    }
}

/// PLOVER records (JSON Lines), the Open Event Data Alliance's interchange format.
///
/// A held visit is CONSULT with mode `visit`: the visitors are the `source` actors and the host
/// country the `target`. Held meetings, talks and summits are CONSULT (modes `meet`, `talks`,
/// `summit`), calls CONSULT/`phone`. Planned or postponed meetings and visits, and invitations,
/// are AGREE (an intent to cooperate); a cancellation is REJECT. Codes are ISO 3166-1 alpha-3.
enum PLOVERWriter {
    static func write(_ events: [Event], alpha3: [String: String], countryNames: [String: String]) -> String {
        var output = ""
        for event in events {
            let content = event.content
            let (category, mode) = classify(content)
            var writer = JSONTextWriter()
            writer.beginObject()
            writer.member("id", "entente-\(event.id)-v\(event.version)")
            writer.optionalMember("date", content.date.start?.description)
            writer.member("event", category)
            writer.member("mode", mode)
            writer.member("context", "diplomacy")
            let visitors = content.kind == "invitation"
                ? content.participants.filter { $0.role == "inviter" }
                : content.kind == "visit" ? content.participants : content.participants.filter { $0.role != "host" }
            writer.key("source")
            writer.beginArray()
            for participant in visitors { actor(participant.name, country: participant.country, alpha3: alpha3, to: &writer) }
            writer.endArray()
            writer.key("target")
            writer.beginArray()
            if content.kind == "visit", let host = content.hostCountry {
                actor(countryNames[host] ?? host, country: host, alpha3: alpha3, to: &writer)
            } else {
                let targets = content.kind == "invitation"
                    ? content.participants.filter { $0.role == "invitee" } : content.participants.filter { $0.role == "host" }
                for participant in targets { actor(participant.name, country: participant.country, alpha3: alpha3, to: &writer) }
            }
            writer.endArray()
            writer.member("eventText", content.title)
            writer.member("text", content.sources.compactMap(\.evidence).first ?? content.title)
            writer.optionalMember("language", content.sources.compactMap(\.language).first)
            writer.optionalMember("publication", content.sources.compactMap(\.outlet).first)
            writer.optionalMember("url", content.sources.compactMap(\.url).first)
            writer.member("coder", "Entente")
            writer.member("version", "PLOVER-0.6")
            writer.member("dateCoded", String(event.updatedAt.prefix(10)))
            writer.endObject()
            output += writer.text + "\n"
        }
        return output
    }

    static func classify(_ content: EventContent) -> (String, String) {
        let future = content.status == .planned || content.status == .postponed
        switch content.kind {
        case "visit": return future ? ("AGREE", "visit") : ("CONSULT", "visit")
        case "meeting": return future ? ("AGREE", "meet") : ("CONSULT", "meet")
        case "talks": return future ? ("AGREE", "talks") : ("CONSULT", "talks")
        case "summit": return future ? ("AGREE", "summit") : ("CONSULT", "summit")
        case "phone_call": return ("CONSULT", "phone")
        case "invitation": return ("AGREE", "invite")
        case "cancellation": return ("REJECT", "cancel")
        default: return ("CONSULT", content.kind)
        }
    }

    private static func actor(_ text: String, country: String?, alpha3: [String: String], to writer: inout JSONTextWriter) {
        writer.beginObject()
        writer.member("actorText", text)
        writer.member("code", country.flatMap { alpha3[$0] } ?? "---")
        writer.member("sector", "GOV")
        writer.endObject()
    }
}
