import EntenteModel

/// Turns an article into events: clean-up, sentences, then per sentence the people, places, dates
/// and the trigger words of each kind, read against what the article has established so far
/// (``Discourse``). Deterministic, no network. docs/ingestion.md describes the rules.
public struct ArticleExtractor: Sendable {
    /// Receives, per sentence, what the stages found in it (`entente extract --trace`): for tuning rules.
    public var trace: (@Sendable (String) -> Void)?

    public init(trace: (@Sendable (String) -> Void)? = nil) {
        self.trace = trace
    }

    /// The events the article reports, each with the probability ``Confidence`` gives it.
    public func extract(_ article: Article) -> [ExtractedEvent] {
        extractWithFeatures(article).map(\.event)
    }

    /// The events, each with the features its confidence is computed from (`entente extract --features`,
    /// what `Scripts/train-confidence.py` trains on).
    public func extractWithFeatures(_ article: Article) -> [(event: ExtractedEvent, features: [Double])] {
        let events = ruleEvents(article)
        return events.map { event in
            let features = Confidence.features(of: event, among: events, in: article)
            return (Confidence.scored(event, features: features), features)
        }
    }

    /// Whether a sentence that made no event still has a trigger's phrase, other than a signing's ("Les deux pays avaient
    /// signé un accord à Genève": countries sign, no one travelled, and the article's news is not there).
    static func namesAnEventPhrase(_ folded: String) -> Bool {
        Triggers.indexedSet.set.occurrences(in: folded).contains { found in
            let owner = Triggers.indexedSet.owners[found.phrase]
            return !Triggers.signing.contains(Triggers.indexed[owner.kind].phrases[owner.phrase].phrase)
        }
    }

    /// Whether "le Congo", "the Congo" alone stand for Kinshasa's Congo in an article: it names that country's capital,
    /// cities or leaders ("Le roi Philippe au Congo : … à Kinshasa") and nothing of Brazzaville's. (The gazetteer gives
    /// the bare name to Brazzaville's, whose official short name it is.)
    static func congoIsKinshasas(_ folded: [String]) -> Bool {
        let text = " " + folded.joined(separator: " ") + " "
        let kinshasa = [" kinshasa ", " rdc ", " rd congo ", " drc ", " democratic republic ", " republique democratique ", " goma ",
            " lubumbashi ", " bukavu ", " tshisekedi ", " kabila ", " lumumba "]
        let brazzaville = [" brazzaville ", " sassou ", " pointe noire ", " congo brazzaville ", " republique du congo "]
        return kinshasa.contains(where: text.includes) && !brazzaville.contains(where: text.includes)
    }

    /// The events the rules find, with the rules' own confidence.
    func ruleEvents(_ article: Article) -> [ExtractedEvent] {
        let text = TextCleaner.clean(article.text)
        let sentences = SentenceSplitter.split(text)
        let dates = DateResolver(published: article.published)
        var people = PersonFinder(language: article.language.rawValue)
        // Each sentence is folded once; its clauses are slices of the fold (folding keeps one character for one).
        let foldedTexts = sentences.map { Self.fold($0.text) }
        let foldedSentences = foldedTexts.map { Array($0) }
        people.speaker = Self.speaker(of: sentences, folded: foldedSentences, article: article)
        // In an interview ("Q - … R - …"), the questions' "vous" is the person interviewed: the speaker.
        people.addresseeIsSpeaker = people.speaker != nil && Self.isInterview(text)
        people.publisher = article.url.flatMap(Self.publisher(of:)) ?? Self.publisher(heading: sentences.prefix(3).map(\.text))
        people.pressCountry = article.url.flatMap(Self.pressCountry(of:))
        let site = article.url.map(Self.host(of:))
        people.site = site
        people.address = article.url
        var discourse = Discourse()
        discourse.published = article.published
        let congoIsKinshasas = Self.congoIsKinshasas(foldedTexts)
        var tours: [TourRange] = []
        for (index, sentence) in sentences.enumerated() {
            let foldedCharacters = foldedSentences[index]
            let folded = " " + foldedTexts[index] + " "
            let spacedCharacters = [" "] + foldedCharacters + [" "]
            // ("Il intervient deux mois après l'échec du sommet de Hanoï": "il" is the event, whatever the last subject.)
            people.pronounsReferToEvent = discourse.referent != nil || Triggers.eventPronounOpeners.contains(where: folded.hasPrefix)
            let subject = people.subject
            // "the Shanghai Cooperation Organisation", "the Paris Agreement": a place that begins a name places nothing.
            var places = PlaceFinder.mentions(in: sentence.characters).filter { !Self.beginsAName($0, in: sentence.characters) }
            if congoIsKinshasas {
                for index in places.indices where places[index].country == "CG" && Self.fold(places[index].text) == "congo" {
                    places[index].country = "CD"
                }
            }
            // "des entretiens consacrés notamment au taux de change du yuan, …, à la Corée du Nord": after words that announce
            // what was discussed, a country is a topic. (A city still places: "une réunion consacrée au climat, à Paris".)
            // (Not one a trip goes to: "a évoqué tous les dossiers lors de sa première visite à Pékin".)
            if let topics = Triggers.topicMarkers.firstCharacterOffset(in: folded) {
                for index in places.indices where places[index].kind != .city && places[index].offset + 1 > topics
                    && !Self.ownTrip(to: places[index], in: spacedCharacters)
                {
                    places[index].topic = true
                }
            }
            // "ce pays enclavé entre la Chine et la Russie": a country's neighbours are no place of the sentence's events.
            if foldedCharacters.count == sentence.characters.count,
                case let neighbours = Self.neighbours(among: places, folded: folded, characters: sentence.characters), !neighbours.isEmpty
            {
                places.removeAll { neighbours.contains($0.offset) }
            }
            // "the Iran nuclear deal", "le dossier nucléaire iranien", "la guerre en Ukraine": a country that names a question or a
            // war is a topic too.
            for index in places.indices where places[index].kind != .city && Self.namesAQuestion(places[index], in: spacedCharacters) {
                places[index].topic = true
            }
            // The sentence's words and tokens, made once for the stages that read them.
            if let label = Self.turnLabel(sentence.characters) {
                let next = Self.speaker(after: label, current: people.speaker, people: people, on: article.published)
                if next?.name != people.speaker?.name {
                    people.addressee = people.speaker
                    people.speaker = next
                }
                // (The first turn of a meeting's transcript speaks to the other party of the first meeting the article reports
                // with the speaker, the heading's: "Meeting with President of Iran Masoud Pezeshkian" / "President of Russia
                // Vladimir Putin: Mr President, …".)
                if people.addressee == nil || people.addressee?.name == people.speaker?.name, let speaker = people.speaker,
                    let meeting = discourse.events.first(where: { event in
                        ["meeting", "talks"].contains(event.kind) && event.participants.contains { $0.name == speaker.name }
                    }),
                    let other = meeting.participants.first(where: { $0.name != speaker.name && !$0.name.isEmpty })
                {
                    people.addressee = PersonMention(name: other.name, country: other.country, offset: 0, source: .reference)
                }
            }
            let words = PersonFinder.words(sentence.characters)
            let tokens = DateResolver.tokenize(sentence.characters)
            let sentenceDates = Self.yearsCarried(dates.mentions(in: sentence.characters, tokens: tokens), in: sentence.characters)
            // (Dated "since"/"depuis": only then can a sentence tell a visit before the one it reports.)
            let datedSince = sentenceDates.contains { Self.isSinceDate($0, published: article.published) }
            // "En avril 2010, le président français s'était rendu à Shanghai": a title is its holder's on the date the sentence
            // gives, when every date it gives is of one earlier year, written out.
            let explicit = sentenceDates.filter { !$0.yearGuessed && !$0.weekdayGuessed && $0.start.year < article.published.year }
            let resolvedOn = !explicit.isEmpty && explicit.count == sentenceDates.count && Set(explicit.map(\.start.year)).count == 1
                ? explicit[0].start : article.published
            // (A style blanked, "Samdech Akka Moha Sena Padei Techo Hun Sèn", the names are read without it.)
            let styled = PersonFinder.withoutStyles(sentence.characters)
            var found = people.people(
                in: sentence.text, characters: styled ?? sentence.characters, words: styled.map(PersonFinder.words) ?? words,
                tokens: styled.map(DateResolver.tokenize) ?? tokens, on: resolvedOn)
            // vie-publique's "Circonstance : Déplacement en Inde les 17 et 18 novembre - rencontre avec Mme Sushma Swaraj …"
            // is the speaker's trip and the speaker's meeting.
            if let speaker = people.speaker, Self.isCircumstance(sentence), !found.contains(where: { $0.name == speaker.name }) {
                found.insert(PersonMention(name: speaker.name, country: speaker.country, offset: 0, source: .surname, office: speaker.office), at: 0)
            }
            // "President Santiago Peña", "Herman Van Rompuy": a place within a person's name is part of it.
            places.removeAll { place in
                place.kind != .adjective && found.contains { person in
                    Self.isWithinName(place, of: person, in: sentence.characters)
                }
            }
            // ("l'hôte du Kremlin a été accueilli à l'aéroport du Caire": the seat of a title is no place.)
            places.removeAll { TitleResolver.titleNamesSeat(at: $0.offset, length: $0.text.count, in: sentence.characters) }
            // ("in the Tajik city of Khujand", "in Pau, France": a town the gazetteer lacks, in the country named with it.)
            // (One the gazetteer knew, named with another country's adjective, is that country's instead.)
            let towns = Self.townsNamedWithTheirCountry(places, words: words, in: sentence.characters)
            places = (places.filter { place in !towns.contains { $0.offset == place.offset } } + towns).sorted { $0.offset < $1.offset }
            var named = people.placeByTitles(found, places: places, in: sentence.characters, words: words)
            // "a reçu son homologue indien": the Indian holder of the office the host holds.
            for counterpart in PersonFinder.counterparts(words, places: places, before: named, on: article.published, in: sentence.characters)
            where !named.contains(where: { $0.name == counterpart.name }) {
                named.append(counterpart)
                people.remember(counterpart)
            }
            named.sort { $0.offset < $1.offset }
            let persons = discourse.resolvePlurals(named, folded: folded, on: article.published, dates: sentenceDates)
            discourse.mention(persons)
            var mentions = Self.eventDates(sentenceDates, in: sentence.characters, folded: folded, spaced: spacedCharacters)
            // ("la première d'un président français depuis celle de François Hollande, en avril 2015": the date of the visit
            // before, someone else's, dates nothing the sentence reports.)
            // (Not where a clause of its own tells that visit: "The last … to visit Cuba was Calvin Coolidge, who sailed …", "since
            // Hina Rabbani Khar visited New Delhi in July 2011".)
            if let before = Self.predecessor(in: folded, persons: persons, dates: sentenceDates), !before.told {
                mentions.removeAll { $0 == before.date }
            }
            let reporters = Self.sources(among: persons, in: sentence.characters, folded: folded, spaced: spacedCharacters)
            let reportDates = sentenceDates.filter { Self.follows(Triggers.reporting, $0.offset, within: 12, in: spacedCharacters) }
            // (The source the sentence closes with, for a call-off with no agent: "…, has been postponed, Suga announced".)
            let announcer = persons.last { reporters.contains($0.offset) && Self.closesWithAttribution($0, in: sentence.characters) }
            let before = discourse.events.count
            var tracedClauses: [ClauseSpan] = []
            defer { if let trace { trace(Self.traceLine(sentence, persons, places, mentions, tracedClauses, discourse.events[before...])) } }
            // "BEIJING -- Vice President Dick Cheney met with …": a lead's dateline places what the lead itself reports.
            // (Not one on the sidelines of a gathering, which may be held elsewhere: "WASHINGTON -- Blinken met Wang Yi on the
            // sidelines of the ASEAN meetings".)
            if let lead = Self.leadDateline(sentence.text, places: places), !Triggers.summitMeeting.occurs(in: folded) {
                discourse.setFrame(lead, dates: [], people: [], newEvents: [])
            }
            if Self.representation(in: folded, persons: persons, discourse: &discourse) {
                continue
            }
            var clauses = Self.datedApart(
                Self.clauses(folded: foldedCharacters, text: foldedTexts[index], original: sentence.characters), dates: mentions, characters: sentence.characters)
            if foldedCharacters.count == sentence.characters.count { clauses = Self.cutBeforeNegation(clauses, folded: foldedCharacters) }
            if let scene = Self.speakingOpenerEnd(sentence.characters), scene < clauses[0].end {
                clauses[0].start = scene + 1
                if let hole = clauses[0].hole, hole.upperBound <= clauses[0].start { clauses[0].hole = nil }
            }
            if trace != nil { tracedClauses = clauses }
            let reading = SentenceReading(
                sentence: sentence, index: index, folded: folded, foldedCharacters: foldedCharacters,
                spaced: spacedCharacters, persons: persons, places: places, dates: mentions, reporters: reporters, reportDates: reportDates,
                announcer: announcer, subject: subject, datedSince: datedSince, newEvents: before)
            clauseEvents(clauses, of: reading, article: article, people: people, site: site, discourse: &discourse)
            Self.meetingAtArrival(newEvents: before, discourse: &discourse)
            Self.summitWhereItsMeetingIs(newEvents: before, discourse: &discourse)
            Self.earlierOfItsKind(
                in: folded, sentence: sentence, persons: persons.filter { !reporters.contains($0.offset) }, places: places, dates: sentenceDates, published: article.published, newEvents: before,
                discourse: &discourse)
            Self.callBeforeFirst(
                in: folded, sentence: sentence, persons: persons.filter { !reporters.contains($0.offset) }, dates: mentions,
                published: article.published, newEvents: before, discourse: &discourse)
            if datedSince {
                Self.visitBeforeFirst(
                    in: folded, sentence: sentence, persons: persons.filter { !reporters.contains($0.offset) }, places: places, dates: mentions,
                    published: article.published, newEvents: before, discourse: &discourse)
            }
            Self.visitorBeforeFirst(
                in: folded, sentence: sentence, persons: persons.filter { !reporters.contains($0.offset) }, places: places, dates: sentenceDates,
                newEvents: before, discourse: &discourse)
            Self.visitReference(
                in: folded, sentence: sentence, persons: persons, dates: mentions, published: article.published, newEvents: before, discourse: &discourse)
            Self.meetingReference(
                in: folded, sentence: sentence, persons: persons, places: places, dates: mentions, published: article.published, newEvents: before,
                discourse: &discourse)
            Self.callReference(in: folded, newEvents: before, discourse: &discourse)
            Self.companions(in: folded, persons: persons, newEvents: before, discourse: &discourse)
            Self.seatedGathering(
                in: folded, sentence: sentence, persons: persons, places: places, dates: mentions, published: article.published, newEvents: before,
                discourse: &discourse)
            Self.attendance(
                in: folded, previous: index > 0 ? " " + foldedTexts[index - 1] + " " : "", sentence: sentence, persons: persons, places: places,
                dates: mentions, newEvents: before, discourse: &discourse)
            Self.photoCaption(
                sentence: sentence, persons: persons, places: places, dates: mentions, published: article.published,
                french: article.language == .fr, newEvents: before, discourse: &discourse)
            Self.speakerAtSummit(
                in: folded, sentence: sentence, persons: persons, dates: mentions, places: places, published: article.published, newEvents: before,
                discourse: &discourse)
            discourse.told(mentions, newEvents: before)
            if let tour = Self.tourRange(in: folded, persons: persons, dates: mentions) { tours.append(tour) }
            // A sentence that places itself moves the frame: "In Seoul, …", "à New Delhi le 17 novembre 2017". One that names
            // no event does only by opening with its place: "la France soutient X … lors de l'élection qui aura lieu en
            // octobre à Erevan", "forced thousands to seek refuge in Russia" place nothing the article goes on about.
            let located = places.filter { $0.kind != .adjective && Self.isLocated($0, in: sentence.characters, travel: false) }
            // (Not a sentence that only tells of an invitation: "Sharif accepted Modi's invitation after days of deliberation in
            // Islamabad" is not where the news goes on.)
            let onlyInvited = discourse.events.count > before && discourse.events[before...].allSatisfy { $0.kind == "invitation" }
            let namesEvent = located.contains { $0.offset >= 24 } && !onlyInvited
                && (discourse.events.count > before || Self.namesAnEventPhrase(folded))
            // (Not a place where nothing the sentence reports happened, on the way to where its news is, unless it leads the
            // sentence: "M. Albanese, qui a prêté serment lundi matin à Canberra, … est arrivé à Tokyo" goes on in Tokyo.)
            let heldThere = discourse.events[before...].last { !$0.inPassing && $0.status == .held && $0.hostCountry != nil }?.hostCountry
            let first = located.first(where: { $0.offset < 24 || namesEvent })
            let news = first.flatMap { first in
                first.offset < 24 || heldThere == nil || discourse.events[before...].contains { $0.hostCountry == first.country } ? nil
                    : located.first { $0.offset > first.offset && $0.country == heldThere }
            }
            if let place = news ?? first {
                discourse.setFrame(place, dates: mentions, people: persons, newEvents: discourse.events[before...])
                // "In South Africa, August 7-9, the Secretary will …" after "will travel to South Africa, the DRC and Rwanda from
                // August 7 to 11": the stop's own days narrow the trip's range for that country.
                if place.offset < 24, let stop = mentions.first(where: { $0.offset < 48 }) {
                    Self.narrowStop(in: place.country, to: stop, events: &discourse.events, before: before)
                }
            } else if let place = Self.correspondentLine(folded, count: sentence.characters.count, places: places)
                ?? Self.agencyDateline(sentence.text, places: places, dates: mentions)
                ?? (index < 6 ? Self.placeLine(sentence.text, places: places) : nil)
            {
                // "Avec notre envoyé spécial à Abidjan", "WASHINGTON (AP) — …": what the text goes on to tell happened there.
                // ("PYONGYANG, 24 oct (AFP)": and then, as a dateline's date.)
                let bracket = sentence.characters.firstIndex(of: "(") ?? 0
                discourse.setFrame(place, dates: mentions, people: [], newEvents: [], dateline: mentions.contains { $0.offset < bracket })
            } else if let (dateline, timed) = Self.dateline(sentence.text, dates: mentions, places: places) {
                discourse.setFrame(dateline, dates: mentions, people: [], newEvents: [], dateline: true, timed: timed)
                // The heading above a dateline ("Meeting with King Abdullah II" / "August 25, 2015, The Kremlin, Moscow")
                // happened there and then, when it said neither.
                // (Only a dateline at the top: one that signs a release at its end dates nothing above it.)
                if let date = mentions.first, index <= 4 {
                    for index in discourse.events.indices where ["meeting", "talks", "summit"].contains(discourse.events[index].kind)
                        && (discourse.events[index].start == nil || discourse.events[index].start == date.start) && !discourse.events[index].inPassing
                        && (discourse.events[index].hostCountry == nil
                            || discourse.events[index].kind == "summit" && discourse.events[index].hostCountry == dateline.country)
                        // (A summit only under a timed dateline: a release "Bruxelles, le 19 septembre" announces one for the 20th.)
                        && (discourse.events[index].kind != "summit" || timed)
                    {
                        discourse.events[index].hostCountry = dateline.country
                        discourse.events[index].location = dateline.city
                        discourse.events[index].takeDate(of: date)
                    }
                }
            }
        }
        // A visit with nobody to make it ("ties between Dhaka and Colombo" after a state visit) is no event.
        let dated = Self.dateInvitationsByTheirMeeting(Self.dateVisitsByWhatHappenedThere(Self.datedByTheirTour(discourse.events, tours: tours, published: article.published)))
        // Status is relative to the publication date: what is dated after it has not been held ("Trump had been due in
        // Copenhagen on Sept. 2-3").
        let timed = dated.map { event in
            var event = event
            if event.status == .held, event.kind != "cancellation", event.kind != "invitation", let start = event.start,
                start.firstDay > article.published.lastDay
            {
                event.status = .planned
            }
            return event
        }
        // (A visit is to another country: one by its own country's people only is a misreading, "At the invitation of the
        // Chancellor, Prime Minister will travel to Vienna" giving the Chancellor the trip.)
        return Self.tripsToSummits(Self.attendeesMetAtSummits(Self.merge(Self.calledOffAsTheArticleSays(timed)))).filter { event in
            event.kind != "visit" || !event.participants.isEmpty
                && !event.participants.allSatisfy { $0.country != nil && $0.country == event.hostCountry }
        }
    }

