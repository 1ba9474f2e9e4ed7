import EntenteModel

/// Who, around a reporting verb, is the source of what a sentence reports rather than a party to it.
extension ArticleExtractor {
    /// Whether the name at `offset` is followed by its verb: "A joint statement issued later said Obama had invited Hu" tells
    /// what Obama did; he is no source.
    static func subjectOfReport(at offset: Int, in characters: [Character]) -> Bool {
        // (A title's words first: "the Foreign Ministry said the President had called Australian Prime Minister …".)
        guard let verb = PersonFinder.firstWordAfterName(at: offset, in: characters, skipping: ["the", "le", "la", "l"]) else { return false }
        let word = fold(verb)
        // ("Al Jazeera TV said John Kerry began his Cairo stop with a meeting with …": irregular pasts too.)
        return PersonFinder.englishVerbsAfterSubject.contains(word) || word.count > 4 && word.hasSuffix("ed")
    }

    /// Whether the person is named after a comma, by name and title only, and then only a verb of saying and a few words
    /// end the sentence ("…, spokesman Cheon Ho-seon told reporters.", "…, a déclaré M. Peskov" is the other order).
    static func closesWithAttribution(_ person: PersonMention, in characters: [Character]) -> Bool {
        guard person.offset > 0, let comma = characters[max(0, person.offset - 48)..<person.offset].lastIndex(of: ",") else { return false }
        // (Between the comma and the name, only its title: "…, Cheong Wa Dae spokesman Cheon Ho-seon told reporters".)
        let title = PersonFinder.words(Array(characters[(comma + 1)..<person.offset])).allSatisfy { word in
            PersonFinder.isNameOrTitleWord(word.text) || ["the", "le", "la", "l", "de", "du", "des", "of", "d", "s"].contains(fold(word.text))
        }
        // (Nor the subject of a sentence that opened with what it did: "After meeting Xi in Beijing, Putin told reporters".)
        let opening = PersonFinder.words(Array(characters.prefix(16))).first.map { fold($0.text) } ?? ""
        guard title, !attributionOpenings.contains(opening) else { return false }
        let written = String(characters[person.offset...]).split(separator: " ")
        guard var verb = written.firstIndex(where: { $0.first?.isLowercase == true }), verb >= 1, verb <= 4 else { return false }
        let words = written.map { fold(String($0)).filter(\.isLetter) }
        // ("…, Prime Minister Benjamin Netanyahu's office said in a statement": a source the name owns.)
        if written[verb - 1].hasSuffix("'s") || written[verb - 1].hasSuffix("’s"), ownedSources.contains(words[verb]), verb + 1 < words.count {
            verb += 1
        }
        let length: Int
        if attributionVerbs.contains(words[verb]) {
            length = 1
        } else if ["a", "ont"].contains(words[verb]), verb + 1 < words.count, attributionParticiples.contains(words[verb + 1]) {
            length = 2
        } else {
            return false
        }
        // (Then only who was told, when or how: "told reporters", "said on Saturday", "a déclaré lundi à la presse". Not what:
        // "…, Zelenskyy said Kyiv would not negotiate" is his own clause.)
        let rest = words[(verb + length)...].filter { !$0.isEmpty }
        return rest.count <= 5 && rest.allSatisfy(Self.attributionWords.contains)
    }

    /// What a person's possessive names as the source of a closing attribution ("Netanyahu's office said"). Folded.
    static let ownedSources: Set<String> = ["office", "spokesman", "spokeswoman", "spokesperson", "aides", "aide", "ministry", "government", "team", "campaign"]

    /// The verbs of a closing attribution: English past tenses, French participles after "a"/"ont". Folded.
    static let attributionVerbs: Set<String> = ["said", "says", "told", "added", "announced", "stated", "confirmed", "declared", "noted", "explained"]
    static let attributionParticiples: Set<String> = [
        "declare", "indique", "precise", "annonce", "affirme", "ajoute", "souligne", "explique", "assure", "confirme",
    ]

    /// The first words of a sentence whose subject did something before speaking ("After meeting Xi, Putin told …"). Folded.
    static let attributionOpenings: Set<String> = ["after", "before", "following", "speaking", "while", "when", "upon", "apres", "avant", "lors", "pendant"]

    /// The words that may follow the verb of a closing attribution (folded, letters only).
    static let attributionWords: Set<String> = [
        "reporters", "journalists", "on", "late", "early", "in", "a", "an", "the", "statement", "news", "press", "conference", "briefing",
        "at", "yesterday", "today", "this", "last", "week", "night", "morning", "evening", "afternoon", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "la",
        "presse", "l", "afp", "dans", "un", "communique", "devant", "les", "journalistes", "soir", "matin",
    ]

