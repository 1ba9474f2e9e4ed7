import EntenteModel

/// Who takes part: the subject and objects of a trigger, lists of people, receptions told from either side, and who
/// travels.
extension ArticleExtractor {
    /// Whether every one of `others` is one of a plural "counterparts" ("his counterparts in A, B and C", "ses homologues
    /// algérien et malien"): all named at that one word.
    static func counterpartsAll(_ others: [ExtractedEvent.Person], persons: [PersonMention], in clause: Clause) -> Bool {
        let mentions = others.compactMap { other in persons.first { $0.name == other.name && $0.source == .title } }
        guard mentions.count == others.count, let offset = mentions.first?.offset, mentions.allSatisfy({ $0.offset == offset }) else { return false }
        let word = fold(String(clause.sentence.characters[offset...].prefix(14))).split(separator: " ").first ?? ""
        return ["counterparts", "homologues"].contains(word)
    }

    /// Whether the visit phrase is "rendre visite à" someone ("rendra visite au président pakistanais Asif Ali Zardari").
    static func paidVisit(_ phrase: String, at trigger: Int, in clause: Clause) -> Bool {
        guard ["visite a", "visite au", "visite aux"].contains(phrase),
            let verb = clause.folded.prefix(max(0, trigger - clause.start)).split(separator: " ").last
        else { return false }
        return ["rendu", "rendra", "rendre", "rendront", "rend", "rendait", "rendent", "rendue", "rendus", "rendrait"].contains(String(verb))
    }

    /// The person a visit's verb takes as its object, right after it (articles and a title between at most): "visited Angela
    /// Merkel", "a rendu visite à la chancelière Angela Merkel".
    static func visitedPerson(after trigger: Int, phrase: String, clause: Clause) -> ExtractedEvent.Person? {
        guard ["visited", "visits", "will visit", "is visiting", "would visit", "to visit", "visiter", "visitera", "visite a"].contains(phrase)
            || paidVisit(phrase, at: trigger, in: clause)
        else { return nil }
        let end = trigger + phrase.count
        // (A comma only after a title, in apposition: "rendre visite au président déchu, Mohamed Bazoum".)
        guard let person = clause.persons.filter({ $0.offset >= end }).min(by: { $0.offset < $1.offset }), person.offset - end <= 40,
            case let between = clause.sentence.characters[end..<person.offset],
            !between.contains(",") || between.filter({ $0 == "," }).count == 1
                && fold(String(between)).split(separator: " ").contains(where: { PersonFinder.titleNouns.contains(String($0)) }),
            !fold(String(between)).split(separator: " ").contains(where: {
                ["with", "and", "avec", "et", "to", "a", "in", "en", "of", "de", "du", "d"].contains($0)
            }),
            // ("visited Angela Merkel's constituency": a place of theirs.)
            !String(clause.sentence.characters[person.offset...].prefix(40).prefix { $0 != "," }).split(separator: " ").prefix(4)
                .contains(where: { $0.hasSuffix("'s") || $0.hasSuffix("’s") })
        else { return nil }
        return ExtractedEvent.Person(name: person.name, country: person.country)
    }

    /// The person each meeting trigger of the clause introduces (the first named after it, before the next).
    static func meetingObjects(in clause: Clause) -> [(trigger: Int, person: PersonMention)] {
        var triggers: [Int] = []
        for phrase in Triggers.meetingObjects {
            var from = 0
            while let offset = clause.folded.characterOffset(of: phrase, from: from) {
                triggers.append(clause.start + offset)
                from = offset + 1
            }
        }
        triggers.sort()
        var result: [(Int, PersonMention)] = []
        for (index, trigger) in triggers.enumerated() {
            let limit = index + 1 < triggers.count ? triggers[index + 1] : Int.max
            if let person = clause.persons.first(where: { $0.offset > trigger && $0.offset < limit }) { result.append((trigger, person)) }
        }
        return result
    }