    /// Whether a guest named by name (not a title, not in the possessive) follows a reception's verb at `offset`: "Joe Biden
    /// welcomed Fumio Kishida at the White House", not "welcomed the President's support" or "welcomed Kishida's plan".
    static func namedGuest(after offset: Int, in clause: Clause) -> Bool {
        guard let guest = clause.persons.filter({ $0.offset > offset && $0.offset - offset <= 64 }).min(by: { $0.offset < $1.offset }),
            guest.source != .title, guest.source != .reference,
            // (Not the agent of a passive, "The proposal was welcomed by President Susilo Bambang Yudhoyono", nor someone's
            // what, "welcomed the election of Joe Biden".)
            !String(clause.sentence.characters[offset..<guest.offset]).split(separator: " ").contains(where: { ["by", "of"].contains($0) })
        else { return false }
        let words = String(clause.sentence.characters[guest.offset...].prefix(48)).split(separator: " ").prefix(3)
        return !words.contains { $0.hasSuffix("'s") || $0.hasSuffix("’s") }
    }

    /// Whether "called on" at `end` (just after the phrase) pays someone a call: a person right after it (a title and articles
    /// between at most), and no "to" and a verb after them, which makes it an appeal ("called on the President to resign").
    static func courtesyCall(after end: Int, in clause: Clause) -> Bool {
        guard let person = clause.persons.filter({ $0.offset >= end }).min(by: { $0.offset < $1.offset }), person.offset - end <= 48,
            case let between = clause.sentence.characters[end..<person.offset], !between.contains(","),
            !fold(String(between)).split(separator: " ").contains(where: { ["with", "and", "to", "for", "by", "of", "all"].contains($0) })
        else { return false }
        // ("calls on Putin, Zelensky to agree a ceasefire", "called on President Ruto for restraint": an appeal, past commas;
        // up to a new clause only: "called on Prime Minister Wickremesinghe at 12.15 p.m., and thereafter is likely to meet …".)
        // (Cut before folding, which drops the commas.)
        var after = String(clause.sentence.characters[person.offset...].prefix(80))
        if let clauseEnd = [", and ", ", et "].compactMap({ after.characterOffset(of: $0) }).min() { after = String(after.prefix(clauseEnd)) }
        let words = fold(after).split { !$0.isLetter }.map(String.init)
        if words.contains("for") { return false }
        guard let to = words.firstIndex(of: "to"), to + 1 < words.count else { return true }
        return ["him", "her", "them", "the", "a", "an", "his", "their", "its", "this", "that"].contains(words[to + 1])
    }

    /// Gives the last trip to `country` reported before the sentence the days `stop` gives it, when they fall within the
    /// trip's wider range.
    static func narrowStop(in country: String, to stop: DateMention, events: inout [ExtractedEvent], before: Int) {
        guard let index = events.indices.last(where: { $0 < before && events[$0].kind == "visit" && events[$0].hostCountry == country
            && !events[$0].inPassing }),
            let start = events[index].start, let end = events[index].end, start.precision == .day, stop.start.precision == .day
        else { return }
        let stopEnd = stop.end ?? stop.start
        guard start.firstDay <= stop.start.firstDay, stopEnd.lastDay <= end.lastDay, start != stop.start || end != stopEnd else { return }
        events[index].takeDate(of: stop)
    }

    /// One clause with everything found in it, as the event rules read it.
    struct Clause {
        var sentence: Sentence
        var text: String
        /// The clause folded, with a space at each end.
        var folded: String
        /// The whole sentence folded, with a space at each end (as characters), made once for its clauses.
        var sentenceSpaced: [Character] = []
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
        /// Who "you" is, in a transcript.
        var addressee: PersonMention? = nil
        /// In the first sentences of the text: its heading and lead.
        var inLead = false
        /// The host name of the article's address ("en.kremlin.ru"), for a heading that names one party only.
        var site: String?
        /// Whether the text is telling of calls here: the sentence names one, or the last event told was one. There "spoke
        /// with X", unplaced, is a call too ("Trump then spoke with President Volodymyr Zelensky").
        var callsTold = false
        /// The clause's triggers: kind group (talks count as meetings) and offset.
        var triggers: [(group: String, offset: Int)] = []
        /// Where a purpose clause starts ("… to hold talks"): triggers after it are planned.
        var plannedFrom: Int?
        /// The last sentence's subject, when this sentence names one person only: the other party of a
        /// meeting it reports ("Cet entretien a été suivi d'une audience auprès du président Blaise Compaoré").
        var previousSubject: PersonMention?
        /// The dates the whole sentence gives (a clause may have none of its own).
        var sentenceDates: [DateMention] = []
        var sentenceDated: Bool { !sentenceDates.isEmpty }
        /// The sentence folded with a space at each end: as the loop made it, else made now.
        var spaced: [Character] { sentenceSpaced.isEmpty ? Array(" " + ArticleExtractor.fold(sentence.text) + " ") : sentenceSpaced }
        /// The dates of the sentence's reporting ("the White House said late on Thursday"): no event's, but the day a
        /// cancellation the sentence reports was announced.
        var reportDates: [DateMention] = []
        /// The source a sentence closes with ("…, spokesman Cheon Ho-seon told reporters."): no party to what it reports.
        var announcer: PersonMention?
        /// In a French article, where the clause's verbs in the future are, by their endings (``Triggers/frenchFutureOffsets(in:)``).
        var frenchFutures: [Int] = []
    }

    /// Whether a bare "se rend" has its day, then a place's preposition, after it ("se rend ce mardi en Inde",
    /// "se rend vendredi à Berlin"). Folded, spaced.
    static func goesAfterItsDay(_ folded: String) -> Bool {
        guard let at = folded.characterOffset(of: " se rend ") else { return false }
        var words = folded.dropFirst(at + 9).split(separator: " ").prefix(6)[...]
        let day = { (word: Substring) in
            DateResolver.weekdays[String(word)] != nil || DateResolver.months[String(word)] != nil || word.allSatisfy(\.isNumber)
                || ["ce", "cette", "le", "demain", "aujourd", "hui", "des", "prochain", "prochaine", "matin", "soir", "er"].contains(word)
        }
        guard let first = words.first, day(first) else { return false }
        while let word = words.first, day(word) { words = words.dropFirst() }
        return words.first.map { ["a", "au", "aux", "en", "dans", "chez"].contains($0) } ?? false
    }

    /// Words before "part pour" that make it a share ("sa part pour", "la plus grande part pour"). Folded.
    static let shareWords = [
        "sa", "la", "une", "leur", "notre", "votre", "ma", "ta", "de", "d", "quelle", "cette", "grande", "petite", "juste", "bonne",
        "large", "propre", "meilleure",
    ]

