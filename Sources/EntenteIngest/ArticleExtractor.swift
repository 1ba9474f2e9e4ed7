import EntenteModel

/// Turns an article into events: clean-up, sentences, then per sentence the people, places, dates
/// and the trigger words of each kind, read against what the article has established so far
/// (``Discourse``). Deterministic, no network. docs/ingestion.md describes the rules.
public struct ArticleExtractor: Sendable {
    public init() {}

    public func extract(_ article: Article) -> [ExtractedEvent] {
        let text = TextCleaner.clean(article.text)
        let sentences = SentenceSplitter.split(text)
        let dates = DateResolver(published: article.published)
        var people = PersonFinder(language: article.language.rawValue)
        // Each sentence is folded once; its clauses are slices of the fold (folding keeps one character for one).
        let foldedSentences = sentences.map { Array(Self.fold($0.text)) }
        people.speaker = Self.speaker(of: sentences, folded: foldedSentences, article: article)
        // In an interview ("Q - … R - …"), the questions' "vous" is the person interviewed: the speaker.
        people.addresseeIsSpeaker = people.speaker != nil && Self.isInterview(text)
        people.publisher = article.url.flatMap(Self.publisher(of:))
        var discourse = Discourse()
        for (sentence, foldedCharacters) in zip(sentences, foldedSentences) {
            let folded = " " + String(foldedCharacters) + " "
            people.pronounsReferToEvent = discourse.referent != nil
            let subject = people.subject
            let persons = discourse.resolvePlurals(people.people(in: sentence.text, on: article.published), folded: folded)
            discourse.mention(persons)
            let places = PlaceFinder.mentions(in: sentence.text)
            let mentions = dates.mentions(in: sentence.text)
            let before = discourse.events.count
            if Self.representation(in: folded, persons: persons, discourse: &discourse) {
                continue
            }
            let clauses = Self.clauses(of: sentence.text)
            for (position, clause) in clauses.enumerated() {
                let inside = { (offset: Int) in offset >= clause.start && offset < clause.end }
                // A person named twice belongs to each clause that names them, placed where it does.
                var clausePersons = persons.compactMap { person -> PersonMention? in
                    guard let offset = ([person.offset] + person.offsets).first(where: inside) else { return nil }
                    var placed = person
                    placed.offset = offset
                    return placed
                }
                if clause.relative, let antecedent = persons.last(where: { $0.offset < clause.start }) {
                    clausePersons.insert(antecedent, at: 0)
                }
                let clauseText = String(Array(sentence.text)[clause.start..<clause.end])
                let clauseFolded = foldedCharacters.count == sentence.text.count
                    ? " " + String(foldedCharacters[clause.start..<clause.end]) + " " : " " + Self.fold(clauseText) + " "
                if Triggers.negations.contains(where: clauseFolded.includes) { continue }
                var clauseDates = mentions.filter { inside($0.offset) }
                // "… au mois de mars, lorsque le ministre s'était rendu à Pyongyang": the clause takes the date it hangs on.
                if clause.temporalWhen, clauseDates.isEmpty, position > 0 {
                    let previous = clauses[position - 1]
                    clauseDates = mentions.filter { $0.offset >= previous.start && $0.offset < previous.end }
                }
                var clausePlaces = places.filter { inside($0.offset) }
                // "… allé à Ouagadougou, au Burkina Faso, où il a eu un entretien": "où" is the place just named.
                if clause.locativeWhere, position > 0 {
                    let previous = clauses[position - 1]
                    clausePlaces += places.filter { $0.offset >= previous.start && $0.offset < previous.end && $0.kind != .adjective }
                }
                var context = Clause(
                    sentence: sentence, text: clauseText, folded: clauseFolded, start: clause.start, persons: clausePersons,
                    places: clausePlaces, sentencePlaces: places, dates: clauseDates, published: article.published,
                    status: Triggers.future.contains { clauseFolded.includes($0) } ? .planned : .held, speaker: people.speaker)
                context.previousSubject = persons.count == 1 ? subject : nil
                discourse.events += events(in: context, discourse: &discourse)
            }
            Self.visitReference(in: folded, sentence: sentence, persons: persons, dates: mentions, published: article.published, discourse: &discourse)
            // A sentence that places itself moves the frame: "In Seoul, …", "à New Delhi le 17 novembre 2017".
            if let place = places.first(where: { $0.kind != .adjective && Self.isLocated($0, in: sentence.text, travel: false) }) {
                discourse.setFrame(place, dates: mentions, people: persons, newEvents: discourse.events[before...])
            }
        }
        return Self.merge(Self.dateVisitsByWhatHappenedThere(discourse.events))
    }

