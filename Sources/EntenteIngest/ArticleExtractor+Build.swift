import EntenteModel

/// Building one event from a trigger in a clause: where, who, when, and the events it implies.
extension ArticleExtractor {
    /// - Parameter split: the meeting is one of several a clause lists, its people already chosen.
    func build(kind: String, phrase: String, trigger: Int, clause: Clause, discourse: Discourse, split: Bool = false) -> [ExtractedEvent] {
        let sentence = clause.sentence
        // (The clause's folded characters, made once for the phrase checks below.)
        let foldedClause = Array(clause.folded)
        // "discussed the preparations for the meeting", "on the issue of organizing a meeting": a topic, not an event.
        if kind != "invitation", Self.follows(Triggers.topicOf, trigger - clause.start, within: 28, in: foldedClause) { return [] }
        // Where.
        guard let placement = Self.placement(kind: kind, phrase: phrase, trigger: trigger, clause: clause, discourse: discourse, foldedClause: foldedClause)
        else { return [] }
        var host = placement.host
        var location = placement.location
        // Who: the trigger's own people.
        let persons = Self.governedPersons(kind: kind, phrase: phrase, trigger: trigger, clause: clause)
        let people = persons.map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
        var status = Self.governedStatus(kind: kind, phrase: phrase, trigger: trigger, clause: clause, host: &host, location: &location)
        // Who takes part, among them.
        let parties = parties(
            kind: kind, phrase: phrase, trigger: trigger, clause: clause, discourse: discourse, split: split, placement: placement,
            persons: persons, people: people, host: &host, location: &location, status: &status)
        guard case .chosen(let chosen, let passing, let alsoCalled) = parties else {
            if case .events(let events) = parties { return events }
            return []
        }
        var participants = chosen
        var inPassing = passing
        // ("Biden met Macron in Rome and invited him to visit his country", "Kim Jong-un qu'il a invité à se rendre en Russie":
        // the trip someone is invited to make is never the inviter's. The invitee's may be told: "invitant le président
        // Rohani à effectuer une visite en France au mois de novembre".)
        // (Not the subject's next trip, joined: "invited him to Washington and travelled to Tokyo on 28 July".)
        if kind == "visit", let invitation = clause.triggers.last(where: { $0.group == "invitation" && $0.offset < trigger }),
            trigger - invitation.offset <= 48, Triggers.invitingVerbs.contains(where: { clause.folded.includes(" " + $0 + " ") }),
            case let between = " " + Self.fold(String(sentence.characters[invitation.offset..<trigger])) + " ",
            ![" and ", " et ", " then ", " puis ", " before ", " avant "].contains(where: between.includes), !between.contains(","),
            let traveller = participants.first, persons.contains(where: { $0.name == traveller.name && $0.offset < invitation.offset })
        {
            return []
        }
        // "s'est rendu à Damas avec son homologue allemande, Annalena Baerbock": the companion travels too.
        let companions = kind == "visit" ? Self.companions(trigger: trigger, clause: clause, persons: persons, participants: participants, host: host) : []
        // A visit nobody is named for, in a first-person text, is the speaker's ("Déplacement en Inde …").
        if kind == "visit", participants.isEmpty, let speaker = clause.speaker, speaker.country != host {
            participants = [ExtractedEvent.Person(name: speaker.name, country: speaker.country)]
        }
        // "Le Président de la République a reçu le Ministre des Affaires étrangères du Tchad": a head of state or government
        // meeting a foreign minister, with no place given, meets them at home (ministers travel to leaders, not back).
        if ["meeting", "talks"].contains(kind), host == nil, participants.count == 2, !split,
            let leader = participants.firstIndex(where: { person in
                persons.first { $0.name == person.name }.map { Self.rank(of: $0, in: clause) == .leader } ?? false
            }),
            let guest = persons.first(where: { $0.name == participants[1 - leader].name }), Self.rank(of: guest, in: clause) == .minister,
            let home = participants[leader].country, let away = participants[1 - leader].country, home != away, home != "EU",
            // (Not a leader the article has abroad: "Tusk began his visit to Kyiv. He was met by Foreign Minister Sybiha.";
            // nor one at a summit: "On the sidelines of the G20, Modi met Foreign Minister Wang Yi".)
            !discourse.events.contains(where: { $0.kind == "visit" && $0.participants.contains { $0.name == participants[leader].name } }),
            !Triggers.summitMeeting.occurs(in: clause.folded), !clause.folded.includes(" summit"), !clause.folded.includes(" sommet")
        {
            host = home
        }
        // A release's heading "Meeting with X", "Beginning of conversation with X", "Telephone conversation with X": the other
        // party is the publishing office's principal (kremlin.ru's President, gov.uk's Prime Minister, state.gov's Secretary).
        if ["meeting", "talks", "phone_call"].contains(kind), participants.count == 1, clause.start == 0, trigger <= 16,
            clause.persons.allSatisfy({ $0.offset > trigger }), let site = clause.site,
            let principal = Self.principal(of: site, on: clause.published), principal.name != participants[0].name
        {
            participants.insert(principal, at: 0)
        }
        // "In Berlin, Blinken will meet senior German officials": no one named to meet, but a visit all the same.
        var visitOnly = false
        if kind == "meeting" || kind == "talks", participants.count == 1, let host, Self.isAbroad(participants[0], in: host) {
            visitOnly = true
        }
        switch kind {
        case "meeting", "talks": guard participants.count >= 2 || visitOnly else { return [] }
        case "phone_call": guard participants.count >= 2 else { return [] }
        case "summit": break
        default: guard !participants.isEmpty else { return [] }
        }
        // (Signers are people named: "Nepal and China signed a framework agreement", "the statements signed by the leaders of
        // Russia, Armenia and Azerbaijan" are no meeting.)
        if Triggers.signing.contains(phrase),
            participants.count < 2 || participants.contains(where: { $0.name.isEmpty })
                || [" by ", " par "].contains(where: String(foldedClause.dropFirst(max(0, trigger - clause.start - 1)).prefix(phrase.count + 7)).includes)
        {
            return []
        }
        // When.
        guard let dating = dating(
            kind: kind, phrase: phrase, trigger: trigger, clause: clause, discourse: discourse, foldedClause: foldedClause,
            host: &host, location: &location, status: &status, participants: &participants)
        else { return [] }
        let (dates, refersBack) = (dating.dates, dating.refersBack)
        var starts = dating.starts
        let settled = { (mention: DateMention?) in
            Self.settled(mention, status: status, clause: clause, foldedClause: foldedClause, discourse: discourse)
        }
        // ("Mardi, Li Qiang prendra la parole à Davos, avant de s'envoler pour l'Irlande": a leg told as what comes next, with no
        // day of its own, is on the day of what it follows.)
        if starts == [nil], Triggers.legsAfter.contains(phrase),
            let day = clause.sentenceDates.last(where: { $0.offset < clause.start && $0.start.precision == .day && $0.end == nil })
        {
            starts = [settled(day)]
        }
        // No place (or no date): the article's context gives them, for an event that happens somewhere.
        // A summit of people the article just had meet somewhere is there ("… hold talks with Obama at the White House.
        // The Xi-Obama summit will be the fifth"); no other context places a summit.
        if kind == "summit", host == nil, participants.count >= 2, let names = Optional(Set(participants.map(\.name))),
            let met = discourse.events.last(where: { event in
                event.hostCountry != nil && ["meeting", "talks"].contains(event.kind) && !event.inPassing
                    && names.isSubset(of: event.participants.map(\.name))
            })
        {
            host = met.hostCountry
            location = met.location
        }
        // ("Xi Jinping arrived in Riyadh on Wednesday. On Friday Xi attended the first China-Gulf Cooperation Council summit":
        // a summit placed nowhere, attended within the week by the traveller of a trip the article reports, is where the trip
        // is.)
        if kind == "summit", host == nil, let day = starts.first??.start, day.precision == .day,
            let trip = discourse.events.last(where: { event in
                event.kind == "visit" && !event.inPassing && event.hostCountry != nil && event.status == status
                    && event.participants.contains { person in participants.contains { $0.name == person.name } }
                    && event.start.map { $0.precision == .day && (0...7).contains(day.firstDay.dayNumber - $0.firstDay.dayNumber) } == true
            })
        {
            host = trip.hostCountry
            location = trip.location
        }
        // "The U.S. and Russian presidents discussed …" after their call: what the call covered, not another event.
        if kind == "talks" || kind == "meeting", !split, host == nil, clause.dates.isEmpty, let last = discourse.events.last, last.kind == "phone_call",
            !participants.isEmpty, Set(participants.map(\.name)).isSubset(of: last.participants.map(\.name))
        {
            return []
        }
        // (A meeting named as the last or previous one is no place for what comes next.)
        if kind == "meeting" || kind == "talks",
            Self.precededByPast(trigger, clause: clause) || Triggers.pastMeetings.occurs(in: clause.folded)
        {
            inPassing = true
        }
        // Where the clause's own words set an event it gives no place of its own.
        if host == nil, let scene = Self.sceneOfClause(kind: kind, trigger: trigger, clause: clause, discourse: discourse, starts: starts) {
            host = scene.country
            location = scene.city
        }
        // "Clinton will also meet with leaders of Senegal, Uganda, Kenya, …" on a tour: no shared place; each leader at home.
        // (Planned: held meetings with several leaders on one day, "s'est entretenu avec Nieto, puis avec Abe" at Da Nang, are
        // at a gathering, where the story is.)
        var leadersAtHome = false
        if ["meeting", "talks"].contains(kind), status == .planned, host == nil, participants.count >= 3, !split, clause.dates.isEmpty,
            !clause.triggers.contains(where: { $0.group == "summit" }),
            case let others = participants.dropFirst(), Set(others.compactMap(\.country)).count == others.count,
            others.allSatisfy({ other in
                other.country != participants[0].country
                    && persons.first { $0.name == other.name }.map { Self.rank(of: $0, in: clause) == .leader } ?? false
            }),
            let context = discourse.context(for: participants, host: nil), context.host != participants[0].country
        {
            leadersAtHome = true
        }
        // ("Lula's trip to Buenos Aires on January 23 … He also met with Chilean president Gabriel Boric": what the text tells
        // done is no part of a trip still to come, and takes neither its place nor a day the text gave it.)
        let context = ["visit", "meeting", "talks", "summit"].contains(kind) && (kind != "summit" || host != nil) && !leadersAtHome
            ? discourse.context(for: participants, host: host) : nil
        let apartFromTripToCome = status == .held && Self.toldDone(phrase)
            && context?.start.map({ $0.firstDay > clause.published.lastDay }) == true
        if let context, !apartFromTripToCome {
            if host == nil {
                host = context.host
                location = context.city
                if kind == "visit" { participants = participants.filter { $0.country != host } }
                if participants.isEmpty { return [] }
            }
            // ("s'était rendu à Alger le 8 décembre … et avait été reçu par le président Tebboune": a meeting after the clause's
            // dated trip is on the trip's day, which the clause gives it, not the article's.)
            let onDatedTrip = ["meeting", "talks"].contains(kind)
                && clause.triggers.contains { $0.group == "visit" && $0.offset < trigger }
                && clause.dates.contains { $0.offset >= clause.start && $0.offset < trigger }
            if dates.isEmpty, starts == [nil], context.host == host, let start = context.start, !onDatedTrip {
                starts = [DateMention(text: context.dateText ?? "", offset: 0, start: start, end: context.end)]
            }
        }
        let toldDone = Self.toldDone(phrase)
        // An event told without a date: the day the text implies, if it implies one.
        if starts == [nil], status == .held,
            let day = Self.dayImplied(
                kind: kind, phrase: phrase, trigger: trigger, clause: clause, discourse: discourse, inPassing: inPassing, host: host,
                apartFromTripToCome: apartFromTripToCome)
        {
            starts = [day]
        }
        var results: [ExtractedEvent] = []
        func event(_ kind: String, _ participants: [ExtractedEvent.Person], host: String?, location: String?, date: DateMention?, confidence: Double)
            -> ExtractedEvent
        {
            var eventStatus = status
            var date = date
            // "une visite officielle de trois jours", "a two-day state visit": a visit dated by its first day lasts that long.
            // ("the two-day Asia-Europe Meeting", "le sommet de deux jours": a summit whose own length is told.)
            if let start = date?.start, start.day != nil, date?.end == nil,
                let days = kind == "visit" ? Self.length(in: clause.folded)
                    : kind == "summit" ? Self.summitLength(in: String(clause.folded.prefix(max(0, trigger - clause.start + phrase.count + 1)).suffix(phrase.count + 30))) : nil,
                days > 1
            {
                date?.end = start.addingDays(days - 1)
            }
            // ("Le 1er juillet, M. Macron avait appelé son homologue" in a paper of May: a day without its year told in the
            // pluperfect is the one gone by, the year before.)
            if let day = date, day.yearOmitted, day.start.precision == .day, day.start.firstDay > clause.published,
                Self.toldInPluperfect(before: trigger, phrase: phrase, in: clause),
                let earlier = PartialDate(year: day.start.year - 1, month: day.start.month!, day: day.start.day!)
            {
                date?.start = earlier
                date?.end = day.end.flatMap { end in PartialDate(year: end.year - 1, month: end.month!, day: end.day!) }
            }
            // ("his attendance late this month at a G-20 summit": the rest of the month is still to come, unless the verb says
            // it is done: "s'est rendu en Allemagne à la fin du mois".)
            if let date, date.start.firstDay > clause.published || date.toCome && !toldDone, kind != "cancellation", kind != "invitation" {
                eventStatus = .planned
            }
            // (Each person once: "Queen Elizabeth greeted Trump …, before the Queen hosted the couple" names her twice.)
            var named: Set<String> = []
            let participants = participants.filter { $0.name.isEmpty || named.insert($0.name).inserted }
            var found = ExtractedEvent(
                kind: kind, status: eventStatus, participants: participants, hostCountry: host, location: location, start: date?.start,
                end: date?.end, dateText: date?.text, evidence: sentence.text, evidenceOffset: sentence.offset, confidence: confidence)
            found.inPassing = inPassing
            found.refersBack = refersBack
            // (Anywhere in the sentence: "Trump had been due in Copenhagen …, in a visit that was also to include talks".)
            found.counterfactual = kind != "cancellation" && kind != "invitation" && Triggers.counterfactual.occurs(in: String(clause.spaced))
            // (What was due, only by a verb right before its trigger: not "à l'issue d'un entretien téléphonique" long after "la
            // visite que le roi devait effectuer".)
            found.toldDue = kind != "cancellation" && kind != "invitation" && [Triggers.counterfactual, Triggers.wasDue].contains { phrases in
                phrases.occurrences(in: clause.folded).contains { (0...60).contains(trigger - clause.start - $0.offset) }
            }
            return found
        }
        // A trip through several cities is one visit per country ("will travel to Vienna, Seoul, and Manila").
        let destinations = kind == "visit" ? Self.cityList(after: trigger, in: clause) : []
        if destinations.count > 1 {
            let own = Self.stopDates(destinations, in: clause)
            var seen: Set<String> = []
            for (index, destination) in destinations.enumerated() where seen.insert(destination.country).inserted {
                var visitors = Array(Self.travellers(persons, clause: clause, trigger: trigger, phrase: phrase).filter { $0.country != destination.country }.prefix(1))
                // (No one named: the tour's traveller, found above.)
                if visitors.isEmpty { visitors = participants.filter { $0.country != destination.country } }
                // (Each stop's day as any other: "samedi" in a trip to come is the coming one.)
                for date in own.map({ [settled($0[index])] }) ?? starts {
                    results.append(event("visit", visitors, host: destination.country, location: destination.city, date: date, confidence: 0.5))
                }
            }
            return results
        }
        // The subject met each of the others on their own: one meeting (and the visit it implies) a party.
        func oneByOne(_ meetings: [(other: ExtractedEvent.Person, host: String?, location: String?, date: DateMention?)], confidence: Double) {
            for meeting in meetings {
                let found = event(kind, [participants[0], meeting.other], host: meeting.host, location: meeting.location, date: meeting.date,
                    confidence: confidence)
                results.append(found)
                results += Self.impliedVisits(of: found)
            }
        }
        let others = Array(participants.dropFirst())
        // "will meet with Senegal's President Macky Sall on Thursday, South African President Jacob Zuma on Friday and …",
        // "rencontrera dimanche le président … Ouattara, et son homologue sénégalais Macky Sall lundi": each met on a day of
        // their own is a meeting of their own.
        if ["meeting", "talks"].contains(kind), participants.count >= 3, starts.count == 1, !split,
            let days = Self.ownDays(of: others, persons: persons, after: trigger, dates: dates, in: clause)
        {
            // (On a tour, each leader is met at home: "Zuma on Friday" in South Africa, not where the tour is that day.)
            let touring = host != nil && host != participants[0].country
            oneByOne(zip(others, days).map { other, day in
                let leader = persons.first { $0.name == other.name }.map { Self.rank(of: $0, in: clause) == .leader } ?? false
                let home = touring && leader && other.country != nil
                return (other, home ? other.country : host, home ? nil : location, settled(day))
            }, confidence: 0.5)
            return results
        }
        if leadersAtHome {
            oneByOne(others.map { ($0, $0.country, nil, nil) }, confidence: 0.4)
            return results
        }
        // "met with his Saudi, Omani, Iraqi and Egyptian counterparts", "will hold talks with his counterparts in Algeria,
        // Mauritania, Senegal and Mali": counterparts are met each on their own; with no place told, on a trip, each at home.
        if ["meeting", "talks"].contains(kind), participants.count >= 3, !split, Self.counterpartsAll(others, persons: persons, in: clause) {
            // (On a tour: one told, or a trip of the subject's abroad. A place the context gives that is one of theirs is no
            // shared place: "on a tour of West Africa, held talks with his counterparts in Mali and Mauritania".)
            let touring = Self.tourNouns.contains(where: String(clause.spaced).includes) || discourse.events.contains { event in
                event.kind == "visit" && !event.inPassing && event.participants.first?.name == participants[0].name
                    && event.hostCountry != participants[0].country
            }
            let home = touring && (host == nil || others.contains { $0.country == host })
            oneByOne(starts.flatMap { date in others.map { ($0, home ? $0.country : host, home ? nil : location, date) } }, confidence: 0.4)
            return results
        }
        // "a eu vendredi des rencontres bilatérales tour à tour avec le président du Mexique, …, et le premier ministre du Japon":
        // meetings told as several are one a party.
        if ["meeting", "talks"].contains(kind), participants.count >= 3, !split, Triggers.severalMeetings.occurs(in: clause.folded) {
            oneByOne(starts.flatMap { date in others.map { ($0, host, location, date) } }, confidence: 0.5)
            return results
        }
        for date in starts {
            if visitOnly {
                results.append(event("visit", participants, host: host, location: location, date: date, confidence: 0.4))
                continue
            }
            // ("s'est rendu à Damas avec son homologue allemande": who travel together are one joint delegation, one visit.)
            let travelling = participants + companions.filter { $0.country != host }
            let found = event(kind, travelling, host: host, location: location, date: date, confidence: participants.isEmpty ? 0.3 : 0.6)
            results.append(found)
            for other in alsoCalled where participants.count == 2 {
                results.append(event(kind, [participants[0], other], host: host, location: location, date: date, confidence: 0.5))
            }
            if ["meeting", "talks", "summit"].contains(kind) { results += Self.impliedVisits(of: found) }
            // "a rendu visite à la chancelière Angela Merkel à Berlin", "visited Angela Merkel in Berlin": visiting someone of
            // the host country is meeting them there.
            if kind == "visit", let host, let traveller = participants.first,
                let visited = Self.visitedPerson(after: trigger, phrase: phrase, clause: clause), visited.country == host
            {
                results.append(event("meeting", [traveller, visited], host: host, location: location, date: date, confidence: 0.5))
            }
            // ("s'était rendu à Gao … en compagnie du président Ibrahim Boubacar Keïta", "s'est incliné aux côtés de son homologue
            // nigérien": who is with the traveller in their own country receives them; no meeting verb needed.)
            if kind == "visit", let host, let traveller = participants.first, traveller.country != host,
                !clause.triggers.contains(where: { $0.group == "meeting" }), Self.alongside.contains(where: clause.folded.includes)
            {
                for companion in companions where companion.country == host && companion.name != traveller.name && !companion.name.isEmpty {
                    results.append(event("meeting", [traveller, companion], host: host, location: location, date: date, confidence: 0.5))
                }
            }
        }
        return results
    }