    /// The place of a dateline, a line that is only a full date and where ("August 25, 2015, The Kremlin, Moscow",
    /// "3 septembre 2019, Oulan-Bator"), or a title's parenthesis that is ("Déclaration de …(Doha, 28 mars 2022)"):
    /// what follows happened there and then, unless it says otherwise.
    /// With `timed`, the line gives the hour too: it stamps what happened then (a transcript's), not a release's day.
    static func dateline(_ text: String, dates: [DateMention], places: [PlaceMention]) -> (place: PlaceMention, timed: Bool)? {
        // (Most sentences have no full date and city at all: they are done before anything is copied or folded.)
        guard dates.contains(where: { $0.start.precision == .day && !$0.yearGuessed }), places.contains(where: { $0.kind == .city })
        else { return nil }
        let characters = Array(text)
        var spans = [0..<characters.count]
        var open: Int?
        for (index, character) in characters.enumerated() {
            if character == "(" { open = index + 1 } else if character == ")", let start = open { spans.append(start..<index); open = nil }
        }
        // A statement's heading that ends with where and when it was made ("Déclaration de M. X, …, à Erevan le 26 mai 2025.").
        let heading = ["declaration", "discours", "intervention", "entretien", "conference de presse", "allocution", "point de presse",
            "communique", "statement", "remarks", "speech", "press conference", "interview"]
        let opening = fold(String(characters.prefix(24)))
        if heading.contains(where: opening.hasPrefix), let city = places.last(where: { $0.kind == .city }) {
            var end = characters.count
            while end > city.offset, [".", " "].contains(characters[end - 1]) { end -= 1 }
            spans.append(city.offset..<end)
        }
        for span in spans where span.count <= 80 {
            let inside = { (offset: Int, length: Int) in offset >= span.lowerBound && offset + length <= span.upperBound }
            let spanDates = dates.filter { inside($0.offset, $0.text.count) }
            let spanPlaces = places.filter { inside($0.offset, $0.text.count) }
            guard spanDates.count == 1, let date = spanDates.first, date.start.precision == .day, !date.yearGuessed,
                let place = spanPlaces.last(where: { $0.kind == .city })
            else { continue }
            // Nothing but the date, the places and the commas between them.
            var rest = characters
            let mentions = spanPlaces.map { ($0.offset, $0.text.count) } + [(date.offset, date.text.count)]
            for (offset, length) in mentions.sorted(by: { $0.0 > $1.0 }) { rest.removeSubrange(offset..<(offset + length)) }
            let words = fold(String(rest[span.lowerBound..<(span.upperBound - mentions.reduce(0) { $0 + $1.1 })])).split(separator: " ")
            // (The Kremlin's datelines give the hour: "October 14, 2022, 13:00, Astana".)
            let hour = words.filter { $0.count <= 2 && $0.allSatisfy(\.isNumber) || $0 == "h" }
            if words.allSatisfy({ ["the", "le", "la", "a"].contains($0) || hour.contains($0) }) { return (place, !hour.isEmpty) }
        }
        return nil
    }

    /// The place of a correspondent's line ("Avec notre envoyé spécial à Abidjan", "De notre correspondante à Pékin",
    /// "From our correspondent in Nairobi"): a short line that is only that and where.
    static func correspondentLine(_ folded: String, count: Int, places: [PlaceMention]) -> PlaceMention? {
        guard count <= 80, Triggers.correspondents.contains(where: folded.hasPrefix), places.count == 1, let place = places.first,
            place.kind != .adjective, place.offset + place.text.count >= count - 2
        else { return nil }
        return place
    }

    /// A line near the top that is only a city's name ("Dar es Salaam."): the place the copy was filed from.
    static func placeLine(_ text: String, places: [PlaceMention]) -> PlaceMention? {
        guard places.count == 1, let place = places.first, place.kind == .city, place.offset == 0,
            text.dropFirst(place.text.count).allSatisfy({ $0 == "." || $0 == " " })
        else { return nil }
        return place
    }

    /// "LONDON — European leaders closed ranks …", "BEIJING -- Vice President …": a city in capitals and a dash open the
    /// lead. (A capital the gazetteer knows as its country's name, "BEIJING", too.)
    static func leadDateline(_ text: String, places: [PlaceMention]) -> PlaceMention? {
        guard let first = places.first, first.offset == 0, first.kind != .adjective, first.text.count >= 3,
            first.text.allSatisfy({ $0.isUppercase || $0 == " " || $0 == "-" })
        else { return nil }
        let rest = text.dropFirst(first.text.count).drop { $0 == " " }
        return rest.first.map({ "—–".contains($0) }) == true || rest.hasPrefix("--") ? first : nil
    }

    /// The place of an agency's dateline ("PATTAYA, Thailand (AP)", "BEIJING (Reuters) -", "KUALA LUMPUR, Dec 14 (AFP)"): a
    /// line that is only places, perhaps a date, and the agency's name in brackets.
    /// So does one that opens a lead ("WASHINGTON (AP) — Israel and two Gulf Arab states signed …").
    static func agencyDateline(_ text: String, places: [PlaceMention], dates: [DateMention]) -> PlaceMention? {
        if let lead = leadDateline(text, places: places) { return lead }
        guard let open = text.firstIndex(of: "("), text.distance(from: text.startIndex, to: open) <= 40,
            let close = text[open...].firstIndex(of: ")"),
            let place = places.first(where: { $0.kind == .city }) ?? places.first(where: { $0.kind == .country }),
            place.offset < text.distance(from: text.startIndex, to: open)
        else { return nil }
        let agency = fold(String(text[text.index(after: open)..<close])).split(separator: " ").joined(separator: " ")
        guard PersonFinder.newsAgencies.contains(agency) else { return nil }
        // Before the bracket, nothing but the places and commas; after it, at most a dash.
        var before = String(text[..<open])
        let spans = places.map { ($0.offset, $0.text.count) } + dates.map { ($0.offset, $0.text.count) }
        for (offset, length) in spans.sorted(by: { $0.0 > $1.0 }) where offset + length <= before.count {
            let start = before.index(before.startIndex, offsetBy: offset)
            before.replaceSubrange(start..<before.index(start, offsetBy: length), with: "")
        }
        // (A town the gazetteer does not know may open it, in capitals: "BRDO, Slovenia, June 16 (Reuters)".)
        if let comma = before.firstIndex(of: ","), place.offset > 0,
            case let town = before[..<comma], town.count >= 3, town.allSatisfy({ $0.isUppercase || $0 == " " || $0 == "-" })
        {
            before.removeSubrange(..<comma)
        }
        // After it, at most a dash, or a dash and the lead.
        let after = text[text.index(after: close)...].drop { $0 == " " }
        guard before.allSatisfy({ $0 == "," || $0 == " " }), after.isEmpty || "-–—".contains(after.first!) else { return nil }
        return place
    }

    /// A sentence's dates, a day or month told without its year taking the year of the same month told with it earlier in
    /// the sentence ("avait suivi le même chemin en décembre 2021 : il avait été reçu à Paris le 10 décembre").
    static func yearsCarried(_ dates: [DateMention], in characters: [Character]) -> [DateMention] {
        dates.map { date in
            // (A year written out only: not one guessed for "December 3" before "December 10"; nor one after "since", which
            // is background: "depuis le début de l'invasion russe en février 2022, font suite à l'appel du 12 février".)
            guard date.yearGuessed, let month = date.start.month,
                let told = dates.last(where: { other in
                    other.offset < date.offset && !other.yearGuessed && !other.yearOmitted && !other.weekdayGuessed && other.start.month == month
                }),
                case let lead = " " + fold(String(characters[max(0, told.offset - 60)..<told.offset])) + " ",
                ![" depuis ", " since "].contains(where: lead.includes),
                told.start.year != date.start.year,
                let start = PartialDate(year: told.start.year, month: month, day: date.start.day)
            else { return date }
            var carried = date
            let shift = told.start.year - date.start.year
            carried.start = start
            carried.end = date.end.flatMap { end in end.month.flatMap { PartialDate(year: end.year + shift, month: $0, day: end.day) } }
            carried.yearGuessed = false
            carried.yearOmitted = false
            return carried
        }
    }

    /// The offsets of the commas that only set a country after one of its cities: both in "in Lima, Peru, or travel to".
    static func countryCommas(in clause: Clause) -> Set<Int> {
        let characters = clause.sentence.characters
        var commas: Set<Int> = []
        for country in clause.sentencePlaces where country.kind == .country && country.offset >= 2 {
            let comma = country.offset - 2
            guard characters[comma] == ",", characters[comma + 1] == " ",
                clause.sentencePlaces.contains(where: { $0.kind == .city && $0.country == country.country && $0.offset + $0.text.count == comma })
            else { continue }
            commas.insert(comma)
            let end = country.offset + country.text.count
            if end < characters.count, characters[end] == "," { commas.insert(end) }
        }
        return commas
    }

    /// Whether "spoke with" in a text telling of calls is one: someone named right after it, no journalist, and nothing in
    /// the sentence that places it or says it was in person ("spoke with Xi on the sidelines of the summit in Lima" is not).
    static func isUnplacedCall(_ phrase: String, in clause: Clause) -> Bool {
        let spaced = String(clause.spaced)
        let placed = clause.sentencePlaces.contains { place in
            place.kind == .city || place.kind != .adjective && isLocated(place, in: clause.sentence.characters, travel: false)
        }
        // (Nor one denied, "had not spoken with Putin since September 2022", nor told in an interview or on a trip: "In a phone
        // interview with Reuters, Zelensky said he spoke with Biden", "spoke with Shoukry during his trip to Egypt".)
        guard let at = clause.folded.characterOffset(of: " " + phrase + " ") else { return false }
        let before = String(clause.folded.prefix(at + 1)).split(separator: " ").suffix(2)
        // (Someone of another country, an official the registry knows: not "Fox News host Sean Hannity", nor "his national
        // security adviser Jake Sullivan".)
        guard let called = object(after: phrase, in: clause, within: 40)?.person, let country = called.country,
            country != clause.persons.first(where: { $0.offset < clause.start + at })?.country
        else { return false }
        // (Nor in a sentence that tells an encounter in person: "received Zelensky and also spoke with Scholz".)
        return !placed && personRightAfter(phrase, in: clause) && !Triggers.inPerson.occurs(in: spaced)
            && !Triggers.inPersonScenes.occurs(in: spaced) && !before.contains { ["not", "never", "t"].contains($0) }
    }

    /// Whether a clause is a government readout's that names no place and no meeting: there "spoke with X" is a call
    /// ("spoke with Xi for four hours at a country estate outside San Francisco", in a news story, is not).
    static func isUnplaced(_ clause: Clause) -> Bool {
        guard let site = clause.site, ["state.gov", "gov.uk", "kremlin.ru", "elysee.fr", "gouv.fr", "whitehouse.gov"].contains(where: site.hasSuffix)
        else { return false }
        let placed = clause.sentencePlaces.contains { place in
            place.kind == .city || place.kind != .adjective && isLocated(place, in: clause.sentence.characters, travel: false)
        }
        return !placed && !clause.folded.includes(" met ") && !clause.folded.includes(" meeting ")
    }

    /// Whether a place follows `phrase` at once in the clause ("continue to Seoul", "heads to the Philippines").
    /// Whether someone the clause names follows its "avec" at once (titles and honorifics between allowed).
    static func personAfterWith(in clause: Clause) -> Bool {
        guard let with = clause.folded.characterOffset(of: " avec ") else { return false }
        return clause.persons.contains { $0.offset > clause.start + with && $0.offset - (clause.start + with) <= 12 }
    }

    /// Whether someone the clause names follows `phrase` closely, with no comma and no journalists between ("une conférence de
    /// presse avec le Premier ministre Ulf Kristersson", "a press conference with Indian Foreign Minister Subrahmanyam
    /// Jaishankar"; not "une conférence de presse avec des journalistes mardi, Dmitri Peskov a indiqué …").
    static func personRightAfter(_ phrase: String, in clause: Clause) -> Bool {
        guard let found = clause.folded.characterOffset(of: " " + phrase + " ") else { return false }
        let end = clause.start + found + phrase.count
        guard let person = clause.persons.first(where: { $0.offset > end }), person.offset - end <= 64 else { return false }
        let between = " " + fold(String(clause.sentence.characters[end..<person.offset])) + " "
        return ![" journalistes ", " journalists ", " reporters ", " media ", " medias ", ","].contains(where: between.includes)
    }

    /// Whether a person the clause names is the subject right before `phrase`: only their name, title, or pronoun and an
    /// adverb between ("Félix Tshisekedi est encore aux", "the President is in", "il sera à"); not a possessive ("Trump's
    /// daughter Ivanka was visiting"), nor a country or a thing ("la France est au Mali").
    static func subjectRightBefore(_ phrase: String, in clause: Clause) -> Bool {
        // (Any of the phrase's occurrences: "Macron, dont l'armée est au Mali depuis 2013, est au Niger depuis jeudi".)
        var from = 0
        while let offset = clause.folded.characterOffset(of: " " + phrase + " ", from: from) {
            if subjectRightBefore(at: clause.start + offset, in: clause) { return true }
            // ("flew to Eswatini on Monday, and is expected in Angola later this week": the subject of the verb it is joined to.)
            if joinedByAnd(phrase, at: offset, in: clause) { return true }
            from = offset + 1
        }
        return false
    }

    /// Whether an expected trip's phrase ("is expected in", "is due in") at folded `offset` (else its first occurrence) is joined
    /// to the verb before it by "and"/"et", adverbs aside ("and is also expected in").
    static func joinedByAnd(_ phrase: String, at offset: Int? = nil, in clause: Clause) -> Bool {
        guard Triggers.expectedIn.contains(phrase), let offset = offset ?? clause.folded.characterOffset(of: " " + phrase + " "),
            let joined = clause.folded.prefix(offset).split(separator: " ").last(where: { !Triggers.beingAdverbs.contains(String($0)) })
        else { return false }
        return ["and", "et"].contains(String(joined))
    }

    /// Whether a country or a city is named right after `phrase` in the clause (within 32 characters after a tour, at once after
    /// a stop: "stopped in his tracks over Sweden's NATO bid" is none), abroad for the subject before it ("Lula toured the
    /// flooded areas of Rio Grande do Sul" is no trip).
    private static func countryOrCityFollows(_ phrase: String, in clause: Clause) -> Bool {
        guard let offset = clause.folded.characterOffset(of: " " + phrase + " ") else { return false }
        let end = clause.start + offset + phrase.count
        // ("stopped in neighboring Moldova": a neighbour's adjective may stand between.)
        let neighbour = ["neighboring", "neighbouring", "nearby"].first { clause.folded.dropFirst(offset + phrase.count + 2).hasPrefix($0 + " ") }
        let reach = phrase.hasPrefix("stopped") ? 6 + (neighbour.map { $0.count + 1 } ?? 0) : 32
        let home = clause.persons.last { $0.offset < end }?.country
        return clause.places.contains {
            ($0.kind == .country || $0.kind == .city) && $0.offset >= end && $0.offset - end <= reach && $0.country != home
        }
    }

