import EntenteModel

/// One event per real event within an article, and dates a visit takes from what was done there.
extension ArticleExtractor {
    /// "Vous vous êtes rendu récemment à Damas … Vous y avez rencontré, le 3 janvier, …": a visit the text
    /// does not date is dated by what the visitor did there (an event at the same place with them, dated).
    static func dateVisitsByWhatHappenedThere(_ events: [ExtractedEvent]) -> [ExtractedEvent] {
        var events = events
        for index in events.indices where events[index].kind == "visit" && events[index].start == nil {
            let visit = events[index]
            guard let host = visit.hostCountry, let visitor = visit.participants.first?.name else { continue }
            // A headline's "Trump begins state visit to China" is the visit the text then dates.
            if let reported = events.first(where: { event in
                event.kind == "visit" && !event.implied && event.start != nil && event.hostCountry == host && !event.inPassing
                    && event.participants.map(\.name) == visit.participants.map(\.name)
                    // (Not a trip done, for one called off: "Abe has put off a visit to India. Abe last visited India in
                    // September 2017".)
                    && !([.postponed, .cancelled].contains(visit.status) && event.status == .held)
            }) {
                // (A trip called off stays called off: "has put off her trip to the United States", then "had been due to leave
                // for Washington on Sunday".)
                events[index].takeDate(of: reported, withStatus: ![.postponed, .cancelled].contains(visit.status))
                continue
            }
            if let dated = events.first(where: { event in
                event.kind != "visit" && event.kind != "invitation" && event.kind != "cancellation" && event.hostCountry == host
                    && event.start != nil && event.participants.contains { $0.name == visitor } && !event.inPassing
            }) {
                // (The visit keeps its own status: "has arrived … to hold talks" is a trip made for talks to come.)
                events[index].takeDate(of: dated, withStatus: events[index].evidenceOffset != dated.evidenceOffset)
            }
        }
        // "… invite you to Kazan, where the BRICS summit will take place on October 22–24" / "I will travel to Kazan": a trip
        // to come, undated, to where a summit to come is dated, is for the summit.
        for index in events.indices where events[index].kind == "visit" && events[index].start == nil && events[index].status == .planned {
            let visit = events[index]
            if let summit = events.first(where: { event in
                event.kind == "summit" && event.start != nil && event.status == .planned && !event.inPassing
                    && event.hostCountry == visit.hostCountry && (visit.location == nil || event.location == nil || event.location == visit.location)
            }) {
                events[index].takeDate(of: summit)
            }
        }
        // "s'est rendu le 5 octobre en Espagne pour participer au Sommet …": what the trip was for shares its date.
        for index in events.indices where ["summit", "meeting", "talks"].contains(events[index].kind) && events[index].start == nil {
            let event = events[index]
            let people = Set(event.participants.map(\.name))
            if let trip = events.first(where: {
                $0.kind == "visit" && $0.start != nil && $0.evidenceOffset == event.evidenceOffset && $0.hostCountry == event.hostCountry
                    && !people.isDisjoint(with: $0.participants.map(\.name))
            }) {
                events[index].takeDate(of: trip)
            }
        }
        // Travellers of one trip ("… à Damas avec son homologue") share the date their trip was given.
        for index in events.indices where events[index].kind == "visit" && events[index].start == nil {
            let visit = events[index]
            if let sibling = events.first(where: {
                $0.kind == "visit" && $0.start != nil && $0.evidenceOffset == visit.evidenceOffset && $0.hostCountry == visit.hostCountry
            }) {
                events[index].takeDate(of: sibling)
            }
        }
        return events
    }

