import EntenteJSON
import Foundation

/// Reads and validates an event posted by a client, collecting every issue with its JSON Pointer.
///
/// Participants may name an actor by id (`actor`) or only by `name`; resolving names to actors
/// is the store's work, so a participant read here may have an empty `actorID`.
public struct EventDecoder {
    public let vocabulary: Vocabulary
    private var issues: [ValidationIssue] = []

    public static let maxTitleLength = 500
    public static let maxTextLength = 20_000
    public static let maxParticipants = 200
    public static let maxSources = 500

    public init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }

    /// Decodes an event body.
    /// - Throws: ``ValidationError`` listing every bad field.
    public mutating func decode(_ value: JSONValue) throws(ValidationError) -> EventContent {
        issues = []
        guard case .object(let object) = value else { throw ValidationError([ValidationIssue("", "the body must be a JSON object")]) }
        let known: Set<String> = [
            "kind", "status", "title", "summary", "date", "location", "host_country", "participants", "parent", "sources",
        ]
        for key in object.keys where !known.contains(key) && !EventJSON.serverManagedFields.contains(key) {
            issue("/\(escape(key))", "unknown field")
        }
        let kind = requiredString(object, "kind")
        if let kind, !vocabulary.kinds.contains(kind) {
            issue("/kind", "unknown kind '\(kind)'; one of: \(vocabulary.kinds.sorted().joined(separator: ", "))")
        }
        var status = EventStatus.held
        if let text = optionalString(object, "status") {
            if let parsed = EventStatus(rawValue: text) {
                status = parsed
            } else {
                issue("/status", "must be one of: \(EventStatus.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        let title = requiredString(object, "title", maxLength: Self.maxTitleLength)
        let summary = optionalString(object, "summary", maxLength: Self.maxTextLength)
        let date = decodeDate(object["date"])
        let location = decodeLocation(object["location"])
        var hostCountry: String?
        if let code = optionalString(object, "host_country") { hostCountry = country(code, at: "/host_country") }
        let participants = decodeParticipants(object["participants"], kind: kind ?? "")
        let parent = optionalString(object, "parent")
        let sources = decodeSources(object["sources"])
        guard issues.isEmpty, let kind, let title else { throw ValidationError(issues) }
        return EventContent(
            kind: kind, status: status, title: title, summary: summary, date: date, location: location, hostCountry: hostCountry,
            participants: participants, parentID: parent, sources: sources)
    }

    // MARK: - Parts

    private mutating func decodeDate(_ value: JSONValue?) -> EventDate {
        guard let value, !value.isNull else { return EventDate() }
        guard case .object(let object) = value else {
            issue("/date", "must be an object like {\"start\": \"2018-05-31\"}")
            return EventDate()
        }
        for key in object.keys where !["start", "end", "precision", "time", "time_zone", "text", "anchor"].contains(key) {
            issue("/date/\(escape(key))", "unknown field")
        }
        var date = EventDate()
        date.start = partialDate(object, "start", at: "/date/start")
        date.end = partialDate(object, "end", at: "/date/end")
        if let precision = optionalString(object, "precision", at: "/date/precision") {
            if let start = date.start, precision != start.precision.description {
                issue("/date/precision", "'\(precision)' does not match start '\(start)', whose precision is \(start.precision)")
            } else if date.start == nil {
                issue("/date/precision", "a precision needs a start")
            }
        }
        if let end = date.end {
            if let start = date.start {
                if end.lastDay < start.firstDay { issue("/date/end", "ends before the start \(start)") }
            } else {
                issue("/date/end", "an end needs a start")
            }
        }
        if let time = optionalString(object, "time", at: "/date/time") {
            if !Self.isTime(time) {
                issue("/date/time", "must be a local time HH:MM or HH:MM:SS")
            } else if date.start?.precision != .day {
                issue("/date/time", "a time needs a start at day precision")
            } else {
                date.time = time
            }
        }
        if let zone = optionalString(object, "time_zone", at: "/date/time_zone") {
            if TimeZone(identifier: zone) == nil || !zone.contains("/") && zone != "UTC" {
                issue("/date/time_zone", "'\(zone)' is not an IANA time zone such as Europe/Paris")
            } else {
                date.timeZone = zone
            }
        }
        date.text = optionalString(object, "text", at: "/date/text", maxLength: 500)
        date.anchor = partialDate(object, "anchor", at: "/date/anchor")
        return date
    }

    private mutating func decodeLocation(_ value: JSONValue?) -> Location? {
        guard let value, !value.isNull else { return nil }
        guard case .object(let object) = value else {
            issue("/location", "must be an object like {\"place\": \"Pyongyang\", \"country\": \"KP\"}")
            return nil
        }
        for key in object.keys where !["place", "country", "latitude", "longitude"].contains(key) {
            issue("/location/\(escape(key))", "unknown field")
        }
        var location = Location()
        location.place = optionalString(object, "place", at: "/location/place", maxLength: Self.maxTitleLength)
        if let code = optionalString(object, "country", at: "/location/country") {
            location.country = country(code, at: "/location/country")
        }
        location.latitude = coordinate(object, "latitude", limit: 90)
        location.longitude = coordinate(object, "longitude", limit: 180)
        if (location.latitude == nil) != (location.longitude == nil) {
            issue("/location", "latitude and longitude go together")
        }
        return location
    }

    private mutating func decodeParticipants(_ value: JSONValue?, kind: String) -> [Participant] {
        guard let value, !value.isNull else { return [] }
        guard case .array(let array) = value else {
            issue("/participants", "must be an array")
            return []
        }
        if array.count > Self.maxParticipants { issue("/participants", "at most \(Self.maxParticipants) participants") }
        var participants: [Participant] = []
        for (index, element) in array.enumerated() {
            let pointer = "/participants/\(index)"
            guard case .object(let object) = element else {
                issue(pointer, "must be an object like {\"actor\": \"sergei-lavrov\", \"role\": \"visitor\"}")
                continue
            }
            for key in object.keys where !["actor", "name", "country", "role"].contains(key) {
                issue("\(pointer)/\(escape(key))", "unknown field")
            }
            let actor = optionalString(object, "actor", at: "\(pointer)/actor")
            let name = optionalString(object, "name", at: "\(pointer)/name", maxLength: 300)
            if actor == nil && (name ?? "").isEmpty { issue(pointer, "needs an actor id or a name") }
            var country: String?
            if let code = optionalString(object, "country", at: "\(pointer)/country") {
                country = self.country(code, at: "\(pointer)/country")
            }
            let role = optionalString(object, "role", at: "\(pointer)/role") ?? (kind == "visit" ? "visitor" : "participant")
            if !vocabulary.roles.contains(role) {
                issue("\(pointer)/role", "unknown role '\(role)'; one of: \(vocabulary.roles.sorted().joined(separator: ", "))")
            }
            participants.append(Participant(actorID: actor ?? "", name: name ?? "", country: country, role: role))
        }
        return participants
    }

    private mutating func decodeSources(_ value: JSONValue?) -> [Source] {
        guard let value, !value.isNull else { return [] }
        guard case .array(let array) = value else {
            issue("/sources", "must be an array")
            return []
        }
        if array.count > Self.maxSources { issue("/sources", "at most \(Self.maxSources) sources") }
        var sources: [Source] = []
        for (index, element) in array.enumerated() {
            let pointer = "/sources/\(index)"
            guard case .object(let object) = element else {
                issue(pointer, "must be an object like {\"url\": \"https://…\", \"evidence\": \"…\"}")
                continue
            }
            for key in object.keys where !["url", "outlet", "published", "language", "evidence", "confidence"].contains(key) {
                issue("\(pointer)/\(escape(key))", "unknown field")
            }
            var source = Source()
            source.url = optionalString(object, "url", at: "\(pointer)/url", maxLength: 2000)
            if let url = source.url, !(url.hasPrefix("http://") || url.hasPrefix("https://")) || URL(string: url)?.host == nil {
                issue("\(pointer)/url", "must be an absolute http(s) URL")
            }
            source.outlet = optionalString(object, "outlet", at: "\(pointer)/outlet", maxLength: 300)
            source.published = partialDate(object, "published", at: "\(pointer)/published")
            source.language = optionalString(object, "language", at: "\(pointer)/language")
            if let language = source.language, !(language.count == 2 && language.allSatisfy { $0.isASCII && $0.isLowercase }) {
                issue("\(pointer)/language", "must be a two-letter ISO 639-1 code such as fr or en")
            }
            source.evidence = optionalString(object, "evidence", at: "\(pointer)/evidence", maxLength: Self.maxTextLength)
            if let value = object["confidence"], !value.isNull {
                if case .number(let confidence) = value, confidence >= 0, confidence <= 1 {
                    source.confidence = confidence
                } else {
                    issue("\(pointer)/confidence", "must be a number from 0 to 1")
                }
            }
            sources.append(source)
        }
        return sources
    }

    // MARK: - Fields

    private mutating func issue(_ pointer: String, _ detail: String) {
        issues.append(ValidationIssue(pointer, detail))
    }

    private mutating func requiredString(_ object: JSONObject, _ key: String, maxLength: Int = 200) -> String? {
        guard let value = object[key], !value.isNull else {
            issue("/\(key)", "is required")
            return nil
        }
        guard let text = value.stringValue, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            issue("/\(key)", "must be a non-empty string")
            return nil
        }
        guard text.count <= maxLength else {
            issue("/\(key)", "must be at most \(maxLength) characters")
            return nil
        }
        return text
    }

    private mutating func optionalString(_ object: JSONObject, _ key: String, at pointer: String? = nil, maxLength: Int = 200) -> String? {
        guard let value = object[key], !value.isNull else { return nil }
        guard let text = value.stringValue else {
            issue(pointer ?? "/\(key)", "must be a string, not \(value.typeName)")
            return nil
        }
        guard text.count <= maxLength else {
            issue(pointer ?? "/\(key)", "must be at most \(maxLength) characters")
            return nil
        }
        return text
    }

    private mutating func partialDate(_ object: JSONObject, _ key: String, at pointer: String) -> PartialDate? {
        guard let text = optionalString(object, key, at: pointer) else { return nil }
        guard let date = PartialDate(text) else {
            issue(pointer, "'\(text)' is not a date YYYY, YYYY-MM or YYYY-MM-DD")
            return nil
        }
        return date
    }

    private mutating func coordinate(_ object: JSONObject, _ key: String, limit: Double) -> Double? {
        guard let value = object[key], !value.isNull else { return nil }
        guard case .number(let number) = value, abs(number) <= limit else {
            issue("/location/\(key)", "must be a number between -\(Int(limit)) and \(Int(limit))")
            return nil
        }
        return number
    }

    private mutating func country(_ code: String, at pointer: String) -> String? {
        guard let alpha2 = vocabulary.country(code) else {
            issue(pointer, "'\(code)' is not an ISO 3166-1 alpha-2 or alpha-3 country code")
            return nil
        }
        return alpha2
    }

    private static func isTime(_ text: String) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute)
        else { return false }
        return parts.count == 2 || Int(parts[2]).map { (0...59).contains($0) } == true
    }

    /// Escapes a key for a JSON Pointer (RFC 6901 §3).
    private func escape(_ key: String) -> String {
        key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}