    /// "Vous vous êtes rendu récemment à Damas … Vous y avez rencontré, le 3 janvier, …": a visit the text
    /// does not date is dated by what the visitor did there (an event at the same place with them, dated).
    static func dateVisitsByWhatHappenedThere(_ events: [ExtractedEvent]) -> [ExtractedEvent] {
        var events = events
        for index in events.indices where events[index].kind == "visit" && events[index].start == nil {
            let visit = events[index]
            guard let host = visit.hostCountry, let visitor = visit.participants.first?.name else { continue }
            if let dated = events.first(where: { event in
                event.kind != "visit" && event.kind != "invitation" && event.kind != "cancellation" && event.hostCountry == host
                    && event.start != nil && event.participants.contains { $0.name == visitor } && !event.inPassing
            }) {
                events[index].start = dated.start
                events[index].end = dated.end
                events[index].dateText = dated.dateText
                events[index].status = dated.status
            }
        }
        // Travellers of one trip ("… à Damas avec son homologue") share the date their trip was given.
        for index in events.indices where events[index].kind == "visit" && events[index].start == nil {
            let visit = events[index]
            if let sibling = events.first(where: {
                $0.kind == "visit" && $0.start != nil && $0.evidenceOffset == visit.evidenceOffset && $0.hostCountry == visit.hostCountry
            }) {
                events[index].start = sibling.start
                events[index].end = sibling.end
                events[index].dateText = sibling.dateText
                events[index].status = sibling.status
            }
        }
        return events
    }

    /// One clause with everything found in it, as the event rules read it.
    struct Clause {
        var sentence: Sentence
        var text: String
        /// The clause folded, with a space at each end.
        var folded: String
        /// Offset of the clause in the sentence.
        var start: Int
        var persons: [PersonMention]
        var places: [PlaceMention]
        /// Every place of the sentence, for a destination given earlier in it.
        var sentencePlaces: [PlaceMention]
        var dates: [DateMention]
        var published: PartialDate
        var status: EventStatus
        /// Who "je" is, in a first-person text.
        var speaker: PersonMention?
        /// The clause's triggers: kind group (talks count as meetings) and offset.
        var triggers: [(group: String, offset: Int)] = []
        /// The last sentence's subject, when this sentence names one person only: the other party of a
        /// meeting it reports ("Cet entretien a été suivi d'une audience auprès du président Blaise Compaoré").
        var previousSubject: PersonMention?
    }

    /// The events a clause's triggers report, one per kind at most.
    private func events(in clause: Clause, discourse: inout Discourse) -> [ExtractedEvent] {
        var found: [ExtractedEvent] = []
        var kinds: Set<String> = []
        var clause = clause
        // Where each kind's trigger stands: a date belongs to the trigger nearest it.
        var triggers: [(kind: String, phrase: String, offset: Int)] = []
        // Only phrases whose first word the clause has are searched for.
        let words = Set(clause.folded.split(separator: " "))
        for (kind, phrases) in Triggers.indexed {
            guard let phrase = phrases.first(where: { phrase in
                    words.contains(phrase.first) && clause.folded.includes(phrase.spaced)
                })?.phrase,
                let offset = clause.folded.characterOffset(of: " " + phrase)
            else { continue }
            // "welcomed the President's support" is no visit: only "welcomed X to Y" is.
            if phrase == "welcomed", clause.folded.characterOffset(of: " to ", from: offset) == nil { continue }
            triggers.append((kind, phrase, clause.start + offset))
        }
        clause.triggers = triggers.map { ($0.kind == "talks" ? "meeting" : $0.kind, $0.offset) }
        for (kind, phrase, trigger) in triggers where !kinds.contains(kind) {
            if kind == "meeting" && kinds.contains("visit") && clause.persons.count < 2 { continue }
            // People who agree something "lors du sommet" met there: the summit also yields their meeting.
            if kind == "summit", clause.persons.count >= 2, Triggers.summitMeeting.contains(where: clause.folded.includes) {
                kinds.insert("meeting")
                found += build(kind: "meeting", phrase: phrase, trigger: trigger, clause: clause, discourse: discourse)
            }
            if kind == "talks" && kinds.contains("meeting") { continue }
            kinds.insert(kind)
            found += build(kind: kind, phrase: phrase, trigger: trigger, clause: clause, discourse: discourse)
        }
        // An invitation issued at a meeting is dated by it ("a rencontré jeudi Kim Jong-un qu'il a invité …").
        for index in found.indices where found[index].kind == "invitation" && found[index].start == nil {
            let people = Set(found[index].participants.map(\.name))
            if let sibling = found.first(where: { $0.kind != "invitation" && $0.start != nil && !people.isDisjoint(with: $0.participants.map(\.name)) }) {
                found[index].start = sibling.start
                found[index].end = sibling.end
                found[index].dateText = sibling.dateText
            }
        }
        return found
    }

