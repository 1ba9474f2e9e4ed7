import EntenteModel

/// A person named or described in a sentence, with the country they represent.
public struct PersonMention: Sendable, Equatable {
    public var name: String
    public var country: String?
    public var offset: Int
    /// How the person was found: a known name, a title, a surname after an earlier mention, or a new name.
    public var source: Source
    /// The office the article gave them, when a title introduced them ("Foreign Minister Cho Tae-yul").
    public var office: Office? = nil
    /// Every offset the sentence names them at (by name, title or reference), first first.
    public var offsets: [Int] = []

    public init(name: String, country: String?, offset: Int, source: Source, office: Office? = nil) {
        self.name = name
        self.country = country
        self.offset = offset
        self.source = source
        self.office = office
    }

    public enum Source: Sendable, Equatable {
        case knownName, title, surname, newName
        /// Stood for by a plural reference ("les deux présidents", "the leaders").
        case reference
    }
}

/// Finds people: names the registry knows (any spelling), titles resolved on a date, surnames
/// and honorifics referring back to people the article has named ("M. Obama", "Secretary Blinken"),
/// titles alone referring back to whoever holds them ("the Prime Minister"), new names after a title
/// ("Foreign Minister Cho Tae-yul", "le ministre russe …, Alexandre Galouchka"), and the speaker of
/// a first-person text ("je", "nous").
public struct PersonFinder {
    /// People the article has named so far, for surnames and later references.
    public internal(set) var known: [PersonMention] = []
    /// Normalized forms of the names met, computed once each.
    let forms = NameForms()
    /// The article's language: new names in French texts are given their English spelling.
    public var language: String
    /// Who "je"/"nous" (or "I"/"we") is, in a first-person text.
    public var speaker: PersonMention?
    /// The host name of the article's address ("www.kemlu.go.id").
    public var site: String?
    /// The article's address.
    public var address: String?

    /// Whether an address is a head of government's own release ("gov.uk/government/news/pm-call-with-…", pmindia.gov.in).
    static func isPrimeMinistersPage(_ address: String?) -> Bool {
        guard let address = address?.lowercased() else { return false }
        return ["/pm-", "prime-minister", "pmindia", "pm.gc.ca", "kantei", "number10", "/pm/"].contains(where: address.includes)
    }
    /// Who "you" is: in a transcript, the one who spoke before the speaker.
    public var addressee: PersonMention?
    /// The country whose government published the text (from its address), when known.
    public var publisher: String?
    /// The francophone republic whose press published the text (from its address's country domain, as "tsa-algerie.dz"):
    /// its bare "le président de la République" is its own president, unless the article says otherwise.
    public var pressCountry: String?
    /// In an interview, "vous"/"you" (the person asked) is the speaker too.
    public var addresseeIsSpeaker = false

    public init(language: String = "en", speaker: PersonMention? = nil) {
        self.language = language
        self.speaker = speaker
    }

    /// Every name form the registry knows, longest first, folded.
    static let registryForms: [(form: String, name: String, country: String)] = {
        // (Each form with its length in characters, counted once rather than at every comparison of the sort.)
        var forms: [(form: String, name: String, country: String, length: Int)] = []
        // (A form two people share, "King Abdullah", is kept for each: the date tells them apart.)
        var seen: Set<String> = []
        for term in OfficeRegistry.terms {
            for form in [term.name] + term.aliases {
                let normalized = NameNormalizer.normalize(form)
                if seen.insert(normalized + "|" + term.name).inserted { forms.append((normalized, term.name, term.country, normalized.count)) }
                // (The French forms carry their article, "le roi Philippe"; the text may not: "aux côtés du roi Philippe".)
                for article in ["le ", "la ", "l "] where normalized.hasPrefix(article) && normalized.split(separator: " ").count >= 3 {
                    let bare = String(normalized.dropFirst(article.count))
                    if seen.insert(bare + "|" + term.name).inserted { forms.append((bare, term.name, term.country, bare.count)) }
                }
            }
        }
        return forms.sorted { $0.length > $1.length }.map { ($0.form, $0.name, $0.country) }
    }()

    /// Words of international bodies' titles, folded: someone they introduce speaks for the body.
    static let internationalBodies: [String] = [
        "nato", "otan", "un", "onu", "united nations", "nations unies", "secretary general", "secretaire general", "iaea", "aiea", "imf",
        "fmi", "world bank", "banque mondiale", "wto", "omc", "osce", "african union", "union africaine",
    ]

    /// The registry's forms by their last folded word (a surname, mostly), longest first, for "President Museveni".
    static let registryFormsBySurname: [String: [(form: String, name: String, country: String)]] = {
        var index: [String: [(form: String, name: String, country: String)]] = [:]
        for entry in registryForms {
            guard let last = entry.form.split(separator: " ").last, entry.form.contains(" ") else { continue }
            index[String(last), default: []].append(entry)
        }
        return index
    }()

    /// The registry's forms indexed by their first folded word, so a sentence is scanned once.
    static let formsByFirstWord: [String: [(words: [Substring], name: String, country: String)]] = {
        var index: [String: [(words: [Substring], name: String, country: String)]] = [:]
        for (form, name, country) in registryForms {
            let words = form.split(separator: " ")
            guard let first = words.first else { continue }
            index[String(first), default: []].append((words, name, country))
        }
        // "Kishida Fumio", "Abe Shinzo": a Japanese name in its own order, as Japan's and Asia's press writes it.
        var seen: Set<String> = []
        for term in OfficeRegistry.terms where term.country == "JP" && seen.insert(term.name).inserted {
            let words = NameNormalizer.normalize(term.name).split(separator: " ")
            guard words.count == 2 else { continue }
            index[String(words[1]), default: []].append(([words[1], words[0]], term.name, term.country))
        }
        return index
    }()

    /// Where the house begins in a royal's name of the form "X bin Y Al Z" ("Abdullah bin Zayed Al Nahyan": 3), so that
    /// "X bin Y" alone, as written, names him; nil for other names.
    static func houseStart(of words: [Substring]) -> Int? {
        guard words.count >= 5, ["bin", "ben"].contains(words[1]), words[3] == "al" else { return nil }
        return 3
    }

    /// Whether the sentence's words at `position` name the royal `form` without his house, as written: his name up to the
    /// house, then the name's end (punctuation, or a lower-case word that is no particle), or his forebears on to the same
    /// house ("Tamim bin Hamad bin Khalifa Al Thani"); not "Prince Mohammed bin Abdulrahman bin Abdulaziz", another man.
    static func namedWithoutHouse(
        _ form: [Substring], house: Int, at position: Int, words: [DateResolver.Token], in characters: [Character]
    ) -> Bool {
        guard position + house <= words.count,
            words[position..<(position + house)].map({ Substring($0.word) }) == Array(form.prefix(house))
        else { return false }
        guard position + house < words.count else { return true }
        let next = words[position + house]
        if characters[words[position + house - 1].end..<next.start].contains(where: { $0 != " " }) { return true }
        if characters[next.start].isUppercase == false && !["bin", "ben", "al"].contains(next.word) { return true }
        let forebears = words[(position + house)..<min(words.count, position + house + 6)].map(\.word).joined(separator: " ")
        return ["bin", "ben"].contains(next.word) && forebears.contains(form[house...].joined(separator: " "))
    }

    static let honorifics: Set<String> = [
        "m", "mme", "madame", "monsieur", "mr", "mrs", "ms", "president", "secretary", "minister", "chancellor", "premier", "sir",
        "ministre", "chancelier", "chanceliere", "dr", "director", "directeur", "directrice", "commissioner", "commissaire", "ambassador",
        "ambassadeur", "ambassadrice", "envoy", "governor", "king", "queen", "emir", "prince", "sheikh", "roi", "reine", "gouverneur",
        "sultan", "sayyid",
        "altesse", "majeste", "excellence", "highness", "majesty", "excellency", "altesses", "majestes", "highnesses", "majesties",
        "marechal", "marshal", "hon", "rt", "honourable",
        "honorable", "dato", "datuk", "datin", "tun", "seri", "chairman", "chairwoman", "speaker", "councilor", "councillor", "senator",
        // ("National Security Adviser Jake Sullivan".)
        "adviser", "advisor",
        // ("Son Altesse Royale Cheikh Sabah …"; not "royal", Ségolène Royal's name.)
        "royale",
        // (Maître, a lawyer's style in French: "Me Sidiki Kaba". Only so written: "me", lower-case, is a pronoun.)
        "me",
        // ("le garde des Sceaux Gérald Darmanin", France's justice minister.)
        "sceaux",
    ]

    /// Abbreviated titles before a surname ("PM Modi", "FM Qureshi"): honorifics in capitals only, before someone known;
    /// and titles of their own in capitals ("the Georgian PM", `TitleResolver`).
    static let abbreviatedTitles: Set<String> = ["pm", "fm"]

    /// What a pronoun standing for an event, not a person, does ("elle a eu lieu à …", "it took place in …"). Folded.
    static let eventPredicates: [String] = [
        "a eu lieu", "aura lieu", "avait eu lieu", "s est tenue", "s est tenu", "se tiendra", "se deroulera", "s est deroulee",
        "s est deroule", "took place", "will take place", "was held", "will be held",
    ]

    /// Lower-case words inside names ("Mohammed bin Salman", "Ursula von der Leyen").
    static let nameParticles: Set<String> = ["bin", "ibn", "bint", "ben", "von", "van", "der", "den", "dos", "da"]

    /// Honorifics that some people carry as part of their name ("Sheikh Hasina").
    static let namePartHonorifics: Set<String> = ["sheikh", "cheikh"]

    /// Royal titles, which go with a first name ("Prince Mohammed", "Emir Tamim", "Sultan Haitham", Oman's "Sayyid Badr"). Folded.
    static let firstNameTitles: Set<String> = [
        "prince", "princess", "princesse", "king", "queen", "roi", "reine", "emir", "amir", "sultan", "sayyid",
    ]