    /// "Foreign Secretary Sujatha Singh was to have travelled to Islamabad for talks …", "Trump had been due in Copenhagen on
    /// Sept. 2-3": what was to have happened, in an article that reports a call-off, was called off as the article says
    /// (postponed when it tells of a postponement, else cancelled).
    /// What was due ("M. Biden devait ensuite se rendre à Amman", "In Angola, he was due to meet President Lourenco"), held
    /// or planned, was called off too when the call-off concerns it: its host, or someone in it. (Not "Separately, Macron
    /// devait se rendre à Berlin" in an article on another trip's call-off.)
    static func calledOffAsTheArticleSays(_ events: [ExtractedEvent]) -> [ExtractedEvent] {
        guard events.contains(where: { $0.counterfactual || $0.toldDue }) else { return events }
        // (Also a call-off told by a verb of postponing alone: "La visite … a été reportée. Il aurait dû rencontrer Olaf Scholz".)
        let calledOff = events.contains { $0.status == .postponed || $0.postpones } ? EventStatus.postponed
            : events.contains { $0.status == .cancelled || $0.kind == "cancellation" } ? .cancelled : nil
        guard let calledOff else { return events }
        let offs = events.filter { !$0.toldDue && ($0.kind == "cancellation" || $0.status == .postponed || $0.status == .cancelled) }
        let concerns = { (event: ExtractedEvent) in
            offs.contains { off in
                off.hostCountry != nil && off.hostCountry == event.hostCountry
                    || off.participants.contains { person in !person.name.isEmpty && event.participants.contains { $0.name == person.name } }
            }
        }
        // (And what the same sentence tells with it: the summit Biden was due to attend, and its other guests' trips.)
        let sentences = Set(events.filter { $0.toldDue && concerns($0) }.map(\.evidenceOffset))
        return events.map { event in
            var event = event
            let concerned = concerns(event) || sentences.contains(event.evidenceOffset)
            if event.counterfactual && event.status == .planned || event.toldDue && concerned && [.planned, .held].contains(event.status) {
                event.status = calledOff
            }
            return event
        }
    }

    /// "At the end of the talks, Kim Jong-un invited Vladimir Putin to visit the DPRK": an invitation the text does not date,
    /// between two people it reports meeting or calling each other (that day, before it), was issued then.
    static func dateInvitationsByTheirMeeting(_ events: [ExtractedEvent]) -> [ExtractedEvent] {
        var events = events
        for index in events.indices where events[index].kind == "invitation" && events[index].start == nil {
            let invitation = events[index]
            let pair = Set(invitation.participants.map(\.name).filter { !$0.isEmpty })
            // (Not one issued before: "confirmed the previously transmitted invitation", "It was then that X invited Y".)
            let folded = " " + fold(invitation.evidence) + " "
            guard pair.count == 2, !Triggers.earlierInvitation.occurs(in: folded),
                let met = events[..<index].last(where: { event in
                    ["meeting", "talks", "phone_call"].contains(event.kind) && event.status == .held && !event.inPassing
                        && event.start?.precision == .day && pair.isSubset(of: event.participants.map(\.name))
                })
            else { continue }
            // (Not one another report has still to come: "s'entretiendra ce vendredi avec …".)
            let toCome = events.contains { event in
                event.kind == met.kind && event.start == met.start && event.status == .planned && pair.isSubset(of: event.participants.map(\.name))
            }
            if toCome { continue }
            events[index].takeDate(of: met, withStatus: false)
        }
        return events
    }

