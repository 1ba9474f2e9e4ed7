import EntenteModel

/// What an article has established so far, for the sentences that lean on it: who was named last
/// ("les deux présidents"), where the text is ("In Seoul, …" holds until another place), which visit
/// "cette visite" is, which summit "sera représentée par" fills, and the events found so far.
struct Discourse {
    /// The events found so far, in order.
    var events: [ExtractedEvent] = []
    /// The article's publication date, when known: a trip more than a month before it is background.
    var published: PartialDate?
    /// People most recently named, newest last.
    private(set) var recent: [PersonMention] = []
    /// The place the text is at, with the date and people of the sentence that set it.
    private(set) var frame: Frame?
    /// The event a sentence-initial "Elle"/"It" stands for (the visit "cette visite" named).
    var referent: Int?
    /// A day a sentence opened with though it reported no event ("Le 24 février, elle avait renoncé à …"), and how
    /// many events there were then: "le même jour" after it is that day, until an event is found.
    private var toldDay: (date: DateMention, eventCount: Int)?

    struct Frame {
        var country: String
        var city: String?
        var start: PartialDate?
        var end: PartialDate?
        var dateText: String?
        var status: EventStatus?
        var people: Set<String>
        /// How many events were found when the frame was set: a trip found later moves its travellers on.
        var eventCount = 0
        /// Set by a dateline: its date holds for everyone the text goes on to name.
        var dateline = false
        /// The dateline gave the hour: a transcript's, whose date is the event's own.
        var timed = false
    }

    mutating func mention(_ persons: [PersonMention]) {
        for person in persons {
            recent.removeAll { $0.name == person.name }
            recent.append(person)
        }
    }

    /// The folded sentence with each "qu'ils" that stands for the plural just before it masked ("attend des Africains
    /// qu'ils tiennent …"); one after a verb of saying is the group's ("le communiqué informe qu'ils ont convenu …").
    static func droppingObjectTheys(_ folded: String) -> String {
        guard folded.includes(" qu ils ") else { return folded }
        var words = folded.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for index in words.indices.dropFirst().dropLast() where words[index] == "qu" && words[index + 1] == "ils" {
            // ("informe également qu'ils …": past an adverb.)
            let verb = words[..<index].last { !$0.isEmpty && !Triggers.sayingAdverbs.contains($0) }
            if !(verb.map(Triggers.sayingVerbs.contains) ?? false) { words[index + 1] = "il_s" }
        }
        return words.joined(separator: " ")
    }

    /// "the two European leaders", "both Asian leaders": the pair reference with its adjective moved past the noun (as French
    /// has it: "les deux dirigeants européens"), offsets kept.
    static func withoutAdjectiveOfTwo(_ folded: String) -> String {
        guard folded.contains(" the two ") || folded.contains(" both ") else { return folded }
        let nouns: Set<Substring> = ["leaders", "presidents", "ministers", "men", "chancellors", "diplomats", "premiers"]
        var words = folded.split(separator: " ", omittingEmptySubsequences: false)
        var changed = false
        for index in words.indices.dropLast(3) where (words[index] == "the" && words[index + 1] == "two" || words[index] == "both")
            && nouns.contains(words[index + (words[index] == "both" ? 2 : 3)])
        {
            let adjective = index + (words[index] == "both" ? 1 : 2)
            guard !nouns.contains(words[adjective]), words[adjective].count > 2 else { continue }
            // (The adjective goes after the noun, so the phrase reads " the two leaders " where it stood.)
            words.swapAt(adjective, adjective + 1)
            changed = true
        }
        return changed ? words.joined(separator: " ") : folded
    }