    /// The people a trigger governs among its clause's: not whose greetings were conveyed, and after "between" (or "entre")
    /// only those named after it. "meeting between Number 10 and White House representatives" names nobody.
    static func governedPersons(kind: String, phrase: String, trigger: Int, clause: Clause) -> [PersonMention] {
        let sentence = clause.sentence
        var persons = clause.persons
        // ("called on Prime Minister Kishida and conveyed Prime Minister Modi's greetings": whose greetings, not a party.)
        if ["meeting", "talks", "phone_call"].contains(kind) {
            persons.removeAll { $0.offset > trigger && Self.isPossessive($0, in: sentence.characters) }
        }
        // ("a relationship frozen during the presidency of Jair Bolsonaro": whose time in office is told takes no part, when
        // someone else does.)
        // (Named once, and no pronoun after it that may be theirs: "during the second term of Barack Obama, and met him at the
        // White House", "During the administration of Donald Trump, Kim Jong Un met Trump".)
        let tenures = persons.filter { person in
            Self.namedForTheirTenure(person, in: clause)
                && sentence.text.ranges(of: person.name.split(separator: " ").last.map(String.init) ?? person.name).count <= 1
                && ![" him ", " her ", " lui ", " l a ", " l avait "].contains(where: String(clause.spaced.dropFirst(person.offset)).includes)
        }
        if !tenures.isEmpty, persons.count > tenures.count {
            persons.removeAll { person in tenures.contains { $0.name == person.name && $0.offset == person.offset } }
        }
        // ("Gustavo Petro's designated foreign minister Alvaro Leyva met …", "Lula's main political rival": whose minister or
        // rival someone is takes no part, when someone else does.)
        // (Not one named again, or accompanied, as who acts: "Putin's closest ally Alexander Lukashenko met Putin in Sochi",
        // "Macron's wife Brigitte accompanied him to Berlin, where he met Olaf Scholz".)
        let possessors = persons.filter { person in
            // (Named once: a pronoun referring to them, "his first foreign trip", is no second naming.)
            Self.possessesAnother(person, in: sentence.characters)
                && sentence.text.ranges(of: person.name.split(separator: " ").last.map(String.init) ?? person.name).count <= 1
                && persons.filter({ $0.name == person.name }).count == 1
        }
        // (Or met as the verb's object: "Putin's closest ally Alexander Lukashenko met him in Sochi"; not "… met Netanyahu and
        // told him". The sentence is folded only when someone is named in the possessive.)
        let referredTo = !possessors.isEmpty && {
            let spaced = clause.spaced
            let object = String(spaced.dropFirst(trigger + phrase.count + 1).prefix(12)).split(separator: " ").first.map(String.init)
            return Triggers.accompaniedThem.occurs(in: String(spaced)) || ["him", "her", "them"].contains(object ?? "")
        }()
        if !possessors.isEmpty, !referredTo, persons.count > possessors.count {
            persons.removeAll { person in possessors.contains { $0.name == person.name && $0.offset == person.offset } }
        }
        // ("met Mulino in Panama City amid Trump's threats": whose threats or policy the meeting is held amid takes no part.)
        // (Unless met after it: "flew to Mar-a-Lago amid Trump's tariff threats and met the president-elect".)
        let causes = persons.filter { person in
            let rest = sentence.characters[person.offset...].prefix { $0 != "," && $0 != ";" }
            return Self.namedAsCause(person, in: sentence.characters)
                && ![" met ", " meet ", " meeting ", " talks ", " rencontre "].contains(where: (" " + Self.fold(String(rest)) + " ").includes)
        }
        if !causes.isEmpty, persons.count > causes.count {
            persons.removeAll { person in causes.contains { $0.name == person.name && $0.offset == person.offset } }
        }
        if let between = [" between ", " entre "].compactMap({ clause.folded.characterOffset(of: $0) }).first,
            between >= trigger - clause.start, between - (trigger - clause.start) <= phrase.count + 16
        {
            // (Unless "en présence de" brings the named ones: "a présidé la réunion entre les dirigeants de A, B et C, en
            // présence du Président X et du Président Y" is the chair's with them.)
            let presence = [" en presence d", " in the presence of "].compactMap { clause.folded.characterOffset(of: $0, from: between) }.first
            // (Unless what follows is the subject's two sides: "held the first talks between the two sides". "a meeting between
            // Number 10 and White House representatives" still names nobody.)
            let bothSides = [" the two ", " both ", " les deux ", " their ", " leurs "].contains { side in
                clause.folded.characterOffset(of: side, from: between + 1).map { $0 - between <= 9 } ?? false
            }
            if presence == nil || persons.contains(where: { $0.offset > clause.start + between && $0.offset < clause.start + presence! }),
                !bothSides || persons.contains(where: { person in ([person.offset] + person.offsets).contains { $0 > clause.start + between } })
            {
                // (Someone named before and again after it is there by the later mention: "La visite de Charles III … est
                // reportée, à l'issue d'un entretien téléphonique entre Emmanuel Macron et le roi".)
                persons = persons.compactMap { person in
                    guard let later = ([person.offset] + person.offsets).first(where: { $0 > clause.start + between && $0 < clause.start + clause.text.count }) else {
                        return nil
                    }
                    var placed = person
                    placed.offset = later
                    return placed
                }.sorted { $0.offset < $1.offset }
            }
        }
        return persons
    }