    /// Whether the clause's "stop in" is a verb ("must stop in Sudan"), not a trip's stop ("his stop in Jordan").
    private static func stopIsAVerb(in clause: Clause) -> Bool {
        guard let offset = clause.folded.characterOffset(of: " stop in ") else { return true }
        return clause.folded.prefix(offset).split(separator: " ").last.map { Triggers.stopAsVerb.contains(String($0)) } ?? true
    }

    private static func subjectRightBefore(at: Int, in clause: Clause) -> Bool {
        let pronouns = ["he", "she", "they", "il", "elle", "ils", "elles"]
        // (A pronoun alone opening the clause, its person unresolved in a quotation: "“He will be in Russia on June 1-2".)
        let opening = fold(String(clause.sentence.characters[clause.start..<min(at, clause.sentence.characters.count)])).split(separator: " ")
        if opening.count == 1, pronouns.contains(String(opening[0])) { return true }
        // (Or a pronoun right before it, past its auxiliaries: "Rabuka announces he will not be going to China".)
        if let pronoun = opening.reversed().first(where: { !Triggers.beingAdverbs.contains(String($0)) }), pronouns.contains(String(pronoun)) {
            return true
        }
        guard let person = clause.persons.last(where: { $0.offset < at }), at - person.offset <= 80 else { return false }
        let between = Array(clause.sentence.characters[person.offset..<min(at, clause.sentence.characters.count)])
        guard !String(between).contains("'s "), !String(between).contains("’s ") else { return false }
        return PersonFinder.words(between).allSatisfy { word in
            let folded = fold(word.text)
            return PersonFinder.isNameOrTitleWord(word.text) || pronouns.contains(folded) || Triggers.beingAdverbs.contains(folded)
                || PersonFinder.titleWords.contains(folded)
                // ("Le président français sera donc présent", "Sergei Lavrov, who was in Pyongyang", "Le chef de l'Etat sera à Alger",
                // "Ursula von der Leyen", "Abdel Fattah al-Sisi", "Mohammed bin Salman".)
                || Self.nameAndTitleLinks.contains(folded)
                || word.text.lowercased().hasPrefix("al-") || word.text.lowercased().hasPrefix("el-")
        }
    }

    /// Small words inside names and titles, and relative pronouns, that may stand between a subject and its verb. Folded.
    static let nameAndTitleLinks: Set<String> = [
        "who", "qui", "the", "le", "la", "l", "les", "de", "d", "des", "du", "of", "von", "van", "der", "den", "al", "el", "ben", "bin",
        "da", "dos", "di", "et", "and", "for", "pour", "chef", "cheffe", "diplomatie", "diplomacy", "head", "affaires", "etrangeres",
        "foreign", "affairs", "etat", "state",
    ]

    /// Whether a handshake is told as refused or not given ("refused to shake hands", "did not shake hands", "a refusé de
    /// lui serrer la main").
    static func handshakeRefused(_ phrase: String, in clause: Clause) -> Bool {
        guard let offset = clause.folded.characterOffset(of: " " + phrase + " ") else { return false }
        let before = String(clause.folded.prefix(offset + 1).suffix(24))
        return [" refus", " declin", " not ", " never ", " n t ", " pas "].contains(where: before.includes)
    }

    /// Whether a place foreign to the clause's first person follows `phrase` in the clause.
    static func placeAfter(_ phrase: String, in clause: Clause) -> Bool {
        guard let offset = clause.folded.characterOffset(of: " " + phrase + " ") else { return false }
        let home = clause.persons.first?.country
        return clause.places.contains { $0.kind != .adjective && $0.offset > clause.start + offset && $0.country != home }
    }

    /// Whether what a verb of receiving has for its object is a thing: a call, a letter, a message ("a reçu un appel de …").
    static func receivesAThing(after phrase: String, in clause: Clause) -> Bool {
        guard let offset = clause.folded.characterOffset(of: " " + phrase + " ") else { return false }
        let next = " " + clause.folded.dropFirst(offset + phrase.count + 2).split(separator: " ").prefix(4).joined(separator: " ") + " "
        return Triggers.thingsReceived.contains(where: next.hasPrefix)
    }

    /// "est arrivé deuxième dimanche à Paris", "arrived first in the race": a rank, not a trip.
    static func followedByRank(_ phrase: String, in clause: Clause) -> Bool {
        guard let offset = clause.folded.characterOffset(of: " " + phrase + " ") else { return false }
        let next = clause.folded.dropFirst(offset + phrase.count + 2).split(separator: " ").first.map(String.init) ?? ""
        return ["premier", "premiere", "deuxieme", "second", "seconde", "troisieme", "dernier", "derniere", "first", "third", "last"].contains(next)
            || clause.folded.includes(phrase + " en tete")
    }

    /// Whether `place` is where a trip of the subject's goes ("lors de sa première visite à Pékin", "during his trip to
    /// Beijing"): a trip noun, with its preposition, right before it, and a possessive before the noun. (Not "le voyage en
    /// Chine de ce dernier", someone else's, which stays a topic.)
    static func ownTrip(to place: PlaceMention, in spaced: [Character]) -> Bool {
        guard let (window, end) = phraseEnd(Triggers.tripsTo, before: place.offset, within: 2, in: spaced, nearest: true) else { return false }
        let before = fold(String(window.prefix(end))).split(separator: " ").dropLast(2).suffix(3)
        return before.contains { ["sa", "son", "ses", "his", "her", "their", "leur"].contains($0) }
    }

    /// Where a clause tells of the leaders of several countries gathered: opened by the French participle, its subject a
    /// group of leaders ("Réunis vendredi à Yaoundé autour de Paul Biya, les six chefs d'Etat de la Cemac …"), or "leaders of
    /// … nations/countries" before a gathering's participle and a place ("Leaders of Arab and Muslim nations meeting in
    /// Riyadh"): the participle and its offset. Not two leaders, who meet ("Réunis à Luanda, les deux chefs d'État", "the
    /// leaders of the two countries met").
    static func leadersGathered(in clause: Clause) -> (phrase: String, offset: Int)? {
        let folded = clause.folded
        // (Heads of state or a bloc's leaders only: not "dirigeants syndicaux", "les dirigeants de la majorité"; nor two of them,
        // "les deux chefs d'État", "les chefs d'État français et allemand".)
        if clause.start == 0, let participle = [" reunis ", " rassembles "].first(where: folded.hasPrefix) {
            let head = String(String(clause.sentenceSpaced).prefix(300))
            // ("les dirigeants de l'organisation", "les dirigeants de la Cédéao": a bloc's.)
            let groups = [" chefs d etat ", " chefs de gouvernement "].compactMap { head.characterOffset(of: $0) }
                + ([" dirigeants de l organisation ", " dirigeants du bloc "].compactMap { head.characterOffset(of: $0) })
                + Triggers.blocLeaders.occurrences(in: head).map(\.offset)
            guard let group = groups.min(),
                case let before = head.prefix(group + 1), !before.contains(" deux "), !before.contains(" trois "),
                !head.dropFirst(group).prefix(40).contains(" deux "),
                case let after = head.dropFirst(group + 1).split(separator: " ").dropFirst(3).prefix(3),
                !(after.count == 3 && after[after.startIndex + 1] == "et" && !["de", "du", "des", "d"].contains(after.first!))
            else { return nil }
            return (String(participle.dropFirst().dropLast()), 0)
        }
        guard let leaders = [" leaders of ", " heads of state of ", " leaders from "].compactMap({ folded.characterOffset(of: $0) }).min()
        else { return nil }
        for verb in [" meeting in ", " gathered in ", " met in ", " convened in ", " meeting at ", " gathered at "] {
            // (With the place right after: not "met in person".)
            guard let at = folded.characterOffset(of: verb, from: leaders), at - leaders <= 70,
                clause.places.contains(where: { place in
                    place.kind != .adjective && (0...4).contains(place.offset - clause.start + 1 - (at + verb.count))
                })
            else { continue }
            let between = " " + String(folded.dropFirst(leaders).prefix(at - leaders + 1)) + " "
            // (Countries named by their adjectives, "Arab and Muslim nations", "EU member states": not two countries', nor
            // others' leaders, "Leaders of both nations met", "Leaders of the rebel groups from several countries met in Doha",
            // "Religious leaders of 20 countries".)
            let written = Array(clause.text)
            guard let noun = [" nations ", " countries ", " states ", " member "].compactMap({ between.characterOffset(of: $0) }).min(),
                case let words = between.prefix(noun).split(separator: " "), let adjective = words.last,
                case let named = leaders + noun - adjective.count - 2, named >= 0, named < written.count, written[named].isUppercase,
                !folded.prefix(leaders).split(separator: " ").suffix(1).contains(where: { Triggers.otherLeaders.contains(String($0)) }),
                ![" two ", " both ", " rebel ", " groups ", " parties ", " opposition "].contains(where: between.includes)
            else { return nil }
            return (String(verb.dropFirst().dropLast()), clause.start + at)
        }
        return nil
    }

    /// "La chef de la diplomatie de l'Union européenne était ce mardi à Téhéran", "Pompeo was on Friday in Bogota": a verb of
    /// being there, the day, then the place, its subject right before the verb. The trigger it makes: the phrase of
    /// ``Triggers/beingThere`` it stands for, where the verb is.
    static func beingThereOnADay(in clause: Clause) -> (phrase: String, offset: Int)? {
        let folded = clause.folded
        for date in clause.dates {
            // (The folded clause has a space before its first character.)
            let start = date.offset - clause.start + 1
            let end = start + date.text.count
            guard start > 1, end < folded.count else { continue }
            var before = String(folded.prefix(start))
            for opener in [" ce ", " cette ", " this ", " on ", " le "] where before.hasSuffix(opener) {
                before = String(before.dropLast(opener.count - 1))
                break
            }
            let words = before.split(separator: " ")
            guard let (verb, phrase) = Triggers.beingThereOnADay.first(where: { verb, _ in
                words.suffix(verb.split(separator: " ").count).joined(separator: " ") == verb
            }) else { continue }
            let after = folded.dropFirst(end)
            // (Setting off takes "pour"/"for" only, being there the others.)
            let setsOff = ["s est envole", "s envolera", "s envole", "left"].contains(phrase)
            guard let preposition = (setsOff ? [" pour ", " for "] : [" a ", " au ", " aux ", " en ", " in ", " at "]).first(where: after.hasPrefix)
            else { continue }
            let verbAt = before.count - verb.count - 2
            guard clause.places.contains(where: { $0.kind != .adjective && $0.offset - clause.start + 1 - end <= preposition.count + 5 && $0.offset - clause.start + 1 > end }),
                subjectRightBefore(at: clause.start + verbAt, in: clause)
            else { continue }
            let word = preposition.split(separator: " ").first.map(String.init) ?? "a"
            return (phrase + " " + (word == "at" ? "in" : word), clause.start + verbAt)
        }
        return nil
    }

    static func placeFollows(_ phrase: String, in clause: Clause, within distance: Int = 5) -> Bool {
        guard let offset = clause.folded.characterOffset(of: " " + phrase + " ") else { return false }
        var end = clause.start + offset + phrase.count
        // ("l'a conduit successivement au Ghana": the adverbs after a trip's verb are passed over.)
        if Triggers.onwardSet.contains(phrase) {
            var rest = clause.folded.dropFirst(offset + phrase.count + 1)
            while let adverb = Triggers.legAdverbs.first(where: rest.hasPrefix) {
                end += adverb.count - 1
                rest = rest.dropFirst(adverb.count - 1)
            }
        }
        return clause.places.contains { place in
            guard place.kind != .adjective, place.offset > end else { return false }
            // (A date and a time of day between count for nothing: "est arrivé ce dimanche 4 novembre, dans l'après-midi, en
            // Arabie Saoudite". A time of day counts as the length of the longest, "dans l'après-midi, ".)
            guard distance > 5 else { return place.offset - end <= distance }
            guard isLocated(place, in: clause.sentence.characters, travel: true) else { return false }
            if place.offset - end <= distance { return true }
            // (Only when nothing else stands between: "est arrivé samedi dans la soirée après une escale au Qatar" is no visit
            // to Qatar.)
            var gap = Array(clause.sentence.characters[end..<place.offset])
            for date in clause.dates where date.offset >= end && date.offset + date.text.count <= place.offset {
                for index in (date.offset - end)..<(date.offset - end + date.text.count) { gap[index] = " " }
            }
            var words = " " + fold(String(gap)).split(separator: " ").joined(separator: " ") + " "
            for found in Triggers.timesOfDay.occurrences(in: words).reversed() {
                let length = Triggers.timesOfDay.phrases[found.phrase].count
                words = String(words.prefix(found.offset)) + " " + String(words.dropFirst(found.offset + length))
            }
            return words.split(separator: " ").allSatisfy { Self.arrivalFiller.contains(String($0)) }
        }
    }

    /// Whether "spoke with" is followed by the person spoken to, with only a title between ("spoke with Mali's foreign
    /// minister", not "spoke with journalists about Volodymyr Zelensky").
    private static func spokenTo(in clause: Clause) -> Bool {
        guard let (person, offset) = object(after: "spoke with", in: clause, within: 40) else { return false }
        let start = min(clause.start + offset + "spoke with".count + 1, person.offset)
        let between = fold(String(clause.sentence.characters[start..<person.offset])).split(separator: " ").map(String.init)
        let original = PersonFinder.words(Array(clause.sentence.characters[start..<person.offset]))
        return between.allSatisfy { word in
            PersonFinder.titleWords.contains(word) || PersonFinder.titleNouns.contains(word) || ["the", "his", "her", "their", "s"].contains(word)
                || original.contains { fold($0.text).hasPrefix(word) && $0.text.first?.isUppercase == true }
        }
    }

    /// Blocs and forums a summit is named after ("the summit of the Quad", "au sommet de l'OTAN"). Folded.
    static let gatheringNames: Set<String> = [
        "quad", "brics", "asean", "nato", "otan", "apec", "sco", "ocs", "celac", "ecowas", "cedeao", "sadc", "francophonie", "commonwealth",
        "eu", "ue", "au", "ua", "gcc", "oic", "oci",
    ]

    /// Words that may stand between an arrival's verb and its place besides a date and a time of day. Folded.
    static let arrivalFiller: Set<String> = ["ce", "cette", "le", "la", "l", "les", "en", "au", "aux", "a", "dans", "this", "the", "on", "in", "to", "at"]

