import EntenteModel

/// Clauses: relative, temporal and locative clauses govern their own people, dates and places.
extension ArticleExtractor {
    /// A clause's span in its sentence: relative clauses ("qui avait visité …") are about the person before
    /// them; "lorsque"/"when" clauses take the date of the clause they hang on when they give none.
    struct ClauseSpan {
        var start: Int
        var end: Int
        var relative: Bool
        var temporalWhen: Bool
        /// Opened by "où"/"where": about the place just named.
        var locativeWhere = false
        /// Opened by "and the second", "et la deuxième": another event of the kind just named, its noun left out
        /// ("their first meeting at Mar-a-Lago in April and the second in Hamburg in July").
        var elliptical = false
        /// Opened by an infinitive ("avant de retrouver …", "après avoir rencontré …"): its subject is the sentence's.
        var infinitive = false
        /// … an English gerund after "before" ("before wrapping up the trip in East Timor"): its tense is the sentence's.
        var gerund = false
        /// … and opens the sentence, up to its comma ("Après avoir rencontré Mark Rutte à La Haye, Theresa May …", "After
        /// meeting Mark Rutte, …"): its subject is the main clause's, named after it.
        var fronted = false
        /// Opened by "where" and a subject pronoun ("…, where she held talks …"): a clause of its own only when it gives
        /// a date (see `datedApart`).
        var pronounWhere = false
        /// … and said to be at another time ("…, where earlier in the day he had talks …"): always a clause of its own.
        var timedWhere = false
        /// Opened by "and said", "et a indiqué": what the subject then said, with its own people and tense.
        var reported = false
        /// Opened by "and held talks with", "puis a rencontré": a second meeting of the same subject.
        var coordinated = false
        /// The relative clause set between commas inside this one ("Biden and Xi, who agreed to meet …, held talks in
        /// Bali"): its characters belong to that clause, not to this one.
        var hole: Range<Int>? = nil

        /// Whether `offset` is this clause's (inside its span, outside its hole).
        func contains(_ offset: Int) -> Bool {
            offset >= start && offset < end && !(hole?.contains(offset) ?? false)
        }
    }

    /// Clause spans of a sentence: the main clause, and relative or temporal clauses opened by
    /// "qui", "lorsque", "who", "when" (each runs to the next such opener or the sentence's end).
    static func clauses(of sentence: String) -> [ClauseSpan] {
        let characters = Array(fold(sentence))
        return clauses(folded: characters, text: String(characters), original: Array(sentence))
    }

    /// Verbs of an event's taking place, after "qui" ("qui se tiendra à Brasilia").
    /// (After "which" and "that" too, in English.)
    static let takesPlace: [String] = [
        "se tiendra", "se tient", "s est tenu", "s est tenue", "se tiendront", "se sont tenus", "aura lieu", "a eu lieu", "doit se tenir",
        "devait se tenir", "se deroulera", "s est deroule", "s est deroulee", "s est ouvert", "s est ouverte", "s ouvre", "s ouvrira",
        "opened", "opens", "will open", "took place", "takes place", "will take place", "was held", "is held", "will be held",
    ]

    private enum ClauseOpener {
        case temporal
        /// ", five days after …", ", quelques jours après …": temporal when a comma comes just before its count.
        case countedAfter
        case relative(String)
        case elliptical
        case locative
        case timedLocative
        case reported
        case coordinated
        case contrast
    }