    /// Whether a person is named for their time in office ("the second term of Barack Obama", "sous le mandat de Nicolas
    /// Sarkozy"): a noun of tenure and "of"/"de" right before the name. A presidency counts only after "during", "since",
    /// "after" or "before" ("during the presidency of Jair Bolsonaro"): "sous la présidence du chef de l'État égyptien" and
    /// "under the presidency of" chair what is told.
    static func namedForTheirTenure(_ person: PersonMention, in clause: Clause) -> Bool {
        let before = fold(String(clause.sentence.characters[max(0, person.offset - 48)..<person.offset])).split(separator: " ").suffix(4)
        guard before.count == 4, ["of", "de", "d", "du"].contains(String(before[before.endIndex - 1])) else { return false }
        let noun = String(before[before.endIndex - 2])
        if Self.tenureNouns.contains(noun) { return true }
        return ["presidency", "presidence"].contains(noun)
            && before.prefix(2).contains { ["during", "since", "after", "before", "pendant", "durant", "depuis", "apres", "avant"].contains(String($0)) }
    }

    static let tenureNouns: Set<String> = [
        "tenure", "term", "era", "rule", "premiership", "reign", "regime", "administration", "mandat", "quinquennat", "septennat",
        "regne", "ere", "epoque",
    ]

    /// Whether the trigger at sentence offset `trigger` is told in the pluperfect: its phrase opens with the auxiliary, or the
    /// auxiliary stands within the two words before it ("avait appelé", "avait déjà rencontré", "had met").
    /// (The French "être" auxiliary only with a reflexive or a verb of coming and going: "s'était rendu", "était venu"; not
    /// "était attendu à Moscou le 20 juin", "était censé se rendre".)
    static func toldInPluperfect(before trigger: Int, phrase: String, in clause: Clause) -> Bool {
        let auxiliaries: Set<String> = ["avait", "avaient", "had"]
        let before = clause.folded.prefix(max(0, trigger - clause.start + 1)).split(separator: " ").suffix(3).map(String.init)
        let said = phrase.split(separator: " ").map(String.init)
        if said.first.map(auxiliaries.contains) == true || before.suffix(2).contains(where: auxiliaries.contains) { return true }
        let coming: Set<String> = [
            "venu", "venue", "venus", "arrive", "arrivee", "arrives", "alle", "allee", "alles", "revenu", "revenue", "parti", "partie",
        ]
        let words = before + said
        return words.indices.contains { index in
            ["etait", "etaient"].contains(words[index])
                && (index > 0 && ["s", "se"].contains(words[index - 1]) || index + 1 < words.count && coming.contains(words[index + 1]))
        }
    }

