import EntenteModel

/// When: how long a visit or a gathering lasts, each stop's day, and whether a trigger is told done or to come.
extension ArticleExtractor {
    /// The day each of a meeting's listed parties is given, when each has one of its own: the first date right after its
    /// name (before the next party's), else the one between the previous party (or the verb) and it. Nil unless every
    /// party has one, all different.
    static func ownDays(
        of others: [ExtractedEvent.Person], persons: [PersonMention], after trigger: Int, dates: [DateMention], in clause: Clause
    ) -> [DateMention]? {
        let mentions = others.compactMap { other in persons.first { $0.name == other.name && $0.offset > trigger } }
        guard mentions.count == others.count, zip(mentions, mentions.dropFirst()).allSatisfy({ $0.offset < $1.offset }) else { return nil }
        let characters = clause.sentence.characters
        var days: [DateMention] = []
        for (index, mention) in mentions.enumerated() {
            let next = index + 1 < mentions.count ? mentions[index + 1].offset : characters.count
            let previous = index > 0 ? mentions[index - 1].offset : trigger
            let after = dates.first { date in
                date.offset > mention.offset && date.offset < next && date.offset - mention.offset <= 40
                    && !characters[mention.offset..<date.offset].contains(",")
            }
            let before = dates.last { $0.offset > previous && $0.offset < mention.offset && !days.contains($0) }
            guard let day = after ?? before, !days.contains(where: { $0.offset == day.offset }) else { return nil }
            days.append(day)
        }
        return Set(days.map(\.start)).count == days.count ? days : nil
    }

    /// Whether a date tells the time since which, after the trigger: "la première rencontre entre les deux hommes depuis le
    /// retour au pouvoir de Shinzô Abe en décembre 2012" (no comma between). ("since" opens a clause of its own.)
    static func afterDepuis(_ date: DateMention, trigger: Int, in characters: [Character]) -> Bool {
        guard date.offset > trigger else { return false }
        // ("le dialogue, interrompu depuis 2018", "une première depuis mars 2019": a month or a year its "depuis" begins is
        // how long something lasted.)
        if date.start.precision != .day, let first = fold(date.text).split(separator: " ").first, first == "depuis" || first == "since" {
            return true
        }
        let between = fold(String(characters[trigger..<date.offset]))
        // (The last "depuis" or "since" before the date.)
        var since: (offset: Int, length: Int)?
        for word in [" depuis ", " since "] {
            var from = 0
            while let found = between.characterOffset(of: word, from: from) {
                if since.map({ found > $0.offset }) ?? true { since = (found, word.count) }
                from = found + 1
            }
        }
        // ("depuis celle de 2015": the one before, which the References stage tells; left as it was.)
        guard let since, case let rest = between.dropFirst(since.offset + since.length), !rest.hasPrefix("celle"), !rest.hasPrefix("celui"),
            // ("en visite d'État depuis dimanche", "depuis le 3 mai", "since Monday": the date right after it is the event's start.)
            rest.split(separator: " ").count > 1
        else { return false }
        // (The folded text may be shorter than the sentence's: the "depuis" is looked for within the span.)
        return !characters[min(trigger + since.offset, date.offset)..<date.offset].contains(",")
    }

    /// The day a sentence says a gathering opened and the day it says it closes, within ten days after: "ouvert mardi et qui
    /// s'achève ce jeudi soir". (A closing weekday told in the present is the coming one: "which ends Sunday" in a Friday paper.)
    static func openingAndClosingDays(in clause: Clause) -> (opened: DateMention, closes: PartialDate)? {
        let days = clause.sentenceDates.filter { $0.start.precision == .day && $0.end == nil }
        guard days.count >= 2 else { return nil }
        let spaced = clause.spaced
        guard let opened = days.first(where: { follows(Triggers.gatheringOpened, $0.offset, within: 4, in: spaced) }),
            let closing = days.first(where: { $0.offset != opened.offset && follows(Triggers.gatheringCloses, $0.offset, within: 4, in: spaced) })
        else { return nil }
        var closes = closing.start
        if closing.weekdayGuessed, closes < opened.start, let coming = closes.addingDays(7) { closes = coming }
        guard opened.start < closes, let limit = opened.start.addingDays(10), closes <= limit else { return nil }
        return (opened, closes)
    }