    /// Capitalised words that continue a title rather than start a name ("Director General Rafael Grossi",
    /// "Secretary of Foreign Affairs Enrique Manalo").
    static let titleWords: Set<String> = [
        "general", "spokesperson", "spokesman", "spokeswoman", "foreign", "affairs", "state", "minister", "secretary", "prime", "deputy",
        "vice", "defence", "defense", "finance", "homeland",
        "trade", "interior", "home", "chief", "executive", "high", "representative", "special", "senior", "crown", "national", "security",
        "adviser", "advisor", "commerce", "treasury", "economy", "energy", "first", "grand", "supreme", "leader", "human", "rights",
        "civilian", "democracy", "political", "economic", "development", "cooperation", "relations", "european", "external", "internal",
        "justice", "health", "education", "culture", "environment", "labour", "labor", "agriculture", "transport", "arms", "control",
        "international", "public", "diplomacy", "management", "resources", "republic", "united", "nations", "union", "worship",
        // French, capitalised in titles ("le Ministre des Affaires Étrangères du Tchad, M. …").
        "affaires", "etrangeres", "exterieures", "integration", "diaspora",
    ]

    /// Whether a word is such a title, after a hyphen too ("le vice-ministre russe de la Défense, Iounous-Bek Ievkourov,").
    static func isAppositionTitle(_ word: String) -> Bool {
        let folded = fold(word)
        if appositionTitles.contains(folded) { return true }
        guard folded.contains("-"), let last = folded.split(separator: "-").last else { return false }
        return appositionTitles.contains(String(last))
    }

    /// Title words that introduce a person named in apposition: "le ministre russe …, Alexandre Galouchka,".
    static let appositionTitles: Set<String> = [
        "ministre", "president", "presidente", "secretaire", "directeur", "directrice", "commissaire", "ambassadeur", "ambassadrice",
        "porte", "minister", "secretary", "director", "commissioner", "ambassador", "envoy", "spokesperson", "spokesman", "chairman",
    ]

    /// First-person subject pronouns, folded.
    static let firstPerson: Set<String> = ["je", "j", "nous", "i", "we"]

    /// Monarchies whose head of state is styled emir.
    static let emirates: Set<String> = ["QA", "KW"]

    /// Titles of a monarch, folded.
    static let monarchTitles: Set<String> = ["roi", "king", "souverain", "souveraine", "emir", "monarque", "monarch"]

    /// Regnal numbers, folded ("Abdullah II", "Charles III").
    static let regnalNumbers: Set<String> = ["ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xvi"]

    /// Queens who reigned in the registry's years (public fact): "the Queen" is one of them, never a consort.
    static let queensRegnant: Set<String> = ["Elizabeth II", "Beatrix of the Netherlands", "Margrethe II"]

    /// Countries whose head of state is a monarch (public fact; the Commonwealth realms other than the United Kingdom
    /// aside, whose king the press calls the British one).
    static let monarchies: Set<String> = [
        "GB", "ES", "BE", "NL", "LU", "MC", "LI", "AD", "DK", "NO", "SE", "MA", "SA", "JO", "BH", "KW", "QA", "AE", "OM", "BN",
        "MY", "TH", "KH", "JP", "BT", "SZ", "LS", "TO", "VA",
    ]

    /// Words of address before a title ("Monsieur le Président", "Madam Prime Minister").
    static let vocatives: Set<String> = ["monsieur", "madame", "mr", "mrs", "madam", "mister", "excellence", "excellency"]

