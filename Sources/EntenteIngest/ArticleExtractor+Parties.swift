import EntenteModel

/// The parties stage of ``ArticleExtractor/build(kind:phrase:trigger:clause:discourse:split:)``: who takes part, kind by kind.
extension ArticleExtractor {
    /// Who takes part, by kind: the trigger's own people, its guest and receiver, caller and called, inviter and invitee.
    /// Choosing them may settle the host, the place or the status too; a clause that lists several meetings (or
    /// invitations) is built meeting by meeting here, and those events are the answer.
    func parties(
        kind: String, phrase: String, trigger: Int, clause: Clause, discourse: Discourse, split: Bool, placement: Placement,
        persons: [PersonMention], people: [ExtractedEvent.Person], host: inout String?,
        location: inout String?, status: inout EventStatus
    ) -> Parties {
        switch kind {
        case "visit":
            return visitParties(
                phrase: phrase, trigger: trigger, clause: clause, discourse: discourse, governed: placement.governed, persons: persons,
                people: people, host: &host, status: &status)
        case "invitation":
            return invitationParties(
                kind: kind, phrase: phrase, trigger: trigger, clause: clause, discourse: discourse, split: split, governed: placement.governed,
                persons: persons, people: people, host: &host, location: &location, status: &status)
        case "cancellation":
            return Self.cancellationParties(
                phrase: phrase, trigger: trigger, clause: clause, located: placement.located, persons: persons, host: &host,
                location: &location, status: &status)
        case "phone_call":
            host = nil
            location = nil
            return Self.callParties(phrase: phrase, trigger: trigger, clause: clause, persons: persons, people: people, status: &status)
        case "summit":
            // "le dernier sommet": a summit mentioned in passing has only the people it names.
            let past = Self.precededByPast(trigger, clause: clause)
            let named = persons.filter { $0.source != .reference }.map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
            // ("Taking part in the summit were the Presidents of A, B, C, D and E": every one named.)
            let attendance = Triggers.summitAttendance.occurs(in: clause.folded)
            let participants = Array((past ? named : people).prefix(attendance ? 12 : 8))
            if past { status = .held }
            if placement.city == nil && host == nil { location = nil }
            return .chosen(participants: participants, inPassing: past, alsoCalled: [])
        default:
            return meetingParties(
                kind: kind, phrase: phrase, trigger: trigger, clause: clause, discourse: discourse, split: split, persons: persons,
                people: people)
        }
    }