    /// The length in days a folded clause gives something: "de trois jours", "three-day", "for two days".
    static func length(in folded: String) -> Int? {
        let words = folded.split { $0 == " " || $0 == "-" }
        for (index, count) in dayCounts(words) {
            let before = index >= 2 ? words[index - 2] : ""
            // "three-day" / "three day visit" need no preposition; "jours" and "days" need one ("il y a trois jours" is a date).
            if words[index] == "day" || ["de", "for", "of"].contains(before) { return count }
        }
        return nil
    }

    /// Where folded words count days ("two day", "trois jours"), from two to fourteen: the index of the day word and the count.
    static func dayCounts(_ words: [Substring]) -> [(index: Int, count: Int)] {
        words.indices.dropFirst().compactMap { index in
            guard ["jours", "days", "day"].contains(words[index]),
                let count = DateResolver.counts[String(words[index - 1])] ?? Int(words[index - 1]), count > 1, count < 15
            else { return nil }
            return (index, count)
        }
    }

    /// The length of a gathering told right by its noun ("the two-day summit", "the two-day Asia-Europe Meeting", "le sommet
    /// de deux jours"), in days. Folded.
    static func summitLength(in folded: String) -> Int? {
        let words = folded.split { $0 == " " || $0 == "-" }
        let nouns: Set<Substring> = ["summit", "sommet", "meeting", "conference", "reunion"]
        for (index, count) in dayCounts(words) {
            let after = words[(index + 1)...].prefix(4)
            if words[index] == "day", after.contains(where: nouns.contains) { return count }
            if words[index] == "jours", index >= 3, words[index - 2] == "de", nouns.contains(words[index - 3]) { return count }
        }
        return nil
    }

    /// Whether a trip told in the present leads to the weekday, its destination between: "She flies to Manila on Sunday",
    /// "leaves for Seoul on Monday". (Not "the heads of state met on Monday".)
    static func scheduledTripBefore(_ mention: DateMention, in clause: Clause) -> Bool {
        let end = mention.offset - clause.start + 1
        guard end > 0 else { return false }
        let window = String(clause.folded.dropFirst(max(0, end - 48)).prefix(min(end, 48)))
        guard let verb = Self.scheduledTripVerbs.first(where: window.includes), let at = window.characterOffset(of: verb)
        else { return false }
        // (The weekday ends the trip's phrase: "to Manila on Sunday", not a clause of its own after it.)
        let between = String(window.dropFirst(at + verb.count))
        // (Nor the first day of a span that may be under way: "is traveling to Jakarta Monday through Wednesday".)
        let after = clause.folded.dropFirst(end + mention.text.count).split(separator: " ").prefix(2)
        if let link = after.first, ["through", "until", "to", "au"].contains(link), let day = after.dropFirst().first,
            DateResolver.weekdays[String(day)] != nil
        {
            return false
        }
        // ("He then heads to Geneva for a summit on Wednesday": what the trip is for may come between; not another verb's
        // clause, "flies to Kyiv after he met Scholz on Sunday".)
        let words = between.split(separator: " ")
        let otherVerbs: Set<Substring> = ["met", "held", "said", "after", "when", "where", "who", "which", "since"]
        return words.count <= 6 && ![",", ";", " and ", " et "].contains(where: between.includes)
            && !words.contains(where: { $0.hasSuffix("ed") || otherVerbs.contains($0) })
    }

    /// A trip told in the present, simple or progressive, as a schedule is ("flies to Seoul on Sunday", "is traveling to
    /// Nairobi Tuesday": no one is still travelling to a place on a weekday of the week gone); French news tells what is
    /// coming in the present too ("se rend vendredi à Berlin", "s'envole jeudi pour Tokyo"). Folded, spaced.
    static let scheduledTripVerbs = [
        " flies to ", " travels to ", " heads to ", " leaves for ", " departs for ", " goes on to ", " moves on to ", " is traveling to ",
        " is travelling to ", " are traveling to ", " are travelling to ", " is flying to ", " is heading to ", " is leaving for ",
        " se rend ", " se rendent ", " s envole ", " s envolent ",
    ]

