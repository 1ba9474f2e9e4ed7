import EntenteModel

/// The dating stage of ``ArticleExtractor/build(kind:phrase:trigger:clause:discourse:split:)``: which dates a trigger governs.
extension ArticleExtractor {
    /// When: the dates the trigger's clause governs (several years are several events), settled against the article's
    /// day and the discourse; a summit that refers back to the one just reported takes its host, date and people. `nil`
    /// when the trigger only tells the time of a summit already reported.
    func dating(
        kind: String, phrase: String, trigger: Int, clause: Clause, discourse: Discourse, foldedClause: [Character],
        host: inout String?, location: inout String?, status: inout EventStatus, participants: inout [ExtractedEvent.Person]
    ) -> Dating? {
        let sentence = clause.sentence
        func settled(_ mention: DateMention?) -> DateMention? {
            Self.settled(mention, status: status, clause: clause, foldedClause: foldedClause, discourse: discourse)
        }
        // The date the trigger's clause governs: several years are several events ("en 2001 et 2002");
        // otherwise the mention nearest the trigger, after it when there is one.
        // A date belongs to the trigger nearest it: "la visite du chef de la diplomatie russe … à l'approche du
        // sommet du 12 juin" dates the summit, not the visit.
        // (A date after its trigger is the more likely reading: one before costs more.)
        let cost = { (date: DateMention, trigger: Int) in abs(date.offset - trigger) + (date.offset < trigger ? 40 : 0) }
        let group = kind == "talks" ? "meeting" : kind
        // (A meeting or call with fewer than two people named yields nothing of its own and claims no date.)
        // (Nor does a gathering named to tell the time of something else: "vendredi, à la veille de l'ouverture du sommet,
        // Emmanuel Macron l'avait reçu", "on the eve of the summit".)
        let tellsTime = { (offset: Int) in
            offset > clause.start && Self.follows(Triggers.dayOfSomething.phrases, offset - clause.start, within: 18, in: foldedClause)
        }
        let claiming = clause.triggers.filter {
            !(["meeting", "phone_call"].contains($0.group) && clause.persons.count < 2) && !($0.group == "summit" && tellsTime($0.offset))
        }
        // A trip's dates follow its list of stops: distance is counted from the last stop, not the verb (for this
        // trigger and for a trip's trigger claiming the date against it).
        let anchored = { (group: String, offset: Int) -> Int in
            guard group == "visit", let last = Self.cityList(after: offset, in: clause).last else { return offset }
            return max(offset, last.offset + last.text.count)
        }
        // (Not an arrival's, whose day stands between the verb and the place: "est arrivé mercredi soir à Shanghai, et a vu
        // jeudi …".)
        let firstStop = Triggers.arrivals.contains(phrase) ? Self.cityList(after: trigger, in: clause).first : nil
        let arrivalDay = firstStop.map { stop in clause.dates.contains { $0.offset > trigger && $0.offset < stop.offset } } ?? false
        let anchor = arrivalDay ? trigger : anchored(kind, trigger)
        // ("s'était rendue à Brasilia en juin 2023 pour s'entretenir avec M. Lula": what a trip was for has the trip's date.)
        // ("s'était rendu à Abidjan en novembre 2017, pour le sommet Union africaine-Union européenne": the summit too.)
        let purpose = group == "meeting" ? Triggers.meetingPurpose : group == "summit" ? Triggers.summitPurpose : nil
        let tripsPurpose = purpose?.firstCharacterOffset(in: clause.folded).map { trigger >= clause.start + $0 - 1 } == true
            || group == "summit" && trigger - clause.start >= 40
                && [" for the ", " pour le "].contains(where: String(clause.folded.dropFirst(trigger - clause.start - 40).prefix(41)).includes)
                && clause.triggers.contains { $0.group == "visit" && $0.offset < trigger }
        // ("will attend the Group of Seven summit in Hiroshima on May 19-21": the trip to a summit named right after its verb
        // is the summit's, and neither claims the date against the other.)
        // (Not a trip to somewhere else agreed at a summit: "une visite de M. Obama à Moscou lors du sommet du G20".)
        let attending = { (rival: (group: String, offset: Int)) -> Bool in
            let (trip, summit) = group == "summit" ? (rival.offset, trigger) : (trigger, rival.offset)
            return [group, rival.group].sorted() == ["summit", "visit"] && trip < summit && summit - trip <= 40
                && !clause.places.contains { $0.offset > trip && $0.offset < summit && $0.kind != .adjective }
        }
        let rivals = clause.dates.isEmpty ? []
            : claiming.filter { $0.group != group && !(tripsPurpose && $0.group == "visit") && !attending($0) }.map { anchored($0.group, $0.offset) }
        // (A date after an invitation is the invited event's: "has invited President Lula to Berlin in December".)
        // ("ahead of talks in Vienna on Friday": Friday is the talks'.)
        // ("une tournée … : mercredi à Kiev, il avait rencontré …": past a colon, a date opens what follows it; the trigger
        // before the colon does not compete for it.)
        let separated = { (rival: Int, date: DateMention) in
            rival < date.offset && anchor > date.offset && sentence.characters[rival..<date.offset].contains { $0 == ":" || $0 == ";" }
        }
        let timeTeller = group == "summit" && tellsTime(trigger)
        // (The summit just reported, named for the time: no other.)
        if timeTeller, discourse.events.contains(where: { $0.kind == "summit" && !$0.inPassing }) { return nil }
        // (A date the clause takes from the one it hangs on is its own, whoever claims it there: "visits Mauritius on March 11-12
        // where he will hold meetings with …".)
        let inherited = { (date: DateMention) in date.offset < clause.start || date.offset >= clause.start + clause.text.count }
        var dates = clause.dates.filter { date in
            !timeTeller && (inherited(date) || rivals.allSatisfy { cost(date, $0) >= cost(date, anchor) || separated($0, date) })
                && (kind != "invitation" || date.offset < trigger)
                && !Self.isAhead(date, after: trigger, in: sentence.characters)
                && !([" depuis ", " since "].contains(where: clause.folded.includes) && Self.afterDepuis(date, trigger: trigger, in: sentence.characters))
        }
        // "s'est rendu dimanche à Bouaké, où neuf soldats avaient été tués en novembre 2004": a date inside a relative clause
        // after the event's place is that clause's, when the event has one of its own before it.
        if dates.count > 1, let relative = Self.relativeOpener(after: anchor, in: sentence.characters),
            dates.contains(where: { $0.offset < relative }), dates.contains(where: { $0.offset > relative })
        {
            dates.removeAll { $0.offset > relative }
        }
        // "doit se rendre dimanche à Bouaké, où neuf soldats avaient été tués en novembre 2004": an event still to come is
        // not dated by a past year written out, when the clause gives another date.
        if status == .planned, kind != "cancellation", kind != "invitation" {
            let past = { (date: DateMention) in !date.yearGuessed && !date.weekdayGuessed && date.start.year < clause.published.year }
            if dates.contains(where: past), dates.contains(where: { !past($0) }) { dates.removeAll(where: past) }
        }
        var nearest = dates.min { cost($0, anchor) < cost($1, anchor) }
        // ("later this month, on October 22–24": the finer date the sentence gives within the nearer one.)
        if let coarse = nearest, let finer = dates.first(where: { date in
            date.start.precision > coarse.start.precision && coarse.start.firstDay <= date.start.firstDay
                && (date.end ?? date.start).lastDay <= (coarse.end ?? coarse.start).lastDay
        }) {
            nearest = finer
        }
        // ("en 2001 et 2002" are two visits; "last year … this year", far apart, date different things.)
        // ("s'est rendu à deux reprises en Ukraine : en mai 2022, à Irpin et à Kyiv, puis en juin dernier", "has visited twice,
        // in 2019 and in March": as many trips as dates, months or years, when the clause counts them.)
        // (Also two months or years joined by "puis"/"then": "s'est rendu en Ukraine en mai 2022 puis en juin 2023".)
        let coarse = dates.allSatisfy { ($0.start.precision == .year || $0.start.precision == .month) && $0.end == nil }
        let joined = dates.count == 2 && coarse && {
            let between = EntenteIngest.fold(String(sentence.characters[min(sentence.characters.count, dates[0].offset + dates[0].text.count)..<max(dates[0].offset + dates[0].text.count, dates[1].offset)]))
                .split(whereSeparator: { !$0.isLetter }).joined(separator: " ")
            return ["puis", "puis en", "then", "then in", "and then", "and then in", "puis de nouveau", "puis de nouveau en", "and again",
                "and again in"].contains(between)
        }()
        let repeated = dates.count > 1 && coarse && Triggers.timesOver.occurs(in: clause.folded) || joined
        let listed = repeated || dates.count > 1 && dates.allSatisfy { $0.start.precision == .year }
            && zip(dates, dates.dropFirst()).allSatisfy { $1.offset - ($0.offset + $0.text.count) <= 8 }
        var starts: [DateMention?] = dates.isEmpty ? [nil] : (listed ? dates.map { Optional($0) } : [nearest])
        starts = starts.map(settled)
        // (Not a step still to come: "Il s'est ensuite envolé pour le Japon, où il participera au sommet du G7".)
        if dates.isEmpty,
            Triggers.sameDay.occurs(in: clause.folded) || !clause.sentenceDated && status == .held && Triggers.nextStep.occurs(in: clause.folded),
            let last = discourse.lastDate ?? discourse.lastDayGiven.map({ ($0.start, $0.end, Optional($0.text)) })
        {
            starts = [DateMention(text: last.text ?? "", offset: 0, start: last.start, end: last.end)]
            // ("À Tokyo, où elle était arrivée lundi, elle a signé mardi un accord. Le même jour, elle a rencontré …": the
            // same day as the last day told, not the last event's.)
            // (Unless that day is the last event's own, which its tense moved: "… in Istanbul on Saturday. Subsequently, he will
            // proceed to Greece later in the day" is the Saturday to come.)
            if Triggers.sameDay.occurs(in: clause.folded), !clause.sentenceDated, let day = discourse.lastDayGiven,
                last.start.precision == .day || last.start < day.start, last.text != day.text
            {
                starts = [DateMention(text: day.text, offset: 0, start: day.start)]
            }
        }
        // ("Cette visite répond à celle qu'il avait effectuée en Chine en avril 2023. Il s'était alors rendu à Pékin": "alors"
        // in the pluperfect is the time just told.)
        if dates.isEmpty, starts == [nil], Triggers.thenInThePast.occurs(in: clause.folded), let last = discourse.lastDateGiven,
            last.start.firstDay < clause.published.firstDay
        {
            starts = [DateMention(text: last.text, offset: 0, start: last.start, end: last.end)]
        }
        // ("… en marge du G20 de Bali, en novembre 2022. Le mois suivant, Penny Wong s'était rendue à Pékin", "a year later":
        // the month or the year after the last date given.)
        // (Before the trigger, or right after it: not "met Joe Biden, paving the way for the Woodside summit a month later".)
        let near = { (set: PhraseSet) in
            set.occurrences(in: clause.folded).contains { found in
                found.offset < trigger - clause.start || found.offset - (trigger - clause.start) <= phrase.count + 24
            }
        }
        // (Not an invitation, dated when it was issued: "invited Putin to visit China the following year".)
        if kind != "invitation", dates.isEmpty, starts == [nil], let last = discourse.lastDateGiven,
            last.start.firstDay < clause.published.firstDay
        {
            let start = last.start
            let next = near(Triggers.nextMonth)
                ? start.month.flatMap { month in PartialDate(year: start.year + month / 12, month: month % 12 + 1) }
                : near(Triggers.nextYear) ? PartialDate(year: start.year + 1) : nil
            if let next { starts = [DateMention(text: "", offset: 0, start: next)] }
        }
        // "He spoke by telephone with President Putin the following day", "la veille": a day from the last date given.
        // (The last event dated to the day: not a summit to come in November that an invitation named since.)
        // ("à Kiev le 14 février, puis à Moscou le lendemain": the day given before it in its own sentence.)
        let dayBeforeInSentence = clause.sentenceDates.last { date in
            date.offset < clause.start && date.start.precision == .day && date.end == nil
        }?.start
        // (The last day told of someone the event has, before any other's: "Macron a achevé jeudi 28 juillet sa tournée. Le
        // chef de l'État bissau-guinéen a pris le 3 juillet à Accra la présidence de la Cédéao. … La veille, à Cotonou,
        // Emmanuel Macron avait été reçu par Patrice Talon" is 27 July.)
        let dayTold = { (event: ExtractedEvent) in event.start?.precision == .day && event.end == nil && !event.inPassing }
        // ("visited Brussels on March 1 and travelled to Moscow four days later": days counted from the day the clause hangs
        // on, which it would otherwise take.)
        let countedFromInherited = !dates.isEmpty && dates.allSatisfy { $0.offset < clause.start } && dayBeforeInSentence != nil
            && (Self.countedDays(in: clause.folded) != nil || Triggers.nextDay.occurs(in: clause.folded)
                || Triggers.dayBefore.occurs(in: clause.folded) && !Triggers.dayOfSomething.occurs(in: clause.folded))
        if dates.isEmpty || countedFromInherited, let last = dayBeforeInSentence
            ?? discourse.events.last(where: { event in
                dayTold(event) && event.participants.contains { person in participants.contains { $0.name == person.name } }
            })?.start
            ?? discourse.events.last(where: dayTold)?.start
        {
            // ("le lendemain de l'invasion russe", "à la veille du sommet", "the day after his election": another day's.)
            let shift = Triggers.dayOfSomething.occurs(in: clause.folded) ? 0 : Triggers.nextDay.occurs(in: clause.folded) ? 1
                : Triggers.dayBefore.occurs(in: clause.folded) && !clause.folded.includes(" a la veille ") ? -1
                : Self.countedDays(in: clause.folded) ?? 0
            if shift != 0, let day = last.addingDays(shift) { starts = [DateMention(text: "", offset: 0, start: day)] }
        } else if dates.isEmpty, !discourse.events.contains(where: { $0.start != nil }),
            let day = Self.dayBefore(in: clause.folded, published: clause.published)
        {
            // (With nothing dated yet, "la veille" is the day before the article's.)
            starts = [day]
        }
        // ("addressed EU leaders in Brussels on Thursday, the final leg of a tour that began in London the day before": the day
        // before, or after, right after a trip's place is counted from the day the clause gave.)
        if kind == "visit", Triggers.arrivals.contains(phrase), starts.count == 1, let day = starts[0], day.start.precision == .day,
            day.end == nil, day.offset < trigger,
            case let after = " " + Self.fold(String(sentence.characters[min(trigger, sentence.characters.count)...].prefix(phrase.count + 40))) + " ",
            let shift = Triggers.dayBefore.occurs(in: after) && !Triggers.dayOfSomething.occurs(in: after) ? -1
                : Triggers.nextDay.occurs(in: after) && !Triggers.dayOfSomething.occurs(in: after) ? 1 : nil,
            let shifted = day.start.addingDays(shift)
        {
            starts = [DateMention(text: "", offset: 0, start: shifted)]
        }
        // "… puis aux Etats-Unis en février, où il a rencontré Joe Biden": a meeting at a stop of a trip the clause dates stop by
        // stop has that stop's date.
        // (Also over another stop's day: "à Kiev le 14 février, puis à Moscou le lendemain pour y rencontrer Vladimir Poutine".)
        if starts.count == 1, kind == "meeting" || kind == "talks", let host,
            let visit = clause.triggers.first(where: { $0.group == "visit" && $0.offset < trigger })
        {
            let stops = Self.cityList(after: visit.offset, in: clause)
            if stops.count > 1, let own = Self.stopDates(stops, in: clause), let index = stops.lastIndex(where: { $0.country == host }),
                starts == [nil] || own[index] != nil && own.indices.contains(where: { $0 != index && own[$0]?.start == starts[0]?.start })
            {
                starts = [settled(own[index])]
            }
        }
        // "a achevé lundi une visite de deux jours", "wrapped up a three-day visit on Friday": the day is the visit's last.
        // (What else the clause reports, "during which he met President Xi", keeps the day the text gives.)
        if let days = Self.endedVisitDays(clause.folded) {
            if kind == "visit", starts.count == 1, var ended = starts[0], ended.end == nil, ended.start.precision == .day,
                let first = ended.start.addingDays(1 - days)
            {
                ended.end = ended.start
                ended.start = first
                starts = [ended]
            } else if kind != "visit", starts == [nil], let day = clause.dates.first(where: { $0.start.precision == .day && $0.end == nil }) {
                starts = [day]
            }
        }
        // "effectue jusqu'à mardi 4 mars en Algérie une visite d'Etat", "le sommet réunit jusqu'à demain …": under way until
        // that day, since the last day told (within the week before), else since the article's.
        if starts.count == 1, var until = starts[0], until.end == nil, until.start.precision == .day, until.offset > 0,
            until.offset >= clause.start, Self.follows(Triggers.until, until.offset - clause.start, within: 1, in: foldedClause)
        {
            // ("The G7 summit, which runs through Sunday": the coming Sunday.)
            if until.weekdayGuessed, until.start < clause.published, let coming = until.start.addingDays(7) { until.start = coming }
            // ("arrivé dimanche à Paris, est en visite en France jusqu'à mardi 7 mai": since the day the clause gives.)
            let arrived = clause.dates.first { date in
                date.offset < until.offset && date.start.precision == .day && date.end == nil && date.start <= clause.published
                    && date.start < until.start
            }?.start
            // (The last day told there, or told with no event since: not the day of another stop of a tour.)
            let told = (discourse.events.last { $0.hostCountry == host && $0.start?.precision == .day && !$0.inPassing }?.start
                ?? discourse.toldDaySinceLastEvent).flatMap { day in
                    day.precision == .day && day <= until.start && until.start.addingDays(-7)! <= day ? day : nil
                }
            let since = arrived ?? told ?? min(clause.published, until.start)
            if since < until.start, since <= clause.published {
                until.end = until.start
                until.start = since
                starts = [until]
            }
        }
        // "Ouvert dimanche …, le sommet de l'UA, qui s'achève lundi soir", "The three-day summit, which ends Sunday, was opened
        // on Friday": a summit told by its opening and closing days spans them, wherever in the sentence each is told.
        if kind == "summit", let (opened, closes) = Self.openingAndClosingDays(in: clause) {
            starts = [DateMention(text: opened.text, offset: opened.offset, start: opened.start, end: closes)]
        }
        // "The summit, attended by …", "Le sommet a réuni …": with no place or date of its own, the summit just reported.
        // Its people join it, and those from abroad visit its host.
        var refersBack = false
        // (Told as attended, not in the past of a summit to come: "Le sommet de l'OTAN se tiendra en juillet. Zelensky a pris part
        // au sommet".)
        // (Also where the clause places it where that summit was: "The emergency summit, hosted by President El-Sisi at the New
        // Administrative Capital, was attended by …" after "The summit opened in Cairo".)
        if kind == "summit", dates.isEmpty, let earlier = discourse.events.last(where: { $0.kind == "summit" && !$0.inPassing }),
            host == nil || host == earlier.hostCountry && Self.refersBackToSummit(trigger, phrase: phrase, clause: clause),
            Self.refersBackToSummit(trigger, phrase: phrase, clause: clause)
                || !(earlier.status == .planned && status == .held) && Self.attendsTheSummit(trigger, phrase: phrase, clause: clause)
        {
            host = earlier.hostCountry
            location = earlier.location
            if let start = earlier.start { starts = [DateMention(text: earlier.dateText ?? "", offset: 0, start: start, end: earlier.end)] }
            participants = earlier.participants + participants.filter { person in !earlier.participants.contains { $0.name == person.name } }
            refersBack = true
        }
        // "ont annoncé mardi, lors d'un sommet à Charm el-Cheikh, …": what was announced at an event was announced the day of
        // the event. "Trump said on Saturday he had spoken by phone with Hun Manet": a call reported done takes its report's
        // day, not the day the article's news is at.
        if starts == [nil], status == .held,
            let announced = clause.reportDates.last(where: { $0.offset < trigger && $0.start.lastDay <= clause.published.lastDay }),
            kind == "phone_call" || ["summit", "meeting", "talks"].contains(kind)
                && Self.follows([" lors d un ", " lors du ", " lors de la ", " at a ", " at the ", " during a ", " during the "], trigger - clause.start,
                    within: 1, in: foldedClause)
        {
            starts = [announced]
        }
        // "Blinken said Tuesday that the commitment was 'ironclad' as he met President Marcos": what the speaker did as he
        // spoke was done the day he spoke.
        if starts == [nil], status == .held, ["meeting", "talks"].contains(kind),
            let said = clause.reportDates.last(where: { $0.offset < trigger && $0.start.lastDay <= clause.published.lastDay }),
            Self.follows([" as he ", " as she ", " as they ", " while he ", " while she ", " alors qu il ", " alors qu elle "], trigger - clause.start,
                within: 1, in: foldedClause)
        {
            starts = [said]
        }
        // ("Poutine est arrivé à Astana …, a annoncé mercredi le Kremlin": an arrival is announced the day it happens, when that
        // is the article's or the day before.)
        if starts == [nil], status == .held, kind == "visit", Triggers.arrivals.contains(where: phrase.hasPrefix),
            let announced = clause.reportDates.last(where: { $0.start.precision == .day && $0.start.lastDay <= clause.published.lastDay }),
            clause.published.firstDay.dayNumber - announced.start.firstDay.dayNumber <= 1
        {
            starts = [announced]
        }
        // "au cours de cet entretien téléphonique": the event of that kind just reported, on its date.
        // (One the text reports, before one it mentions in passing: "…, la première depuis celle de Jacques Chirac en 2000. Il
        // effectue ce déplacement à l'invitation de M. Steinmeier".)
        if dates.isEmpty, Self.follows([" cet ", " cette ", " ce ", " this "], trigger - clause.start, within: 1, in: foldedClause),
            let earlier = discourse.events.last(where: { $0.kind == kind && !$0.inPassing }) ?? discourse.events.last(where: { $0.kind == kind }),
            let start = earlier.start
        {
            starts = [DateMention(text: earlier.dateText ?? "", offset: 0, start: start, end: earlier.end)]
        }
        return Dating(dates: dates, starts: starts, refersBack: refersBack)
    }