    /// Whether the words before the reporting verb that ends near `offset` are a source owned by a possessive: "his office
    /// said", "her spokesman said", "son entourage a indiqué".
    static func ownSourceBefore(_ offset: Int, in characters: [Character]) -> Bool {
        let words = wordsBeforeReporting(offset, in: characters)
        guard let source = words.last, let owner = words.dropLast().last else { return false }
        return ["his", "her", "son", "sa", "ses"].contains(owner)
            && ["office", "spokesman", "spokeswoman", "spokesperson", "aides", "entourage", "cabinet", "porte", "parole", "services", "team", "camp"]
                .contains(source)
    }

    /// Whether the word before the reporting verb that ends near `offset` is a word of `name`: "Lopez Obrador has said he …"
    /// is López Obrador's own saying, though the name alone was not read as a mention.
    static func sourceNamed(_ name: String, before offset: Int, in characters: [Character]) -> Bool {
        guard let last = wordsBeforeReporting(offset, in: characters).last, last.count >= 3 else { return false }
        return fold(name).split(separator: " ").contains { String($0) == last }
    }

    /// The folded words before the reporting verb (and its auxiliary) that ends near `offset`: "his office" of "his office
    /// said", "lopez obrador" of "Lopez Obrador has said", "son entourage" of "son entourage a indiqué".
    private static func wordsBeforeReporting(_ offset: Int, in characters: [Character]) -> ArraySlice<String> {
        let words = fold(String(characters[max(0, offset - 60)..<max(0, min(offset, characters.count))])).split(separator: " ").map(String.init)
        let verbs: Set<String> = ["said", "says", "told", "announced", "added", "has", "had", "a", "indique", "declare", "annonce", "precise", "affirme"]
        var end = words.count
        while end > 0, verbs.contains(words[end - 1]) { end -= 1 }
        return words[..<end]
    }

