import EntenteModel

/// What a sentence refers back to or leans on: the summit it fills, the visit it dates, who "je" and
/// "vous" are, and whose government published the text.
extension ArticleExtractor {
    /// "L'UE sera représentée par Herman Van Rompuy …": the people join the summit just reported, and
    /// those who come from abroad visit its host. Returns whether the sentence was such a one.
    static func representation(in folded: String, persons: [PersonMention], discourse: inout Discourse) -> Bool {
        // (Not a sentence that reports who decided against going: "Putin will not travel …, and will be represented by Lavrov".)
        guard !persons.isEmpty, Triggers.representation.occurs(in: folded), !Triggers.declinedSet.occurs(in: folded),
            let index = discourse.events.lastIndex(where: { $0.kind == "summit" })
        else { return false }
        let summit = discourse.events[index]
        var delegation: [ExtractedEvent.Person] = []
        // ("Le président ivoirien Alassane Ouattara, absent, était représenté par son vice-président Tiémoko Meyliet Koné": who
        // is represented did not come; who represents them comes from their country, though the registry may not know them.)
        let phrase = Triggers.representation.firstCharacterOffset(in: folded) ?? 0
        let represented = persons.last { $0.offset < phrase && $0.country != nil }
        let representatives = persons.contains(where: { $0.offset >= phrase }) ? persons.filter { $0.offset >= phrase } : persons
        for person in representatives where !summit.participants.contains(where: { $0.name == person.name }) {
            let participant = ExtractedEvent.Person(name: person.name, country: person.country ?? represented?.country)
            discourse.events[index].participants.append(participant)
            if let host = summit.hostCountry, isAbroad(participant, in: host) { delegation.append(participant) }
        }
        // Those who represent one side together travel as one delegation: one visit per country they come from.
        var countries: [String?] = []
        for person in delegation where !countries.contains(person.country) { countries.append(person.country) }
        for country in countries {
            var visit = summit
            visit.kind = "visit"
            visit.participants = delegation.filter { $0.country == country }
            discourse.events.append(visit)
        }
        return true
    }