    /// The status of what a trigger tells: the clause's, unless its marker of the future governs other triggers, or the
    /// trigger is what someone is invited to (then planned, and where the invitation is to, when no place is told).
    static func governedStatus(kind: String, phrase: String, trigger: Int, clause: Clause, host: inout String?, location: inout String?)
        -> EventStatus
    {
        var status = clause.status
        // "arrived on Thursday for a state visit ahead of a summit he is expected to dominate": what is to come is the
        // summit; the arrival happened. A marker of the future makes planned the triggers it governs, not the whole clause.
        // (A leg told as what comes after the trip, "will visit Kyiv before flying to Berlin", has the trip's tense.)
        if status == .planned, !Triggers.legsAfter.contains(phrase),
            !Self.futureGoverns(
                trigger - clause.start, length: phrase.count, in: clause.folded, others: clause.triggers.map { $0.offset - clause.start },
                frenchFutures: clause.frenchFutures,
                toldDone: Self.toldInFrenchCompoundPast(phrase) || Self.arrivalParticiple(phrase, at: trigger, in: clause.sentence.characters)
                    || kind == "visit" && Self.visitOfAnArrival(at: trigger, in: clause),
                // ("Xi Jinping is expected in Paris on Monday for a state visit": someone's expected trip, and what it is for.)
                expectedTrip: Triggers.expectedIn.contains { Self.subjectRightBefore($0, in: clause) })
        {
            status = .held
        }
        if let plannedFrom = clause.plannedFrom, trigger >= plannedFrom { status = .planned }
        // ("…, becoming the first foreign leader to meet the new Japanese leader on home soil": an infinitive after "the first"
        // tells what was done, not what is to come, when nothing before it in the clause is still to come.)
        if status == .planned, phrase.hasPrefix("to "), case let before = " " + String(clause.folded.prefix(max(0, trigger - clause.start + 1))),
            [" the first ", " the only ", " the last ", " the second ", " the third "].contains(where: { String(before.suffix(60)).includes($0) }),
            ![" will ", " would ", " expected ", " due ", " set to ", " plans ", " planned ", " scheduled ", " is to ", " are to "].contains(where: before.includes)
        {
            status = .held
        }
        // "He travels to Maputo today for talks with Filipe Nyusi": the trip and what it is for, after its verb, are to come (not
        // what it follows: "travels to Doha later today after meeting Sisi in Cairo on Monday").
        if status == .held, let verb = Triggers.presentTripLater(clause.folded), case let at = trigger - clause.start + 1, at >= verb,
            !Triggers.pastWithin.occurs(in: " " + String(clause.folded.dropFirst(verb).prefix(max(0, at - verb))) + " ")
        {
            status = .planned
        }
        // "the President invited President Zelenskyy to attend the G20 Summit in Bali in November": what someone is
        // invited to is still to come.
        // (Not when the clause dates it in a year already past: "In 2022, … invited … to attend the G20 Summit in Bali in
        // November 2022".)
        if kind != "invitation", kind != "cancellation",
            let invitation = clause.triggers.first(where: { $0.group == "invitation" && $0.offset < trigger }),
            Triggers.invitingVerbs.contains(where: { clause.folded.includes(" " + $0 + " ") }),
            !clause.dates.contains(where: { date in
                (date.end ?? date.start).lastDay < clause.published.firstDay && date.text.split(whereSeparator: { !$0.isNumber }).contains { $0.count == 4 }
            })
        {
            status = .planned
            // ("invited President Putin to visit India next year for the 23rd Annual Summit": where the invitation is to.)
            if host == nil, let destination = clause.places.first(where: { $0.offset > invitation.offset && $0.kind != .adjective }) {
                host = destination.country
                location = destination.city
            }
        }
        return status
    }

