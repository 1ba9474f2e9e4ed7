import EntenteModel

/// The stages of `PersonFinder.people(in:characters:words:tokens:on:)`, each adding the people one kind of mention names.
extension PersonFinder {
    /// Names the registry or the article knows, matched on word boundaries, added to `found`; the character spans they
    /// cover, where no other name's surname is looked for.
    func knownNames(
        wordTokens: [DateResolver.Token], sentenceWords: [Substring], folded: String, normalizedWords: [(text: String, start: Int)],
        characters: [Character], on date: PartialDate, found: inout [PersonMention]
    ) -> [Range<Int>] {
        func add(_ mention: PersonMention) { Self.adding(mention, to: &found) }
        var matches: [(name: String, country: String?, words: Range<Int>)] = []
        for (position, word) in sentenceWords.enumerated() {
            for candidate in Self.formsByFirstWord[String(word)] ?? [] {
                if position + candidate.words.count <= sentenceWords.count,
                    Array(sentenceWords[position..<(position + candidate.words.count)]) == candidate.words
                {
                    matches.append((candidate.name, candidate.country, position..<(position + candidate.words.count)))
                } else if let house = Self.houseStart(of: candidate.words),
                    Self.namedWithoutHouse(candidate.words, house: house, at: position, words: wordTokens, in: characters)
                {
                    // ("Sheikh Abdullah bin Zayed, Minister of Foreign Affairs": a Gulf royal named without his house.)
                    matches.append((candidate.name, candidate.country, position..<(position + house)))
                }
            }
        }
        // "King Abdullah" in 2017 is Jordan's, in 2010 Saudi Arabia's: of two people a form names, the one nearer the date.
        // (Both in office then, the registry's first: "le roi Abdallah" in 2010 is Saudi Arabia's.)
        let distance = { (name: String) in OfficeRegistry.daysFromOffice(name, on: date) }
        matches = matches.enumerated().filter { index, match in
            !matches.enumerated().contains { other, rival in
                rival.words == match.words && rival.name != match.name
                    && (distance(rival.name) < distance(match.name) || distance(rival.name) == distance(match.name) && other < index)
            }
        }.map(\.element)
        // "King Abdullah II" is Jordan's king, not also Saudi Arabia's "King Abdullah": a name inside another's longer one goes.
        // ("le roi Abdallah II": "le roi Abdallah", Saudi Arabia's, overlaps "Abdallah II", Jordan's, which the regnal number
        // ends: the numbered one is meant.)
        let inLonger = { (match: (name: String, country: String?, words: Range<Int>)) in
            matches.contains { $0.name != match.name && $0.words.count > match.words.count && $0.words.contains(match.words.lowerBound)
                && $0.words.upperBound >= match.words.upperBound
                || $0.name != match.name && $0.words.overlaps(match.words) && $0.words.upperBound > match.words.upperBound
                    && Self.regnalNumbers.contains(String(sentenceWords[$0.words.upperBound - 1]))
                // ("Sheikh Tamim bin Hamad bin Khalifa Al Thani": "Hamad bin Khalifa", his father's name, starts inside the
                // name begun before it, which is meant.)
                || $0.name != match.name && $0.words.lowerBound < match.words.lowerBound && $0.words.upperBound > match.words.lowerBound
                    && !Self.regnalNumbers.contains(String(sentenceWords[match.words.upperBound - 1])) }
        }
        // Where the known names stand: a word inside one is no one else's surname ("Saudi Crown Prince Abdullah" is not also
        // Oman's minister Yusuf bin Alawi bin Abdullah, by "Prince" and a surname).
        var knownSpans: [Range<Int>] = []
        for match in matches where !inLonger(match) {
            let form = sentenceWords[match.words].joined(separator: " ")
            // (A form the names' words do not spell, inside a hyphenated run ("Modibo Keïta-Sénou"), is where its first word is.)
            let spelled = approximateOffset(of: form, in: normalizedWords)
            let offset = spelled == 0 ? wordTokens[match.words.lowerBound].start : spelled
            knownSpans.append(offset..<(offset + form.count))
            add(PersonMention(name: match.name, country: match.country, offset: offset, source: .knownName))
        }
        for person in known {
            let form = forms[person.name]
            if folded.includes(forms.spaced(person.name)) {
                add(PersonMention(name: person.name, country: person.country, offset: approximateOffset(of: form, in: normalizedWords), source: .knownName))
            }
        }
        return knownSpans
    }

