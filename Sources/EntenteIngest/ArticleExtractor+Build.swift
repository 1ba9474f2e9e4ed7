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
        // Who: the trigger's own people. "meeting between Number 10 and White House representatives" names nobody.
        var persons = clause.persons
        // ("called on Prime Minister Kishida and conveyed Prime Minister Modi's greetings": whose greetings, not a party.)
        if ["meeting", "talks", "phone_call"].contains(kind) {
            persons.removeAll { $0.offset > trigger && Self.isPossessive($0, in: sentence.characters) }
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
        let people = persons.map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
        var status = clause.status
        // "arrived on Thursday for a state visit ahead of a summit he is expected to dominate": what is to come is the
        // summit; the arrival happened. A marker of the future makes planned the triggers it governs, not the whole clause.
        if status == .planned,
            !Self.futureGoverns(
                trigger - clause.start, length: phrase.count, in: clause.folded, others: clause.triggers.map { $0.offset - clause.start },
                frenchFutures: clause.frenchFutures)
        {
            status = .held
        }
        if let plannedFrom = clause.plannedFrom, trigger >= plannedFrom { status = .planned }
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
        // Who.
        let parties = parties(
            kind: kind, phrase: phrase, trigger: trigger, clause: clause, discourse: discourse, split: split, placement: placement,
            persons: persons, people: people, foldedClause: foldedClause, host: &host, location: &location, status: &status)
        guard case .chosen(let chosen, let passing, let alsoCalled) = parties else {
            if case .events(let events) = parties { return events }
            return []
        }
        var participants = chosen
        var inPassing = passing
        // "s'est rendu à Damas avec son homologue allemande, Annalena Baerbock": the companion travels too.
        var companions: [ExtractedEvent.Person] = []
        // ("his visit to Kyiv on Saturday with President Macron, Chancellor Merz and Prime Minister Tusk": a plain "with"
        // right after the trip's place or day.)
        if kind == "visit", let with = [" avec ", " together with ", " accompanied by ", " accompagne de ", " accompagnee de "]
            .compactMap({ clause.folded.characterOffset(of: $0) }).first(where: { clause.start + $0 > trigger })
                ?? Self.withAfterTrip(trigger: trigger, in: clause)
        {
            let list = Self.listEnd(after: clause.start + with, in: sentence.characters) ?? Int.max
            // ("avec une lettre de Joe Biden", "with a message of support from President Biden": a thing, not a companion.)
            let next = clause.folded.dropFirst(with).split(separator: " ").dropFirst().first.map(String.init) ?? ""
            // ("Arrivé à Nouakchott, le président français s'est entretenu avec A, B et C": whom a meeting between is with
            // is met there, not taken along.)
            let met = clause.triggers.contains { $0.group == "meeting" && $0.offset > trigger && $0.offset < clause.start + with }
            if !["un", "une", "des", "a", "an", "du", "l", "pour"].contains(next), !met {
                companions = persons.filter { $0.offset > clause.start + with && $0.offset <= list && !participants.map(\.name).contains($0.name) }
                    .prefix(4).map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
            }
        }
        // "Accompanied by President Emmanuel Macron, Chancellor Scholz travelled to Kyiv": the opening's people come along.
        if kind == "visit", companions.isEmpty, Self.companionOpening(sentence.characters),
            let comma = sentence.characters[..<min(trigger, sentence.characters.count)].lastIndex(of: ",")
        {
            // (Not someone of the country visited: "Along with President Volodymyr Zelensky, Emmanuel Macron visited Irpin".)
            companions = persons.filter { $0.offset < comma && !participants.map(\.name).contains($0.name) && ($0.country == nil || $0.country != host) }
                .map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
        }
        // "Le président français, accompagné de ses ministres …, Laurent Fabius, et de la Défense, Jean-Yves Le Drian, s'est
        // rendu …": who comes along, between the subject and the verb, travels too.
        if kind == "visit", companions.isEmpty,
            let along = [" accompagne de ", " accompagnee de ", " accompagne par ", " accompagnee par ", " accompanied by "]
                .compactMap({ clause.folded.characterOffset(of: $0) }).min(), clause.start + along < trigger
        {
            companions = persons.filter { $0.offset > clause.start + along && $0.offset < trigger && !participants.map(\.name).contains($0.name) }
                .prefix(4).map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
        }
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
        // ("Taking part in the summit were …" under a Kremlin dateline: the summit is where and when the dateline says.)
        // ("BRDO, Slovenia, June 16 (Reuters) - Bush and Putin held their first summit on Saturday": so is one held on the
        // dateline's own day.)
        if kind == "summit", host == nil, let frame = discourse.frame, frame.dateline,
            frame.timed || frame.start?.precision == .day && starts.count == 1 && starts[0]?.start == frame.start
        {
            host = frame.country
            location = frame.city
        }
        // ("Justin Trudeau, qui est à Da Nang, au Vietnam, pour la réunion de l'APEC, a eu vendredi des rencontres …", "Xi, who is
        // in Moscow on a state visit, met …": where the subject's relative clause says they are.)
        if host == nil, ["meeting", "talks", "summit"].contains(kind), let there = Self.subjectIsAt(before: trigger, in: clause) {
            host = there.country
            location = there.city
        }
        // ("He will then fly to Ireland, where he is due to meet the Taoiseach, Leo Varadkar, at Shannon Airport": a meeting
        // that names no place of its own is where the clause sends its people, before anything the article said earlier.)
        if host == nil, kind == "meeting" || kind == "talks",
            let destination = clause.places.first(where: { place in
                place.kind != .adjective && place.offset < trigger && place.country != "EU"
                    && clause.triggers.contains { $0.group == "visit" && $0.offset < place.offset && place.offset - $0.offset <= 40 }
                    && Self.isLocated(place, in: sentence.characters, travel: true) && !Self.isOrigin(place, in: sentence.characters)
            })
        {
            host = destination.country
            location = destination.city
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
            if dates.isEmpty, starts == [nil], context.host == host, let start = context.start {
                starts = [DateMention(text: context.dateText ?? "", offset: 0, start: start, end: context.end)]
            }
        }
        // (So is what a government's readout leads with, undated: "Vladimir Putin, who is on a working visit to the Kingdom
        // of Saudi Arabia, held talks in Riyadh with …" is the day it is published.)
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
        if starts == [nil] && status == .held
            && (kind == "phone_call" || Triggers.underWay.occurs(in: clause.folded) || readoutLead || justDone || presentNews)
        {
            // A call reported without a date is the day's (press services report calls the day they happen), and so is
            // what the text says is under way ("Putin is holding a meeting with …").
            starts = [DateMention(text: "", offset: 0, start: clause.published)]
        }
        // "Dimanche, 14 h 13 : un avion … se pose à Biarritz. … Le ministre iranien s'est entretenu …": what the story goes on
        // to tell, undated and with nothing else to date it, happened on the last day it gave.
        // (Not what a trip was made for, "je suis venu pour préparer la visite du président", nor a summit, whose name is
        // told apart from its days: "CONSEIL EUROPÉEN", then "Bruxelles, le 19 septembre".)
        if starts == [nil], status == .held, !inPassing, !clause.sentenceDated, !apartFromTripToCome, ["visit", "meeting", "talks"].contains(kind),
            clause.plannedFrom.map({ trigger < $0 }) ?? true, !Self.namedAsNoun(trigger, in: sentence.characters),
            // (Nor what the text sets before it: "Vous vous êtes rendu récemment à Damas", "had already met".)
            ![" recemment ", " recently ", " dernierement ", " lately ", " deja ", " already ", " auparavant ", " previously ", " before that ",
                " prior to that ", " avant cela ", " before this "]
                .contains(where: clause.folded.includes),
            // (Nor where the article's news is a trip called off: "Trump calls off Budapest summit" tells of no day there.)
            !discourse.events.contains(where: { $0.hostCountry == host && [.cancelled, .postponed].contains($0.status) }),
            let day = discourse.lastDayGiven, day.start <= clause.published, clause.published.addingDays(-7)! <= day.start
        {
            starts = [DateMention(text: day.text, offset: 0, start: day.start)]
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
            // ("his attendance late this month at a G-20 summit": the rest of the month is still to come, unless the verb says
            // it is done: "s'est rendu en Allemagne à la fin du mois".)
            if let date, date.start.firstDay > clause.published || date.toCome && !toldDone, kind != "cancellation", kind != "invitation" {
                eventStatus = .planned
            }
            var found = ExtractedEvent(
                kind: kind, status: eventStatus, participants: participants, hostCountry: host, location: location, start: date?.start,
                end: date?.end, dateText: date?.text, evidence: sentence.text, evidenceOffset: sentence.offset, confidence: confidence)
            found.inPassing = inPassing
            found.refersBack = refersBack
            // (Anywhere in the sentence: "Trump had been due in Copenhagen …, in a visit that was also to include talks".)
            found.counterfactual = kind != "cancellation" && kind != "invitation" && Triggers.counterfactual.occurs(in: String(clause.spaced))
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
        }
        return results
    }

    /// When: the dates the trigger's clause governs (several years are several events), settled against the article's
    /// day and the discourse; a summit that refers back to the one just reported takes its host, date and people. `nil`
    /// when the trigger only tells the time of a summit already reported.
    private func dating(
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
        let listed = dates.count > 1 && dates.allSatisfy { $0.start.precision == .year }
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
        // "He spoke by telephone with President Putin the following day", "la veille": a day from the last date given.
        // (The last event dated to the day: not a summit to come in November that an invitation named since.)
        if dates.isEmpty, let last = discourse.events.last(where: { $0.start?.precision == .day && $0.end == nil && !$0.inPassing })?.start {
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
        // "… puis aux Etats-Unis en février, où il a rencontré Joe Biden": a meeting at a stop of a trip the clause dates stop by
        // stop has that stop's date.
        if starts == [nil], kind == "meeting" || kind == "talks", let host,
            let visit = clause.triggers.first(where: { $0.group == "visit" && $0.offset < trigger })
        {
            let stops = Self.cityList(after: visit.offset, in: clause)
            if stops.count > 1, let own = Self.stopDates(stops, in: clause), let index = stops.lastIndex(where: { $0.country == host }) {
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
        if kind == "summit", host == nil, dates.isEmpty, Self.refersBackToSummit(trigger, phrase: phrase, clause: clause),
            let earlier = discourse.events.last(where: { $0.kind == "summit" && !$0.inPassing })
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
        // ("Poutine est arrivé à Astana …, a annoncé mercredi le Kremlin": an arrival is announced the day it happens, when that
        // is the article's or the day before.)
        if starts == [nil], status == .held, kind == "visit", Triggers.arrivals.contains(where: phrase.hasPrefix),
            let announced = clause.reportDates.last(where: { $0.start.precision == .day && $0.start.lastDay <= clause.published.lastDay }),
            clause.published.firstDay.dayNumber - announced.start.firstDay.dayNumber <= 1
        {
            starts = [announced]
        }
        // "au cours de cet entretien téléphonique": the event of that kind just reported, on its date.
        if dates.isEmpty, Self.follows([" cet ", " cette ", " ce ", " this "], trigger - clause.start, within: 1, in: foldedClause),
            let earlier = discourse.events.last(where: { $0.kind == kind }), let start = earlier.start
        {
            starts = [DateMention(text: earlier.dateText ?? "", offset: 0, start: start, end: earlier.end)]
        }
        return Dating(dates: dates, starts: starts, refersBack: refersBack)
    }

    /// What ``dating(kind:phrase:trigger:clause:discourse:foldedClause:host:location:status:participants:)`` finds.
    private struct Dating {
        /// The dates the trigger governs, and the start each event takes (`nil`: undated).
        var dates: [DateMention]
        var starts: [DateMention?]
        /// The summit is the one just reported.
        var refersBack: Bool
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
        if var mention, mention.weekdayGuessed, mention.start.firstDay < clause.published,
            status == .planned || mention.offset >= clause.start
                && (Self.follows(Triggers.scheduledPresent, mention.offset - clause.start, within: 4, in: foldedClause)
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

    /// Who takes part, by kind: the trigger's own people, its guest and receiver, caller and called, inviter and invitee.
    /// Choosing them may settle the host, the place or the status too; a clause that lists several meetings (or
    /// invitations) is built meeting by meeting here, and those events are the answer.
    private func parties(
        kind: String, phrase: String, trigger: Int, clause: Clause, discourse: Discourse, split: Bool, placement: Placement,
        persons: [PersonMention], people: [ExtractedEvent.Person], foldedClause: [Character],
        host: inout String?, location: inout String?, status: inout EventStatus
    ) -> Parties {
        let sentence = clause.sentence
        let (located, governed, city) = (placement.located, placement.governed, placement.city)
        var participants: [ExtractedEvent.Person]
        var inPassing = false
        // Who else a caller calls, each a call of its own.
        var alsoCalled: [ExtractedEvent.Person] = []
        switch kind {
        case "visit":
            if Triggers.attendance.contains(phrase), host == nil || governed.isEmpty { return .events([]) }
            // "The Prime Minister was welcomed to Tirana today by Prime Minister Edi Rama": told from the guest's side, the
            // guest is the subject and the one after "by" receives.
            let passive = Triggers.passiveReceptionPhrases.firstCharacterOffset(in: clause.folded).map { clause.start + $0 }
            if let passive, let guest = persons.last(where: { $0.offset < passive }) {
                participants = [ExtractedEvent.Person(name: guest.name, country: guest.country)]
                if host == nil, let receiver = persons.first(where: { $0.offset > passive }), receiver.country != "EU" { host = receiver.country }
            } else if let reception = Triggers.receptions.compactMap({ clause.folded.characterOffset(of: " " + $0 + " ") }).min(),
                clause.start + reception < trigger, let guest = persons.first(where: { $0.offset > clause.start + reception })
            {
                // "Biden will welcome Prime Minister Modi for an official state visit": the guest is the visitor.
                participants = [ExtractedEvent.Person(name: guest.name, country: guest.country)]
                if host == nil, let receiver = persons.last(where: { $0.offset < clause.start + reception }), receiver.country != "EU" {
                    host = receiver.country
                }
            } else if Triggers.takesSomeoneTo.contains(phrase),
                let (taken, _) = Self.object(after: phrase, in: clause, within: 32, apposition: Triggers.sendsSomeone.contains(phrase))
            {
                // ("The trip took President Bush to Kyoto", "Xi has sent Wang Yi to Moscow": the one taken or sent travels.)
                participants = [ExtractedEvent.Person(name: taken.name, country: taken.country)].filter { $0.country == nil || $0.country != host }
            } else if Self.paidVisit(phrase, at: trigger, in: clause), let visited = Self.visitedPerson(after: trigger, phrase: phrase, clause: clause) {
                // "rendra visite au président pakistanais Asif Ali Zardari": the subject travels to the one visited, met at home.
                // (Not at a gathering, nor during a trip the text has told: "en marge du sommet du G20", "Sur place, il rendra visite
                // au président ukrainien"; and no one visits their own country: "lors de son séjour à Paris".)
                let elsewhere = Triggers.duringTheTrip.occurs(in: String(clause.spaced))
                    || [" sommet ", " summit ", " en marge ", " sidelines ", " g20 ", " g7 "].contains(where: clause.folded.includes)
                if host == nil, !elsewhere, visited.country != "EU" { host = visited.country }
                participants = Array(Self.travellers(persons.filter { $0.offset < trigger }, clause: clause, trigger: trigger, phrase: phrase)
                    .filter { $0.name != visited.name && ($0.country == nil || $0.country != (host ?? visited.country)) }.prefix(1))
            } else if ["visite du", "visite de", "visite en", "visite au", "visit by"].contains(phrase),
                phrase == "visite du" || phrase == "visite de" || persons.contains(where: { $0.offset > trigger })
            {
                // A visit named as a noun is its complement's: "la visite du président de la République"; not its host's,
                // nor its inviter's ("une visite en Irak … à l'invitation du Premier ministre irakien").
                let invitation = Triggers.byInvitation.firstCharacterOffset(in: clause.folded).map { clause.start + $0 }
                participants = Array(
                    persons.filter { $0.offset > trigger && ($0.country == nil || $0.country != host) && $0.offset < (invitation ?? Int.max) }
                        .prefix(1).map { ExtractedEvent.Person(name: $0.name, country: $0.country) })
                // ("lors de la visite de ce dernier à Paris": the one named last before it. Not "ces derniers jours", "ce dernier
                // voyage": the word after it goes on to a place.)
                let after = Self.fold(String(sentence.characters[min(trigger + phrase.count, sentence.characters.count)...].prefix(40)))
                    .split(separator: " ").map(String.init)
                let then = after.dropFirst(2).first ?? ""
                if [["ce", "dernier"], ["cette", "derniere"]].contains(Array(after.prefix(2))),
                    ["a", "au", "aux", "en", "dans", "le", "la", "l", "", "in", "to"].contains(then)
                {
                    participants = persons.last(where: { $0.offset < trigger && ($0.country == nil || $0.country != host) })
                        .map { [ExtractedEvent.Person(name: $0.name, country: $0.country)] } ?? participants
                }
                if participants.isEmpty { participants = Array(people.filter { $0.country == nil || $0.country != host }.prefix(1)) }
            } else {
                // "Dépêchée par le président Joko Widodo, la cheffe de la diplomatie … est arrivée": the one who sent the
                // traveller opens the sentence, and is not the one who travels.
                participants = Array(Self.travellers(persons, clause: clause, trigger: trigger, phrase: phrase).filter { $0.country == nil || $0.country != host }.prefix(1))
                // "Le Nigérian Muhammadu Buhari et la Libérienne Ellen Johnson Sirleaf se sont rendus à Banjul": subjects joined
                // before the trigger travel as one delegation.
                if let traveller = participants.first, let first = persons.first(where: { $0.name == traveller.name && $0.offset < trigger }),
                    let second = persons.first(where: { $0.offset > first.offset }), second.offset < trigger,
                    second.name != traveller.name, Self.joined(first, second, in: sentence.characters),
                    second.country == nil || second.country != host
                {
                    participants.append(ExtractedEvent.Person(name: second.name, country: second.country))
                }
            }
            // "The comprehensive tour will also include stops in Israel, …": the next legs of a tour, told with no one named,
            // are the traveller's of the last trip told. (The tour must be what the clause is about: "Most migrants make a
            // stopover in Agadez" is no one's trip.)
            if participants.isEmpty, Triggers.onwardSet.contains(phrase),
                // (In the sentence: "son périple qui l'avait plus tôt emmené en Afrique du Sud" names it before its clause.)
                case let spaced = String(clause.spaced),
                (Self.tourNouns + [" visit ", " visite "]).contains(where: { noun in spaced.characterOffset(of: noun).map { $0 < trigger + 1 } ?? false }),
                let last = discourse.events.last(where: { $0.kind == "visit" && !$0.inPassing }), let traveller = last.participants.first,
                traveller.country == nil || traveller.country != host
            {
                participants = [traveller]
                // ("The tour includes Baku, Moscow, Yerevan and Tbilisi": told in the present, the legs are as the trip is.)
                if phrase.hasSuffix(" includes") { status = last.status }
            }
            // "son grand voisin": a destination by description is the country the sentence named before.
            // ("Prime Minister Modi of India": a country after "of" is the visitor's own.)
            if host == nil, let visitor = participants.first,
                let earlier = clause.sentencePlaces.last(where: {
                    $0.offset < trigger && $0.kind == .country && $0.country != visitor.country
                        && !Self.isAfterOf($0.offset, in: sentence.characters)
                })
            {
                host = earlier.country
            }
        case "invitation":
            let byInvitation = Triggers.byInvitation.occurs(in: clause.folded)
            // "à l'invitation de A, de B et de C": one invitation from each.
            let inviters = persons.filter { $0.offset > trigger }
            if byInvitation, !split, inviters.count >= 2, let invitee = persons.last(where: { $0.offset < trigger }) ?? clause.previousSubject {
                return .events(inviters.flatMap { inviter in
                    var single = clause
                    single.persons = [invitee, inviter]
                    return build(kind: kind, phrase: phrase, trigger: trigger, clause: single, discourse: discourse, split: true)
                })
            }
            participants = Array(people.prefix(2))
            // "Sharif accepted Modi's invitation" (the name right before it), "invité au sommet par M. Ould Abdel Aziz": the one
            // whose invitation it is invites the subject, to the inviter's country (not where the subject deliberated: "…
            // after several days of deliberation in Islamabad"). ("accepted Thailand's invitation": a country's, no one's.)
            let possessor = phrase == "s invitation" ? persons.last(where: { $0.offset < trigger && trigger - $0.offset <= 28 }) : nil
            let agent = Triggers.invitedBy.contains(phrase) ? persons.first(where: { $0.offset > trigger }) : nil
            if let inviter = possessor ?? agent,
                let invitee = persons.first(where: { $0.offset < min(inviter.offset, trigger) }) ?? clause.previousSubject, invitee.name != inviter.name
            {
                participants = [inviter, invitee].map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
                host = inviter.country
                location = nil
                break
            }
            // "Johnson reiterated his thanks for India's invitation": a country's invitation, from its government, to it.
            if phrase == "s invitation", possessor == nil,
                let country = clause.places.last(where: { $0.kind == .country && $0.offset < trigger && trigger - ($0.offset + $0.text.count) <= 1 }),
                let invitee = persons.last(where: { $0.offset < trigger }) ?? clause.previousSubject, invitee.country != country.country
            {
                participants = [ExtractedEvent.Person(name: "", country: country.country), ExtractedEvent.Person(name: invitee.name, country: invitee.country)]
                host = country.country
                location = nil
                break
            }
            // "At the invitation of X, Y arrived …": nobody before it, so the inviter comes first and the guest after.
            let opensSentence = !persons.contains { $0.offset < trigger }
            if byInvitation, participants.count == 2, !opensSentence {
                participants.reverse()
                // The invitation is to the inviter's country, unless the clause names the destination after it.
                if split || governed.isEmpty, let country = participants[0].country { host = country }
            }
            // "Il a invité Theresa May à lui rendre visite": to the inviter's country.
            if !byInvitation, governed.isEmpty, participants.count == 2, let inviter = participants[0].country,
                [" lui rendre visite", " leur rendre visite", " to visit him", " to visit her", " to visit them"].contains(where: clause.folded.includes)
            {
                host = inviter
            }
            if !Triggers.futureInvitation.occurs(in: clause.folded) { status = .held }
        case "cancellation":
            // Who called it off: the agent named after the trigger ("annulé … par le président américain"), else the subject of an
            // active verb ("Trump calls off Budapest summit with Putin", "Peña Nieto a annulé la rencontre … avec Donald Trump"),
            // else the person named after it. (Who decided against going is the subject: "Putin will not travel …".)
            let after = persons.filter { person in person.offset > trigger || person.offsets.contains { $0 > trigger } }
            let byAgent = after.first { person in
                let offset = ([person.offset] + person.offsets).first { $0 > trigger }!
                let before = " " + Self.fold(String(sentence.characters[max(trigger, offset - 40)..<offset])) + " "
                return [" par ", " by "].contains(where: before.includes)
            }
            // ("Trump is calling off the summit": a progressive is active.)
            let progressive = phrase.split(separator: " ").first?.hasSuffix("ing") == true
            let active = progressive || !Self.passiveBefore(trigger, in: sentence.characters, words: 2)
            let subject = active ? persons.first { $0.offset < trigger } : nil
            // (A passive with no agent names who called it off by who announced it: "…, has been postponed, Chief Cabinet Secretary
            // Yoshihide Suga announced on Thursday".)
            let agent = Triggers.declined.contains(phrase) ? persons.last { $0.offset < trigger }
                : byAgent ?? subject ?? (active ? nil : clause.announcer) ?? after.first ?? persons.first
            participants = agent.map { [ExtractedEvent.Person(name: $0.name, country: $0.country)] } ?? []
            // Where the trip or meeting called off was to be ("has canceled a planned visit to Malaysia", "le voyage … à
            // Ouagadougou a été reporté"); not the agent's own country, where the call-off was announced.
            let destination = located.first { $0.country != agent?.country && $0.country != "EU" && $0.kind != .region }
            host = destination?.country
            location = destination?.kind == .city ? destination?.city : nil
            status = .held
        case "phone_call":
            // The caller is the one named nearest before the call, the other the first named after it
            // ("après que le président américain Donald Trump est convenu … lors d'un entretien téléphonique avec … Poutine").
            let before = persons.filter { $0.offset < trigger }
            // "after our telephone conversation", in a transcript: the speaker's and the one spoken to.
            let possessive = Self.fold(String(sentence.characters[max(0, trigger - 7)..<trigger])).split(separator: " ").last
            // ("We have spoken on the telephone": the speaker and the one spoken to.)
            let ours = (["our", "notre", "nos"].contains(possessive)
                || persons.count == 1 && persons[0].name == clause.speaker?.name && persons[0].offset < trigger)
                // ("our telephone conversation with President Joe Biden": the one named after "with".)
                && !(clause.folded.characterOffset(of: " with ", from: trigger - clause.start).map { $0 - (trigger - clause.start) <= phrase.count + 8 }
                    ?? false)
            // ("deux conversations téléphoniques entre Vladimir Poutine et Joe Biden", "a phone call between A and B": the two
            // named after it.)
            let between = [" entre ", " between "].contains { String(clause.folded.dropFirst(trigger - clause.start + 1 + phrase.count).prefix(10)).hasPrefix($0) }
            let pair = persons.filter { $0.offset > trigger }.prefix(2)
            if let speaker = clause.speaker, let addressee = clause.addressee, ours {
                participants = [speaker, addressee].map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
            } else if between, pair.count == 2, pair.last!.offset - trigger <= 80 {
                participants = pair.map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
            } else if before.count >= 2, let first = before.dropLast().last, let second = before.last,
                Self.joined(first, second, in: sentence.characters)
            {
                // "Emmanuel Macron, et Denis Sassou Nguesso, son homologue, se sont parlé par téléphone": both subjects.
                participants = [first, second].map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
            } else if let object = persons.first(where: { $0.offset > trigger }), let caller = persons.last(where: { $0.offset < trigger }) {
                participants = [caller, object].map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
                // ("il appellerait le président sud-coréen Moon Jae-in et le Premier ministre japonais Shinzo Abe": one call each.)
                // ("held phone conversations with French President Emmanuel Macron, Indonesian President Joko Widodo, …": so are
                // calls told in the plural.)
                let several = Triggers.severalCalls.contains(phrase) || Triggers.severalMeetings.occurs(in: clause.folded)
                if Triggers.callVerbs.contains(phrase) || several {
                    // ("qu'il appellerait", "plans to telephone": a call still to make.)
                    if Triggers.callsToMake.contains(phrase) { status = .planned }
                    let end = Self.listEnd(after: object.offset, in: sentence.characters) ?? Int.max
                    alsoCalled = persons.filter { $0.offset > object.offset && $0.offset <= end }.prefix(several ? 8 : 3)
                        .map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
                } else {
                    // ("spoke by phone with Donald Trump, Theresa May and Angela Merkel": a call is between two, so a list of
                    // those called is one call each; only the list, not who is spoken about: "spoke with Putin about Erdoğan".)
                    var previous = object
                    for next in persons where next.offset > object.offset {
                        guard Self.listedAfter(previous, next, in: sentence.characters), alsoCalled.count < 7 else { break }
                        alsoCalled.append(ExtractedEvent.Person(name: next.name, country: next.country))
                        previous = next
                    }
                }
            } else {
                participants = Array(people.prefix(2))
            }
            host = nil
            location = nil
        case "summit":
            // "le dernier sommet": a summit mentioned in passing has only the people it names.
            let past = Self.precededByPast(trigger, clause: clause)
            let named = persons.filter { $0.source != .reference }.map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
            // ("Taking part in the summit were the Presidents of A, B, C, D and E": every one named.)
            let attendance = Triggers.summitAttendance.occurs(in: clause.folded)
            participants = Array((past ? named : people).prefix(attendance ? 12 : 8))
            if past { status = .held }
            inPassing = past
            if city == nil && host == nil { location = nil }
        default:
            // The people the trigger governs: after the first person met, a comma that opens a phrase of another
            // kind ("…, à quelques jours de l'investiture de Donald Trump") ends the list.
            let characters = sentence.characters
            if let firstObject = persons.first(where: { $0.offset > trigger }),
                let comma = Self.listEnd(after: firstObject.offset, in: characters)
            {
                participants = persons.filter { $0.offset <= comma }.prefix(8).map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
            } else {
                participants = Array(people.prefix(8))
            }
            // ("La rencontre entre Lavrov et Blinken fait suite à deux conversations entre Poutine et Biden": those of what it
            // follows are not its people.)
            if let follows = Triggers.followsUpOn.firstCharacterOffset(in: clause.folded).map({ clause.start + $0 }), follows > trigger {
                let later = Set(persons.filter { $0.offset > follows }.map(\.name)).subtracting(persons.filter { $0.offset < follows }.map(\.name))
                participants.removeAll { later.contains($0.name) }
            }
            if split { break }
            // "a meeting between France, Germany, Turkey and the UK": countries known only by name take part as such.
            if participants.count < 2, let between = [" between ", " entre "].compactMap({ clause.folded.characterOffset(of: $0) }).first,
                between >= trigger - clause.start
            {
                let countries = Self.countryList(after: clause.start + between, in: clause)
                if countries.count >= 2 { participants = countries.map { ExtractedEvent.Person(name: "", country: $0) } }
            }
            // "Après sa rencontre avec M. Nieto mardi, M. Trudeau a tenu une conférence de presse": the possessive is the
            // subject named after the opening phrase.
            if participants.count == 1, ["sa", "son", "ses", "his", "her"].contains(Self.fold(String(sentence.characters[max(0, trigger - 5)..<trigger])).split(separator: " ").last.map(String.init) ?? ""),
                let object = persons.first(where: { $0.offset > trigger }), let end = Self.listEnd(after: object.offset, in: sentence.characters),
                let subject = persons.first(where: { $0.offset > end && $0.name != object.name }), subject.offset - end <= 16
            {
                participants.insert(ExtractedEvent.Person(name: subject.name, country: subject.country), at: 0)
            }
            // (Not when someone the registry does not know is the subject: "Dominique de Villepin a rencontré Colin Powell".)
            if participants.count == 1, let other = clause.previousSubject, other.name != participants[0].name,
                !Self.unknownSubject(before: trigger, in: clause, other: other.name)
            {
                participants.insert(ExtractedEvent.Person(name: other.name, country: other.country), at: 0)
            }
            // "un entretien avec X, suivi d'une rencontre avec Y et d'une audience auprès de Z": one meeting each.
            var objects = Self.meetingObjects(in: clause)
            // "bilateral meetings with A, B, and C": one meeting with each.
            if let plural = Triggers.separateMeetings.compactMap({ clause.folded.characterOffset(of: $0) }).first {
                objects = persons.filter { $0.offset > clause.start + plural }.map { (clause.start + plural, $0) }
            }
            // "elle a rencontré le général Min Aung Hlaing, puis la conseillère d'État Aung San Suu Kyi": one meeting, then another.
            if kind == "meeting", objects.count < 2 {
                // ("puis a remercié Joe Biden", "and then thanked": a verb after it is another act, not another meeting.)
                let sequels = Triggers.sequels.occurrences(in: clause.folded).filter { occurrence in
                    let end = occurrence.offset + Triggers.sequels.phrases[occurrence.phrase].count
                    let next = clause.folded.dropFirst(end).split(separator: " ").first.map(String.init) ?? ""
                    // ("reçu au Vatican par le pape François, puis à Rome par le président Napolitano": a place first.)
                    let placeFirst = ["a", "au", "aux", "en", "in", "to"].contains(next)
                        && clause.places.contains { $0.kind != .adjective && $0.offset > clause.start + end && $0.offset - (clause.start + end) <= next.count + 5 }
                    return Triggers.personOpeners.contains(next) || clause.persons.contains { $0.offset == clause.start + end } || placeFirst
                }.map { clause.start + $0.offset }.filter { $0 > trigger }.sorted()
                if let firstSequel = sequels.first, let first = persons.first(where: { $0.offset > trigger && $0.offset < firstSequel }) {
                    var sequence = [(trigger: trigger, person: first)]
                    for (index, sequel) in sequels.enumerated() {
                        let limit = index + 1 < sequels.count ? sequels[index + 1] : Int.max
                        if let next = persons.first(where: { $0.offset > sequel && $0.offset < limit }) { sequence.append((sequel, next)) }
                    }
                    if sequence.count >= 2 { objects = sequence }
                }
            }
            if kind == "meeting", objects.count >= 2, let subject = persons.first(where: { $0.offset < objects[0].trigger }) {
                var results: [ExtractedEvent] = []
                for (index, object) in objects.enumerated() where object.person.name != subject.name {
                    var single = clause
                    single.persons = [subject, object.person]
                    // Each meeting is where its own part of the clause says ("reçu par Renzi, puis au Vatican par le
                    // pape": the Vatican is the second's), else where the clause said before the first.
                    let from = index == 0 ? clause.start : object.trigger
                    let until = index + 1 < objects.count ? objects[index + 1].trigger : Int.max
                    let own = clause.places.filter { $0.offset >= from && $0.offset < until }
                    single.places = own.isEmpty ? clause.places.filter { $0.offset < objects[0].trigger } : own
                    single.triggers = [("meeting", object.trigger)]
                    results += build(kind: "meeting", phrase: phrase, trigger: object.trigger, clause: single, discourse: discourse, split: true)
                }
                return .events(results)
            }
        }
        return .chosen(participants: participants, inPassing: inPassing, alsoCalled: alsoCalled)
    }

    /// What ``parties(kind:phrase:trigger:clause:discourse:split:placement:persons:people:foldedClause:host:location:status:)``
    /// decides.
    private enum Parties {
        /// The participants, whether the event is told in passing, and whom else a caller calls (a call each).
        case chosen(participants: [ExtractedEvent.Person], inPassing: Bool, alsoCalled: [ExtractedEvent.Person])
        /// The events themselves, built one by one (or none).
        case events([ExtractedEvent])
    }

    /// Where an event is (its host country and place), and which of the clause's places the trigger governs; `nil` when the
    /// trigger makes no event after all (a letter received, guests the text does not name).
    static func placement(kind: String, phrase: String, trigger: Int, clause: Clause, discourse: Discourse, foldedClause: [Character]) -> Placement? {
        let sentence = clause.sentence
        // (What a trip is for is where it goes: "headed to the United States on Sunday for a summit with his U.S. counterpart".)
        let tripPurpose = ["meeting", "talks", "summit"].contains(kind) && clause.triggers.contains { $0.group == "visit" && $0.offset < trigger }
            && Self.follows([" for a ", " for the ", " for ", " pour un ", " pour une ", " pour le ", " pour la "], trigger - clause.start,
                within: 12, in: foldedClause)
        let travel = kind == "visit" || kind == "invitation" || phrase == "welcomed" || tripPurpose
        // Where: a place after a locative preposition, the one after the trigger first ("sommet du G20 à Londres");
        // else a city; a country name unlocated ("with regard to Iran") only for a trip. Adjectives say who, not where.
        // (The place a "where" clause is about, named before it, is where its events are.)
        var located = clause.places.filter {
            $0.kind != .adjective && ($0.offset < clause.start || Self.isLocated($0, in: sentence.characters, travel: travel))
        }
        // «Macron se rendra au Maroc», a confié une source à l'Élysée: a quoted event is placed by the quotation, not its attribution.
        if let quotation = PersonFinder.quotation(containing: trigger, in: sentence.characters) {
            let inside = located.filter { quotation.contains($0.offset) }
            if !inside.isEmpty { located = inside }
        }
        // ("…, the foreign ministry in Warsaw has said": where the source of the report sits places nothing.)
        located.removeAll { Self.seatOfTheSource($0, in: sentence.characters) }
        // ("cancelled talks with Macron, citing tensions in Ukraine": a place the cause names places nothing.)
        let cause = Triggers.causes.occurrences(in: clause.folded).map { clause.start + $0.offset }.filter { $0 > trigger }.min() ?? Int.max
        located.removeAll { $0.offset > cause }
        // ("a rencontré mercredi Hassan Rohani, qu'il a invité en Allemagne": a place after an invitation told later is where
        // the invitation is to, not where the meeting was.)
        if kind != "invitation", let invited = clause.triggers.filter({ $0.group == "invitation" && $0.offset > trigger }).map(\.offset).min() {
            located.removeAll { $0.offset > invited }
        }
        // ("talks with his counterparts in Algeria, Mauritania, Senegal and Mali": the countries a plural title names say whose
        // holders they are, not where they meet.)
        let pluralTitled = Dictionary(grouping: clause.persons.filter { $0.source == .title }, by: \.offset).values.filter { $0.count >= 2 }
        located.removeAll { place in
            pluralTitled.contains { group in
                place.offset > group[0].offset && place.offset - group[0].offset <= 120 && group.contains { $0.country == place.country }
                    && Self.listedInTitle(place, after: group[0].offset, in: clause)
            }
        }
        let governed = located.filter { $0.offset > trigger }
        var city: PlaceMention?
        var countryPlace: PlaceMention?
        if kind == "invitation", let destination = governed.first ?? clause.places.first(where: { $0.offset > trigger && $0.kind != .adjective }) {
            // "qu'il a invité à se rendre en Russie": the invitation's destination follows it.
            city = destination.kind == .city ? destination : nil
            countryPlace = destination
        } else {
            // ("Prime Minister Narendra Modi of India": a country after "of" says whose, not where.)
            countryPlace = governed.first ?? located.first
                ?? (travel ? clause.places.first { $0.kind == .country && !Self.isAfterOf($0.offset, in: sentence.characters) } : nil)
            // A city named without a preposition only places the event when no country is given or it lies there
            // ("se rendra en Géorgie, selon la Maison Blanche" is no visit to Washington).
            // (Not a city of the subject's own country, when the trigger names another: "Rabuka has cancelled a visit to China …
            // after suffering an injury at his office complex in Suva".)
            let home = clause.persons.first { $0.offset < trigger }?.country
            let inCountry = { (place: PlaceMention) in
                countryPlace.map { $0.kind == .city || $0.offset > place.offset || $0.country == place.country || place.country != home } ?? true
            }
            city = governed.first { $0.kind == .city && inCountry($0) } ?? located.first { $0.kind == .city && inCountry($0) }
                ?? clause.places.first {
                    $0.kind == .city && (countryPlace == nil || $0.country == countryPlace?.country) && !Self.isAhead($0, in: sentence.characters)
                        && !Self.isAttribution($0, in: sentence.characters) && !Self.seatOfTheSource($0, in: sentence.characters)
                        // ("to discuss the humanitarian situation in Gaza": what was talked about.)
                        && Self.wordsBefore($0, in: sentence.characters).dropLast().last.map { Self.topicNouns.contains(String($0)) } != true
                        // ("Kyiv's territorial integrity": the government's.)
                        && !Self.isPossessive($0, in: sentence.characters)
                        // ("convaincre le président chinois de peser sur Moscou", "pressure on Moscow": a government, not a place.)
                        && Self.wordsBefore($0, in: sentence.characters).last.map { Self.governmentPrepositions.contains(String($0)) } != true
                        // (Where a trip came from places nothing; a "where" clause's place just named it may.)
                        && ($0.offset < clause.start || !Self.isOrigin($0, in: sentence.characters))
                }
        }
        // ("une visite dans six États membres de l'UE": the Union is no country to host anything.)
        var host = (city?.country ?? countryPlace?.country).flatMap { $0 == "EU" ? nil : $0 }
        var location = city?.city
        // "the UK's AI Summit": a country in the possessive just before a summit is its host.
        if kind == "summit", host == nil, let owner = Self.possessive(before: trigger, clause: clause) { host = owner }
        // ("since the Beijing Summit of the Forum on China-Africa Cooperation in 2006": a city naming the summit hosts it.)
        if kind == "summit", host == nil, let city = Self.cityNaming(trigger, clause: clause) {
            host = city.country
            location = city.city
        }
        // ("Türkiye will host the annual NATO summit in 2026", "In 2019, Russia hosted the first ever Russia-Africa Summit": the
        // country that hosts it.)
        if kind == "summit", host == nil, let owner = Self.hostingCountry(before: trigger, clause: clause) { host = owner }
        // "President Biden will welcome Prime Minister Modi for a state visit": a reception with no place given is in
        // the receiving country.
        // (Not a passive one: "will be received by President Vladimir Putin" is the guest's side.)
        // ("Macky Sall recevra les honneurs militaires … et aura un entretien avec François Hollande": honours received are
        // no guest, and place nothing.)
        let reception = Triggers.receptions.contains(phrase) && !Self.receivesHonours(after: trigger + phrase.count, in: clause)
        // (Or with the host as its agent: "Obama …, welcomed at the Merdeka Palace by President Yudhoyono".)
        let passive = reception && (Self.passiveBefore(trigger, in: sentence.characters, english: true)
            || ["welcomed", "received"].contains(phrase) && Self.receivingAgent(after: trigger, in: clause) != nil)
        if host == nil, reception, !passive, let receiver = clause.persons.last(where: { $0.offset < trigger }),
            let country = receiver.country, country != "EU"
        {
            // (Unless the article has the receiver abroad that day: "Au deuxième jour de sa visite d'État en France, … Il a reçu
            // …", "Aux USA, Félix Tshisekedi … a reçu son homologue zambien".)
            let away = clause.persons.contains(where: { $0.offset > trigger })
                ? Self.tripAbroad(of: receiver.name, home: country, clause: clause, discourse: discourse) : nil
            host = away?.hostCountry ?? country
            if let away { location = away.location }
        }
        // "During the visit, King Abdullah will hold talks with …", "Au cours de sa visite, il s'entretiendra avec …": with no
        // place of its own, a meeting told as during the trip is where the subject's trip abroad is.
        // (The visit last told must be the subject's: "Yoon will visit the United States next week. During the visit, Biden will
        // meet Yoon" is the guest's visit, and Biden's own trip to Japan is not the one meant.)
        if host == nil, kind == "meeting" || kind == "talks", Triggers.duringTheTrip.occurs(in: String(clause.spaced)),
            let subject = clause.persons.first(where: { $0.offset < trigger }), let home = subject.country,
            discourse.events.last(where: { $0.kind == "visit" && !$0.inPassing })?.participants.contains(where: { $0.name == subject.name }) == true,
            let trip = Self.tripAbroad(of: subject.name, home: home, clause: clause, discourse: discourse)
        {
            host = trip.hostCountry
            location = trip.location
        }
        // "La lettre de Vladimir Poutine, reçue par Emmanuel Macron": what was received is a thing of someone's, not a guest.
        if kind == "meeting", Triggers.passiveReceptions.contains(phrase), let guest = clause.persons.last(where: { $0.offset < trigger }),
            ["de", "du", "d", "of", "from"].contains(Self.fold(String(sentence.characters[max(0, guest.offset - 6)..<guest.offset]))
                .split(separator: " ").last.map(String.init) ?? ""),
            !clause.persons.contains(where: { $0.offset < guest.offset })
        {
            return nil
        }
        // "Lula reçu par Xi Jinping": the one who receives, named after, is at home.
        if host == nil, kind == "meeting", Triggers.passiveReceptions.contains(phrase) || passive,
            let receiver = clause.persons.first(where: { $0.offset > trigger }), let country = receiver.country, country != "EU",
            clause.persons.contains(where: { $0.offset < trigger && $0.country != country })
        {
            host = country
        }
        // "Les deux responsables européens ont été reçus par le président Zelensky": guests the text does not name make no
        // meeting of the host with someone else.
        if Triggers.pluralPassives.contains(phrase), !clause.persons.contains(where: { $0.offset < trigger }) { return nil }
        return Placement(host: host, location: location, located: located, governed: governed, city: city)
    }

    /// What ``placement(kind:phrase:trigger:clause:discourse:foldedClause:)`` finds.
    struct Placement {
        var host: String?
        var location: String?
        /// The places the clause names as where something happens, and those of them after the trigger.
        var located: [PlaceMention]
        var governed: [PlaceMention]
        /// The city the event is in, when one is named.
        var city: PlaceMention?
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
        guard phrase == "summit" || phrase == "sommet", opening.count == 1, ["the", "le", "ce", "this", "that"].contains(opening[0])
        else { return false }
        let after = trigger + phrase.count
        guard after < characters.count else { return false }
        if characters[after] == "," { return true }
        let next = fold(String(characters[after...].prefix(16))).split(separator: " ").first.map(String.init) ?? ""
        return Triggers.summitBackVerbs.contains(next)
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