    /// Whether two people are named as one subject: "A et B", "A and B" (appositions between allowed), with no verb between.
    /// Whether `next` is listed after `previous` as another of the same ("with Donald Trump, Theresa May and Angela Merkel",
    /// "avec les présidents libanais Michel Aoun, américain Donald Trump et égyptien Abdel Fattah al-Sissi"): commas, "and",
    /// titles and countries between, and no word that opens another phrase.
    static func listedAfter(_ previous: PersonMention, _ next: PersonMention, in characters: [Character]) -> Bool {
        guard previous.offset < next.offset, next.offset - previous.offset <= 120 else { return false }
        let between = fold(String(characters[previous.offset..<next.offset])).split(separator: " ").dropFirst()
        guard characters[previous.offset..<next.offset].contains(where: { $0 == "," })
            || between.contains(where: { ["and", "et"].contains($0) })
        else { return false }
        // (Only names, titles and countries between: "…, comme l'avait fait Olaf Scholz" is no list. Nor a name in the
        // possessive: "with Vladimir Putin, Zelenskyy's office said", "Dmytro Kuleba, Volodymyr Zelenskyy's foreign minister".)
        let words = PersonFinder.words(Array(characters[previous.offset..<next.offset])).dropFirst()
        let owner = PersonFinder.words(Array(characters[next.offset..<min(characters.count, next.offset + 60)])).prefix { $0.text.first?.isUppercase == true }
        if let last = owner.last, characters[(next.offset + last.start + last.text.count)...].prefix(2).contains(where: { $0 == "'" || $0 == "’" }) {
            return false
        }
        return !between.contains { listBreakers.contains(String($0)) } && words.allSatisfy { word in
            let folded = fold(word.text)
            // (Particles within a name and a country's possessive: "Qatar's Emir Sheikh Tamim bin Hamad Al Thani and Egyptian
            // President Abdel Fattah el-Sissi".)
            return word.text.first?.isUppercase == true || ["and", "et", "the", "le", "la", "les", "l", "of", "de", "du", "des", "d"].contains(folded)
                || PersonFinder.titleWords.contains(folded) || PersonFinder.titleNouns.contains(folded) || Gazetteer.lookup(word.text) != nil
                || PersonFinder.nameParticles.contains(folded) || ["al", "el", "s"].contains(folded)
        }
    }

    /// Words that end a list of people: what is said about them, or to them, or when ("about", "qui", "after").
    static let listBreakers: Set<String> = [
        "about", "regarding", "concerning", "on", "over", "sur", "concernant", "discuss", "discussed", "discussing", "evoquer",
        "pour", "for", "after", "apres", "before", "avant", "who", "qui", "which", "that", "que", "qu", "said", "says", "told", "a",
        "dit", "declare", "with", "avec", "to", "from", "depuis", "while", "alors", "tandis", "but", "mais", "then", "puis",
        "is", "was", "has", "had", "est", "etait", "ont", "have", "will", "sera", "in", "en", "au", "aux", "at", "during", "lors",
    ]

    static func joined(_ first: PersonMention, _ second: PersonMention, in characters: [Character]) -> Bool {
        guard first.offset < second.offset else { return false }
        let between = " " + fold(String(characters[first.offset..<second.offset])) + " "
        guard between.contains(" et ") || between.contains(" and ") else { return false }
        // (A clause of its own between them — "A said on Monday that B" — is no conjunction of subjects.)
        return between.count <= 60 && ![" a ", " ont ", " has ", " have ", " said ", " que ", " that "].contains { between.contains($0) }
    }

    /// Whether the words at `offset` are an article and a capitalised demonym ("le Malien Ibrahim Boubacar Keïta", "la
    /// Libérienne Ellen Johnson Sirleaf"): in French, the next person of a list.
    static func demonymOpens(at offset: Int, in characters: [Character]) -> Bool {
        let words = String(characters[offset..<min(characters.count, offset + 40)]).split(whereSeparator: { $0 == " " || $0 == "'" || $0 == "’" })
        // ("ses homologues centrafricain Faustin-Archange Touadéra, tchadien Idriss Déby Itno, congolais …": the adjective
        // alone, then the name.)
        // (Only in a list of counterparts: not "le président sénégalais Faye, ivoirien Ouattara et ghanéen … suivront".)
        if words.count >= 2, words[0].first?.isLowercase == true, words[1].first?.isUppercase == true,
            Gazetteer.lookup(String(words[0]))?.kind == .adjective,
            [" homologues ", " counterparts "].contains(where: (" " + fold(String(characters[max(0, offset - 200)..<offset])) + " ").includes)
        {
            return true
        }
        guard words.count >= 2, ["le", "la", "l", "les"].contains(words[0]), words[1].first?.isUppercase == true else { return false }
        return Gazetteer.lookup(String(words[1]))?.kind == .adjective
    }