    private static let clauseOpenerList: [(phrase: String, kind: ClauseOpener)] =
        // "since they announced … last month", "après que Donald Trump est convenu …": a temporal clause keeps its date
        // and its people to itself.
        [
            "since", "depuis que", "apres que", "apres qu", "avant que", "avant qu", "alors que", "alors qu", "tandis que", "tandis qu",
            "apres avoir", "after having", "avant de", "avant d",
        ].map { (" \($0) ", .temporal) }
        // "will move on to Tonga and Vanuatu before wrapping up the trip in East Timor on Saturday": an English gerund after
        // "before" opens the same clause as "avant de", with its own place and day.
        + [
            "wrapping up", "heading", "flying", "travelling", "traveling", "leaving", "returning", "moving on", "continuing", "going on",
            "stopping", "ending", "concluding", "meeting", "holding", "visiting", "attending",
            // ("…, where he is due to meet Bukele, before stops in Costa Rica on Tuesday": the trip's stops after it, the same.)
            "stops in", "a stop in", "a stopover in", "stopovers in",
        ].map { (" before \($0) ", .temporal) }
        // "…, a White House official said, five days after President Joe Biden and Xi held talks in Bali".
        + ["days after", "day after", "hours after", "weeks after", "months after", "jours apres", "semaines apres", "mois apres", "heures apres"]
            .map { (" \($0) ", .countedAfter) }
        // "…, avec lequel il doit s'entretenir": a relative pronoun after a preposition opens a relative clause too.
        + ["qui", "lorsque", "who", "when", "ou", "where", "lequel", "laquelle", "lesquels", "lesquelles", "auquel", "dont"].map {
            (" \($0) ", .relative($0))
        }
        // "Tô Lâm, qu'il avait reçu à Paris en octobre dernier": a relative clause in the pluperfect tells an event of its own.
        + ["qu il avait", "qu elle avait", "qu ils avaient", "qu elles avaient", "que j avais", "que nous avions"].map {
            (" \($0) ", .relative("que"))
        }
        // "arriving from Washington, where she held talks with President Trump yesterday": "where" and a subject pronoun
        // open a clause of its own, at the place just named. (Alone, "where" and "où" open none: "the city where …".)
        + ["where he", "where she", "where they", "where i", "where we", "ou il", "ou elle", "ou ils", "ou elles", "ou je", "ou j", "ou nous"].map { (" \($0) ", .locative) }
        // ("arrived in the Saudi capital from Abu Dhabi, where earlier in the day he had talks …": another time, always.)
        + ["where earlier", "where later", "where on", "where last", "ou la veille", "ou plus tot"].map { (" \($0) ", .timedLocative) }
        // "their first meeting at Mar-a-Lago in April and the second in Hamburg in July".
        + [" and the second ", " and a second ", " et la deuxieme ", " et la seconde ", " et le second ", " et le deuxieme "].map {
            ($0, .elliptical)
        }
        // "The heads of state met in May 2017 in Riyadh and in September in New York": a month after "and in" is another
        // such event.
        + monthOpeners.sorted().map { ($0, .elliptical) }
        // "Lavrov met Wang Yi in Moscow on Monday and told reporters that Putin would travel to Beijing in May": what the
        // subject then said is a clause of its own, with its own people and tense.
        + [
            "and said", "and told", "and announced", "and added", "and stressed", "and insisted", "and declared", "and noted", "and warned",
            "et a declare", "et a indique", "et a affirme", "et a annonce", "et a assure", "et a souligne", "et a dit", "et ont declare",
            "et ont indique", "et ont affirme", "et ont annonce",
        ].map { (" \($0) ", .reported) }
        // "where he met Prime Minister Sogavare and held talks with Foreign Minister Manele": a second verb of meeting, joined
        // to the first, has its own party, the same subject and, unless it gives one, the same day.
        + [
            "and held talks with", "and also held talks with", "and later held talks with", "and then held talks with", "and met with",
            "and later met with", "and then met with", "and also met with", "and later met", "and then met", "and also met",
            "and was received by", "and was then received by", "and was later received by", "and was also received by",
            "et s est entretenu avec", "et s est entretenue avec", "puis s est entretenu avec", "puis s est entretenue avec",
            "et a rencontre", "puis a rencontre", "et a ete recu par", "puis a ete recu par", "et a ete recue par", "puis a ete recue par",
            // (And a next step still to come: "Il déjeunera ensuite avec Gérard Larcher …, puis sera reçu par Anne Hidalgo". Not
            // "and will meet": "will travel to London and will meet … on March 4" dates the trip too.)
            "puis sera recu par", "puis sera recue par", "puis rencontrera", "puis s entretiendra avec",
            // (A second trip joined to the first: "will attend the G20 Foreign Ministers' meeting in Argentina, and officially
            // visit France, Spain and Portugal".)
            "and will also visit", "and will then visit", "puis se rendra", "puis visitera",
            // (Or a next leg: "visited Kyiv on Wednesday and flew to Berlin on Thursday", "a rencontré Zelensky à Kiev et s'est
            // rendu jeudi à Berlin", and, after a comma, "and was in Ghana on Monday".)
            "and flew to", "and then flew to", "and later flew to", "and flew on to", "and travelled to", "and traveled to",
            "and then travelled to", "and then traveled to", "and went on to", "and headed to", "and then headed to",
            "and will travel to", "and will then travel to", "and will fly to", "and will then fly to", "and will head to",
            "and will then head to", "and was in", "and was then in", "and is in", "and will be in", "and will then be in",
            "and was due in", "and is due in", "and is expected in",
            // (A next leg still to come: "arrived in Costa Rica on Tuesday and is scheduled to travel to Guatemala on Wednesday".)
            "and is scheduled to travel to", "and is due to travel to", "and is set to travel to", "and is expected to travel to",
            "and is scheduled to visit", "and is due to visit", "and is set to visit", "and is expected to visit",
            "and arrived in", "and then arrived in", "and later arrived in", "et s est rendu", "et s est rendue",
            "puis s est rendu", "puis s est rendue", "et se rendra", "et s est envole pour", "et s est envolee pour",
            "puis s est envole pour", "puis s est envolee pour", "et s envolera pour", "puis s envolera pour",
            // (And with a day before its place: "et s'est envolé mardi pour Varsovie", "et a gagné Vienne mardi".)
            "et s est envole", "et s est envolee", "puis s est envole", "puis s est envolee", "et s envolera", "puis s envolera",
            "et a gagne", "puis a gagne",
            // (A return, or a trip, told in the pluperfect after a first one: "avait été reçu par le souverain en juin 2017, …,
            // puis était revenu en novembre 2018".)
            "puis etait revenu", "puis etait revenue", "puis etaient revenus", "puis est revenu", "puis est revenue", "et etait revenu",
            "et etait revenue", "puis s etait rendu", "puis s etait rendue", "et s etait rendu", "et s etait rendue", "puis etait venu",
            "puis etait venue", "puis reviendra", "and returned in", "and came back in",
        ].map { (" \($0) ", .coordinated) }
        + Triggers.joinedTrips.map { (" \($0) ", .coordinated) }
        // "M. Ouattara sera le premier … à être reçu à l'Elysée mais Emmanuel Macron avait auparavant rencontré …": after
        // "mais" or "but", a new subject opens a clause of its own, with its own people, tense and date.
        + [(" mais ", .contrast), (" but ", .contrast)]
        // "Faye s'était rendu en Mauritanie, puis Alassane Ouattara s'est rendu au Ghana": after a comma, "puis", "et", "then" or
        // "and" and a new subject and its verb open a clause of its own too (see `newSubjectFollows`).
        + [(" puis ", .contrast), (" et ", .contrast), (" then ", .contrast), (" and ", .contrast)]
    /// Whether a name (or "les deux …", "the two …") and then a finite verb start at `start` ("Alassane Ouattara s'est rendu",
    /// "Scholz flew"): a new subject, not one more of a list ("a rencontré Macron, puis Scholz", "met Macron, Scholz, and
    /// Meloni").
    static func newSubjectFollows(at start: Int, folded characters: [Character], original: [Character]) -> Bool {
        guard original.count == characters.count, start < original.count else { return false }
        let words = Self.words(in: characters, from: start, to: min(characters.count, start + 60))
        // The English possessive's "s" ("Zimbabwe's"), an apostrophe before it and none after.
        func isPossessive(_ at: Int) -> Bool {
            at > 0 && ["'", "’"].contains(original[at - 1]) && (at + 1 >= original.count || !["'", "’"].contains(original[at + 1]))
        }
        // (A verb as written: French "a", not "à", which folds the same: "puis Xi Jinping à Pékin"; and French "s'", not the
        // English possessive: "…, and Zimbabwe's President Emmerson Mnangagwa".)
        let verb = { (index: Int) in
            index < words.count && Triggers.subjectVerbs.contains(words[index].text)
                && (words[index].text != "a" || original[words[index].start] == "a")
                && (words[index].text != "s" || words[index].start + 1 < original.count && ["'", "’"].contains(original[words[index].start + 1]))
        }
        // ("…, et les deux dirigeants avaient eu un premier entretien à Phnom Penh".)
        if words.count >= 4, ["les", "the"].contains(words[0].text), ["deux", "two"].contains(words[1].text), verb(3) { return true }
        guard original[start].isUppercase else { return false }
        // (The name: up to four capitalised words. Not one named before in the sentence, nor a verb whose object refers back:
        // "…, and Blinken flew to Amman" after "Blinken met Netanyahu", "…, and Zelensky met them": the people named once
        // belong to one clause, so those stay one.)
        // ("…, and China's Premier Li Qiang met Modi": a country's possessive, then the title and name.)
        var length = words.prefix(4).prefix { original[$0.start].isUppercase }.count
        if length > 0, length < words.count, words[length].text == "s", isPossessive(words[length].start) {
            length += 1 + words.dropFirst(length + 1).prefix(5).prefix { original[$0.start].isUppercase }.count
        }
        let name = words.prefix(length).filter { original[$0.start].isUppercase }
        guard let surname = name.last, !(" " + String(characters[..<start]) + " ").includes(" " + surname.text + " "),
            !words.dropFirst(length + 1).prefix(3).contains(where: { ["them", "him", "her", "us"].contains($0.text) })
        else { return false }
        // (An adverb may come between: "…, and Gantz later flew to Washington".)
        if length < words.count, verbAdverbs.contains(words[length].text), verb(length + 1) { return true }
        return verb(length)
    }