    /// Whether a schedule told in the present follows a weekday, after its subject pronoun ("On Thursday he travels to
    /// Normandy", "Friday she flies on to Seoul").
    static func scheduleFollows(_ mention: DateMention, in clause: Clause) -> Bool {
        let end = mention.offset - clause.start + 1 + mention.text.count
        let after = String(clause.folded.dropFirst(end).prefix(28))
        let verb = Triggers.subjectPronouns.first(where: after.hasPrefix).map { String(after.dropFirst($0.count - 1)) } ?? after
        if Triggers.scheduledAfterWeekday.contains(where: verb.hasPrefix) { return true }
        // ("On Tuesday, Biden stays in Brussels for a U.S.-EU summit": or a person named, then the verb.)
        let named = clause.start + end
        guard clause.persons.contains(where: { $0.offset >= named - 1 && $0.offset <= named + 3 }) else { return false }
        let words = clause.folded.dropFirst(end).prefix(48).split(separator: " ")
        return (1...3).contains { skipped in
            Triggers.scheduledAfterWeekday.contains(where: (" " + words.dropFirst(skipped).joined(separator: " ") + " ").hasPrefix)
        }
    }

    /// "Quatre jours plus tôt", "two days later": how many days from the last date given (counted, not "quelques jours").
    static func countedDays(in folded: String) -> Int? {
        guard folded.includes(" jours ") || folded.includes(" days ") else { return nil }
        let words = folded.split(separator: " ")
        for index in words.indices.dropFirst().dropLast() where ["jours", "days"].contains(words[index]) {
            guard let count = DateResolver.counts[String(words[index - 1])] ?? Int(words[index - 1]), count > 1, count < 15 else { continue }
            let after = words[(index + 1)...].prefix(2).joined(separator: " ")
            if ["plus tot", "earlier", "auparavant"].contains(where: { after.hasPrefix($0) }) { return -count }
            if ["plus tard", "later"].contains(where: { after.hasPrefix($0) }) { return count }
        }
        return nil
    }

    /// How many days a visit the clause says has ended lasted ("a achevé lundi une visite de deux jours", "wrapped up a
    /// three-day visit"), in the clause folded with a space at each end.
    static func endedVisitDays(_ folded: String) -> Int? {
        guard Triggers.endings.occurs(in: folded) else { return nil }
        for (word, days) in Triggers.dayCounts {
            if folded.includes(" visite de \(word) jours ") || folded.includes(" \(word) day visit ") { return days }
        }
        return nil
    }

    /// Where the first relative clause after `offset` opens (", où", ", where", ", qui", ", which", ", when").
    static func relativeOpener(after offset: Int, in characters: [Character]) -> Int? {
        var index = max(0, offset)
        while index + 3 < characters.count {
            if characters[index] == ",", characters[index + 1] == " " {
                let word = String(characters[(index + 2)..<min(characters.count, index + 8)]).lowercased()
                if ["où ", "where ", "qui ", "which ", "when "].contains(where: word.hasPrefix) { return index }
            }
            index += 1
        }
        return nil
    }

    /// Prepositions and articles between a day and the stop it dates ("jeudi à Berlin", "Monday in Warsaw"). Folded.
    static let stopPrepositions: Set<String> = ["a", "au", "aux", "en", "l", "la", "le", "les", "to", "in", "at", "the"]