    /// Whether a trigger phrase found in a clause stands for its kind there: a trip's next leg or an arrival only with a
    /// place after it, a heading's "Entretien de …" only with a person after "avec", "spoke with" only when nothing places it.
    private static func accepts(_ phrase: String, kind: String, in clause: Clause) -> Bool {
        (kind != "visit" || !Triggers.onwardSet.contains(phrase) || placeFollows(phrase, in: clause))
            // ("while visiting a factory in Romania": a place after it, not "while visiting a factory in Ohio" at home.)
            && (kind != "visit" || phrase != "while visiting" || placeAfter(phrase, in: clause))
            && (phrase != "stop in" || !stopIsAVerb(in: clause))
            // ("Lula toured the flooded areas", "Biden stopped in the middle of his speech": a tour or a stop is a trip only to a
            // country or a city named after it.)
            && (!Triggers.subjectsStops.contains(phrase) || countryOrCityFollows(phrase, in: clause))
            && (kind != "visit" || !Triggers.figurativeArrivals.occurs(in: clause.folded))
            && (kind != "visit" || !Triggers.beingThere.contains(phrase) && !Triggers.subjectsStops.contains(phrase)
                || subjectRightBefore(phrase, in: clause))
            // ("will not go to the G20 summit in Bali", "n'ira finalement pas la semaine prochaine à Bali": a gathering, or a
            // place past a date.)
            && (kind != "cancellation" || !Triggers.declinedTrips.contains(phrase) || placeFollows(phrase, in: clause, within: 32)
                || gatheringFollows(phrase, in: clause))
            && (kind != "visit" || !Triggers.arrivals.contains(phrase) || placeFollows(phrase, in: clause, within: 32)
                && !followedByRank(phrase, in: clause))
            // (A vie-publique heading, "Entretien de M. X avec M. Y, …": a meeting when a person follows "avec"; not
            // "Entretien de M. X avec France Inter", an interview.)
            && (phrase != "entretien de" || personAfterWith(in: clause))
            // (A press conference "with" someone named right after it, a title between at most: not "une conférence de presse avec
            // des journalistes mardi, Dmitri Peskov a indiqué …".)
            && (!Triggers.pressConferencesWith.contains(phrase) || personRightAfter(phrase, in: clause))
            && (kind != "phone_call" || !Triggers.spokeWith.contains(phrase) || isUnplaced(clause)
                || clause.callsTold && isUnplacedCall(phrase, in: clause))
            // ("spoke with" is a meeting only when the sentence says it was in person, with someone named right after it: not
            // "spoke with journalists about Volodymyr Zelensky".)
            && (kind != "meeting" || phrase != "spoke with" || Triggers.inPerson.occurs(in: String(clause.spaced)) && spokenTo(in: clause))
            && (kind != "cancellation" || !Triggers.withdrawals.contains(phrase) || gatheringFollows(phrase, in: clause))
            && (kind != "visit" || !Triggers.takesSomeoneTo.contains(phrase) || personTakenTo(phrase, in: clause))
            // ("refused to shake hands with Merkel": a handshake refused is no encounter told.)
            && (kind != "meeting" || !Triggers.handshakes.contains(phrase) || !handshakeRefused(phrase, in: clause))
            // ("il a reçu un appel de son homologue américain", "received a letter from": a thing received, not a guest.)
            && (!["meeting", "visit"].contains(kind) || !Triggers.receptions.contains(phrase) || !receivesAThing(after: phrase, in: clause))
            && (kind != "phone_call" || !Triggers.callVerbs.contains(phrase) || personCalled(phrase, in: clause))
    }

    /// The first person named within `distance` characters after `phrase` in the clause, with no comma between (a title
    /// may come first: "took President Bush", "called Australian Prime Minister Anthony Albanese"), and where the phrase
    /// stands in the folded clause.
    /// (A comma may stand before a name in apposition when `apposition` is set: "sent his top diplomat, Wang Yi, to Moscow".)
    static func object(after phrase: String, in clause: Clause, within distance: Int, apposition: Bool = false) -> (person: PersonMention, at: Int)? {
        guard let offset = clause.folded.characterOffset(of: " " + phrase + " ") else { return nil }
        let end = clause.start + offset + phrase.count + 1
        guard let person = clause.persons.first(where: { $0.offset >= end }), person.offset - end <= distance,
            apposition || !clause.sentence.characters[min(end, person.offset)..<person.offset].contains(",")
        else { return nil }
        return (person, offset)
    }

    /// Whether someone is called right after `phrase`: "called Australian Prime Minister Anthony Albanese", "appellerait
    /// depuis Air Force One le président sud-coréen Moon Jae-in". Not "called on", "called for", nor when a noun phrase
    /// follows the name ("called Putin a killer").
    private static func personCalled(_ phrase: String, in clause: Clause) -> Bool {
        guard let (person, offset) = object(after: phrase, in: clause, within: 40) else { return false }
        let following = clause.folded.dropFirst(offset + phrase.count + 2).split(separator: " ").first.map(String.init) ?? ""
        guard !["on", "for", "upon", "off", "it", "them", "this", "that"].contains(following) else { return false }
        // ("held what aides called "frank" talks with Rajapaksa": what something is called, with someone after it.)
        let between = " " + fold(String(clause.sentence.characters[(clause.start + offset + phrase.count + 1)..<person.offset])) + " "
        guard ![" with ", " avec ", " talks ", " meeting "].contains(where: between.includes),
            !clause.sentence.characters[(clause.start + offset)..<person.offset].contains(where: { "\"“”«»".contains($0) })
        else { return false }
        let words = String(clause.sentence.characters[person.offset...].prefix(60)).split(separator: " ")
        // ("called Mette Frederiksen's rejection … "nasty"", "called Frederiksen "nasty"": what someone or something is called.)
        // (The name stops at a comma: "called Benjamin Netanyahu, Israel's prime minister, on Sunday" is a call.)
        let capitalised = words.prefix { $0.first?.isUppercase == true }
        let name = capitalised.prefix(through: capitalised.firstIndex { $0.hasSuffix(",") } ?? capitalised.index(before: capitalised.endIndex))
        if !capitalised.isEmpty, name.contains(where: { $0.hasSuffix("'s") || $0.hasSuffix("’s") }) { return false }
        let raw = words.first { $0.first?.isUppercase != true }
        if let first = raw?.first, "\"“«'‘".contains(first) { return false }
        let next = raw.map { fold(String($0)) } ?? ""
        return !["a", "an", "the", "un", "une", "le", "la", "des"].contains(next)
    }

    /// Whether someone named right after `phrase` is taken somewhere: "will also take Wang to Kiribati", "took President
    /// Bush first to Kyoto" (a person, then "to" within four words of the name, and a place after).
    private static func personTakenTo(_ phrase: String, in clause: Clause) -> Bool {
        // ("qui mènera M. Macron successivement au Bénin": in French, the prepositions of a place.)
        let prepositions = Triggers.takesSomeoneToInFrench.contains(phrase) ? [" au ", " aux ", " en ", " a "] : [" to "]
        guard let (person, _) = object(after: phrase, in: clause, within: 32, apposition: Triggers.sendsSomeone.contains(phrase)),
            let to = prepositions.compactMap({ clause.folded.characterOffset(of: $0, from: person.offset - clause.start) }).min()
        else { return false }
        let between = String(clause.folded.dropFirst(person.offset - clause.start + 1).prefix(to - (person.offset - clause.start)))
            .split(separator: " ")
        return between.count <= 4 && clause.places.contains { $0.offset > clause.start + to && $0.offset - (clause.start + to) <= 8 }
    }

    /// Whether a reception's guest is "him" or "her" right after its verb, with someone for it to stand for: the last
    /// sentence's subject ("Theresa May welcomed him at Chequers"), or the one the clause hangs on ("Trump arrived from
    /// Hanoi, where President Tran Dai Quang had welcomed him").
    private static func guestIsPronoun(after phrase: String, in clause: Clause) -> Bool {
        (clause.previousSubject != nil || clause.persons.count >= 2) && [" him ", " her "].contains { clause.folded.includes(" " + phrase + $0) }
    }

    /// Whether a gathering ("summit", "visit", "talks") is named within 48 characters after `phrase` in the clause, and
    /// someone before it withdraws: the last person named before, with no conjunction between that opens another
    /// clause ("Trump invites ASEAN leaders to U.S. after most skip summit": not Trump).
    private static func gatheringFollows(_ phrase: String, in clause: Clause) -> Bool {
        guard let offset = clause.folded.characterOffset(of: " " + phrase + " "),
            let agent = clause.persons.last(where: { $0.offset < clause.start + offset })
        else { return false }
        let after = String(clause.folded.dropFirst(offset + phrase.count + 1).prefix(48)) + " "
        let between = " " + fold(String(clause.sentence.characters[agent.offset..<(clause.start + offset)])) + " "
        // ("pulled out of the joint communiqué of the G7 summit": the communiqué, not the summit; "will not skip": no withdrawal.)
        guard let gathering = Triggers.gatheringNouns.firstByteOffset(in: after),
            case let lead = String(decoding: Array(after.utf8.prefix(gathering)), as: UTF8.self) + " ",
            !Triggers.agreementNouns.contains(where: lead.includes), !lead.includes(" communique"),
            !["not", "never", "t", "pas"].contains(between.split(separator: " ").last.map(String.init) ?? "")
        else { return false }
        return ![" after ", " as ", " when ", " while ", " because ", " apres ", " alors que ", " lorsque "].contains(where: between.includes)
    }