    /// Whether a day, then a subject pronoun and its verb, start at `start`: "…, and on Monday he held talks in El Salvador
    /// with President Nayib Bukele", "…, et lundi il s'est rendu à Berlin". The same subject's next step, on a day of its own.
    static func daySubjectPronounFollows(at start: Int, folded characters: [Character], original: [Character]) -> Bool {
        guard original.count == characters.count, start < original.count else { return false }
        let words = Self.words(in: characters, from: start, to: min(characters.count, start + 40)).map(\.text)
        var day = 0
        if words.count > 1, words[0] == "on", DateResolver.weekdays[words[1]] != nil { day = 2 }
        if words.count > 0, DateResolver.weekdays[words[0]] != nil { day = 1 }
        guard day > 0, words.count > day + 1, ["he", "she", "they", "il", "elle", "ils", "elles"].contains(words[day]) else { return false }
        let verb = { (index: Int) in index < words.count && Triggers.subjectVerbs.contains(words[index]) }
        return verb(day + 1) || verbAdverbs.contains(words[day + 1]) && verb(day + 2)
    }

    /// The words of folded `characters` in `from..<to`, each with where it starts.
    private static func words(in characters: [Character], from: Int, to: Int) -> [(text: String, start: Int)] {
        var words: [(text: String, start: Int)] = []
        var index = from
        while index < to {
            guard characters[index] != " " else { index += 1; continue }
            let start = index
            while index < to, characters[index] != " " { index += 1 }
            words.append((String(characters[start..<index]), start))
        }
        return words
    }

    /// Whether the words from `start` to the next comma or semicolon (or `end`) have no verb: no finite verb or auxiliary, and
    /// no English word in "-ed" ("and Zimbabwe's President Emmerson Mnangagwa, …" has none; "and Antony Blinken travelled to
    /// Cairo" has one).
    static func verbless(from start: Int, to end: Int, characters: [Character], original: [Character]) -> Bool {
        let stop: Int = original[start..<end].firstIndex(where: { $0 == "," || $0 == ";" }) ?? end
        guard !hasVerb(in: characters[start..<stop], original: original[start..<stop]) else { return false }
        return !String(original[start..<stop]).split(separator: " ").contains { word in
            word.count > 4 && word.hasSuffix("ed") && word.first?.isLowercase == true
        }
    }

    /// Whether a stretch of a sentence has a verb of its own (one of ``mainVerbStarts`` or ``Triggers/subjectVerbs``; French
    /// "a" as written, not "à").
    static func hasVerb(in characters: ArraySlice<Character>, original: ArraySlice<Character>) -> Bool {
        guard characters.count == original.count else { return false }
        return words(in: Array(characters), from: 0, to: characters.count).contains { word in
            (mainVerbStarts.contains(word.text) || Triggers.subjectVerbs.contains(word.text))
                && !["l", "y", "lui", "leur", "se", "s"].contains(word.text)
                && (word.text != "a" || original[original.startIndex + word.start] == "a")
        }
    }

    /// The openers of a leg told as being somewhere, a clause of their own only after a comma.
    private static let beingSomewhere: Set<String> = [
        " and was in ", " and was then in ", " and is in ", " and will be in ", " and will then be in ", " and was due in ",
        " and is due in ", " and is expected in ",
    ]

    private static let clauseOpeners = PhraseSet(clauseOpenerList.map(\.phrase))
    private static let clauseOpenerKinds = clauseOpenerList.map(\.kind)