    /// Each stop's own date, when every stop of a trip is followed by one before the next stop ("en Argentine en janvier
    /// puis aux Etats-Unis en février"); or when days follow groups of stops, each group's ("en Arabie saoudite et au Qatar
    /// samedi, aux Emirats arabes unis et en Jordanie dimanche puis à Tel-Aviv et à Ramallah": the last two, after the last
    /// day, have none told). Else nil, and the trip's date is every stop's.
    static func stopDates(_ stops: [PlaceMention], in clause: Clause) -> [DateMention?]? {
        // The day after a stop is that stop's, and its group's before it; one after "puis", "then" is the next stop's ("en
        // Russie puis vendredi en France").
        var trailing = [DateMention?](repeating: nil, count: stops.count)
        var leading = [DateMention?](repeating: nil, count: stops.count)
        // ("se rendra mercredi à Kiev, puis jeudi à Berlin": a day right before a stop, but for its preposition, is its own; before
        // the first stop, only when another stop has a day of its own, else it is the whole trip's.)
        let dayRightBefore = stops.map { stop in
            clause.dates.last { $0.offset + $0.text.count <= stop.offset }.flatMap { date in
                // (Not across a comma: "au Qatar samedi, aux Emirats arabes unis dimanche".)
                let written = String(clause.sentence.characters[(date.offset + date.text.count)..<stop.offset])
                let gap = fold(written).split(separator: " ")
                return gap.count <= 2 && !written.contains(",") && gap.allSatisfy { Self.stopPrepositions.contains(String($0)) } ? date : nil
            }
        }
        for index in stops.indices.dropFirst() { leading[index] = dayRightBefore[index] }
        for (index, stop) in stops.enumerated() {
            let end = stop.offset + stop.text.count
            let limit = index + 1 < stops.count ? stops[index + 1].offset : end + 24
            guard let date = clause.dates.first(where: { $0.offset >= end && $0.offset < limit }) else { continue }
            let before = fold(String(clause.sentence.characters[end..<date.offset])).split(separator: " ")
            if index + 1 < stops.count, before.contains(where: { ["puis", "then", "et", "and", "ensuite"].contains($0) }) {
                leading[index + 1] = leading[index + 1] ?? date
            } else {
                trailing[index] = date
            }
        }
        // ("à Kiev le 14 février, puis à Moscou le lendemain": the next stop's day is the day after the last.)
        for index in stops.indices.dropFirst() where trailing[index] == nil && leading[index] == nil {
            let end = stops[index].offset + stops[index].text.count
            let limit = index + 1 < stops.count ? stops[index + 1].offset : end + 32
            let after = " " + fold(String(clause.sentence.characters[end..<min(limit, clause.sentence.characters.count)])) + " "
            guard case let near = String(after.prefix(28)), [" le lendemain ", " the next day ", " the following day "].contains(where: near.includes),
                var next = trailing[index - 1] ?? leading[index - 1], next.start.precision == .day, next.end == nil,
                let day = next.start.addingDays(1)
            else { continue }
            // (As the last stop's day was told, so a weekday still settles with the trip's tense: "Cairo on Tuesday and Tel Aviv
            // the next day", to come, is next week's.)
            next.start = day
            next.offset = end
            trailing[index] = next
        }
        if let first = dayRightBefore.first ?? nil, trailing[0] == nil,
            leading.dropFirst().contains(where: { $0 != nil }) || trailing.dropFirst().contains(where: { $0 != nil })
        {
            leading[0] = first
        }
        if stops.indices.allSatisfy({ leading[$0] != nil || trailing[$0] != nil }) { return stops.indices.map { trailing[$0] ?? leading[$0] } }
        // (A day only after the last stop is the whole trip's.)
        guard leading.contains(where: { $0 != nil }) || trailing.dropLast().contains(where: { $0 != nil }) else { return nil }
        var dates: [DateMention?] = []
        var waiting = 0
        for index in stops.indices {
            if let own = leading[index] {
                dates += Array(repeating: nil, count: waiting) + [own]
                waiting = 0
                continue
            }
            waiting += 1
            if let date = trailing[index] {
                dates += Array(repeating: date, count: waiting)
                waiting = 0
            }
        }
        return dates + Array(repeating: nil, count: waiting)
    }

