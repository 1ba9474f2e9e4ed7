import EntenteJSON

/// The JSON representation of events: the one the API serves, the database keeps ready,
/// and clients post back (minus the server-managed fields).
public enum EventJSON {
    /// The fields the server manages; a client may send them back and they are ignored. (`confidence` is the extractor's,
    /// on each event `POST /v1/ingest` answers: such an event posts back as it is. A report's own is in its source.)
    public static let serverManagedFields: Set<String> = ["id", "version", "created_at", "updated_at", "confidence"]

    /// The event as compact JSON, members in a fixed order.
    public static func encode(_ event: Event) -> String {
        // Stored bodies run from a few hundred bytes to a few kilobytes: one allocation instead of a growing string's several.
        var writer = JSONTextWriter(capacity: 1024)
        writer.beginObject()
        writer.member("id", event.id)
        write(event.content, to: &writer)
        writer.member("created_at", event.createdAt)
        writer.member("updated_at", event.updatedAt)
        writer.member("version", event.version)
        writer.endObject()
        return writer.text
    }

    /// Reads back an event as ``encode(_:)`` wrote it (the stored bodies), server-managed fields included.
    public static func decode(_ value: JSONValue, vocabulary: Vocabulary) throws -> Event {
        var decoder = EventDecoder(vocabulary: vocabulary)
        let content = try decoder.decode(value)
        guard let id = value["id"]?.stringValue, let createdAt = value["created_at"]?.stringValue,
            let updatedAt = value["updated_at"]?.stringValue, case .number(let version)? = value["version"]
        else { throw ValidationError([ValidationIssue("", "not a stored event: id, created_at, updated_at or version missing")]) }
        return Event(id: id, content: content, createdAt: createdAt, updatedAt: updatedAt, version: Int(version))
    }

    static func write(_ content: EventContent, to writer: inout JSONTextWriter) {
        writer.member("kind", content.kind)
        writer.member("status", content.status.rawValue)
        writer.member("title", content.title)
        writer.optionalMember("summary", content.summary)
        writer.key("date")
        writer.beginObject()
        writer.optionalMember("start", content.date.start?.description)
        writer.optionalMember("end", content.date.end?.description)
        writer.optionalMember("precision", content.date.start?.precision.description)
        if let time = content.date.time { writer.member("time", time) }
        if let zone = content.date.timeZone { writer.member("time_zone", zone) }
        if let text = content.date.text { writer.member("text", text) }
        if let anchor = content.date.anchor { writer.member("anchor", anchor.description) }
        writer.endObject()
        writer.key("location")
        if let location = content.location {
            writer.beginObject()
            writer.optionalMember("place", location.place)
            writer.optionalMember("country", location.country)
            if let latitude = location.latitude { writer.key("latitude"); writer.value(latitude) }
            if let longitude = location.longitude { writer.key("longitude"); writer.value(longitude) }
            writer.endObject()
        } else {
            writer.null()
        }
        writer.optionalMember("host_country", content.hostCountry)
        writer.key("participants")
        writer.beginArray()
        for participant in content.participants {
            writer.beginObject()
            writer.member("actor", participant.actorID)
            writer.member("name", participant.name)
            writer.optionalMember("country", participant.country)
            writer.member("role", participant.role)
            writer.endObject()
        }
        writer.endArray()
        writer.optionalMember("parent", content.parentID)
        writer.key("sources")
        writer.beginArray()
        for source in content.sources {
            writer.beginObject()
            writer.optionalMember("url", source.url)
            writer.optionalMember("outlet", source.outlet)
            writer.optionalMember("published", source.published?.description)
            writer.optionalMember("language", source.language)
            writer.optionalMember("evidence", source.evidence)
            // (Only when there is one: the events recorded by hand keep the bodies they had.)
            if let confidence = source.confidence {
                writer.key("confidence")
                writer.value(confidence)
            }
            writer.endObject()
        }
        writer.endArray()
    }
}

extension JSONTextWriter {
    /// Writes `name: value`, or `name: null` when the value is absent.
    public mutating func optionalMember(_ name: String, _ value: String?) {
        key(name)
        if let value { self.value(value) } else { null() }
    }
}