    /// The same, from the sentence already folded (as characters and as text; folding turns punctuation into spaces, so
    /// the comma before "who", "when", "où", "where" or "dont" is looked for in the `original` characters).
    static func clauses(folded characters: [Character], text: String, original: [Character]) -> [ClauseSpan] {
        let commaBefore = { (offset: Int) in
            original.count == characters.count && offset > 0 && original[offset - 1] == ","
        }
        // Whether `offset` stands in an apposition: after a comma that an article follows ("X, the former party leader who …").
        let inApposition = { (offset: Int) in
            original.count == characters.count && original[..<offset].lastIndex(of: ",").map { comma in
                let opening = String(characters[(comma + 1)..<offset]).split(separator: " ").first.map(String.init) ?? ""
                return ["the", "a", "an", "le", "la", "l", "les", "un", "une"].contains(opening)
            } == true
        }
        var openers: [Int] = []
        var temporal: Set<Int> = []
        var when: Set<Int> = []
        var whereOpeners: Set<Int> = []
        var elliptical: Set<Int> = []
        var infinitive: Set<Int> = []
        var gerunds: Set<Int> = []
        var pronounWhere: Set<Int> = []
        var timedWhere: Set<Int> = []
        var appositive: Set<Int> = []
        var restrictive: Set<Int> = []
        var incises: Set<Int> = []
        var reported: Set<Int> = []
        var coordinated: Set<Int> = []
        var contrasted: Set<Int> = []
        for (found, index) in clauseOpeners.occurrences(in: text) {
            switch clauseOpenerKinds[index] {
            case .temporal:
                // ("has been on a state visit to Canada since Monday": "since" and a weekday is no clause, but the visit's start.
                // Not "since 2019", which the first visit since then tells.)
                if clauseOpeners.phrases[index] == " since ",
                    let next = String(characters[min(found + 7, characters.count)...].prefix(16)).split(separator: " ").first,
                    DateResolver.weekdays[String(next)] != nil
                {
                    continue
                }
                openers.append(found + 1)
                temporal.insert(found + 1)
                // ("Blinken, on his 11th trip to the Middle East since the Hamas attack on Israel in October last year, held talks
                // with …": a "since" inside an aside ends at its comma, and the sentence's verb is the main clause's again.)
                if clauseOpeners.phrases[index] == " since ", original.count == characters.count, original[..<found].contains(",") {
                    incises.insert(found + 1)
                }
                let phrase = clauseOpeners.phrases[index].split(separator: " ").joined(separator: " ")
                if ["avant de", "avant d", "apres avoir", "after having"].contains(phrase) || phrase.hasPrefix("before ") {
                    infinitive.insert(found + 1)
                }
                if phrase.hasPrefix("before ") { gerunds.insert(found + 1) }
            case .relative(let word):
                // ("…, parmi lesquels Jacques Chirac, Jean Chrétien et Abdoulaye Wade": a list of those the clause tells of,
                // no clause of its own.)
                if ["lesquels", "lesquelles"].contains(word), found >= 6, String(characters[(found - 6)..<found]) == " parmi" { continue }
                // ("une trentaine de chefs d'État, dont le président français Emmanuel Macron et …", "dont Emmanuel Macron et
                // le Premier ministre canadien …", "dont MM. …": "dont" and a title, or names joined by "et", is a list too.
                // Not a name alone: "un sommet dont Emmanuel Macron sera l'hôte".)
                if word == "dont" {
                    let next = String(characters[(found + 6)..<min(characters.count, found + 60)]).split(separator: " ").prefix(5).map(String.init)
                    let capitalised = original.count == characters.count && original[min(found + 6, original.count - 1)].isUppercase
                    if next.prefix(3).contains(where: PersonFinder.titleNouns.contains) || next.first == "mm"
                        || capitalised && next.dropFirst().prefix(3).contains(where: { $0 == "et" || $0 == "and" })
                        || capitalised && Self.nameThenComma(Array(original[(found + 6)..<min(original.count, found + 60)]))
                    {
                        continue
                    }
                }
                if commaBefore(found) || ["lorsque", "qui", "lequel", "laquelle", "lesquels", "lesquelles", "auquel", "que"].contains(word)
                    || word == "who" && inApposition(found + 1)
                {
                    openers.append(found + 1)
                    if word == "lorsque" || word == "when" { when.insert(found + 1) }
                    if word == "ou" || word == "where" { whereOpeners.insert(found + 1) }
                    if Self.appositiveOpeners.contains(word) {
                        if commaBefore(found) { appositive.insert(found + 1) } else { restrictive.insert(found + 1) }
                    }
                }
            case .countedAfter:
                // (The comma before the count: ", five days after", ", a day after", ", quelques jours après".)
                let before = original.count == characters.count ? String(original[max(0, found - 14)..<found]) : ""
                if let comma = before.lastIndex(of: ","), before[before.index(after: comma)...].split(separator: " ").count <= 2 {
                    openers.append(found + 1)
                    temporal.insert(found + 1)
                    incises.insert(found + 1)
                }
            case .elliptical:
                // ("en janvier 2017 pour Donald Trump et en mai 2017 pour Emmanuel Macron": a month with its year lists dates.)
                let end = found + clauseOpeners.phrases[index].count
                if end + 4 <= characters.count, characters[end..<(end + 4)].allSatisfy(\.isNumber) { continue }
                // (A month's clause is a date and a place, no more: not "in March and in April, exports to Russia rose".)
                if Self.monthOpeners.contains(clauseOpeners.phrases[index]) {
                    guard original.count == characters.count, end <= original.count else { continue }
                    // (From the character the phrase's last space stands for: "in April, exports …" has a comma there.)
                    let rest = original[(end - 1)...].prefix { $0 != "." && $0 != ";" }
                    if rest.contains(",") || rest.split(separator: " ").count > 6 { continue }
                }
                openers.append(found + 1)
                elliptical.insert(found + 1)
            case .locative:
                openers.append(found + 1)
                whereOpeners.insert(found + 1)
                pronounWhere.insert(found + 1)
            case .timedLocative:
                openers.append(found + 1)
                whereOpeners.insert(found + 1)
                timedWhere.insert(found + 1)
            case .reported:
                openers.append(found + 1)
                reported.insert(found + 1)
            case .coordinated:
                // (Being somewhere only after a comma: "met Sisi in Cairo on Sunday, and was in Ghana on Monday for talks with
                // Akufo-Addo"; "met Lavrov on Tuesday and was in Geneva for only four hours" is where the meeting was.)
                if Self.beingSomewhere.contains(clauseOpeners.phrases[index]), !commaBefore(found) { continue }
                openers.append(found + 1)
                coordinated.insert(found + 1)
            case .contrast:
                // (A subject: a capitalised word or a subject pronoun; not "but also", "mais n'a pas".)
                let next = String(characters[min(found + 1, characters.count)...]).split(separator: " ").dropFirst().first.map(String.init) ?? ""
                let start = found + 1 + clauseOpeners.phrases[index].count - 1
                if ![" mais ", " but "].contains(clauseOpeners.phrases[index]), commaBefore(found + 1) || commaBefore(found),
                    Self.daySubjectPronounFollows(at: start, folded: characters, original: original),
                    Self.hasVerb(in: characters[..<found], original: original[..<found])
                {
                    openers.append(found + 1)
                    coordinated.insert(found + 1)
                    continue
                }
                if ![" mais ", " but "].contains(clauseOpeners.phrases[index]) {
                    // (After a clause with a verb of its own: not the last of the subjects listed, "Olaf Scholz, Emmanuel Macron,
                    // and Mario Draghi traveled to Kyiv".)
                    guard commaBefore(found + 1) || commaBefore(found),
                        Self.newSubjectFollows(at: start, folded: characters, original: original),
                        Self.hasVerb(in: characters[..<found], original: original[..<found])
                    else { continue }
                } else {
                    let capitalised = original.count == characters.count && start < original.count && original[start].isUppercase
                    guard capitalised && !["also", "aussi"].contains(next) || Triggers.subjectPronouns.contains(" \(next) ") else { continue }
                    // (Not the "but" of "not X but Y", "non pas X mais Y": Y is the same clause's.)
                    let before = String(characters[max(0, found - 40)..<found])
                    if [" not ", " pas ", " non "].contains(where: before.includes) { continue }
                }
                openers.append(found + 1)
                contrasted.insert(found + 1)
            }
        }
        // "Rubio is the first secretary of state …; Philander Knox visited Panama in 1912": after a semicolon, a new subject and
        // its verb open a clause of their own too. (Not the items of a list: "Tel Aviv, Israel; Amman, Jordan".)
        if original.count == characters.count {
            for (offset, character) in original.enumerated() where character == ";" && offset + 2 < original.count {
                let start = offset + 1 + (original[offset + 1] == " " ? 1 : 0)
                guard Self.newSubjectFollows(at: start, folded: characters, original: original),
                    Self.hasVerb(in: characters[..<offset], original: original[..<offset])
                else { continue }
                openers.append(offset + 1)
                contrasted.insert(offset + 1)
            }
        }
        // A sentence opened by an infinitive or a gerund runs its clause to the first comma; the main clause follows it.
        let fronted = Self.frontedClauseEnd(characters, original: original)
        if let fronted {
            openers.removeAll { $0 < fronted }
            openers.append(fronted)
        }
        // ("…, where on Thursday they met …" is opened once, though both "where" and "where on" open it.)
        openers = Set(openers).sorted()
        guard !openers.isEmpty else { return [ClauseSpan(start: 0, end: characters.count, relative: false, temporalWhen: false)] }
        var spans = [ClauseSpan(start: 0, end: openers[0], relative: false, temporalWhen: false, infinitive: fronted != nil, fronted: fronted != nil)]
        for (position, opener) in openers.enumerated() {
            spans.append(
                ClauseSpan(
                    start: opener, end: position + 1 < openers.count ? openers[position + 1] : characters.count,
                    relative: !temporal.contains(opener) && !elliptical.contains(opener) && !reported.contains(opener) && !coordinated.contains(opener)
                        && !contrasted.contains(opener), temporalWhen: when.contains(opener),
                    locativeWhere: whereOpeners.contains(opener), elliptical: elliptical.contains(opener), infinitive: infinitive.contains(opener),
                    gerund: gerunds.contains(opener),
                    pronounWhere: pronounWhere.contains(opener) || timedWhere.contains(opener), timedWhere: timedWhere.contains(opener),
                    reported: reported.contains(opener), coordinated: coordinated.contains(opener)))
        }
        return Self.closingWhereAtNextStop(
            closingAppositives(
                spans, opened: appositive, restrictive: restrictive, incises: incises, characters: characters, original: original,
                inApposition: inApposition),
            characters: characters, original: original)
    }