    /// The offsets of the persons a sentence names as sources: the one a reporting verb introduces ("a déclaré le
    /// porte-parole … Dmitri Peskov"), and the subject of "a déclaré que" reporting someone else's event.
    /// - Parameters:
    ///   - folded: the sentence folded with a space at each end, as text; `spaced`, as characters.
    static func sources(among persons: [PersonMention], in characters: [Character], folded: String, spaced: [Character]) -> Set<Int> {
        // Nor is the person a reporting verb introduces a party to the event ("a déclaré le porte-parole … Dmitri Peskov").
        // Unless the event is theirs: "a déclaré Emmanuel Macron à l'issue de sa rencontre avec Paul Kagame".
        // Nor one named after "que" ("a ajouté que Macron a inscrit … une rencontre"): the reported clause's subject.
        var sources = Set(
            persons.filter { person in
                guard let gap = Self.gap(after: Triggers.reporting, before: person.offset, within: 70, in: spaced) else { return false }
                // ("His office said he would fly to Moscow": a pronoun of one person right after the verb is the reported
                // clause's subject, not a source, when the one who says it is that person ("Lopez Obrador has said he will
                // travel"), or a source they own ("his office", "her spokesman", "son entourage"). Not "they": "A joint
                // statement said they would meet annually"; nor someone else's saying: "Xi said he would give the invitation
                // serious consideration" is Xi, whoever the pronoun was read as, "Tokyo said he would visit Manila", "Peskov
                // said he would travel".)
                let word = String(characters[person.offset...].prefix(while: \.isLetter)).lowercased()
                if ["he", "she", "il", "elle"].contains(word), gap.split(separator: " ").allSatisfy({ ["that", "qu", "que"].contains($0) }),
                    persons.last(where: { $0.offset < person.offset }).map({ $0.name == person.name })
                        ?? (Self.ownSourceBefore(person.offset - gap.count, in: characters)
                            || Self.sourceNamed(person.name, before: person.offset - gap.count, in: characters))
                {
                    return false
                }
                // "According to Radio Pakistan, Kyrgyz President Jeenbekov had extended …": the source ended at the comma;
                // "selon le porte-parole du Kremlin, Dmitri Peskov" names it in apposition.
                let original = characters[max(0, person.offset - gap.count)..<person.offset]
                let bySource = [" according to ", " selon "].contains { phrase in
                    String(spaced[max(0, person.offset - gap.count - phrase.count)...person.offset]).contains(phrase)
                }
                if bySource, let comma = original.firstIndex(of: ","),
                    !PersonFinder.words(Array(original[..<comma])).contains(where: { PersonFinder.titleNouns.contains(Self.fold($0.text)) })
                {
                    return false
                }
                // (Only the first person after the verb: "a déclaré Macron à l'issue de sa rencontre avec Ruto".)
                // (Nor one of those an event is "between": "a annoncé vendredi l'Élysée, à l'issue d'un entretien téléphonique
                // entre Emmanuel Macron et le souverain britannique".)
                return !persons.contains { $0.offset < person.offset && $0.offset >= person.offset - gap.count }
                    && !Self.ownsEvent(after: person.offset, in: spaced)
                    && !Self.subjectOfReport(at: person.offset, in: characters)
                    && ![" entre ", " between "].contains { (" " + gap).contains($0) }
                    && ![" que ", " qu ", " that "].contains { (" " + gap).contains($0) }
                    // ("Trump said he would meet President Moon": a subject between makes the name its clause's object.)
                    && !Triggers.subjectPronouns.contains { (" " + gap + " ").contains($0) }
            }.map(\.offset))
        // "…, Kremlin spokesman Dmitry Peskov said.", "…, Cheon Ho-seon told reporters.": a name after a comma that closes
        // the sentence with its verb of saying is the report's source.
        sources.formUnion(persons.filter { closesWithAttribution($0, in: characters) }.map(\.offset))
        // "…, as outlined in a statement by Matthew Miller, a spokesperson": the statement's author, right after it. (Not one
        // past a comma: "According to a press statement by the spokesperson, Secretary Kerry will travel".)
        sources.formUnion(
            persons.filter { person in
                guard let gap = Self.gap(after: Triggers.statementBy, before: person.offset, within: 40, in: spaced) else { return false }
                return !characters[max(0, person.offset - gap.count)..<person.offset].contains(",")
                    && !persons.contains { $0.offset < person.offset && $0.offset >= person.offset - gap.count }
            }.map(\.offset))
        // "L'ambassadeur …, Mohammad Al-Sadegh, avait déclaré que Massoud Pezeshkian effectuerait une visite": the subject
        // of a report about someone else is its source.
        guard [" que ", " qu ", " that "].contains(where: folded.includes) else { return sources }
        for person in persons {
            let end = person.offset + person.name.count
            let window = String(spaced[min(spaced.count, person.offset + 1)..<min(spaced.count, person.offset + 90)])
            // (The phrases searched in one pass: with the report's day between verb and "that", they are some three hundred.)
            let verbs = Triggers.reportingThat.occurrences(in: window).map { found in
                (start: person.offset + found.offset, end: person.offset + found.offset + Triggers.reportingThat.phrases[found.phrase].count)
            }
            // (The reported clause's subject is someone named right after "que", not "il" or "elle": "a annoncé qu'il
            // s'entretiendra avec Y" is the speaker's own event.)
            // (Nor the object of an earlier verb the reporting one is joined to: "Lavrov met Wang Yi in Moscow and said that
            // Putin would travel": both met, and the report is a clause of its own.)
            guard let verb = verbs.min(by: { $0.start < $1.start }),
                !persons.contains(where: { $0.offset > end && $0.offset <= verb.start }),
                case let upper = min(spaced.count, verb.start + 2), case let between = String(spaced[min(upper, end)..<upper]),
                !between.hasSuffix(" and ") && !between.hasSuffix(" et "),
                let subject = persons.first(where: { $0.offset >= verb.end - 1 }), subject.name != person.name,
                subject.offset - verb.end <= 40,
                // ("Biden said on Monday that Macron will host him in Paris": the speaker is the object of what he reports.)
                !Self.objectPronouns.contains(where: String(spaced[min(spaced.count, verb.end - 1)..<min(spaced.count, verb.end + 90)]).contains),
                !Triggers.subjectPronouns.contains(where: {
                    String(spaced[(verb.end - 1)..<min(spaced.count, subject.offset + 1)]).contains($0)
                })
            else { continue }
            sources.insert(person.offset)
        }
        return sources
    }

    /// Object pronouns that send what is reported back to its speaker ("will host him", "le recevra"). Folded, spaced.
    static let objectPronouns = ["host", "meet", "receive", "welcome", "visit", "invite", "call"].flatMap { verb in
        [" \(verb) him ", " \(verb) her "]
    } + [" le recevra ", " la recevra ", " le recevoir ", " lui rendra visite ", " l accueillera "]
}