    /// Verbs after "and"/"et" that end a list of people met: the subject's next act. Folded.
    static let listEndingVerbs: Set<String> = [
        "was", "were", "is", "are", "will", "would", "has", "have", "had", "flew", "travelled", "traveled", "went", "headed", "heads",
        "held", "est", "sera", "s", "se", "a", "ont", "avait", "doit", "devait",
    ]

    /// The comma that ends a list of people begun at `offset`: the first one followed by a lower-case word other
    /// than a conjunction. An apposition that a conjunction follows ("between Ri Yong Ho, foreign minister of the
    /// DPRK, and Wang Yi") is inside the list.
    static func listEnd(after offset: Int, in characters: [Character]) -> Int? {
        var from = offset
        while let comma = characters[from...].firstIndex(of: ",") {
            guard let next = characters[(comma + 1)...].firstIndex(where: { $0 != " " }) else { return nil }
            let opening = String(characters[next..<min(characters.count, next + 3)])
            // (", en présence du président de la Commission, Moussa Faki": who attends is at the meeting too.)
            let ahead = fold(String(characters[next..<min(characters.count, next + 20)]))
            let presence = ahead.hasPrefix("en presence d") || ahead.hasPrefix("in the presence of")
            // (", and will travel to Cairo on Tuesday to meet …", ", et s'est ensuite entretenu avec …": "and"/"et" and a verb of
            // its own end the people met; not ", and then Scholz", ", and in particular Meloni", ", et à Rome".)
            let joined = ahead.split(separator: " ").prefix(2).map(String.init)
            if joined.count == 2, ["and", "et"].contains(joined[0]), Self.listEndingVerbs.contains(joined[1]),
                joined[1] != "a" || String(characters[next..<min(characters.count, next + 5)]).contains("et a ")
            {
                return comma
            }
            if !characters[next].isLowercase || ["et ", "and", "as ", "ain"].contains(opening) || Self.demonymOpens(at: next, in: characters) || presence {
                from = comma + 1
                continue
            }
            // A title after the comma that a conjunction and a name end ("X, ministre de l'Europe et des affaires étrangères et
            // M. Y, …"): the list goes on with that name.
            let close = characters[(comma + 1)...].firstIndex(of: ",") ?? characters.count
            let apposition = String(characters[(comma + 1)..<close])
            if let conjunction = [" et M. ", " et Mme ", " and Mr ", " and Ms ", " and Mrs "].compactMap({ apposition.characterOffset(of: $0) }).min() {
                from = comma + 1 + conjunction + 1
                continue
            }
            // ("ses pairs : A, le Premier ministre éthiopien ; B, la présidente de la Commission ; C, …": a title closed by a
            // semicolon, then a name: the list goes on.)
            // (A title, not any phrase: "…, en marge du forum ; Barack Obama était à Washington" ends the list; and a name then
            // its comma after the semicolon: "…, the German chancellor; Barack Obama stayed at home" does too.)
            if let semicolon = characters[(comma + 1)..<min(characters.count, comma + 120)].firstIndex(of: ";"),
                PersonFinder.words(Array(characters[(comma + 1)..<semicolon])).contains(where: { PersonFinder.titleNouns.contains(fold($0.text)) }),
                let after = characters[(semicolon + 1)...].firstIndex(where: { $0 != " " }), characters[after].isUppercase,
                let nameEnd = characters[after..<min(characters.count, after + 48)].firstIndex(of: ","),
                PersonFinder.words(Array(characters[after..<nameEnd])).allSatisfy({
                    $0.text.first?.isUppercase == true || PersonFinder.nameParticles.contains($0.text)
                })
            {
                from = semicolon + 1
                continue
            }
            // A title between commas, then "and"/"et": the list goes on after it.
            if let close = characters[(comma + 1)..<min(characters.count, comma + 90)].firstIndex(of: ","),
                PersonFinder.words(Array(characters[(comma + 1)..<close])).contains(where: { PersonFinder.titleNouns.contains(fold($0.text)) }),
                let after = characters[(close + 1)...].firstIndex(where: { $0 != " " }),
                ["et ", "and"].contains(String(characters[after..<min(characters.count, after + 3)])) || Self.demonymOpens(at: after, in: characters)
            {
                from = close + 1
                continue
            }
            return comma
        }
        return nil
    }