    /// What ``dating(kind:phrase:trigger:clause:discourse:foldedClause:host:location:status:participants:)`` finds.
    struct Dating {
        /// The dates the trigger governs, and the start each event takes (`nil`: undated).
        var dates: [DateMention]
        var starts: [DateMention?]
        /// The summit is the one just reported.
        var refersBack: Bool
    }

    /// Whether a French auxiliary stands before the verb that ends right before `offset` (in the clause's folded characters),
    /// with at most two adverbs between: "a entamé jeudi", "a officiellement entamé dimanche", "a en effet commencé",
    /// "avaient entamé lundi" tell a start gone by, not a schedule. (Not English "on a European tour, flies Friday".)
    static func frenchPerfectBefore(_ offset: Int, in foldedClause: [Character]) -> Bool {
        let before = String(foldedClause[..<min(max(0, offset + 1), foldedClause.count)])
        let words = before.split(separator: " ").dropLast().suffix(3)
        let auxiliaries: Set<Substring> = ["a", "ont", "avait", "avaient", "aura", "auront"]
        let adverbs: Set<Substring> = ["en", "effet", "deja", "bien", "alors", "ensuite"]
        guard let auxiliary = words.lastIndex(where: auxiliaries.contains) else { return false }
        return words[(auxiliary + 1)...].allSatisfy { $0.hasSuffix("ment") || adverbs.contains($0) }
    }

