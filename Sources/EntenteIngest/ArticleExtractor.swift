import Foundation
import EntenteModel

/// An event found in an article, in the corpus schema, with its evidence.
public struct ExtractedEvent: Sendable, Equatable {
    public struct Person: Sendable, Equatable {
        public var name: String
        public var country: String?
    }

    public var kind: String
    public var status: EventStatus
    public var participants: [Person]
    public var hostCountry: String?
    public var location: String?
    public var start: PartialDate?
    public var end: PartialDate?
    public var dateText: String?
    public var evidence: String
    /// Character offset of the evidence sentence in the cleaned text.
    public var evidenceOffset: Int
    public var confidence: Double
}

/// Turns an article into events: clean-up, sentences, then per sentence the people, places, dates
/// and the trigger words of each kind (docs/ingestion.md). Deterministic, no network.
public struct ArticleExtractor: Sendable {
    public init() {}

    /// Trigger phrases per kind, folded (lower case, no accents, apostrophes as spaces).
    static let triggers: [(kind: String, phrases: [String])] = [
        ("cancellation", ["annule", "annulee", "called off", "cancelled", "canceled", "reporte", "postponed"]),
        ("phone_call", ["entretien telephonique", "conversation telephonique", "telephone conversation", "phone call", "spoke by phone", "par telephone", "telephoned"]),
        ("invitation", ["a l invitation de", "sur l invitation de", "sur invitation de", "at the invitation of", "a invite", "l a invite", "qu il a invite", "invited", "venez en"]),
        ("summit", ["sommet", "summit"]),
        ("visit", [
            "s est rendu", "s etait rendu", "se rendra", "se rendre", "en visite", "visite officielle", "visite d etat", "a visite", "avait visite",
            "visite la", "visite le", "visite les", "visite son", "visite sa", "visite l",
            "effectuera une visite", "deplacement en", "deplacement a", "voyage en", "visited", "will visit", "will travel", "travel to",
            "travelled to", "traveled to", "trip to", "visit to", "state visit", "official visit", "arrived in", "welcomed",
        ]),
        ("meeting", [
            "a rencontre", "rencontrera", "rencontre avec", "a recu", "a ete recu", "recevra", "s est entretenu", "entretiens", "entretien avec",
            "met with", "will meet", "meet with", "meeting with", "met ", "meeting", "welcomed",
        ]),
        ("talks", ["evoque", "ont discute", "held talks", "discussed", "dialogue strategique", "strategic dialogue"]),
    ]

    /// Plural references to the two people just named.
    static let pluralReferences: [String] = [
        " les deux presidents ", " les deux hommes ", " les deux ministres ", " les deux dirigeants ", " les dirigeants ", " les deux chefs ",
        " the two leaders ", " the two presidents ", " the two men ", " both leaders ", " the leaders ", " the two ministers ", " the parties ",
    ]

    static let futureMarkers: [String] = [
        "doit ", "devrait", "se rendra", "effectuera", "aura lieu", "se tiendra", "se deroulera", "rencontrera", "recevra", "participera",
        "sera represente", "prochain", "prochaine", "will ", "is expected to", "are expected to", "plans to", "is scheduled", "to travel",
        "looking ahead", "ahead of", "a l approche",
    ]

    public func extract(_ article: Article) -> [ExtractedEvent] {
        let text = TextCleaner.clean(article.text)
        let dates = DateResolver(published: article.published)
        var people = PersonFinder()
        var events: [ExtractedEvent] = []
        // The people most recently named, newest last: what "les deux présidents" and "the leaders" refer to.
        var recent: [PersonMention] = []
        for sentence in SentenceSplitter.split(text) {
            var persons = people.people(in: sentence.text, on: article.published)
            let foldedSentence = " " + Self.fold(sentence.text) + " "
            if persons.count < 2, let phrase = Self.pluralReferences.first(where: { foldedSentence.includes($0) }) {
                let offset = foldedSentence.characterOffset(of: phrase)!
                let earlier = recent.filter { person in !persons.contains { $0.name == person.name } }.suffix(2 - persons.count)
                persons += earlier.map { PersonMention(name: $0.name, country: $0.country, offset: offset, source: .surname) }
                persons.sort { $0.offset < $1.offset }
            }
            for person in persons {
                recent.removeAll { $0.name == person.name }
                recent.append(person)
            }
            let places = PlaceFinder.mentions(in: sentence.text)
            let mentions = dates.mentions(in: sentence.text)
            // Each clause governs its own trigger, people and dates: a relative clause ("…, qui avait
            // visité la Russie en avril dernier") is about the person it follows, at its own date.
            for clause in Self.clauses(of: sentence.text) {
                let inside = { (offset: Int) in offset >= clause.start && offset < clause.end }
                var clausePersons = persons.filter { inside($0.offset) }
                if clause.relative, let antecedent = persons.last(where: { $0.offset < clause.start }) {
                    clausePersons.insert(antecedent, at: 0)
                }
                let text = String(Array(sentence.text)[clause.start..<clause.end])
                let folded = " " + Self.fold(text) + " "
                // A negated clause reports what did not happen ("qui ne s'est jamais rendu en Russie").
                if [" ne s est jamais", " n a jamais", " n est jamais", " never ", " has not ", " did not "].contains(where: folded.includes) { continue }
                let status: EventStatus = Self.futureMarkers.contains { folded.includes($0) } ? .planned : .held
                var kindsFound: Set<String> = []
                for (kind, phrases) in Self.triggers where !kindsFound.contains(kind) {
                    guard let phrase = phrases.first(where: { folded.includes(" " + $0 + " ") || folded.includes(" " + $0) && $0.hasSuffix(" ") }),
                        let found = folded.characterOffset(of: " " + phrase)
                    else { continue }
                    let trigger = clause.start + found
                    if kind == "meeting" && kindsFound.contains("visit") && clausePersons.count < 2 { continue }
                    // People who agree something "lors du sommet" met there: the summit also yields their meeting.
                    if kind == "summit", clausePersons.count >= 2,
                        [" lors du sommet", " en marge du sommet", " on the sidelines of", " at the summit", " au sommet"].contains(where: folded.includes)
                    {
                        kindsFound.insert("meeting")
                        events += build(
                            kind: "meeting", status: status, sentence: sentence, trigger: trigger, persons: clausePersons,
                            places: places.filter { inside($0.offset) }, dates: mentions.filter { inside($0.offset) },
                            published: article.published, previous: events)
                    }
                    if kind == "talks" && kindsFound.contains("meeting") { continue }
                    kindsFound.insert(kind)
                    events += build(
                        kind: kind, status: status, sentence: sentence, trigger: trigger, persons: clausePersons,
                        places: places.filter { inside($0.offset) }, dates: mentions.filter { inside($0.offset) },
                        published: article.published, previous: events)
                }
            }
        }
        return Self.merge(events)
    }