    /// Adds the people a plural reference stands for: "les deux présidents" (see ``isPair(at:told:)`` and
    /// ``mostTold(_:)``), or the participants of the last event with several ("les dirigeants", "they"). `dates`: the
    /// sentence's, which tell whether it is about the news or about history.
    func resolvePlurals(_ persons: [PersonMention], folded: String, on date: PartialDate? = nil, dates: [DateMention]) -> [PersonMention] {
        guard persons.count < 2 else { return persons }
        var persons = persons
        let folded = Self.withoutAdjectiveOfTwo(folded)
        // (One pass for the whole list first: most sentences have none of its phrases.)
        if Triggers.pairReferenceSet.occurs(in: folded), let phrase = Triggers.pairReferences.first(where: { folded.includes($0) }),
            let offset = folded.characterOffset(of: phrase)
        {
            // The pair of the last event between two people named lately ("les deux dirigeants" after Biden and Xi,
            // though a minister was named since), else the pair the article has told most, else the last two named.
            let lately = Set(recent.suffix(4).map(\.name))
            // (Not a pair still to meet, when the sentence tells of the past: "Mardi, Xi Jinping doit rencontrer Mikhaïl
            // Michoustine. Les deux hommes s'étaient vus pour la dernière fois en septembre à Samarcande" are Xi and Putin.)
            // (A weekday alone, put on or before publication until a tense moves it, tells no past: "Jeudi, les deux chefs
            // d'État s'entretiendront".)
            let past = date.map { published in
                !dates.isEmpty && dates.allSatisfy { !$0.weekdayGuessed && ($0.end ?? $0.start).lastDay < published.firstDay }
            } ?? false
            let pairs = events.indices.filter { isPair(at: $0, told: dates) && !(past && events[$0].status == .planned) }
            let lastPair = pairs.last { index in events[index].participants.allSatisfy { lately.contains($0.name) } }
                ?? mostTold(pairs)
            var candidates = lastPair.map { events[$0].participants.map { PersonMention(name: $0.name, country: $0.country, offset: 0, source: .reference) } }
                ?? Array(recent)
            // "Les deux présidents avaient tenu un sommet", after Putin and Biden were named in passing since the ministers'
            // meeting: the last two named who hold that office, when the last pair does not hold it.
            if let date, let offices = Triggers.pairOffices[phrase] {
                // ("les deux présidents": not a king named since.)
                let presidents = phrase.contains("presidents")
                let holders = recent.filter { person in
                    (person.office.map(offices.contains) == true
                        || OfficeRegistry.offices(of: person.name, on: date).contains(where: offices.contains))
                        && !(presidents && person.country.map(PersonFinder.monarchies.contains) == true)
                }
                let pair = lastPair.map { events[$0].participants } ?? []
                let pairHolds = lastPair != nil && pair.allSatisfy { person in holders.contains { $0.name == person.name } }
                // ("the two leaders" after a meeting of two the registry has no office for, Hamas's and Hezbollah's, or of a leader
                // and a minister, "Macron a reçu Antony Blinken": those two; after two ministers, the leaders named before them.)
                let pairOfficials = offices.count == 1 || pair.allSatisfy { person in
                    let titled = recent.filter { $0.name == person.name }.compactMap(\.office)
                    let held = OfficeRegistry.offices(of: person.name, on: date) + titled
                    return !held.isEmpty && !held.contains(where: offices.contains)
                }
                if holders.count >= 2, !pairHolds, pairOfficials { candidates = holders }
            }
            // (Two, less those of them the sentence names itself: "The two ministers … held talks with President Saakashvili"
            // are both ministers.)
            let named = persons.filter { person in candidates.contains { $0.name == person.name } }.count
            let earlier = candidates.filter { person in !persons.contains { $0.name == person.name } }.suffix(max(0, 2 - named))
            persons += earlier.map { PersonMention(name: $0.name, country: $0.country, offset: offset, source: .reference) }
        } else if case let unqualified = Self.droppingObjectTheys(folded),
            Triggers.groupReferenceSet.occurs(in: unqualified), let phrase = Triggers.groupReferences.first(where: { unqualified.includes($0) }),
            let offset = unqualified.characterOffset(of: phrase),
            // ("The heads of state and government of the European Union", "the heads of state of India and Brazil": a group the
            // phrase names itself.)
            !(phrase == " the heads of state " && ["of ", "and government", "de "].contains(where: unqualified.dropFirst(offset + phrase.count).hasPrefix)),
            // ("les dirigeants de l'Union africaine, réunis en sommet", "the leaders of the G7": a bloc's, not those just named.)
            !([" les dirigeants ", " the leaders "].contains(phrase)
                && ["de ", "d ", "du ", "des ", "of "].contains(where: unqualified.dropFirst(offset + phrase.count).hasPrefix))
        {
            let count = Triggers.countedReferences[phrase]
            var group = events.last { event in
                count.map { event.participants.filter { !$0.name.isEmpty }.count == $0 } ?? (event.participants.count >= 2)
            }?.participants.map { PersonMention(name: $0.name, country: $0.country, offset: offset, source: .reference) }
            // ("les trois dirigeants", with no event of three yet: the last three named.)
            if group == nil, let count, recent.count >= count { group = Array(recent.suffix(count)) }
            for person in group ?? [] where !persons.contains(where: { $0.name == person.name }) {
                persons.append(PersonMention(name: person.name, country: person.country, offset: offset, source: .reference))
            }
        }
        return persons.sorted { $0.offset < $1.offset }
    }