    /// Whether the pronoun at `index` is impersonal: "il y a", "il faut", "il s'agit" stand for no one.
    static func isImpersonal(_ tokens: [(text: String, start: Int)], at index: Int) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let next = fold(tokens[index + 1].text)
        return ["y", "faut", "semble", "reste", "existe", "agit"].contains(next)
            || next == "s" && index + 2 < tokens.count && fold(tokens[index + 2].text) == "agit"
    }

    /// Third-person singular subject pronouns: they stand for the last sentence's subject.
    static let thirdPerson: Set<String> = ["il", "elle", "he", "she"]

    /// Possessives that, opening a sentence, stand for the last sentence's subject ("His first foreign trip …", "Sa visite …").
    static let openingPossessives: Set<String> = ["his", "her", "son", "sa"]

    /// The trips an opening possessive may own for the last subject ("His first foreign trip", "Sa tournée"). Folded.
    static let possessedTrips = Set(Triggers.tripWords + ["journey", "arrival", "stay", "arrivee"])

    /// What a possessive introduces when it is part of a title ("His Majesty", "Sa Sainteté"). Folded.
    static let possessedHonorifics: Set<String> = [
        "majesty", "excellency", "highness", "holiness", "royal", "majeste", "excellence", "altesse", "saintete", "eminence",
    ]

    /// The person the last sentence was about (the first it named), for "il"/"he".
    public var subject: PersonMention?
    /// Whether the sentence that gave ``subject`` named no one else: an opening possessive is theirs only then ("Macron
    /// was the first to meet Meloni … Her first trip abroad" is Meloni's).
    var subjectAlone = false
    /// Everyone who has been a sentence's subject: a bare title goes to one of them before someone only named beside them.
    var subjects: Set<String> = []
    /// How many sentences each of them opened as subject: a bare title goes to the one the article is most about.
    var subjectCounts: [String: Int] = [:]
    /// Titles the article gave someone that name no office the registry resolves ("Acting Assistant Secretary"), folded,
    /// with the person: alone after "the" later on, the title is theirs.
    var titled: [String: PersonMention] = [:]
    /// The country whose head of state the article named as "le président de la République, M. X": its bare "président
    /// de la République" is theirs, as on their own government's site.
    var republicsCountry: String?
    /// Set when "il"/"elle" stands for an event rather than a person ("Cette visite … Elle se déroulera").
    public var pronounsReferToEvent = false

    /// The people in `sentence`, in order, once each.
    public mutating func people(in sentence: String, on date: PartialDate) -> [PersonMention] {
        people(in: sentence, characters: Array(sentence), on: date)
    }

    /// The same, with the sentence's characters already made.
    mutating func people(in sentence: String, characters: [Character], on date: PartialDate) -> [PersonMention] {
        let characters = Self.withoutStyles(characters) ?? characters
        return people(in: sentence, characters: characters, words: Self.words(characters), tokens: DateResolver.tokenize(characters), on: date)
    }

    /// Honorific styles whose words are each someone's name elsewhere ("Sena", "Moha"): blanked as a whole, so the name
    /// they precede stands alone ("Samdech Akka Moha Sena Padei Techo Hun Sèn" is Hun Sen). Offsets are kept.
    static let styles: [[Character]] = ["Samdech Akka Moha Sena Padei Techo", "Akka Moha Sena Padei Techo", "Samdech Techo"].map(Array.init)

    static func withoutStyles(_ characters: [Character]) -> [Character]? {
        var result = characters
        var changed = false
        for style in styles where style.count <= result.count {
            var index = 0
            while index + style.count <= result.count {
                if result[index] == style[0], Array(result[index..<(index + style.count)]) == style {
                    for position in index..<(index + style.count) { result[position] = " " }
                    changed = true
                    index += style.count
                } else {
                    index += 1
                }
            }
        }
        return changed ? result : nil
    }

    /// The same, with the sentence's words (as names are written) and tokens (as dates and titles are read) already made.
    mutating func people(
        in sentence: String, characters: [Character], words tokens: [(text: String, start: Int)], tokens titleTokens: [DateResolver.Token],
        on date: PartialDate
    ) -> [PersonMention] {
        var found: [PersonMention] = []
        // Known names, matched on word boundaries in the folded sentence.
        // (The tokens are the sentence's letters and digits, folded: the words of NameNormalizer.normalize(sentence).)
        let wordTokens = titleTokens.filter { $0.word != "-" }
        let sentenceWords = wordTokens.map { Substring($0.word) }
        // The sentence's words, normalized once, for placing the names found in it.
        let normalizedWords = tokens.map { (text: forms[$0.text], start: $0.start) }
        let folded = " " + sentenceWords.joined(separator: " ") + " "
        let knownSpans = knownNames(
            wordTokens: wordTokens, sentenceWords: sentenceWords, folded: folded, normalizedWords: normalizedWords,
            characters: characters, on: date, found: &found)
        // Titles resolved on the date: "le chef de la diplomatie russe", "the President of the United States".
        titleHolders(characters: characters, words: tokens, tokens: titleTokens, on: date, found: &found)
        // A title alone refers back to the person the article gave it, or who holds it ("the Prime Minister").
        bareTitleReferences(characters: characters, titleTokens: titleTokens, on: date, known: known, found: &found)
        // The speaker, the addressee, a title the article gave someone, and "il"/"elle" for the last sentence's subject.
        pronounReferences(characters: characters, words: tokens, folded: folded, normalizedWords: normalizedWords, found: &found)
        // A new name in apposition after a title: "le ministre russe chargé de …, Alexandre Galouchka,".
        for apposition in appositions(tokens, in: characters, on: date) where !found.contains(where: { $0.name == apposition.name }) {
            Self.adding(apposition, to: &found)
        }
        // Honorific + surname, or honorific + a new full name.
        honorificNames(tokens: tokens, characters: characters, on: date, known: known, knownSpans: knownSpans, found: &found)
        // A surname alone, of someone the article named in full before ("Kerry arrived at …", "Xi said").
        let bySurname = surnameReferences(characters: characters, words: tokens, knownSpans: knownSpans, on: date, found: &found)
        pluralTitleHolders(characters: characters, tokens: titleTokens, on: date, found: &found)
        // Two surnames joined by a dash are both people: "the Xi-Obama summit", "le sommet Trump–Kim".
        for pair in Self.dashedPairs(tokens, in: characters) {
            let people = pair.map { part in personBySurname(part.text, index: bySurname) }
            guard people.count == 2, let first = people[0], let second = people[1], first.name != second.name else { continue }
            for (person, part) in zip([first, second], pair) where !found.contains(where: { $0.name == person.name }) {
                Self.adding(PersonMention(name: person.name, country: person.country, offset: part.start, source: .surname), to: &found)
            }
        }
        // Last, a name nothing introduced.
        newNames(characters: characters, words: tokens, knownSpans: knownSpans, on: date, found: &found)
        // ("l'aéroport international Président Modibo Keïta-Sénou", "Jomo Kenyatta International Airport": a place's name, after
        // someone no longer in office; not "a accueilli à l'aéroport Emmanuel Macron", "Sur place Emmanuel Macron …".)
        found.removeAll { mention in
            OfficeRegistry.offices(of: mention.name, on: date).isEmpty && mention.office == nil
                && Self.namesBuilding(at: mention.offset, tokens: wordTokens, characters: characters)
        }
        settle(&found, characters: characters, on: date)
        followSubject(of: found, characters: characters)
        return found
    }

    /// A title alone refers back to the person the article gave it, or who holds it ("the Prime Minister"): the people
    /// such titles name, added to `found`.
    private mutating func bareTitleReferences(
        characters: [Character], titleTokens: [DateResolver.Token], on date: PartialDate, known: [PersonMention],
        found: inout [PersonMention]
    ) {
        func add(_ mention: PersonMention) { Self.adding(mention, to: &found) }
        for bare in TitleResolver.bareTitles(in: characters, tokens: titleTokens)
        where !found.contains(where: { $0.offset >= bare.offset && $0.offset <= bare.offset + 4 }) {
            // "the Foreign Secretary" is the British one's style, "the Secretary" the American's, in those governments' releases
            // or once their holder is named (India's and Pakistan's "Foreign Secretary" is a civil servant; "the Secretary-General"
            // is the UN's).
            // ("In this tour, the Iranian minister is scheduled to visit Lebanon": the Iranian the article named as a minister, and
            // no one else.)
            if let country = bare.country {
                if let person = known.reversed().first(where: { $0.country == country && holds($0, bare.office, on: date) }) {
                    add(PersonMention(name: person.name, country: person.country, offset: bare.offset, source: .title, office: bare.office))
                }
                continue
            }
            let styled = fold(String(characters[bare.offset...].prefix(26))).split(separator: " ").prefix(3).map(String.init)
            var country: String? = styled.starts(with: ["the", "foreign", "secretary"]) ? "GB"
                : styled.starts(with: ["the", "secretary"]) && !["general", "of"].contains(styled.count > 2 ? styled[2] : "") ? "US" : nil
            if let styledCountry = country, publisher != styledCountry,
                !known.contains(where: { $0.country == styledCountry && holds($0, bare.office, on: date) })
            {
                country = nil
            }
            // "Merci, Monsieur le Premier ministre": a title addressed is the host's, someone the text has named, never the
            // publisher's own (a speech abroad on a French site addresses Papua New Guinea's Prime Minister).
            let addressed = Self.vocatives.contains(fold(String(characters[max(0, bare.offset - 10)..<bare.offset])).split(separator: " ").last.map(String.init) ?? "")
            // "Sa Majesté le Roi", "le Souverain", "the Emir": a monarch, never a president the article named since.
            let titleWords = fold(String(characters[bare.offset...].prefix(16))).split(whereSeparator: { !$0.isLetter }).prefix(2)
            let monarch = titleWords.contains { Self.monarchTitles.contains(String($0)) }
            // "welcomed by the Queen at Buckingham Palace": a queen who reigns on the date (the one the text named, else
            // Elizabeth II, to 8 September 2022); a queen consort is no head of state.
            if titleWords.contains(where: { $0 == "queen" || $0 == "reine" }) {
                let reigning = known.first { Self.queensRegnant.contains($0.name) && holds($0, .headOfState, on: date) }
                    .map { (name: $0.name, country: $0.country) }
                    ?? OfficeRegistry.holder(of: .headOfState, country: "GB", on: date).flatMap {
                        Self.queensRegnant.contains($0.name) ? (name: $0.name, country: Optional($0.country)) : nil
                    }
                if let reigning {
                    add(PersonMention(name: reigning.name, country: reigning.country, offset: bare.offset, source: .title, office: .headOfState))
                }
                continue
            }
            if monarch {
                // (The publisher's own, in its releases: gov.uk's "the King" after King Abdullah II is Charles III; else the
                // first monarch the text named, its subject: "Le roi Mohammed VI a adressé un message au roi Charles III. Le Roi
                // a reçu …".)
                if let publisher, Self.monarchies.contains(publisher), let holder = OfficeRegistry.holder(of: .headOfState, country: publisher, on: date) {
                    add(PersonMention(name: holder.name, country: holder.country, offset: bare.offset, source: .title, office: bare.office))
                } else if let person = known.first(where: { person in
                    // ("the Emir" is Qatar's or Kuwait's, not the UAE's president named before: "he met Sheikh Tamim, the Emir".)
                    holds(person, bare.office, on: date)
                        && person.country.map { titleWords.contains("emir") ? Self.emirates.contains($0) : Self.monarchies.contains($0) } == true
                }) {
                    add(PersonMention(name: person.name, country: person.country, offset: bare.offset, source: .title, office: bare.office))
                }
                continue
            }
            if addressed {
                // (In an interview, "Monsieur le Président" is the one interviewed.)
                if addresseeIsSpeaker, let speaker, holds(speaker, bare.office, on: date) {
                    add(PersonMention(name: speaker.name, country: speaker.country, offset: bare.offset, source: .title, office: bare.office))
                } else if let person = known.reversed().first(where: { holds($0, bare.office, on: date) && $0.country != publisher }) {
                    add(PersonMention(name: person.name, country: person.country, offset: bare.offset, source: .title, office: bare.office))
                }
                continue
            }
            // "Prime Minister Modi had invited the Prime Minister", in a release of 10 Downing Street: a government's own
            // Prime Minister is the one its releases leave unnamed, in the Prime Minister's own releases (by their address)
            // or once the text has named them; a Foreign Secretary's trip report's "the Prime Minister" is the host's.
            if country == nil, bare.office == .headOfGovernment, let publisher, OfficeRegistry.governmentLeads.contains(publisher),
                let own = OfficeRegistry.holder(of: .headOfGovernment, country: publisher, on: date),
                Self.isPrimeMinistersPage(address) || known.contains(where: { $0.name == own.name && $0.source != .title }),
                OfficeRegistry.holder(of: .headOfState, country: publisher, on: date)?.name != own.name
            {
                add(PersonMention(name: own.name, country: own.country, offset: bare.offset, source: .title, office: bare.office))
                continue
            }
            // "During the meeting, the President conveyed Indonesia's concern", on Indonesia's foreign ministry's site, once
            // President Joko Widodo is named: the site's own President. (Not on the State Department's, which speaks for
            // the Secretary: there "the President" after "President Ruto" is Ruto.)
            if country == nil, bare.office == .headOfState, let publisher, !(site?.hasSuffix("state.gov") ?? false),
                let own = known.first(where: { $0.country == publisher && holds($0, .headOfState, on: date) }),
                // (Not when the sentence names them: "the President hosted President Joko Widodo" is another.)
                !found.contains(where: { $0.name == own.name })
            {
                add(PersonMention(name: own.name, country: own.country, offset: bare.offset, source: .title, office: bare.office))
                continue
            }
            // ("s'est rendu à Riyad, où il a rencontré le prince héritier": a crown prince named by his title alone, in a sentence
            // whose cities are of one country, is that country's.)
            if country == nil, bare.office == .crownPrince,
                case let countries = Set(PlaceFinder.mentions(in: characters).filter { $0.kind == .city }.map(\.country)), countries.count == 1,
                let placed = countries.first,
                let holder = known.reversed().first(where: { $0.country == placed && holds($0, .crownPrince, on: date) }).map({ (name: $0.name, country: $0.country) })
                    ?? OfficeRegistry.holder(of: .crownPrince, country: placed, on: date).map({ (name: $0.name, country: Optional($0.country)) })
            {
                add(PersonMention(name: holder.name, country: holder.country, offset: bare.offset, source: .title, office: bare.office))
                continue
            }
            // ("Jean-Marc Ayrault coprésidera, avec son homologue irakien, M. Ibrahim al-Jaafari, … Le ministre s'est rendu …": the
            // one the article was about, not the one named beside him.)
            // (Nor a monarch, for "the president": "the Queen" holds the British head of state's office too.)
            let presidential = titleWords.contains { $0 == "president" || $0 == "presidente" }
            // ("le chef de l'État", after "le président du Conseil européen, Charles Michel": a state's, not a union's.)
            let ofState = fold(String(characters[bare.offset...].prefix(22))).split(whereSeparator: { !$0.isLetter }).prefix(5).contains("etat")
            let holders = known.reversed().filter { person in
                holds(person, bare.office, on: date) && (country == nil || person.country == country)
                    && !(presidential && person.country.map(Self.monarchies.contains) == true)
                    && !(ofState && (person.country == nil || person.country == "EU"))
            }
            // (Not one this sentence names: "the President hosted President Joko Widodo".)
            // (Of several, the one the article is most about: "le chef de l'État" in a story of Macron's tour, after the host
            // was named as a subject once.)
            let subjectHolders = holders.filter { holder in subjects.contains(holder.name) && !found.contains { $0.name == holder.name } }
            let most = subjectHolders.map { subjectCounts[$0.name] ?? 0 }.max()
            if let person = subjectHolders.first(where: { subjectCounts[$0.name] ?? 0 == most }) ?? holders.first {
                add(PersonMention(name: person.name, country: person.country, offset: bare.offset, source: .title, office: bare.office))
            } else if let country, let holder = OfficeRegistry.holder(of: bare.office, country: country, on: date) {
                add(PersonMention(name: holder.name, country: holder.country, offset: bare.offset, source: .title, office: bare.office))
            } else if let publisher, let holder = OfficeRegistry.holder(of: bare.office, country: publisher, on: date) {
                // "The Prime Minister met President Biden", in a release of the Prime Minister's own office.
                add(PersonMention(name: holder.name, country: holder.country, offset: bare.offset, source: .title, office: bare.office))
            }
        }
    }

    /// Honorific + surname, or honorific + a new full name ("M. Obama", "Secretary Blinken", "PM Modi", "Mme Ngozi
    /// Okonjo-Iweala"): the people they name, added to `found`.
    private mutating func honorificNames(
        tokens: [(text: String, start: Int)], characters: [Character], on date: PartialDate, known: [PersonMention],
        knownSpans: [Range<Int>], found: inout [PersonMention]
    ) {
        func add(_ mention: PersonMention) { Self.adding(mention, to: &found) }
        for (index, token) in tokens.enumerated() where Self.honorifics.contains(fold(token.text)) || Self.abbreviatedTitles.contains(fold(token.text)) {
            // "M." is Monsieur; a bare "M" is a letter of something else ("M23").
            if token.text == "M", token.start + 1 >= characters.count || characters[token.start + 1] != "." { continue }
            if fold(token.text) == "me", token.text != "Me" { continue }
            // (In English, "M." before another initial is one: "Prime Minister M. E. Fradkov".)
            if token.text == "M", language == "en", index + 1 < tokens.count, tokens[index + 1].text.count == 1,
                tokens[index + 1].text.first?.isUppercase == true
            {
                continue
            }
            // "PM Modi", "FM Qureshi": the abbreviations in capitals before a surname known, never a time ("At 10 PM Moscow
            // Time") nor a new name.
            if Self.abbreviatedTitles.contains(token.text.lowercased()) {
                guard token.text.allSatisfy(\.isUppercase), index + 1 < tokens.count,
                    index == 0 || tokens[index - 1].text.last?.isNumber != true,
                    case let surname = forms[tokens[index + 1].text],
                    Self.registrySurnames[surname] != nil
                        || (found + known).contains(where: { Self.hasSurname(surname, form: forms[$0.name], country: $0.country) })
                else { continue }
            }
            var names: [(text: String, start: Int)] = []
            var cursor = index + 1
            // The rest of the title, then the name: the last run of capitalised words before a lower-case word,
            // less the title's own words ("Secretary of State for Civilian Security, Democracy, and Human Rights
            // Uzra Zeya will" → Uzra Zeya; "Minister of Foreign and European Affairs Rastislav Káčer in" → Rastislav Káčer).
            var segment: [(text: String, start: Int)] = []
            var firstSegment: [(text: String, start: Int)]?
            var segments: [[(text: String, start: Int)]] = []
            while cursor < tokens.count, cursor - index <= 14 {
                let text = tokens[cursor].text
                // A comma after a name ends it ("Deputy Prime Minister Yuri Borisov, Presidential Aide …"); one inside
                // a title does not ("Secretary of State for Civilian Security, Democracy, and Human Rights Uzra Zeya").
                let previousEnd = tokens[cursor - 1].start + tokens[cursor - 1].text.count
                if cursor > index + 1, segment.contains(where: { !Self.titleWords.contains(fold($0.text)) }),
                    characters[previousEnd..<tokens[cursor].start].contains(","), !["jr", "sr"].contains(fold(text))
                {
                    break
                }
                // "Prime Minister of Israel H.E. Mr. Benjamin Netanyahu": "His Excellency" is no name.
                if text == "H", cursor + 1 < tokens.count, tokens[cursor + 1].text == "E", tokens[cursor + 1].start == tokens[cursor].start + 2 {
                    if !segment.isEmpty {
                        names = segment
                        firstSegment = firstSegment ?? segment
                        segments.append(segment)
                    }
                    segment = []
                    cursor += 2
                    continue
                }
                if ["of", "for", "and", "the"].contains(text) {
                    if segment.count > 0 {
                        names = segment
                        firstSegment = firstSegment ?? segment
                        segments.append(segment)
                    }
                    segment = []
                } else if Self.honorifics.contains(fold(text)) {
                    // The next person's title begins ("…, and Ukrainian Foreign Minister Dmytro Kuleba"): the run before it is theirs too.
                    if names.isEmpty { names = segment }
                    segment = []
                    break
                } else if text.first?.isUppercase == true, DateResolver.months[fold(text)] == nil, !Self.clauseWords.contains(fold(text)) {
                    segment.append((text, tokens[cursor].start))
                } else if !segment.isEmpty, Self.nameParticles.contains(text), cursor + 1 < tokens.count,
                    tokens[cursor + 1].text.first?.isUppercase == true
                {
                    // "M. Waleed bin Abdulkarim El-Khereiji", "Ursula von der Leyen": a particle inside a name.
                    segment.append((text, tokens[cursor].start))
                } else if segment.isEmpty, names.isEmpty, Self.frenchTitleTail(text) {
                    // French puts the country and the rest of the title after the title word: "le Premier ministre
                    // papouasien Peter O'Neill", "le gouverneur général de la Papouasie-Nouvelle-Guinée Bob Dadae".
                } else {
                    break
                }
                cursor += 1
            }
            if !segment.isEmpty {
                names = segment
                segments.append(segment)
            }
            // "President Luis Lacalle Pou of the Oriental Republic of Uruguay": the runs after the name that are only a
            // state's style and name are not it; the name is the last run with a word of its own.
            if !Self.isNameLike(names), let named = segments.last(where: Self.isNameLike) { names = named }
            // "President Biden of the United States": the name is right after the title when it names someone known.
            if let firstSegment, let surname = firstSegment.last.map({ NameNormalizer.normalize($0.text) }),
                (found + known).contains(where: { forms[$0.name].hasSuffix(" " + surname) })
                    || Self.registryFormsBySurname[surname] != nil
            {
                names = firstSegment
            }
            // The title's own words before the name go ("Defense Lloyd J. Austin III"), and so does a country of two or
            // three words ("Prime Minister of Sri Lanka Mahinda Rajapaksa").
            // ("Assistant Secretary of State for African Affairs Donald Yamamoto": the portfolio's words too.)
            // ("Acting Assistant Secretary Yamamoto Travel to Somalia": a headline's verb ends the name.)
            if let verb = names.firstIndex(where: { Self.headlineVerbs.contains(fold($0.text)) }), verb > 0 { names = Array(names[..<verb]) }
            while let first = names.first, names.count > 1 {
                if Self.titleWords.contains(fold(first.text)) || Self.legislatures.contains(fold(first.text))
                    || Gazetteer.lookup(first.text).map({ $0.kind != .city }) == true
                {
                    names.removeFirst()
                } else if names.count > 2, ["affairs", "affaires"].contains(fold(names[1].text)) {
                    names.removeFirst(2)
                } else if let length = (2...3).first(where: { length in
                    names.count > length && Gazetteer.lookup(names.prefix(length).map(\.text).joined(separator: " ")).map { $0.kind == .country } == true
                }) {
                    names.removeFirst(length)
                } else {
                    break
                }
            }
            // ("minister for North America, Carlos Ron": a portfolio's region or body is no name. "Senator Allen West" is one.)
            if Self.isPortfolio(names.map(\.text)) { names = [] }
            // A lone word that is a title or a place is no name, unless it is the surname of someone named before ("Secretary Austin").
            if names.count == 1, Self.titleWords.contains(fold(names[0].text)) || Gazetteer.lookup(names[0].text) != nil,
                !(found + known).contains(where: { Self.hasSurname(forms[names[0].text], form: forms[$0.name], country: $0.country) })
            {
                names = []
            }
            // Ordinals and middle initials are not part of the name as the registry writes it ("Lloyd J. Austin III"
            // is Lloyd Austin); "Jr." is ("Ferdinand Marcos Jr.").
            while let last = names.last, names.count > 2, ["ii", "iii", "iv"].contains(fold(last.text)) { names.removeLast() }
            if names.count >= 3, names[1].text.count == 1 { names.remove(at: 1) }
            let core = names.last.map { ["jr", "sr"].contains(fold($0.text)) } == true && names.count > 2 ? Array(names.dropLast()) : names
            names = Array(names.prefix(4))
            // "Slovak Minister …", "Ukrainian Foreign Minister …", "Japan's Minister …": the country before the title.
            var back = index - 1
            while back >= 0, Self.titleWords.contains(fold(tokens[back].text)) || tokens[back].text == "s" { back -= 1 }
            // (Joined to the title: "BEIJING -- Vice President Dick Cheney" is a dateline's city, not his country.)
            let joined = back >= 0 && !characters[(tokens[back].start + tokens[back].text.count)..<tokens[back + 1].start].contains {
                "-—–:()\n".contains($0)
            }
            var titleCountry = back >= 0 && joined
                ? Gazetteer.lookup(tokens[back].text).flatMap { $0.kind == .adjective || $0.kind == .country ? $0.country : nil } : nil
            // "Japan's Minister … Motegi and Minister of Defense Nobuo Kishi": one country for the pair.
            // (Not when the name is followed by its own: "… and President John Okello of Uganda".)
            let ownCountryFollows = names.last.flatMap { last in tokens.firstIndex { $0.start > last.start } }.map {
                ["of", "de", "du"].contains(tokens[$0].text)
            } == true
            if titleCountry == nil, !ownCountryFollows, index > 0, ["and", "et"].contains(tokens[index - 1].text),
                let previous = found.filter({ $0.offset < token.start }).max(by: { $0.offset < $1.offset })?.country
            {
                titleCountry = previous
            }
            // A secretary named without a country in a government's own release is one of its own.
            // ("NATO Secretary General …" is no government's.)
            if titleCountry == nil, ["secretary", "secretaire"].contains(fold(token.text)),
                index == 0 || tokens[index - 1].text.first?.isUppercase != true || ["The", "Le", "La"].contains(tokens[index - 1].text)
            {
                titleCountry = publisher
            }
            // (Nor a run a known name begins inside: "Son Altesse Royale Cheikh Sabah Al Ahmad Al Jaber Al Sabah" is the emir.)
            guard let firstName = names.first, !names.contains(where: { name in knownSpans.contains { $0.contains(name.start) } }) else { continue }
            // ("State Councilor Wang and I agreed …": a lone letter is no surname, and "I" is the speaker.)
            if names.count == 1, firstName.text.count < 2 { continue }
            if names.count == 1 {
                // ("Prime Minister O'Neill": the name's last word, as the registry's forms end.)
                let surname = surnameForm(of: firstName.text)
                if let person = (found + known).first(where: { Self.hasSurname(surname, form: forms[$0.name], country: $0.country) })
                    // ("M. Mirzioïev" after "Chavkat Mirzioïev", found as Shavkat Mirziyoyev: the surname as it sounds.)
                    ?? (found + known).first(where: { Self.soundsLikeSurname(surname, of: forms[$0.name], country: $0.country) })
                {
                    add(PersonMention(name: person.name, country: person.country, offset: firstName.start, source: .surname))
                } else if Self.namePartHonorifics.contains(fold(token.text)) || Self.firstNameTitles.contains(fold(token.text)),
                    let person = (found + known).first(where: { forms[$0.name].hasPrefix(surname + " ") })
                {
                    // "Sheikh Mohamed, then Abu Dhabi's crown prince": a sheikh is called by his first name, and so are royals
                    // ("Prince Mohammed" after "Mohammed bin Salman", "Emir Tamim", "King Abdullah").
                    add(PersonMention(name: person.name, country: person.country, offset: firstName.start, source: .surname))
                } else if case let given = known.filter({ $0.country.map(Self.givenNameAfter.contains) == true && forms[$0.name].hasPrefix(surname + " ") }),
                    given.count == 1, let person = given.first, !found.contains(where: { $0.name == person.name }), !ownCountryFollows,
                    titleCountry == nil || titleCountry == person.country
                {
                    // ("President Hassan" after "Hassan Sheikh Mohamud": where the news names people by their given name. Not
                    // "President Hassan of the Maldives", nor a Hassan beside him: "arrived for talks with President Hassan".)
                    add(PersonMention(name: person.name, country: person.country, offset: firstName.start, source: .surname))
                } else if Self.namePartHonorifics.contains(fold(token.text)) || Self.firstNameTitles.contains(fold(token.text)),
                    let person = Self.royal(calledBy: surname, title: fold(token.text), on: date)
                {
                    // "President Sheikh Mohamed received Blinken in Abu Dhabi": a royal called by his given name is the one so
                    // named in office that day (not Somalia's Mohamed Abdullahi Mohamed, whose surname it is).
                    add(PersonMention(name: person.name, country: person.country, offset: firstName.start, source: .surname))
                } else if let (_, name, country) = Self.registryFormsBySurname[surname]?.first(where: {
                    OfficeRegistry.served($0.name, near: date, years: 4)
                        // (After "Sheikh", only a name with it before the surname: "Sheikh Hasina", "Hassan Sheikh Mohamud". After a
                        // royal title, none: "Crown Prince Mohammed" is no one's surname, not Eritrea's Osman Saleh Mohammed.)
                        && (!Self.namePartHonorifics.contains(fold(token.text)) || $0.form.hasPrefix(fold(token.text) + " ")
                            || $0.form.hasSuffix(" sheikh " + surname))
                        && !Self.firstNameTitles.contains(fold(token.text))
                }) {
                    add(PersonMention(name: name, country: country, offset: firstName.start, source: .surname))
                } else if let person = (found + known).first(where: { forms[$0.name].hasPrefix(surname + " ") }) {
                    // "Prime Minister Imran" after "Prime Minister Imran Khan": some press names leaders by their first name.
                    add(PersonMention(name: person.name, country: person.country, offset: firstName.start, source: .surname))
                } else if Self.namePartHonorifics.contains(fold(token.text)), firstName.start == tokens[index + 1].start {
                    // "Prime Minister Sheikh Hasina": an honorific that is also part of a name, with one word after it.
                    add(PersonMention(name: token.text + " " + firstName.text, country: titleCountry, offset: token.start, source: .newName))
                }
            } else if !found.contains(where: { $0.offset == firstName.start || $0.offsets.contains(firstName.start) }) {
                let name = englishSpelling(names.map(\.text).joined(separator: " "), country: titleCountry)
                // ("Foreign Minister Hayashi Yoshimasa": family name first, as Japanese releases write it.)
                if let person = OfficeRegistry.person(named: names.map(\.text).joined(separator: " "))
                    ?? (names.count == 2 ? OfficeRegistry.person(named: names[1].text + " " + names[0].text) : nil)
                    ?? Self.registryPerson(first: core[0].text, surname: core.last!.text, near: date)
                {
                    add(PersonMention(name: person.name, country: person.country, offset: firstName.start, source: .knownName))
                } else if names.count == 2, let (name, country) = Self.registryPerson(compoundSurname: names.map(\.text), near: date) {
                    // "President López Obrador": a compound surname, the end of the registry's name.
                    add(PersonMention(name: name, country: country, offset: firstName.start, source: .surname))
                } else if names.count == 2, let (_, name, country) = Self.registryFormsBySurname[forms[names[0].text]]?.first,
                    !Self.registryForms.contains(where: { $0.form.hasPrefix(forms[names[0].text] + " ") }),
                    names[0].text.allSatisfy(\.isUppercase)
                        || characters.last(where: { $0 != " " && $0 != "\n" }).map({ !".!?»\"”".contains($0) }) ?? true
                {
                    // "President Putin Telephone conversation" (a headline's capitals), "Prime Minister KISHIDA Fumio" (a
                    // surname in capitals): the known surname is the name.
                    // (Not in a sentence's "M. Djibril Bassolé", someone's full name, not Mahmoud Djibril's.)
                    add(PersonMention(name: name, country: country, offset: firstName.start, source: .surname))
                } else if let person = OfficeRegistry.person(soundingLike: names.map(\.text).joined(separator: " "), near: date),
                    titleCountry == nil || titleCountry == person.country
                {
                    // "le président syrien Bachar el-Assad": an office-holder in a spelling the registry does not list.
                    add(PersonMention(name: person.name, country: person.country, offset: firstName.start, source: .knownName))
                } else if !(found + known).contains(where: { mayBe(names.map(\.text), form: forms[$0.name]) }),
                    // ("talks with the Icelandic Prime Minister and the Northern Future Forum": a body, no one's name.)
                    !names.contains(where: { Self.institutionWords.contains(fold($0.text)) }),
                    // ("The President of Taiwan CALLED ME today": words in capitals throughout are shouted, not a name.)
                    !names.allSatisfy({ $0.text.count > 1 && $0.text.allSatisfy(\.isUppercase) })
                {
                    add(PersonMention(name: name, country: titleCountry, offset: firstName.start, source: .newName))
                } else if let person = known.first(where: { mayBe(names.map(\.text), form: forms[$0.name]) }) {
                    add(PersonMention(name: person.name, country: person.country, offset: firstName.start, source: .surname))
                }
            }
        }
    }

    /// The one person in office within two years of `date` whose name, as the registry writes it, begins with `given` and who is of a monarchy
    /// whose royals bear `title` (a sheikh is of the Gulf's emirates, not Saudi Arabia's princes); nil when there are none or
    /// several.
    static func royal(calledBy given: String, title: String, on date: PartialDate) -> (name: String, country: String)? {
        // (A prince in office is a Saudi, Jordanian or Bruneian one: "Crown Prince Mohammed" is not Morocco's King Mohammed.)
        let countries = namePartHonorifics.contains(title) ? sheikhdoms : ["prince", "princess", "princesse"].contains(title) ? princedoms : royalCountries
        var named: [String: String] = [:]
        for entry in registryForms where countries.contains(entry.country) && entry.form.hasPrefix(given + " ") { named[entry.name] = entry.country }
        let serving = named.filter { OfficeRegistry.served($0.key, near: date, years: 2) }
        guard serving.count == 1, let (name, country) = serving.first else { return nil }
        return (name, country)
    }

    /// Monarchies whose royals hold their countries' offices (ISO codes).
    static let royalCountries: Set<String> = ["AE", "QA", "KW", "BH", "OM", "SA", "JO", "MA", "BN"]

    /// Those whose royals are styled sheikh.
    static let sheikhdoms: Set<String> = ["AE", "QA", "KW", "BH"]

    /// Those whose princes hold their countries' offices.
    static let princedoms: Set<String> = ["SA", "JO", "BN"]

    /// Adds a person found to the sentence's people, once: a second mention adds its offset.
    static func adding(_ mention: PersonMention, to found: inout [PersonMention]) {
        // ("the Governor General of Papua New Guinea": a country's name after a title is no one's.)
        if mention.source == .newName, Gazetteer.lookup(mention.name)?.kind == .country { return }
        if let index = found.firstIndex(where: { $0.name == mention.name }) {
            found[index].offsets = (found[index].offsets + [mention.offset]).sorted()
            if mention.offset < found[index].offset { found[index].offset = mention.offset }
            return
        }
        var mention = mention
        mention.offsets = [mention.offset]
        found.append(mention)
    }

    /// Whether the first lower-case word after the name at `offset` (its title's words aside) is a verb: an auxiliary, a
    /// common past or an English "-ed".
    static func verbFollows(_ offset: Int, in characters: [Character]) -> Bool {
        guard let verb = firstWordAfterName(at: offset, in: characters, skipping: ["the", "le", "la", "l", "de", "du", "of"]) else { return false }
        // ("s'est": the letters before the apostrophe.)
        let word = fold(verb).split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
        return englishVerbsAfterSubject.contains(word) || frenchVerbsAfterSubject.contains(word) || word == "said"
            || word.count > 4 && word.hasSuffix("ed")
    }

    /// The first lower-case word within 60 characters of `offset`, past the articles given and title nouns: the verb, when
    /// a name (and its title) stands at `offset`.
    static func firstWordAfterName(at offset: Int, in characters: [Character], skipping articles: Set<String>) -> String? {
        String(characters[offset..<min(characters.count, offset + 60)]).split(separator: " ").first { word in
            word.first?.isLowercase == true && !articles.contains(fold(String(word))) && !titleNouns.contains(fold(String(word)))
        }.map(String.init)
    }

    /// Auxiliaries and common pasts right after a subject, in English (folded).
    static let englishVerbsAfterSubject: Set<String> = [
        "had", "has", "have", "will", "would", "was", "were", "is", "met", "held", "told", "began", "made", "went", "flew", "spoke",
        "took", "paid", "came", "left", "sent", "gave",
    ]

    /// Auxiliaries right after a subject, in French (folded; "s" is "s'est").
    static let frenchVerbsAfterSubject: Set<String> = ["a", "est", "ont", "sont", "avait", "etait", "sera", "va", "doit", "s", "se"]

    /// Whether a word belongs to a name or a title: capitalised, a title noun, or a country's adjective ("le président
    /// français", "Chancellor Olaf Scholz").
    static func isNameOrTitleWord(_ text: String) -> Bool {
        text.first?.isUppercase == true || titleNouns.contains(fold(text)) || Gazetteer.lookup(text)?.kind == .adjective
    }

    /// Whether the name at `offset` stands right after "le Président de la République," / "President of the Republic,"
    /// with no country, and at most an honorific between ("Le Président de la République, S.E.M. Alassane Ouattara";
    /// not "le Président de la République et le président Rohani"): the republic is the text's own.
    static func namedAsTheRepublicsPresident(_ offset: Int, in characters: [Character]) -> Bool {
        let written = characters[max(0, offset - 60)..<offset]
        let before = fold(String(written)).split { !$0.isLetter }
        for title: [Substring] in [["president", "de", "la", "republique"], ["president", "of", "the", "republic"]] {
            guard let end = before.lastIndex(of: title[3]), end >= 3, before[(end - 3)..<end].elementsEqual(title.prefix(3)) else { continue }
            return written.contains(",") && before[(end + 1)...].allSatisfy(Self.republicHonorifics.contains)
        }
        return false
    }

    /// What may stand between the title and the name: "M.", "S.E.M.", "Son Excellence Monsieur", "H.E. Mr". Folded.
    static let republicHonorifics: Set<Substring> = ["m", "mme", "s", "e", "sem", "son", "excellence", "monsieur", "madame", "h", "mr", "mrs", "ms"]

    /// Adds someone found outside ``people(in:on:)`` (an unnamed counterpart) to the people the article has named.
    mutating func remember(_ person: PersonMention) {
        if !known.contains(where: { $0.name == person.name }) { known.append(person) }
    }

    /// The capitalised words just before ", " and a title at `offset` (articles between allowed): the name the title is
    /// in apposition to, when they are no place, month or title word.
    static func appositionName(before offset: Int, tokens: [(text: String, start: Int)], in characters: [Character]) -> [(text: String, start: Int)]? {
        var cursor = offset - 1
        while cursor >= 0, characters[cursor] == " " { cursor -= 1 }
        // (An article before the title: "Jean Rakoto, le président …".)
        if let article = tokens.last(where: { $0.start < offset }), article.start + article.text.count <= offset,
            ["le", "la", "the", "l"].contains(fold(article.text)), article.start + article.text.count >= cursor
        {
            cursor = article.start - 1
            while cursor >= 0, characters[cursor] == " " { cursor -= 1 }
        }
        guard cursor > 0, characters[cursor] == "," else { return nil }
        var words: [(text: String, start: Int)] = []
        var expectedEnd = cursor
        for token in tokens.reversed() where token.start < expectedEnd {
            let folded = fold(token.text)
            guard token.start + token.text.count == expectedEnd, words.count < 5,
                token.text.first?.isUppercase == true && Gazetteer.lookup(token.text) == nil && DateResolver.months[folded] == nil
                    && DateResolver.weekdays[folded] == nil && !titleWords.contains(folded) && !honorifics.contains(folded)
                    && (!functionWords.contains(folded) || !words.isEmpty && nameParticles.contains(token.text.lowercased()))
                    || !words.isEmpty && nameParticles.contains(token.text)
            else { break }
            words.insert(token, at: 0)
            expectedEnd = token.start - 1
            guard expectedEnd >= 0, characters[expectedEnd] == " " else { break }
        }
        while let first = words.first, first.text.first?.isUppercase != true { words.removeFirst() }
        // ("for North America, Carlos Ron": a region, not a name.)
        if words.allSatisfy({ regionWords.contains(fold($0.text)) }) { return nil }
        // "On the sidelines of the NATO Summit, the Turkish President …", "In the Oval Office, …": a thing, not a name.
        if words.contains(where: { institutionWords.contains(fold($0.text)) }) { return nil }
        if let first = words.first, let before = tokens.last(where: { $0.start < first.start }),
            ["the", "le", "la", "les", "l", "du", "des", "of", "au", "aux"].contains(fold(before.text))
                // ("Dépêchée par le président Joko Widodo, la cheffe de la diplomatie …": a name its own title precedes
                // is not in apposition to the next one.)
                || titleNouns.contains(fold(before.text)) && !["foreign", "vice", "adjoint", "adjointe", "deputy"].contains(fold(before.text))
        {
            return nil
        }
        return words.count >= 2 ? words : nil
    }

    /// Whether capitalised words name a region or a body rather than a person: all of them region words ("North America"),
    /// or the last an institution's ("Western Hemisphere Affairs", "Lombardy Region"). ("Allen West", "Asia Bibi" are names.)
    static func isPortfolio(_ words: [String]) -> Bool {
        guard let last = words.last else { return false }
        return words.allSatisfy { regionWords.contains(fold($0)) } || institutionWords.contains(fold(last))
    }

    /// Whether two folded words differ by one inserted, deleted or replaced letter (Vachadze, Vashadze).
    static func oneEditApart(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.count <= b.count ? (Array(a), Array(b)) : (Array(b), Array(a))
        guard long.count - short.count <= 1 else { return false }
        var i = 0, j = 0, edits = 0
        while i < short.count, j < long.count {
            if short[i] == long[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if short.count == long.count { i += 1 }
            j += 1
        }
        return edits + (long.count - j) + (short.count - i) <= 1
    }

    /// The registry's person with this surname and first initial ("Joseph R. Biden" is Joe Biden), who served within
    /// a few years of `date` ("President Sheikh Sharif" of Somalia in 2012 is not Pakistan's Shehbaz Sharif, in office from 2022).
    /// (After a regnal number, the whole first name by its sound: "Élisabeth II" is Elizabeth II, "le roi Hassan II" is not
    /// Hans-Adam II.)
    static func registryPerson(first: String, surname: String, near date: PartialDate) -> (name: String, country: String)? {
        // (A place is no first name: "d'Arabie Saoudite, Mohamed ben Salmane" is not Abdoulkader Kamil Mohamed.)
        // (A word that only begins a place's name, "Arabie", is none either; one that also begins a registry name, "Ali", may be.)
        let place = Gazetteer.lookup(first)
        let folded = Gazetteer.fold(first)
        guard place.map({ $0.kind == .city })
            ?? (!Gazetteer.prefixes.contains(folded) || formsByFirstWord[NameNormalizer.normalize(first)] != nil)
        else { return nil }
        let surname = NameNormalizer.normalize(surname)
        let initial = NameNormalizer.normalize(first).first
        let regnal = regnalNumbers.contains(surname) ? OfficeRegistry.spellingKey(first).first : nil
        return registryFormsBySurname[surname]?.first {
            $0.form.first == initial && OfficeRegistry.served($0.name, near: date, years: 4)
                && (regnal == nil || OfficeRegistry.spellingKey(String($0.form.prefix { $0 != " " })).first == regnal)
        }.map { ($0.name, $0.country) }
    }

    /// Parliaments named by their own word, which a title's name may follow ("President of the Storting Dag Terje Andersen").
    static let legislatures: Set<String> = [
        "storting", "althingi", "bundestag", "bundesrat", "knesset", "duma", "sejm", "majlis", "riksdag", "folketing", "eduskunta",
        "saeima", "seimas", "riigikogu", "sabor", "rada", "verkhovna", "oireachtas", "dail", "seanad", "cortes", "nationalrat", "lok", "sabha",
    ]

    /// The registry's person whose name ends with two words, a compound surname ("López Obrador"), in office within four
    /// years of `date`.
    static func registryPerson(compoundSurname words: [String], near date: PartialDate) -> (name: String, country: String)? {
        guard words.count == 2, let candidates = registryFormsBySurname[NameNormalizer.normalize(words[1])] else { return nil }
        let ending = " " + NameNormalizer.normalize(words[0]) + " " + NameNormalizer.normalize(words[1])
        return candidates.first { $0.form.hasSuffix(ending) && OfficeRegistry.served($0.name, near: date, years: 4) }.map { ($0.name, $0.country) }
    }

    /// The title written before a name, as far as its first run of capitalised words, when it names no office the
    /// registry resolves: "Acting Assistant Secretary of State for African Affairs Donald Yamamoto" → "acting assistant
    /// secretary". Folded.
    static func titleKey(before offset: Int, in characters: [Character]) -> String? {
        let words = String(characters[max(0, offset - 90)..<offset]).split(separator: " ").map(String.init)
        var start = words.count
        while start > 0, case let word = words[start - 1], word.first?.isUppercase == true || ["of", "for", "and"].contains(word) {
            start -= 1
        }
        let run = words[start...].prefix { $0.first?.isUppercase == true }.map { fold($0) }
        guard run.count >= 2, run.contains(where: unresolvedTitleWords.contains), !run.contains(where: { $0 == "the" })
        else { return nil }
        return run.joined(separator: " ")
    }

    /// Words of titles that name no office the registry resolves. Folded.
    static let unresolvedTitleWords: Set<String> = [
        "assistant", "deputy", "special", "under", "acting", "envoy", "representative", "adviser", "advisor", "coordinator",
        "spokesperson", "spokesman", "commissioner",
    ]

    /// Verbs a headline writes capitalised after a name ("Acting Assistant Secretary Yamamoto Travel to Somalia"). Folded.
    static let headlineVerbs: Set<String> = [
        "travel", "travels", "visit", "visits", "meet", "meets", "holds", "hold", "arrives", "calls", "welcomes", "hosts", "to",
    ]

    /// Words that make a capitalised run an institution, a document or a medium, not a person.
    static let institutionWords: Set<String> = [
        "agreement", "operation", "operations", "mission", "declaration", "group", "committee", "commission", "council", "summit", "agency",
        "ministry", "department", "navy", "commonwealth",
        // ("the annual ASEAN Plus Three summit", "the chief minister of the Northern Province".)
        "plus", "province", "territory", "district", "county",
        "union", "alliance", "forum", "conference", "organisation", "organization", "bank", "fund", "initiative", "partnership",
        "program", "programme", "treaty", "accord", "house", "street", "palace", "party", "army", "forces", "force", "government",
        "republic", "kingdom", "states", "nations", "countries", "news", "radio", "press", "times", "post", "inter", "day", "week", "assembly",
        "parliament", "congress", "senate", "court", "office", "service", "services", "institute", "university", "association",
        "conseil", "sommet", "traite", "assemblee", "parlement", "senat", "congres", "gouvernement", "parti", "ministere", "agence", "banque", "presse", "groupe", "comite", "unies",
        "republique", "etat", "etats", "democracy", "security", "energy", "minerals", "action", "segment", "high", "level", "texte",
        "integral", "application", "meeting", "leaders", "talks", "dialogue", "reunion", "rencontre", "visit", "visite", "villa", "tour",
        "trip", "tournee", "affairs", "hemisphere", "region", "palacio", "palazzo",
        "chateau", "palais", "hotel", "musee", "residence", "castle", "manor", "museum", "cathedral", "cathedrale", "stadium",
        "airport", "aeroport", "strategic", "framework", "mission", "multinational", "support", "global", "world", "international",
        "facility", "facilities", "ceremony", "ceremonie", "band", "police", "college", "centre", "center", "hall", "foundation",
        "fondation", "company", "corporation", "hospital", "hopital", "school", "ecole", "haut", "niveau", "base", "camp", "port",
        // Houses of worship and the saints they are named after ("walked to St. Michael's Golden-Domed Monastery").
        // (Not "church", "temple" nor "chapel", which are surnames too: "Justin Temple, the British envoy".)
        "monastery", "monastere", "eglise", "mosque", "mosquee", "basilica", "basilique", "abbey", "abbaye",
        "shrine", "synagogue", "st",
        // Landforms and waters ("overlooking Lake Lucerne", "le lac Léman", "Mount Kenya").
        "lake", "lac", "mount", "mont", "river", "fleuve", "riviere", "sea", "mer", "bay", "baie", "gulf", "golfe", "island", "ile",
        "valley", "vallee", "desert", "canal", "strait", "detroit", "cape",
        // News agencies named in a dateline ("Buenos Aires, 24 janvier (Prensa Latina)").
        "prensa", "latina", "agencia", "xinhua", "novosti", "sputnik", "kyodo", "yonhap", "anadolu", "bernama", "antara", "reuters",
        "interfax", "tass", "jazeera", "arabiya",
        // Storms ("to oversee preparations for Hurricane Milton", "l'ouragan Irma", "Typhoon Haiyan").
        "hurricane", "ouragan", "typhoon", "typhon", "cyclone", "storm", "tempete",
    ]

    /// Assemblies and governments a title names before its holder's name ("le président du Parlement Nabih Berri"). Folded.
    static let assemblyWords: Set<String> = [
        "parlement", "parliament", "senat", "senate", "congres", "congress", "gouvernement", "government", "assemblee", "assembly",
    ]

    /// Places named after people: the name that follows is the place's. Folded.
    static let namedAfterWords: Set<String> = [
        "aeroport", "airport", "avenue", "boulevard", "rue", "stade", "stadium", "universite", "university", "lycee", "college", "ecole",
        "cimetiere", "cemetery", "memorial", "mausolee", "mausoleum", "monument", "place", "square", "parc", "park", "gare",
        "hopital", "hospital", "centre", "center", "fondation", "foundation", "pont", "bridge", "prix", "prize", "musee", "museum",
    ]

    /// Words between a building's or road's name and the person it is named after ("l'aéroport international Président
    /// Modibo Keïta"): "international" and capitalised titles. Folded.
    static let namedAfterTitles: Set<String> = [
        "international", "internationale", "national", "nationale", "president", "presidente", "general", "marechal", "roi", "king",
    ]

    /// What an English name goes before when it names a building ("Jomo Kenyatta International Airport"). Folded.
    static let namedBeforeWords: Set<String> = [
        "airport", "stadium", "university", "foundation", "center", "centre", "museum", "memorial", "hospital", "avenue", "boulevard",
        "bridge",
    ]

    /// Whether the person mentioned at `offset` is the name of a building or a road: after an airport, an avenue and the like
    /// (with a title or "international" between, no punctuation), or before a capitalised "Airport", "Stadium".
    static func namesBuilding(at offset: Int, tokens: [DateResolver.Token], characters: [Character]) -> Bool {
        guard let index = tokens.firstIndex(where: { $0.start >= offset }), tokens[index].start - offset <= 1 else { return false }
        let plain = { (from: Int, to: Int) in characters[from..<to].allSatisfy { $0 == " " || $0 == "'" || $0 == "’" || $0 == "-" } }
        var next = index
        while next < tokens.count, next - index < 4, characters[tokens[next].start].isUppercase,
            !namedAfterTitles.contains(tokens[next].word), !namedBeforeWords.contains(tokens[next].word)
        {
            next += 1
        }
        // ("A l'aéroport Nicolas Sarkozy a été accueilli …", "Sur place Barack Obama a été reçu": a name its verb follows is
        // someone.)
        if next > index, next < tokens.count, Triggers.subjectVerbs.contains(tokens[next].word),
            tokens[next].word != "a" || characters[tokens[next].start] == "a"
        {
            return false
        }
        var back = index - 1
        while back >= 0, index - back <= 3, plain(tokens[back].end, tokens[back + 1].start) {
            // (Not "place" after a verb: "Autour de la table avaient pris place Angela Merkel et …", "took place".)
            if namedAfterWords.contains(tokens[back].word),
                tokens[back].word != "place" || back > 0 && ["la", "de", "sur", "a", "the", "au"].contains(tokens[back - 1].word)
            {
                return true
            }
            // (A title capitalised, as a name's part: not "accueilli à l'aéroport par le président Macron".)
            let word = tokens[back].word
            guard namedAfterTitles.contains(word),
                characters[tokens[back].start].isUppercase || word.hasPrefix("international") || word.hasPrefix("national")
            else { break }
            back -= 1
        }
        guard next > index, next < tokens.count, plain(tokens[next - 1].end, tokens[next].start) else { return false }
        if ["international", "national"].contains(tokens[next].word), next + 1 < tokens.count { next += 1 }
        return namedBeforeWords.contains(tokens[next].word) && characters[tokens[next].start].isUppercase
            && plain(tokens[next - 1].end, tokens[next].start)
    }

    /// Words of regions and seas, which make a capitalised run a place, not a person ("Pacific Island allies", "East Asia"). Folded.
    static let regionWords: Set<String> = [
        // ("la Seconde Guerre mondiale", "the Cold War", "Pearl Harbor".)
        "guerre", "war", "harbor", "harbour",
        "asia", "asie", "gulf", "golfe", "pacific", "pacifique", "island", "islands", "ile", "iles", "africa", "afrique", "europe",
        "america", "amerique", "middle", "east", "west", "north", "south", "caribbean", "caraibes", "balkans", "sahel", "arctic",
        "atlantic", "atlantique", "ocean", "sea", "mer", "peninsula", "peninsule", "orient", "maghreb", "levant", "central", "asian",
        "ligue", "league",
    ]

    /// Whether part of a run of words names a place ("Burkina Faso").
    static func namesPlace(_ run: String) -> Bool {
        let words = run.split(separator: " ").map(String.init)
        return words.indices.contains { start in
            (start + 1...words.count).contains { end in Gazetteer.lookup(words[start..<end].joined(separator: " ")) != nil }
        }
    }

    /// Runs of two or three capitalised words (particles such as "al-" allowed) not at a sentence's start,
    /// none of them a place, title, honorific, month or institution word.
    static func bareNames(_ tokens: [(text: String, start: Int)], in characters: [Character]) -> [(text: String, start: Int, atStart: Bool)] {
        func capitalised(_ word: String) -> Bool {
            // (ASCII words, most of them, are judged on their bytes.)
            if let first = word.utf8.first, first < 0x80, word.utf8.allSatisfy({ $0 < 0x80 }) {
                if first >= 0x41 && first <= 0x5A { return word.utf8.dropFirst().contains { $0 >= 0x61 && $0 <= 0x7A } }
                guard word.utf8.contains(0x2D) else { return false }
            } else if word.first?.isUppercase == true {
                return word.dropFirst().contains(where: \.isLowercase)
            }
            // "al-Charaa", "el-Sissi", "bin-Salman"
            let parts = word.split(separator: "-", maxSplits: 1)
            return parts.count == 2 && ["al", "el", "ad", "as", "ash", "at", "ibn", "bin", "ben"].contains(parts[0])
                && parts[1].first?.isUppercase == true
        }
        func excluded(_ word: String) -> Bool {
            let folded = fold(word)
            return Gazetteer.lookup(word) != nil || functionWords.contains(folded) || newsAgencies.contains(folded) || titleWords.contains(folded) || honorifics.contains(folded)
                || DateResolver.months[folded] != nil || DateResolver.weekdays[folded] != nil || institutionWords.contains(folded)
                || regionWords.contains(folded) || headlineVerbs.contains(folded) || clauseWords.contains(folded)
                || word.split(separator: "-").contains { Gazetteer.lookup(String($0)) != nil }
        }
        var names: [(String, Int, Bool)] = []
        // Whether the sentence is set in title case, as headlines are: most of its words capitalised.
        let lettered = tokens.filter { $0.text.first?.isLetter == true }
        // (A headline has no closing full stop: "Emmanuel Macron received A, B, C and D in Paris." is a sentence.)
        let titleCase = lettered.count >= 4 && lettered.filter { $0.text.first?.isUppercase == true }.count * 10 >= lettered.count * 6
            && characters.last(where: { $0 != " " }) != "."
        var index = 0
        while index < tokens.count {
            var run: [(text: String, start: Int)] = []
            var cursor = index
            // (A bracket parts a name's words: "l'Afrique de l'Ouest (Cédéao)" is none. A comma does not here, where a
            // run with a title after it is a byline's: "Matthew Miller, Department Spokesperson".)
            while cursor < tokens.count, run.count < 4, capitalised(tokens[cursor].text),
                run.last.map({ last in
                    !characters[(last.start + last.text.count)..<tokens[cursor].start].contains { $0 == "(" || $0 == ")" || $0 == "[" || $0 == "]" }
                }) ?? true
            {
                run.append(tokens[cursor])
                cursor += 1
            }
            // ("sur les rives du lac Léman, George W. Bush": one word, then a comma, is no name's first word; the run begins
            // after it.)
            if run.count >= 2, characters[(run[0].start + run[0].text.count)..<run[1].start].contains(",") {
                index += 1
                continue
            }
            // ("Macky Sall, Alassane Dramane Ouattara et …": a comma after the second word or later, with more names after it and
            // no title, ends this name; the next begins after it.)
            if let comma = run.indices.dropFirst().dropLast().first(where: { characters[(run[$0].start + run[$0].text.count)..<run[$0 + 1].start].contains(",") }),
                !run[(comma + 1)...].contains(where: { excluded($0.text) })
            {
                cursor = index + comma + 1
                run.removeSubrange((comma + 1)...)
            }
            // ("le président du Parlement Nabih Berri": the assembly a title names, then the name. Not any institution: "Villa
            // Doria Pamphilj", "the International Space Station".)
            var institution = false
            if run.count >= 3, assemblyWords.contains(fold(run[0].text)), !run.dropFirst().contains(where: { excluded($0.text) }) {
                run.removeFirst()
                institution = true
            }
            if (2...3).contains(run.count), !run.contains(where: { excluded($0.text) }),
                // "Biden, Jr.": no suffix.
                !["jr", "sr", "ii", "iii"].contains(fold(run.last!.text)),
                // Not right after a capitalised word (the run would be part of a longer name or title), nor after a
                // word that introduces a place ("at the Bocharov Ruchei residence").
                // (After a comma, a word before is another name's: "Macky Sall, Alassane Dramane Ouattara".)
                index == 0 || institution || !capitalised(tokens[index - 1].text) && !placeIntroducers.contains(fold(tokens[index - 1].text))
                    || characters[(tokens[index - 1].start + tokens[index - 1].text.count)..<tokens[index].start].contains(","),
                // Nor after a building or a road named for someone ("l'aéroport Léopold Sédar Senghor", "avenue Cheikh Anta Diop").
                !tokens[max(0, index - 2)..<index].contains(where: { namedAfterWords.contains(fold($0.text)) }),
                // ("du cimetière américain de Flanders Field": an adjective may come between, then "de".)
                index < 3 || !(["de", "of", "d"].contains(fold(tokens[index - 1].text)) && namedAfterWords.contains(fold(tokens[index - 3].text))),
                // Nor a town's name ("the Egyptian city of El Alamein", "la ville de Port-Soudan").
                index < 2 || !(["of", "de", "d"].contains(fold(tokens[index - 1].text)) && townWords.contains(fold(tokens[index - 2].text)))
            {
                // (In a headline set in title case, a run right after a capitalised word and a comma is taken as a known
                // person only, as one opening the sentence is: "Macron Hosts Merkel, Draghi Ahead of EU Summit" names no
                // "Draghi Ahead".)
                let afterCapitalised = titleCase && index > 0 && !institution && capitalised(tokens[index - 1].text)
                names.append((run.map(\.text).joined(separator: " "), run[0].start, index == 0 && !institution || afterCapitalised))
            }
            index = max(cursor, index + 1)
        }
        return names
    }

    /// The one person this surname names: someone the article named (by `index`), else in the registry.
    private func personBySurname(_ surname: String, index: [String: [PersonMention]]) -> (name: String, country: String?)? {
        let form = forms[surname]
        if let matches = index[form], matches.count == 1 { return (matches[0].name, matches[0].country) }
        return Self.onlyBearer(of: form).map { ($0.name, $0.country) }
    }

    /// Whether the person holds `office` on `date`: by the registry, or by the title the article gave them.
    private func holds(_ person: PersonMention, _ office: Office, on date: PartialDate) -> Bool {
        if person.office == office { return true }
        let offices = OfficeRegistry.offices(of: person.name, on: date)
        // A president who also leads the government is not "the Prime Minister".
        if office == .headOfGovernment, offices.contains(.headOfState) { return false }
        return offices.contains(office)
    }

    /// New names in apposition after a title word: the title, up to ten words (among which the country's
    /// adjective or name), a comma, then two to four capitalised words ending at a comma, a period or the end.
    private func appositions(_ tokens: [(text: String, start: Int)], in characters: [Character], on date: PartialDate) -> [PersonMention] {
        var result: [PersonMention] = []
        // ("le vice-ministre russe de la Défense, Iounous-Bek Ievkourov,": the title word after a hyphen.)
        for (index, token) in tokens.enumerated() where Self.isAppositionTitle(token.text) {
            var country: String?
            var cursor = index + 1
            while cursor < tokens.count, cursor - index <= 10 {
                let previous = tokens[cursor - 1]
                let between = characters[(previous.start + previous.text.count)..<tokens[cursor].start]
                if between.contains(",") { break }
                if country == nil, let entry = Gazetteer.lookup(tokens[cursor].text), entry.kind == .adjective || entry.kind == .country {
                    country = entry.country
                }
                cursor += 1
            }
            guard cursor < tokens.count, cursor - index <= 10, cursor > index + 1 else { continue }
            var names: [(text: String, start: Int)] = []
            while cursor < tokens.count, names.count < 4, tokens[cursor].text.first?.isUppercase == true,
                Gazetteer.lookup(tokens[cursor].text) == nil, !Self.honorifics.contains(fold(tokens[cursor].text))
            {
                if let last = names.last, characters[(last.start + last.text.count)..<tokens[cursor].start].contains(where: { $0 != " " }) { break }
                names.append(tokens[cursor])
                cursor += 1
            }
            guard names.count >= 2, let last = names.last else { continue }
            let after = characters[(last.start + last.text.count)...].first { $0 != " " }
            // The name ends the apposition, or the sentence's verb follows it ("Le Président de la République, Abdelmadjid
            // Tebboune a reçu …"): two or three words that are no place and no common word.
            let verbFollows = after?.isLowercase == true && names.count <= 3 && Self.isNameLike(names)
                && !names.contains { Self.functionWords.contains(fold($0.text)) || Self.titleWords.contains(fold($0.text)) }
            guard after == nil || after == "," || after == "." || after == ")" || verbFollows else { continue }
            let written = names.map(\.text).joined(separator: " ")
            if let person = OfficeRegistry.person(named: written)
                ?? OfficeRegistry.person(soundingLike: written, near: date).flatMap({ country == nil || country == $0.country ? $0 : nil })
            {
                result.append(PersonMention(name: person.name, country: person.country, offset: names[0].start, source: .knownName))
            } else {
                result.append(PersonMention(name: englishSpelling(written, country: country), country: country, offset: names[0].start, source: .newName))
            }
        }
        return result
    }

    /// The English spelling of a name a French text transliterates from Cyrillic (Galouchka → Galushka).
    func englishSpelling(_ name: String, country: String?) -> String {
        guard language == "fr", let country, Self.cyrillicCountries.contains(country) else { return name }
        return name.split(separator: " ").map { word in
            var word = String(word)
            for (french, english) in [("tch", "ch"), ("ch", "sh"), ("ou", "u"), ("Ou", "U"), ("ï", "y"), ("gue", "ge"), ("ié", "ie"), ("é", "e")] {
                word = word.replacingAll(french, with: english)
            }
            if word.hasSuffix("ski") || word.hasSuffix("tski") { word = String(word.dropLast()) + "y" }
            // A word's initial Ю, Я, Е: French "Iou", "Ia", "Ie", English "Yu", "Ya", "Ye" (Iounous-Bek Ievkourov).
            for (french, english) in [("Iu", "Yu"), ("Ia", "Ya"), ("Ie", "Ye")] where word.hasPrefix(french) {
                word = english + word.dropFirst(2)
            }
            return word
        }.joined(separator: " ")
    }

    /// Countries whose names French spells by its own transliteration of Cyrillic.
    static let cyrillicCountries: Set<String> = ["RU", "UA", "BY", "KZ", "KG", "TJ", "UZ", "TM", "BG", "RS", "MK", "MN"]

    static func words(_ sentence: String) -> [(text: String, start: Int)] { words(Array(sentence)) }

    static func words(_ sentence: [Character]) -> [(text: String, start: Int)] {
        var words: [(String, Int)] = []
        var current = ""
        var start = 0
        for (offset, character) in sentence.enumerated() {
            // ("O'Brien", "O’Neill": one name.)
            let irish = Self.isApostrophe(character) && current == "O" && offset + 1 < sentence.count && sentence[offset + 1].isUppercase
            if NameNormalizer.isLetter(character) || (character == "-" && !current.isEmpty) || irish {
                if current.isEmpty { start = offset }
                current.append(character)
            } else {
                // A photo caption's "(G)", "(D)", "(L)", "(R)" says where someone stands, and is no initial of the name before it.
                let marker = current.count == 1 && start > 0 && sentence[start - 1] == "(" && character == ")"
                if !current.isEmpty && !marker { words.append((current, start)) }
                current = ""
            }
        }
        if !current.isEmpty { words.append((current, start)) }
        return words
    }

    /// The folded form of a surname as written; of one with an apostrophe ("O'Brien"), its last word, as the forms of full
    /// names end ("james o brien").
    func surnameForm(of text: String) -> String {
        text.contains(where: Self.isApostrophe) ? String(forms[text].split(separator: " ").last ?? "") : forms[text]
    }

    static func isApostrophe(_ character: Character) -> Bool { character == "'" || character == "’" }

    /// Where a folded form starts in the sentence: the first run of words whose folded text is the form
    /// (so "Kim Jong-il" is not placed at "Kim Jong-un").
    func approximateOffset(of form: String, in words: [(text: String, start: Int)]) -> Int {
        for index in words.indices {
            var joined = ""
            for word in words[index...] {
                joined += joined.isEmpty ? word.text : " " + word.text
                if joined == form { return words[index].start }
                if joined.count >= form.count { break }
            }
        }
        return 0
    }
}