    /// One event per real event: same kind group, same participants (or none given), compatible dates, same host.
    static func merge(_ events: [ExtractedEvent]) -> [ExtractedEvent] {
        var merged: [ExtractedEvent] = []
        // "X is meeting Y, who arrived in Russia on Tuesday": the visit is the reported one, not one on the meeting's day;
        // "se rencontreront vendredi à Rome, avant le sommet du G20": one trip, not one per event there.
        // Across sentences too: "Xi arrived in Washington on Thursday … Xi will hold talks with Obama on Friday at the White
        // House" is the visit reported, not another one the next day.
        // Whether `other` is the visit reported in place of the implied `event`.
        let reportedFor = { (event: ExtractedEvent, index: Int, other: ExtractedEvent, otherIndex: Int) -> Bool in
            guard otherIndex != index, other.kind == "visit", other.hostCountry == event.hostCountry,
                other.participants.map(\.name) == event.participants.map(\.name)
            else { return false }
            // (Not a trip of another month told in the same sentence: "avait été reçu par le souverain en juin 2017, …, puis était
            // revenu en novembre 2018".)
            if other.evidenceOffset == event.evidenceOffset, [event.start, other.start].allSatisfy({ $0.map { $0.precision != .day } ?? false }),
                Self.daysApart(event, other) > 31
            {
                return false
            }
            if other.evidenceOffset == event.evidenceOffset { return !other.implied || Self.earlier(other, than: event, otherIndex < index) }
            return !other.implied && Self.sameTrip(event, other)
        }
        var events = events
        // "arrived in Washington on Wednesday evening" and "met the president at the White House on Thursday": the stay runs
        // from the arrival to the last day the visitor is reported doing something there.
        for index in events.indices where events[index].kind == "visit" && !events[index].implied {
            let visit = events[index]
            let elsewhere = events.filter { other in
                other.kind == "visit" && other.hostCountry != visit.hostCountry && other.participants.map(\.name) == visit.participants.map(\.name)
            }.compactMap(\.start)
            if let stay = Self.stay(of: visit, through: events.enumerated().filter { otherIndex, other in
                other.implied && reportedFor(other, otherIndex, visit, index)
            }.map(\.element), elsewhere: elsewhere) {
                events[index].end = stay
            }
        }
        events = events.enumerated().filter { index, event in
            !event.implied || !events.enumerated().contains { otherIndex, other in reportedFor(event, index, other, otherIndex) }
        }.map(\.element)
        for event in events {
            if let index = merged.firstIndex(where: { same($0, event) }) {
                var existing = merged[index]
                // A single day within a range is the finer report ("next week" then "on March 3").
                // (Not a trip's days narrowed to one of its events: "arrivé jeudi pour une visite de trois jours" then "se rendront
                // samedi à Saint-Louis" is the trip, not a visit on Saturday.)
                var narrows = event.end == nil && existing.end != nil && event.start.map { $0.precision == .day } == true
                    && event.status == existing.status
                // So are a leg's days within a tour's ("a five-day visit to Seychelles, Mauritius and Sri Lanka from March 10",
                // then "visits Mauritius on March 11-12").
                if let start = event.start, let end = event.end, let wholeStart = existing.start, let wholeEnd = existing.end,
                    event.status == existing.status, start.precision == .day, wholeStart.precision == .day
                {
                    narrows = wholeStart.firstDay <= start.firstDay && end.lastDay <= wholeEnd.lastDay
                        && end.lastDay.dayNumber - start.firstDay.dayNumber < wholeEnd.lastDay.dayNumber - wholeStart.firstDay.dayNumber
                }
                // (What was planned and is reported called off is called off: "has put off her trip to the United States" and
                // "had been due to leave for Washington on Sunday" are one postponed trip.)
                let calledOff = [existing.status, event.status].first { $0 == .postponed || $0 == .cancelled }
                let planned = [existing.status, event.status].contains(.planned)
                if let new = event.start, existing.start == nil || new.precision > existing.start!.precision || narrows {
                    existing.takeDate(of: event)
                } else if Self.sameGatheringDays(existing, event), let first = existing.start, let new = event.start {
                    // (The days of one gathering told apart, "ouvert dimanche" and "lundi, en marge du sommet", are its span.)
                    let last = max((existing.end ?? first).lastDay, (event.end ?? new).lastDay)
                    if new.firstDay < first.firstDay { existing.start = new }
                    existing.end = last > existing.start!.lastDay ? last : nil
                }
                if let calledOff, planned { existing.status = calledOff }
                if existing.participants.isEmpty { existing.participants = event.participants }
                for person in event.participants where !existing.participants.contains(where: { $0.name == person.name }) {
                    existing.participants.append(person)
                }
                existing.hostCountry = existing.hostCountry ?? event.hostCountry
                existing.location = existing.location ?? event.location
                merged[index] = existing
            } else {
                merged.append(event)
            }
        }
        return merged
    }

    /// "Ouvert dimanche …, le sommet de l'UA" and, that Monday in Nouakchott, "le président français s'est entretenu avec le
    /// Mauritanien …, le Malien …": who met at a summit's place during its days attended it.
    /// (Not at a summit of two: "Trump, arrivé mardi soir, avait été reçu mercredi matin par M. Trong" is Hanoi receiving a
    /// guest of the Trump–Kim summit, not a third party to it.)
    static func attendeesMetAtSummits(_ events: [ExtractedEvent]) -> [ExtractedEvent] {
        var events = events
        for index in events.indices where events[index].kind == "summit" && events[index].status == .held && !events[index].inPassing {
            let summit = events[index]
            guard let host = summit.hostCountry, let start = summit.start, start.precision == .day, summit.participants.count != 2
            else { continue }
            let last = (summit.end ?? start).lastDay
            for met in events where ["meeting", "talks"].contains(met.kind) && met.status == .held && !met.inPassing && met.hostCountry == host {
                guard let day = met.start, day.precision == .day, met.end == nil, start.firstDay <= day.firstDay, day.lastDay <= last
                else { continue }
                for person in met.participants where !person.name.isEmpty && !events[index].participants.contains(where: { $0.name == person.name }) {
                    events[index].participants.append(person)
                }
            }
        }
        return events
    }