    /// The holders of the titles in the sentence, resolved on the date (or the name the text gives with the title),
    /// added to `found`.
    func titleHolders(
        characters: [Character], words tokens: [(text: String, start: Int)], tokens titleTokens: [DateResolver.Token], on date: PartialDate,
        found: inout [PersonMention]
    ) {
        func add(_ mention: PersonMention) { Self.adding(mention, to: &found) }
        for var title in TitleResolver.mentions(in: characters, tokens: titleTokens, on: date) {
            // "le Président de la République" on Senegal's foreign ministry's site is Senegal's.
            // (So is it once the article has named another country's head of state so: "MOSCOU - Le président de la République,
            // M. Abdelmadjid Tebboune, …", in Algeria's agency's dispatch.)
            // (And in a francophone republic's own press: "Le président de la République entame ce mercredi une visite en Tunisie"
            // on an Algerian site.)
            if let publisher = publisher ?? republicsCountry ?? pressCountry, publisher != title.country, title.country == "FR", title.office == .headOfState,
                fold(title.text).hasSuffix("de la republique"), let own = OfficeRegistry.holder(of: .headOfState, country: publisher, on: date)
            {
                title.country = publisher
                title.holder = own.name
            }
            guard let holder = title.holder else { continue }
            // The text beats the registry: "le président kényan Amos Wekesa" names the president (an interim, a
            // successor the registry has not caught up with); the title is theirs, not the holder's on record.
            var end = title.offset + title.text.count
            // ("le chef de la diplomatie brésilienne de l'époque, Antonio Patriota": the name after "at the time".)
            let then = fold(String(characters[end...].prefix(16))).split { !$0.isLetter }.prefix(3).joined(separator: " ")
            for phrase in ["de l epoque", "d alors", "at the time"] where then.hasPrefix(phrase) {
                end = min(characters.count, end + (characters[end...].prefix(16).firstIndex(of: ",").map { $0 - end } ?? 0))
            }
            // ("du Président de la République, Chef de l'Etat, SE Issoufou Mahamadou": past a second title in apposition and an
            // honorific, the name is still the title's.)
            end = Self.pastAppositeTitles(from: end, tokens: tokens, in: characters)
            if let next = tokens.first(where: { $0.start >= end }), next.start - end <= 2, next.text.first?.isUppercase == true,
                let following = tokens.first(where: { $0.start > next.start }), following.text.first?.isUppercase == true,
                Gazetteer.lookup(next.text) == nil, DateResolver.months[fold(next.text)] == nil
            {
                let holderWords = forms[holder].split(separator: " ")
                // ("leader of the United States of America Joseph Biden": the holder's surname after another form of their first
                // name is the holder.)
                if !holderWords.contains(Substring(forms[next.text])) {
                    guard holderWords.count >= 2, holderWords.last.map(String.init) == forms[following.text] else { continue }
                    add(PersonMention(name: holder, country: title.country, offset: next.start, source: .title))
                    continue
                }
                // The holder's first name and their surname in another spelling ("… étrangères Grigol Vachadze" is
                // Vashadze): the holder, where the name stands, so the spelling is not taken for someone else.
                let surname = forms[following.text]
                if let last = holderWords.last, surname != String(last), surname.count >= 6, Self.oneEditApart(surname, String(last)) {
                    add(PersonMention(name: holder, country: title.country, offset: next.start, source: .title))
                    continue
                }
            }
            // So does a name the title is in apposition to ("Jean Rakoto, président de la République de Madagascar"),
            // unless it is the holder's own in another spelling ("Grigol Vachadze, ministre géorgien …" is Vashadze).
            if let named = Self.appositionName(before: title.offset, tokens: tokens, in: characters) {
                let surname = forms[named.last!.text]
                let holderSurname = String(forms[holder].split(separator: " ").last ?? "")
                guard surname == holderSurname || surname.count >= 6 && Self.oneEditApart(surname, holderSurname) else { continue }
                add(PersonMention(name: holder, country: title.country, offset: named[0].start, source: .title))
                continue
            }
            add(PersonMention(name: holder, country: title.country, offset: title.offset, source: .title))
        }
    }