    private func build(
        kind: String, status: EventStatus, sentence: Sentence, trigger: Int, persons: [PersonMention], places: [PlaceMention],
        dates: [DateMention], published: PartialDate, previous: [ExtractedEvent]
    ) -> [ExtractedEvent] {
        let people = persons.map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
        // Where: a place after a locative preposition (à, en, in, to…), else a city, else a country name
        // (adjectives say who, not where).
        let characters = Array(Self.fold(sentence.text))
        let welcomed = String(characters).includes("welcomed")
        func locative(_ place: PlaceMention) -> Bool {
            let before = String(characters[max(0, place.offset - 6)..<place.offset]).split(separator: " ").last.map(String.init) ?? ""
            // "to" and "vers" say where someone travels; a meeting's place is "in", "at", "à".
            // "welcomed X to Downing Street" places the meeting too.
            return ["a", "en", "au", "aux", "in", "at", "dans"].contains(before)
                || (kind == "visit" || kind == "invitation" || welcomed) && ["to", "vers"].contains(before)
        }
        // The place the trigger governs comes after it ("sommet du G20 à Londres"), else any located one.
        let located = places.filter { $0.kind != .adjective && locative($0) }
        let governed = located.filter { $0.offset > trigger }
        let city = governed.first { $0.kind == .city } ?? located.first { $0.kind == .city } ?? places.first { $0.kind == .city }
        // An unlocated country name ("with regard to Iran") is a destination only for a trip.
        let travel = kind == "visit" || kind == "invitation"
        let countryPlace = governed.first ?? located.first ?? (travel ? places.first { $0.kind == .country } : nil)
        var host = city?.country ?? countryPlace?.country
        var participants: [ExtractedEvent.Person]
        switch kind {
        case "visit":
            participants = Array(people.filter { $0.country == nil || $0.country != host }.prefix(1))
        case "invitation":
            participants = Array(people.prefix(2))
            if Self.fold(sentence.text).includes("invitation de"), participants.count == 2 { participants.reverse() }
        case "cancellation":
            // Who called it off: the person named after the trigger ("annulé … par le président américain").
            participants = Array((persons.first { $0.offset > trigger } ?? persons.first).map { [ExtractedEvent.Person(name: $0.name, country: $0.country)] } ?? [])
            host = nil
        case "phone_call":
            participants = Array(people.prefix(2))
            host = nil
        case "summit":
            participants = Array(people.prefix(3))
            if city == nil { host = nil }
        default:
            participants = Array(people.prefix(3))
        }
        guard !participants.isEmpty || kind == "summit" else { return [] }
        // The date the trigger's clause governs: several years are several events ("en 2001 et 2002");
        // otherwise the mention nearest the trigger, after it when there is one.
        let nearest = dates.min { abs($0.offset - trigger) + ($0.offset < trigger ? 40 : 0) < abs($1.offset - trigger) + ($1.offset < trigger ? 40 : 0) }
        var starts: [DateMention?] = dates.isEmpty ? [nil] : (dates.count > 1 && dates.allSatisfy { $0.start.precision == .year } ? dates.map { Optional($0) } : [nearest])
        if dates.isEmpty && kind == "phone_call" && status == .held {
            // A call reported without a date is the day's (press services report calls the day they happen).
            starts = [DateMention(text: "", offset: 0, start: published)]
        }
        if dates.isEmpty, let earlier = previous.last(where: { event in
            event.start != nil && event.hostCountry == host && event.participants.contains { participants.contains($0) }
        }) {
            starts = [DateMention(text: earlier.dateText ?? "", offset: 0, start: earlier.start!, end: earlier.end)]
        }
        var results: [ExtractedEvent] = []
        // A trip through several cities is one visit per country ("will travel to Vienna, Seoul, and Manila").
        let destinations = kind == "visit" ? places.filter { $0.kind == .city && $0.offset > trigger } : []
        if destinations.count > 1 {
            var seen: Set<String> = []
            for destination in destinations where seen.insert(destination.country).inserted {
                let visitors = people.filter { $0.country != destination.country }.prefix(1)
                for date in starts {
                    results.append(ExtractedEvent(
                        kind: "visit", status: (date?.start).map { $0.firstDay > published ? .planned : status } ?? status,
                        participants: Array(visitors), hostCountry: destination.country, location: destination.city, start: date?.start,
                        end: date?.end, dateText: date?.text, evidence: sentence.text, evidenceOffset: sentence.offset, confidence: 0.5))
                }
            }
            return results
        }
        for date in starts {
            var eventStatus = status
            if let start = date?.start, start.firstDay > published { eventStatus = .planned }
            if kind == "cancellation" { eventStatus = .held }
            let event = ExtractedEvent(
                kind: kind, status: eventStatus, participants: participants, hostCountry: host, location: city?.city, start: date?.start,
                end: date?.end, dateText: date?.text, evidence: sentence.text, evidenceOffset: sentence.offset,
                confidence: participants.isEmpty ? 0.3 : 0.6)
            results.append(event)
            // A meeting (or summit) in a country foreign to a participant is also that participant's visit.
            if kind == "meeting" || kind == "talks" || kind == "summit", let host {
                for person in participants where person.country != nil && person.country != host {
                    var visit = event
                    visit.kind = "visit"
                    visit.participants = [person]
                    visit.confidence = 0.5
                    results.append(visit)
                }
            }
        }
        return results
    }