    /// "sa tournée d'octobre à Dakar, où l'avait reçu le président Macky Sall, et à Kinshasa, où se tenait le sommet": a
    /// clause about the place just named ends at the comma after which the next stop of the list it hangs on comes ("et à",
    /// "puis en", "and to" and a capitalised name); that stop is the main clause's.
    static func closingWhereAtNextStop(_ spans: [ClauseSpan], characters: [Character], original: [Character]) -> [ClauseSpan] {
        guard original.count == characters.count else { return spans }
        var spans = spans
        let stops = [" et a ", " et au ", " et aux ", " et en ", " puis a ", " puis au ", " puis en ", " and to ", " and in ", " then to "].map(Array.init)
        for position in spans.indices.dropFirst() where spans[position].locativeWhere && spans[position - 1].hole == nil {
            let span = spans[position]
            let closing = characters[span.start..<span.end].indices.first { comma in
                guard original[comma] == "," else { return false }
                return stops.contains { stop in
                    let end = comma + 1 + stop.count
                    return end < span.end && Array(characters[(comma + 1)..<end]) == stop && original[end].isUppercase
                }
            }
            guard let comma = closing else { continue }
            spans[position - 1].hole = span.start..<(comma + 1)
            spans[position - 1].end = span.end
            spans[position].end = comma + 1
        }
        return spans
    }

    /// Where the main clause begins after a clause that opens the sentence with what was done before it ("Après avoir
    /// rencontré …, ", "After having met …, ", "After meeting …, ") and a subject named after its first comma (within 160
    /// characters): where that subject's clause begins. `nil` when the sentence opens otherwise.
    static func frontedClauseEnd(_ characters: [Character], original: [Character]) -> Int? {
        guard original.count == characters.count else { return nil }
        return frontedClauseEnd(original)
    }

    /// The same, from the sentence as written.
    static func frontedClauseEnd(_ original: [Character]) -> Int? {
        guard original.count > 12 else { return nil }
        let opening = fold(String(original.prefix(24)))
        let words = opening.split(separator: " ")
        // (Not "Avant de s'envoler le 29 novembre pour Abidjan, où …": what is still to come may be the sentence's news.)
        let infinitive = ["apres avoir ", "after having "].contains(where: opening.hasPrefix)
        // (A gerund is written in lower case: "After Beijing hosted Vladimir Putin" opens no such clause.)
        let gerund = words.count >= 2 && words[0] == "after" && words[1].count > 4 && words[1].hasSuffix("ing")
            && original[words[0].count + 1].isLowercase
        guard infinitive || gerund, let comma = original.prefix(160).firstIndex(of: ","), comma + 1 < original.count else { return nil }
        // (Only before a subject named, capitalised: after "she", "the Prime Minister", who it is is told elsewhere.)
        guard let next = original[(comma + 1)...].first(where: { $0 != " " }), next.isUppercase else { return nil }
        return comma + 1
    }

    /// "Abe met Khamenei in Tehran on Thursday, but his bid appeared to yield little, with Khamenei saying he did not
    /// consider …": a negation after "but", "with … saying" or "mais" negates what follows that word, not the events told
    /// before it, so such a clause ends there. (A negation before any of them still negates the whole clause.)
    static func cutBeforeNegation(_ clauses: [ClauseSpan], folded: [Character]) -> [ClauseSpan] {
        clauses.map { clause in
            let text = " " + Self.text(of: clause, in: folded) + " "
            guard let negation = Triggers.negation(in: text),
                let boundary = Triggers.beforeNegation.occurrences(in: text).map(\.offset).filter({ $0 < negation }).min(),
                boundary > 1
            else { return clause }
            var cut = clause
            // (The text has a space before the clause's first character.)
            cut.end = clause.start + boundary - 1
            if let hole = cut.hole, hole.lowerBound >= cut.end { cut.hole = nil }
            return cut
        }
    }

    /// A clause's characters, its hole (if any) blanked.
    /// (The hole is taken within the span: a clause whose start moved past its hole, "Répondant au Président français qui lui a
    /// demandé …, Vladimir Poutine a lancé", has none left.)
    static func text(of clause: ClauseSpan, in characters: [Character]) -> String {
        let end = min(clause.end, characters.count)
        let start = min(clause.start, end)
        guard let hole = clause.hole else { return String(characters[start..<end]) }
        let lower = min(max(hole.lowerBound, start), end)
        let upper = min(max(hole.upperBound, lower), end)
        return String(characters[start..<lower]) + String(repeating: " ", count: upper - lower) + String(characters[upper..<end])
    }

    /// Relative pronouns that, after a comma, open a clause set between commas ("X, who …, met Y").
    /// Whether the text opens with a name, capitalised words, closed by a comma ("Donald Trump, Theresa May, …"): after
    /// "dont", names listed, not a relative clause.
    private static func nameThenComma(_ characters: [Character]) -> Bool {
        for word in String(characters).split(separator: " ").prefix(4) {
            guard word.first?.isUppercase == true else { return false }
            if word.hasSuffix(",") { return true }
        }
        return false
    }

    private static let appositiveOpeners: Set<String> = ["who", "qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles", "auquel"]

    /// "and in September", "et en septembre": a month joined to the sentence's event, another such event when a place at most
    /// follows it.
    static let monthOpeners: Set<String> = Set(
        ["and in", "and again in", "and then in"].flatMap { joiner in DateResolver.englishMonths.map { " \(joiner) \($0) " } }
            + ["et en", "puis en", "et de nouveau en", "et a nouveau en"].flatMap { joiner in DateResolver.frenchMonths.map { " \(joiner) \($0) " } })

    /// Words that, after the comma closing a relative clause, carry on the clause it hangs on: a finite verb or its
    /// auxiliary ("Biden and Xi, who agreed to meet …, held talks in Bali"; "Le président, qui est arrivé mardi, a rencontré …").
    /// English verbs in "-ed" count too.
    static let mainVerbStarts: Set<String> = [
        "met", "held", "will", "would", "has", "have", "had", "is", "are", "was", "were", "flew", "spoke", "made", "went", "took",
        "began", "told", "meets", "visits", "holds", "travels", "arrives", "heads", "hosts", "left", "leaves", "plans", "could", "may",
        "might", "pourrait", "pourraient",
        "a", "ont", "est", "sont", "s", "se", "doit", "doivent", "devait", "devaient", "devrait", "va", "vont", "sera", "seront", "avait",
        "avaient", "etait", "etaient", "rencontre", "rencontrera", "recoit", "recevra", "effectue", "effectuera", "entame", "entamera",
        "participe", "participera", "assistera", "arrive", "arrivera", "lui", "l", "leur", "y",
        // ("Le sommet qui s'est ouvert dans la foulée, au château de Pau, réunit les cinq chefs d'État …".)
        "reunit", "reunira", "rassemble", "rassemblera", "accueille", "accueillera", "brings", "gathers", "opens", "ends",
    ]

    /// Adverbs that may stand before that verb ("…, also held talks", "…, a ensuite rencontré").
    static let verbAdverbs: Set<String> = ["also", "then", "later", "subsequently", "ensuite", "aussi", "egalement"]