    /// Where a title's apposition ends when it is another title set between commas, then perhaps an honorific (", Chef de
    /// l'Etat, SE …", ", head of state, H.E. …"): the offset of what follows, else `end` itself.
    static func pastAppositeTitles(from end: Int, tokens: [(text: String, start: Int)], in characters: [Character]) -> Int {
        guard end < characters.count, characters[end] == "," else { return end }
        let glue: Set<String> = ["de", "la", "l", "d", "du", "of", "the", "etat", "state", "chef", "head", "government", "gouvernement"]
        let honours: Set<String> = ["SE", "S.E.", "S.E", "H.E.", "H.E", "HE"]
        var cursor = end + 1
        var titled = false
        for token in tokens where token.start >= cursor {
            // (Only commas, spaces and apostrophes between the words skipped.)
            guard characters[cursor..<token.start].allSatisfy({ $0 == " " || $0 == "," || $0 == "'" || $0 == "’" }) else { break }
            let word = fold(token.text)
            if honours.contains(token.text) || ["excellence", "excellency"].contains(word) || (["son", "his"].contains(word) && titled) {
                cursor = token.start + token.text.count
                titled = true
                continue
            }
            guard glue.contains(word) || titleWords.contains(word) || titleNouns.contains(word) else { break }
            cursor = token.start + token.text.count
            titled = true
        }
        guard titled, let next = tokens.first(where: { $0.start >= cursor }), next.text.first?.isUppercase == true,
            characters[cursor..<next.start].allSatisfy({ $0 == " " || $0 == "," })
        else { return end }
        return max(end, next.start - 1)
    }

    /// People the sentence names by a pronoun or a bare title: the speaker of a first-person text ("je", "nous"), the one
    /// addressed in a transcript ("you"), someone by a title the article gave them, and the last sentence's subject ("il").
    func pronounReferences(
        characters: [Character], words tokens: [(text: String, start: Int)], folded: String, normalizedWords: [(text: String, start: Int)],
        found: inout [PersonMention]
    ) {
        func add(_ mention: PersonMention) { Self.adding(mention, to: &found) }
        // The speaker of a first-person text, where "je"/"nous" stands.
        if let speaker, let pronoun = tokens.first(where: { token in
            let word = fold(token.text)
            return Self.firstPerson.contains(word) && (token.text != "I" || language == "en") || addresseeIsSpeaker && (word == "vous" || word == "you")
        }) {
            add(PersonMention(name: speaker.name, country: speaker.country, offset: pronoun.start, source: .surname, office: speaker.office))
        }
        // In a transcript, "you" is the one who spoke before ("Thank you for receiving me here in Ankara").
        if let addressee, !addresseeIsSpeaker, addressee.name != speaker?.name,
            let position = tokens.firstIndex(where: { ["you", "vous"].contains(fold($0.text)) }),
            // ("As you all know", "vous tous": the audience.)
            position + 1 >= tokens.count || !["all", "tous", "toutes"].contains(fold(tokens[position + 1].text))
        {
            let pronoun = tokens[position]
            add(PersonMention(name: addressee.name, country: addressee.country, offset: pronoun.start, source: .surname, office: addressee.office))
        }
        // "the Acting Assistant Secretary will travel to Nairobi" after "Acting Assistant Secretary of State for African Affairs
        // Donald Yamamoto": a title the article gave someone, alone after "the", is theirs.
        for (key, person) in titled where !found.contains(where: { $0.name == person.name }) {
            guard folded.includes(" the " + key + " "), case let offset = approximateOffset(of: "the " + key, in: normalizedWords),
                !found.contains(where: { $0.offset > offset && $0.offset <= offset + key.count + 8 })
            else { continue }
            add(PersonMention(name: person.name, country: person.country, offset: offset + 4, source: .title))
            found.sort { $0.offset < $1.offset }
        }
        // "Il a eu un entretien avec …": the pronoun is the last sentence's subject.
        // (Not inside a quotation: "« Elle a toutes les compétences », a déclaré …" is someone else's "elle".)
        // ("His first foreign trip took him to Minsk": a possessive opening the sentence, on a trip, is the subject's too; not
        // "His Majesty", "Son Excellence", nor "Son numéro deux", someone else.)
        let possessive = subjectAlone && tokens.count > 1 && Self.openingPossessives.contains(fold(tokens[0].text))
            && !Self.possessedHonorifics.contains(fold(tokens[1].text))
            && tokens.dropFirst().prefix(3).contains { Self.possessedTrips.contains(fold($0.text)) }
        // ("Il y a quatre ans, …, il avait été accueilli": the first "il" that stands for someone.)
        if !pronounsReferToEvent, let subject,
            let position = possessive ? 0 : tokens.indices.first(where: { index in
                Self.thirdPerson.contains(fold(tokens[index].text)) && !Self.isImpersonal(tokens, at: index)
            }),
            !Self.isQuoted(tokens[position].start, in: characters),
            // ("he", "il" is not the Queen.)
            !(["he", "il"].contains(fold(tokens[position].text)) && Self.queensRegnant.contains(subject.name)),
            !found.contains(where: { $0.offset < tokens[position].start }),
            // ("M. Trump a indiqué qu'il appellerait …": an honorific's name, found below, comes first too.)
            // (A bare "M" is no Monsieur: "le M23".)
            !tokens[..<position].indices.contains(where: { index in
                Self.honorifics.contains(fold(tokens[index].text)) && index + 1 < position && tokens[index + 1].text.first?.isUppercase == true
                    && (tokens[index].text != "M" || tokens[index].start + 1 < characters.count && characters[tokens[index].start + 1] == ".")
            }),
            // Nor "elle a eu lieu", "it took place": the event.
            position + 1 >= tokens.count || !Self.eventPredicates.contains(where: { predicate in
                tokens[(position + 1)...].prefix(4).map { fold($0.text) }.joined(separator: " ").hasPrefix(predicate)
            })
        {
            let pronoun = tokens[position]
            add(PersonMention(name: subject.name, country: subject.country, offset: pronoun.start, source: .reference, office: subject.office))
        }
    }