    /// Whether the event at `index` is one between two people that "les deux hommes" can stand for: not one of several
    /// the same words made ("He will call Moon and Abe": neither call is a pair), nor, in a sentence dated lately, one
    /// told as background ("…depuis 1956, lorsque Eisenhower avait rencontré Batista. Les deux hommes s'étaient
    /// entretenus vendredi soir" are the article's two, not those of 1956).
    private func isPair(at index: Int, told dates: [DateMention]) -> Bool {
        let event = events[index]
        guard event.participants.count == 2, event.participants.allSatisfy({ !$0.name.isEmpty }) else { return false }
        let names = Set(event.participants.map(\.name))
        let several = events.contains { other in
            other.evidenceOffset == event.evidenceOffset && other.kind == event.kind
                && other.participants.count == 2 && Set(other.participants.map(\.name)).intersection(names).count == 1
        }
        if several { return false }
        guard isBackground(event) else { return true }
        return dates.allSatisfy { endedLongBefore($0.end ?? $0.start) }
    }

    /// Of the events at `pairs`, the latest of the pair told of in the most sentences, when in two or more ("Lors de leur
    /// premier sommet, les deux dirigeants …", after Trump and Kim's summit and meeting and a paragraph on others).
    private func mostTold(_ pairs: [Int]) -> Int? {
        var told: [Set<String>: (sentences: Set<Int>, last: Int)] = [:]
        for index in pairs {
            let names = Set(events[index].participants.map(\.name))
            told[names, default: ([], index)].sentences.insert(events[index].evidenceOffset)
            told[names]!.last = index
        }
        let best = told.values.filter { $0.sentences.count >= 2 }.max { ($0.sentences.count, $0.last) < ($1.sentences.count, $1.last) }
        return best?.last
    }

    /// Whether an event ended more than a month before the article was published.
    func isBackground(_ event: ExtractedEvent) -> Bool {
        (event.end ?? event.start).map(endedLongBefore) ?? false
    }

    /// Whether `date` ended more than a month before the article was published.
    private func endedLongBefore(_ date: PartialDate) -> Bool {
        guard let published else { return false }
        return date.lastDay.dayNumber < published.firstDay.dayNumber - 31
    }

    /// Where and when an event that names no place (or date) happened. The place: the one given, else
    /// that of the last event with all its participants, else where the text is. The date: that of the
    /// last event there (in person, not in passing) that shares a participant, else the frame's when
    /// the frame's sentence named one of them.
    func context(for participants: [ExtractedEvent.Person], host: String?)
        -> (host: String, city: String?, start: PartialDate?, end: PartialDate?, dateText: String?)?
    {
        let names = Set(participants.map(\.name))
        var place: (country: String, city: String?)?
        if let host {
            place = (host, nil)
        } else if !names.isEmpty,
            let source = events.last(where: { event in
                event.hostCountry != nil && ["visit", "meeting", "talks", "invitation"].contains(event.kind) && !event.inPassing
                    && names.isSubset(of: event.participants.map(\.name))
            })
        {
            place = (source.hostCountry!, source.location)
        } else if let trip = events.indices.last(where: { index in
            let event = events[index]
            return event.kind == "visit" && event.hostCountry != nil && !event.inPassing && index >= (frame?.eventCount ?? 0)
                && !names.isDisjoint(with: event.participants.map(\.name))
                // ("Prayuth had paved the way with a trip to Riyadh in January. Harris, who held talks with Prayuth …": a
                // trip told as background, a month or more before the article, is not where the news happens.)
                && !isBackground(event)
        }).map({ events[$0] }) {
            // "X will travel to Brussels … X will have bilateral meetings with …": in Brussels. The frame a sentence
            // set ("While in Berlin, …") holds only until the text sends one of them on ("then will visit Tokyo").
            place = (trip.hostCountry!, trip.location)
        } else if let frame {
            place = (frame.country, frame.city)
        } else if let trip = events.last(where: { event in
            event.kind == "visit" && event.hostCountry != nil && !names.isDisjoint(with: event.participants.map(\.name)) && !isBackground(event)
        }) {
            place = (trip.hostCountry!, trip.location)
        }
        guard let place else { return nil }
        if let source = events.last(where: { event in
            event.hostCountry == place.country && event.start != nil && !event.inPassing && event.kind != "invitation"
                && event.kind != "cancellation" && !names.isDisjoint(with: event.participants.map(\.name))
        }) {
            return (place.country, place.city ?? source.location, source.start, source.end, source.dateText)
        }
        if let frame, frame.country == place.country, frame.dateline || !names.isDisjoint(with: frame.people), frame.start != nil {
            return (place.country, place.city, frame.start, frame.end, frame.dateText)
        }
        // A tour dated as a whole ("a effectué, du 26 au 28 juillet, sa première visite sur le continent africain").
        if let tour = events.last(where: { event in
            event.kind == "visit" && event.hostCountry == nil && event.start != nil && !names.isDisjoint(with: event.participants.map(\.name))
        }) {
            return (place.country, place.city, tour.start, tour.end, tour.dateText)
        }
        return (place.country, place.city, nil, nil, nil)
    }