    /// Whether an arrival is told by its French participle alone, opening the sentence or after a comma: "Arrivé dimanche dans
    /// la capitale chinoise, M. Trudeau doit …", "Le président, arrivé mercredi à Pékin pour une visite d'État, doit …" are
    /// arrivals done, whatever the main verb's tense.
    static func arrivalParticiple(_ phrase: String, at trigger: Int, in characters: [Character]) -> Bool {
        guard Triggers.foldedArrivalParticiples.contains(phrase), trigger < characters.count,
            // (With its accent: not English "arrive".)
            Triggers.arrivalParticiples.contains(String(characters[trigger...].prefix(while: \.isLetter)).lowercased())
        else { return false }
        let before = characters[..<trigger].reversed().drop { $0 == " " }
        return before.first.map { $0 == "," } ?? true
    }

    /// Whether a visit is what an arrival told by its participle is for: "arrivé mercredi à Pékin pour une visite d'État de trois
    /// jours, doit s'entretenir jeudi …" is a visit under way.
    static func visitOfAnArrival(at trigger: Int, in clause: Clause) -> Bool {
        let window = max(clause.start, trigger - 60)
        guard window < trigger else { return false }
        let before = String(clause.sentence.characters[window..<trigger])
        let words = before.split(separator: " ").map { $0.lowercased() }
        guard let arrival = words.lastIndex(where: Triggers.arrivalParticiples.contains) else { return false }
        return words[arrival...].contains("pour") && !words[..<arrival].contains { ["sera", "seront", "va", "doit"].contains($0) }
    }

