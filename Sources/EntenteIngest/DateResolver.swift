import EntenteModel

/// A date expression found in a sentence, resolved against the article's publication date.
public struct DateMention: Sendable, Equatable {
    /// The expression as written (`jeudi 31 mai`, `en avril dernier`, `last week`).
    public var text: String
    /// Character offset of the expression in the sentence.
    public var offset: Int
    public var start: PartialDate
    /// The end of a range (`les 17 et 18 novembre`, `la semaine dernière`, `autumn`).
    public var end: PartialDate?
    /// The text gave no year and none of "dernier"/"prochain": the year is the nearest one, which the
    /// tense of the clause may overrule ("le dernier sommet, tenu en février" is the past February).
    public var yearGuessed = false
    /// The text gave a day and month without a year, nor "dernier"/"prochain" ("le 1er juillet"): the nearest one, which a
    /// pluperfect moves to the year before.
    public var yearOmitted = false
    /// A weekday alone ("vendredi"): the one on or before publication, which a future tense moves to the one after.
    public var weekdayGuessed = false
    /// The rest of a period under way ("later this month", "à la fin du mois"): still to come, though it began before
    /// publication.
    public var toCome = false

    public init(text: String, offset: Int, start: PartialDate, end: PartialDate? = nil) {
        self.text = text
        self.offset = offset
        self.start = start
        self.end = end
    }
}

/// Finds and resolves date expressions in French and English (docs/ingestion.md lists them).
///
/// Rules, from the corpus conventions: a weekday alone is that weekday on or before the
/// publication date; a day or month without a year is the one nearest the publication date (so an
/// article of 5 January saying "en décembre" means the December before); "dernier"/"last" and
/// "prochain"/"next" pick the latest one before or the first one after; "last week" is the previous
/// Monday–Sunday; seasons are month ranges ("autumn" → September..November).
public struct DateResolver: Sendable {
    public let published: PartialDate
    /// The Monday of the publication's week, its month and the next month (computed once: every token may ask).
    private let monday: PartialDate
    private let monthStart: PartialDate
    private let nextMonth: PartialDate

    public init(published: PartialDate) {
        self.published = published
        monday = published.addingDays(1 - published.weekday) ?? published
        monthStart = PartialDate(year: published.year, month: published.month ?? 1) ?? published
        let total = published.year * 12 + (published.month ?? 1)
        nextMonth = PartialDate(year: total / 12, month: total % 12 + 1) ?? published
    }

    // MARK: - Vocabulary (folded: lower case, no accents)