extension PersonFinder {
    /// Whether a name the text spells out may be the person of normalized name `form`: the same surname, and a word
    /// before it that is theirs too, or its initial, or an honorific ("Kamala Harris" is not Simon Harris).
    fileprivate func mayBe(_ words: [String], form: String) -> Bool {
        guard let last = words.last, form.hasSuffix(forms[last]) else { return false }
        guard words.count >= 2 else { return true }
        let theirs = form.split(separator: " ")
        // (Any word before the surname: "Shri Narendra Modi", "Russian Federation Vladimir Putin" are still theirs.)
        return words.dropLast().contains { word in
            let given = forms[word]
            return theirs.contains { $0 == given || given.count == 1 && $0.first == given.first } || Self.namePartHonorifics.contains(fold(word))
        }
    }
}

/// A memo of normalized names: an article names the same people in sentence after sentence.
final class NameForms {
    private var cache: [String: String] = [:]

    private var spacedCache: [String: String] = [:]

    subscript(name: String) -> String {
        if let form = cache[name] { return form }
        let form = NameNormalizer.normalize(name)
        cache[name] = form
        return form
    }

    /// The form with a space at each end, for a word-boundary search.
    func spaced(_ name: String) -> String {
        if let form = spacedCache[name] { return form }
        let form = " " + self[name] + " "
        spacedCache[name] = form
        return form
    }
}