    /// A date the text gives without its year or week, settled: a month without its year is in the past for a past event,
    /// in the future for a planned one; a weekday alone in a future clause is the coming one. `status` is the event's as
    /// it stands when the date is settled.
    static func settled(
        _ mention: DateMention?, status: EventStatus, clause: Clause, foldedClause: [Character], discourse: Discourse
    ) -> DateMention? {
        // "se rencontreront vendredi": a weekday alone in a future clause is the coming one.
        // ("From Tokyo, Obama flies Friday to Seoul": a schedule told in the present is to come too.)
        // ("On Thursday he travels to Normandy": or the weekday first, then its subject and verb.)
        // (Not a span still under way: "is traveling to Jakarta Monday through Wednesday", written on the Tuesday.)
        if var mention, mention.weekdayGuessed, mention.start.firstDay < clause.published, (mention.end ?? mention.start).lastDay < clause.published,
            status == .planned || mention.offset >= clause.start
                && (Self.follows(Triggers.scheduledPresent, mention.offset - clause.start, within: 4, in: foldedClause)
                    && !Self.frenchPerfectBefore(mention.offset - clause.start, in: foldedClause)
                    || Self.scheduledTripBefore(mention, in: clause)
                    || Self.scheduleFollows(mention, in: clause))
        {
            mention.start = mention.start.addingDays(7)!
            mention.end = mention.end?.addingDays(7)
            return mention
        }
        guard var mention, mention.yearGuessed, let month = mention.start.month else { return mention }
        // "en octobre de la même année", "later that year": the year of the last date given.
        if Triggers.sameYear.occurs(in: clause.folded), let last = discourse.lastDate,
            let moved = PartialDate(year: last.start.year, month: month, day: mention.start.day)
        {
            mention.start = moved
            return mention
        }
        let year = mention.start.year
        // (A day keeps its day, and a range its end: "avait été reçu le 24 mai" in a December paper.)
        let shift = status == .held && mention.start.firstDay > clause.published ? -1
            : status == .planned && mention.start.lastDay < clause.published ? 1 : 0
        // (A 29 February the other year has not is that month's.)
        if shift != 0, let moved = PartialDate(year: year + shift, month: month, day: mention.start.day) ?? PartialDate(year: year + shift, month: month) {
            mention.start = moved
            mention.end = mention.end.flatMap { end in end.month.flatMap { PartialDate(year: end.year + shift, month: $0, day: end.day) } }
        }
        return mention
    }
}