    /// Who may be a trip's traveller among a clause's people: not the one who sent them ("Dépêchée par le président X, la
    /// cheffe de la diplomatie … est arrivée"); in a speech's "Circonstance : Déplacement en …", the speaker alone.
    static func travellers(_ persons: [PersonMention], clause: Clause, trigger: Int, phrase: String) -> [ExtractedEvent.Person] {
        var travellers = persons
        if let end = openingAgentEnd(clause.sentence.characters), travellers.contains(where: { $0.offset > end }) {
            travellers = travellers.filter { $0.offset > end }
        }
        // ("Together with Chancellor Angela Merkel, Prime Minister Boris Johnson visited Kyiv": the subject travels, the one
        // named in the opening comes along.)
        // (The last comma before the verb: "Together with Olaf Scholz, Mario Draghi and Klaus Iohannis, Emmanuel Macron visited".)
        if companionOpening(clause.sentence.characters), let comma = clause.sentence.characters[..<min(trigger, clause.sentence.characters.count)].lastIndex(of: ","),
            travellers.contains(where: { $0.offset > comma })
        {
            travellers = travellers.filter { $0.offset > comma }
        }
        // ("Après avoir rencontré Mark Rutte à La Haye, Theresa May s'est rendue à Berlin": the subject after the opening clause,
        // never the one met in it: "After meeting Mark Rutte, she travelled to Berlin" is not Rutte's trip.)
        if let end = frontedClauseEnd(clause.sentence.characters), trigger > end { travellers = travellers.filter { $0.offset > end } }
        if let speaker = clause.speaker, isCircumstance(clause.sentence) { travellers = [speaker] }
        // "Si M. Abe est le premier …, son grand-père, Nobusuke Kishi, s'était déjà rendu à Honolulu en 1957": the traveller
        // is the main clause's, after the concession.
        // (Not the concession's own trip: "While Joe Biden visited Kyiv in February, Xi …"; "le premier … à se rendre" is
        // none.)
        if let end = concessionEnd(clause.sentence.characters), end < clause.start + clause.text.count,
            trigger > end || ["se rendre", "to visit", "to travel", "visiter", "de visiter"].contains(phrase),
            travellers.contains(where: { $0.offset > end })
        {
            travellers = travellers.filter { $0.offset > end }
        }
        return travellers.map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
    }

    /// The trip abroad the article has someone on when a clause has them receive: a trip not called off, to a country not
    /// their own, that the clause's dates overlap; with no date, one under way that day (held, covering the publication
    /// date up to two days after its end), or the one the clause says it is during ("Sur place, il recevra …", "During the
    /// visit he received …"), of the same status.
    static func tripAbroad(of name: String, home: String, clause: Clause, discourse: Discourse) -> ExtractedEvent? {
        let duringTrip = Triggers.duringTheTrip.occurs(in: String(clause.spaced))
        let published = clause.published.firstDay.dayNumber
        return discourse.events.last { event in
            guard event.kind == "visit", !event.inPassing, event.status != .cancelled, event.status != .postponed,
                let host = event.hostCountry, host != home, event.participants.contains(where: { $0.name == name })
            else { return false }
            guard !clause.dates.isEmpty else {
                if duringTrip, event.status == clause.status { return true }
                guard event.status == .held else { return false }
                return event.start.map { $0.firstDay.dayNumber <= published && published <= (event.end ?? $0).lastDay.dayNumber + 2 } ?? true
            }
            return clause.dates.contains { date in
                event.start.map { start in
                    date.start.firstDay.dayNumber <= (event.end ?? start).lastDay.dayNumber
                        && start.firstDay.dayNumber <= (date.end ?? date.start).lastDay.dayNumber
                } ?? false
            }
        }
    }

    /// Whether the sentence opens with who comes along ("Accompanied by President Emmanuel Macron, …", "Together with
    /// Chancellor Angela Merkel, …", "Aux côtés de …,").
    static func companionOpening(_ characters: [Character]) -> Bool {
        let opening = fold(String(characters.prefix(24)))
        return ["accompanied by ", "accompagne de ", "accompagnee de ", "accompagne d ", "accompagnee d ", "accompagne par ", "accompagnee par ",
            "together with ", "along with ", "alongside ", "aux cotes de ", "aux cotes du ", "aux cotes d "].contains(where: opening.hasPrefix)
    }

