import EntenteJSON
import EntenteModel

/// What a JSON document of an extracted event or an article lacks or holds wrongly.
public struct ExtractionJSONError: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) { self.description = description }
}

extension ExtractedEvent {
    /// Writes the event in the corpus schema (`../shared/corpus/README.md`), what `score-events` reads.
    ///
    /// - Parameter dateText: also write the text the date was read from (`date.text`), which the
    ///   corpus schema lacks but the store keeps; ``init(json:)`` reads it back.
    public func write(to writer: inout JSONTextWriter, dateText: Bool = false) {
        writer.beginObject()
        writer.member("kind", kind)
        writer.key("participants")
        writer.beginArray()
        for person in participants {
            writer.beginObject()
            writer.member("name", person.name)
            writer.optionalMember("country", person.country)
            writer.endObject()
        }
        writer.endArray()
        writer.optionalMember("host_country", hostCountry)
        writer.optionalMember("location", location)
        writer.key("date")
        writer.beginObject()
        writer.optionalMember("start", start?.description)
        writer.optionalMember("end", end?.description)
        writer.optionalMember("precision", start?.precision.description)
        if dateText, let text = self.dateText { writer.member("text", text) }
        writer.endObject()
        writer.member("status", status.rawValue)
        writer.member("evidence", evidence)
        writer.key("evidence_offset")
        writer.value(evidenceOffset)
        writer.key("confidence")
        writer.value(confidence)
        writer.endObject()
    }

    /// Reads an event that ``write(to:dateText:)`` wrote: what the extractor reports of it, without
    /// the marks it uses only while building (an event in passing, an implied visit).
    public init(json: JSONValue) throws(ExtractionJSONError) {
        guard let object = json.objectValue else { throw ExtractionJSONError("an event must be an object") }
        func string(_ value: JSONValue?, _ name: String) throws(ExtractionJSONError) -> String? {
            guard let value, !value.isNull else { return nil }
            guard let text = value.stringValue else { throw ExtractionJSONError("\(name) must be a string") }
            return text
        }
        func date(_ value: JSONValue?, _ name: String) throws(ExtractionJSONError) -> PartialDate? {
            guard let text = try string(value, name) else { return nil }
            guard let date = PartialDate(text) else { throw ExtractionJSONError("\(name) is not a partial date: \(text)") }
            return date
        }
        func number(_ name: String) throws(ExtractionJSONError) -> Double {
            guard case .number(let value)? = object[name] else { throw ExtractionJSONError("\(name) must be a number") }
            return value
        }
        guard let kind = try string(object["kind"], "kind") else { throw ExtractionJSONError("kind is required") }
        guard let statusText = try string(object["status"], "status"), let status = EventStatus(rawValue: statusText) else {
            throw ExtractionJSONError("status must be one of held, planned, cancelled, postponed")
        }
        guard let people = object["participants"]?.arrayValue else { throw ExtractionJSONError("participants must be an array") }
        var participants: [Person] = []
        for person in people {
            guard let name = try string(person["name"], "a participant's name") else { throw ExtractionJSONError("a participant needs a name") }
            participants.append(Person(name: name, country: try string(person["country"], "a participant's country")))
        }
        guard let dateObject = object["date"], dateObject.objectValue != nil else { throw ExtractionJSONError("date must be an object") }
        guard let evidence = try string(object["evidence"], "evidence") else { throw ExtractionJSONError("evidence is required") }
        let offset = try number("evidence_offset")
        guard let evidenceOffset = Int(exactly: offset), evidenceOffset >= 0 else {
            throw ExtractionJSONError("evidence_offset must be a whole number, not negative")
        }
        self.init(
            kind: kind, status: status, participants: participants,
            hostCountry: try string(object["host_country"], "host_country"), location: try string(object["location"], "location"),
            start: try date(dateObject["start"], "date.start"), end: try date(dateObject["end"], "date.end"),
            dateText: try string(dateObject["text"], "date.text"),
            evidence: evidence, evidenceOffset: evidenceOffset, confidence: try number("confidence"))
    }
}

extension Article {
    /// Writes the article as a JSON object: `text`, `published`, `language`, and `url` and `outlet` when known.
    public func write(to writer: inout JSONTextWriter) {
        writer.beginObject()
        writer.member("text", text)
        writer.member("published", published.description)
        writer.member("language", language.rawValue)
        if let url { writer.member("url", url) }
        if let outlet { writer.member("outlet", outlet) }
        writer.endObject()
    }

    /// Reads an article that ``write(to:)`` wrote.
    public init(json: JSONValue) throws(ExtractionJSONError) {
        guard let text = json["text"]?.stringValue else { throw ExtractionJSONError("text must be a string") }
        guard let published = json["published"]?.stringValue.flatMap(PartialDate.init), published.precision == .day else {
            throw ExtractionJSONError("published must be a date YYYY-MM-DD")
        }
        guard let language = json["language"]?.stringValue.flatMap(Language.init(rawValue:)) else {
            throw ExtractionJSONError("language must be fr or en")
        }
        self.init(text: text, published: published, language: language, url: json["url"]?.stringValue, outlet: json["outlet"]?.stringValue)
    }
}