    /// Whether a marker of the future governs the trigger at `offset` (in the folded clause): a verb's marker before
    /// it, or after it with no other trigger between ("will visit", "la visite du président … aura lieu"; not "a state
    /// visit ahead of a summit he is expected to dominate"), or one that qualifies a noun right next to it ("ahead of
    /// the summit", "la visite prochaine"). `others`: the clause's triggers, at offsets in the folded clause.
    /// - Parameter frenchFutures: where the clause's French verbs in the future are, by their endings: each counts as a marker.
    static func futureGoverns(
        _ offset: Int, length: Int, in folded: String, others: [Int], frenchFutures: [Int] = [], toldDone: Bool = false, expectedTrip: Bool = false
    ) -> Bool
    {
        let end = offset + length
        // ("said he had spoken by phone with Hun Manet, warning that Washington would not …": a perfect is told done,
        // whatever future follows it; so is a trigger in a French compound past of its own: "M. Faye, qui s'était rendu fin
        // mai à Bamako, conduira sa mission".)
        let perfect = toldDone
            || folded.prefix(offset).split(separator: " ").suffix(2).contains { ["had", "has", "have", "avait", "avaient"].contains($0) }
        let governs = { (found: Int) in
            found < end || !perfect && found < end + 70 && !others.contains(where: { $0 > end && $0 < found })
                && !Triggers.saidAfter.occurs(in: String(folded.dropFirst(end).prefix(max(0, found - end))) + " ")
                && !Triggers.whereClause.occurs(in: String(folded.dropFirst(end).prefix(max(0, found - end))) + " ")
        }
        // (The clause's folded text has a space before it: one character on.)
        if frenchFutures.contains(where: { governs($0 + 1) }) { return true }
        for marker in Triggers.future {
            var from = 0
            while let found = folded.characterOffset(of: marker, from: from) {
                from = found + 1
                if Triggers.wishes.contains(marker) {
                    // (One word between at most: "hopes to visit", "est prêt à un sommet".)
                    // (The trigger may begin inside the marker: "hopes to visit" with "to visit".)
                    if found <= offset,
                        folded.dropFirst(found + marker.count).prefix(max(0, offset + 1 - found - marker.count)).split(separator: " ").count <= 1
                    {
                        return true
                    }
                } else if Triggers.agreedTo.contains(marker) || Triggers.lookingAhead.contains(marker) {
                    // ("who agreed to meet in person when they spoke by phone in July": the call was before.)
                    let between = found <= offset ? String(folded.dropFirst(found).prefix(offset - found)) : ""
                    if found <= offset, ![" when ", " after ", " apres ", " lorsqu", " quand "].contains(where: between.includes) { return true }
                } else if Triggers.plans.contains(marker) {
                    // (The event planned right after it, one short word between at most, and what follows it.)
                    guard let planned = others.filter({ $0 >= found + marker.count - 2 }).min(),
                        planned - (found + marker.count) <= 4, offset >= planned, offset - found <= 90
                    else { continue }
                    let between = String(folded.dropFirst(found).prefix(offset - found)) + " "
                    if !Triggers.anotherTime.contains(where: between.includes) { return true }
                } else if Triggers.expectedInMarkers.contains(marker) {
                    // ("who is currently in Zambia and is due in South Africa": its own trip only, not what came before it nor
                    // what follows: "An announcement is expected in Washington on Friday after Biden met Netanyahu".)
                    if abs(found - offset) <= 1 { return true }
                    // (And, when it is a trip someone is expected to make, what it is for after it: "… and is expected in Paris on
                    // Friday to meet Macron".)
                    let between = found < offset ? String(folded.dropFirst(found).prefix(offset - found)) + " " : ""
                    if expectedTrip, found < offset, offset - found <= 70,
                        !Triggers.anotherTime.contains(where: between.includes)
                    {
                        return true
                    }
                } else if Triggers.nounFuture.contains(marker) {
                    // "ahead of X", "upcoming X": X follows; "X prochain": X comes first.
                    let after = marker == "prochain" || marker == "prochaine"
                    if after ? (found >= offset && found - end <= 24) : (found < offset && offset - found <= 40) { return true }
                } else if found < end || !perfect && found < end + 70 && !others.contains(where: { $0 > end && $0 < found })
                    // ("met Bainimarama on Thursday and said Australia would be a partner": the future is what was said;
                    // "has arrived on a state visit to Vietnam, where he plans to sign …": what is to be done there.)
                    && !Triggers.saidAfter.occurs(in: String(folded.dropFirst(end).prefix(max(0, found - end))) + " ")
                    && !Triggers.whereClause.occurs(in: String(folded.dropFirst(end).prefix(max(0, found - end))) + " ")
                {
                    return true
                }
            }
        }
        return false
    }

    /// "le dernier sommet", "the last Summit for Democracy", "their previous meeting": a past one, in passing.
    static func precededByPast(_ trigger: Int, clause: Clause) -> Bool {
        let before = fold(String(clause.sentence.characters[max(0, trigger - 24)..<trigger])).split(separator: " ").suffix(3)
        return before.contains { ["dernier", "derniere", "precedent", "precedente", "last", "previous"].contains(String($0)) }
    }

    /// Whether a trigger phrase is a verb in a past tense ("visited", "met", "s'est rendu", "a rencontré").
    static func toldDone(_ phrase: String) -> Bool {
        // (By its verb, first: "met with", "held talks".)
        let verb = phrase.split(separator: " ").first.map(String.init) ?? phrase
        return phrase.hasSuffix("ed") || verb.hasSuffix("ed") || ["met", "held", "went", "flew", "spoke", "paid", "took", "came"].contains(verb)
            || toldInFrenchCompoundPast(phrase)
    }

    /// Whether a French trigger phrase is a compound past ("s'est rendu", "a rencontré", "avait visité"; not "a rendez-vous
    /// avec", a meeting to come).
    static func toldInFrenchCompoundPast(_ phrase: String) -> Bool {
        ["s est ", "s etait ", "se sont ", "s etaient ", "a ", "ont ", "avait ", "avaient "].contains(where: phrase.hasPrefix)
            && phrase.split(separator: " ").dropFirst().first != "rendez"
    }
}