    /// "Iranian President Ebrahim Raisi and Turkish President Recep Tayyip Erdogan were among those attending the summit", after
    /// the summit was placed in Riyadh: everyone from abroad at a placed summit travelled to it, however the sentence that
    /// named them told it. A trip of theirs there within a week of it is that visit already (the summit's day and the trip's
    /// may be told apart: "arrivé jeudi soir à Djeddah" for a summit on Friday).
    static func tripsToSummits(_ events: [ExtractedEvent]) -> [ExtractedEvent] {
        var events = events
        // (Held, and not by video: "Le sommet de l'UE s'est tenu jeudi par visioconférence"; nor one to come, which those who
        // will not come are said to attend: "Modi, who is attending the summit, could not come".)
        for summit in events where summit.kind == "summit" && summit.status == .held {
            guard let host = summit.hostCountry, !Triggers.remote.occurs(in: " " + fold(summit.evidence) + " ") else { continue }
            // (One visit each, not the one a delegation makes in `impliedVisits`: those named apart at the summit came apart.)
            for person in summit.participants where !person.name.isEmpty && isAbroad(person, in: host) {
                let travelled = events.contains { visit in
                    visit.kind == "visit" && visit.hostCountry == host && visit.participants.contains { $0.name == person.name }
                        && daysApart(visit, summit) <= 7
                }
                guard !travelled else { continue }
                var visit = summit
                visit.kind = "visit"
                visit.participants = [person]
                visit.confidence = 0.5
                visit.implied = true
                events.append(visit)
            }
        }
        return events
    }

    /// Whether two held (or two planned) summits told to the day, not in passing, are days of one gathering: three days apart
    /// at most, one of them placed nowhere. (Two placed in one city on days apart are two: "attended a NATO summit on Monday"
    /// and "an EU-U.S. summit on Tuesday" in Brussels.)
    static func sameGatheringDays(_ a: ExtractedEvent, _ b: ExtractedEvent) -> Bool {
        guard a.kind == "summit", b.kind == "summit", a.status == b.status, !a.inPassing, !b.inPassing,
            a.hostCountry == nil || b.hostCountry == nil,
            let x = a.start, let y = b.start, x.precision == .day, y.precision == .day
        else { return false }
        return daysApart(a, b) <= 3
    }

    /// The days between two dated events' spans (zero or less when they overlap).
    static func daysApart(_ a: ExtractedEvent, _ b: ExtractedEvent) -> Int {
        guard let x = a.start, let y = b.start else { return 0 }
        let (xFirst, xLast) = (x.firstDay.dayNumber, (a.end ?? x).lastDay.dayNumber)
        let (yFirst, yLast) = (y.firstDay.dayNumber, (b.end ?? y).lastDay.dayNumber)
        return max(xFirst, yFirst) - min(xLast, yLast)
    }

    /// The last day of a visit told to the day without an end, when what its visitor did there on later days of the trip
    /// (`implied`, the visits their meetings there imply) runs past it; nil when nothing does.
    /// (Within three days, and not past a day the visitor is told elsewhere: "s'était rendue à Kiev le 1er juillet 2023" is not a
    /// stay up to a meeting there a year later, nor "à Kiev mercredi, puis jeudi à Berlin" one in Kyiv on Thursday.)
    static func stay(of visit: ExtractedEvent, through implied: [ExtractedEvent], elsewhere: [PartialDate] = []) -> PartialDate? {
        guard visit.end == nil, let start = visit.start, start.precision == .day else { return nil }
        let away = elsewhere.map(\.firstDay.dayNumber).filter { $0 > start.firstDay.dayNumber }.min() ?? Int.max
        let last = implied.filter { $0.status == visit.status && $0.end == nil && $0.start?.precision == .day }
            .compactMap(\.start).filter { $0.firstDay.dayNumber <= start.firstDay.dayNumber + 3 && $0.firstDay.dayNumber < away }
            .max { $0.firstDay.dayNumber < $1.firstDay.dayNumber }
        guard let last, last.firstDay.dayNumber > start.firstDay.dayNumber else { return nil }
        return last
    }

    /// Whether `event` falls within the trip `visit` reports: from the day before it to a week after its last day.
    static func sameTrip(_ event: ExtractedEvent, _ visit: ExtractedEvent) -> Bool {
        guard let day = event.start?.firstDay.dayNumber, let start = visit.start else { return false }
        let last = (visit.end ?? start).lastDay.dayNumber
        return day >= start.firstDay.dayNumber - 1 && day <= last + 7
    }

    /// Whether `a` starts before `b` (a trip starts with its first event); on the same start, `tie`.
    static func earlier(_ a: ExtractedEvent, than b: ExtractedEvent, _ tie: Bool) -> Bool {
        switch (a.start, b.start) {
        case (let x?, let y?): x.firstDay == y.firstDay ? tie : x.firstDay < y.firstDay
        case (.some, nil): true
        case (nil, .some): false
        case (nil, nil): tie
        }
    }

