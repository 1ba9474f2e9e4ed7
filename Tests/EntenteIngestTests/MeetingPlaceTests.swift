import EntenteIngest
import Testing

/// Where a meeting is when its sentence sets it somewhere: the country a visit under way names, or the country a sentence
/// opens with.
struct MeetingPlaceTests {
    /// "while visiting Bolivia, where he met A and B": the visit under way, and the meeting there, with everyone met.
    @Test func aVisitUnderWayPlacesTheMeeting() {
        let events = eventSummaries(
            """
            Foreign Minister Mohammad Javad Zarif held a telephone conversation with his Nicaraguan counterpart Denis Moncada. \
            Zarif held the conversation while visiting Bolivia, where he met with President-elect Luis Arce and Vice \
            President-elect David Choquehuanca.
            """, on: "2020-11-08", language: .en)
        #expect(events.contains { $0.hasPrefix("visit Mohammad Javad Zarif/IR @BO") }, "\(events)")
        #expect(events.contains { $0.hasPrefix("meeting Mohammad Javad Zarif/IR+Luis Arce/BO+David Choquehuanca/BO @BO") }, "\(events)")
        let was = eventSummaries("Zarif was visiting Bolivia on Sunday, where he met with Luis Arce and David Choquehuanca.", on: "2020-11-08", language: .en)
        #expect(was.contains("visit Mohammad Javad Zarif/IR @BO 2020-11-08 held"), "\(was)")
    }

    /// "Au deuxième jour de sa visite d'État en France, … Il a reçu …", "Aux USA, Tshisekedi a reçu son homologue": a
    /// receiver the article has abroad that day receives there, not at home.
    @Test func aReceiverAbroadReceivesThere() {
        let events = eventSummaries(
            """
            Le président libanais Michel Aoun est arrivé lundi à Paris pour une visite d'État. \
            Il a reçu le Premier ministre Édouard Philippe.
            """, on: "2017-09-27")
        #expect(events.contains { $0.hasPrefix("meeting Michel Aoun/LB+Édouard Philippe/FR @FR") }, "\(events)")
        #expect(!events.contains { $0.hasPrefix("visit Édouard Philippe") }, "\(events)")
        // (At home, or on another day, the receiver's own country.)
        let home = eventSummaries(
            """
            Le président libanais Michel Aoun s'est rendu en France en mai. Le 3 septembre, il a reçu à Baabda le ministre \
            Jean-Yves Le Drian.
            """, on: "2017-09-27")
        #expect(home.contains { $0.hasPrefix("meeting Michel Aoun/LB+Jean-Yves Le Drian/FR @LB 2017-09-03") }, "\(home)")
    }

    /// "During the visit, King Abdullah will hold talks with …": a meeting told as during the trip is where the trip is, not
    /// where the story was filed; "King Salman bin Abdulaziz Al Saud" is one person, his patronymic no one of its own.
    @Test func duringTheVisitIsWhereTheTripIs() {
        let events = eventSummaries(
            """
            AMMAN — His Majesty King Abdullah on Tuesday departed for a working visit to Belgium, during which he will be \
            discussing cooperation between Jordan and the EU. During the visit, King Abdullah will hold talks with Prime \
            Minister of Belgium Charles Michel.
            """, on: "2018-12-11", language: .en)
        #expect(events.contains { $0.hasPrefix("talks Abdullah II of Jordan/JO+Charles Michel/BE @BE") }, "\(events)")
        #expect(!events.contains { $0.contains("@JO") }, "\(events)")
        let king = eventSummaries(
            "Erdoğan will meet Saudi King Salman bin Abdulaziz Al Saud and Crown Prince Mohammed bin Salman in Jeddah on Monday.",
            on: "2023-07-17", language: .en)
        #expect(king.contains("meeting Recep Tayyip Erdoğan/TR+Salman of Saudi Arabia/SA+Mohammed bin Salman/SA @SA 2023-07-17 planned"), "\(king)")
    }

    /// Being somewhere on a day told between the verb and the place: "était ce mardi à Téhéran", "was on Tuesday in Riyadh".
    /// Not a thing that is somewhere ("The summit is on Tuesday in Riyadh"), nor a day with no place after it.
    @Test func beingThereOnADay() {
        let french = eventSummaries("La chef de la diplomatie de l'Union européenne était ce mardi à Téhéran.", on: "2015-07-28")
        #expect(french == ["visit Federica Mogherini/EU @IR 2015-07-28 held"], "\(french)")
        let english = eventSummaries("Secretary of State Mike Pompeo was on Tuesday in Riyadh.", on: "2019-01-17", language: .en)
        #expect(english == ["visit Mike Pompeo/US @SA 2019-01-15 held"], "\(english)")
        let thing = eventSummaries("The meeting of the group is on Tuesday in Riyadh. Mike Pompeo was on Tuesday very busy.", on: "2019-01-17", language: .en)
        #expect(!thing.contains { $0.hasPrefix("visit") }, "\(thing)")
    }