    /// Whether honours are what is received at `offset`, right after a reception's verb ("recevra les honneurs militaires",
    /// "received full military honours").
    static func receivesHonours(after offset: Int, in clause: Clause) -> Bool {
        let words = fold(String(clause.sentence.characters[min(offset, clause.sentence.characters.count)...].prefix(24))).split(separator: " ")
        let next = " " + words.joined(separator: " ") + " "
        return [" les honneurs ", " des honneurs ", " the honours ", " the honors ", " military honours ", " military honors ", " full military ",
            " a guard of honour ", " a guard of honor "].contains(where: next.hasPrefix)
    }

    /// Where a sentence's opening participle and its agent end ("Dépêchée par le président X, …", "Sent by Y, …"): the
    /// offset of the comma that closes them.
    static func openingAgentEnd(_ characters: [Character]) -> Int? {
        let words = fold(String(characters.prefix(24))).split(separator: " ")
        // ("Selon Mme von der Leyen, le dirigeant chinois s'est dit prêt …": the source is not the subject either.)
        if words.count >= 2, words[0] == "selon" || words[0] == "according" && words[1] == "to" || words[0] == "d" && words[1] == "apres" {
            return characters.prefix(120).firstIndex(of: ",")
        }
        guard words.count >= 2, ["par", "by"].contains(words[1]),
            ["e", "ee", "es", "ees", "ed", "t"].contains(where: { words[0].hasSuffix($0) }),
            // ("Accompanied by President Macron, Chancellor Scholz travelled": who comes along travels too.)
            !words[0].hasPrefix("accompan")
        else { return nil }
        return characters.prefix(120).firstIndex(of: ",")
    }

    /// Where an opening concession ends ("Si M. Abe est le premier …, ", "While the President has met …, "): the offset
    /// of its comma.
    static func concessionEnd(_ characters: [Character]) -> Int? {
        guard let first = fold(String(characters.prefix(12))).split(separator: " ").first,
            ["si", "while", "although", "though", "whereas", "bien", "quoique"].contains(first)
        else { return nil }
        return characters.prefix(200).firstIndex(of: ",")
    }

    /// Whether an auxiliary of the passive is among the `words` words right before sentence offset `trigger` ("was
    /// welcomed", "a été annulée", "est reportée"); with `english`, only English ones ("est reçu" is a phrase of its own).
    static func passiveBefore(_ trigger: Int, in characters: [Character], words: Int = 1, english: Bool = false) -> Bool {
        fold(String(characters[max(0, trigger - 12)..<trigger])).split(separator: " ").suffix(words).contains { word in
            english ? Triggers.englishPassiveWords.contains(String(word)) : Triggers.passiveAuxiliaryWords.contains(String(word))
        }
    }

    /// The host of a reception told from the guest's side with its agent apart from the verb: "welcomed at the Merdeka
    /// Palace by President Yudhoyono", "received in the Kremlin by Putin". The first person after the verb (at sentence
    /// offset `trigger`), when "by" stands between them, with no more than 48 characters from the verb to them.
    /// ("received Modi, accompanied by …": the guest comes first, and is no agent. "The proposal was welcomed by
    /// President X": no guest is named before.)
    static func receivingAgent(after trigger: Int, in clause: Clause) -> PersonMention? {
        guard clause.persons.contains(where: { $0.offset < trigger }),
            let person = clause.persons.first(where: { $0.offset > trigger }), person.offset - trigger <= 48
        else { return nil }
        let between = " " + fold(String(clause.sentence.characters[trigger..<person.offset])) + " "
        return between.includes(" by ") ? person : nil
    }

    /// Whether a person is named only as the sender of a message or the principal of an envoy ("Prime Minister Modi's
    /// greetings", "Putin’s special envoy"): a capitalised name and title, then the possessive, then such a word.
    /// ("Taiwan's president" is a title; "Theresa May's country residence" places her.)
    static func isPossessive(_ person: PersonMention, in sentence: [Character]) -> Bool {
        let words = String(sentence[person.offset...].prefix(60).prefix { $0 != "," }).split(separator: " ").prefix(6)
        for (index, word) in words.enumerated() {
            guard word.first?.isUppercase == true else { return false }
            guard word.hasSuffix("'s") || word.hasSuffix("’s") else { continue }
            guard Gazetteer.lookup(String(word.dropLast(2))) == nil else { return false }
            return words.dropFirst(index + 1).prefix(2).contains { sentOnBehalf.contains(fold(String($0))) }
        }
        return false
    }