    /// Whether a place follows a locative preposition ("à", "en", "in", "at"; "to" for a trip), articles skipped.
    static func isLocated(_ place: PlaceMention, in sentence: String, travel: Bool) -> Bool {
        let before = fold(String(Array(sentence)[max(0, place.offset - 12)..<place.offset])).split(separator: " ").map(String.init)
        var words = before[...]
        while let last = words.last, ["the", "le", "la", "les", "l"].contains(last) { words = words.dropLast() }
        guard let preposition = words.last else { return false }
        // "de la Syrie à l'Ukraine", "from Lisbon to Vladivostok": the end of a span, not a place where something is.
        if ["a", "to", "au", "aux"].contains(preposition) {
            var head = fold(String(Array(sentence)[max(0, place.offset - 48)..<place.offset])).split(separator: " ").map(String.init)[...]
            while let last = head.last, ["the", "le", "la", "les", "l"].contains(last) { head = head.dropLast() }
            head = head.dropLast()  // the preposition
            if spanStart(head) { return false }
        }
        return ["a", "en", "au", "aux", "in", "at", "dans"].contains(preposition) || travel && ["to", "vers"].contains(preposition)
    }

    /// Whether folded words end with "de/du/des/from [the] PLACE": the first half of a span.
    static func spanStart(_ words: ArraySlice<String>) -> Bool {
        for length in 1...max(1, min(4, words.count)) where length <= words.count {
            let name = words.suffix(length).joined(separator: " ")
            guard Gazetteer.index[name].map({ $0.kind == .country || $0.kind == .city || $0.kind == .region }) == true else { continue }
            var head = words.dropLast(length)
            while let last = head.last, ["the", "la", "le", "les", "l"].contains(last) { head = head.dropLast() }
            if let word = head.last, ["de", "du", "des", "d", "from"].contains(word) { return true }
        }
        return false
    }

    /// The person each meeting trigger of the clause introduces (the first named after it, before the next).
    static func meetingObjects(in clause: Clause) -> [(trigger: Int, person: PersonMention)] {
        var triggers: [Int] = []
        for phrase in Triggers.meetingObjects {
            var from = 0
            while let offset = clause.folded.characterOffset(of: phrase, from: from) {
                triggers.append(clause.start + offset)
                from = offset + 1
            }
        }
        triggers.sort()
        var result: [(Int, PersonMention)] = []
        for (index, trigger) in triggers.enumerated() {
            let limit = index + 1 < triggers.count ? triggers[index + 1] : Int.max
            if let person = clause.persons.first(where: { $0.offset > trigger && $0.offset < limit }) { result.append((trigger, person)) }
        }
        return result
    }