    /// A day told between a verb and its preposition hides nothing: "had lunch on Monday with", "left Sunday for Japan",
    /// "a déjeuné mardi avec", "est parti ce mardi pour Pékin".
    @Test func aDayBetweenVerbAndPreposition() {
        let lunch = eventSummaries("Joe Biden had lunch on Monday with Fumio Kishida.", on: "2023-05-10", language: .en)
        #expect(lunch == ["meeting Joe Biden/US+Fumio Kishida/JP @- 2023-05-08 held"], "\(lunch)")
        let left = eventSummaries("Joe Biden left Sunday for Japan.", on: "2023-05-10", language: .en)
        #expect(left == ["visit Joe Biden/US @JP 2023-05-07 held"], "\(left)")
        let dejeune = eventSummaries("Emmanuel Macron a déjeuné mardi avec Olaf Scholz.", on: "2023-05-10")
        #expect(dejeune == ["meeting Emmanuel Macron/FR+Olaf Scholz/DE @- 2023-05-09 held"], "\(dejeune)")
        let parti = eventSummaries("Emmanuel Macron est parti ce mardi pour Pékin.", on: "2023-05-10")
        #expect(parti == ["visit Emmanuel Macron/FR @CN 2023-05-09 held"], "\(parti)")
    }

    /// "On Tuesday Fernández is to meet …": a day before a surname is no part of a name. "Before that, he was in Algeria" takes
    /// no day.
    @Test func aSurnameAfterADayAndSpokenWithWhereTheTripIs() {
        let tuesday = eventSummaries(
            "Alberto Fernández arrived in Lisbon on Sunday. On Tuesday Fernández is to meet King Felipe VI.", on: "2021-05-10", language: .en)
        #expect(tuesday.contains { $0.hasPrefix("meeting Alberto Fernández/AR+Felipe VI/ES ") }, "\(tuesday)")
        let algeria = eventSummaries(
            "Cuban President Miguel Díaz-Canel arrived in Ankara on Wednesday. Before that, he was in Algeria where he spoke with President Abdelmadjid Tebboune.",
            on: "2022-11-23", language: .en)
        #expect(algeria.contains("visit Miguel Díaz-Canel/CU @DZ - held"), "\(algeria)")
    }

    /// "ce pays enclavé entre la Chine et la Russie", "landlocked between China and Russia": a country's neighbours are no
    /// place of the visit; the country itself is.
    @Test func neighboursAreNoPlaces() {
        let french = eventSummaries(
            """
            Emmanuel Macron est arrivé dimanche en Mongolie pour une visite brève, la première d'un président français dans ce \
            pays enclavé entre la Chine et la Russie.
            """, on: "2023-05-21")
        #expect(french == ["visit Emmanuel Macron/FR @MN 2023-05-21 held"], "\(french)")
        let english = eventSummaries(
            "Antony Blinken arrived in Mongolia on Sunday for a visit to the country, which is landlocked between China and Russia.",
            on: "2023-05-21", language: .en)
        #expect(english == ["visit Antony Blinken/US @MN 2023-05-21 held"], "\(english)")
    }

    /// "The heads of state met in May 2017 in Riyadh and in September in New York": the two met twice, each time somewhere
    /// else, and each meeting abroad is a visit.
    @Test func aSecondMeetingByMonthAndPlace() {
        let events = eventSummaries(
            """
            Donald Trump received Shavkat Mirziyoyev at the White House on Wednesday. The heads of state met in May 2017 in \
            Riyadh and in September in New York.
            """, on: "2018-05-17", language: .en)
        #expect(events.contains("meeting Donald Trump/US+Shavkat Mirziyoyev/UZ @SA 2017-05 held"), "\(events)")
        #expect(events.contains("meeting Donald Trump/US+Shavkat Mirziyoyev/UZ @US 2017-09 held"), "\(events)")
        #expect(events.contains("visit Shavkat Mirziyoyev/UZ @US 2017-09 held"), "\(events)")
        // (A month with its year lists dates: "en janvier 2017 pour Trump et en mai 2017 pour Macron" is no second event.)
        let listed = eventSummaries(
            """
            Depuis leur accession au pouvoir, en janvier 2017 pour Donald Trump et en mai 2017 pour Emmanuel Macron, les deux \
            présidents se sont rencontrés à Paris.
            """, on: "2018-04-23")
        #expect(listed.filter { $0.hasPrefix("meeting") }.count == 1, "\(listed)")
        // (In the past tense, a month still to come is last year's: "met Xi in Beijing in April and in November in Bali" in June.)
        let bali = eventSummaries("Emmanuel Macron met Xi Jinping in Beijing in April and in November in Bali.", on: "2023-06-10", language: .en)
        #expect(bali.contains("meeting Emmanuel Macron/FR+Xi Jinping/CN @ID 2022-11 held"), "\(bali)")
        // (Nor a month that opens another clause: "and in April, exports to Russia rose".)
        let exports = eventSummaries("Xi Jinping met Vladimir Putin in Moscow in March and in April, exports to Russia rose by half.", on: "2023-06-10", language: .en)
        #expect(exports.filter { $0.hasPrefix("meeting") } == ["meeting Xi Jinping/CN+Vladimir Putin/RU @RU 2023-03 held"], "\(exports)")
        // ("The heads of state and government of the European Union" is a group of its own, not the last meeting's people.)
        let union = eventSummaries(
            "Joe Biden met Xi Jinping in Bali on Monday. The heads of state and government of the European Union will meet in Brussels on Thursday.",
            on: "2023-06-10", language: .en)
        #expect(!union.contains { $0.hasPrefix("visit Joe Biden/US @BE") || $0.hasPrefix("visit Xi Jinping/CN @BE") }, "\(union)")
    }