    /// People named by a surname alone, of someone the article named in full before ("Kerry arrived at …", "Xi said") or the
    /// only office-holder of the registry who bears it then, added to `found`; the article's people by surname.
    func surnameReferences(
        characters: [Character], words tokens: [(text: String, start: Int)], knownSpans: [Range<Int>], on date: PartialDate,
        found: inout [PersonMention]
    ) -> [String: [PersonMention]] {
        func add(_ mention: PersonMention) { Self.adding(mention, to: &found) }
        var bySurname: [String: [PersonMention]] = [:]
        for person in known where person.source != .reference {
            let words = forms[person.name].split(separator: " ")
            guard words.count >= 2 else { continue }
            // (The family name comes first in Chinese and Korean names: "Moon Jae-in" is Moon, never "in".)
            let familyFirst = person.country.map(Self.familyNameFirst.contains) == true
            bySurname[String(familyFirst ? words.first! : words.last!), default: []].append(person)
            // ("Thai Prime Minister Prayuth Chan-ocha …; Harris held talks with Prayuth": a Thai is named by the given name.)
            if person.country.map(Self.givenNameAfter.contains) == true {
                // (Not a given name many bear: "Mohamed", "Hassan", "Ali".)
                for given in Self.givenNames[person.name] ?? [String(words.first!)]
                where !(bySurname[given]?.contains(person) ?? false) && !Self.commonSurnames.contains(given) {
                    bySurname[given, default: []].append(person)
                }
            }
        }
        for (index, token) in tokens.enumerated() where token.text.count >= 2 && token.text.first?.isUppercase == true
            && !found.contains(where: { $0.offsets.contains(token.start) || abs($0.offset - token.start) < 2 })
            && !knownSpans.contains(where: { $0.contains(token.start) })
            // (Not part of a longer run of capitalised words: "During his visit to Tokyo, Biden" is Biden alone.)
            // (A day or a month before it is no name's: "On Tuesday Fernández is to meet …".)
            && (index == 0 || tokens[index - 1].text.first?.isUppercase != true
                || DateResolver.weekdays[fold(tokens[index - 1].text)] != nil || DateResolver.months[fold(tokens[index - 1].text)] != nil
                || tokens[index - 1].start + tokens[index - 1].text.count + 1 != token.start
                || characters[token.start - 1] != " ")
            && (index + 1 == tokens.count || tokens[index + 1].text.first?.isUppercase != true
                || token.start + token.text.count + 1 != tokens[index + 1].start)
        {
            // ("Al-Sisi and Al-Bashir" after "Abdel Fattah Al-Sisi", "Omar al-Bashir": the surname without its article too.)
            let surname = surnameForm(of: token.text)
            let bare = ["al ", "el "].contains(where: surname.hasPrefix) ? String(surname.dropFirst(3)) : surname
            let matches = bySurname[surname] ?? bySurname[bare] ?? []
            if matches.count == 1, let person = matches.first, !found.contains(where: { $0.name == person.name }) {
                add(PersonMention(name: person.name, country: person.country, offset: token.start, source: .surname, office: person.office))
            } else if matches.count == 1, let person = matches.first,
                let pronoun = found.firstIndex(where: { $0.name == person.name && $0.source == .reference && $0.offset > token.start })
            {
                // ("Abe last visited India in September 2017, when he and Modi laid …": the surname before the pronoun that stands
                // for the same person is where they are named.)
                found[pronoun].offsets = (found[pronoun].offsets + [token.start]).sorted()
                found[pronoun].offset = token.start
                found[pronoun].source = .surname
            } else if matches.isEmpty, let bearers = Self.registrySurnames[surname] ?? Self.registrySurnames[bare] {
                // "The phone conversation between Putin and Trump": a surname only one office-holder of the registry bears
                // about when they held office, or who headed an international body then ("Ban" in 2012, UN Secretary-General).
                // ("Harris visits DMZ" in 2022 is Kamala Harris, two years before Simon Harris led Ireland; in 2024, either.)
                let near = bearers.filter {
                    OfficeRegistry.served($0.name, near: date, years: 1) || OfficeRegistry.heldInternationalPost($0.name, on: date)
                }
                // ("L'ex-chancelière Merkel", "former President Obama": named as having held it, the only one who did.)
                let former = tokens[max(0, index - 2)..<index].contains(where: { token in
                    let word = fold(token.text)
                    return word.hasPrefix("ex-") || TitleResolver.former.contains(word) || ["late", "feu"].contains(word)
                })
                if let person = near.count == 1 ? near[0] : former && bearers.count == 1 ? bearers[0] : nil,
                    !found.contains(where: { $0.name == person.name })
                {
                    add(PersonMention(name: person.name, country: person.country, offset: token.start, source: .surname))
                }
            }
        }
        return bySurname
    }