    /// The events a clause's triggers report, one per kind at most.
    func events(in clause: Clause, discourse: inout Discourse) -> [ExtractedEvent] {
        var found: [ExtractedEvent] = []
        var kinds: Set<String> = []
        // (Which of them a visit trigger told after an invitation built: the trip invited to.)
        var invitedTrips: Set<Int> = []
        var clause = clause
        // (Where the clause says who took part in something: searched once, for the meeting and summit triggers.)
        let attended = [" part ", " participe ", " attended "].contains(where: clause.folded.includes)
            ? Triggers.attendedIt.occurrences(in: clause.folded) : []
        var triggers = Self.triggers(in: clause, discourse: discourse, attended: attended)
        // (Also before a leg that opens with "before": "heads on Monday to El Salvador, before stops in Costa Rica on Tuesday".)
        let visits = triggers.filter { $0.kind == "visit" }
        if visits.allSatisfy({ Triggers.legsAfter.contains($0.phrase) }), let there = Self.beingThereOnADay(in: clause),
            visits.allSatisfy({ $0.offset > there.offset })
        {
            triggers.insert(("visit", there.phrase, there.offset), at: triggers.firstIndex { $0.kind == "visit" } ?? triggers.endIndex)
        }
        // ("Mr. Abe held summit talks with Prime Minister Manmohan Singh": talks between leaders, not a summit, when the clause
        // has the talks' own trigger.)
        if triggers.contains(where: { $0.kind == "meeting" || $0.kind == "talks" }) {
            triggers.removeAll { trigger in
                trigger.kind == "summit" && trigger.phrase == "summit"
                    && [" summit talks ", " summit meeting with ", " summit talks with "].contains(where: {
                        String(clause.folded.dropFirst(max(0, trigger.offset - clause.start))).hasPrefix($0)
                    })
            }
        }
        // "Les dirigeants de l'ASEAN se sont réunis samedi à Jakarta": a bloc's leaders gathering hold a summit.
        if !triggers.contains(where: { $0.kind == "summit" }),
            let gathering = triggers.firstIndex(where: { $0.kind == "meeting" && Triggers.gatheringVerbs.contains($0.phrase) }),
            let bloc = Triggers.blocLeaders.occurrences(in: clause.folded).first, clause.start + bloc.offset < triggers[gathering].offset
        {
            triggers[gathering].kind = "summit"
        }
        // "Leaders of Arab and Muslim nations meeting in Riyadh on Saturday …", "Réunis jeudi à Abuja, les chefs d'État
        // ouest-africains …": the leaders of several countries gathered hold a summit.
        if !triggers.contains(where: { $0.kind == "summit" }), let gathered = Self.leadersGathered(in: clause) {
            triggers.insert(("summit", gathered.phrase, gathered.offset), at: 0)
        }
        // "s'est entretenu par téléphone avec", "met by videoconference": the conversation is the call, not a meeting too.
        // (Unless the meeting, with its own two people, comes first and the call is what it follows: "La rencontre à Genève entre
        // Sergueï Lavrov et Antony Blinken fait suite à deux conversations téléphoniques entre Vladimir Poutine et Joe Biden".)
        if let call = triggers.first(where: { $0.kind == "phone_call" }) {
            triggers.removeAll { trigger in
                guard trigger.kind == "meeting" || trigger.kind == "talks" else { return false }
                let between = String(clause.folded.dropFirst(trigger.offset - clause.start).prefix(max(0, call.offset - trigger.offset + 1)))
                let own = clause.persons.filter { $0.offset > trigger.offset && $0.offset < call.offset }.count
                return !(trigger.offset < call.offset && own >= 2 && Triggers.followsUpOn.occurs(in: between))
            }
        }
        clause.triggers = triggers.map { ($0.kind == "talks" ? "meeting" : $0.kind, $0.offset) }
        for (kind, phrase, trigger) in triggers where !kinds.contains(kind) || kind == "visit" && Triggers.onwardSet.contains(phrase) {
            if kind == "meeting" && kinds.contains("visit") && clause.persons.count < 2 { continue }
            // People who agree something "lors du sommet" met there: the summit also yields their meeting.
            // (Not those who only attended it: "ont pris part au sommet".)
            if kind == "summit", clause.persons.count >= 2, Triggers.summitMeeting.occurs(in: clause.folded),
                !Triggers.tookPart.occurs(in: clause.folded)
            {
                kinds.insert("meeting")
                found += build(kind: "meeting", phrase: phrase, trigger: trigger, clause: clause, discourse: discourse)
            }
            if kind == "talks" && kinds.contains("meeting") { continue }
            var built = build(kind: kind, phrase: phrase, trigger: trigger, clause: clause, discourse: discourse)
            // (A trip's further legs are its traveller's: "when Orbán welcomed Xi in Hungary as part of a tour that also took
            // him to France and Serbia".)
            if kinds.contains(kind), let first = found.first(where: { $0.kind == "visit" && !$0.participants.isEmpty }) {
                built = built.filter { $0.kind == "visit" && $0.hostCountry != first.participants[0].country }
                for index in built.indices { built[index].participants = first.participants }
            }
            kinds.insert(kind)
            if kind == "visit", let invitedAt = triggers.first(where: { $0.kind == "invitation" })?.offset, invitedAt < trigger {
                invitedTrips.formUnion(found.count..<(found.count + built.count))
            }
            found += built
        }
        // "À l'invitation de X, Y …": the invitation is the circumstance of a visit that does happen.
        let byInvitation = Triggers.byInvitation.occurs(in: clause.folded)
        // "a réitéré son invitation au Président Tebboune pour effectuer une visite d'Etat en France": the visit the
        // invitation asks for has not happened; it is the invitation's content. (Nor is the inviter on a trip still to come of
        // their own: "invited his counterpart to visit his country". Only when the invitation opens what the clause tells: "Lavrov
        // a rencontré jeudi Kim Jong-un qu'il a invité à se rendre en Russie" keeps Lavrov's visit.)
        if !byInvitation, let invitedAt = triggers.first(where: { $0.kind == "invitation" })?.offset,
            let visitAt = triggers.first(where: { $0.kind == "visit" })?.offset, visitAt > invitedAt,
            let invitation = found.first(where: { $0.kind == "invitation" }), let invitee = invitation.participants.last
        {
            let opens = !triggers.contains { $0.kind != "invitation" && $0.offset < invitedAt }
            let inviter = invitation.participants.count == 2 && opens ? invitation.participants[0].name : nil
            found = found.enumerated().filter { index, event in
                let traveller = event.participants.map(\.name)
                return !(event.kind == "visit"
                    && (traveller == [invitee.name] || invitedTrips.contains(index) && traveller == [inviter]))
            }.map(\.element)
        }
        // "At the invitation of Minister X, Minister Y is paying an official visit": the inviter receives, and is no visitor.
        // ("Lavrov a rencontré Kim Jong-un qu'il a invité à se rendre en Russie" is Lavrov's visit: only the construction counts.)
        for invitation in found where byInvitation && invitation.kind == "invitation" && invitation.participants.count == 2 {
            let inviter = invitation.participants[0].name
            for index in found.indices where found[index].kind == "visit" && found[index].participants.count > 1 {
                found[index].participants.removeAll { $0.name == inviter }
            }
            for index in found.indices where found[index].kind == "visit" && found[index].participants.map(\.name) == [inviter] {
                found[index].participants = [invitation.participants[1]]
            }
        }
        // ("Cette visite d'État, effectuée à l'invitation d'Emmanuel Macron, …", "The visit, at the invitation of President
        // Macron, …": the invitation is to the trip the text told, and its traveller the one invited.)
        if byInvitation, Triggers.tripNouns.occurs(in: clause.folded),
            let trip = discourse.events.last(where: { $0.kind == "visit" && !$0.inPassing && $0.hostCountry != nil && !$0.participants.isEmpty })
        {
            for index in found.indices where found[index].kind == "invitation" && found[index].participants.count == 1
                && found[index].participants[0].name != trip.participants[0].name
            {
                found[index].participants.append(trip.participants[0])
                found[index].hostCountry = found[index].hostCountry ?? trip.hostCountry
            }
        }
        // "the invitation … to take part in the Leaders Summit": who is invited does not attend yet. (Unless told from the guest's
        // side, as the reason they are there: "le président français, invité au sommet par M. Ould Abdel Aziz, a participé …".)
        // (Only an invitation told before the summit: "will attend the APEC summit in Lima and pay a state visit to Peru at
        // the invitation of President Boluarte" is the visit's.)
        if found.contains(where: { $0.kind == "invitation" }), !triggers.contains(where: { Triggers.invitedBy.contains($0.phrase) }),
            let invited = triggers.first(where: { $0.kind == "invitation" })?.offset,
            triggers.contains(where: { $0.kind == "summit" && $0.offset > invited }) || !triggers.contains(where: { $0.kind == "summit" })
        {
            found.removeAll { $0.kind == "visit" && $0.evidenceOffset == clause.sentence.offset && kinds.contains("summit") && !kinds.contains("visit") }
            for index in found.indices where found[index].kind == "summit" { found[index].participants = [] }
            // (Nor do the inviter and the guest meet there yet: "a invité le roi Abdallah II au sommet arabe d'Alger" is no
            // meeting, unless the clause tells one of its own.)
            if !triggers.contains(where: { $0.kind == "meeting" || $0.kind == "talks" }) { found.removeAll { $0.kind == "meeting" } }
        }
        // "La visite du président chinois à Paris a été reportée": the event the clause calls off keeps its date, with the
        // status the verb gives it (a cancellation "après avoir été annulé" of something back on track does not).
        if let called = triggers.first(where: { $0.kind == "cancellation" }), !Triggers.undone.occurs(in: clause.folded) {
            let status: EventStatus = Triggers.postponements.contains(called.phrase) ? .postponed : .cancelled
            for index in found.indices where found[index].kind == "cancellation" { found[index].postpones = status == .postponed }
            // ("Putin will not travel to South Africa for the BRICS summit": his trip is off, the summit is not.)
            let declined = Triggers.declined.contains(called.phrase)
            // (Not one told past a comma after it: "was postponing the summit, angered by Koizumi's repeated visits to the
            // shrine".)
            // (The commas that set a country after its city are no such comma: "will not attend the summit in Lima, Peru, or
            // travel to Bogota".)
            let countryCommas = Self.countryCommas(in: clause)
            let beyond = { (kind: String) -> Bool in
                guard let trigger = triggers.first(where: { $0.kind == kind })?.offset, trigger > called.offset else { return false }
                // (Nor past a turn to something else: "will not attend the summit in Lima, Peru, but he will visit Ottawa".)
                let between = " " + Self.fold(String(clause.sentence.characters[called.offset..<trigger])) + " "
                return (called.offset..<trigger).contains { clause.sentence.characters[$0] == "," && !countryCommas.contains($0) }
                    || [" but ", " though ", " while ", " whereas ", " instead ", " mais ", " tandis ", " alors que ", " plutot "].contains(where: between.includes)
            }
            for index in found.indices where ["visit", "meeting", "talks", "summit"].contains(found[index].kind)
                && (!declined || found[index].kind == "visit") && !beyond(found[index].kind)
            {
                found[index].status = status
            }
            if declined { found.removeAll { $0.kind == "summit" && $0.status != .cancelled && $0.start == nil } }
            // ("Putin pulled out of the G8 summit on Wednesday": the day is the withdrawal's, and the summit went on without
            // him.)
            let withdrawn = Triggers.withdrawals.contains(called.phrase)
            if withdrawn, let agents = found.first(where: { $0.kind == "cancellation" })?.participants.map(\.name) {
                for index in found.indices where found[index].kind == "summit" { found[index].participants.removeAll { agents.contains($0.name) } }
            }
            // ("La visite d'État que le roi devait effectuer à partir de dimanche est reportée": what is called off was
            // still to come, so a weekday alone is the coming one.)
            var moved: Set<Int> = []
            // (Not after a call-off named as a noun, told once done: "the cancellation of Crown Prince Hussein's visit to the
            // Al-Aqsa Mosque on Wednesday".)
            // (Unless when it was to be is told: "Le report de la visite de Xi Jinping à Paris, prévue jeudi, …".)
            let toldDone = Triggers.callOffNouns.contains(called.phrase)
                && ![
                    " prevu ", " prevue ", " prevus ", " prevues ", " scheduled for ", " scheduled on ", " originally scheduled ",
                    " planned for ", " originally planned ", " had been planned ", " was due ", " were due ",
                ].contains(where: clause.folded.includes)
            for index in found.indices where !withdrawn && !toldDone && found[index].kind != "cancellation" && found[index].status == status {
                guard let start = found[index].start, start.firstDay < clause.published.firstDay,
                    let mention = clause.dates.first(where: { $0.weekdayGuessed && $0.start == start })
                else { continue }
                moved.insert(mention.offset)
                found[index].start = start.addingDays(7)
                found[index].end = found[index].end?.addingDays(7)
            }
            // When it was called off: "Thailand's prime minister canceled a summit … Saturday" (a day gone by that the clause
            // gives, the summit's too), "… has cancelled his trip to Indonesia next week, the White House said late on
            // Thursday" (the day it was announced, rather than a day to come).
            // (The day it was announced first, when the clause says: "… est reportée …, a annoncé vendredi l'Élysée".)
            let pastDay = clause.dates.last {
                $0.start.precision == .day && ($0.end ?? $0.start).lastDay <= clause.published.lastDay && !moved.contains($0.offset)
            }
            let announced = clause.reportDates.last { $0.start.lastDay <= clause.published.lastDay }
            // ("ne se rendra pas comme prévu mercredi 12 décembre à Marrakech": a day still to come is the trip's, which is
            // off, not the day it was called off.)
            for index in found.indices where found[index].kind == "cancellation" {
                guard let start = found[index].start, start.firstDay > clause.published.lastDay else { continue }
                var gave = false
                for other in found.indices where found[other].kind != "cancellation" && found[other].status == status && found[other].start == nil {
                    found[other].takeDate(of: found[index], withStatus: false)
                    gave = true
                }
                if gave || found.contains(where: { $0.kind != "cancellation" && $0.status == status && $0.start == start }) {
                    found[index].start = nil
                    found[index].end = nil
                    found[index].dateText = nil
                }
            }
            for index in found.indices where found[index].kind == "cancellation" {
                // (A date the cancellation took from the event called off is the event's.)
                let borrowed = found[index].start.map { start in clause.dates.contains { moved.contains($0.offset) && $0.start == start } } ?? false
                if let start = found[index].start, start.firstDay <= clause.published.lastDay, !borrowed { continue }
                if let day = found[index].start == nil || borrowed ? announced ?? pastDay : announced { found[index].takeDate(of: day) }
            }
            // ("En juillet 2018, le premier ministre japonais avait dû annuler sa venue en France": a call-off told by its month or
            // year alone dates the event called off too.)
            if let off = found.first(where: { $0.kind == "cancellation" }), let start = off.start, start.precision != .day {
                for other in found.indices where found[other].kind != "cancellation" && found[other].status == status {
                    if found[other].start == nil { found[other].takeDate(of: off, withStatus: false) }
                }
            }
            // ("has canceled a planned visit to Malaysia": the call-off is of a trip to where the trip was to go, whatever
            // else the clause names: "postponed his trip to Japan due to floods in Bangladesh". Not the agent's own country.)
            if let off = found.first(where: { $0.status == status && $0.kind != "cancellation" && $0.hostCountry != nil }) {
                for index in found.indices where found[index].kind == "cancellation"
                    && !found[index].participants.contains(where: { $0.country == off.hostCountry })
                {
                    found[index].hostCountry = off.hostCountry
                    found[index].location = off.location
                }
            }
        }
        // "Zelenskyy took part in the summit by video link": no one travelled.
        if Triggers.remote.occurs(in: clause.folded) { found.removeAll { $0.kind == "visit" } }
        // "Shinzo Abe arrived in Darwin on Friday for talks with his Australian counterpart": a trip to a place the gazetteer does
        // not know, for a meeting with someone of another country, is to that country, and so is the meeting.
        // (Not at a gathering: "a rendu visite au chancelier allemand Olaf Scholz en marge du sommet du G20".)
        if !triggers.contains(where: { $0.kind == "summit" }), !Triggers.summitMeeting.occurs(in: clause.folded),
            let trip = found.firstIndex(where: { $0.kind == "visit" && $0.hostCountry == nil && $0.participants.count == 1 }),
            let home = found[trip].participants[0].country,
            let meeting = found.firstIndex(where: {
                ["meeting", "talks"].contains($0.kind) && $0.hostCountry == nil && $0.participants.contains { $0.name == found[trip].participants[0].name }
            }),
            case let abroad = Set(found[meeting].participants.compactMap(\.country)).subtracting([home, "EU"]), abroad.count == 1
        {
            found[trip].hostCountry = abroad.first
            found[meeting].hostCountry = abroad.first
        }
        // "Blinken concluded a visit to Beijing, during which he met President Xi": a meeting with no place of its own is
        // where the visit of one of its people, in the same clause, is.
        for index in found.indices where ["meeting", "talks"].contains(found[index].kind) && found[index].hostCountry == nil {
            let people = Set(found[index].participants.map(\.name))
            if let trip = found.first(where: { $0.kind == "visit" && $0.hostCountry != nil && !people.isDisjoint(with: $0.participants.map(\.name)) }) {
                found[index].hostCountry = trip.hostCountry
                found[index].location = found[index].location ?? trip.location
                if found[index].start == nil { found[index].takeDate(of: trip, withStatus: false) }
            }
        }
        // ("was in Berlin on Monday, where he held talks with Chancellor Angela Merkel": an undated meeting where the clause's
        // dated trip is, with one of its people, is on the trip's day; so are the trips it implies.)
        for index in found.indices where ["meeting", "talks"].contains(found[index].kind) && found[index].start == nil && found[index].hostCountry != nil {
            let people = Set(found[index].participants.map(\.name))
            guard let trip = found.first(where: {
                $0.kind == "visit" && !$0.implied && $0.start != nil && $0.hostCountry == found[index].hostCountry
                    && !people.isDisjoint(with: $0.participants.map(\.name))
            }) else { continue }
            found[index].takeDate(of: trip, withStatus: false)
            for other in found.indices where found[other].kind == "visit" && found[other].implied && found[other].start == nil
                && found[other].hostCountry == found[index].hostCountry && people.isSuperset(of: found[other].participants.map(\.name))
            {
                found[other].takeDate(of: trip, withStatus: false)
            }
        }
        // An invitation issued at a meeting is dated by it ("a rencontré jeudi Kim Jong-un qu'il a invité …").
        // ("À l'invitation de X, Y s'est rendu …" is not: the invitation came before the trip.)
        // "Y est arrivé mercredi … à l'invitation de X": the date is the trip's; when the invitation was issued is not said.
        if byInvitation {
            for index in found.indices where found[index].kind == "invitation" && found[index].start != nil {
                if let trip = found.indices.first(where: { found[$0].kind == "visit" && found[$0].start == nil }) {
                    found[trip].takeDate(of: found[index], withStatus: false)
                }
                found[index].start = nil
                found[index].end = nil
                found[index].dateText = nil
            }
        }
        for index in found.indices where found[index].kind == "invitation" && found[index].start == nil && !byInvitation {
            let people = Set(found[index].participants.map(\.name))
            if let sibling = found.first(where: { $0.kind != "invitation" && $0.start != nil && !people.isDisjoint(with: $0.participants.map(\.name)) }) {
                // (The invitation keeps its own status: it was issued, whatever the meeting's.)
                found[index].takeDate(of: sibling, withStatus: false)
            }
        }
        return found
    }