    private func build(kind requestedKind: String, phrase: String, trigger: Int, clause: Clause, discourse: Discourse) -> [ExtractedEvent] {
        // "meeting-one": a meeting already split from its neighbours, built as an ordinary one.
        let kind = requestedKind == "meeting-one" ? "meeting" : requestedKind
        let sentence = clause.sentence
        let travel = kind == "visit" || kind == "invitation" || phrase == "welcomed"
        // Where: a place after a locative preposition, the one after the trigger first ("sommet du G20 à Londres");
        // else a city; a country name unlocated ("with regard to Iran") only for a trip. Adjectives say who, not where.
        let located = clause.places.filter { $0.kind != .adjective && Self.isLocated($0, in: sentence.text, travel: travel) }
        let governed = located.filter { $0.offset > trigger }
        var city: PlaceMention?
        var countryPlace: PlaceMention?
        if kind == "invitation", let destination = governed.first ?? clause.places.first(where: { $0.offset > trigger && $0.kind != .adjective }) {
            // "qu'il a invité à se rendre en Russie": the invitation's destination follows it.
            city = destination.kind == .city ? destination : nil
            countryPlace = destination
        } else {
            city = governed.first { $0.kind == .city } ?? located.first { $0.kind == .city } ?? clause.places.first { $0.kind == .city }
            countryPlace = governed.first ?? located.first ?? (travel ? clause.places.first { $0.kind == .country } : nil)
        }
        var host = city?.country ?? countryPlace?.country
        var location = city?.city
        // "the UK's AI Summit": a country in the possessive just before a summit is its host.
        if kind == "summit", host == nil, let owner = Self.possessive(before: trigger, clause: clause) { host = owner }
        // Who: the trigger's own people. "meeting between Number 10 and White House representatives" names nobody.
        var persons = clause.persons
        if let between = [" between ", " entre "].compactMap({ clause.folded.characterOffset(of: $0) }).first,
            between >= trigger - clause.start, between - (trigger - clause.start) <= phrase.count + 16
        {
            persons = persons.filter { $0.offset > clause.start + between }
        }
        let people = persons.map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
        var participants: [ExtractedEvent.Person]
        var status = clause.status
        var inPassing = false
        switch kind {
        case "visit":
            if ["visite du", "visite de"].contains(phrase) {
                // A visit named as a noun is its complement's: "la visite du président de la République".
                participants = Array(persons.filter { $0.offset > trigger }.prefix(1).map { ExtractedEvent.Person(name: $0.name, country: $0.country) })
            } else {
                participants = Array(people.filter { $0.country == nil || $0.country != host }.prefix(1))
            }
            // "son grand voisin": a destination by description is the country the sentence named before.
            if host == nil, let visitor = participants.first,
                let earlier = clause.sentencePlaces.last(where: { $0.offset < trigger && $0.kind == .country && $0.country != visitor.country })
            {
                host = earlier.country
            }
        case "invitation":
            participants = Array(people.prefix(2))
            if clause.folded.includes(" invitation de ") || clause.folded.includes(" invitation of "), participants.count == 2 {
                participants.reverse()
            }
            if !Triggers.futureInvitation.contains(where: clause.folded.includes) { status = .held }
        case "cancellation":
            // Who called it off: the person named after the trigger ("annulé … par le président américain").
            let agent = persons.first { person in person.offsets.contains { $0 > trigger } } ?? persons.first
            participants = agent.map { [ExtractedEvent.Person(name: $0.name, country: $0.country)] } ?? []
            host = nil
            location = nil
            status = .held
        case "phone_call":
            participants = Array(people.prefix(2))
            host = nil
            location = nil
        case "summit":
            // "le dernier sommet": a summit mentioned in passing has only the people it names.
            let past = Self.precededByPast(trigger, clause: clause)
            let named = persons.filter { $0.source != .reference }.map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
            participants = Array((past ? named : people).prefix(3))
            if past { status = .held }
            inPassing = past
            if city == nil && host == nil { location = nil }
        default:
            // The people the trigger governs: after the first person met, a comma that opens a phrase of another
            // kind ("…, à quelques jours de l'investiture de Donald Trump") ends the list.
            let characters = Array(sentence.text)
            if let firstObject = persons.first(where: { $0.offset > trigger }),
                let comma = characters[firstObject.offset...].firstIndex(of: ","),
                let next = characters[(comma + 1)...].firstIndex(where: { $0 != " " }),
                characters[next].isLowercase, !["et ", "and", "as ", "ain"].contains(String(characters[next..<min(characters.count, next + 3)]))
            {
                participants = persons.filter { $0.offset <= comma }.prefix(6).map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
            } else {
                participants = Array(people.prefix(6))
            }
            if requestedKind == "meeting-one" { break }
            if participants.count == 1, let other = clause.previousSubject, other.name != participants[0].name {
                participants.insert(ExtractedEvent.Person(name: other.name, country: other.country), at: 0)
            }
            // "un entretien avec X, suivi d'une rencontre avec Y et d'une audience auprès de Z": one meeting each.
            var objects = Self.meetingObjects(in: clause)
            // "bilateral meetings with A, B, and C": one meeting with each.
            if let plural = Triggers.separateMeetings.compactMap({ clause.folded.characterOffset(of: $0) }).first {
                objects = persons.filter { $0.offset > clause.start + plural }.map { (clause.start + plural, $0) }
            }
            if kind == "meeting", objects.count >= 2, let subject = persons.first(where: { $0.offset < objects[0].trigger }) {
                let subjectPerson = ExtractedEvent.Person(name: subject.name, country: subject.country)
                var results: [ExtractedEvent] = []
                for object in objects where object.person.name != subject.name {
                    var single = clause
                    single.persons = [subject, object.person]
                    single.triggers = [("meeting", object.trigger)]
                    results += build(kind: "meeting-one", phrase: phrase, trigger: object.trigger, clause: single, discourse: discourse)
                }
                _ = subjectPerson
                return results
            }
        }
        // "s'est rendu à Damas avec son homologue allemande, Annalena Baerbock": the companion travels too.
        var companions: [ExtractedEvent.Person] = []
        if kind == "visit", let with = [" avec ", " together with ", " accompanied by ", " accompagne de ", " accompagnee de "]
            .compactMap({ clause.folded.characterOffset(of: $0) }).first(where: { clause.start + $0 > trigger })
        {
            companions = persons.filter { $0.offset > clause.start + with && !participants.map(\.name).contains($0.name) }
                .prefix(2).map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
        }
        // A visit nobody is named for, in a first-person text, is the speaker's ("Déplacement en Inde …").
        if kind == "visit", participants.isEmpty, let speaker = clause.speaker, speaker.country != host {
            participants = [ExtractedEvent.Person(name: speaker.name, country: speaker.country)]
        }
        switch kind {
        case "meeting", "talks", "phone_call": guard participants.count >= 2 else { return [] }
        case "summit": break
        default: guard !participants.isEmpty else { return [] }
        }
        // The date the trigger's clause governs: several years are several events ("en 2001 et 2002");
        // otherwise the mention nearest the trigger, after it when there is one.
        // A date belongs to the trigger nearest it: "la visite du chef de la diplomatie russe … à l'approche du
        // sommet du 12 juin" dates the summit, not the visit.
        // (A date after its trigger is the more likely reading: one before costs more.)
        let cost = { (date: DateMention, trigger: Int) in abs(date.offset - trigger) + (date.offset < trigger ? 40 : 0) }
        let group = kind == "talks" ? "meeting" : kind
        let dates = clause.dates.filter { date in
            clause.triggers.allSatisfy { $0.group == group || cost(date, $0.offset) >= cost(date, trigger) }
        }
        let nearest = dates.min { cost($0, trigger) < cost($1, trigger) }
        var starts: [DateMention?] = dates.isEmpty ? [nil] : (dates.count > 1 && dates.allSatisfy { $0.start.precision == .year } ? dates.map { Optional($0) } : [nearest])
        // A month without its year is in the past for a past event, in the future for a planned one.
        starts = starts.map { mention in
            guard var mention, mention.yearGuessed, let month = mention.start.month else { return mention }
            let year = mention.start.year
            if status == .held, mention.start.firstDay > clause.published { mention.start = PartialDate(year: year - 1, month: month)! }
            if status == .planned, mention.start.lastDay < clause.published { mention.start = PartialDate(year: year + 1, month: month)! }
            return mention
        }
        if dates.isEmpty, Triggers.sameDay.contains(where: clause.folded.includes), let last = discourse.lastDate {
            starts = [DateMention(text: last.text ?? "", offset: 0, start: last.start, end: last.end)]
        }
        // No place (or no date): the article's context gives them, for an event that happens somewhere.
        if ["visit", "meeting", "talks", "summit"].contains(kind), kind != "summit" || host != nil,
            let context = discourse.context(for: participants, host: host)
        {
            if host == nil {
                host = context.host
                location = context.city
                if kind == "visit" { participants = participants.filter { $0.country != host } }
                if participants.isEmpty { return [] }
            }
            if dates.isEmpty, starts == [nil], context.host == host, let start = context.start {
                starts = [DateMention(text: context.dateText ?? "", offset: 0, start: start, end: context.end)]
            }
        }
        if starts == [nil] && kind == "phone_call" && status == .held {
            // A call reported without a date is the day's (press services report calls the day they happen).
            starts = [DateMention(text: "", offset: 0, start: clause.published)]
        }
        var results: [ExtractedEvent] = []
        func event(_ kind: String, _ participants: [ExtractedEvent.Person], host: String?, location: String?, date: DateMention?, confidence: Double)
            -> ExtractedEvent
        {
            var eventStatus = status
            if let start = date?.start, start.firstDay > clause.published, kind != "cancellation", kind != "invitation" { eventStatus = .planned }
            var found = ExtractedEvent(
                kind: kind, status: eventStatus, participants: participants, hostCountry: host, location: location, start: date?.start,
                end: date?.end, dateText: date?.text, evidence: sentence.text, evidenceOffset: sentence.offset, confidence: confidence)
            found.inPassing = inPassing
            return found
        }
        // A trip through several cities is one visit per country ("will travel to Vienna, Seoul, and Manila").
        let destinations = kind == "visit" ? Self.cityList(after: trigger, in: clause) : []
        if destinations.count > 1 {
            var seen: Set<String> = []
            for destination in destinations where seen.insert(destination.country).inserted {
                let visitors = Array(people.filter { $0.country != destination.country }.prefix(1))
                for date in starts { results.append(event("visit", visitors, host: destination.country, location: destination.city, date: date, confidence: 0.5)) }
            }
            return results
        }
        for date in starts {
            let found = event(kind, participants, host: host, location: location, date: date, confidence: participants.isEmpty ? 0.3 : 0.6)
            results.append(found)
            for companion in companions where companion.country != host {
                var visit = found
                visit.participants = [companion]
                results.append(visit)
            }
            // A meeting (or summit) in a country foreign to a participant is also that participant's visit.
            if ["meeting", "talks", "summit"].contains(kind), let host {
                for person in participants where Self.isAbroad(person, in: host) {
                    var visit = found
                    visit.kind = "visit"
                    visit.participants = [person]
                    visit.confidence = 0.5
                    results.append(visit)
                }
            }
        }
        return results
    }