    /// Each relative clause opened after a comma ends at the comma after which the clause it hangs on carries on with its
    /// verb; the part after it is that clause's again, and the relative clause a hole in it.
    /// A relative clause opened without a comma ("pour une visite d'Etat qui s'achèvera vendredi à Canton, M. Macron a
    /// ensuite participé …") ends likewise at a comma after which a subject and its verb follow.
    /// A phrase set between commas (", cinq jours après sa rencontre avec Joe Biden à Bali,") ends at its comma.
    private static func closingAppositives(
        _ spans: [ClauseSpan], opened: Set<Int>, restrictive: Set<Int>, incises: Set<Int>, characters: [Character], original: [Character],
        inApposition: (Int) -> Bool
    ) -> [ClauseSpan] {
        guard !opened.isEmpty || !restrictive.isEmpty || !incises.isEmpty, original.count == characters.count else { return spans }
        var spans = spans
        // The clause before takes the rest of the span back, with this one (to its comma) as its hole.
        func close(_ position: Int, at comma: Int) {
            spans[position - 1].hole = spans[position].start..<(comma + 1)
            spans[position - 1].end = spans[position].end
            spans[position].end = comma + 1
        }
        for position in spans.indices.dropFirst() where spans[position - 1].hole == nil {
            let span = spans[position]
            if incises.contains(span.start) {
                if let comma = original[span.start..<span.end].firstIndex(of: ","), comma + 2 < span.end { close(position, at: comma) }
                continue
            }
            let appositive = opened.contains(span.start)
            guard appositive || restrictive.contains(span.start) else { continue }
            // ("Emmanuel Macron, qui s'est rendu à Berlin lundi, puis à Varsovie mardi, recevra jeudi Olaf Scholz": the
            // first comma a verb follows.)
            // ("qui, la veille, avait été accueilli à l'Élysée": an aside right after the pronoun is inside the clause.)
            let pronounEnd = span.start + (characters[span.start..<span.end].firstIndex(of: " ").map { $0 - span.start } ?? 0)
            var searchFrom = span.start
            if pronounEnd < original.count, original[pronounEnd] == ",",
                let asideEnd = original[(pronounEnd + 1)..<span.end].firstIndex(of: ",")
            {
                searchFrom = asideEnd + 1
            }
            // ("Nambaryn Enkhbayar, the former party leader who was elected president in May, welcomed him": a restrictive
            // clause inside an apposition ends where the apposition does, at the comma its subject's verb follows.)
            let insideApposition = !appositive && inApposition(span.start)
            // ("Le sommet qui s'est ouvert dans la foulée, au château de Pau, réunit …": a restrictive clause on the
            // sentence's opening subject, a few words with no verb, ends as an appositive one does, at the comma its verb
            // follows.)
            let onOpeningSubject = !appositive && position == 1 && span.start <= 32
                && !characters[spans[0].start..<span.start].split(separator: " ").contains { word in
                    mainVerbStarts.contains(String(word)) && !["a", "l", "y", "s", "se", "lui", "leur"].contains(String(word))
                }
            let closing = original[searchFrom..<span.end].indices.first { comma in
                guard original[comma] == ",", comma + 2 < span.end,
                    let next = characters[(comma + 1)..<span.end].firstIndex(where: { $0 != " " })
                else { return false }
                if !appositive && !(insideApposition && original[next].isLowercase) && !(onOpeningSubject && original[next].isLowercase) {
                    // (A subject first: a capitalised word, then up to four words to its verb.)
                    guard original[next].isUppercase else { return false }
                    let words = characters[next..<span.end].split(separator: " ").prefix(6).map { String($0) }
                    // (French "a" as written, not "à": "Emmanuel Macron a été reçu jeudi à Pékin".)
                    let written = original[next..<span.end].split(separator: " ").prefix(6).map { String($0) }
                    return words.dropFirst().prefix(4).contains { mainVerbStarts.contains($0) && !["a", "l", "y", "s", "se", "lui", "leur"].contains($0) }
                        || written.dropFirst().prefix(4).contains { $0 == "a" || $0 == "ont" }
                }
                // ("was co-chaired by Kenya's President William Ruto, who chairs the EAC, and Zimbabwe's President Emmerson
                // Mnangagwa": "and" and a name after its first comma carry on the list the clause hangs on.)
                if appositive, !original[searchFrom..<comma].contains(","),
                    case let written = original[next..<span.end].split(separator: " ").prefix(2).map(String.init),
                    written.count == 2, ["and", "et"].contains(written[0]), written[1].first?.isUppercase == true,
                    // (Not a new subject and its verb: "Biden met Netanyahu, who is facing protests, and Antony Blinken travelled
                    // to Cairo", "…, et Scholz a ensuite rencontré Meloni": no verb up to the next comma.)
                    Self.verbless(from: next, to: span.end, characters: characters, original: original)
                {
                    return true
                }
                guard original[next].isLowercase else { return false }
                // ("Cheney, who arrived on Tuesday, also held talks": an adverb may come first.)
                var words = characters[next..<span.end].split(separator: " ").prefix(2).map { String($0) }
                if words.count == 2, verbAdverbs.contains(words[0]) { words.removeFirst() }
                let word = words[0]
                // (Folded, "à" is "a": "… la porte de l'Alliance à la Croatie, à l'Albanie" goes on with no verb; and "arrivé"
                // is "arrive": "… Narendra Modi, arrivé la veille à Paris" is a participle of the clause's own.)
                guard original[next] != "à" else { return false }
                let written = String(original[next..<span.end].prefix { $0 != " " })
                guard !["é", "ée", "és", "ées"].contains(where: { written.hasSuffix($0) }) else { return false }
                // (Or a French future: "Xi Jinping, qui est arrivé mardi au Kazakhstan, poursuivra sa tournée …".)
                return mainVerbStarts.contains(word) || word.count > 4 && word.hasSuffix("ed")
                    || word.count > 5 && (word.hasSuffix("ra") || word.hasSuffix("ront"))
            }
            if let comma = closing { close(position, at: comma) }
        }
        return spans
    }

    /// Whether the words before `offset` name where someone came from ("Arrivé mardi soir de La Haye, où il participait
    /// au sommet", "arriving from Washington, where …"): what happened there is not what the sentence goes on to tell.
    /// (French "de" needs a verb of coming before it: "la capitale du Mali, où il a rencontré …" is where he is.)
    static func afterOrigin(_ offset: Int, in characters: [Character]) -> Bool {
        let words = String(characters[max(0, offset - 48)..<offset]).split(whereSeparator: { $0 == " " || $0 == "," || $0 == "'" || $0 == "’" })
        guard let preposition = words.lastIndex(where: { ["de", "d", "du", "from"].contains(fold(String($0))) }) else { return false }
        let coming = fold(String(words[preposition])) == "from" || words[..<preposition].suffix(4).contains { word in
            ["arriv", "venu", "venant", "revenu", "provenance"].contains(where: fold(String(word)).hasPrefix)
        }
        let name = words[(preposition + 1)...]
        return coming && !name.isEmpty && name.count <= 3 && name.last?.first?.isUppercase == true
            && name.allSatisfy { $0.first?.isUppercase == true || ["la", "le", "les", "the"].contains(String($0)) }
    }