    /// Where an event the clause gives no place of its own takes place, by what the clause says around it: a summit under
    /// a dateline, a subject's relative clause placing them, or where the clause sends its people.
    static func sceneOfClause(kind: String, trigger: Int, clause: Clause, discourse: Discourse, starts: [DateMention?])
        -> (country: String, city: String?)?
    {
        let sentence = clause.sentence
        // ("Taking part in the summit were …" under a Kremlin dateline: the summit is where and when the dateline says.)
        // ("BRDO, Slovenia, June 16 (Reuters) - Bush and Putin held their first summit on Saturday": so is one held on the
        // dateline's own day.)
        if kind == "summit", let frame = discourse.frame, frame.dateline,
            frame.timed || frame.start?.precision == .day && starts.count == 1 && starts[0]?.start == frame.start
        {
            return (frame.country, frame.city)
        }
        // ("Justin Trudeau, qui est à Da Nang, au Vietnam, pour la réunion de l'APEC, a eu vendredi des rencontres …", "Xi, who is
        // in Moscow on a state visit, met …": where the subject's relative clause says they are.)
        if ["meeting", "talks", "summit"].contains(kind), let there = Self.subjectIsAt(before: trigger, in: clause) {
            return (there.country, there.city)
        }
        // ("He will then fly to Ireland, where he is due to meet the Taoiseach, Leo Varadkar, at Shannon Airport": a meeting
        // that names no place of its own is where the clause sends its people, before anything the article said earlier.)
        if kind == "meeting" || kind == "talks",
            let destination = clause.places.first(where: { place in
                place.kind != .adjective && place.offset < trigger && place.country != "EU"
                    && clause.triggers.contains { $0.group == "visit" && $0.offset < place.offset && place.offset - $0.offset <= 40 }
                    && Self.isLocated(place, in: sentence.characters, travel: true) && !Self.isOrigin(place, in: sentence.characters)
            })
        {
            return (destination.country, destination.city)
        }
        return nil
    }