    /// Whether a person is named only as someone else's superior, patron or kin ("Gustavo Petro's designated foreign minister
    /// Alvaro Leyva met …", "met Jair Bolsonaro, Lula's main political rival"): a capitalised name, the possessive, then a
    /// title or a word of kinship or rivalry within three words (adjectives between).
    static func possessesAnother(_ person: PersonMention, in sentence: [Character]) -> Bool {
        let words = String(sentence[person.offset...].prefix(80).prefix { $0 != "," && $0 != "." }).split(separator: " ").prefix(9)
        for (index, word) in words.enumerated() {
            guard word.first?.isUppercase == true else { return false }
            guard word.hasSuffix("'s") || word.hasSuffix("’s") else { continue }
            guard Gazetteer.lookup(String(word.dropLast(2))) == nil else { return false }
            // (Adjectives only between: not "President Joe Biden's Meeting with Prime Minister Keir Starmer", nor "Mr Macron's
            // invitation", which is his.)
            for word in words.dropFirst(index + 1).prefix(3) {
                let folded = fold(String(word))
                if PersonFinder.titleNouns.contains(folded) || Self.relations.contains(folded) { return true }
                guard word.first?.isLowercase == true, !Self.possessedNouns.contains(folded) else { return false }
            }
            return false
        }
        return false
    }

    /// Whether a person is named in the possessive after "amid", "despite" or "over", before what they said or did: "amid
    /// Trump's threats", "despite Putin's warnings", "over Biden's tariffs" (not "amid Trump's visit", an event of theirs).
    static func namedAsCause(_ person: PersonMention, in sentence: [Character]) -> Bool {
        guard person.offset > 0, case let before = fold(String(sentence[max(0, person.offset - 12)..<person.offset])).split(separator: " "),
            let last = before.last, ["amid", "despite", "over"].contains(last)
        else { return false }
        let words = String(sentence[person.offset...].prefix(60)).split(separator: " ").prefix(5)
        guard let possessive = words.firstIndex(where: { $0.hasSuffix("'s") || $0.hasSuffix("’s") }),
            words[..<possessive].allSatisfy({ $0.first?.isUppercase == true }), possessive + 1 < words.endIndex,
            case let next = words[possessive + 1], next.first?.isLowercase == true
        else { return false }
        return !possessedNouns.contains(fold(String(next))) && !PersonFinder.titleNouns.contains(fold(String(next)))
    }

    /// Lower-case words after a possessive that are no adjective before a title: what the person does or owns.
    private static let possessedNouns: Set<String> = [
        "meeting", "visit", "trip", "tour", "call", "talks", "invitation", "summit", "with", "to", "of", "for", "and", "in", "at",
    ]

    /// Words for someone's kin, allies and rivals (folded): "Lula's main political rival".
    static let relations: Set<String> = [
        "rival", "rivals", "opponent", "opponents", "challenger", "ally", "allies", "successor", "predecessor", "aide", "aides", "deputy",
        "protege", "critic", "wife", "husband", "son", "daughter", "brother", "sister", "widow", "widower", "nephew", "niece",
    ]

    /// What someone sends or has sent on their behalf: who is named with it in the possessive takes no part. Folded.
    static let sentOnBehalf: Set<String> = [
        "greetings", "message", "messages", "letter", "regards", "wishes", "condolences", "congratulations", "envoy", "emissary",
        "representative", "adviser", "advisor", "spokesman", "spokesperson", "invitation",
    ]

    /// The end of an opening phrase that sets a speech's scene ("Speaking at the joint news conference, Dmitry Medvedev
    /// recalled …", "S'exprimant devant la presse, …"): the occasion it names is none of the events reported.
    static func speakingOpenerEnd(_ characters: [Character]) -> Int? {
        let words = fold(String(characters.prefix(24))).split(separator: " ")
        guard let first = words.first, ["speaking", "addressing", "exprimant", "intervenant", "answering", "repondant"].contains(first)
            || first == "s" && words.count > 1 && words[1] == "exprimant",
            let comma = characters.prefix(100).firstIndex(of: ",")
        else { return nil }
        // ("Speaking after talks with Chancellor Olaf Scholz in Berlin on Sunday, …": a scene that names an event keeps it.)
        return Triggers.namesEvent(fold(String(characters[..<comma])) + " ") ? nil : comma
    }