    /// "the presidents of Russia and the United States", "the leaders of France and Germany": each country's holder, added to
    /// `found`.
    func pluralTitleHolders(characters: [Character], tokens titleTokens: [DateResolver.Token], on date: PartialDate, found: inout [PersonMention]) {
        func add(_ mention: PersonMention) { Self.adding(mention, to: &found) }
        // (Not in apposition to the names just listed: "Wang Yi, Sergei Lavrov and Abbas Araghchi, the foreign ministers of China,
        // Russia and Iran respectively".)
        let plural = Self.pluralTitles(characters, tokens: titleTokens, on: date, named: found.sorted { $0.offset < $1.offset })
        let apposed = plural.first.map { title in
            let before = characters[max(0, title.offset - 24)..<title.offset]
            guard found.filter({ $0.offset < title.offset }).count >= 2, let comma = before.lastIndex(of: ",") else { return false }
            return fold(String(before[(comma + 1)...])).split(separator: " ").allSatisfy {
                ["the", "foreign", "prime", "les", "leurs", "their", "both", "tous", "deux"].contains($0)
            }
        } ?? false
        for var person in plural where !apposed && !found.contains(where: { $0.name == person.name }) {
            // (One the article named of that country, whom the registry does not know, is the one meant: an interim or a
            // successor it has not caught up with.)
            let named = known.filter { $0.country == person.country && OfficeRegistry.person(named: $0.name) == nil && $0.office == person.office }
            if named.count == 1 { person.name = named[0].name }
            add(person)
        }
    }