    /// The day an undated, held event took place when the text implies one: the day of publication for a call, for what a
    /// readout leads with or a lead tells just done or under way; else the last day the story gave, within the week before.
    static func dayImplied(
        kind: String, phrase: String, trigger: Int, clause: Clause, discourse: Discourse, inPassing: Bool, host: String?,
        apartFromTripToCome: Bool
    ) -> DateMention? {
        let sentence = clause.sentence
        // (What a government's readout leads with, undated, is the day it is published: "Vladimir Putin, who is on a working
        // visit to the Kingdom of Saudi Arabia, held talks in Riyadh with …".)
        // (Not what the lead recalls: "have met many times", "met again in Moscow, the message recalled".)
        let recalled = [" many times", " again", " recalled", " remembered", " previous", " have met", " had met"]
            .contains(where: clause.sentence.text.lowercased().includes)
        let readoutLead = clause.inLead && !inPassing && !recalled && ["meeting", "talks"].contains(kind) && Self.isReadoutSite(clause.site)
        // (And what a lead tells in the present perfect: "Donald Trump has been welcomed by the Queen at Buckingham Palace".)
        let justDone = clause.inLead && !inPassing && !recalled && Triggers.justDone.occurs(in: clause.folded)
        // (And what it tells in the simple present: "Mike Pompeo is in Chile on the first stop of his trip".)
        // (The event's own verb: the present just before its trigger, or the trigger itself, and no past trigger: not "met Wang
        // Yi to discuss Taiwan, which is in the spotlight", "Modi, who visits the US regularly, met Biden".)
        let relative = trigger - clause.start
        let toldDone = Self.toldDone(phrase)
        let presentNews = clause.inLead && !inPassing && !recalled && !toldDone
            && Triggers.presentNews.occurrences(in: clause.folded).contains { found in
                // (Nor a relative's present, "who visits the US regularly", nor a noun, "his visits to Asia".)
                let before = " " + String(clause.folded.prefix(found.offset + 1).suffix(12))
                return found.offset <= relative + 1 && relative - found.offset <= 40
                    && ![" which ", " who ", " that ", ","].contains(where: String(clause.folded.dropFirst(found.offset).prefix(max(0, relative - found.offset))).includes)
                    && ![" which ", " who ", " that ", " qui ", " his ", " her ", " their ", " its ", " several ", " two ", " many "].contains(where: before.hasSuffix)
            }
            && clause.sentence.text.last(where: { !$0.isWhitespace }).map { ".!?»\"”".contains($0) } == true
        if kind == "phone_call" || Triggers.underWay.occurs(in: clause.folded) || readoutLead || justDone || presentNews {
            // A call reported without a date is the day's (press services report calls the day they happen), and so is
            // what the text says is under way ("Putin is holding a meeting with …").
            return DateMention(text: "", offset: 0, start: clause.published)
        }
        // "Dimanche, 14 h 13 : un avion … se pose à Biarritz. … Le ministre iranien s'est entretenu …": what the story goes on
        // to tell, undated and with nothing else to date it, happened on the last day it gave.
        // (Not what a trip was made for, "je suis venu pour préparer la visite du président", nor a summit, whose name is
        // told apart from its days: "CONSEIL EUROPÉEN", then "Bruxelles, le 19 septembre".)
        if !inPassing, !clause.sentenceDated, !apartFromTripToCome, ["visit", "meeting", "talks"].contains(kind),
            clause.plannedFrom.map({ trigger < $0 }) ?? true, !Self.namedAsNoun(trigger, in: sentence.characters),
            // (Nor what the text sets before it: "Vous vous êtes rendu récemment à Damas", "had already met".)
            ![" recemment ", " recently ", " dernierement ", " lately ", " deja ", " already ", " auparavant ", " previously ", " before that ",
                " prior to that ", " avant cela ", " before this "]
                .contains(where: clause.folded.includes),
            // (Nor where the article's news is a trip called off: "Trump calls off Budapest summit" tells of no day there.)
            !discourse.events.contains(where: { $0.hostCountry == host && [.cancelled, .postponed].contains($0.status) }),
            let day = discourse.lastDayGiven, day.start <= clause.published, clause.published.addingDays(-7)! <= day.start
        {
            return DateMention(text: day.text, offset: 0, start: day.start)
        }
        return nil
    }