    /// Whether the clause opens with a name the registry does not know: a capitalised word among its first four,
    /// before `trigger`, that is no known person or place, nor a title, nor `other` in another spelling ("M. Issaias"
    /// for Isaias Afwerki). The sentence's first word, capitalised anyway, is passed over.
    static func unknownSubject(before trigger: Int, in clause: Clause, other: String) -> Bool {
        let otherKeys = Set(OfficeRegistry.spellingKey(other))
        // (Each part of a hyphenated word on its own: "el-Assad".)
        let opening = PersonFinder.words(Array(clause.sentence.characters[clause.start..<min(trigger, clause.sentence.characters.count)]))
            .flatMap { word in
                var start = word.start
                return word.text.split(separator: "-", omittingEmptySubsequences: false).map { part in
                    defer { start += part.count + 1 }
                    return (text: String(part), start: start)
                }
            }
        return opening.prefix(4).contains { word in
            let start = clause.start + word.start
            let folded = fold(word.text)
            return start > 0 && word.text.first?.isUppercase == true && word.text.count > 1
                && !PersonFinder.titleWords.contains(folded) && !PersonFinder.honorifics.contains(folded)
                && !clause.persons.contains { start >= $0.offset && start < $0.offset + 40 }
                && !clause.sentencePlaces.contains { start >= $0.offset && start < $0.offset + $0.text.count }
                && OfficeRegistry.spellingKey(word.text).first.map(otherKeys.contains) != true
        }
    }

    /// What the person is, by the office the registry gives them on the date or the title just before their name.
    static func rank(of person: PersonMention, in clause: Clause) -> Rank? {
        let held = OfficeRegistry.offices(of: person.name, on: clause.published)
        if person.office == .headOfState || person.office == .headOfGovernment || held.contains(where: { $0 != .foreignMinister }) {
            return .leader
        }
        if person.office == .foreignMinister || held.contains(.foreignMinister) { return .minister }
        let characters = clause.sentence.characters
        let before = fold(String(characters[max(0, person.offset - 64)..<min(person.offset, characters.count)])).split(separator: " ").suffix(9)
        let words = Array(before)
        for (index, word) in words.enumerated().reversed() {
            if ["ministre", "minister"].contains(String(word)), index > 0, ["prime", "premier"].contains(String(words[index - 1])) {
                return .leader
            }
            if ["ministre", "minister", "secretary", "secretaire", "envoy", "envoye", "ambassador", "ambassadeur", "fm", "diplomatie"]
                .contains(String(word))
            {
                return .minister
            }
            if ["president", "presidente", "premier", "prime", "roi", "king", "emir", "chancellor", "chancelier", "etat", "state"]
                .contains(String(word))
            {
                // ("Secretary of State", "chef de l'État" read right to left: the office's last word decides.)
                return word == "state" || word == "etat" ? (words.contains("secretary") ? .minister : .leader) : .leader
            }
        }
        return nil
    }

    /// Whether the person travels to be in `host`: a national of another country, or an official of an
    /// organisation meeting away from its seat (EU officials are at home in Brussels).
    /// (The head of an international organisation, of no country, is abroad anywhere but at its seat: NATO's Secretary
    /// General in London, not in Brussels.)
    static func isAbroad(_ person: ExtractedEvent.Person, in host: String) -> Bool {
        if person.country == nil, let seat = OfficeRegistry.internationalSeat(of: person.name) { return seat != host }
        guard let country = person.country, country != host else { return false }
        return !(country == "EU" && host == "BE")
    }

    /// Phrases that put someone at the traveller's side ("en compagnie du président Keïta", "aux côtés de son homologue"): told
    /// of the host's leader, a reception; as against "avec"/"with", which may be a trip made together ("visited Berlin with
    /// Angela Merkel"). Folded, spaced.
    static let alongside = [" en compagnie de ", " en compagnie du ", " en compagnie d ", " aux cotes de ", " aux cotes du ", " aux cotes d ", " in the company of "]