    /// The government whose site published the article, from the address's domain (gov.uk, state.gov, kremlin.ru).
    static func publisher(of url: String) -> String? {
        let lower = url.lowercased()
        let afterScheme = lower.characterOffset(of: "://").map { lower.dropFirst($0 + 3) } ?? Substring(lower)
        let host = String(afterScheme.prefix { $0 != "/" && $0 != " " })
        let domains: [(suffix: String, country: String)] = [
            ("gov.uk", "GB"), ("state.gov", "US"), ("whitehouse.gov", "US"), (".gov", "US"), ("kremlin.ru", "RU"), ("mid.ru", "RU"),
            ("gouv.fr", "FR"), ("elysee.fr", "FR"), ("vie-publique.fr", "FR"), ("mea.gov.in", "IN"), ("pmindia.gov.in", "IN"),
            ("mofa.go.jp", "JP"), ("kantei.go.jp", "JP"), ("mofa.go.kr", "KR"), ("fmprc.gov.cn", "CN"), ("auswaertiges-amt.de", "DE"),
            ("bundesregierung.de", "DE"), ("esteri.it", "IT"), ("governo.it", "IT"), ("canada.ca", "CA"), ("pm.gc.ca", "CA"),
        ]
        return domains.first { host.hasSuffix($0.suffix) }?.country
    }