    /// "Cette visite aura lieu au début de l'année prochaine": a sentence naming no one that refers to the
    /// visit last reported gives it its date and status; "Elle …" in the next sentence refers to it too.
    static func visitReference(
        in folded: String, sentence: Sentence, persons: [PersonMention], dates: [DateMention], published: PartialDate, newEvents: Int,
        discourse: inout Discourse
    ) {
        let pronoun = [" elle ", " il ", " it "].contains { folded.hasPrefix($0) }
        // ("La visite, initialement prévue du 26 au 29 mars, avait été reportée le 24 mars, à la demande d'Emmanuel Macron",
        // "Elle avait été initialement programmée du 23 au 25 octobre": the visit reported, at the days first set, which it
        // no longer has: postponed. Whoever else the sentence names asked for it or announced it.)
        let nothingElseTold = discourse.events[newEvents...].allSatisfy { $0.kind == "cancellation" }
        let firstSet = nothingElseTold && !dates.isEmpty && Triggers.initiallySet.occurs(in: folded)
            && (pronoun || Triggers.visitReferences.occurs(in: folded) || Triggers.theVisit.contains(where: folded.hasPrefix))
        // (For days first set, the visit the news is about, the latest told: not one before it the text recalls, "…, la première
        // depuis Jacques Chirac en 2000".)
        let latest = discourse.events[..<newEvents].indices.filter { discourse.events[$0].kind == "visit" && !discourse.events[$0].inPassing }
            .max { a, b in
                guard let second = discourse.events[b].start else { return false }
                return discourse.events[a].start.map { $0.firstDay < second.firstDay } ?? true
            }
        if persons.isEmpty || firstSet, Triggers.visitReferences.occurs(in: folded) || firstSet,
            let index = firstSet ? latest : discourse.events[..<newEvents].lastIndex(where: { $0.kind == "visit" })
        {
            // "Cette visite précédera le sommet du Forum …, prévu les 5 et 6 septembre": the visit's people attend the
            // summit the sentence names, and its dates are the summit's, not the visit's.
            // (Not a summit already past: "Cette visite intervient après le sommet de l'OTAN".)
            let attended = discourse.events.indices.dropFirst(newEvents).filter {
                discourse.events[$0].kind == "summit" && discourse.events[$0].participants.isEmpty && !discourse.events[$0].inPassing
                    && !folded.includes(" apres ") && !folded.includes(" after ")
            }
            if !attended.isEmpty {
                let visit = discourse.events[index]
                for summit in attended {
                    discourse.events[summit].participants = visit.participants
                    discourse.events[summit].hostCountry = discourse.events[summit].hostCountry ?? visit.hostCountry
                }
                discourse.referent = nil
                return
            }
            var visit = discourse.events[index]
            if let date = dates.first {
                visit.start = date.start
                visit.end = date.end
                visit.dateText = date.text
            }
            visit.status = Triggers.isFuture(folded) || (visit.start.map { $0.firstDay > published } ?? false) ? .planned : .held
            if firstSet, visit.start != discourse.events[index].start { visit.status = .postponed }
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
                if discourse.events[index].start == nil { discourse.events[index].takeDate(of: visit) }
            }
            discourse.referent = nil
        } else {
            discourse.referent = nil
        }
    }

    /// "Today it has been confirmed that the meeting will take place on June 5": a sentence naming no one that dates the
    /// meeting last reported gives it that date and its status, as another report of it, with the trips it implies.
    static func meetingReference(
        in folded: String, sentence: Sentence, persons: [PersonMention], places: [PlaceMention], dates: [DateMention], published: PartialDate,
        newEvents: Int, discourse: inout Discourse
    ) {
        // (The date right after the reference: "Today it has been confirmed that the meeting will take place on June 5"; not one
        // further on, "deux ans après la précédente, en 2019".)
        guard persons.isEmpty, newEvents == discourse.events.count, let reference = Triggers.meetingReferences.occurrences(in: folded).min(by: { $0.offset < $1.offset }),
            case let end = reference.offset + Triggers.meetingReferences.phrases[reference.phrase].count,
            // (Within the same stretch, no comma between: "La rencontre aura lieu au palais de l'Elysée le 5 juillet"; not
            // "…, deux ans après la précédente, en 2019".)
            let date = dates.first(where: { date in
                date.offset >= end - 2 && date.offset <= end + 48
                    && !sentence.characters[min(max(0, end - 2), date.offset)..<date.offset].contains(",")
            }),
            let index = discourse.events[..<newEvents].lastIndex(where: { ["meeting", "talks"].contains($0.kind) && !$0.inPassing })
        else { return }
        let status: EventStatus = Triggers.isFuture(folded) || date.start.firstDay > published ? .planned : .held
        // (Where the sentence says: "La rencontre aura lieu en avril à Pékin", "… au palais de l'Elysée le 5 juillet".)
        // (Not past a dash or a comma: "… on June 5 – Constitution Day in Denmark".)
        let place = places.first { place in
            place.kind != .adjective && place.country != "EU" && isLocated(place, in: sentence.characters, travel: false)
                && place.offset >= end - 2 && place.offset <= end + 48
                && !sentence.characters[min(max(0, end - 2), place.offset)..<place.offset].contains(where: { ",–—-".contains($0) })
        }
        // An undated meeting still to come (and the trips it implied) takes the date; another is reported again at this one
        // ("Macron a rencontré Xi Jinping à Bali. La rencontre aura lieu en avril à Pékin" is a meeting to come).
        if discourse.events[index].start == nil, discourse.events[index].status == status {
            let meeting = discourse.events[index]
            let people = Set(meeting.participants.map(\.name))
            for other in discourse.events.indices where other == index || discourse.events[other].kind == "visit" && discourse.events[other].implied
                && discourse.events[other].start == nil && discourse.events[other].evidenceOffset == meeting.evidenceOffset
                && people.isSuperset(of: discourse.events[other].participants.map(\.name))
            {
                discourse.events[other].takeDate(of: date)
                discourse.events[other].status = status
            }
            if discourse.events[index].hostCountry == nil, let place {
                discourse.events[index].hostCountry = place.country
                discourse.events[index].location = place.kind == .city ? place.city : nil
                discourse.events += impliedVisits(of: discourse.events[index])
            }
            return
        }
        var meeting = discourse.events[index]
        meeting.takeDate(of: date)
        meeting.status = status
        if let place {
            meeting.hostCountry = place.country
            meeting.location = place.kind == .city ? place.city : nil
        }
        meeting.evidence = sentence.text
        meeting.evidenceOffset = sentence.offset
        discourse.events.append(meeting)
        discourse.events += impliedVisits(of: meeting)
    }

    /// The person "je" is in a first-person text (a statement, a speech): the officeholder its address names
    /// (a speech's page is most often filed under its speaker), else the first person the text names.
    static func speaker(of sentences: [Sentence], folded: [[Character]], article: Article) -> PersonMention? {
        let pronouns: Set<String> = article.language == .fr ? ["je", "j"] : ["i"]
        var count = 0
        for sentence in folded {
            // Words of one or two letters only can be these pronouns: the others are passed over without making strings.
            var start = 0
            for index in 0...sentence.count where index == sentence.count || sentence[index] == " " {
                if index - start > 0, index - start <= 2, pronouns.contains(String(sentence[start..<index])) { count += 1 }
                start = index + 1
            }
            if count >= 2 { break }
        }
        guard count >= 2 || isInterview(article.text) else { return nil }
        // (The address after its host: a domain such as "kremlin.ru" names no one.)
        if let url = article.url, let person = OfficeRegistry.person(spelledIn: url.split(separator: "/").dropFirst(2).joined(separator: " ")) {
            let country = OfficeRegistry.country(of: person.name, on: article.published) ?? person.country
            return PersonMention(name: person.name, country: country, offset: 0, source: .knownName)
        }
        var finder = PersonFinder(language: article.language.rawValue)
        // (A release's byline may come after its heading, its kind and its date: "Visit to China / Media release /
        // 19 December 2022 / Senator the Hon Penny Wong, Minister for Foreign Affairs"; there, only a heading's line.)
        for (index, sentence) in sentences.prefix(5).enumerated() where index < 3 || sentence.text.count <= 90 {
            if let first = finder.people(in: sentence.text, on: article.published).first { return first }
        }
        return nil
    }

    /// A transcript of questions and answers: lines opening with "Q -" and "R -" (or "Q:"/"A:").
    static func isInterview(_ text: String) -> Bool {
        // (Over the bytes, line by line: only lines opening with "Q" or "R"/"A" are looked at.)
        var questions = false
        var answers = false
        for line in text.utf8.split(separator: UInt8(ascii: "\n")) {
            let start = line.drop { $0 == UInt8(ascii: " ") }
            guard let first = start.first, first == UInt8(ascii: "Q") || first == UInt8(ascii: "R") || first == UInt8(ascii: "A") else { continue }
            let opening = String(decoding: start.prefix(5), as: UTF8.self)
            if opening.hasPrefix("Q -") || opening.hasPrefix("Q:") || opening.hasPrefix("Q –") { questions = true }
            if opening.hasPrefix("R -") || opening.hasPrefix("A:") || opening.hasPrefix("R –") || opening.hasPrefix("A -") { answers = true }
            if questions && answers { return true }
        }
        return false
    }

    /// The host name of an address, lower-cased ("en.kremlin.ru").
    static func host(of url: String) -> String {
        let lower = url.lowercased()
        let afterScheme = lower.characterOffset(of: "://").map { lower.dropFirst($0 + 3) } ?? Substring(lower)
        return String(afterScheme.prefix { $0 != "/" && $0 != " " })
    }

    /// The government whose site published the article, from the address's domain (gov.uk, state.gov, kremlin.ru).
    static func publisher(of url: String) -> String? {
        let host = Self.host(of: url)
        let domains: [(suffix: String, country: String)] = [
            ("gov.uk", "GB"), ("state.gov", "US"), ("whitehouse.gov", "US"), (".gov", "US"), ("kremlin.ru", "RU"), ("mid.ru", "RU"),
            ("gouv.fr", "FR"), ("elysee.fr", "FR"), ("vie-publique.fr", "FR"), ("mea.gov.in", "IN"), ("pmindia.gov.in", "IN"),
            ("mofa.go.jp", "JP"), ("kantei.go.jp", "JP"), ("mofa.go.kr", "KR"), ("fmprc.gov.cn", "CN"), ("auswaertiges-amt.de", "DE"),
            ("bundesregierung.de", "DE"), ("esteri.it", "IT"), ("governo.it", "IT"), ("canada.ca", "CA"), ("pm.gc.ca", "CA"),
        ]
        if let known = domains.first(where: { host.hasSuffix($0.suffix) }) { return known.country }
        // A government's own site under its country's domain: "presidence.ci", "mofa.gov.np", "diplomatie.gouv.sn".
        let labels = host.split(separator: ".")
        guard labels.count >= 2, let tld = labels.last, tld.count == 2,
            labels.dropLast().contains(where: { ["gov", "gouv", "gob", "go", "gub", "govt", "gv", "presidence", "presidency", "presidencia", "mofa", "mfa"].contains($0) })
        else { return nil }
        return tld == "uk" ? "GB" : tld.uppercased()
    }

    /// The francophone republic whose press published the article, from its address's country domain ("tsa-algerie.dz",
    /// "lequotidien.sn", "lorientlejour.com.lb"): republics whose head of state their French-language press calls "le
    /// président de la République". Not France's (the default already) nor a monarchy's or a confederation's.
    static func pressCountry(of url: String) -> String? {
        guard let tld = Self.host(of: url).split(separator: ".").last.map(String.init), Self.francophoneRepublics.contains(tld) else { return nil }
        return tld.uppercased()
    }

    /// Country domains of the francophone republics with a president at their head.
    static let francophoneRepublics: Set<String> = [
        "dz", "tn", "sn", "ci", "cm", "ml", "bf", "ne", "td", "ga", "cg", "cd", "bj", "tg", "gn", "mg", "mr", "dj", "cf", "bi", "ht",
        "km", "lb",
    ]

    /// Whether a date is told as "since"/"depuis" one in the past ("depuis mars 2019", "since 2019").
    static func isSinceDate(_ date: DateMention, published: PartialDate) -> Bool {
        let word = fold(date.text).split(separator: " ").first
        return (word == "since" || word == "depuis") && (date.end ?? date.start).lastDay < published.firstDay
    }

    /// "Le dirigeant chinois ne s'était plus rendu en France depuis mars 2019", "had not visited France since March 2019":
    /// the last visit before the one reported, at the date given after "depuis"/"since" (held, in passing). Nil when the
    /// clause says no such thing.
    static func lastVisitSince(
        folded: String, sentence: Sentence, persons: [PersonMention], places: [PlaceMention], dates: [DateMention], published: PartialDate
    ) -> ExtractedEvent? {
        guard Triggers.notSince.occurs(in: folded), let since = dates.first(where: { isSinceDate($0, published: published) }),
            let traveller = persons.first(where: { $0.offset < since.offset }), !traveller.name.isEmpty,
            // (The place visited comes between the verb and the date: "ne s'était plus rendu en France depuis …".)
            let place = places.first(where: { $0.kind != .adjective && $0.offset > traveller.offset && $0.offset < since.offset
                && $0.country != traveller.country && $0.country != "EU" })
        else { return nil }
        var event = ExtractedEvent(
            kind: "visit", status: .held, participants: [ExtractedEvent.Person(name: traveller.name, country: traveller.country)],
            hostCountry: place.country, location: place.city, start: since.start, end: since.end, dateText: since.text,
            evidence: sentence.text, evidenceOffset: sentence.offset, confidence: 0.4)
        event.inPassing = true
        return event
    }

    /// "un sommet UE–États-Unis, le premier depuis celui de Washington en novembre 2011": the date after "the first since
    /// the one …" is that earlier event's, held where it names (in passing, with no one named), not the event reported.
    static func earlierOfItsKind(
        in folded: String, sentence: Sentence, persons: [PersonMention], places: [PlaceMention], dates: [DateMention], published: PartialDate,
        newEvents: Int, discourse: inout Discourse
    ) {
        guard let match = Triggers.firstSinceTheOne.occurrences(in: folded).first, case let phrase = match.offset,
            let date = dates.first(where: { $0.offset >= phrase - 1 && $0.offset - phrase <= 80 && ($0.end ?? $0.start).lastDay < published.firstDay })
        else { return }
        // ("depuis celle que …" says which only after a first: "la première visite d'État … depuis celle que …"; not "la crise
        // s'est apaisée depuis celle que Donald Trump avait provoquée".)
        let another = Triggers.sinceTheOneThat.contains(Triggers.firstSinceTheOne.phrases[match.phrase])
        if another, ![" premier ", " premiere ", " first "].contains(where: String(folded.prefix(phrase).suffix(100)).includes) { return }
        // (The event that took that date, else the last the sentence reports that is no trip.)
        let reported = discourse.events.indices.filter { index in
            index >= newEvents && ["summit", "meeting", "talks", "visit"].contains(discourse.events[index].kind) && !discourse.events[index].implied
        }
        guard let index = reported.last(where: { discourse.events[$0].start == date.start })
            ?? reported.last(where: { discourse.events[$0].kind != "visit" })
        else { return }
        var earlier = discourse.events[index]
        let place = places.first { $0.kind != .adjective && $0.offset >= phrase - 1 && $0.offset <= date.offset + date.text.count + 24 }
        earlier.hostCountry = place.map(\.country) ?? nil
        earlier.location = place?.city
        earlier.status = .held
        earlier.inPassing = true
        earlier.start = date.start
        earlier.end = date.end
        earlier.dateText = date.text
        if earlier.kind == "summit" { earlier.participants = [] }
        // ("depuis celle que le président François Mitterrand avait effectuée en 1987": someone else's, named before its date,
        // to where the one reported goes.)
        // (Its subject, with the verb of the trip after it: "… que le président X avait effectuée", not "celle que le président
        // avait eue avec Donald Trump".)
        // (Where the name stands, though a title named the person earlier: "d'un président de la République française depuis
        // celle que le président François Mitterrand avait effectuée en 1987", read in 1987.)
        if another, earlier.kind == "visit",
            let (other, at) = persons.lazy.compactMap({ person in
                ([person.offset] + person.offsets).first(where: { $0 >= phrase && $0 < date.offset && $0 - phrase <= 48 }).map { (person, $0) }
            }).first,
            [" avait ", " had "].contains(where: String(folded.dropFirst(at).prefix(60)).includes),
            !String(folded.dropFirst(phrase).prefix(max(0, at - phrase))).includes(" avec "),
            !earlier.participants.contains(where: { $0.name == other.name })
        {
            earlier.participants = [ExtractedEvent.Person(name: other.name, country: other.country)]
            if place == nil { (earlier.hostCountry, earlier.location) = (discourse.events[index].hostCountry, discourse.events[index].location) }
        }
        // (The event reported is not dated by it.)
        for other in discourse.events.indices where other >= newEvents && discourse.events[other].start == date.start
            && discourse.events[other].kind != "cancellation"
        {
            discourse.events[other].start = nil
            discourse.events[other].end = nil
            discourse.events[other].dateText = nil
        }
        discourse.events.append(earlier)
    }

    /// "It was the first call between the two leaders since December 2022", "leur premier échange direct depuis septembre
    /// 2022", "Les deux hommes ne s'étaient plus parlé depuis le 11 septembre 2022": the call before, at the date after
    /// "since"/"depuis", between the two the sentence names before the date, else the people of the call just told (held, in
    /// passing); only a first between the same two ("leur", "the two", "between …"). One named after "when" right after the
    /// date takes the place of the party from their country ("… since Feb. 12, 2022, when Joe Biden warned the Russian leader").
    static func callBeforeFirst(
        in folded: String, sentence: Sentence, persons: [PersonMention], dates: [DateMention], published: PartialDate, newEvents: Int,
        discourse: inout Discourse
    ) {
        // (A day's mention leaves "since" out: "since Feb. 12, 2022", "depuis le 11 septembre 2022".)
        guard let since = dates.first(where: { date in
                (date.end ?? date.start).lastDay < published.firstDay
                    && (isSinceDate(date, published: published)
                        || [" since ", " depuis ", " depuis le ", " depuis l "].contains(where: String(folded.prefix(date.offset + 1)).hasSuffix))
            })
        else { return }
        // (The call of someone the sentence names before the date, else the last: "the first call between a sitting U.S.
        // president and Putin since …" is Putin's, not the call told after his.)
        let calls = discourse.events.filter { event in
            event.kind == "phone_call" && !event.inPassing && event.participants.count == 2 && !event.participants.contains { $0.name.isEmpty }
        }
        let named = persons.filter { $0.offset < since.offset }.reduce(into: [PersonMention]()) { list, person in
            if !list.contains(where: { $0.name == person.name }) { list.append(person) }
        }
        guard var call = calls.last(where: { $0.participants.contains { person in named.contains { $0.name == person.name } } }) ?? calls.last
        else { return }
        // ("Macron et Poutine ne s'étaient plus parlé depuis …": the two the sentence names before the date, when it names two.)
        if named.count == 2 { call.participants = named.map { ExtractedEvent.Person(name: $0.name, country: $0.country) } }
        // (The words before the date, in the folded text, which has a space before the sentence.)
        let before = String(folded.prefix(since.offset + 1))
        let first = Triggers.firstOfCall.occurrences(in: before).map(\.offset).filter { since.offset - $0 <= 90 }.max()
        // (Not "had not spoken to the press since": between the verb and the date, only whom with.)
        let notSpoken = Triggers.notSpokenSince.occurrences(in: before).filter { found in
            let phrase = Triggers.notSpokenSince.phrases[found.phrase]
            let between = String(before.dropFirst(found.offset + phrase.count)).split(separator: " ")
            return since.offset - found.offset <= 60
                && (between.allSatisfy { ["since", "depuis", "le", "l", "the"].contains(String($0)) }
                    || ["with", "to", "avec"].contains(String(between[0])) && persons.contains { $0.offset > found.offset && $0.offset < since.offset })
        }.map(\.offset).max()
        guard let opening = [first, notSpoken].compactMap({ $0 }).max() else { return }
        // (About a call: one named around "first", or the last event told is the call and no other kind is named: not "the
        // first visit to Moscow since 2019" after a call.)
        let window = String(before.dropFirst(max(0, opening - 60)))
        let lastTold = discourse.events.last.map { $0.kind == "phone_call" } ?? false
        guard notSpoken != nil || Triggers.callNouns.occurs(in: window) || Triggers.callNounsInFrench.occurs(in: window)
            || lastTold && !Triggers.otherMeetingNouns.occurs(in: window)
        else { return }
        // (The first between the same two: "their first call since", "the first between the two leaders since", "between a
        // sitting U.S. president and Putin since"; not "le premier échange d'un dirigeant occidental avec le Kremlin depuis".)
        if notSpoken == nil {
            let pair = [" leur ", " leurs ", " their ", " the two ", " les deux ", " both "].contains(where: window.includes)
            let between = [" between ", " entre "].contains(where: window.includes)
                && call.participants.contains { person in persons.contains { $0.name == person.name && $0.offset < since.offset } }
            guard pair || between || named.count == 2 else { return }
        }
        var participants = call.participants
        // (Named in a clause on that date: "since Feb. 12, 2022, when Joe Biden warned the Russian leader".)
        let after = String(folded.dropFirst(since.offset + 1 + since.text.count).prefix(14).drop { $0 == " " })
        if ["when ", "lorsque ", "quand ", "lorsqu "].contains(where: after.hasPrefix),
            let named = persons.first(where: { $0.offset > since.offset && $0.offset - (since.offset + since.text.count) <= 16 }),
            !participants.contains(where: { $0.name == named.name }),
            let replaced = participants.firstIndex(where: { $0.country != nil && $0.country == named.country })
        {
            participants[replaced] = ExtractedEvent.Person(name: named.name, country: named.country)
        }
        var event = ExtractedEvent(
            kind: "phone_call", status: .held, participants: participants, hostCountry: nil, location: nil, start: since.start,
            end: since.end, dateText: since.text, evidence: sentence.text, evidenceOffset: sentence.offset, confidence: 0.4)
        event.inPassing = true
        discourse.events.append(event)
    }

    /// "his first visit to France since 2019", "la première depuis novembre 2019": the visit before, at that date, by the
    /// traveller of the visit the sentence reports (else its subject) to the same country (held, in passing).
    static func visitBeforeFirst(
        in folded: String, sentence: Sentence, persons: [PersonMention], places: [PlaceMention], dates: [DateMention], published: PartialDate,
        newEvents: Int, discourse: inout Discourse
    ) {
        guard Triggers.firstOf.occurs(in: folded), let since = dates.first(where: { isSinceDate($0, published: published) }),
            let first = Triggers.firstOf.occurrences(in: folded).map(\.offset).filter({ $0 - 1 < since.offset }).max(),
            since.offset - first <= 80
        else { return }
        // (The place named with "first" first: "sa troisième visite en Chine depuis son élection et la première depuis novembre
        // 2019" is about China, whatever trip the sentence goes on to.)
        let subject = persons.first.map { [ExtractedEvent.Person(name: $0.name, country: $0.country)] } ?? []
        let named = places.first { place in
            place.kind != .adjective && place.offset < since.offset && place.offset > first - 40 && place.country != subject.first?.country
        }
        let reported = { (event: ExtractedEvent) in
            event.kind == "visit" && !event.inPassing && event.hostCountry != nil && !event.participants.isEmpty
                && (named == nil || event.hostCountry == named?.country)
        }
        // (With no one named, the trip the text told last: "Mr Modi arrived in Singapore on Wednesday. It is his first visit to
        // the city-state since November 2018.")
        // (Only a trip to the place the sentence names, or describes: not "his first trip to Europe since 2019" after he arrived
        // in France.)
        let described = named != nil || Triggers.placeDescriptions.occurs(in: String(folded.dropFirst(first).prefix(max(0, since.offset - first + 1))))
        let trip = discourse.events[newEvents...].first(where: reported)
            ?? (persons.isEmpty && described ? discourse.events[..<newEvents].last(where: reported) : nil)
        let traveller = trip?.participants ?? subject
        let host = trip.map { ($0.hostCountry!, $0.location) } ?? named.map { ($0.country, $0.city) }
        guard !traveller.isEmpty, !traveller[0].name.isEmpty, let (country, city) = host, country != "EU" else { return }
        var event = ExtractedEvent(
            kind: "visit", status: .held, participants: traveller, hostCountry: country, location: city, start: since.start, end: since.end,
            dateText: since.text, evidence: sentence.text, evidenceOffset: sentence.offset, confidence: 0.4)
        event.inPassing = true
        discourse.events.append(event)
    }

    /// The visit before the one a sentence reports, made by someone it names: "the first Indian Prime Minister to visit
    /// Australia since Rajiv Gandhi in 1986", "la première d'un président français depuis celle de François Hollande, en
    /// 2017", "depuis la visite d'État de Xi Jinping en janvier 2017", "Le dernier déplacement … remontait à celui de
    /// Lee Myung-bak, à Kyoto, en décembre 2011", "The last sitting U.S. president to set foot in Cuba was Calvin
    /// Coolidge, who sailed to Havana … in 1928": that person, the date after their name (a year or a month), where "since"
    /// (or what stands for it) is, and whether a clause of its own tells that visit ("the last … was", a verb after the name).
    /// Nil when the sentence tells no such thing.
    static func predecessor(in folded: String, persons: [PersonMention], dates: [DateMention])
        -> (person: PersonMention, date: DateMention, anchor: Int, told: Bool)?
    {
        for first in Triggers.firstOfOffice.occurrences(in: folded).map(\.offset).sorted() {
            if let found = predecessor(after: first, in: folded, persons: persons, dates: dates) { return found }
        }
        return nil
    }

    /// ``predecessor(in:persons:dates:)`` after "the first" (or "the last") at `first`.
    private static func predecessor(after first: Int, in folded: String, persons: [PersonMention], dates: [DateMention])
        -> (person: PersonMention, date: DateMention, anchor: Int, told: Bool)?
    {
        // ("The last … was X", "le dernier … remontait à celui de X": only after "the last".)
        let last = Triggers.lastOfOffice.contains(where: { String(folded.dropFirst(first)).hasPrefix($0) })
        let anchors = last ? Triggers.lastOfOfficeWas : [" since ", " depuis "]
        guard let (anchor, length) = anchors.compactMap({ phrase in
                folded.characterOffset(of: phrase, from: first).map { ($0, phrase.count) }
            }).min(by: { $0.0 < $1.0 })
        else { return nil }
        // (The visit's noun, when "since that of …" refers back to it: "une visite d'État de deux jours en Suisse, la première
        // d'un président français depuis celle de …".)
        var after = anchor + length - 1
        let rest = String(folded.dropFirst(after + 1).prefix(40))
        let thatOf = Triggers.sinceThatOf.first(where: { rest.hasPrefix($0) })
        if let thatOf { after += thatOf.count }
        // (A trip between "the first" and "since": "the first talks since Biden took office in 2021" tells of no visit.)
        let told = String(folded.dropFirst(first).prefix(anchor - first + 1))
        // (Or the trip named as the subject "the first" is said of: "His visit to Australia was the first by an Indian Prime
        // Minister since Rajiv Gandhi in 1986", "Sa visite est la première d'un …".)
        let said = [" was", " is", " est", " etait", " fut", " will be", " sera"].contains(where: String(folded.prefix(first)).hasSuffix)
        let referred = (thatOf != nil || said) && Triggers.tripBetweenFirstAndSince.occurs(in: String(folded.prefix(first + 1).suffix(80)))
        guard Triggers.tripBetweenFirstAndSince.occurs(in: told) || referred else { return nil }
        // (A match's offset in the folded text, which has a space before the sentence, is the sentence offset of the space
        // before its word; the name after "since " starts one character past the phrase's end.)
        // (Where the name stands after "since", though the person was named earlier in the sentence too; after "that of", a
        // title may come first: "depuis celle du général de Gaulle".)
        let slack = thatOf == nil && !last ? 1 : 24
        guard let (person, at) = persons.lazy.compactMap({ person in
                ([person.offset] + person.offsets).first(where: { at in
                    at >= after && at - after <= slack && !String(folded.dropFirst(after).prefix(at - after + 1)).contains(where: { ",;:".contains($0) })
                }).map { (person, $0) }
            }).first,
            // (The earlier visit's date is a year or a month: "in 1986", "en février 2010", or a day with its year, "le 3 juillet
            // 2015"; with no one else named before it.)
            let date = dates.first(where: { date in
                date.offset > at && date.offset - at <= (thatOf == nil && !last ? 40 : 64)
                    && (date.start.precision != .day || date.text.split(whereSeparator: { !$0.isNumber }).contains { $0.count == 4 })
                    && !persons.contains { other in other.name != person.name && other.offset > at && other.offset < date.offset }
            })
        else { return nil }
        // (Whether a verb between the name and the date tells that visit itself: "since Hina Rabbani Khar visited New Delhi in
        // July 2011", "depuis François Hollande, venu en octobre 2012".)
        let between = String(folded.dropFirst(at).prefix(max(0, date.offset - at + 1)))
        return (person, date, anchor, last || Triggers.predecessorVerbs.occurs(in: between))
    }

    /// The visit before the one the sentence reports, by the one ``predecessor(in:persons:dates:)`` finds, to where the
    /// sentence's trip is (else the place named before "since").
    static func visitorBeforeFirst(
        in folded: String, sentence: Sentence, persons: [PersonMention], places: [PlaceMention], dates: [DateMention], newEvents: Int,
        discourse: inout Discourse
    ) {
        guard let (earlier, date, since, told) = predecessor(in: folded, persons: persons, dates: dates) else { return }
        // (A place the trip is to: "the first U.S. secretary of state to visit the country" names none.)
        // (The earlier visit's own place first, when a verb tells it: "since Zhu Rongji came to India in January 2002".)
        let own = told ? places.first { place in
            place.kind != .adjective && place.offset > since && place.offset < date.offset && place.country != earlier.country
                && isLocated(place, in: sentence.characters, travel: true)
        } : nil
        let named = own ?? places.first { place in
            place.kind != .adjective && place.offset < since && place.country != earlier.country
                && isLocated(place, in: sentence.characters, travel: true)
        }
        // (Else, with no place named, the trip just told by a compatriot: "Luxon arrived in New Delhi on Sunday. It is the first
        // visit by a New Zealand prime minister since John Key in 2016.")
        let trip = discourse.events[newEvents...].first { event in
            event.kind == "visit" && !event.inPassing && event.hostCountry != nil && (named == nil || event.hostCountry == named?.country)
        } ?? (named == nil ? discourse.events[..<newEvents].last { event in
            event.kind == "visit" && !event.inPassing && event.hostCountry != nil && event.participants.first?.country == earlier.country
        } : nil)
        guard let (country, city) = trip.map({ ($0.hostCountry!, $0.location) }) ?? named.map({ ($0.country, $0.city) }),
            country != earlier.country, country != "EU"
        else { return }
        var event = ExtractedEvent(
            kind: "visit", status: .held, participants: [ExtractedEvent.Person(name: earlier.name, country: earlier.country)],
            hostCountry: country, location: city, start: date.start, end: date.end, dateText: date.text, evidence: sentence.text,
            evidenceOffset: sentence.offset, confidence: 0.4)
        event.inPassing = true
        // ("…, depuis celle de François Hollande, le 3 juillet 2015, qui avait lui aussi été reçu par le président Biya": what
        // the sentence tells of that person, without the traveller of the trip reported, was on that earlier visit; not what
        // is dated before it: "…, cinquante ans après la visite historique de Gough Whitlam, en 1973".)
        // (Nor did that person make another trip the sentence tells: "His is the first visit by a Chinese premier since Zhu
        // Rongji came to India" gives Zhu no visit where the article's tour went before.)
        let kept = discourse.events[newEvents...].filter { other in
            !(other.kind == "visit" && other.participants.map(\.name) == [earlier.name] && other.hostCountry != country)
        }
        discourse.events.replaceSubrange(newEvents..., with: kept)
        let traveller = trip?.participants.first.map(\.name).flatMap { $0 == earlier.name ? nil : $0 }
        for index in discourse.events.indices[newEvents...] where discourse.events[index].participants.contains(where: { $0.name == earlier.name })
            && !discourse.events[index].participants.contains(where: { $0.name == traveller })
            && discourse.events[index].start.map({ $0.firstDay > (date.end ?? date.start).lastDay }) ?? true
        {
            discourse.events[index].takeDate(of: date)
            discourse.events[index].status = .held
            discourse.events[index].inPassing = true
        }
        discourse.events.append(event)
    }

    /// "Putin is holding a meeting with Nicolas Maduro, who arrived in Russia for an official visit on Tuesday": a meeting
    /// that names no place is where one of its people is said, in the same sentence, to have come (both dated, the arrival
    /// within a week before it, with the same status).
    static func meetingAtArrival(newEvents: Int, discourse: inout Discourse) {
        let events = discourse.events
        for index in events.indices where index >= newEvents && ["meeting", "talks"].contains(events[index].kind)
            && events[index].hostCountry == nil
        {
            let meeting = events[index]
            guard let arrival = events[newEvents...].first(where: { visit in
                guard visit.kind == "visit", visit.status == meeting.status, let host = visit.hostCountry,
                    let traveller = visit.participants.first, !traveller.name.isEmpty, traveller.country != host,
                    meeting.participants.contains(where: { $0.name == traveller.name })
                else { return false }
                guard let day = meeting.start, let came = visit.start else { return false }
                let gap = day.firstDay.dayNumber - came.firstDay.dayNumber
                return gap >= 0 && gap <= 7
            }) else { continue }
            discourse.events[index].hostCountry = arrival.hostCountry
            discourse.events[index].location = arrival.location
        }
    }

    /// "Mr Modi co-chaired the second CARICOM-India Summit … alongside President Ali and Grenada's Prime Minister Dickon
    /// Mitchell": a summit the sentence places nowhere is where (and, undated, when) the sentence's meeting of two or more of
    /// its people is (which the article's trip placed), so that it is not taken for another summit of those days elsewhere.
    static func summitWhereItsMeetingIs(newEvents: Int, discourse: inout Discourse) {
        for index in discourse.events.indices where index >= newEvents && discourse.events[index].kind == "summit"
            // (Two when not told in the pluperfect: "whom he had last met at the G20 summit" is a summit gone by.)
            && discourse.events[index].hostCountry == nil && discourse.events[index].participants.count >= 2
            && (discourse.events[index].participants.count >= 3
                || ![
                    " had ", " avait ", " avaient ", " s etait ", " s etaient ", " first summit", " last summit", " previous summit",
                    " their summit", " premier sommet", " dernier sommet", " precedent sommet", " after ", " apres ", " since ", " depuis ",
                ].contains(where: (" " + fold(discourse.events[index].evidence) + " ").includes))
        {
            let summit = discourse.events[index]
            // (Or some of them: "a accueilli vendredi ses homologues … pour un sommet extraordinaire".)
            guard let meeting = discourse.events[newEvents...].first(where: { event in
                ["meeting", "talks"].contains(event.kind) && event.hostCountry != nil && (summit.start == nil || event.start == summit.start)
                    && event.status == summit.status && event.participants.count >= 2
                    && Set(event.participants.map(\.name)).isSubset(of: Set(summit.participants.map(\.name)))
            }) else { continue }
            discourse.events[index].hostCountry = meeting.hostCountry
            discourse.events[index].location = meeting.location
            // (And its day, when the sentence gave it to the meeting only.)
            if summit.start == nil, meeting.start != nil { discourse.events[index].takeDate(of: meeting) }
        }
    }

    /// "Il était accompagné de la ministre des Affaires étrangères, Sushma Swaraj": in a sentence that reports nothing
    /// of its own, the traveller's compatriots who came along join the visit reported last, as one delegation.
    static func companions(in folded: String, persons: [PersonMention], newEvents: Int, discourse: inout Discourse) {
        guard discourse.events.count == newEvents, let along = Triggers.accompaniment.firstCharacterOffset(in: folded),
            let traveller = persons.first(where: { $0.offset < along }) ?? persons.first(where: { $0.source == .reference }),
            let country = traveller.country,
            let visit = discourse.events.lastIndex(where: { $0.kind == "visit" && $0.participants.first?.name == traveller.name })
        else { return }
        for person in persons where person.offset > along && person.name != traveller.name && person.country == country
            && !discourse.events[visit].participants.contains(where: { $0.name == person.name })
        {
            discourse.events[visit].participants.append(ExtractedEvent.Person(name: person.name, country: person.country))
        }
    }

    /// "Outre le chef de l'État bolivien, y ont notamment pris part le Brésilien Lula, …": in a sentence that reports
    /// nothing of its own, those named took part in the summit reported last, and travelled to it from abroad.
    static func attendance(
        in folded: String, previous: String, sentence: Sentence, persons: [PersonMention], places: [PlaceMention], dates: [DateMention],
        newEvents: Int, discourse: inout Discourse
    ) {
        // (The last summit the text placed, before one it named in passing without a place: "Lula told the one-day summit …,
        // held at a downtown hotel, that …".)
        guard discourse.events.count == newEvents, Triggers.attendedIt.occurs(in: folded) || Triggers.seatedAround(folded),
            let summit = discourse.events.lastIndex(where: { $0.kind == "summit" && !$0.inPassing && $0.hostCountry != nil })
                ?? discourse.events.lastIndex(where: { $0.kind == "summit" && !$0.inPassing }),
            // (Not who did not come, "Ni Macky Sall ni Alassane Ouattara n'ont fait le déplacement", "Absent were …", nor who came to
            // something else, "Pour l'investiture de John Mahama, …", "At a dinner in Lagos the night before, …".)
            // (The summit's own opening is no other gathering: "assistaient également à la cérémonie d'ouverture".)
            Triggers.negation(in: folded) == nil,
            Triggers.otherGatherings.occurrences(in: folded).allSatisfy({ found in
                [" ceremonie d ouverture ", " opening ceremony "].contains { opening in
                    (max(0, found.offset - 8)...found.offset).contains { String(folded.dropFirst($0)).hasPrefix(opening) }
                }
            }),
            ![" ni ", " neither ", " absent ", " absents ", " absentes "].contains(where: folded.includes)
        else { return }
        // ("It was attended by …", "The summit was attended by …": the summit's, not "A rally in Moscow was attended by Putin".)
        // ("The emergency summit, hosted by President el-Sisi at the New Administrative Capital, was attended by …": the subject
        // before an aside.)
        if let passive = Triggers.attendedBy.firstCharacterOffset(in: folded) {
            let words = folded.prefix(passive).split(separator: " ").map(String.init)
            let subject = words.suffix(4)
            guard subject.last == "it" || subject.contains(where: Triggers.attendedGatherings.contains)
                || words.prefix(4).contains(where: Triggers.attendedGatherings.contains)
            else { return }
        }
        // (The looser phrases only right after a sentence about the gathering: "Une trentaine de chefs d'Etat ont pris part aux
        // travaux. Parmi eux figuraient …", not after "Macron a reçu à l'Elysée des chefs d'Etat africains".)
        let strict = Triggers.attendedIt.occurrences(in: folded).contains { !Triggers.attendedItLately.contains(Triggers.attendedIt.phrases[$0.phrase]) }
        if !strict, !Triggers.seatedAround(folded), !Triggers.gatheringTold.occurs(in: previous) { return }
        // (Nor, with them, a sentence that is somewhere else or on another day: "Back in Kyiv, Zelensky was joined by Maia
        // Sandu", "On Sunday, Joe Biden was joined by Rishi Sunak at the D-Day commemorations".)
        // (A country named as someone's, "Chile's Gabriel Boric", is no place.)
        if !strict, let host = discourse.events[summit].hostCountry,
            places.contains(where: { $0.kind != .adjective && !$0.topic && $0.country != host && isLocated($0, in: sentence.characters, travel: false) })
        {
            return
        }
        if !strict, let start = discourse.events[summit].start,
            dates.contains(where: { $0.start.lastDay < start.firstDay || (discourse.events[summit].end ?? start).lastDay < $0.start.firstDay })
        {
            return
        }
        // (Who was joined is told with whom: not "Joe Biden was joined by his wife".)
        if let joined = [" was joined by ", " were joined by "].compactMap({ folded.characterOffset(of: $0) }).min(),
            !persons.contains(where: { $0.offset > joined })
        {
            return
        }
        // (Not who is said after "but" to have stayed away: "It was attended by Joe Biden, but Xi Jinping stayed away".)
        var but = [" but ", " mais ", " while ", " tandis "].compactMap { folded.characterOffset(of: $0) }.min() ?? Int.max
        // ("Barbados' Prime Minister Mia Amor Mottley and other regional heads were also in attendance": those named as its
        // subject, first in the sentence, and no one's supporters or representatives: not "Journalists were in attendance when
        // Mia Mottley criticised …", "Supporters of … Machado were in attendance".)
        if let present = Triggers.inAttendanceSet.firstCharacterOffset(in: folded) {
            // (Nor when no one was: "said no envoy was in attendance".)
            guard let first = persons.first, first.offset <= 80,
                ![" no ", " none ", " aucun ", " aucune ", " not "].contains(where: String(folded.prefix(present + 1)).includes),
                !(" " + String(folded.prefix(first.offset + 1)) + " ").split(separator: " ").contains(where: { Triggers.notAttendees.contains(String($0)) })
            else { return }
            but = min(but, present)
        }
        for person in persons where person.offset < but && !discourse.events[summit].participants.contains(where: { $0.name == person.name }) {
            guard discourse.events[summit].participants.count < 12 else { break }
            let attendee = ExtractedEvent.Person(name: person.name, country: person.country)
            discourse.events[summit].participants.append(attendee)
            let event = discourse.events[summit]
            guard let host = event.hostCountry, let country = person.country, country != host,
                !discourse.events.contains(where: { $0.kind == "visit" && $0.hostCountry == host && $0.participants.first?.name == person.name && $0.start == event.start })
            else { continue }
            discourse.events.append(retelling(event, as: "visit", by: [attendee], in: sentence))
        }
    }

    /// "Seated around the table at an Amman hotel were Jordanian Foreign Minister Ayman Safadi, …, and Syria's Faisal Mekdad",
    /// in an article that reports no summit for them to attend: a meeting of those seated, where the sentence places it
    /// (else where the article is), on the day the sentence gives (else the article's frame's), and the trips of those
    /// from abroad.
    static func seatedGathering(
        in folded: String, sentence: Sentence, persons: [PersonMention], places: [PlaceMention], dates: [DateMention], published: PartialDate,
        newEvents: Int, discourse: inout Discourse
    ) {
        guard discourse.events.count == newEvents, persons.count >= 2, Triggers.seatedAround(folded),
            !discourse.events.contains(where: { $0.kind == "summit" && !$0.inPassing })
        else { return }
        let place = places.first { $0.kind != .adjective && isLocated($0, in: sentence.characters, travel: false) }
        guard let host = place?.country ?? discourse.frame?.country else { return }
        // (Told after "On Monday he sat down … with four of his regional counterparts", which named no one: that Monday.)
        let day = dates.first { $0.start.precision == .day } ?? discourse.lastDayGiven.flatMap { $0.end == nil && $0.start <= published ? $0 : nil }
        let start = day?.start ?? (discourse.frame?.country == host ? discourse.frame?.start : nil)
        let meeting = ExtractedEvent(
            kind: "meeting", status: start.map { $0.firstDay > published.lastDay ? .planned : .held } ?? .held,
            participants: persons.prefix(12).map { ExtractedEvent.Person(name: $0.name, country: $0.country) }, hostCountry: host,
            location: place.map { $0.city } ?? discourse.frame?.city, start: start, end: day?.end, dateText: day?.text,
            evidence: sentence.text, evidenceOffset: sentence.offset, confidence: 0.5)
        discourse.events.append(meeting)
        discourse.events += impliedVisits(of: meeting)
    }

    /// "Le président ivoirien Alassane Ouattara et son homologue français Emmanuel Macron, lors du lancement des travaux du
    /// métro d'Abidjan, le 30 novembre 2017. © Présidence", "Emmanuel Macron et Donald Trump, à New York, le 18 septembre
    /// 2017": a photograph's caption, two to four people together on a day it gives in full, with no verb, is their meeting
    /// that day, where it places them, and the trips of those from abroad.
    static func photoCaption(
        sentence: Sentence, persons: [PersonMention], places: [PlaceMention], dates: [DateMention], published: PartialDate,
        french: Bool, newEvents: Int, discourse: inout Discourse
    ) {
        guard discourse.events.count == newEvents, (2...4).contains(persons.count), sentence.characters.count <= 320,
            let first = persons.first, first.offset <= 40,
            let last = persons.last,
            let day = dates.first(where: { date in
                date.start.precision == .day && date.end == nil && date.offset > last.offset && !date.yearGuessed
                    && date.text.contains { $0.isNumber } && date.text.filter(\.isNumber).count >= 5
            }),
            day.start.lastDay <= published.lastDay
        else { return }
        // Joined by "et"/"and", and nothing but where and when after them: no verb of any tense.
        let characters = sentence.characters
        let joined = " " + fold(String(characters[first.offset..<last.offset])) + " "
        guard joined.contains(" et ") || joined.contains(" and ") else { return }
        // The whole sentence from the first name, less a photographer's credit after "©": lower case with its accents
        // (in French, "à" is where, "a" a verb); in English, no word in "-ed" either ("resigned on 7 July 2022").
        let rest = characters[first.offset...].prefix { $0 != "©" }
        let words = String(rest).lowercased().split { !$0.isLetter && !$0.isNumber }
        let told = " " + words.joined(separator: " ") + " "
        guard !(french ? Triggers.frenchCaptionVerbs : Triggers.englishCaptionVerbs).occurs(in: told),
            french || !words.contains(where: { $0.count >= 5 && $0.hasSuffix("ed") })
        else { return }
        let place = places.first { $0.kind != .adjective && $0.offset > last.offset }
        let meeting = ExtractedEvent(
            kind: "meeting", status: .held, participants: persons.map { ExtractedEvent.Person(name: $0.name, country: $0.country) },
            hostCountry: place?.country, location: place?.city, start: day.start, end: nil, dateText: day.text,
            evidence: sentence.text, evidenceOffset: sentence.offset, confidence: 0.4)
        discourse.events.append(meeting)
        discourse.events += impliedVisits(of: meeting)
    }

    /// Another report of `event`, of the kind given, with those people, told by `sentence` (an attendee's trip to a summit,
    /// the summit as the attendee's sentence tells it).
    private static func retelling(
        _ event: ExtractedEvent, as kind: String, by people: [ExtractedEvent.Person], in sentence: Sentence
    ) -> ExtractedEvent {
        var told = event
        told.kind = kind
        told.participants = people
        told.evidence = sentence.text
        told.evidenceOffset = sentence.offset
        return told
    }

    /// "Le président vénézuélien Hugo Chávez a prévenu qu'il émettrait des réserves …" in an article on a summit under way:
    /// a leader who speaks there, in a sentence that reports nothing of its own and names no other place or time, attends
    /// the summit, and travelled to it from abroad.
    static func speakerAtSummit(
        in folded: String, sentence: Sentence, persons: [PersonMention], dates: [DateMention], places: [PlaceMention], published: PartialDate,
        newEvents: Int, discourse: inout Discourse
    ) {
        guard discourse.events.count == newEvents, dates.isEmpty, let speaker = persons.first, let country = speaker.country,
            let verb = Triggers.spokeAtSummit.firstCharacterOffset(in: folded), speaker.offset < verb,
            !Triggers.notThere.occurs(in: folded), !Triggers.declinedSet.occurs(in: folded),
            let summit = discourse.events.firstIndex(where: { event in
                event.kind == "summit" && !event.inPassing && event.status == .held && event.hostCountry != nil
                    && event.start.map { $0.lastDay <= published.lastDay && published.firstDay.addingDays(-3)! <= $0.lastDay } == true
            }),
            let host = discourse.events[summit].hostCountry,
            !places.contains(where: { $0.kind != .adjective && $0.country != host }),
            !OfficeRegistry.offices(of: speaker.name, on: published).isEmpty || OfficeRegistry.heldInternationalPost(speaker.name, on: published)
        else { return }
        // (Who is at it already, in every report of it: the summit as first told and the attendees added since.)
        let reported = discourse.events[summit]
        let attendees = discourse.events.filter { $0.kind == "summit" && $0.hostCountry == host && $0.start == reported.start }.flatMap(\.participants)
        guard !attendees.contains(where: { $0.name == speaker.name }), attendees.count < 12 else { return }
        // (Another report of the summit, which the merge joins to it: the summit as first told still merges with the
        // headline's, as the speaker's sentence would have it otherwise not.)
        let attendee = ExtractedEvent.Person(name: speaker.name, country: country)
        var attended = retelling(reported, as: "summit", by: [attendee], in: sentence)
        attended.refersBack = true
        discourse.events.append(attended)
        if isAbroad(attendee, in: host) { discourse.events.append(retelling(reported, as: "visit", by: [attendee], in: sentence)) }
    }

    /// The government that published a release with no known address, from its letterhead ("PRÉSIDENCE DE LA
    /// RÉPUBLIQUE TUNISIENNE", "Ministère des Affaires étrangères du Sénégal", "Presidency of the Republic of Türkiye").
    static func publisher(heading lines: [String]) -> String? {
        for line in lines where line.count <= 90 {
            let folded = " " + fold(line)
            guard let head = Triggers.letterheads.first(where: { folded.hasPrefix($0) }) else { continue }
            let places = PlaceFinder.mentions(in: line).filter { $0.kind != .city }
            let countries = Set(places.map(\.country))
            // (Nothing but the letterhead and its country: "Ministry of Foreign Affairs of China slams Tsai stopover" is a headline.)
            let named = Set((head + " " + places.map { fold($0.text) }.joined(separator: " ")).split(separator: " "))
            let rest = folded.split(separator: " ").filter { !named.contains($0) && !["of", "the", "de", "la", "du", "des", "d", "l", "et", "and"].contains($0) }
            if countries.count == 1, rest.isEmpty { return countries.first }
        }
        return nil
    }

    /// "s'est entretenue aujourd'hui avec … Au cours de l'entretien téléphonique, …": a meeting reported with no
    /// place, which the next sentences call a phone call, was one. The sentence must report no call of its own.
    static func callReference(in folded: String, newEvents: Int, discourse: inout Discourse) {
        // "Hollande s'entretiendra ce vendredi avec Trump … — oui, au téléphone": a call between people the article had
        // "s'entretenir" with no place was that conversation.
        for call in discourse.events[newEvents...] where call.kind == "phone_call" {
            let names = Set(call.participants.map(\.name))
            for index in discourse.events.indices.prefix(newEvents)
            where discourse.events[index].kind == "meeting" && discourse.events[index].hostCountry == nil
                && discourse.events[index].location == nil && Set(discourse.events[index].participants.map(\.name)) == names
                && discourse.events[index].start != nil && discourse.events[index].start == call.start
            {
                discourse.events[index].kind = "phone_call"
            }
        }
        guard Triggers.callReferences.occurs(in: folded),
            !discourse.events[newEvents...].contains(where: { $0.kind == "phone_call" }),
            let last = discourse.events.lastIndex(where: { $0.kind == "meeting" || $0.kind == "phone_call" }),
            discourse.events[last].kind == "meeting", discourse.events[last].hostCountry == nil, discourse.events[last].location == nil
        else { return }
        let names = Set(discourse.events[last].participants.map(\.name))
        for index in discourse.events.indices
        where discourse.events[index].kind == "meeting" && discourse.events[index].hostCountry == nil
            && Set(discourse.events[index].participants.map(\.name)) == names
        {
            discourse.events[index].kind = "phone_call"
        }
    }

    /// "… their first meeting at Mar-a-Lago in April and the second in Hamburg in July": the elliptical clause is
    /// another event like the sentence's last meeting, talks or summit, with the same people and its own place and
    /// date (and the visits a meeting abroad implies).
    static func ellipsis(of sentenceEvents: ArraySlice<ExtractedEvent>, in clause: Clause) -> [ExtractedEvent] {
        guard var event = sentenceEvents.last(where: { ["meeting", "talks", "summit"].contains($0.kind) && !$0.implied }),
            let date = clause.dates.first
        else { return [] }
        let place = clause.places.first { $0.kind == .city } ?? clause.places.first { $0.kind == .country }
        let previous = event.start
        event.hostCountry = place?.country
        event.location = place?.kind == .city ? place?.city : nil
        event.start = date.start
        event.end = date.end
        event.dateText = date.text
        // (Never before the event it follows: "met King Salman in Riyadh in May and in September in New York" in July is this
        // September, still to come.)
        // (In the past tense, the month before: "met Xi in Beijing in April and in November in Bali" in June is last November.)
        if date.yearGuessed, let month = date.start.month, date.start.firstDay > clause.published,
            clause.status != .planned
                || previous.map({ date.start.year - 1 > $0.year || date.start.year - 1 == $0.year && month > ($0.month ?? 12) }) ?? true
        {
            event.start = PartialDate(year: date.start.year - 1, month: month, day: date.start.day)
            event.end = date.end.flatMap { end in end.month.flatMap { PartialDate(year: end.year - 1, month: $0, day: end.day) } }
        }
        event.status = (event.start?.firstDay ?? clause.published) > clause.published ? .planned : .held
        return [event] + (event.kind == "summit" ? [] : impliedVisits(of: event))
    }
}