    /// One event per real event: same kind group, same participants, compatible dates, same host.
    static func merge(_ events: [ExtractedEvent]) -> [ExtractedEvent] {
        var merged: [ExtractedEvent] = []
        for event in events {
            if let index = merged.firstIndex(where: { same($0, event) }) {
                var existing = merged[index]
                if let new = event.start, existing.start == nil || new.precision > existing.start!.precision {
                    // The better-dated report also knows better whether it is done or to come.
                    existing.start = new
                    existing.end = event.end
                    existing.dateText = event.dateText
                    existing.status = event.status
                }
                existing.hostCountry = existing.hostCountry ?? event.hostCountry
                merged[index] = existing
            } else {
                merged.append(event)
            }
        }
        return merged
    }

    static func same(_ a: ExtractedEvent, _ b: ExtractedEvent) -> Bool {
        let group = { (kind: String) in kind == "talks" ? "meeting" : kind }
        guard group(a.kind) == group(b.kind), Set(a.participants.map(\.name)) == Set(b.participants.map(\.name)) else { return false }
        guard a.hostCountry == nil || b.hostCountry == nil || a.hostCountry == b.hostCountry else { return false }
        switch (a.start, b.start) {
        case (let x?, let y?): return x.isCompatible(with: y)
        default: return true
        }
    }

    /// Clause spans of a sentence: the main clause, and relative or temporal clauses opened by
    /// "qui", "lorsque", "who", "when" (each runs to the next such opener or the sentence's end).
    static func clauses(of sentence: String) -> [(start: Int, end: Int, relative: Bool)] {
        let characters = Array(fold(sentence))
        let text = String(characters)
        var openers: [Int] = []
        var temporal: Set<Int> = []
        // "since they announced … last month": a temporal clause keeps its date to itself.
        for word in ["since", "depuis que"] {
            var searchStart = 0
            while let found = text.characterOffset(of: " " + word + " ", from: searchStart) {
                openers.append(found + 1)
                temporal.insert(found + 1)
                searchStart = found + 1
            }
        }
        for word in ["qui", "lorsque", "who", "when", "ou"] {
            var searchStart = 0
            while let index = text.characterOffset(of: " " + word + " ", from: searchStart) {
                if index > 0, characters[index - 1] == "," || word == "lorsque" || word == "qui" { openers.append(index + 1) }
                searchStart = index + 1
            }
        }
        openers.sort()
        guard !openers.isEmpty else { return [(0, characters.count, false)] }
        var spans: [(Int, Int, Bool)] = [(0, openers[0], false)]
        for (position, opener) in openers.enumerated() {
            spans.append((opener, position + 1 < openers.count ? openers[position + 1] : characters.count, !temporal.contains(opener)))
        }
        return spans
    }

    static func fold(_ text: String) -> String {
        String(EntenteIngest.fold(text).map { $0 == "'" || $0 == "’" || $0 == "-" ? " " : $0 })
    }
}