    /// A name nothing introduced: two or three capitalised words that are no place, title, month or institution
    /// ("l'islamiste Ahmad al-Charaa"), added to `found`; a known person where the words name one.
    func newNames(
        characters: [Character], words tokens: [(text: String, start: Int)], knownSpans: [Range<Int>], on date: PartialDate,
        found: inout [PersonMention]
    ) {
        func add(_ mention: PersonMention) { Self.adding(mention, to: &found) }
        let surnames = Set((found + known).compactMap { forms[$0.name].split(separator: " ").last })
        // (Nor one a name already found begins inside: "Cheikh Sabah Al Ahmad Al Jaber Al Sabah" is the emir's, from "Sabah".)
        for name in Self.bareNames(tokens, in: characters) where !found.contains(where: {
            abs($0.offset - name.start) < 2 || forms[$0.name].hasSuffix(forms[name.text]) || $0.offset > name.start && $0.offset < name.start + name.text.count
        }) && !knownSpans.contains(where: { $0.contains(name.start) })
            // ("King Salman bin Abdulaziz Al Saud": a patronymic goes on with the name before it, and is no one of its own.)
            && !["bin", "ben", "ibn", "bint"].contains(fold(String(characters[max(0, name.start - 6)..<name.start])).split(separator: " ").last.map(String.init) ?? "")
        {
            let words = name.text.split(separator: " ").map(String.init)
            // "Joseph Biden" after "Joe Biden": the same person by first initial and surname, known or in the registry.
            // ("Trump hosts Mexico's López Obrador": a compound surname ends the registry's name; that first, as "Oligui Nguema"
            // ends Brice Oligui Nguema's, though "Obiang Nguema" shares its initial and last word.)
            if let person = known.first(where: { person in
                let form = forms[person.name]
                return form.hasSuffix(" " + forms[words.last!]) && form.first == forms[words[0]].first
            }) ?? (words.count == 2 ? Self.registryPerson(compoundSurname: words, near: date) : nil)
                .map({ PersonMention(name: $0.name, country: $0.country, offset: 0, source: .knownName) })
                ?? Self.registryPerson(first: words[0], surname: words.last!, near: date).map({ PersonMention(name: $0.name, country: $0.country, offset: 0, source: .knownName) })
            {
                add(PersonMention(name: person.name, country: person.country, offset: name.start, source: .knownName))
                continue
            }
            // ("le Sommet des Trois Amigos", "the Summit of the Three Amigos": a gathering's name, no one's.)
            let before = fold(String(characters[max(0, name.start - 24)..<name.start])).split(whereSeparator: { !$0.isLetter }).suffix(3).map(String.init)
            if before.count >= 2, ["des", "du", "de", "of", "the"].contains(before[before.count - 1]),
                before.dropLast().contains(where: { ["sommet", "summit", "forum", "conference", "sommets", "summits"].contains($0) })
            {
                continue
            }
            // A run opening the sentence is too often a title or a phrase: only a known person is taken there.
            // There, a title in apposition vouches for it ("Jean Rakoto, président de la République de Madagascar, …").
            guard !name.atStart || Self.titleInApposition(after: name, tokens: tokens, in: characters),
                !forms[name.text].split(separator: " ").contains(where: surnames.contains), !Self.namesPlace(name.text)
            else { continue }
            if let person = OfficeRegistry.person(named: name.text) {
                add(PersonMention(name: person.name, country: person.country, offset: name.start, source: .knownName))
            } else if let person = known.first(where: { forms[$0.name] == forms[name.text] }) {
                add(PersonMention(name: person.name, country: person.country, offset: name.start, source: .knownName))
            } else if let person = OfficeRegistry.person(soundingLike: name.text, near: date) {
                add(PersonMention(name: person.name, country: person.country, offset: name.start, source: .knownName))
            } else {
                add(PersonMention(name: name.text, country: nil, offset: name.start, source: .newName))
            }
        }
    }