    /// A visit's traveller (or joint delegation): the guest of a reception, the one taken or sent, the one who pays a visit,
    /// the complement of a visit named as a noun, else the clause's travellers; on a tour's next legs, the last trip's.
    func visitParties(
        phrase: String, trigger: Int, clause: Clause, discourse: Discourse, governed: [PlaceMention], persons: [PersonMention],
        people: [ExtractedEvent.Person], host: inout String?, status: inout EventStatus
    ) -> Parties {
        let sentence = clause.sentence
        var participants: [ExtractedEvent.Person]
        if Triggers.attendance.contains(phrase), host == nil || governed.isEmpty { return .events([]) }
        // "The Prime Minister was welcomed to Tirana today by Prime Minister Edi Rama": told from the guest's side, the
        // guest is the subject and the one after "by" receives.
        let passive = Triggers.passiveReceptionPhrases.firstCharacterOffset(in: clause.folded).map { clause.start + $0 }
        if let passive, let guest = persons.last(where: { $0.offset < passive }) {
            participants = [ExtractedEvent.Person(name: guest.name, country: guest.country)]
            if host == nil, let receiver = persons.first(where: { $0.offset > passive }), receiver.country != "EU" { host = receiver.country }
        } else if let reception = Triggers.receptions.compactMap({ clause.folded.characterOffset(of: " " + $0 + " ") }).min(),
            clause.start + reception <= trigger, let guest = persons.first(where: { $0.offset > clause.start + reception })
        {
            // "Biden will welcome Prime Minister Modi for an official state visit": the guest is the visitor; so where the
            // reception is the trigger itself ("Mme Ng avait accueilli à Ottawa son homologue indien, Piyush Goyal").
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
            } else if let traveller = participants.first,
                let first = persons.first(where: { $0.name == traveller.name && $0.offset < trigger }), [.reference, .title].contains(first.source),
                // ("Both are due in Da Nang": each on their own way to a gathering, not one delegation.)
                ![" both ", " tous deux ", " toutes deux ", " l un et l autre "].contains(where: clause.folded.includes),
                case let pair = persons.filter({ $0.source == first.source && $0.offset == first.offset && $0.name != first.name }), !pair.isEmpty
            {
                // ("The two European leaders arrived in Moscow", "The presidents of Poland, Lithuania, Latvia and Estonia travelled
                // to Kyiv": the people a plural reference or title stands for travel together.)
                participants += pair.filter { $0.country == nil || $0.country != host }.map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
            } else if let traveller = participants.first,
                let first = persons.first(where: { $0.name == traveller.name && $0.offset < trigger })
            {
                // "Mme Sirleaf, M. Buhari et M. Mahama … s'étaient rendus à Banjul": a list of subjects closed by "et" travels as
                // one delegation too.
                participants += Self.subjectList(from: first, before: trigger, persons: persons, in: sentence.characters)
                    .filter { $0.country == nil || $0.country != host }.map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
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
                    // (Not where the traveller came from: "Ms Harris, who arrived … from Ghana, is the highest-ranking American
                    // official to visit the country".)
                    && !($0.offset >= clause.start && Self.isOrigin($0, in: sentence.characters))
            })
        {
            host = earlier.country
        }
        return .chosen(participants: participants, inPassing: false, alsoCalled: [])
    }

    /// An invitation's inviter and invitee, in that order, and where it is to: each inviter's of "à l'invitation de A, de B
    /// et de C", whose invitation it is, a country's, or the clause's subject and object.
    func invitationParties(
        kind: String, phrase: String, trigger: Int, clause: Clause, discourse: Discourse, split: Bool, governed: [PlaceMention],
        persons: [PersonMention], people: [ExtractedEvent.Person], host: inout String?, location: inout String?, status: inout EventStatus
    ) -> Parties {
        var participants: [ExtractedEvent.Person]
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
            return .chosen(participants: participants, inPassing: false, alsoCalled: [])
        }
        // "Johnson reiterated his thanks for India's invitation": a country's invitation, from its government, to it.
        if phrase == "s invitation", possessor == nil,
            let country = clause.places.last(where: { $0.kind == .country && $0.offset < trigger && trigger - ($0.offset + $0.text.count) <= 1 }),
            let invitee = persons.last(where: { $0.offset < trigger }) ?? clause.previousSubject, invitee.country != country.country
        {
            participants = [ExtractedEvent.Person(name: "", country: country.country), ExtractedEvent.Person(name: invitee.name, country: invitee.country)]
            host = country.country
            location = nil
            return .chosen(participants: participants, inPassing: false, alsoCalled: [])
        }
        // "At the invitation of X, Y arrived …": nobody before it, so the inviter comes first and the guest after.
        let opensSentence = !persons.contains { $0.offset < trigger }
        if byInvitation, participants.count == 2, !opensSentence {
            participants.reverse()
            // The invitation is to the inviter's country, unless the clause names the destination after it.
            if split || governed.isEmpty, let country = participants[0].country { host = country }
        }
        // "Il a invité Theresa May à lui rendre visite", "invited his counterpart to visit his country": to the inviter's country.
        if !byInvitation, governed.isEmpty, participants.count == 2, let inviter = participants[0].country,
            Self.toTheInvitersCountry.contains(where: clause.folded.includes)
        {
            host = inviter
            location = nil
        }
        if !Triggers.futureInvitation.occurs(in: clause.folded) { status = .held }
        return .chosen(participants: participants, inPassing: false, alsoCalled: [])
    }

    /// Who called an event off, and where it was to be.
    static func cancellationParties(
        phrase: String, trigger: Int, clause: Clause, located: [PlaceMention], persons: [PersonMention], host: inout String?,
        location: inout String?, status: inout EventStatus
    ) -> Parties {
        let sentence = clause.sentence
        var participants: [ExtractedEvent.Person]
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
        return .chosen(participants: participants, inPassing: false, alsoCalled: [])
    }

    /// A call's caller and the one called, and whom else the caller calls (a call each).
    static func callParties(
        phrase: String, trigger: Int, clause: Clause, persons: [PersonMention], people: [ExtractedEvent.Person], status: inout EventStatus
    ) -> Parties {
        let sentence = clause.sentence
        var participants: [ExtractedEvent.Person]
        var alsoCalled: [ExtractedEvent.Person] = []
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
            // ("phone conversations with the leaders of Kenya, Uganda and Eritrea": a plural title's holders stand where it
            // does, each called; not the caller's own government, "the prime ministers of Poland and Ukraine's other
            // neighbours".)
            let alsoHolding = { (person: PersonMention) in
                person.offset == object.offset && person.name != object.name && person.name != caller.name
                    && (person.country == nil || person.country != caller.country)
            }
            if Triggers.callVerbs.contains(phrase) || several {
                // ("qu'il appellerait", "plans to telephone": a call still to make.)
                if Triggers.callsToMake.contains(phrase) { status = .planned }
                let end = Self.listEnd(after: object.offset, in: sentence.characters) ?? Int.max
                alsoCalled = persons.filter { ($0.offset > object.offset || alsoHolding($0)) && $0.offset <= end }.prefix(several ? 8 : 3)
                    .map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
            } else {
                // ("spoke by phone with Donald Trump, Theresa May and Angela Merkel": a call is between two, so a list of
                // those called is one call each; only the list, not who is spoken about: "spoke with Putin about Erdoğan".)
                alsoCalled = persons.filter(alsoHolding).prefix(7).map { ExtractedEvent.Person(name: $0.name, country: $0.country) }
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
        return .chosen(participants: participants, inPassing: false, alsoCalled: alsoCalled)
    }

    /// A meeting's people: those the trigger governs, with the subject a possessive or the previous sentence names; a clause
    /// that tells several meetings ("un entretien avec X, suivi d'une rencontre avec Y", "met A, then B") is built one by one.
    func meetingParties(
        kind: String, phrase: String, trigger: Int, clause: Clause, discourse: Discourse, split: Bool, persons: [PersonMention],
        people: [ExtractedEvent.Person]
    ) -> Parties {
        let sentence = clause.sentence
        var participants: [ExtractedEvent.Person]
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
        // "urged Kagame and Tshisekedi to meet", "directed the chiefs of defence forces to meet": those asked meet, not who
        // asks; no one named, no meeting.
        if Triggers.meetingInfinitives.contains(phrase),
            let appeal = Triggers.appeals.occurrences(in: clause.folded).map({ clause.start + $0.offset + Triggers.appeals.phrases[$0.phrase].count - 2 })
                .last(where: { $0 < trigger && trigger - $0 <= 120 }),
            Self.appealsToOthers(from: appeal, to: trigger, phrase: phrase, in: clause)
        {
            participants.removeAll { person in !persons.contains { $0.name == person.name && $0.offset > appeal } }
            if participants.count < 2 { return .events([]) }
        }
        if split { return .chosen(participants: participants, inPassing: false, alsoCalled: []) }
        // "a meeting between France, Germany, Turkey and the UK": countries known only by name take part as such.
        if participants.count < 2, let between = [" between ", " entre "].compactMap({ clause.folded.characterOffset(of: $0) }).first,
            between >= trigger - clause.start
        {
            let countries = Self.countryList(after: clause.start + between, in: clause)
            if countries.count >= 2 { participants = countries.map { ExtractedEvent.Person(name: "", country: $0) } }
        }
        // "Iran and the United States held indirect talks in Muscat": so do countries that are the subject (of talks held, not
        // of a subject discussed: "Germany and France discussed the programme for years").
        let aboutSomething: Set<String> = ["discussed", "evoque", "ont discute", "a discute", "discute avec", "ont echange", "a echange"]
        if participants.isEmpty, !aboutSomething.contains(phrase),
            case let countries = Self.countrySubjects(before: trigger, in: clause), countries.count >= 2
        {
            participants = countries.map { ExtractedEvent.Person(name: "", country: $0) }
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
        return .chosen(participants: participants, inPassing: false, alsoCalled: [])
    }

    /// What sends the one invited to the inviter's country ("à lui rendre visite", "to visit his country"). Folded.
    static let toTheInvitersCountry = [
        " lui rendre visite", " leur rendre visite", " to visit him", " to visit her", " to visit them", " to visit his country",
        " to visit her country", " to visit their country", " dans son pays", " dans leur pays", " a visiter son pays", " a visiter leur pays",
    ]

    /// Whether an appeal ending at sentence offset `appeal` asks others to meet, not to meet the one who appeals: someone or
    /// something named between it and the meeting's infinitive ("urged Kagame and Tshisekedi to meet"), no subject of a clause
    /// of its own between ("told reporters he planned to meet Xi"), and no pronoun for the appealer after the infinitive
    /// ("asked Museveni to meet him", "a demandé à Olaf Scholz de le rencontrer"). ("has asked to meet Biden" asks to meet.)
    static func appealsToOthers(from appeal: Int, to trigger: Int, phrase: String, in clause: Clause) -> Bool {
        let characters = clause.sentence.characters
        guard appeal < trigger, trigger <= characters.count else { return false }
        // (An aside between commas is about those asked: "urged Kagame and Tshisekedi, leaders of two countries that have
        // clashed, to meet".)
        var stretch = String(characters[appeal..<trigger]).split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        if stretch.count >= 3 { stretch = [stretch.first!, stretch.last!] }
        let between = fold(stretch.joined(separator: " ")).split(separator: " ").map(String.init)
        let objects = between.filter { !["to", "a", "de", "d", "aux", "au"].contains($0) }
        guard !objects.isEmpty else { return false }
        let ownSubjects: Set<String> = ["he", "she", "they", "it", "that", "il", "elle", "ils", "elles", "qu", "que", "we", "i", "nous"]
        if objects.contains(where: ownSubjects.contains) { return false }
        // (The French object pronoun stands before the infinitive: "de le rencontrer".)
        if ["le", "la", "l", "les", "lui"].contains(objects.last ?? "") { return false }
        let after = fold(String(characters[min(trigger + phrase.count, characters.count)...].prefix(16))).split(separator: " ").first.map(String.init)
        return !["him", "her", "them", "me", "us"].contains(after ?? "")
    }

    /// What ``parties(kind:phrase:trigger:clause:discourse:split:placement:persons:people:host:location:status:)``
    /// decides.
    enum Parties {
        /// The participants, whether the event is told in passing, and whom else a caller calls (a call each).
        case chosen(participants: [ExtractedEvent.Person], inPassing: Bool, alsoCalled: [ExtractedEvent.Person])
        /// The events themselves, built one by one (or none).
        case events([ExtractedEvent])
    }

    /// The people listed after `first` before `trigger`, one after another by commas and closed by "et"/"and" ("Mme Sirleaf,
    /// M. Buhari et M. Mahama"), with nothing but names and titles between; none when the list is not closed.
    static func subjectList(from first: PersonMention, before trigger: Int, persons: [PersonMention], in characters: [Character]) -> [PersonMention] {
        var list: [PersonMention] = []
        var closed = 0
        var previous = first
        for next in persons where next.offset > previous.offset && next.offset < trigger && next.name != first.name {
            guard next.offset > previous.offset else { continue }
            let between = " " + fold(String(characters[previous.offset..<next.offset])) + " "
            let comma = characters[previous.offset..<next.offset].contains(",")
            let and = between.contains(" et ") || between.contains(" and ")
            // (Titles between: "Emmanuel Macron, le chancelier allemand Friedrich Merz, le Premier ministre britannique Keir
            // Starmer et …".)
            guard comma || and, between.count <= 64,
                ![" a ", " ont ", " has ", " have ", " said ", " que ", " that ", " qui ", " who ", " avec ", " with ", " accompagn"].contains(where: between.contains)
            else { break }
            list.append(next)
            if and { closed = list.count }
            previous = next
        }
        return Array(list.prefix(closed))
    }
}
