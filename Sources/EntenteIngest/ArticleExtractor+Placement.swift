import EntenteModel

/// The placement stage of ``ArticleExtractor/build(kind:phrase:trigger:clause:discourse:split:)``: where an event is.
extension ArticleExtractor {
    /// Whether a place stands in a quotation that closes in its sentence (which places nothing told outside it).
    static func quotedApart(_ place: PlaceMention, in characters: [Character]) -> Bool {
        PersonFinder.quotation(containing: place.offset, in: characters).map { $0.upperBound < characters.count } ?? false
    }

    /// Where an event is (its host country and place), and which of the clause's places the trigger governs; `nil` when the
    /// trigger makes no event after all (a letter received, guests the text does not name).
    static func placement(kind: String, phrase: String, trigger: Int, clause: Clause, discourse: Discourse, foldedClause: [Character]) -> Placement? {
        let sentence = clause.sentence
        // (What a trip is for is where it goes: "headed to the United States on Sunday for a summit with his U.S. counterpart".)
        let tripPurpose = ["meeting", "talks", "summit"].contains(kind) && clause.triggers.contains { $0.group == "visit" && $0.offset < trigger }
            // (" to " only before a verb of meeting, "to meet"; "travels to the BRICS summit" is where it goes.)
            && Self.follows(
                [" for a ", " for the ", " for ", " pour un ", " pour une ", " pour le ", " pour la ", " pour des ", " pour "]
                    + (kind == "summit" ? [] : [" to "]),
                trigger - clause.start, within: 12, in: foldedClause)
        let travel = kind == "visit" || kind == "invitation" || phrase == "welcomed" || tripPurpose
        // Where: a place after a locative preposition, the one after the trigger first ("sommet du G20 à Londres");
        // else a city; a country name unlocated ("with regard to Iran") only for a trip. Adjectives say who, not where.
        // (The place a "where" clause is about, named before it, is where its events are.)
        var located = clause.places.filter {
            $0.kind != .adjective && ($0.offset < clause.start || Self.isLocated($0, in: sentence.characters, travel: travel))
        }
        // «Macron se rendra au Maroc», a confié une source à l'Élysée: a quoted event is placed by the quotation, not its attribution.
        if let quotation = PersonFinder.quotation(containing: trigger, in: sentence.characters) {
            let inside = located.filter { quotation.contains($0.offset) }
            if !inside.isEmpty { located = inside }
        } else {
            // ("«C'est un signal fort envoyé à Moscou», a commenté le chef du gouvernement lors de la conférence de presse
            // commune": a place quoted places nothing told outside the quotation, when it closes in the sentence.)
            located.removeAll { Self.quotedApart($0, in: sentence.characters) }
        }
        // ("Ms Harris, who arrived on Wednesday evening from Ghana": where a trip came from is not where it is; a "where"
        // clause's own place may be: "He flew in from Eritrea, where his tour began on Tuesday".)
        if kind == "visit" { located.removeAll { $0.offset >= clause.start && Self.isOrigin($0, in: sentence.characters) } }
        // ("…, the foreign ministry in Warsaw has said": where the source of the report sits places nothing.)
        located.removeAll { Self.seatOfTheSource($0, in: sentence.characters) }
        // ("cancelled talks with Macron, citing tensions in Ukraine": a place the cause names places nothing.)
        let cause = Triggers.causes.occurrences(in: clause.folded).map { clause.start + $0.offset }.filter { $0 > trigger }.min() ?? Int.max
        located.removeAll { $0.offset > cause }
        // ("a rencontré mercredi Hassan Rohani, qu'il a invité en Allemagne": a place after an invitation told later is where
        // the invitation is to, not where the meeting was.)
        if kind != "invitation", let invited = clause.triggers.filter({ $0.group == "invitation" && $0.offset > trigger }).map(\.offset).min() {
            located.removeAll { $0.offset > invited }
        }
        // ("talks with his counterparts in Algeria, Mauritania, Senegal and Mali": the countries a plural title names say whose
        // holders they are, not where they meet.)
        let pluralTitled = Dictionary(grouping: clause.persons.filter { $0.source == .title }, by: \.offset).values.filter { $0.count >= 2 }
        located.removeAll { place in
            pluralTitled.contains { group in
                place.offset > group[0].offset && place.offset - group[0].offset <= 120 && group.contains { $0.country == place.country }
                    && Self.listedInTitle(place, after: group[0].offset, in: clause)
            }
        }
        let governed = located.filter { $0.offset > trigger }
        var city: PlaceMention?
        var countryPlace: PlaceMention?
        // ("a invité le roi Abdallah II de Jordanie au sommet arabe d'Alger": an invitation to a summit is to the summit's place,
        // not to the guest's country named on the way.)
        // (Unless the invitation names its destination before the summit: "a invité Joe Biden en France, en marge du sommet du
        // G7 en Italie".)
        // (Asked only of an invitation: the summit's place is looked for then.)
        let summitsPlace = { () -> PlaceMention? in
            clause.triggers.first { $0.group == "summit" && $0.offset > trigger }.flatMap { summit in
                governed.contains { $0.offset < summit.offset } ? nil
                    : clause.places.first { $0.offset > summit.offset && $0.kind != .adjective && $0.kind != .region }
            }
        }
        if kind == "invitation",
            let destination = summitsPlace() ?? governed.first ?? clause.places.first(where: { $0.offset > trigger && $0.kind != .adjective })
        {
            // "qu'il a invité à se rendre en Russie": the invitation's destination follows it.
            city = destination.kind == .city ? destination : nil
            countryPlace = destination
        } else {
            // ("Prime Minister Narendra Modi of India": a country after "of" says whose, not where.)
            // (What a trip of several stops is for is at the stop told right before it: "will travel to Kyiv on Wednesday, then to
            // Berlin on Thursday for talks with Annalena Baerbock".)
            let lastStop = tripPurpose && governed.isEmpty ? located.last { $0.offset < trigger } : nil
            countryPlace = governed.first ?? lastStop ?? located.first
                ?? (travel ? clause.places.first { place in
                    place.kind == .country && !Self.isAfterOf(place.offset, in: sentence.characters)
                        && !(kind == "visit" && place.offset >= clause.start && Self.isOrigin(place, in: sentence.characters))
                } : nil)
            // A city named without a preposition only places the event when no country is given or it lies there
            // ("se rendra en Géorgie, selon la Maison Blanche" is no visit to Washington).
            // (Not a city of the subject's own country, when the trigger names another: "Rabuka has cancelled a visit to China …
            // after suffering an injury at his office complex in Suva".)
            let home = clause.persons.first { $0.offset < trigger }?.country
            let inCountry = { (place: PlaceMention) in
                countryPlace.map { $0.kind == .city || $0.offset > place.offset || $0.country == place.country || place.country != home } ?? true
            }
            // (A trip's next leg is to a city after it: "visited Kyiv last month and is expected in Washington on Friday".)
            let leg = kind == "visit" && Triggers.onwardSet.contains(phrase)
            city = governed.first { $0.kind == .city && inCountry($0) }
                ?? lastStop.flatMap { $0.kind == .city ? $0 : nil }
                ?? located.first { $0.kind == .city && inCountry($0) && (!leg || $0.offset > trigger) }
                ?? clause.places.first {
                    (!leg || $0.offset > trigger) && $0.kind == .city && (countryPlace == nil || $0.country == countryPlace?.country)
                        && !Self.isAhead($0, in: sentence.characters)
                        && !Self.isAttribution($0, in: sentence.characters) && !Self.seatOfTheSource($0, in: sentence.characters)
                        // ("to discuss the humanitarian situation in Gaza": what was talked about.)
                        && Self.wordsBefore($0, in: sentence.characters).dropLast().last.map { Self.topicNouns.contains(String($0)) } != true
                        // ("Kyiv's territorial integrity": the government's.)
                        && !Self.isPossessive($0, in: sentence.characters)
                        // ("convaincre le président chinois de peser sur Moscou", "pressure on Moscow": a government, not a place.)
                        && Self.wordsBefore($0, in: sentence.characters).last.map { Self.governmentPrepositions.contains(String($0)) } != true
                        // (Where a trip came from places nothing; a "where" clause's place just named it may.)
                        && ($0.offset < clause.start || !Self.isOrigin($0, in: sentence.characters))
                        && (PersonFinder.quotation(containing: trigger, in: sentence.characters) != nil || !Self.quotedApart($0, in: sentence.characters))
                }
        }
        // ("lors du sommet d'Erevan", "the summit of Rabat": the city that names a summit is where it is, whatever place the
        // clause names before it: "confiée à la Tunisie lors du sommet d'Erevan".)
        if kind == "summit", let named = Self.cityAfterSummit(trigger, phrase: phrase, clause: clause) {
            city = named
            countryPlace = named
        }
        // ("une visite dans six États membres de l'UE": the Union is no country to host anything.)
        var host = (city?.country ?? countryPlace?.country).flatMap { $0 == "EU" ? nil : $0 }
        var location = city?.city
        // ("is expected to travel to Laos next month for the annual ASEAN-India summit": a summit the trip is for, its name
        // between, is where the trip goes, when nothing else places it.)
        if kind == "summit", host == nil, clause.triggers.contains(where: { $0.group == "visit" && $0.offset < trigger }),
            let between = Self.gap(after: [" for the ", " pour le ", " pour la "], before: trigger - clause.start, within: 36, in: foldedClause),
            ![",", " ou ", " where ", " which ", " qui "].contains(where: between.contains),
            let stop = clause.places.last(where: {
                $0.offset < trigger && $0.offset >= clause.start && [.country, .city].contains($0.kind)
                    && Self.isLocated($0, in: sentence.characters, travel: true) && !Self.isOrigin($0, in: sentence.characters)
            })
        {
            host = stop.country == "EU" ? nil : stop.country
            location = stop.kind == .city ? stop.city : location
        }
        // "the UK's AI Summit": a country in the possessive just before a summit is its host.
        if kind == "summit", host == nil, let owner = Self.possessive(before: trigger, clause: clause) { host = owner }
        // ("since the Beijing Summit of the Forum on China-Africa Cooperation in 2006": a city naming the summit hosts it.)
        if kind == "summit", host == nil, let city = Self.cityNaming(trigger, clause: clause) {
            host = city.country
            location = city.city
        }
        // ("Türkiye will host the annual NATO summit in 2026", "In 2019, Russia hosted the first ever Russia-Africa Summit": the
        // country that hosts it.)
        if kind == "summit", host == nil, let owner = Self.hostingCountry(before: trigger, clause: clause) { host = owner }
        // "President Biden will welcome Prime Minister Modi for a state visit": a reception with no place given is in
        // the receiving country.
        // (Not a passive one: "will be received by President Vladimir Putin" is the guest's side.)
        // ("Macky Sall recevra les honneurs militaires … et aura un entretien avec François Hollande": honours received are
        // no guest, and place nothing.)
        let reception = Triggers.receptions.contains(phrase) && !Self.receivesHonours(after: trigger + phrase.count, in: clause)
        // (Or with the host as its agent: "Obama …, welcomed at the Merdeka Palace by President Yudhoyono".)
        // ("is scheduled to host": the receiver's verb, whatever the participle before it.)
        let passive = reception && !phrase.hasSuffix(" to host") && (Self.passiveBefore(trigger, in: sentence.characters, english: true)
            || ["welcomed", "received"].contains(phrase) && Self.receivingAgent(after: trigger, in: clause) != nil)
        if host == nil, reception, !passive, let receiver = clause.persons.last(where: { $0.offset < trigger }),
            let country = receiver.country, country != "EU"
        {
            // (Unless the article has the receiver abroad that day: "Au deuxième jour de sa visite d'État en France, … Il a reçu
            // …", "Aux USA, Félix Tshisekedi … a reçu son homologue zambien".)
            let away = clause.persons.contains(where: { $0.offset > trigger })
                ? Self.tripAbroad(of: receiver.name, home: country, clause: clause, discourse: discourse) : nil
            host = away?.hostCountry ?? country
            if let away { location = away.location }
        }
        // "During the visit, King Abdullah will hold talks with …", "Au cours de sa visite, il s'entretiendra avec …": with no
        // place of its own, a meeting told as during the trip is where the subject's trip abroad is.
        // (The visit last told must be the subject's: "Yoon will visit the United States next week. During the visit, Biden will
        // meet Yoon" is the guest's visit, and Biden's own trip to Japan is not the one meant.)
        if host == nil, kind == "meeting" || kind == "talks", Triggers.duringTheTrip.occurs(in: String(clause.spaced)),
            let subject = clause.persons.first(where: { $0.offset < trigger }), let home = subject.country,
            discourse.events.last(where: { $0.kind == "visit" && !$0.inPassing })?.participants.contains(where: { $0.name == subject.name }) == true,
            let trip = Self.tripAbroad(of: subject.name, home: home, clause: clause, discourse: discourse)
        {
            host = trip.hostCountry
            location = trip.location
        }
        // "La lettre de Vladimir Poutine, reçue par Emmanuel Macron": what was received is a thing of someone's, not a guest.
        if kind == "meeting", Triggers.passiveReceptions.contains(phrase), let guest = clause.persons.last(where: { $0.offset < trigger }),
            ["de", "du", "d", "of", "from"].contains(Self.fold(String(sentence.characters[max(0, guest.offset - 6)..<guest.offset]))
                .split(separator: " ").last.map(String.init) ?? ""),
            !clause.persons.contains(where: { $0.offset < guest.offset })
        {
            return nil
        }
        // "Lula reçu par Xi Jinping": the one who receives, named after, is at home.
        if host == nil, kind == "meeting", Triggers.passiveReceptions.contains(phrase) || passive,
            let receiver = clause.persons.first(where: { $0.offset > trigger }), let country = receiver.country, country != "EU",
            clause.persons.contains(where: { $0.offset < trigger && $0.country != country })
        {
            host = country
        }
        // "Host Subrahmanyam Jaishankar held separate bilateral meetings …", "Summit host Santiago Peña met …": the host's
        // country, with no place given.
        if host == nil, kind == "meeting" || kind == "talks", let subject = clause.persons.first(where: { $0.offset < trigger }),
            let country = subject.country, country != "EU",
            ["host", "hote"].contains(Self.fold(String(sentence.characters[max(0, subject.offset - 8)..<subject.offset])).split(separator: " ").last.map(String.init) ?? "")
        {
            host = country
        }
        // "Les deux responsables européens ont été reçus par le président Zelensky": guests the text does not name make no
        // meeting of the host with someone else.
        if Triggers.pluralPassives.contains(phrase), !clause.persons.contains(where: { $0.offset < trigger }) { return nil }
        return Placement(host: host, location: location, located: located, governed: governed, city: city)
    }

    /// What ``placement(kind:phrase:trigger:clause:discourse:foldedClause:)`` finds.
    struct Placement {
        var host: String?
        var location: String?
        /// The places the clause names as where something happens, and those of them after the trigger.
        var located: [PlaceMention]
        var governed: [PlaceMention]
        /// The city the event is in, when one is named.
        var city: PlaceMention?
    }
}