    /// The sentence's people made final: each one's country on the date, parts of names and surnames inside a known name
    /// removed, in order; what they teach about the article (its republic's president, titles given to names) kept.
    mutating func settle(_ found: inout [PersonMention], characters: [Character], on date: PartialDate) {
        // Someone who served two countries represents the one they served on the date. Someone whose offices all ended
        // years before, named with an international body's title, represents that body and no country ("NATO Secretary
        // General Jens Stoltenberg", Norway's prime minister until 2013).
        for index in found.indices {
            if OfficeRegistry.heldInternationalPost(found[index].name, on: date) {
                found[index].country = nil
            } else if let country = OfficeRegistry.country(of: found[index].name, on: date) {
                found[index].country = country
            } else if found[index].source != .title, OfficeRegistry.leftOffice(found[index].name, yearsBefore: date, years: 3) {
                let before = " " + fold(String(characters[max(0, found[index].offset - 48)..<found[index].offset])) + " "
                if Self.internationalBodies.contains(where: { before.includes(" " + $0 + " ") }) { found[index].country = nil }
            }
        }
        found.sort { $0.offset < $1.offset }
        // "Le président brésilien Luiz Inácio Lula da Silva": a new name made of some of the words of a name found beside it
        // (cut at its particle) is that name's part, not someone else.
        let knownWords = found.filter { $0.source != .newName }.map { Set(fold($0.name).split(separator: " ")) }
        found.removeAll { person in
            guard person.source == .newName else { return false }
            let words = Set(fold(person.name).split(separator: " "))
            return words.count >= 2 && knownWords.contains { words.isSubset(of: $0) && words != $0 }
        }
        // "Le Président de la République, S.E.M. Alassane Ouattara" on a presidency's own site: its own head of state.
        if let publisher {
            for index in found.indices where found[index].country == nil && Self.namedAsTheRepublicsPresident(found[index].offset, in: characters) {
                found[index].country = publisher
            }
        }
        if republicsCountry == nil, let named = found.first(where: { person in
            // (The registry's offices first: a dictionary lookup, where the title check folds the text before the name.)
            person.source == .knownName && person.country.map { $0 != "FR" } == true
                && OfficeRegistry.offices(of: person.name, on: date).contains(.headOfState)
                && Self.namedAsTheRepublicsPresident(person.offset, in: characters)
        }) {
            republicsCountry = named.country
        }
        // A surname inside a name the registry knows is that name's: "du roi Philippe" is not also Édouard Philippe.
        let named = found
        found.removeAll { person in
            guard person.source == .surname || person.source == .title else { return false }
            let word = fold(String(characters[person.offset...].prefix { $0.isLetter || $0 == "-" }))
            return named.contains { other in
                other.name != person.name && other.source == .knownName && other.offset < person.offset && person.offset - other.offset <= 12
                    && fold(other.name).split(separator: " ").contains { $0 == word }
            }
        }
        for person in found where [.newName, .knownName].contains(person.source) {
            if let key = Self.titleKey(before: person.offset, in: characters) { titled[key] = person }
        }
    }

    /// The sentence's subject, for the pronouns of the next, chosen among `found`; `found` joins the people the article knows.
    mutating func followSubject(of found: [PersonMention], characters: [Character]) {
        // (Not the agent of an opening participle: "Dépêchée par le président X, la ministre …" is about the minister.)
        let agentEnd = ArticleExtractor.openingAgentEnd(characters)
        // (Nor one met "with": "La journée a commencé par une rencontre avec le ministre …, Bruno Le Maire" is still about the
        // guest the article follows. A sentence that names only such people leaves the subject as it was.)
        let opening = fold(String(characters.prefix(found.first?.offset ?? 0)))
        let metWith = (" " + opening + " ").includes(" avec ") || (" " + opening + " ").includes(" with ")
        // (Unless someone after it has a verb of their own: "Après un tête-à-tête avec Emmanuel Macron, le président Alassane
        // Ouattara a reçu …", "Along with Vice President Kamala Harris, President Joe Biden welcomed Merkel".)
        // (Right after the comma, with only a title between: not an object further on, "…, il a salué le travail de Macky Sall".)
        let ownSubject = metWith ? found.dropFirst().first(where: { person in
            guard let comma = characters[found[0].offset..<person.offset].lastIndex(of: ",") else { return false }
            let lead = Self.words(Array(characters[(comma + 1)..<person.offset]))
            return lead.allSatisfy({ Self.isNameOrTitleWord($0.text) || ["le", "la", "l", "the"].contains(fold($0.text)) })
                && Self.verbFollows(person.offset, in: characters)
        }) : nil
        if let ownSubject {
            subject = ownSubject
            subjects.insert(ownSubject.name)
            subjectCounts[ownSubject.name, default: 0] += 1
            subjectAlone = false
        } else if metWith, subject != nil {
            // (Left as it was.)
        } else if let first = found.first(where: { $0.offset > (agentEnd ?? -1) }) ?? found.first {
            subject = first
            subjects.insert(first.name)
            subjectCounts[first.name, default: 0] += 1
            subjectAlone = Set(found.map(\.name)).count == 1
        }
        for person in found {
            if let index = known.firstIndex(where: { $0.name == person.name }) {
                // (Someone first known by a title and now named is known by name: "the Prime Minister" on their own
                // office's page is then theirs, not the last Prime Minister named.)
                if known[index].source == .title, [.knownName, .newName].contains(person.source) { known[index].source = person.source }
            } else {
                known.append(person)
            }
        }
    }
}