    /// The cities listed together after a trip's trigger ("Vienna, Seoul, and Manila"; "Kingston, Jamaica, and
    /// Belmopan, Belize"): only separators and country names between them. A city named later in another role
    /// ("… à Moscou lors du sommet du G20 à Londres") is not a stop of the trip.
    static func cityList(after trigger: Int, in clause: Clause) -> [PlaceMention] {
        let characters = Array(clause.sentence.text)
        let places = clause.places.filter { $0.offset > trigger }
        var list: [PlaceMention] = []
        var previousEnd: Int?
        for place in places {
            if place.kind == .city {
                if let previousEnd {
                    let gap = fold(String(characters[previousEnd..<place.offset])).split(separator: " ")
                    guard gap.allSatisfy({ ["and", "et", "then", "puis", "puis", "as", "well"].contains(String($0)) }) else { break }
                }
                list.append(place)
            } else if list.isEmpty || place.kind != .country {
                continue
            }
            previousEnd = place.offset + place.text.count
        }
        return list
    }

    /// Whether the person travels to be in `host`: a national of another country, or an official of an
    /// organisation meeting away from its seat (EU officials are at home in Brussels).
    static func isAbroad(_ person: ExtractedEvent.Person, in host: String) -> Bool {
        guard let country = person.country, country != host else { return false }
        return !(country == "EU" && host == "BE")
    }

    /// "le dernier sommet", "the last Summit for Democracy", "their previous meeting": a past one, in passing.
    static func precededByPast(_ trigger: Int, clause: Clause) -> Bool {
        let before = fold(String(Array(clause.sentence.text)[max(0, trigger - 24)..<trigger])).split(separator: " ").suffix(3)
        return before.contains { ["dernier", "derniere", "precedent", "precedente", "last", "previous"].contains(String($0)) }
    }

