/// One real diplomatic event, with every report of it attached as a source.
public struct Event: Sendable, Equatable {
    /// A stable, URL-safe id (`evt_` and 16 base-32 characters).
    public var id: String
    public var content: EventContent
    public var createdAt: String
    public var updatedAt: String
    /// Starts at 1, incremented by every change.
    public var version: Int

    public init(id: String, content: EventContent, createdAt: String, updatedAt: String, version: Int) {
        self.id = id
        self.content = content
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.version = version
    }
}

/// What a client states about an event: everything but the server-managed fields.
public struct EventContent: Sendable, Equatable {
    public var kind: String
    public var status: EventStatus
    public var title: String
    public var summary: String?
    public var date: EventDate
    public var location: Location?
    public var hostCountry: String?
    public var participants: [Participant]
    public var parentID: String?
    public var sources: [Source]

    public init(
        kind: String, status: EventStatus = .held, title: String, summary: String? = nil, date: EventDate = EventDate(),
        location: Location? = nil, hostCountry: String? = nil, participants: [Participant] = [], parentID: String? = nil,
        sources: [Source] = []
    ) {
        self.kind = kind
        self.status = status
        self.title = title
        self.summary = summary
        self.date = date
        self.location = location
        self.hostCountry = hostCountry
        self.participants = participants
        self.parentID = parentID
        self.sources = sources
    }

    /// How likely the event is right: its most confident report's when the extractor read every report of it; none
    /// when a report was recorded by hand, or there is none (what a person records is taken as it stands).
    public var confidence: Double? {
        let values = sources.compactMap(\.confidence)
        guard !values.isEmpty, values.count == sources.count else { return nil }
        return values.max()
    }
}

/// Whether an event took place, is to take place, or will not.
public enum EventStatus: String, Sendable, CaseIterable {
    case held, planned, cancelled, postponed
}

/// When an event happens: partial dates, an optional local time, and where the date came from.
public struct EventDate: Sendable, Equatable {
    public var start: PartialDate?
    public var end: PartialDate?
    /// Local time `HH:MM` (or `HH:MM:SS`) of the start; needs a day-precision start.
    public var time: String?
    /// IANA time zone of `time` (`Asia/Pyongyang`).
    public var timeZone: String?
    /// The expression the date was read from (`jeudi 31 mai`).
    public var text: String?
    /// The date `text` was resolved against (usually the article's publication date).
    public var anchor: PartialDate?

    public init(
        start: PartialDate? = nil, end: PartialDate? = nil, time: String? = nil, timeZone: String? = nil, text: String? = nil,
        anchor: PartialDate? = nil
    ) {
        self.start = start
        self.end = end
        self.time = time
        self.timeZone = timeZone
        self.text = text
        self.anchor = anchor
    }

    /// The key the timeline sorts by: the start's sort key, the time, or `~` (after every date) when undated.
    public var sortKey: String {
        guard let start else { return "~" }
        return start.sortKey + (time ?? "")
    }

    /// Whether two dates may describe the same occasion: both undated, or compatible starts.
    public func isCompatible(with other: EventDate) -> Bool {
        switch (start, other.start) {
        case (nil, nil): true
        case (let a?, let b?): a.isCompatible(with: b)
        default: false
        }
    }
}

/// Where an event takes place.
public struct Location: Sendable, Equatable {
    public var place: String?
    public var country: String?
    public var latitude: Double?
    public var longitude: Double?

    public init(place: String? = nil, country: String? = nil, latitude: Double? = nil, longitude: Double? = nil) {
        self.place = place
        self.country = country
        self.latitude = latitude
        self.longitude = longitude
    }
}

/// An actor taking part in an event, in a role.
public struct Participant: Sendable, Equatable {
    /// The actor's id (slug).
    public var actorID: String
    /// The actor's canonical name, as shown with the event.
    public var name: String
    /// The country the actor represents in this event.
    public var country: String?
    public var role: String

    public init(actorID: String, name: String, country: String?, role: String) {
        self.actorID = actorID
        self.name = name
        self.country = country
        self.role = role
    }
}

/// A report of the event: where it was published and the sentence that states it.
public struct Source: Sendable, Equatable {
    public var url: String?
    public var outlet: String?
    public var published: PartialDate?
    public var language: String?
    public var evidence: String?
    /// How likely the report says what the event records, from 0 to 1: the extractor's calibrated confidence for a
    /// source it read (docs/ingestion.md, "Confidence"); none for a source recorded by hand.
    public var confidence: Double?

    public init(
        url: String? = nil, outlet: String? = nil, published: PartialDate? = nil, language: String? = nil, evidence: String? = nil,
        confidence: Double? = nil
    ) {
        self.url = url
        self.outlet = outlet
        self.published = published
        self.language = language
        self.evidence = evidence
        self.confidence = confidence
    }

    /// Whether this is the same report as another, whatever confidence each was given (an article read again by a
    /// retrained extractor is no new source).
    public func isSameReport(as other: Source) -> Bool {
        url == other.url && outlet == other.outlet && published == other.published && language == other.language
            && evidence == other.evidence
    }
}