    /// The clauses with each "where"-and-pronoun clause joined back to the one before it unless it gives a date: in
    /// "travelled to Ankara today …, arriving from Washington, where she held talks with President Trump yesterday" each
    /// event has its own day and place; in "in Kingston on February 7, where he will meet …" the meeting shares the trip's.
    /// (The "where" clause ends at the comma, as written, that a lower-case word other than a conjunction follows, when a
    /// date comes after it: "où il a rencontré le Premier ministre Manasseh Sogavare, sa tournée l'a ensuite mené à
    /// Kiribati vendredi" goes on with the sentence's own clause; "where he joined A, B, and C for …" is one.)
    static func datedApart(_ spans: [ClauseSpan], dates: [DateMention], characters: [Character]) -> [ClauseSpan] {
        guard spans.contains(where: \.pronounWhere) else { return spans }
        var joined: [ClauseSpan] = []
        let dated = { (start: Int, end: Int) in dates.contains { $0.offset >= start && $0.offset < end } }
        for var span in spans {
            var rest: ClauseSpan?
            // (Only to keep a later date out of it: "…, sa tournée l'a ensuite mené à Kiribati vendredi".)
            // (Or a relative clause's: "…, who had been invited as a guest".)
            // (Or the sentence's own clause after one about where someone came from: "Arrivé de La Haye, où il participait au
            // sommet, le président effectue sa première visite en Belgique".)
            let origin = span.pronounWhere && Self.afterOrigin(span.start, in: characters)
            let end = origin ? characters[span.start..<span.end].firstIndex(of: ",") : listEnd(after: span.start, in: characters)
            // (A date and a place after the comma, with no verb of their own, are the clause's: "où il aura une rencontre avec
            // son homologue français, Emmanuel Macron, le vendredi 20 avril 2018, au Palais de l'Elysée".)
            let ownVerb = { (start: Int) -> Bool in
                let rest = " " + String(characters[start..<span.end]).lowercased() + " "
                let folded = " " + fold(rest) + " "
                return Triggers.indexedSet.set.occurs(in: folded) || Triggers.saidAfter.occurs(in: folded)
                    // (A finite verb, the French "a" unaccented: "…, la secrétaire d'Etat Hillary Clinton a signé mardi un accord".)
                    || Self.finiteVerbs.contains { rest.contains($0) }
                    // (Or the next leg: "où il rencontrera Angela Merkel, puis mardi à Paris", "…, and on June 18 to Paris".)
                    || ["puis", "then", "and", "et", "ensuite", "before", "avant"].contains(folded.split(separator: " ").first.map(String.init) ?? "")
            }
            if span.pronounWhere, let comma = end, comma + 1 < span.end,
                dated(comma + 1, span.end) && ownVerb(comma + 1) || origin
                    || ["who", "which", "qui", "dont", "lequel", "laquelle"].contains(fold(String(characters[(comma + 1)...].prefix(12))).split(separator: " ").first ?? "")
            {
                rest = ClauseSpan(start: comma + 1, end: span.end, relative: false, temporalWhen: false)
                span.end = comma + 1
            }
            if span.pronounWhere, !span.timedWhere, !dated(span.start, span.end), !origin, let previous = joined.indices.last {
                joined[previous].end = span.end
            } else if origin, let rest, let previous = joined.indices.last, joined[previous].hole == nil, joined[previous].end == span.start {
                // (The clause it interrupts goes on after it, with its date and its subject: "Arrivé mardi soir de La Haye, …, le
                // président effectue …".)
                joined[previous].hole = span.start..<rest.start
                joined[previous].end = rest.end
                joined.append(span)
                continue
            } else {
                joined.append(span)
            }
            if let rest { joined.append(rest) }
        }
        return joined
    }

    /// "President Duda to visit Paris on Wednesday", "Merkel to meet Buhari": a name right before "to" and a verb of
    /// travelling or meeting is a headline's future, with no finite verb. (English; the name's capitalised words, then
    /// "to".)
    static func headlineInfinitive(after persons: [PersonMention], in characters: [Character]) -> Bool {
        persons.contains { person in
            var cursor = person.offset
            guard cursor < characters.count, characters[cursor].isUppercase else { return false }
            // (The headline's subject: only capitalised words before it, its title; not an object, "invited President
            // Zelenskyy to attend the G20 Summit".)
            let before = String(characters[..<cursor]).split(whereSeparator: { $0 == " " || $0 == "'" || $0 == "’" })
            guard before.allSatisfy({ $0.first?.isUppercase == true || ["of", "s"].contains($0) }) else { return false }
            // The name: capitalised words (and their hyphens, apostrophes and initials' periods).
            while cursor < characters.count {
                while cursor < characters.count, characters[cursor].isLetter || "-'’.".contains(characters[cursor]) { cursor += 1 }
                guard cursor + 1 < characters.count, characters[cursor] == " ", characters[cursor + 1].isUppercase else { break }
                cursor += 1
            }
            let next = String(characters[cursor..<min(characters.count, cursor + 24)]).split(separator: " ").prefix(2).map(String.init)
            return next.count == 2 && next[0] == "to" && headlineVerbs.contains(next[1])
        }
    }

    /// The verbs of a headline's infinitive future.
    static let headlineVerbs: Set<String> = ["visit", "meet", "travel", "attend", "host", "hold", "tour", "receive", "welcome", "call"]

    /// Auxiliaries and copulas that tell a clause has a verb of its own (lower-cased, between spaces; the French "a" without
    /// its accent, so not the preposition "à").
    static let finiteVerbs: [String] = [
        " a ", " ont ", " est ", " sont ", " avait ", " avaient ", " sera ", " seront ", " etait ", " était ", " will ", " has ",
        " have ", " had ", " was ", " were ", " is ", " are ",
    ]