    /// Who travels with a visit's traveller: those named after a plain "with" ("s'est rendu à Damas avec son homologue
    /// allemande, Annalena Baerbock"), in an opening "Accompanied by …," or between the subject and the verb ("accompagné de
    /// ses ministres …").
    static func companions(
        trigger: Int, clause: Clause, persons: [PersonMention], participants: [ExtractedEvent.Person], host: String?
    ) -> [ExtractedEvent.Person] {
        let sentence = clause.sentence
        var companions: [ExtractedEvent.Person] = []
        // ("his visit to Kyiv on Saturday with President Macron, Chancellor Merz and Prime Minister Tusk": a plain "with"
        // right after the trip's place or day.)
        if let with = [
            " avec ", " together with ", " accompanied by ", " accompagne de ", " accompagnee de ", " en compagnie de ", " en compagnie du ",
            " en compagnie d ", " aux cotes de ", " aux cotes du ", " aux cotes d ", " alongside ", " in the company of ",
        ]
            .compactMap({ clause.folded.characterOffset(of: $0) }).first(where: { clause.start + $0 > trigger })
                ?? Self.withAfterTrip(trigger: trigger, in: clause)
        {
            let list = Self.listEnd(after: clause.start + with, in: sentence.characters) ?? Int.max
            // ("avec une lettre de Joe Biden", "with a message of support from President Biden": a thing, not a companion.)
            let next = clause.folded.dropFirst(with).split(separator: " ").dropFirst().first.map(String.init) ?? ""
            // ("Arrivé à Nouakchott, le président français s'est entretenu avec A, B et C": whom a meeting between is with
            // is met there, not taken along.)
            let met = clause.triggers.contains { $0.group == "meeting" && $0.offset > trigger && $0.offset < clause.start + with }
            // ("M. Faye, qui s'était rendu fin mai à Bamako, conduira sa mission avec le Togolais …": a trip told in a relative
            // clause ends at the comma after which the main clause goes on. Not "qui s'était rendu le 16 juin à Kiev, avec
            // Emmanuel Macron", nor "à Kiev, Irpin et Boutcha avec …": only places and names between.)
            let opening = sentence.characters[..<trigger].lastIndex(of: ",").map { $0 + 1 } ?? 0
            let withAt = min(clause.start + with, sentence.characters.count)
            // (A verb between the comma and "avec": one of the main clause's, or a French future, "conduira"; not "également",
            // "notamment", "une première fois".)
            let resumed = sentence.characters[trigger..<withAt].lastIndex(of: ",").map { comma in
                let written = sentence.characters[(comma + 1)..<withAt]
                let stretch = Array(fold(String(written)))
                let future = String(stretch).split(separator: " ").contains { word in
                    word.count > 4 && ["ra", "ront", "rait", "raient"].contains(where: word.hasSuffix)
                }
                return future || Self.hasVerb(in: stretch[...], original: ArraySlice(Array(written)))
            } ?? false
            let inRelative = (" " + fold(String(sentence.characters[opening..<trigger])) + " ")
            let relative = resumed && [" qui ", " who "].contains(where: inRelative.includes)
            if !["un", "une", "des", "a", "an", "du", "l", "pour"].contains(next), !met, !relative {
                companions = persons.filter { $0.offset > clause.start + with && $0.offset <= list && !participants.map(\.name).contains($0.name) }
                    .prefix(4).map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
            }
        }
        // "Accompanied by President Emmanuel Macron, Chancellor Scholz travelled to Kyiv": the opening's people come along.
        if companions.isEmpty, Self.companionOpening(sentence.characters),
            let comma = sentence.characters[..<min(trigger, sentence.characters.count)].lastIndex(of: ",")
        {
            // (Not someone of the country visited: "Along with President Volodymyr Zelensky, Emmanuel Macron visited Irpin".)
            companions = persons.filter { $0.offset < comma && !participants.map(\.name).contains($0.name) && ($0.country == nil || $0.country != host) }
                .map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
        }
        // "Le président français, accompagné de ses ministres …, Laurent Fabius, et de la Défense, Jean-Yves Le Drian, s'est
        // rendu …": who comes along, between the subject and the verb, travels too.
        if companions.isEmpty,
            let along = [
                " accompagne de ", " accompagnee de ", " accompagne par ", " accompagnee par ", " accompanied by ", " accompagnes de ",
                " accompagnes du ", " accompagne du ", " accompagnee du ", " accompagnes par ", " accompagnees de ",
            ]
                .compactMap({ clause.folded.characterOffset(of: $0) }).min(), clause.start + along < trigger
        {
            companions = persons.filter { $0.offset > clause.start + along && $0.offset < trigger && !participants.map(\.name).contains($0.name) }
                .prefix(4).map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
        }
        return companions
    }
}