    /// The triggers a clause has, one per kind (and a trip's onward legs): where each kind's first candidate phrase that
    /// stands is, in sentence offsets. `attended`: the clause's "took part in" phrases, searched once by the caller.
    private static func triggers(
        in clause: Clause, discourse: Discourse, attended: [(offset: Int, phrase: Int)]
    ) -> [(kind: String, phrase: String, offset: Int)] {
        // Where each kind's trigger stands: a date belongs to the trigger nearest it.
        var triggers: [(kind: String, phrase: String, offset: Int)] = []
        // The trigger phrases the clause has, by kind, found in one pass.
        let present = Triggers.indexedPhrases(in: clause.folded)
        // ("s'était déjà rendu", "will also meet": the phrases with an adverb inside are searched only for the auxiliary and
        // adverb the clause has.)
        let interposed = Triggers.interposed.occurrences(in: clause.folded).map { Triggers.interposed.phrases[$0.phrase] }
        byKind: for (kindIndex, (kind, phrases)) in Triggers.indexed.enumerated() {
            // The kind's trigger is the first of its candidates that stands: a phrase turned down below ("In this tour, …, the
            // minister is scheduled to visit Lebanon": the demonstrative tour is the one told) leaves the next one its turn,
            // unless what turns it down is the clause's ("a ministerial hosted by X": the clause tells no visit of its own).
            // (Each is asked whether it stands for its kind here only when its turn comes: most clauses take the first.)
            var candidates = present[kindIndex].map { phrases[$0] }
            for variants in interposed {
                candidates += Triggers.adverbVariants[variants]?[kind]?.filter { clause.folded.includes($0.spaced) } ?? []
            }
            var entries: [(phrase: String, text: String, asked: Bool)] = candidates.map {
                ($0.phrase, $0.phrase.hasSuffix(" ") ? $0.spaced : String($0.spaced.dropLast()), true)
            }
            if let set = Triggers.qualifiedByKind[kind], let first = set.occurrences(in: clause.folded).first {
                let phrase = String(set.phrases[first.phrase].dropFirst().dropLast())
                entries.append((phrase, " " + phrase, false))
            }
            let stands = { (entry: (phrase: String, text: String, asked: Bool)) in !entry.asked || Self.accepts(entry.phrase, kind: kind, in: clause) }
            candidates: for entry in entries where stands(entry) {
                guard let offset = clause.folded.characterOffset(of: entry.text) else { continue }
                let phrase = entry.phrase
                // ("heads on Monday to El Salvador, before stops in Costa Rica": a leg told as what comes after is the trip's
                // next, not its first, when the trip is told before it.)
                if Triggers.legsAfter.contains(phrase), entries.contains(where: { other in
                    !Triggers.legsAfter.contains(other.phrase) && clause.folded.characterOffset(of: other.text).map { $0 < offset } == true
                        && stands(other)
                }) {
                    continue
                }
                // "received Brazilian President Lula" is a reception; "the report received from", "welcomed the recent
                // increases" are not: the guest must follow.
                // (Told from the guest's side, "was welcomed to Tirana by …", the guest comes first.)
                let passive = Triggers.passiveAuxiliaries.contains { clause.folded.includes($0 + phrase + " ") }
                if ["received", "receives", "welcomed", "welcomes", "will welcome"].contains(phrase), !passive,
                    // ("received former U.S. Secretary of State Henry Kissinger": the guest's title may be long.)
                    !clause.persons.contains(where: { $0.offset > clause.start + offset && $0.offset - (clause.start + offset) <= 64 }),
                    // ("May hosted him at Blenheim": the guest is the last sentence's subject.)
                    !Self.guestIsPronoun(after: phrase, in: clause)
                {
                    continue
                }
                // "I would also like to talk with you about …": the conversation under way, no event of its own.
                if ["talk with", "talks with", "speak with", "discuss", "discussed"].contains(phrase),
                    [" like to ", " want to ", " wanted to "].contains(where: { clause.folded.includes($0 + phrase + " ") })
                {
                    continue
                }
                // French "met" puts: "qui met régulièrement en avant …", "met fin à", "se met en route".
                if phrase == "met ", let after = clause.folded.characterOffset(of: " met ", from: offset),
                    Triggers.frenchMet.contains(String(clause.folded.dropFirst(after + 5).prefix { $0 != " " }))
                        || [" qui met ", " il met ", " elle met ", " se met ", " ne met ", " on met ", " au defi "].contains(where: clause.folded.includes)
                {
                    continue
                }
                // "se rend compte", "se rendre compte": realising, not going.
                if phrase.hasPrefix("se rend"), clause.folded.includes(" " + phrase + " compte ") { continue }
                // "se rend" alone goes somewhere only with its day between it and the place: "se rend ce mardi en Inde" (not
                // "ne se rend pas compte", "se rend indispensable en Ukraine").
                if phrase == "se rend", !Self.goesAfterItsDay(clause.folded) { continue }
                // "fera sa part pour l'Ukraine", "a pris la plus grande part pour la Grèce": a share, not a departure.
                if phrase == "part pour", Self.shareWords.contains(where: { clause.folded.includes(" \($0) part pour ") }) { continue }
                // "met le cap sur la réindustrialisation": only a course set to a place is a trip.
                if phrase.hasSuffix("cap sur"), !Self.placeFollows(phrase, in: clause) { continue }
                // "des dirigeants plus rares dans ce type de rencontre": a kind of gathering, not one.
                if Triggers.genericKinds.contains(where: { clause.folded.includes($0 + phrase + " ") }) { continue }
                // "… et Hun Sen ont pris part à cette rencontre": the gathering just told, which they attended, not a new one.
                if kind == "meeting" || kind == "summit", attended.contains(where: { found in
                    let phrase = Triggers.attendedIt.phrases[found.phrase]
                    // ("attended the summit of the G7": a gathering named after it is a new one; not "the summit of the world's largest
                    // economies", the one told.)
                    let next = clause.folded.dropFirst(found.offset + phrase.count).split(separator: " ").prefix(3).map(String.init)
                    // (Unless a summit was told already: "The G7 summit opened in Hiroshima. Modi attended the summit of the G7".)
                    let named = !discourse.events.contains(where: { $0.kind == "summit" && !$0.inPassing }) && ["of", "du", "des", "de"].contains(next.first ?? "")
                        && next.dropFirst().contains { Self.gatheringNames.contains($0) || $0.hasPrefix("g") && $0.dropFirst().allSatisfy(\.isNumber) && $0.count > 1 }
                    return offset >= found.offset && offset < found.offset + phrase.count && !Triggers.gatheringHosts.contains(phrase) && !named
                }) {
                    continue byKind
                }
                // "a décidé d'annuler sa visite": a decision to call off is one only with a trip or a gathering named right after it
                // ("decided to cancel student debt" is none).
                if Triggers.decidedToCallOff.contains(phrase) {
                    let next = clause.folded.dropFirst(offset + 1 + phrase.count).split(separator: " ").prefix(4)
                    if !next.contains(where: { word in Triggers.calledOffNouns.contains(where: word.hasPrefix) }) { continue }
                }
                // "l'annulation de sa visite", "the cancellation of Crown Prince Hussein's visit": a call-off named as a noun is one
                // only with the event it calls off right after it, past articles, possessives and names ("l'annulation de la dette",
                // "the postponement of the judicial reform vote" are none).
                if Triggers.callOffNouns.contains(phrase) {
                    let start = min(clause.sentence.characters.count, clause.start + offset + phrase.count)
                    let written = String(clause.sentence.characters[start...].prefix(80)).split { $0 == " " || $0 == "'" || $0 == "’" }.prefix(6)
                    var named = false
                    for word in written {
                        let folded = Self.fold(String(word)).split(separator: " ").first.map(String.init) ?? ""
                        if Triggers.calledOffNouns.contains(where: folded.hasPrefix) { named = true; break }
                        guard Triggers.calledOffLinks.contains(folded) || word.first?.isUppercase == true else { break }
                    }
                    if !named { continue }
                }
                // (And whose destination it is, not someone's for something: "la première destination de Xi Jinping pour ses
                // investissements".)
                if Triggers.destinationOf.contains(phrase), !clause.persons.contains(where: { person in
                    let after = person.offset - (clause.start + offset + 1 + phrase.count)
                    let following = " " + Self.fold(String(clause.sentence.characters[person.offset...].prefix(48))) + " "
                    return after >= 0 && after <= 24 && ![" pour ", " for ", " s "].contains(where: following.includes)
                }) {
                    continue
                }
                // "À Dakar comme à Paris, on explique que cette visite d'État … constitue le point d'orgue": a visit named with a
                // demonstrative is the one already told, no new trip.
                // (A noun only, after "cette"/"cet"/"this": "the first leader that travelled to Kyiv" is a relative.)
                if kind == "visit", ["visite", "visit", "voyage", "trip", "deplacement", "tournee", "tour"].contains(where: phrase.hasPrefix),
                    ["cette", "cet", "this"].contains(clause.folded.prefix(offset).split(separator: " ").last ?? ""),
                    discourse.events.contains(where: { $0.kind == "visit" && !$0.inPassing })
                {
                    continue
                }
                // "la conférence a accueilli la vice-présidente américaine …": the gathering's attendees, no reception.
                if Triggers.receptions.contains(phrase), Triggers.gatheringHostSet.occurs(in: clause.folded) { continue byKind }
                // "welcomed the President's support" is no visit: only "welcomed X to Y" is, or a guest "welcomed at the palace by"
                // the host.
                // (Or a guest named by name, not the possessive of a title: "Joe Biden welcomed Fumio Kishida at the White House".)
                if phrase == "welcomed", clause.folded.characterOffset(of: " to ", from: offset) == nil, !Self.namedGuest(after: clause.start + offset, in: clause),
                    Self.receivingAgent(after: clause.start + offset, in: clause) == nil, !Self.guestIsPronoun(after: phrase, in: clause)
                {
                    continue
                }
                // "The EAM called on Prime Minister Fumio Kishida" is a courtesy call, a meeting; "called on Israel to stop" an appeal.
                if Triggers.courtesyCalls.contains(phrase), !Self.courtesyCall(after: clause.start + offset + phrase.count + 1, in: clause) { continue }
                // ("Theresa May welcomed him at Chequers": the reception is the meeting; the guest's trip is the one told before.)
                if kind == "visit", Self.guestIsPronoun(after: phrase, in: clause) { continue byKind }
                // "a ministerial hosted by X": the event is the one named before, not a visit of its own.
                if phrase == "hosted", clause.folded.includes(" hosted by ") { continue byKind }
                // "le président du Conseil européen" is a title; "le Conseil européen des 30 et 31 mai" is a summit.
                if phrase == "conseil europeen", clause.folded.includes(" president du conseil europeen") { continue }
                triggers.append((kind, phrase, clause.start + offset))
                // ("arrived in Budapest … as part of a tour that also took him to France and Serbia": the trip's further legs,
                // told after its first trigger, are a trigger of their own, with their own stops.)
                // (Not someone else's being there: "Blinken visited Israel on Monday; his Russian counterpart Lavrov was in Turkey".)
                // (Nor being expected somewhere, unless joined to the trip by "and": "flew to Eswatini on Monday, and is expected in
                // Angola and Eritrea later this week".)
                if kind == "visit", !Triggers.onwardSet.contains(phrase),
                    let leg = entries.first(where: {
                        Triggers.onwardSet.contains($0.phrase) && $0.phrase != phrase && stands($0)
                            && (!Triggers.beingThere.contains($0.phrase) || Self.joinedByAnd($0.phrase, in: clause))
                    }),
                    let at = clause.folded.characterOffset(of: leg.text), at > offset + phrase.count
                {
                    triggers.append((kind, leg.phrase, clause.start + at))
                }
                break candidates
            }
        }
        return triggers
    }

    /// Whether one of `phrases` ends at most `within` characters before sentence offset `offset`, in the sentence
    /// folded with a space at each end (where that offset is `offset + 1`).
    static func follows(_ phrases: [String], _ offset: Int, within: Int, in characters: [Character]) -> Bool {
        phraseEnd(phrases, before: offset, within: within, in: characters, nearest: false) != nil
    }

    /// The text between the nearest of `phrases` ending at most `within` characters before sentence offset `offset`
    /// and that offset, in the sentence folded with a space at each end; nil when none does.
    static func gap(after phrases: [String], before offset: Int, within: Int, in characters: [Character]) -> String? {
        phraseEnd(phrases, before: offset, within: within, in: characters, nearest: true).map { String($0.window.dropFirst($0.end)) }
    }