    static func same(_ a: ExtractedEvent, _ b: ExtractedEvent) -> Bool {
        let group = { (kind: String) in kind == "talks" ? "meeting" : kind }
        guard group(a.kind) == group(b.kind) else { return false }
        let (left, right) = (Set(a.participants.map(\.name)), Set(b.participants.map(\.name)))
        // "The Prime Minister met the Secretary of State … Joined by the Foreign Secretary, the Prime Minister and Secretary of
        // State discussed …": a meeting that day there with someone more is the same meeting.
        // (One more, and of a side already there: a "2+2" with both sides' ministers, or a third country's minister joining
        // later that day, is a meeting of its own.) Likewise a visit that day there by some of a delegation is the delegation's.
        let (smaller, larger) = left.count <= right.count ? (a, b) : (b, a)
        let extra = larger.participants.filter { person in !smaller.participants.contains { $0.name == person.name } }
        let companion = extra.count == 1 && smaller.participants.contains { $0.country != nil && $0.country == extra[0].country }
        let joined = !left.isEmpty && !right.isEmpty && (left.isSubset(of: right) || right.isSubset(of: left))
            && (group(a.kind) == "meeting" && companion || a.kind == "visit")
            && a.start != nil && a.start == b.start && a.hostCountry != nil && a.hostCountry == b.hostCountry && a.inPassing == b.inPassing
        // One summit in one place on one day, whoever each report names at it ("Putin took part in the summit" and "Taking
        // part in the summit were the Presidents of …").
        // (Two summits a city holds on one day, "the EU–Japan and EU–Canada summits in Brussels", become one: rare, and
        // requiring a reference back lost more same-summit reports than it kept apart.)
        let sameSummitDay = a.kind == "summit" && a.hostCountry != nil && a.hostCountry == b.hostCountry && a.start != nil && a.start == b.start
            && a.start!.precision == .day && a.status == b.status
        // ("The summit, attended by …": the summit reported there on that date, whoever each names.)
        let referredTo = a.kind == "summit" && (a.refersBack || b.refersBack) && a.hostCountry == b.hostCountry
            && a.start == b.start
        // "Ouvert dimanche …, le sommet de l'UA" and "en marge du 31e sommet de l'Union africaine" on Monday: a summit the
        // text tells on days of another's, within three days, one of them placed nowhere else, is that one.
        let nearSummit = Self.sameGatheringDays(a, b)
        if nearSummit { return true }
        guard left == right || joined || referredTo
            || a.kind == "summit" && (left.isEmpty || right.isEmpty || sameSummitDay) && !a.inPassing && !b.inPassing
        else { return false }
        guard a.inPassing == b.inPassing || a.start != nil && b.start != nil else { return false }
        guard a.hostCountry == nil || b.hostCountry == nil || a.hostCountry == b.hostCountry else { return false }
        // A dated tour without a country ("sa première visite sur le continent africain") holds its stops; it is not one of them.
        if a.kind == "visit", (a.hostCountry == nil) != (b.hostCountry == nil), (a.hostCountry == nil ? a : b).start != nil { return false }
        // (Nor is a tour under way a stop still to come: "Modi est en tournée en Europe … Il se rendra ensuite en Russie".)
        if a.kind == "visit", (a.hostCountry == nil) != (b.hostCountry == nil), a.status != b.status { return false }
        // ("Abe has put off a visit to India. Abe last visited India in September 2017": a visit done, dated, is not the one
        // called off, undated.)
        let calledOff: Set<EventStatus> = [.postponed, .cancelled]
        if (a.start == nil) != (b.start == nil), case let (dated, undated) = a.start != nil ? (a, b) : (b, a),
            dated.status == .held, calledOff.contains(undated.status)
        {
            return false
        }
        switch (a.start, b.start) {
        case (let x?, let y?):
            // What happened on one day and what is to happen on another are two events ("accueilli jeudi à l'aéroport",
            // "auront vendredi un tête-à-tête"), whatever range the trip gives them.
            if a.kind != "visit", a.status != b.status, x != y { return false }
            // A leg of a trip falls within the trip's range ("March 15-18" holds "March 16-17").
            let within = { (date: PartialDate, start: PartialDate, end: PartialDate?) in
                end.map { start.firstDay <= date.firstDay && date.firstDay <= $0.lastDay } ?? false
            }
            return x.isCompatible(with: y) || within(y, x, a.end) || within(x, y, b.end)
        default: return true
        }
    }
}