    /// The country named in the possessive just before `offset` ("the UK's AI Summit").
    static func possessive(before offset: Int, clause: Clause) -> String? {
        let characters = Array(clause.sentence.text)
        for place in clause.sentencePlaces.reversed() where place.offset < offset && place.kind == .country {
            let end = place.offset + place.text.count
            guard end + 2 <= characters.count, offset - end < 24 else { continue }
            if ["'s", "’s"].contains(String(characters[end..<(end + 2)])) { return place.country }
        }
        return nil
    }

    /// "L'UE sera représentée par Herman Van Rompuy …": the people join the summit just reported, and
    /// those who come from abroad visit its host. Returns whether the sentence was such a one.
    static func representation(in folded: String, persons: [PersonMention], discourse: inout Discourse) -> Bool {
        guard !persons.isEmpty, Triggers.representation.contains(where: folded.includes),
            let index = discourse.events.lastIndex(where: { $0.kind == "summit" })
        else { return false }
        let summit = discourse.events[index]
        for person in persons where !summit.participants.contains(where: { $0.name == person.name }) {
            let participant = ExtractedEvent.Person(name: person.name, country: person.country)
            discourse.events[index].participants.append(participant)
            if let host = summit.hostCountry, isAbroad(participant, in: host) {
                var visit = summit
                visit.kind = "visit"
                visit.participants = [participant]
                discourse.events.append(visit)
            }
        }
        return true
    }

    /// "Cette visite aura lieu au début de l'année prochaine": a sentence naming no one that refers to the
    /// visit last reported gives it its date and status; "Elle …" in the next sentence refers to it too.
    static func visitReference(
        in folded: String, sentence: Sentence, persons: [PersonMention], dates: [DateMention], published: PartialDate, discourse: inout Discourse
    ) {
        let pronoun = [" elle ", " il ", " it "].contains { folded.hasPrefix($0) }
        if persons.isEmpty, Triggers.visitReferences.contains(where: folded.includes),
            let index = discourse.events.lastIndex(where: { $0.kind == "visit" })
        {
            var visit = discourse.events[index]
            if let date = dates.first {
                visit.start = date.start
                visit.end = date.end
                visit.dateText = date.text
            }
            visit.status = Triggers.future.contains { folded.includes($0) } || (visit.start.map { $0.firstDay > published } ?? false) ? .planned : .held
            visit.evidence = sentence.text
            visit.evidenceOffset = sentence.offset
            discourse.events.append(visit)
            discourse.referent = discourse.events.count - 1
        } else if pronoun, let referent = discourse.referent {
            // "Elle se déroulera au moment du sommet de l'Alliance solaire internationale": the visit's people attend.
            let visit = discourse.events[referent]
            for index in discourse.events.indices.reversed() where discourse.events[index].evidenceOffset == sentence.offset {
                guard discourse.events[index].kind == "summit", discourse.events[index].participants.isEmpty else { continue }
                discourse.events[index].participants = visit.participants
                discourse.events[index].hostCountry = discourse.events[index].hostCountry ?? visit.hostCountry
                if discourse.events[index].start == nil {
                    discourse.events[index].start = visit.start
                    discourse.events[index].end = visit.end
                    discourse.events[index].dateText = visit.dateText
                    discourse.events[index].status = visit.status
                }
            }
            discourse.referent = nil
        } else {
            discourse.referent = nil
        }
    }

    /// The person "je" is in a first-person text (a statement, a speech): the first person the text names.
    static func speaker(of sentences: [Sentence], folded: [[Character]], article: Article) -> PersonMention? {
        let pronouns: Set<Substring> = article.language == .fr ? ["je", "j"] : ["i"]
        var count = 0
        for sentence in folded {
            count += String(sentence).split(separator: " ").count { pronouns.contains($0) }
            if count >= 2 { break }
        }
        guard count >= 2 || isInterview(article.text) else { return nil }
        var finder = PersonFinder(language: article.language.rawValue)
        for sentence in sentences.prefix(3) {
            if let first = finder.people(in: sentence.text, on: article.published).first { return first }
        }
        return nil
    }

    /// A transcript of questions and answers: lines opening with "Q -" and "R -" (or "Q:"/"A:").
    static func isInterview(_ text: String) -> Bool {
        let lines = text.split(separator: "\n").map { $0.trimmingPrefix(while: { $0 == " " }) }
        let questions = lines.filter { $0.hasPrefix("Q -") || $0.hasPrefix("Q:") || $0.hasPrefix("Q –") }.count
        let answers = lines.filter { $0.hasPrefix("R -") || $0.hasPrefix("A:") || $0.hasPrefix("R –") || $0.hasPrefix("A -") }.count
        return questions >= 1 && answers >= 1
    }