    /// Where in the window before `offset` one of `phrases` ends within reach: the first found, or with `nearest`
    /// the one nearest the offset (the hot path only asks whether any does).
    private static func phraseEnd(
        _ phrases: [String], before offset: Int, within: Int, in characters: [Character], nearest: Bool
    ) -> (window: String, end: Int)? {
        let end = min(characters.count, offset + 1)
        let window = String(characters[max(0, end - within - 24)..<end])
        var best: Int?
        // (In ASCII text without a carriage return characters are bytes: occurrences are found on bytes, without counting
        // characters.)
        let isBytes = { (text: String) in text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } }
        let onBytes = isBytes(window) && phrases.allSatisfy(isBytes)
        let count = onBytes ? window.utf8.count : window.count
        for phrase in phrases {
            let length = onBytes ? phrase.utf8.count : phrase.count
            var from = 0
            var last: Int?
            while let found = onBytes ? window.byteOffset(of: phrase, from: from) : window.characterOffset(of: phrase, from: from) {
                last = found
                from = found + 1
            }
            guard let last, count - (last + length) <= within else { continue }
            if !nearest { return (window, last + length) }
            best = max(best ?? 0, last + length)
        }
        return best.map { (window, $0) }
    }

    /// Words that may stand between a reporting verb and the report's date ("rapporte, ce jeudi", "said on Tuesday"). Folded.
    static let reportDateDeterminers: Set<String> = ["ce", "cet", "le", "on", "this", "last"]

    /// The dates of a sentence that can date its events, in the sentence folded (`folded`, `spaced`: with a space at each
    /// end). Not one right after a reporting verb ("a annoncé vendredi que …"): the report's. Not one after an agreement's
    /// participle ("the agreements reached in 2020 and 2021"), unless the occasion follows ("adopté l'an dernier lors du
    /// précédent sommet"). Not one after "depuis"/"since" when another is given ("leur premier entretien depuis le scrutin
    /// de dimanche"), further off when no one is named between ("depuis son entrée en fonction le 26 mai"). Not one that
    /// dates what "depuis" names, even alone ("au pouvoir depuis le coup d'État du 26 juillet 2023"), unless that is an
    /// event ("depuis leur entretien téléphonique du 11 septembre"); "en visite depuis lundi" keeps its date.
    /// Whether a date is a dateline's that opens the sentence: a place and a comma before it ("Niamey, le 8 juillet 2019 –",
    /// "PARIS, 3 mars (AFP) -"), a dash or the agency's bracket after it.
    static func opensWithDateline(_ date: DateMention, in characters: [Character]) -> Bool {
        guard date.offset <= 40, date.offset > 2, characters.first?.isUppercase == true else { return false }
        let before = String(characters[..<date.offset])
        guard let comma = before.firstIndex(of: ","), !before[..<comma].contains(where: { ".;:".contains($0) }),
            before[before.index(after: comma)...].split(separator: " ").allSatisfy({ ["le", "the", "on"].contains($0.lowercased()) })
        else { return false }
        let after = characters[min(characters.count, date.offset + date.text.count)...].drop { $0 == " " }
        return after.first.map { "–—-(".contains($0) } ?? false
    }

    static func eventDates(_ found: [DateMention], in characters: [Character], folded: String, spaced: [Character]) -> [DateMention] {
        var mentions = found.filter { date in
            guard !follows(Triggers.reporting, date.offset, within: 3, in: spaced) else { return false }
            // ("Entré en fonctions vendredi, l'ancien gouverneur … a été reçu à la mi-journée", "sworn in on Friday": the day
            // someone took office.)
            guard !follows(Triggers.tookOffice, date.offset, within: 4, in: spaced) else { return false }
            // ("rapporte, ce jeudi 08 juin, l'agence": a determiner may stand between.)
            // (Not a day in the possessive, whose event it dates: "said this Monday's meeting with Wang Yi was constructive".)
            if let gap = gap(after: Triggers.reporting, before: date.offset, within: 8, in: spaced),
                gap.split(separator: " ").allSatisfy({ Self.reportDateDeterminers.contains(String($0)) }),
                !["'s", "’s"].contains(String(characters[min(characters.count, date.offset + date.text.count)...].prefix(2)))
            {
                return false
            }
            // "In September 2022, it was announced that PM Mette Frederiksen would … by meeting President Joe Biden": the day
            // of the announcement, not of what it said would be.
            let next = String(spaced.dropFirst(date.offset + 1 + date.text.count).prefix(40))
            if Triggers.announcedThat.contains(where: { next.hasPrefix(" " + $0) || next.hasPrefix("  " + $0) }) {
                // (The future of what was announced, not of a relative clause after it: "…, which would become a turning point".)
                let announced = String(spaced.dropFirst(date.offset + 1 + date.text.count))
                let relative = [" which ", " qui "].compactMap { announced.characterOffset(of: $0) }.min()
                let told = relative.map { String(announced.prefix($0)) } ?? announced
                if Triggers.futureInPast.contains(where: told.includes) { return false }
            }
            // "pour sauver l'accord de 2015 sur le nucléaire", "the 2015 nuclear deal": a year that names an agreement.
            if date.start.precision == .year, date.end == nil, Self.namesAgreement(date, in: spaced) { return false }
            guard follows(Triggers.agreementParticiples, date.offset, within: 4, in: spaced) else { return true }
            let before = String(spaced[max(0, date.offset - 40)...date.offset])
            let after = String(spaced.dropFirst(date.offset + 1 + date.text.count).prefix(14))
            return !Triggers.agreementNouns.contains(where: before.includes) || Triggers.occasions.contains(where: after.hasPrefix)
        }
        // ("Niamey, le 8 juillet 2019 – Le sommet … s'est tenu hier dimanche 7 juillet": a dateline's date is the report's, not
        // its events', when the sentence gives another.)
        // (Only for a day the sentence's own clause gives: not "qu'il avait déjà rencontré en mars", "qui s'est ouvert le 7 juillet".)
        if mentions.count > 1, let first = mentions.first, Self.opensWithDateline(first, in: characters),
            mentions.dropFirst().contains(where: { date in
                date.start.precision == .day
                    && ![" qui ", " qu ", " who ", " whom ", " which ", " dont ", " lorsque ", " when "].contains(where: String(spaced[max(0, date.offset - 40)...date.offset]).includes)
            })
        {
            mentions.removeFirst()
        }
        guard folded.includes(" depuis ") || folded.includes(" since ") else { return mentions }
        let since = [" depuis ", " since "]
        let sinceDates = mentions.filter { date in
            follows(since, date.offset, within: 24, in: spaced)
                || gap(after: since, before: date.offset, within: 48, in: spaced).map { between in
                    !characters[max(0, date.offset - between.count)..<date.offset].contains(where: \.isUppercase) && !Triggers.namesEvent(between)
                } == true
        }
        if !sinceDates.isEmpty, sinceDates.count < mentions.count { mentions.removeAll { sinceDates.contains($0) } }
        mentions.removeAll { date in
            guard let between = gap(after: since, before: date.offset, within: 40, in: spaced) else { return false }
            return [" du ", " de ", " d ", " of "].contains { (" " + between).hasSuffix($0) } && !Triggers.namesEvent(between)
        }
        return mentions
    }

    /// Whether a year names an agreement: "l'accord de 2015", "le traité nucléaire de 1968", "the 2015 deal", "the 2015 nuclear
    /// accord". (`spaced`: the sentence folded with a space at each end.)
    static func namesAgreement(_ date: DateMention, in spaced: [Character]) -> Bool {
        // (The mention may hold its preposition: "de 2015".)
        // (Offsets are the sentence's; folding may have shortened it: each bound is taken within the folded text.)
        let end = min(spaced.count, date.offset + 1 + date.text.count)
        let before = String(spaced[min(max(0, date.offset - 32), end)..<end]).split(separator: " ").dropLast().suffix(3)
        if before.count == 3, ["de", "of"].contains(before.last!), before.dropLast().contains(where: { Triggers.agreementWords.contains(String($0)) }) {
            return true
        }
        let after = String(spaced.dropFirst(date.offset + 1 + date.text.count).prefix(24)).split(separator: " ").prefix(2)
        return after.contains { Triggers.agreementWords.contains(String($0)) }
    }

    /// Whether a country's name or adjective names a question rather than a place: followed by its noun ("the Iran nuclear
    /// deal", "the Ukraine crisis"), after it ("le dossier nucléaire iranien", "la crise ukrainienne"), or after "war in"
    /// ("la guerre en Ukraine"). (`spaced`: the sentence folded with a space at each end.)
    static func namesAQuestion(_ place: PlaceMention, in spaced: [Character]) -> Bool {
        // (Offsets are the sentence's; folding may have shortened it: each bound is taken within the folded text.)
        let start = min(place.offset + 1, spaced.count)
        let end = min(spaced.count, start + place.text.count)
        let after = String(spaced[end..<min(spaced.count, end + 24)]).split(separator: " ").prefix(2).map(String.init)
        let before = String(spaced[max(0, start - 24)..<start]).split(separator: " ").suffix(2).map(String.init)
        if place.kind == .adjective {
            return before.last.map(Triggers.questionNouns.contains) == true || before == ["dossier", "nucleaire"] || before == ["programme", "nucleaire"]
        }
        return after.first.map(Triggers.questionNouns.contains) == true || before == ["guerre", "en"] || before == ["war", "in"] || before == ["conflit", "en"]
    }

    /// Whether a clause, folded, ends with a noun for a meeting ("…des images de la rencontre", before ", qui s'est tenue …").
    static func endsWithMeetingNoun(_ clause: ArraySlice<Character>) -> Bool {
        let text = " " + String(clause.reversed().drop { $0 == " " }.reversed())
        return Triggers.meetingNouns.contains { text.hasSuffix(" " + $0) }
    }

    /// "la veille", "the day before" with no event dated to the day before it: the day before the article's.
    static func dayBefore(in folded: String, published: PartialDate) -> DateMention? {
        guard published.precision == .day, Triggers.dayBefore.occurs(in: folded), !Triggers.dayOfSomething.occurs(in: folded),
            let day = published.addingDays(-1)
        else { return nil }
        return DateMention(text: "", offset: 0, start: day)
    }

    /// Whether `place` is a word of `person`'s name where the sentence names them: the place begins the name ("Santiago
    /// Peña"), or stands between two capitalised words of a name begun before it ("Herman Van Rompuy", "Prime Minister
    /// Mohammed Salem Basindwa"), or ends it ("Juan Manuel Santos").
    static func isWithinName(_ place: PlaceMention, of person: PersonMention, in characters: [Character]) -> Bool {
        guard [.newName, .knownName, .surname].contains(person.source), person.name.count > place.text.count else { return false }
        // (A surname the article gave someone is theirs: "Santos" after "Juan Manuel Santos" is no port in Brazil.)
        if person.offset == place.offset { return true }
        guard person.offset < place.offset, place.offset - person.offset <= 48, place.offset >= 2, characters[place.offset - 1] == " " else {
            return false
        }
        let end = place.offset + place.text.count
        let afterCapitalised = characters[place.offset - 2].isLetter
            && characters[..<(place.offset - 1)].reversed().prefix { $0.isLetter || $0 == "-" }.last?.isUppercase == true
        guard afterCapitalised else { return false }
        // A capitalised word follows, or the name ends with the place ("Juan Manuel Santos").
        return end + 1 < characters.count && characters[end] == " " && characters[end + 1].isUppercase
            || fold(person.name).hasSuffix(" " + fold(place.text))
    }

    /// Whether the place is the first word of an institution's or an agreement's name ("Shanghai Cooperation Organisation").
    static func beginsAName(_ place: PlaceMention, in characters: [Character]) -> Bool {
        let end = place.offset + place.text.count
        guard end < characters.count else { return false }
        let next = characters[end...].drop { $0 == " " }.prefix { $0.isLetter }
        return Triggers.nameContinuations.contains(String(next))
    }

    /// Whether a possessive event noun follows the person named at `offset` closely ("… Macron à l'issue de sa
    /// rencontre"), in the sentence folded with a space at each end: the event is that person's.
    static func ownsEvent(after offset: Int, in characters: [Character]) -> Bool {
        let window = String(characters[min(characters.count, offset + 1)..<min(characters.count, offset + 72)])
        return Triggers.possessedEvents.contains { window.contains($0) }
    }

    static func traceLine(
        _ sentence: Sentence, _ persons: [PersonMention], _ places: [PlaceMention], _ dates: [DateMention], _ clauses: [ClauseSpan],
        _ events: ArraySlice<ExtractedEvent>
    ) -> String {
        var lines = ["» \(sentence.text)"]
        lines.append("  people: " + persons.map { "\($0.name) [\($0.country ?? "-"), \($0.source), @\($0.offset)]" }.joined(separator: "; "))
        lines.append("  places: " + places.map { "\($0.text) [\($0.country), \($0.kind), @\($0.offset)]" }.joined(separator: "; "))
        lines.append("  dates: " + dates.map { "\($0.text) = \($0.start)\($0.end.map { "..\($0)" } ?? "") @\($0.offset)" }.joined(separator: "; "))
        // ("clauses: 0..<29 | 29..<64 relative": each clause's characters, its hole and kind.)
        lines.append("  clauses: " + clauses.map { clause in
            var text = "\(clause.start)..<\(clause.end)"
            if let hole = clause.hole { text += " (hole \(hole.lowerBound)..<\(hole.upperBound))" }
            if clause.relative { text += " relative" }
            return text
        }.joined(separator: " | "))
        for event in events {
            let people = event.participants.map { "\($0.name) (\($0.country ?? "-"))" }.joined(separator: ", ")
            lines.append("  → \(event.kind) \(event.status.rawValue) [\(people)] host \(event.hostCountry ?? "-") \(event.start?.description ?? "undated")")
        }
        return lines.joined(separator: "\n")
    }

    /// Whether the clause at `start` is "when he …", "lorsque elle …": its opener, then a singular subject pronoun.
    static func opensWithSubjectPronoun(_ folded: [Character], at start: Int) -> Bool {
        let words = String(folded[start..<min(folded.count, start + 16)]).split(separator: " ").prefix(3)
        return words.dropFirst().first.map { ["he", "she", "il", "elle"].contains(String($0)) } == true
    }

    /// Folded for trigger matching: punctuation becomes spaces (one for one, so offsets hold), so
    /// `a "évoqué` matches ` evoque `.
    static func fold(_ text: String) -> String {
        WordFolding.spaced(text) ?? spacedByCharacters(text)
    }

    /// ``fold(_:)`` character by character: the general path, for the texts ``WordFolding`` leaves to it.
    static func spacedByCharacters(_ text: String) -> String {
        String(EntenteIngest.fold(text).map { NameNormalizer.isWordCharacter($0) ? $0 : " " })
    }
}