    /// The months' names in French and in English, folded, January first.
    static let frenchMonths = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
    static let englishMonths = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]
    static let months: [String: Int] = {
        var months: [String: Int] = [
            "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
        ]
        for (index, name) in (frenchMonths + englishMonths).enumerated() { months[name] = index % 12 + 1 }
        return months
    }()
    static let weekdays: [String: Int] = [
        "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 7,
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]
    static let last: Set<String> = ["dernier", "derniere", "last", "passe", "passee"]
    static let fewDaysBack: [[String]] = [
        // (Not "quelques jours plus tôt", "days earlier": counted from the event just told, not from the article.)
        ["il", "y", "a", "quelques", "jours"], ["a", "few", "days", "ago"], ["few", "days", "ago"],
    ]
    static let next: Set<String> = ["prochain", "prochaine", "next"]
    static let this: Set<String> = ["ce", "cet", "cette", "this"]
    /// Seasons as month ranges; winter runs into the next year.
    static let seasons: [String: (Int, Int)] = [
        "printemps": (3, 5), "spring": (3, 5), "ete": (6, 8), "summer": (6, 8), "automne": (9, 11), "autumn": (9, 11), "fall": (9, 11),
        "hiver": (12, 2), "winter": (12, 2),
    ]

    struct Token {
        var word: String  // folded
        var start: Int  // character offsets in the sentence
        var end: Int
    }

    /// Every date expression in `sentence`, in order of appearance.
    public func mentions(in sentence: String) -> [DateMention] { mentions(in: Array(sentence)) }

    func mentions(in characters: [Character]) -> [DateMention] { mentions(in: characters, tokens: Self.tokenize(characters)) }

    /// The same, with the sentence's tokens already made (the person stage uses the same ones).
    func mentions(in characters: [Character], tokens: [Token]) -> [DateMention] {
        var results: [DateMention] = []
        // Every expression has a key word (a month, a weekday, a number, "semaine", "hier"…) within its first five
        // tokens: a position with none in reach starts nothing, and the rules are not tried there.
        let keys = tokens.map { Self.isKeyWord($0.word) }
        var index = 0
        while index < tokens.count {
            guard keys[index..<min(tokens.count, index + 5)].contains(true) else {
                index += 1
                continue
            }
            if let (found, consumed) = match(tokens, at: index) {
                for var mention in found {
                    let first = tokens[index].start
                    let last = tokens[index + consumed - 1].end
                    mention.offset = first
                    mention.text = String(characters[first..<last])
                    results.append(mention)
                }
                index += consumed
            } else {
                index += 1
            }
        }
        // "In 2010 he twice postponed a trip — first in March, … and again in June": a month without its year, in a
        // sentence that opens with a past year, is in that year. (Not after a list of years: "s'était rendu en Chine en
        // 2004 et en 2009 …, après une visite à Washington en février".)
        // So is a later month joined to a month of a past year written out: "The heads of state met in May 2017 in Riyadh and in
        // September in New York" (not one another clause tells: "…, dont la dernière visite remonte à mars 2019, est attendu
        // à Paris en mai").
        var year: Int?
        var written: PartialDate?
        let joined = { (position: Int) -> Bool in
            guard position > 0 else { return false }
            let previous = results[position - 1]
            let words = fold(String(characters[min(previous.offset + previous.text.count, results[position].offset)..<results[position].offset]))
                .split(separator: " ")
            return words.count <= 5 && words.last.map { ["and", "et", "puis", "again", "then", "nouveau"].contains($0) } == true
        }
        for position in results.indices {
            let mention = results[position]
            // (Not past a semicolon or a "but": "In 2023, Blinken visited China once; he is expected to return in March".)
            if year != nil || written != nil, position > 0 {
                let between = String(characters[results[position - 1].offset..<mention.offset]).lowercased()
                if between.contains(";") || between.contains(" but ") || between.contains(" mais ") {
                    year = nil
                    written = nil
                }
            }
            if !mention.yearGuessed, mention.start.precision == .year {
                year = position == 0 && mention.offset < 24 && mention.end == nil && mention.start.year < published.year ? mention.start.year : nil
                written = nil
            } else if let carried = year ?? written.flatMap({ earlier in
                    mention.start.month.map { $0 > earlier.month! } == true && joined(position) ? earlier.year : nil
                }), mention.yearGuessed, let month = mention.start.month,
                let moved = PartialDate(year: carried, month: month, day: mention.start.day)
            {
                results[position].start = moved
                results[position].end = mention.end.flatMap { PartialDate(year: carried, month: $0.month ?? month, day: $0.day) }
                results[position].yearGuessed = false
            } else if !mention.yearGuessed, mention.start.precision == .month, mention.end == nil, mention.start.year < published.year,
                mention.text.contains(String(mention.start.year))
            {
                written = mention.start
            }
        }
        return results
    }

    static func tokenize(_ sentence: String) -> [Token] { tokenize(Array(sentence)) }

    /// Weekdays, whole or cut short, as a schedule puts them in brackets after a date. Folded.
    static let bracketedWeekdays: Set<String> = [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "lun", "mer", "jeu", "ven", "sam", "dim", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ]

    static func tokenize(_ sentence: [Character]) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var start = 0
        for (offset, character) in sentence.enumerated() {
            if NameNormalizer.isWordCharacter(character) {
                if current.isEmpty { start = offset }
                current.append(character)
            } else {
                // ("from April 28 (Sat) to May 6 (Sun)": a weekday in brackets after a date is passed over.)
                let bracketed = character == ")" && start > 0 && sentence[start - 1] == "("
                    && Self.bracketedWeekdays.contains(NameNormalizer.foldDiacritics(current).lowercased())
                if !current.isEmpty, !bracketed { tokens.append(Token(word: NameNormalizer.foldDiacritics(current).lowercased(), start: start, end: offset)) }
                current = ""
                if character == "-" || character == "–" { tokens.append(Token(word: "-", start: offset, end: offset + 1)) }
            }
        }
        if !current.isEmpty { tokens.append(Token(word: NameNormalizer.foldDiacritics(current).lowercased(), start: start, end: sentence.count)) }
        return tokens
    }

    // MARK: - Matching

    private func word(_ tokens: [Token], _ index: Int) -> String? { index < tokens.count ? tokens[index].word : nil }

    private func day(_ text: String?) -> Int? {
        guard var text else { return nil }
        if text.hasSuffix("er") || text.hasSuffix("st") || text.hasSuffix("nd") || text.hasSuffix("rd") || text.hasSuffix("th") {
            text = String(text.dropLast(2))
        }
        guard let value = Int(text), (1...31).contains(value), text.count <= 2 else { return nil }
        return value
    }

    private func year(_ text: String?) -> Int? {
        guard let text, text.count == 4, let value = Int(text), (1800...2200).contains(value) else { return nil }
        return value
    }

    /// The mentions starting at `index` and how many tokens they span.
    private func match(_ tokens: [Token], at index: Int) -> ([DateMention], Int)? {
        let w0 = tokens[index].word
        // A weekday before a day-month expression belongs to it ("jeudi 31 mai").
        if Self.weekdays[w0] != nil, let (found, consumed) = dayMonth(tokens, at: index + 1) { return (found, consumed + 1) }
        if let found = dayMonth(tokens, at: index) { return found }
        if let found = monthDay(tokens, at: index) { return found }
        if let weekday = Self.weekdays[w0] {
            // "Wednesday, June 7, 2023", "Friday 12 May": the weekday of the date written out after it is that date.
            if index + 1 < tokens.count, let (found, consumed) = monthDay(tokens, at: index + 1) ?? dayMonth(tokens, at: index + 1) {
                return (found, consumed + 1)
            }
            if let qualifier = word(tokens, index + 1), Self.next.contains(qualifier) {
                return ([mention(day: weekdayAfter(weekday))], 2)
            }
            if let qualifier = word(tokens, index + 1), Self.last.contains(qualifier) {
                return ([mention(day: weekdayBefore(weekday, strictly: true))], 2)
            }
            if let qualifier = index > 0 ? tokens[index - 1].word : nil, qualifier == "next" { return ([mention(day: weekdayAfter(weekday))], 1) }
            if let qualifier = index > 0 ? tokens[index - 1].word : nil, qualifier == "last" {
                return ([mention(day: weekdayBefore(weekday, strictly: true))], 1)
            }
            var bare = mention(day: weekdayBefore(weekday, strictly: false))
            bare.weekdayGuessed = true
            // "samedi et dimanche", "Thursday and Friday": two days running are one span.
            if let joiner = word(tokens, index + 1), ["et", "and"].contains(joiner), let other = word(tokens, index + 2),
                Self.weekdays[other] == weekday % 7 + 1, word(tokens, index + 3).map({ !Self.next.contains($0) && !Self.last.contains($0) }) ?? true
            {
                bare.end = bare.start.addingDays(1)
                return ([bare], 3)
            }
            return ([bare], 1)
        }
        if let found = relative(tokens, at: index) { return found }
        if let found = monthOrYear(tokens, at: index) { return found }
        if let found = ordinalDay(tokens, at: index) { return found }
        return nil
    }

    /// `the 17th`, `from the 8th to the 14th`: an English ordinal day with no month is in the publication's month.
    private func ordinalDay(_ tokens: [Token], at index: Int) -> ([DateMention], Int)? {
        func ordinal(_ cursor: Int) -> Int? {
            guard let text = word(tokens, cursor), ["st", "nd", "rd", "th"].contains(where: text.hasSuffix) else { return nil }
            return day(text)
        }
        // ("on the 17th", "from the 8th": not "the 16th BRICS summit".)
        guard index > 1, tokens[index - 1].word == "the", ["on", "from", "since", "until", "by", "before", "after"].contains(tokens[index - 2].word),
            let first = ordinal(index), let month = published.month, let start = PartialDate(year: published.year, month: month, day: first)
        else { return nil }
        if let joiner = word(tokens, index + 1), ["to", "-", "and", "through"].contains(joiner), word(tokens, index + 2) == "the",
            let second = ordinal(index + 3), second > first
        {
            return ([DateMention(text: "", offset: 0, start: start, end: PartialDate(year: start.year, month: start.month!, day: second))], 4)
        }
        return ([DateMention(text: "", offset: 0, start: start)], 1)
    }

    /// `31 mai`, `le 12 juin 2018`, `17 et 18 novembre`, `17-18 novembre`, `31 May 2018`.
    private func dayMonth(_ tokens: [Token], at index: Int) -> ([DateMention], Int)? {
        guard let first = day(word(tokens, index)) else { return nil }
        var cursor = index + 1
        var second: Int?
        if let joiner = word(tokens, cursor), ["et", "and", "-", "au", "to"].contains(joiner), let other = day(word(tokens, cursor + 1)) {
            second = other
            cursor += 2
        } else if let joiner = word(tokens, cursor), ["et", "and", "au", "to"].contains(joiner), word(tokens, cursor + 1).map({ Self.weekdays[$0] != nil }) == true,
            let other = day(word(tokens, cursor + 2))
        {
            // ("le jeudi 29 et vendredi 30 juin", "le mardi 11 et mercredi 12 juillet 2023": each day with its weekday.)
            second = other
            cursor += 3
        }
        guard let monthWord = word(tokens, cursor), let month = Self.months[monthWord], monthWord != "may" || first > 0 else { return nil }
        cursor += 1
        // "les 31 janvier et 1er février 2018", "from 30 April to 2 May": a range across a month's end, the year after both.
        var secondMonth: Int?
        if second == nil, let joiner = word(tokens, cursor), ["et", "and", "au", "to", "-"].contains(joiner), let other = day(word(tokens, cursor + 1)),
            let otherMonth = word(tokens, cursor + 2).flatMap({ Self.months[$0] }), otherMonth == month % 12 + 1, other < first
        {
            // (The next month only, and an earlier day in it: "on 3 March and 20 April" are two dates.)
            second = other
            secondMonth = otherMonth
            cursor += 3
        }
        var explicitYear: Int?
        if let value = year(word(tokens, cursor)) {
            explicitYear = value
            cursor += 1
        }
        // (The year is the second day's: "les 31 décembre et 1er janvier 2019" begins in 2018.)
        let startYear = explicitYear.map { secondMonth.map { $0 < month } == true ? $0 - 1 : $0 }
        guard var start = resolveDay(day: first, month: month, year: startYear) else { return nil }
        // "le 23 novembre dernier" is the last 23 November before the article, "le 12 juin prochain" the next after it.
        var qualified = false
        if explicitYear == nil, let qualifier = word(tokens, cursor), Self.last.contains(qualifier) || Self.next.contains(qualifier) {
            qualified = true
            let past = Self.last.contains(qualifier)
            if past, start.dayNumber >= published.dayNumber, let earlier = PartialDate(year: start.year - 1, month: month, day: first) { start = earlier }
            if !past, start.dayNumber <= published.dayNumber, let later = PartialDate(year: start.year + 1, month: month, day: first) { start = later }
            cursor += 1
        }
        var end: PartialDate?
        if let second, let secondMonth {
            end = PartialDate(year: secondMonth < month ? start.year + 1 : start.year, month: secondMonth, day: second)
        } else if let second, second > first {
            end = PartialDate(year: start.year, month: month, day: second)
        }
        var mention = DateMention(text: "", offset: 0, start: start, end: end)
        mention.yearGuessed = guessedAcrossYears(start, explicitYear: explicitYear, qualified: qualified)
        mention.yearOmitted = explicitYear == nil && !qualified
        return ([mention], cursor - index)
    }

    /// `May 31, 2018`, `June 12`, `November 17-18`.
    private func monthDay(_ tokens: [Token], at index: Int) -> ([DateMention], Int)? {
        // ("Dec. 11-18", "Dec 20": an abbreviation right before its day, with or without its full stop.)
        let abbreviated = tokens[index].word.count == 3 && index + 1 < tokens.count && tokens[index + 1].start <= tokens[index].end + 2
        guard let month = Self.months[tokens[index].word], tokens[index].word.count > 3 || tokens[index].word == "may" || abbreviated,
            let first = day(word(tokens, index + 1))
        else { return nil }
        var cursor = index + 2
        var second: Int?
        if let joiner = word(tokens, cursor), ["-", "and", "to"].contains(joiner), let other = day(word(tokens, cursor + 1)) {
            second = other
            cursor += 2
        }
        // "July 31-August 10", "from April 30 to May 2": a range across a month's end (the next month, an earlier day in it).
        var secondMonth: Int?
        if second == nil, let joiner = word(tokens, cursor), ["-", "to", "through"].contains(joiner),
            // (Spelled out or shortened: "Dec. 28-Jan. 3".)
            let next = word(tokens, cursor + 1), let otherMonth = Self.months[next], next.count >= 3,
            otherMonth == month % 12 + 1, let other = day(word(tokens, cursor + 2)), other < first
        {
            second = other
            secondMonth = otherMonth
            cursor += 3
        }
        var explicitYear: Int?
        if let value = year(word(tokens, cursor)) {
            explicitYear = value
            cursor += 1
        }
        // (The year is the second day's: "December 28-January 3, 2019" begins in 2018.)
        let startYear = explicitYear.map { secondMonth.map { $0 < month } == true ? $0 - 1 : $0 }
        guard let start = resolveDay(day: first, month: month, year: startYear) else { return nil }
        let end: PartialDate?
        if let second, let secondMonth {
            end = PartialDate(year: secondMonth < month ? start.year + 1 : start.year, month: secondMonth, day: second)
        } else {
            end = second.flatMap { $0 > first ? PartialDate(year: start.year, month: month, day: $0) : nil }
        }
        var mention = DateMention(text: "", offset: 0, start: start, end: end)
        mention.yearGuessed = guessedAcrossYears(start, explicitYear: explicitYear, qualified: false)
        mention.yearOmitted = explicitYear == nil
        return ([mention], cursor - index)
    }

    /// "of last year", "de l'année dernière", "of this year", "de l'an prochain", "last year", "l'an dernier" after a month:
    /// the year it names, as an offset from the publication's, and the tokens it takes.
    private func yearOf(_ tokens: [Token], at index: Int) -> (offset: Int, consumed: Int)? {
        guard let first = word(tokens, index) else { return nil }
        // "in February last year", "en février l'an dernier": the year, with no "of".
        if word(tokens, index + 1) == "year" {
            if Self.last.contains(first) { return (-1, 2) }
            if Self.next.contains(first) { return (1, 2) }
        }
        if first == "l", word(tokens, index + 1) == "an", let after = word(tokens, index + 2) {
            if Self.last.contains(after) { return (-1, 3) }
            if Self.next.contains(after) { return (1, 3) }
        }
        guard ["of", "de", "d"].contains(first) else { return nil }
        var cursor = index + 1
        if word(tokens, cursor) == "l" || word(tokens, cursor) == "the" { cursor += 1 }
        guard let qualifier = word(tokens, cursor) else { return nil }
        if Self.this.contains(qualifier), ["year", "annee"].contains(word(tokens, cursor + 1) ?? "") { return (0, cursor + 2 - index) }
        guard ["year", "annee", "an"].contains(qualifier), let after = word(tokens, cursor + 1) else {
            // "of last year", "of next year".
            guard Self.last.contains(qualifier) || Self.next.contains(qualifier), word(tokens, cursor + 1) == "year" else { return nil }
            return (Self.last.contains(qualifier) ? -1 : 1, cursor + 2 - index)
        }
        if Self.last.contains(after) { return (-1, cursor + 2 - index) }
        if Self.next.contains(after) { return (1, cursor + 2 - index) }
        return nil
    }

    /// The words before "à"/"to" that date what they tell ("remonte à 2015", "dates back to 2015").
    static let goesBackTo: Set<String> = ["remonte", "remontait", "remontent", "remontaient", "back"]

    /// `en avril dernier`, `au mois de mars`, `in April 2009`, `last April`, `en 2001 et 2002`, `in 2001`.
    private func monthOrYear(_ tokens: [Token], at index: Int) -> ([DateMention], Int)? {
        var cursor = index
        let w0 = tokens[index].word
        var qualifierBefore: String?
        if ["en", "in", "au", "durant", "during", "depuis", "since", "d", "de", "courant", "fin", "debut", "mi", "mid", "late", "early", "that"]
            .contains(w0)
        {
            cursor += 1
        } else if w0 == "des", let next = word(tokens, index + 1), Self.months[next] != nil, next.count > 3 {
            // "dès juillet" (folded, "dès" is "des": before a month's name only, and not "mai": "des mai 68").
            cursor += 1
        }
        if cursor > index {
            // "à la mi-février", "mid-February", "fin-mars".
            if ["fin", "debut", "mi", "mid", "late", "early"].contains(w0), word(tokens, cursor) == "-" { cursor += 1 }
            if word(tokens, cursor) == "mois", word(tokens, cursor + 1) == "de" || word(tokens, cursor + 1) == "d" { cursor += 2 }
        } else if ["a", "to"].contains(w0), let next = word(tokens, index + 1), next.count > 3, Self.months[next] != nil {
            // "remonte à juin 2014", "dates back to June 2014": before a month only ("de 2010 à 2014" is a span).
            cursor += 1
        } else if ["a", "to"].contains(w0), index > 0, Self.goesBackTo.contains(tokens[index - 1].word), year(word(tokens, index + 1)) != nil {
            // A year too after the verb of going back ("Sa dernière visite remonte à 2015").
            cursor += 1
        } else if Self.last.contains(w0) || Self.next.contains(w0) || Self.this.contains(w0) {
            qualifierBefore = w0
            cursor += 1
        }
        guard let current = word(tokens, cursor) else { return nil }
        if let month = Self.months[current], current.count > 3 || current == "mai" || current == "may" {
            // "may" alone is too often the verb: require a preposition or a qualifier for it.
            if current == "may" && cursor == index { return nil }
            // (French "sept" is seven as often: "le Groupe des sept (G7)", "en sept ans". Only with its year.)
            if current == "sept", year(word(tokens, cursor + 1)) == nil { return nil }
            // ("that November"; not "a deal that may hold", "those that march").
            if w0 == "that", ["may", "march"].contains(current) { return nil }
            // (A month alone needs its preposition; one with its year does not: "the December 2019 summit".)
            if cursor == index, year(word(tokens, cursor + 1)) == nil { return nil }
            cursor += 1
            var resolved: PartialDate?
            if let value = year(word(tokens, cursor)) {
                resolved = PartialDate(year: value, month: month)
                cursor += 1
            } else if let (offset, consumed) = yearOf(tokens, at: cursor) {
                // "in February of last year", "en février de l'année dernière".
                resolved = PartialDate(year: published.year + offset, month: month)
                cursor += consumed
            } else if let after = word(tokens, cursor), Self.last.contains(after) {
                resolved = monthBefore(month)
                cursor += 1
            } else if let after = word(tokens, cursor), Self.next.contains(after) {
                resolved = monthAfter(month)
                cursor += 1
            } else if let qualifierBefore, Self.last.contains(qualifierBefore) {
                resolved = monthBefore(month)
            } else if let qualifierBefore, Self.next.contains(qualifierBefore) {
                resolved = monthAfter(month)
            } else {
                guard let nearest = nearestMonth(month) else { return nil }
                var mention = DateMention(text: "", offset: 0, start: nearest)
                mention.yearGuessed = true
                return ([mention], cursor - index)
            }
            guard let resolved else { return nil }
            return ([DateMention(text: "", offset: 0, start: resolved)], cursor - index)
        }
        if cursor > index, qualifierBefore == nil, let first = year(current) {
            var found = [DateMention(text: "", offset: 0, start: PartialDate(year: first)!)]
            cursor += 1
            if let joiner = word(tokens, cursor), ["et", "and", "-", "puis"].contains(joiner), let second = year(word(tokens, cursor + 1)) {
                found.append(DateMention(text: "", offset: 0, start: PartialDate(year: second)!))
                cursor += 2
            }
            return (found, cursor - index)
        }
        return nil
    }

    /// Today, yesterday, last/next week, month, year, seasons.
    private func relative(_ tokens: [Token], at index: Int) -> ([DateMention], Int)? {
        let w0 = tokens[index].word
        let w1 = word(tokens, index + 1)
        let w2 = word(tokens, index + 2)
        if let found = ago(tokens, at: index) { return found }
        if let found = vague(tokens, at: index) { return found }
        switch w0 {
        case "hier", "yesterday": return ([mention(day: published.addingDays(-1)!)], 1)
        case "aujourd", "today", "tonight": return ([mention(day: published)], w0 == "aujourd" && w1 == "hui" ? 2 : 1)
        case "demain", "tomorrow": return ([mention(day: published.addingDays(1)!)], 1)
        // ("made a phone call to Prime Minister Modi late last night", "la nuit dernière": the evening before publication.)
        // (Not "on the last night of his visit".)
        case "last" where w1 == "night" && w2 != "of" && (index == 0 || !["the", "a"].contains(tokens[index - 1].word)):
            return ([mention(day: published.addingDays(-1)!)], 2)
        case "nuit" where w1 == "derniere": return ([mention(day: published.addingDays(-1)!)], 2)
        case "this" where ["morning", "afternoon", "evening"].contains(w1 ?? ""): return ([mention(day: published)], 2)
        case "ce" where ["matin", "soir"].contains(w1 ?? ""): return ([mention(day: published)], 2)
        // "a reçu ce jour" is today; "ce jour-là" is the day just named, no date of its own.
        case "ce" where w1 == "jour" && w2 != "-" && w2 != "la": return ([mention(day: published)], 2)
        case "avant" where w1 == "-" && w2 == "hier": return ([mention(day: published.addingDays(-2)!)], 3)
        default: break
        }
        // "la semaine dernière", "last week", "cette semaine", "next week", "the week before"
        let weekWords = Self.weekWords
        let monday = self.monday
        func week(_ shift: Int) -> DateMention {
            DateMention(text: "", offset: 0, start: monday.addingDays(7 * shift)!, end: monday.addingDays(7 * shift + 6)!)
        }
        if ["la", "the"].contains(w0), let w1, weekWords.contains(w1), let w2 {
            if Self.last.contains(w2) { return ([week(-1)], 3) }
            if Self.next.contains(w2) { return ([week(1)], 3) }
        }
        if let w1, weekWords.contains(w1) {
            if Self.last.contains(w0) { return ([week(-1)], 2) }
            if Self.next.contains(w0) { return ([week(1)], 2) }
            if Self.this.contains(w0) { return ([week(0)], 2) }
        }
        // months and years relative to publication
        let monthStart = self.monthStart
        func month(_ shift: Int) -> DateMention {
            let total = published.year * 12 + (published.month! - 1) + shift
            return DateMention(text: "", offset: 0, start: PartialDate(year: total / 12, month: total % 12 + 1)!)
        }
        if ["le", "the", "du"].contains(w0), w1 == "mois" || w1 == "month", let w2 {
            if Self.last.contains(w2) { return ([month(-1)], 3) }
            if Self.next.contains(w2) { return ([month(1)], 3) }
        }
        if w1 == "month" {
            if w0 == "last" { return ([month(-1)], 2) }
            if w0 == "next" { return ([month(1)], 2) }
            if w0 == "this" { return ([DateMention(text: "", offset: 0, start: monthStart)], 2) }
        }
        if w0 == "earlier" || w0 == "later" || w0 == "late", w1 == "this", w2 == "month" {
            var mention = DateMention(text: "", offset: 0, start: monthStart)
            mention.toCome = w0 != "earlier"
            return ([mention], 3)
        }
        if w0 == "ce", w1 == "mois", w2 == "ci" { return ([DateMention(text: "", offset: 0, start: monthStart)], 3) }
        let yearWords = Self.yearWords
        func yearMention(_ shift: Int) -> DateMention { DateMention(text: "", offset: 0, start: PartialDate(year: published.year + shift)!) }
        if ["l", "le", "the"].contains(w0), let w1, yearWords.contains(w1), let w2 {
            if Self.last.contains(w2) { return ([yearMention(-1)], 3) }
            if Self.next.contains(w2) { return ([yearMention(1)], 3) }
        }
        if let w1, yearWords.contains(w1) {
            if Self.last.contains(w0) { return ([yearMention(-1)], 2) }
            if Self.next.contains(w0) { return ([yearMention(1)], 2) }
            if Self.this.contains(w0) { return ([yearMention(0)], 2) }
        }
        // seasons: "cet automne", "à l'automne", "this autumn", "in the spring", "next summer"
        // Seasons need a determiner or qualifier before them ("a été" is a verb, not a summer).
        let beforeSeason = Self.beforeSeason
        for offset in [1, 2] {
            guard let seasonWord = word(tokens, index + offset), let (first, last) = Self.seasons[seasonWord] else { continue }
            let qualifiers = offset == 1 ? [w0] : [w0, w1 ?? ""]
            guard beforeSeason.contains(qualifiers.last!) else { continue }
            let after = word(tokens, index + offset + 1) ?? ""
            var year = published.year
            var consumed = offset + 1
            if qualifiers.contains(where: Self.next.contains) || Self.next.contains(after) { year += 1 }
            if qualifiers.contains(where: Self.last.contains) || Self.last.contains(after) { year -= 1 }
            if Self.next.contains(after) || Self.last.contains(after) { consumed += 1 }
            let start = PartialDate(year: year, month: first)!
            let end = PartialDate(year: last < first ? year + 1 : year, month: last)!
            return ([DateMention(text: "", offset: 0, start: start, end: end)], consumed)
        }
        return nil
    }

    // MARK: - Resolution

    private func mention(day: PartialDate) -> DateMention { DateMention(text: "", offset: 0, start: day) }

    /// The words some date expression cannot do without (numbers aside).
    static let keyWords: Set<String> = Set(months.keys).union(weekdays.keys).union(seasons.keys).union(counts.keys).union([
        "hier", "yesterday", "aujourd", "today", "tonight", "demain", "tomorrow", "semaine", "semaines", "week", "weeks", "weekend",
        "mois", "month", "months", "annee", "annees", "an", "ans", "year", "years", "jour", "jours", "day", "days", "morning",
        "afternoon", "evening", "night", "nuit", "matin", "soir", "fin", "end", "coming", "prochaines", "prochains", "earlier", "later", "late", "ago",
    ])

    static func isKeyWord(_ word: String) -> Bool {
        if let first = word.utf8.first, first >= 0x30 && first <= 0x39 { return true }
        return keyWords.contains(word)
    }

    static let weekWords: Set<String> = ["semaine", "week"]
    static let yearWords: Set<String> = ["annee", "an", "year"]
    static let beforeSeason: Set<String> = ["l", "the", "cet", "ce", "this", "next", "last", "au", "en", "in", "prochain", "dernier"]

    /// The weekend of the publication's week ("ce week-end", "au cours du week-end", "this weekend"); the end of the
    /// month ("à la fin du mois", "later this month"); the coming weeks ("dans les semaines qui viennent", "in the
    /// coming weeks": this month to the next, at month precision).
    private func vague(_ tokens: [Token], at index: Int) -> ([DateMention], Int)? {
        let w0 = tokens[index].word
        let w1 = word(tokens, index + 1)
        let w2 = word(tokens, index + 2)
        let previous = index > 0 ? tokens[index - 1].word : ""
        // "last weekend", "le week-end dernier", "next weekend", "le week-end prochain": the one before the publication's
        // (or the one before that when it appears on a weekend), the one after it.
        func weekend(at start: Int) -> Int? {
            word(tokens, start) == "weekend" ? 1 : word(tokens, start) == "week" && word(tokens, start + 1) == "-"
                && word(tokens, start + 2) == "end" ? 3 : nil
        }
        func shiftedWeekend(last: Bool) -> DateMention {
            let onWeekend = published.weekday >= 6  // (Monday is 1.)
            let saturday = last
                ? published.addingDays(-((published.weekday + 1) % 7) - (onWeekend ? 7 : 0))!
                : published.addingDays(6 - published.weekday + (onWeekend ? 7 : 0))!
            return DateMention(text: "", offset: 0, start: saturday, end: saturday.addingDays(1)!)
        }
        if w0 == "last" || w0 == "next", let length = weekend(at: index + 1) {
            return ([shiftedWeekend(last: w0 == "last")], 1 + length)
        }
        if ["ce", "le", "du"].contains(previous), let length = weekend(at: index), let after = word(tokens, index + length),
            Self.last.contains(after) || Self.next.contains(after)
        {
            return ([shiftedWeekend(last: Self.last.contains(after))], length + 1)
        }
        if ["ce", "le", "du", "this", "the"].contains(previous), w0 == "weekend" || (w0 == "week" && w1 == "-" && w2 == "end") {
            // ("over the weekend": the last one, as a weekday alone is, which a future tense moves on a week; "this weekend",
            // "ce week-end", "au cours du week-end": the publication week's.)
            if previous == "the" {
                let saturday = published.addingDays(-((published.weekday + 1) % 7))!
                var mention = DateMention(text: "", offset: 0, start: saturday, end: saturday.addingDays(1)!)
                mention.weekdayGuessed = true
                return ([mention], w0 == "weekend" ? 1 : 3)
            }
            let saturday = published.addingDays(6 - published.weekday)!
            return ([DateMention(text: "", offset: 0, start: saturday, end: saturday.addingDays(1)!)], w0 == "weekend" ? 1 : 3)
        }
        var rest = DateMention(text: "", offset: 0, start: monthStart)
        rest.toCome = true
        // ("à la fin du mois dernier": the month named after it, gone by.)
        if w0 == "fin", w1 == "du", w2 == "mois", !Self.last.contains(word(tokens, index + 3) ?? ""),
            !Self.next.contains(word(tokens, index + 3) ?? "")
        {
            return ([rest], 3)
        }
        if w0 == "end", w1 == "of", w2 == "the", word(tokens, index + 3) == "month" { return ([rest], 4) }
        // "in the coming days", "dans les prochains jours", "dans les jours qui viennent": this month, still to come (and the
        // next, from the 25th on).
        let comingDays = (w0 == "prochains" || w0 == "coming") && (w1 == "jours" || w1 == "days")
        let daysToCome = w0 == "jours" && (w1 == "qui" && w2 == "viennent" || w1 == "a" && w2 == "venir")
        if comingDays || daysToCome {
            var mention = DateMention(text: "", offset: 0, start: monthStart, end: (published.day ?? 1) >= 25 ? nextMonth : nil)
            mention.toCome = true
            return ([mention], daysToCome ? 3 : 2)
        }
        let comingWeeks = (w0 == "prochaines" && w1 == "semaines") || (w0 == "coming" && w1 == "weeks")
        let weeksToCome = w0 == "semaines" && (w1 == "qui" && w2 == "viennent" || w1 == "a" && w2 == "venir")
        if comingWeeks || weeksToCome {
            return ([DateMention(text: "", offset: 0, start: monthStart, end: nextMonth)], weeksToCome ? 3 : 2)
        }
        return nil
    }

    static let counts: [String: Int] = [
        "un": 1, "une": 1, "a": 1, "an": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4, "four": 4, "cinq": 5,
        "five": 5, "six": 6, "sept": 7, "seven": 7, "huit": 8, "eight": 8, "neuf": 9, "nine": 9, "dix": 10, "ten": 10,
    ]

    /// Words that make a count approximate, before it. Folded.
    static let approximately: Set<String> = [
        "pratiquement", "presque", "environ", "quelque", "about", "nearly", "almost", "some", "around", "roughly", "approximately",
    ]
    static let approximatelyPairs: Set<[String]> = [
        ["pres", "de"], ["pres", "d"], ["plus", "de"], ["plus", "d"], ["a", "peine"], ["more", "than"], ["just", "over"],
    ]

    /// "il y a un an", "il y a trois jours", "two weeks ago", "a year ago": counted back from publication, at the
    /// precision of the unit (a year ago is that year, a month ago that month, days and weeks that day).
    private func ago(_ tokens: [Token], at index: Int) -> ([DateMention], Int)? {
        // "il y a quelques jours", "a few days ago": a day the text does not give, in the month it fell in.
        for phrase in Self.fewDaysBack where phrase.indices.allSatisfy({ word(tokens, index + $0) == phrase[$0] }) {
            let day = published.addingDays(-3)!
            return ([DateMention(text: "", offset: 0, start: PartialDate(year: day.year, month: day.month)!)], phrase.count)
        }
        let french = tokens[index].word == "il" && word(tokens, index + 1) == "y" && word(tokens, index + 2) == "a"
        var numberIndex = french ? index + 3 : index
        // ("il y a pratiquement un mois", "il y a près d'un an", "nearly two weeks ago": a count told as about so many.)
        if let first = word(tokens, numberIndex) {
            if Self.approximately.contains(first) {
                numberIndex += 1
            } else if let second = word(tokens, numberIndex + 1), Self.approximatelyPairs.contains([first, second]) {
                numberIndex += 2
            }
        }
        guard let countWord = word(tokens, numberIndex), let count = Self.counts[countWord] ?? Int(countWord), (1...60).contains(count),
            let unit = word(tokens, numberIndex + 1)
        else { return nil }
        let consumed = numberIndex + 2 - index
        if !french {
            guard word(tokens, numberIndex + 2) == "ago" else { return nil }
        }
        let total = consumed + (french ? 0 : 1)
        switch unit {
        case "an", "ans", "annee", "annees", "year", "years":
            return ([DateMention(text: "", offset: 0, start: PartialDate(year: published.year - count)!)], total)
        case "mois", "month", "months":
            let months = published.year * 12 + (published.month! - 1) - count
            return ([DateMention(text: "", offset: 0, start: PartialDate(year: months / 12, month: months % 12 + 1)!)], total)
        case "semaine", "semaines", "week", "weeks": return ([mention(day: published.addingDays(-7 * count)!)], total)
        case "jour", "jours", "day", "days": return ([mention(day: published.addingDays(-count)!)], total)
        default: return nil
        }
    }

    /// Whether a day given without a year ("le 24 mai", "Dec. 20") was put in another year than the publication's, the
    /// nearer: the tense of its clause may say the other ("avait été reçu le 24 mai" in a December paper is last May).
    private func guessedAcrossYears(_ start: PartialDate, explicitYear: Int?, qualified: Bool) -> Bool {
        explicitYear == nil && !qualified && start.year != published.year
    }

    /// A day and month in the given year, or, without one, in the year that puts it nearest the publication date.
    func resolveDay(day: Int, month: Int, year: Int?) -> PartialDate? {
        if let year { return PartialDate(year: year, month: month, day: day) }
        let candidates = [published.year - 1, published.year, published.year + 1].compactMap { PartialDate(year: $0, month: month, day: day) }
        return candidates.min { abs($0.dayNumber - published.dayNumber) < abs($1.dayNumber - published.dayNumber) }
    }

    func nearestMonth(_ month: Int) -> PartialDate? {
        let here = published.year * 12 + published.month! - 1
        let candidates = [published.year - 1, published.year, published.year + 1]
        let best = candidates.min { abs($0 * 12 + month - 1 - here) < abs($1 * 12 + month - 1 - here) || (abs($0 * 12 + month - 1 - here) == abs($1 * 12 + month - 1 - here) && $0 < $1) }!
        return PartialDate(year: best, month: month)
    }

    /// The latest such month strictly before the publication month.
    func monthBefore(_ month: Int) -> PartialDate? {
        PartialDate(year: month < published.month! ? published.year : published.year - 1, month: month)
    }

    /// The first such month strictly after the publication month.
    func monthAfter(_ month: Int) -> PartialDate? {
        PartialDate(year: month > published.month! ? published.year : published.year + 1, month: month)
    }

    func weekdayBefore(_ weekday: Int, strictly: Bool) -> PartialDate {
        var back = (published.weekday - weekday + 7) % 7
        if strictly && back == 0 { back = 7 }
        return published.addingDays(-back)!
    }

    func weekdayAfter(_ weekday: Int) -> PartialDate {
        var ahead = (weekday - published.weekday + 7) % 7
        if ahead == 0 { ahead = 7 }
        return published.addingDays(ahead)!
    }
}