    /// One event per real event: same kind group, same participants (or none given), compatible dates, same host.
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
                if existing.participants.isEmpty { existing.participants = event.participants }
                existing.hostCountry = existing.hostCountry ?? event.hostCountry
                existing.location = existing.location ?? event.location
                merged[index] = existing
            } else {
                merged.append(event)
            }
        }
        return merged
    }

    static func same(_ a: ExtractedEvent, _ b: ExtractedEvent) -> Bool {
        let group = { (kind: String) in kind == "talks" ? "meeting" : kind }
        guard group(a.kind) == group(b.kind) else { return false }
        let (left, right) = (Set(a.participants.map(\.name)), Set(b.participants.map(\.name)))
        guard left == right || a.kind == "summit" && (left.isEmpty || right.isEmpty) && !a.inPassing && !b.inPassing else { return false }
        guard a.inPassing == b.inPassing || a.start != nil && b.start != nil else { return false }
        guard a.hostCountry == nil || b.hostCountry == nil || a.hostCountry == b.hostCountry else { return false }
        // A dated tour without a country ("sa première visite sur le continent africain") holds its stops; it is not one of them.
        if a.kind == "visit", (a.hostCountry == nil) != (b.hostCountry == nil), (a.hostCountry == nil ? a : b).start != nil { return false }
        switch (a.start, b.start) {
        case (let x?, let y?):
            // A leg of a trip falls within the trip's range ("March 15-18" holds "March 16-17").
            let within = { (date: PartialDate, start: PartialDate, end: PartialDate?) in
                end.map { start.firstDay <= date.firstDay && date.firstDay <= $0.lastDay } ?? false
            }
            return x.isCompatible(with: y) || within(y, x, a.end) || within(x, y, b.end)
        default: return true
        }
    }

    /// A clause's span in its sentence: relative clauses ("qui avait visité …") are about the person before
    /// them; "lorsque"/"when" clauses take the date of the clause they hang on when they give none.
    struct ClauseSpan {
        var start: Int
        var end: Int
        var relative: Bool
        var temporalWhen: Bool
        /// Opened by "où"/"where": about the place just named.
        var locativeWhere = false
    }

    /// Clause spans of a sentence: the main clause, and relative or temporal clauses opened by
    /// "qui", "lorsque", "who", "when" (each runs to the next such opener or the sentence's end).
    static func clauses(of sentence: String) -> [ClauseSpan] {
        let characters = Array(fold(sentence))
        let text = String(characters)
        var openers: [Int] = []
        var temporal: Set<Int> = []
        var when: Set<Int> = []
        var whereOpeners: Set<Int> = []
        // "since they announced … last month": a temporal clause keeps its date to itself.
        for word in ["since", "depuis que"] {
            var searchStart = 0
            while let found = text.characterOffset(of: " " + word + " ", from: searchStart) {
                openers.append(found + 1)
                temporal.insert(found + 1)
                searchStart = found + 1
            }
        }
        for word in ["qui", "lorsque", "who", "when", "ou", "where"] {
            var searchStart = 0
            while let index = text.characterOffset(of: " " + word + " ", from: searchStart) {
                if index > 0, characters[index - 1] == "," || word == "lorsque" || word == "qui" {
                    openers.append(index + 1)
                    if word == "lorsque" || word == "when" { when.insert(index + 1) }
                    if word == "ou" || word == "where" { whereOpeners.insert(index + 1) }
                }
                searchStart = index + 1
            }
        }
        openers.sort()
        guard !openers.isEmpty else { return [ClauseSpan(start: 0, end: characters.count, relative: false, temporalWhen: false)] }
        var spans = [ClauseSpan(start: 0, end: openers[0], relative: false, temporalWhen: false)]
        for (position, opener) in openers.enumerated() {
            spans.append(
                ClauseSpan(
                    start: opener, end: position + 1 < openers.count ? openers[position + 1] : characters.count, relative: !temporal.contains(opener),
                    temporalWhen: when.contains(opener), locativeWhere: whereOpeners.contains(opener)))
        }
        return spans
    }

    /// Folded for trigger matching: punctuation becomes spaces (one for one, so offsets hold), so
    /// `a "évoqué` matches ` evoque `.
    static func fold(_ text: String) -> String {
        String(EntenteIngest.fold(text).map { NameNormalizer.isWordCharacter($0) ? $0 : " " })
    }
}