    /// Whether the trigger is a noun after its determiner ("préparer la visite du président", "his visit"), not a verb telling
    /// the event.
    static func namedAsNoun(_ trigger: Int, in characters: [Character]) -> Bool {
        let before = fold(String(characters[max(0, trigger - 12)..<trigger])).split(separator: " ").last.map(String.init) ?? ""
        return ["la", "le", "l", "les", "sa", "son", "ses", "leur", "leurs", "cette", "ce", "cet", "une", "un", "the", "his", "her", "their",
            "this", "that", "a", "an", "its", "du", "de", "d", "des"].contains(before)
    }

    /// Whether a summit trigger names no summit of its own but the one just reported: "the summit" or "le sommet" opening
    /// the sentence, before a comma or a verb ("The summit, chaired by …", "Le sommet a réuni …"), not before what names one ("the summit
    /// of the Americas", "le sommet du G20").
    static func refersBackToSummit(_ trigger: Int, phrase: String, clause: Clause) -> Bool {
        // (As the sentence's subject: "After the summit, Xi will pay a state visit …" tells of something else.)
        let characters = clause.sentence.characters
        let opening = fold(String(characters[..<trigger])).split(separator: " ")
        // ("The emergency summit, …": an adjective of its kind may come between.)
        guard phrase == "summit" || phrase == "sommet", opening.count == 1 || opening.count == 2 && Triggers.summitAdjectives.contains(String(opening[1])),
            ["the", "le", "ce", "this", "that"].contains(opening[0])
        else { return false }
        let after = trigger + phrase.count
        guard after < characters.count else { return false }
        if characters[after] == "," { return true }
        let next = fold(String(characters[after...].prefix(16))).split(separator: " ").first.map(String.init) ?? ""
        return Triggers.summitBackVerbs.contains(next)
    }

    /// Whether the summit at `trigger` is the one just reported, told as attended: "… were among those attending the summit",
    /// "ont pris part au sommet". Not one named by what follows: "a pris part au sommet pour la paix".
    static func attendsTheSummit(_ trigger: Int, phrase: String, clause: Clause) -> Bool {
        let characters = clause.sentence.characters
        guard phrase == "summit" || phrase == "sommet" else { return false }
        let attending = " " + fold(String(characters[..<trigger])).split(separator: " ").suffix(4).joined(separator: " ") + " "
        let complement = fold(String(characters[min(characters.count, trigger + phrase.count)...].prefix(16))).split(whereSeparator: { !$0.isLetter }).first
        return Triggers.attendingTheSummit.contains(where: attending.hasSuffix)
            && !["de", "du", "des", "d", "pour", "sur", "of", "on", "for", "in", "en", "a", "au", "at"].contains(complement.map(String.init) ?? "")
    }

    /// A government's site that publishes its principal's meetings the day they happen.
    static func isReadoutSite(_ site: String?) -> Bool {
        guard let site else { return false }
        // (The Kremlin's news items report the day's meetings; the State Department and Downing Street publish media notes
        // and summaries days after or before.)
        return site.hasSuffix("kremlin.ru")
    }

    /// A meeting (or summit) in a country foreign to a participant is also that participant's visit.
    static func impliedVisits(of event: ExtractedEvent) -> [ExtractedEvent] {
        guard let host = event.hostCountry else { return [] }
        let travellers = event.participants.filter { !$0.name.isEmpty && isAbroad($0, in: host) }
        // Travellers of one country at a summit came as one delegation: one visit for them all.
        var groups: [[ExtractedEvent.Person]] = []
        for person in travellers {
            if event.kind == "summit", let index = groups.firstIndex(where: { $0[0].country != nil && $0[0].country == person.country }) {
                groups[index].append(person)
            } else {
                groups.append([person])
            }
        }
        return groups.map { group in
            var visit = event
            visit.kind = "visit"
            visit.participants = group
            visit.confidence = 0.5
            visit.implied = true
            return visit
        }
    }

    /// Where a person stands in protocol: a head of state or government, or a minister (or envoy) who travels to them.
    enum Rank { case leader, minister }
}
