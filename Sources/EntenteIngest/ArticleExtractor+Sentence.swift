import EntenteModel

extension ArticleExtractor {
    /// A sentence as its clauses are read: what the sentence's own stages found, made once for all its clauses.
    struct SentenceReading {
        var sentence: Sentence
        /// Its place in the article (the lead is the first five).
        var index: Int
        /// Its fold with a space at each end, the fold's characters, and the sentence's characters with a space at each end.
        var folded: String
        var foldedCharacters: [Character]
        var spaced: [Character]
        var persons: [PersonMention]
        var places: [PlaceMention]
        /// The dates that may date its events.
        var dates: [DateMention]
        /// Where the people it cites as sources stand, the dates of its reporting, and who it closes by citing.
        var reporters: Set<Int>
        var reportDates: [DateMention]
        var announcer: PersonMention?
        /// The article's subject before this sentence.
        var subject: PersonMention?
        /// Whether it is dated "since"/"depuis", the only way a sentence tells a visit before the one it reports.
        var datedSince: Bool
        /// How many events the article had before it.
        var newEvents: Int
    }

    /// The events of a sentence's clauses, clause by clause, added to `discourse`.
    func clauseEvents(
        _ clauses: [ClauseSpan], of reading: SentenceReading, article: Article, people: PersonFinder, site: String?, discourse: inout Discourse
    ) {
        let sentence = reading.sentence, index = reading.index, folded = reading.folded, foldedCharacters = reading.foldedCharacters
        let spacedCharacters = reading.spaced, persons = reading.persons, places = reading.places, mentions = reading.dates
        let reporters = reading.reporters, reportDates = reading.reportDates, announcer = reading.announcer, subject = reading.subject
        let datedSince = reading.datedSince, before = reading.newEvents
        // (An infinitive clause's time is its sentence's: "se rendra jeudi à Pékin, avant de rencontrer Xi vendredi".)
        var mainStatus = EventStatus.held
        // (Whether the text is telling of calls here is the sentence's, the same for each clause.)
        let callsTold = Triggers.callNouns.occurs(in: reading.folded) && !Triggers.interviews.occurs(in: reading.folded)
            || discourse.events[..<reading.newEvents].last.map { $0.kind == "phone_call" && !$0.inPassing } ?? false
        for (position, clause) in clauses.enumerated() {
            let inside = { (offset: Int) in clause.contains(offset) }
            // The clause whose words come right before this one's (the clause around it, when this one is its hole).
            let previous = position == 0 ? nil : clauses[..<position].last { $0.contains(clause.start - 1) } ?? clauses[position - 1]
            // (Folding keeps one character for one, so the clause's fold is a slice of the sentence's; a sentence that is one clause is its own.)
            // (A relative clause set inside it is blanked, one space per character, so offsets hold.)
            let whole = clause.start == 0 && clause.end >= sentence.characters.count && clause.hole == nil
            let clauseText = whole ? sentence.text : Self.text(of: clause, in: sentence.characters)
            let clauseFolded: String
            if foldedCharacters.count != sentence.characters.count {
                clauseFolded = " " + Self.fold(clauseText) + " "
            } else {
                clauseFolded = whole ? folded : " " + Self.text(of: clause, in: foldedCharacters) + " "
            }
            let clausePersons = Self.clausePersons(
                clause, at: position, of: clauses, persons: persons, reporters: reporters, sentence: sentence, folded: folded,
                foldedCharacters: foldedCharacters, clauseFolded: clauseFolded, discourse: discourse, newEvents: before)
            // ("ne s'était plus rendu en France depuis mars 2019": the last visit, then. The date may be in the next clause:
            // "since" opens one.)
            if datedSince, let last = Self.lastVisitSince(
                folded: clauseFolded, sentence: sentence, persons: clausePersons, places: places.filter { $0.offset >= clause.start },
                dates: mentions.filter { $0.offset >= clause.start }, published: article.published)
            {
                discourse.events.append(last)
                continue
            }
            if Triggers.negation(in: clauseFolded) != nil { continue }
            var clauseDates = mentions.filter { inside($0.offset) }
            // "… au mois de mars, lorsque le ministre s'était rendu à Pyongyang": the clause takes the date it hangs on.
            // So does "a quitté mercredi la capitale lettone, où les dirigeants … ont clos un sommet" (not one told in the past
            // of its sentence: "…, où il avait effectué son stage").
            // (A reception there in the passive is of that time: "Cette tournée avait débuté lundi à Conakry, où le ministre a été
            // reçu par le général Doumbouya".)
            let toldPast = clause.locativeWhere && Triggers.pastAtPlace.occurs(in: clauseFolded)
                && !Triggers.receivedThere.occurs(in: clauseFolded)
            if clause.temporalWhen || clause.locativeWhere && !toldPast || clause.coordinated, clauseDates.isEmpty, let previous {
                clauseDates = mentions.filter { previous.contains($0.offset) }
            }
            // ("On Friday the two leaders watched a demonstration at Sandhurst before holding talks at Chequers": a day that
            // opens the sentence is that of a gerund with none of its own.)
            if clause.gerund, clauseDates.isEmpty, let opening = mentions.first, opening.offset < 12 {
                clauseDates = [opening]
            }
            // ("Il a quitté Hanoï jeudi après-midi et a indiqué qu'il appellerait Moon" in Thursday's paper: what was said
            // then is of that day, when it is the day the article appears.)
            if clause.reported, clauseDates.isEmpty, let previous,
                case let said = mentions.filter({ previous.contains($0.offset) }),
                !said.isEmpty, said.allSatisfy({ $0.start.firstDay >= article.published.firstDay })
            {
                clauseDates = said
            }
            var clausePlaces = places.filter { inside($0.offset) }
            // "… allé à Ouagadougou, au Burkina Faso, où il a eu un entretien": "où" is the place just named.
            // ("arrived in the Saudi capital from Abu Dhabi, where …": the last place named.)
            // ("during a visit to Bern in January, when he met Amherd": a "when" clause that names no place is at the one
            // just named.)
            if clause.temporalWhen, let previous,
                !clausePlaces.contains(where: { $0.kind != .adjective && Self.isLocated($0, in: sentence.characters, travel: false) })
            {
                clausePlaces += places.filter { previous.contains($0.offset) && $0.kind != .adjective }.suffix(1)
            }
            // ("for Hiroshima, Japan, where …": the city with its country.)
            if clause.locativeWhere, let previous {
                // (Named before it: the clause it interrupts may go on after it.)
                let before = places.filter { previous.contains($0.offset) && $0.offset < clause.start && $0.kind != .adjective }
                let pair = before.suffix(2)
                clausePlaces += pair.count == 2 && pair.first!.kind == .city && pair.last!.kind == .country
                    && pair.first!.country == pair.last!.country ? Array(pair) : Array(before.suffix(1))
            }
            // "Biden will leave Wednesday for Hiroshima, where Kishida hosts the summit": what a "where" clause tells of a
            // place someone is going to is still to come, unless it is told as past. (A weekday alone was resolved to
            // the past week, so only a date more than a week back says so.)
            let placeAhead = clause.locativeWhere && mainStatus == .planned
                && !clauseDates.contains { ($0.end ?? $0.start).lastDay.dayNumber < article.published.firstDay.dayNumber - 7 }
                && !toldPast
            // ("will attend the meeting in Argentina, and then visit Chile": a trip joined in the infinitive has its auxiliary's
            // tense.)
            let joinedAhead = clause.coordinated && mainStatus == .planned
                && Triggers.joinedTrips.contains(where: { clauseFolded.hasPrefix(" " + $0 + " ") })
            // (French: the verbs' endings tell their tense too, found once for the clause's triggers.)
            let frenchFutures = article.language == .fr ? Triggers.frenchFutureOffsets(in: clauseText) : []
            var context = Clause(
                sentence: sentence, text: clauseText, folded: clauseFolded, start: clause.start, persons: clausePersons,
                places: clausePlaces, sentencePlaces: places, dates: clauseDates, published: article.published,
                status: (Triggers.isFuture(clauseFolded) || !frenchFutures.isEmpty)
                    && !Triggers.futureOnlyReported(clauseFolded) || clause.infinitive && mainStatus == .planned || placeAhead || joinedAhead
                    ? .planned : .held,
                speaker: people.speaker,
                site: site)
            context.sentenceSpaced = spacedCharacters
            context.callsTold = callsTold
            context.frenchFutures = frenchFutures
            // "has arrived in Washington to hold talks": what the trip is for is still to come, the trip is not.
            // (Not a trip the clause dates in the past: "s'est rendu à Moscou le mois dernier pour y rencontrer Poutine".)
            // (A clause with no date of its own goes by its sentence's: "s'est rendu jeudi dernier à Moscou …, avant de se rendre
            // le lendemain à Washington pour s'entretenir avec John Kerry".)
            let governing = clauseDates.isEmpty ? mentions : clauseDates
            let datedPast = !governing.isEmpty && governing.allSatisfy { ($0.end ?? $0.start).lastDay < article.published.firstDay }
            if context.status == .held, !datedPast, let purpose = Triggers.purpose.firstCharacterOffset(in: clauseFolded) {
                context.plannedFrom = clause.start + purpose
            }
            // (The whole "where" clause: it has no marker of the future of its own to govern its triggers.)
            // (Nor has a gerund after "before", whose time is its sentence's: "will head to Pretoria before attending the summit";
            // nor a French infinitive after "avant de": "se rendra mercredi à Kiev avant de gagner Berlin jeudi".)
            if placeAhead || joinedAhead || (clause.gerund || clause.infinitive && !clause.fronted) && mainStatus == .planned {
                context.plannedFrom = clause.start
            }
            // ("President Duda to visit Paris on Wednesday": a headline's infinitive.)
            if article.language == .en, Self.headlineInfinitive(after: clausePersons, in: sentence.characters) {
                context.status = .planned
                context.plannedFrom = clause.start
            }
            if position == 0 { mainStatus = context.status }
            // (Or only the subject besides: "une rencontre avec le ministre …, Bruno Le Maire, qui a affirmé au président Aoun …".)
            context.previousSubject = persons.count == 1 || persons.dropFirst().allSatisfy({ $0.name == subject?.name }) ? subject : nil
            context.sentenceDates = mentions
            context.reportDates = reportDates
            context.announcer = announcer
            context.addressee = people.addressee
            context.inLead = index <= 4
            // "… and the second in Hamburg on the sidelines of the G20 summit": the elided event's people are the last one's.
            if clause.elliptical, context.persons.isEmpty,
                let last = discourse.events[before...].last(where: { ["meeting", "talks", "summit"].contains($0.kind) && !$0.implied })
            {
                context.persons = last.participants.filter { !$0.name.isEmpty }.map {
                    PersonMention(name: $0.name, country: $0.country, offset: clause.start, source: .reference)
                }
            }
            var clauseEvents = events(in: context, discourse: &discourse)
            // ("est arrivé dimanche à Paris, où il a été reçu lundi …, avant de gagner Londres mardi": a leg told after what it
            // follows is no earlier; a weekday before it is the coming one.)
            if clause.infinitive && !clause.fronted || clause.gerund,
                let followed = discourse.events[before...].filter({ $0.start?.precision == .day && !$0.inPassing }).compactMap(\.start).max()
            {
                for index in clauseEvents.indices {
                    guard let start = clauseEvents[index].start, start.precision == .day, start < followed,
                        let text = clauseEvents[index].dateText, Self.namesAWeekday(text),
                        let coming = start.addingDays(7), coming.firstDay.dayNumber - followed.firstDay.dayNumber < 7
                    else { continue }
                    clauseEvents[index].start = coming
                    clauseEvents[index].end = clauseEvents[index].end?.addingDays(7)
                    if coming.firstDay > article.published.lastDay { clauseEvents[index].status = .planned }
                }
            }
            discourse.events += clauseEvents
            // ("heads on Monday to El Salvador, before flying to Costa Rica on Tuesday": a trip told in the present, dated ahead,
            // is to come; so is what its sentence goes on to tell in the gerund.)
            if position == 0, mainStatus == .held,
                clauseEvents.first(where: { !$0.implied && $0.kind != "invitation" && $0.kind != "cancellation" })?.status == .planned
            {
                mainStatus = .planned
            }
            // "le 6e sommet UE-Brésil, qui se tiendra à Brasilia le 24 janvier": where and when the summit just named, with
            // no one at it yet, takes place.
            // So does "la rencontre, qui s'est tenue la veille dans un palais de Mascate" for the meeting reported last.
            if clause.relative, clauseEvents.isEmpty,
                Self.takesPlace.contains(where: { phrase in [" qui ", " which ", " that "].contains { clauseFolded.hasPrefix($0 + phrase + " ") } }),
                case let meetingNamed = previous.map({ Self.endsWithMeetingNoun(foldedCharacters[$0.start..<min(clause.start, foldedCharacters.count)]) })
                    ?? false,
                let index = meetingNamed
                    ? discourse.events.indices.last(where: { ["meeting", "talks"].contains(discourse.events[$0].kind) && discourse.events[$0].start == nil })
                    : discourse.events.indices.last(where: { $0 >= before && discourse.events[$0].kind == "summit" }),
                // (Or one its sentence names attendees of but no place or time: "Le sommet qui s'est ouvert lundi à Paris, …,
                // réunit …".)
                meetingNamed || discourse.events[index].participants.isEmpty
                    || discourse.events[index].hostCountry == nil && discourse.events[index].start == nil
            {
                let place = context.places.first { $0.kind == .city } ?? context.places.first { $0.kind == .country }
                if discourse.events[index].hostCountry == nil, let place {
                    discourse.events[index].hostCountry = place.country
                    discourse.events[index].location = place.city
                }
                if discourse.events[index].start == nil, let date = context.dates.first ?? Self.dayBefore(in: clauseFolded, published: article.published) {
                    discourse.events[index].takeDate(of: date)
                    discourse.events[index].status = context.status
                    // (And the visit that meeting was reported with.)
                    let reported = discourse.events[index].evidenceOffset
                    for other in discourse.events.indices where discourse.events[other].kind == "visit" && discourse.events[other].start == nil
                        && discourse.events[other].evidenceOffset == reported
                    {
                        discourse.events[other].takeDate(of: date)
                    }
                }
            }
            if clause.elliptical, clauseEvents.isEmpty {
                discourse.events += Self.ellipsis(of: discourse.events[before...], in: context)
            }
            // "sa tournée en France, où il a séjourné du 5 au 7 mai": a "where" clause that reports nothing dates what
            // the sentence reported there undated.
            // (Not a past of its own, "où il avait effectué son stage en 2002", nor a date the trip's tense denies.)
            if clause.pronounWhere, clauseEvents.isEmpty, let date = context.dates.first,
                ![" avait ", " avaient ", " had "].contains(where: clauseFolded.includes)
            {
                let past = (date.end ?? date.start).lastDay < article.published.firstDay
                for index in discourse.events.indices where index >= before && discourse.events[index].start == nil
                    && (discourse.events[index].status == .planned) != past
                {
                    discourse.events[index].takeDate(of: date)
                }
            }
        }
    }

    /// Whether a date's text names a weekday ("mardi", "on Tuesday").
    static func namesAWeekday(_ text: String) -> Bool {
        fold(text).split(separator: " ").contains { DateResolver.weekdays[String($0)] != nil }
    }
}