    /// A sentence that places itself ("In Seoul, …", "à New Delhi le 17 novembre") moves the frame there;
    /// its events, when it has some, give the frame their date and status.
    mutating func setFrame(
        _ place: PlaceMention, dates: [DateMention], people: [PersonMention], newEvents: ArraySlice<ExtractedEvent>, dateline: Bool = false,
        timed: Bool = false
    ) {
        let names = Set(people.map(\.name))
        // A place named without a date keeps the date of the last event there ("C'est un plaisir d'être en Inde").
        let earlier = dates.isEmpty ? events.last(where: { $0.hostCountry == place.country && $0.start != nil && !$0.inPassing }) : nil
        if let event = newEvents.first(where: { $0.hostCountry == place.country }) ?? earlier {
            frame = Frame(
                country: place.country, city: place.city, start: event.start, end: event.end, dateText: event.dateText, status: event.status,
                people: names.union(event.participants.map(\.name)), eventCount: events.count)
        } else {
            frame = Frame(
                country: place.country, city: place.city, start: dates.first?.start, end: dates.first?.end, dateText: dates.first?.text,
                status: nil, people: names, eventCount: events.count, dateline: dateline, timed: timed)
        }
    }

    /// The date of the last dated event ("le même jour"): of one the text reports, before one it mentions in passing;
    /// a day a later sentence opened with, when no event has been found since.
    var lastDate: (start: PartialDate, end: PartialDate?, text: String?)? {
        if let told = toldSinceLastEvent { return (told.start, told.end, told.text) }
        return (events.last { $0.start != nil && !$0.inPassing } ?? events.last { $0.start != nil }).map { ($0.start!, $0.end, $0.dateText) }
    }

    /// The day a sentence opened with, when no event has been found since.
    var toldDaySinceLastEvent: PartialDate? { toldSinceLastEvent?.start }

    private var toldSinceLastEvent: DateMention? { toldDay.flatMap { $0.eventCount == events.count ? $0.date : nil } }

    /// Notes the day a sentence that reported no event opened with, and the last day any sentence gave.
    mutating func told(_ dates: [DateMention], newEvents: Int) {
        if let last = dates.last(where: { $0.start.precision == .day && $0.end == nil }) { lastDayGiven = last }
        if let last = dates.last { lastDateGiven = last }
        guard newEvents == events.count, let day = dates.first(where: { $0.offset < 24 && $0.start.precision == .day }) else { return }
        toldDay = (day, events.count)
    }

    /// The last single day the text gave, whatever it dated ("… a signé mardi un accord … Le même jour, elle a rencontré …").
    private(set) var lastDayGiven: DateMention?

    /// The last date the text gave, at whatever precision ("… celle qu'il avait effectuée en Chine en avril 2023. Il s'était
    /// alors rendu à Pékin").
    private(set) var lastDateGiven: DateMention?
}