    /// "the Egyptian coastal city of El Alamein", "la ville portuaire égyptienne de …": a town the gazetteer lacks, named with
    /// what kind of town it is, is in that country.
    @Test func aTownNamedWithItsKind() {
        let events = eventSummaries(
            "The previous week, Burhan met with Egyptian President Abdel Fattah el-Sissi in the Egyptian coastal city of El Alamein.",
            on: "2023-09-11", language: .en)
        #expect(events.contains { $0.hasPrefix("meeting Abdel Fattah al-Burhan/SD+Abdel Fattah el-Sisi/EG @EG") }, "\(events)")
    }

    /// Only countries are a country's neighbours: "le point de passage frontalier de Rafah" is where someone went.
    @Test func aBorderCrossingIsAPlace() {
        let events = eventSummaries(
            "Emmanuel Macron s'est rendu jeudi au point de passage frontalier de Rafah, où il a rencontré le président égyptien.",
            on: "2023-10-21")
        #expect(events.contains("visit Emmanuel Macron/FR @PS 2023-10-19 held"), "\(events)")
    }

    /// "ont évoqué la guerre conduite par la Russie en Ukraine": a war a few words back names where it is fought, not where
    /// the talks were; a trip to the war zone is still a trip there.
    @Test func aWarFoughtSomewhereIsNoPlaceOfTheTalks() {
        let talks = eventSummaries(
            "Emmanuel Macron a reçu Abdel Fattah al-Sissi. Les deux présidents ont évoqué la guerre conduite par la Russie en Ukraine.",
            on: "2022-07-22")
        #expect(!talks.contains { $0.contains("@UA") }, "\(talks)")
        let zone = eventSummaries("Joe Biden paid a visit to the war zone in Ukraine on Monday.", on: "2023-02-20", language: .en)
        #expect(zone == ["visit Joe Biden/US @UA 2023-02-20 held"], "\(zone)")
    }

    /// Countries that are the subject hold the talks, by name ("Iran and the United States held indirect talks in Muscat",
    /// "La Russie et l'Ukraine ont tenu des pourparlers"); a "since" in an aside ends at its comma, so the sentence's verb
    /// and day are the main clause's again ("Blinken, on his 11th trip … since the attack in October last year, held talks
    /// …").
    @Test func countriesAsSubjectsAndASinceAside() {
        let talks = eventSummaries(
            "Iran and the United States held indirect talks in Muscat on Saturday.", on: "2025-04-13", language: .en)
        #expect(talks.contains("talks /IR+/US @OM 2025-04-12 held"), "\(talks)")
        let french = eventSummaries("La Russie et l'Ukraine ont tenu des pourparlers à Istanbul mardi.", on: "2022-03-30")
        #expect(french.contains("talks /RU+/UA @TR 2022-03-29 held"), "\(french)")
        let aside = eventSummaries(
            """
            Antony Blinken, on his 11th trip to the Middle East since the Hamas attack on Israel in October last year, held talks \
            with Sheikh Tamim bin Hamad Al Thani on Thursday.
            """, on: "2024-10-24", language: .en)
        #expect(aside.contains { $0.hasPrefix("talks Antony Blinken/US+Tamim bin Hamad Al Thani/QA") && $0.contains(" 2024-10-24 ") }, "\(aside)")
        #expect(!aside.contains { $0.contains("2023-10") }, "\(aside)")
    }

    /// Where a traveller set off from is no place of what happens on arrival ("Parti de Niamey dans la matinée, le chef de
    /// l'Etat a été accueilli … par son homologue malien"), and "le palais de l'Unité" in Yaoundé is no South Sudanese state.
    @Test func whereATravellerSetOffFrom() {
        let found = eventSummaries(
            """
            Le général Abdourahamane Tiani est arrivé jeudi à Bamako. Parti de Niamey dans la matinée, le chef de l'Etat a été \
            accueilli par son homologue malien, le colonel Assimi Goïta.
            """, on: "2023-11-24")
        #expect(found.contains("meeting Abdourahamane Tchiani/NE+Assimi Goïta/ML @ML 2023-11-23 held"), "\(found)")
        #expect(!found.contains { $0.contains("@NE") }, "\(found)")
        let palace = eventSummaries("Mardi, Emmanuel Macron a été reçu au palais de l'Unité par Paul Biya.", on: "2022-07-27")
        #expect(!palace.contains { $0.contains("@SS") }, "\(palace)")
    }
}