    /// Who of the sentence's people a clause is about: those it names, placed where it names them, and the subject it takes
    /// from around it — the sentence's subject for a "where", "when", infinitive, coordinated or reported clause, by the
    /// clause's kind.
    static func clausePersons(
        _ clause: ClauseSpan, at position: Int, of clauses: [ClauseSpan], persons: [PersonMention], reporters: Set<Int>,
        sentence: Sentence, folded: String, foldedCharacters: [Character], clauseFolded: String, discourse: Discourse,
        newEvents before: Int
    ) -> [PersonMention] {
        let inside = { (offset: Int) in clause.contains(offset) }
        // A person named twice belongs to each clause that names them, placed where it does.
        var clausePersons = persons.compactMap { person -> PersonMention? in
            guard !reporters.contains(person.offset), let offset = ([person.offset] + person.offsets).first(where: inside) else { return nil }
            var placed = person
            placed.offset = offset
            return placed
        }
        // ("…, where she held talks": the pronoun is the sentence's subject, whoever was named last, and no one else;
        // the traveller of the trip the sentence just reported, when there is one: "…, and the Turkish leader then
        // flew to Baku, where he met Ilham Aliyev"; "they", everyone named before.)
        // (Not those of an opening clause of what was done before: "Après avoir rencontré Mark Rutte à La Haye, Theresa May a
        // mis le cap sur Berlin, où elle rencontrera …" is about Theresa May.)
        let openingEnd = clauses.first.flatMap { $0.fronted && $0.end <= clause.start ? $0.end : nil } ?? 0
        let preceding = persons.filter { $0.offset < clause.start && !reporters.contains($0.offset) }
        let earlier = preceding.filter { $0.offset >= openingEnd }
        // Puts people before the clause's own, in their order, unless it names them already.
        func prepend(_ people: [PersonMention]) {
            for person in people.reversed() where !clausePersons.contains(where: { $0.name == person.name }) {
                clausePersons.insert(person, at: 0)
            }
        }
        // ("À Tokyo, où elle était arrivée lundi, la secrétaire d'Etat Hillary Clinton a signé …": the subject named after.)
        if clause.pronounWhere, earlier.isEmpty, clause.start < 48,
            let subject = persons.first(where: { $0.offset >= clause.end && !reporters.contains($0.offset) }),
            !clausePersons.contains(where: { $0.name == subject.name })
        {
            clausePersons.insert(subject, at: 0)
        }
        if clause.pronounWhere, !earlier.isEmpty {
            clausePersons.removeAll { $0.source == .reference && $0.offset < clause.start + 16 }
            // ("where on Thursday they met …": the pronoun after the time too.)
            let opening = " " + String(foldedCharacters[clause.start..<min(clause.end, clause.start + 32, foldedCharacters.count)])
            let plural = [" they ", " ils ", " elles "].contains { opening.includes($0) }
            let traveller = discourse.events[before...].last { $0.kind == "visit" }?.participants.first.flatMap { person in
                earlier.first { $0.name == person.name }
            }
            // ("À l'invitation de l'Émir du Koweït, le Président … a quitté Abidjan pour le Koweït où il effectuera une
            // visite": not the inviter, named first.)
            let inviter = Triggers.byInvitation.firstCharacterOffset(in: folded).flatMap { invitation in
                earlier.first { $0.offset >= invitation }
            }
            let subject = earlier.first { $0.name != inviter?.name } ?? earlier[0]
            prepend(plural ? Array(earlier.prefix(4)) : [traveller ?? subject])
        } else if clause.relative, !clause.pronounWhere, clausePersons.isEmpty, !persons.contains(where: { $0.offset < clause.start }),
            let around = clauses.first(where: { $0.hole?.lowerBound == clause.start }),
            let subject = persons.first(where: { around.contains($0.offset) && !reporters.contains($0.offset) })
        {
            // ("Arrivé mercredi … au terme d'une tournée qui l'a conduit aux Émirats …, « MBS » effectue …": with no one
            // named before it, the clause is about the subject of the clause around it.)
            clausePersons.insert(subject, at: 0)
        } else if clause.temporalWhen, Self.opensWithSubjectPronoun(foldedCharacters, at: clause.start), let subject = earlier.first {
            // ("Sharif's last encounter with an Indian prime minister was in September, when he met Manmohan Singh":
            // "he" is the sentence's subject, not the last one named.)
            prepend([subject])
        } else if clause.relative, !clause.pronounWhere,
            // (", lorsque Bernard Kouchner rencontrera le président Bachar al-Assad": a "when" clause with a subject and an
            // object of its own. Not one whose object is the antecedent: "…, when Joe Biden welcomed him", "lorsque
            // Joe Biden l'a accueilli".)
            !(clause.temporalWhen && clausePersons.count >= 2 && clausePersons.first.map { $0.offset - clause.start <= 16 } == true
                && ![" him ", " her ", " them ", " l ", " lui ", " leur "].contains(where: clauseFolded.includes)),
            let antecedent = persons.last(where: { $0.offset < clause.start })
        {
            clausePersons.insert(antecedent, at: 0)
            // ("the two presidents, who first met in London": everyone the reference stands for.)
            for other in persons where other.source == .reference && antecedent.source == .reference && other.offset == antecedent.offset
                && !clausePersons.contains(where: { $0.name == other.name })
            {
                clausePersons.insert(other, at: 0)
            }
            // "Biden and Xi Jinping, who agreed to meet when they spoke by phone": a clause told in the plural hangs on both.
            if let other = persons.last(where: { $0.offset < antecedent.offset }), antecedent.offset - other.offset <= 48,
                case let between = " " + String(foldedCharacters[other.offset..<antecedent.offset]) + " ",
                [" and ", " et "].contains(where: between.includes), !sentence.characters[other.offset..<antecedent.offset].contains(","),
                Triggers.pluralClause.occurs(in: clauseFolded),
                !clausePersons.contains(where: { $0.name == other.name })
            {
                clausePersons.insert(other, at: 0)
            }
        }
        // "…, avant de retrouver jeudi à Berlin la ministre allemande": whoever did the first does the second.
        // (After a relative clause, whoever it is about: "a reçu jeudi Volodymyr Zelensky, qui est reparti vendredi avant de
        // gagner Londres" is Zelensky's trip.)
        // (After a clause of a new subject, that subject: "Scholz met Macron in Paris on Monday and Giorgia Meloni travelled to
        // Tunis on Tuesday before heading to Algiers" is Meloni's leg.)
        if clause.infinitive, position > 0, clauses[position - 1].relative, clauses[position - 1].end == clause.start,
            let antecedent = preceding.last(where: { $0.offset < clauses[position - 1].start })
        {
            prepend([antecedent])
        } else if clause.infinitive, position > 0, !clauses[position - 1].fronted, clauses[position - 1].end == clause.start,
            let own = earlier.first(where: { clauses[position - 1].contains($0.offset) })
        {
            prepend([own])
        } else if clause.infinitive, let subject = earlier.first {
            prepend([subject])
        }
        // ("Après avoir rencontré Mark Rutte à La Haye, Theresa May s'est rendue à Berlin": the subject named right after the
        // comma, whatever it then does; not someone named after a pronoun subject: "…, she travelled to Berlin to meet Olaf Scholz".)
        if clause.fronted, let subject = persons.first(where: { $0.offset >= clause.end }), subject.offset - clause.end <= 40,
            case let opening = " " + String(foldedCharacters[clause.end..<min(foldedCharacters.count, clause.end + 12)].drop { $0 == " " }),
            !Triggers.subjectPronouns.contains(where: opening.hasPrefix)
        {
            prepend([subject])
        }
        // ("The two ministers flew into Tbilisi on Sunday and held talks with Saakashvili": a second verb of meeting
        // joined to the first has the sentence's subject, everyone named before its first trigger, else the first named.)
        if clause.coordinated {
            // (A match's offset in the folded text, with its leading space, is the sentence offset of its word.)
            let opening = Triggers.indexedSet.set.firstCharacterOffset(in: folded) ?? 0
            let subjects = earlier.filter { $0.offset < opening }
            prepend(subjects.isEmpty ? Array(earlier.prefix(1)) : subjects)
        }
        // ("Il a quitté Hanoï jeudi et a indiqué qu'il appellerait …", "and said that he would visit Beijing": the
        // pronoun of what was said is the sentence's subject; "they", everyone named before.)
        if clause.reported, case let opening = " " + String(foldedCharacters[clause.start..<min(clause.end, clause.start + 40)]) + " ",
            let pronoun = Triggers.subjectPronouns.first(where: opening.includes)
        {
            prepend(Array(earlier.prefix([" ils ", " elles ", " they "].contains(pronoun) ? 4 : 1)))
        }
        return clausePersons
    }
}
