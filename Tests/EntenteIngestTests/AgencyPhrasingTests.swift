import EntenteIngest
import Testing

/// Agency phrasings the outside batches of 2026-11-30 (ninth session) turned up: adverbs inside compound verbs,
/// offices named by their seat, places that are what was talked about, names in another spelling.
struct AgencyPhrasingTests {
    private func events(_ text: String, on date: String, language: Article.Language = .fr) -> [String] {
        eventSummaries(text, on: date, language: language)
    }

    /// "s'était déjà rendu", "s'est également entretenu", "will also meet": the adverb leaves the verb a trigger.
    @Test func adverbsInsideCompoundVerbs() {
        let serbia = events("Xi Jinping s'était déjà rendu en Serbie en juin 2016.", on: "2024-05-08")
        #expect(serbia.contains("visit Xi Jinping/CN @RS 2016-06 held"), "\(serbia)")
        let talks = events("Emmanuel Macron s'est ensuite entretenu à Berlin avec Olaf Scholz.", on: "2023-06-06")
        #expect(talks.contains { $0.hasPrefix("meeting Emmanuel Macron/FR+Olaf Scholz/DE @DE") }, "\(talks)")
        let planned = events("Secretary Blinken will also meet Prime Minister Netanyahu in Jerusalem on Tuesday.", on: "2023-01-27", language: .en)
        #expect(planned.contains { $0.hasPrefix("meeting Antony Blinken/US+Benjamin Netanyahu/IL @IL") && $0.hasSuffix("planned") }, "\(planned)")
        // ("will next visit", "se rendra officiellement": adverbs of order and manner too.)
        let next = events("Pakistani Foreign Minister Shah Mahmood Qureshi will next visit Russia.", on: "2018-12-24", language: .en)
        #expect(next == ["visit Shah Mehmood Qureshi/PK @RU - planned"])
        let officially = events("Xi Jinping s'est officiellement rendu en France en mars.", on: "2019-04-01")
        #expect(officially == ["visit Xi Jinping/CN @FR 2019-03 held"])
    }

    /// "le maître du Kremlin", "le locataire de la Maison-Blanche", "le numéro un chinois": the office by its seat.
    @Test func officesByTheirSeat() {
        let kazan = events("Le maître du Kremlin s'est également entretenu mardi à Kazan avec Xi Jinping.", on: "2024-10-23")
        #expect(kazan.contains("meeting Vladimir Putin/RU+Xi Jinping/CN @RU 2024-10-22 held"), "\(kazan)")
    }

    /// "ils ont aussi discuté des situations en Haïti, au Liban": countries talked about place nothing.
    @Test func situationsTalkedAboutPlaceNothing() {
        let call = events(
            "Mélanie Joly s'est entretenue par téléphone avec Jean-Yves Le Drian. Ils ont aussi discuté des situations en Haïti et au Liban.",
            on: "2021-11-10")
        #expect(!call.contains { $0.contains("@HT") || $0.contains("@LB") }, "\(call)")
        #expect(call.contains { $0.hasPrefix("phone_call Mélanie Joly/CA+Jean-Yves Le Drian/FR") }, "\(call)")
    }

    /// A bare title goes to the holder the article was about (a sentence's subject), not one named beside them.
    @Test func bareTitleIsTheSubjectsNotTheCounterparts() {
        let found = events(
            """
            Jean-Marc Ayrault, ministre des affaires étrangères, coprésidera jeudi 20 octobre à Paris, avec son homologue irakien, \
            M. Ibrahim al-Jaafari, une réunion ministérielle. Le ministre s'est rendu jeudi dernier à Moscou.
            """, on: "2016-10-12")
        #expect(found.contains("visit Jean-Marc Ayrault/FR @RU 2016-10-06 held"), "\(found)")
        #expect(!found.contains { $0.contains("Jaafari/IQ @RU") }, "\(found)")
    }

    /// "Il intervient deux mois après …": the pronoun is the event, and names no one.
    @Test func pronounOfAnEvent() {
        let found = events(
            """
            Vladimir Poutine a reçu Kim Jong-un jeudi à Vladivostok. Il intervient deux mois après l'échec du sommet de Hanoï des 27 et \
            28 février entre Kim Jong Un et le président américain Donald Trump.
            """, on: "2019-04-26")
        #expect(found.contains { $0.hasPrefix("summit Kim Jong-un/KP+Donald Trump/US @VN 2019-02-27") }, "\(found)")
        #expect(!found.contains { $0.hasPrefix("visit Vladimir Putin/RU @VN") }, "\(found)")
    }

    /// A purpose clause after a trip its sentence dates in the past was held too ("… avant de se rendre le lendemain à
    /// Washington pour s'entretenir avec John Kerry"); with nothing dated, what a trip is for is still to come.
    @Test func purposeOfAPastTrip() {
        let past = events(
            """
            Jean-Marc Ayrault s'est rendu jeudi dernier à Moscou, où il a eu un long entretien avec Sergueï Lavrov, avant de se \
            rendre le lendemain à Washington pour s'entretenir avec John Kerry.
            """, on: "2016-10-12")
        #expect(past.contains("meeting Jean-Marc Ayrault/FR+John Kerry/US @US 2016-10-07 held"), "\(past)")
        let coming = events("Jean-Marc Ayrault est arrivé à Washington pour s'entretenir avec John Kerry.", on: "2016-10-12")
        #expect(coming.contains { $0.hasPrefix("meeting Jean-Marc Ayrault/FR+John Kerry/US") && $0.hasSuffix("planned") }, "\(coming)")
    }

    /// A minister's first-person release names its author under the heading, its kind and its date; "State Councilor
    /// Wang" is Wang Yi.
    @Test func bylineAfterTheHeadingSpeaks() {
        let found = events(
            """
            Visit to China

            Media release
            19 December 2022

            Senator the Hon Penny Wong, Minister for Foreign Affairs

            Tomorrow I will travel to Beijing at the invitation of State Councilor and Foreign Minister Wang Yi.

            I met State Councilor Wang in Bali in July and again in New York in September.
            """, on: "2022-12-19", language: .en)
        #expect(found.contains("visit Penny Wong/AU @CN 2022-12-20 planned"), "\(found)")
        #expect(found.contains { $0.hasPrefix("meeting Penny Wong/AU+Wang Yi/CN @ID 2022-07") }, "\(found)")
    }

    /// Once a dispatch names another country's head of state "le président de la République, M. X", its bare "président
    /// de la République" is X; a French president named beside another ("le Président de la République et le président
    /// Rohani") stays French.
    @Test func theRepublicsPresidentNamedInApposition() {
        let algiers = events(
            """
            MOSCOU - Le président de la République, M. Abdelmadjid Tebboune, a eu jeudi au Kremlin des entretiens avec son \
            homologue russe, M. Vladimir Poutine. Le président de la République était arrivé mardi soir à Moscou pour une visite d'Etat.
            """, on: "2023-06-15")
        #expect(algiers.contains("visit Abdelmadjid Tebboune/DZ @RU 2023-06-13 held"), "\(algiers)")
        #expect(!algiers.joined().contains("Macron"), "\(algiers)")
        let paris = events("Le Président de la République et le président Rohani se sont entretenus par téléphone le 2 janvier.", on: "2018-03-05")
        #expect(paris.contains { $0.hasPrefix("phone_call Emmanuel Macron/FR+Hassan Rouhani/IR") }, "\(paris)")
    }

    /// Where someone went back to places no event: "a préféré rentrer aux Etats-Unis".
    @Test func goingHomePlacesNothing() {
        let found = events(
            """
            Le président ukrainien avait invité Joe Biden à faire le déplacement, mais le président américain, qui avait rencontré \
            Volodymyr Zelensky jeudi au sommet du G7, a préféré rentrer aux Etats-Unis pour sa campagne.
            """, on: "2024-06-16")
        #expect(found.contains { $0.hasPrefix("meeting Joe Biden/US+Volodymyr Zelenskyy/UA") }, "\(found)")
        #expect(!found.contains { $0.contains("@US") }, "\(found)")
    }

    /// A title's country goes to the name it stands before ("la vice-présidente américaine Kamala Harris"), not to the name
    /// before a comma that the next title and name follow ("Kamala Harris, le président français Emmanuel Macron").
    @Test func titleCountriesInAList() {
        let found = events(
            "Volodymyr Zelensky a rencontré samedi à Lucerne la vice-présidente américaine Kamala Harris, le président français Emmanuel Macron et le chancelier allemand Olaf Scholz.",
            on: "2024-06-16")
        #expect(found.joined().contains("Kamala Harris/US"), "\(found)")
        #expect(!found.joined().contains("Kamala Harris/FR"), "\(found)")
    }

    /// "la conférence a accueilli X et Y": the gathering's attendees join the summit just reported, and travelled to it;
    /// no one received them.
    @Test func gatheringReceivesItsAttendees() {
        let found = events(
            """
            La présidente de la Confédération, Viola Amherd, a ouvert samedi au Bürgenstock le Sommet pour la paix en Ukraine. \
            Outre le président ukrainien Volodymyr Zelensky, la conférence a accueilli la vice-présidente américaine Kamala Harris \
            et le président français Emmanuel Macron.
            """, on: "2024-06-16")
        #expect(found.contains("summit Viola Amherd/CH+Volodymyr Zelenskyy/UA+Kamala Harris/US+Emmanuel Macron/FR @CH 2024-06-15 held"), "\(found)")
        #expect(found.contains("visit Kamala Harris/US @CH 2024-06-15 held"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("meeting") }, "\(found)")
    }

    /// "Dans la matinée", and the next step of a day told ("Il s'est ensuite envolé pour Paris") in a sentence that dates
    /// nothing, are the day just told.
    @Test func partsAndStepsOfTheDayJustTold() {
        let found = events(
            """
            Volodymyr Zelensky a été reçu ce vendredi 11 octobre à Berlin par le chancelier Olaf Scholz. Dans la matinée, le \
            président ukrainien avait été reçu au Vatican par le pape François. La veille, jeudi, M. Zelensky s'était rendu à \
            Londres, où il a rencontré le Premier ministre britannique Keir Starmer. Il s'est ensuite envolé pour Paris, où \
            Emmanuel Macron l'a accueilli à l'Élysée.
            """, on: "2024-10-11")
        #expect(found.contains("meeting Volodymyr Zelenskyy/UA+Pope Francis/VA @VA 2024-10-11 held"), "\(found)")
        #expect(found.contains("meeting Volodymyr Zelenskyy/UA+Emmanuel Macron/FR @FR 2024-10-10 held"), "\(found)")
    }

    /// "s'était à son tour rendue à Alger en octobre de la même année": "à son tour" inside the verb, the year the last
    /// date gave, and a co-chair's counterpart met.
    @Test func inTurnTheSameYearAndCoChairs() {
        let found = events(
            """
            Emmanuel Macron s'est rendu à Alger du 25 au 27 août 2022. La Première ministre Élisabeth Borne s'était à son tour \
            rendue à Alger en octobre de la même année, pour le Comité intergouvernemental de haut niveau, coprésidé avec son \
            homologue Aïmene Benabderrahmane.
            """, on: "2024-10-07")
        #expect(found.contains("visit Élisabeth Borne/FR @DZ 2022-10 held"), "\(found)")
        #expect(found.contains { $0.hasPrefix("meeting Élisabeth Borne/FR+Aymen Benabderrahmane/DZ @DZ 2022-10") }, "\(found)")
    }

    /// What a trip was for has the trip's date: "s'était déjà rendue à Brasilia en juin 2023 pour s'entretenir avec M. Lula".
    @Test func tripsPurposeHasItsDate() {
        let found = events(
            """
            Ursula von der Leyen a participé au sommet du G20 à Rio de Janeiro le 18 novembre avec Luiz Inácio Lula da Silva. \
            Mme von der Leyen s'était déjà rendue à Brasilia en juin 2023 pour s'entretenir avec M. Lula.
            """, on: "2024-12-06")
        #expect(found.contains { $0.hasPrefix("meeting Ursula von der Leyen/EU+Luiz Inácio Lula da Silva/BR @BR 2023-06") }, "\(found)")
    }

    /// "les deux présidents" are two presidents, not a king named since.
    @Test func twoPresidentsAreNoKing() {
        let found = events(
            """
            Abdelmadjid Tebboune a reproché à Paris son soutien au plan du roi Mohammed VI pour le Sahara. Emmanuel Macron avait \
            pourtant multiplié les gestes d'apaisement. Lors de sa visite à Alger et Oran, du 25 au 27 août 2022, les deux \
            présidents avaient signé une déclaration.
            """, on: "2024-10-07")
        #expect(found.contains("visit Emmanuel Macron/FR @DZ 2022-08-25 held"), "\(found)")
        #expect(!found.contains { $0.contains("Mohammed VI of Morocco/MA @DZ") }, "\(found)")
    }

    /// "remonte à juin 2014" is a date; Elizabeth II after her reign represents the United Kingdom, the first realm listed,
    /// not the one whose reign began last; a dateline's agency ("(Prensa Latina)") is no one.
    @Test func queenAgencyAndDatesBackTo() {
        let found = events(
            """
            Buenos Aires, 24 janvier (Prensa Latina) Le sommet s'est ouvert ce mardi dans la capitale argentine. La dernière visite \
            d'État d'un monarque britannique en France remonte à juin 2014, lorsque la reine Élisabeth II avait été reçue par \
            François Hollande.
            """, on: "2023-01-24")
        #expect(found.contains("meeting Elizabeth II/GB+François Hollande/FR @FR 2014-06 held"), "\(found)")
        #expect(!found.joined().contains("Prensa"), "\(found)")
    }

    /// What the review of these rules found (2026-11-30, ninth session), each narrowed.
    @Test func whatTheReviewFound() {
        // A title in a sentence dated in an earlier year is its holder's then; "l'ancien locataire" is not today's.
        let shanghai = events("En avril 2010, le locataire de l'Élysée de l'époque s'était rendu à Shanghai.", on: "2024-03-01")
        #expect(shanghai.contains("visit Nicolas Sarkozy/FR @CN 2010-04 held"), "\(shanghai)")
        let former = events("L'ancien locataire de la Maison-Blanche a reçu vendredi à New York Volodymyr Zelensky.", on: "2024-09-28")
        #expect(!former.joined().contains("Joe Biden"), "\(former)")
        // "coprésidera jeudi" is to come: next Thursday.
        let moscow = events("Sergueï Lavrov coprésidera jeudi avec son homologue irakien Fouad Hussein une réunion à Moscou.", on: "2024-03-01")
        #expect(moscow.contains("meeting Sergei Lavrov/RU+Fuad Hussein/IQ @RU 2024-03-07 planned"), "\(moscow)")
        // "… Wang and I": the pronoun is no King Juan Carlos I.
        let canberra = events(
            "Today I met Foreign Minister Wang Yi in Beijing. State Councilor Wang and I agreed to meet again in Canberra later in the year.",
            on: "2016-02-18", language: .en)
        #expect(!canberra.joined().contains("Juan Carlos"), "\(canberra)")
        // A city after "the situation in" is what was talked about.
        let gaza = events(
            "Antony Blinken met Egyptian Foreign Minister Sameh Shoukry on Tuesday to discuss the humanitarian situation in Gaza.",
            on: "2024-03-27", language: .en)
        #expect(!gaza.contains { $0.contains("@PS") }, "\(gaza)")
        // "s'est quant à lui rendu": a phrase inside the verb.
        let abuja = events("Le président ghanéen Nana Akufo-Addo s'est quant à lui rendu en janvier au Nigeria.", on: "2023-03-01")
        #expect(abuja.contains("visit Nana Akufo-Addo/GH @NG 2023-01 held"), "\(abuja)")
        // The next step of a day is not a step still to come.
        let hiroshima = events(
            "Joe Biden avait reçu Yoon Suk Yeol à la Maison-Blanche en décembre. Il s'est ensuite envolé pour le Japon, où il participera au sommet du G7.",
            on: "2023-05-18")
        #expect(!hiroshima.contains { $0.hasPrefix("summit") && $0.contains("2022-12") }, "\(hiroshima)")
    }

    /// Countries after "to discuss", "pour évoquer" are what was talked about.
    @Test func countriesToDiscussPlaceNothing() {
        let found = events(
            """
            In Addis Ababa, Secretary Tillerson will meet with Ethiopian Prime Minister Hailemariam Desalegn. He will also meet with \
            the Chairperson of the African Union Commission, Moussa Faki Mahamat, at the headquarters of the African Union to \
            discuss the U.S.-AU partnership on peace and security, including in South Sudan and Somalia.
            """, on: "2018-03-06", language: .en)
        #expect(!found.contains { $0.contains("@SS") || $0.contains("@SO") }, "\(found)")
    }

    /// Each stop of a trip followed by its own date has that date ("en Argentine en janvier puis aux Etats-Unis en
    /// février"); stops listed before one date share it.
    @Test func eachStopItsOwnDate() {
        let own = events("Depuis son retour au pouvoir, Lula s'est rendu en Argentine en janvier puis aux Etats-Unis en février.", on: "2023-04-14")
        #expect(own.contains("visit Luiz Inácio Lula da Silva/BR @AR 2023-01 held"), "\(own)")
        #expect(own.contains("visit Luiz Inácio Lula da Silva/BR @US 2023-02 held"), "\(own)")
        // A meeting at a stop has the stop's date.
        let met = events(
            "Lula s'est déjà rendu en Argentine en janvier puis aux Etats-Unis en février, où il a rencontré Joe Biden à la Maison Blanche.",
            on: "2023-04-14")
        #expect(met.contains("meeting Luiz Inácio Lula da Silva/BR+Joe Biden/US @US 2023-02 held"), "\(met)")
        let shared = events("Lula s'est rendu en Argentine puis aux Etats-Unis en février.", on: "2023-04-14")
        #expect(shared.contains("visit Luiz Inácio Lula da Silva/BR @AR 2023-02 held"), "\(shared)")
    }

    /// "X et Y ont eu un entretien d'une heure": an interview had together is a meeting, with no "avec".
    @Test func anInterviewHadTogetherIsAMeeting() {
        let found = events(
            """
            François Hollande est arrivé samedi au Mali. Au palais de Koulouba, François Hollande et Dioncounda Traoré ont eu un \
            entretien d'une heure.
            """, on: "2013-02-03")
        #expect(found.contains("meeting François Hollande/FR+Dioncounda Traoré/ML @ML 2013-02-02 held"), "\(found)")
        // What it was about places nothing: "consacré principalement à l'Ukraine".
        let topic = events(
            """
            Vladimir Poutine est arrivé lundi au fort de Brégançon. Les deux présidents ont ensuite eu un entretien de deux \
            heures, consacré principalement à l'Ukraine.
            """, on: "2019-08-20")
        #expect(!topic.contains { $0.contains("@UA") }, "\(topic)")
    }

    /// "attend des Africains qu'ils tiennent …": a "qu'ils" after a noun is that noun's, not the last pair's; one after
    /// a verb of saying still is ("le communiqué informe également qu'ils ont convenu de se rencontrer").
    @Test func aTheyAfterANounIsThatNouns() {
        let found = events(
            """
            François Hollande et Dioncounda Traoré ont eu un entretien samedi à Bamako. Paris attend des Africains qu'ils \
            tiennent les engagements pris à Addis-Abeba, lors du sommet de l'Union africaine.
            """, on: "2013-02-03")
        #expect(!found.contains { $0.contains("@ET") && $0.contains("Hollande") }, "\(found)")
        let said = events(
            """
            Alassane Ouattara a eu vendredi un entretien téléphonique avec François Hollande. Le communiqué informe également \
            qu'ils ont convenu de se rencontrer à Kinshasa, lors du sommet de la francophonie en octobre prochain.
            """, on: "2012-09-01")
        #expect(said.contains { $0.hasPrefix("meeting Alassane Ouattara/CI+François Hollande/FR @CD") }, "\(said)")
    }

    /// Coming back is another visit: "Il était revenu le 31 août au soir" after a first trip to the same country.
    @Test func comingBackIsAnotherVisit() {
        let found = events(
            "Emmanuel Macron s'était rendu à Beyrouth le 6 août. Il était revenu le 31 août au soir pour les célébrations du centenaire.",
            on: "2020-09-02")
        #expect(found.contains("visit Emmanuel Macron/FR @LB 2020-08-06 held"), "\(found)")
        #expect(found.contains("visit Emmanuel Macron/FR @LB 2020-08-31 held"), "\(found)")
    }

    /// An arrival's day stands between the verb and the place: "est arrivé mercredi soir à Shanghai et a vu jeudi …" is a
    /// trip from Wednesday, not Thursday.
    @Test func anArrivalTakesTheDayBeforeItsPlace() {
        let found = events("Lula est arrivé mercredi soir à Shanghai et a vu jeudi une usine.", on: "2023-04-14")
        #expect(found == ["visit Luiz Inácio Lula da Silva/BR @CN 2023-04-12 held"], "\(found)")
    }

    /// "At the end of the talks, Kim Jong-un invited Vladimir Putin …": an undated invitation between two people the text
    /// has meet or call that day was issued then; one issued before ("the previously transmitted invitation") stays undated.
    @Test func anInvitationBetweenPeopleWhoMetWasIssuedThen() {
        let found = events(
            """
            Vladimir Putin held talks with Kim Jong-un at the Vostochny Cosmodrome on Wednesday. At the end of the talks, Kim \
            Jong-un invited Vladimir Putin to visit the DPRK at a convenient time.
            """, on: "2023-09-14", language: .en)
        #expect(found.contains("invitation Kim Jong-un/KP+Vladimir Putin/RU @KP 2023-09-13 held"), "\(found)")
        let earlier = events(
            """
            Vladimir Putin held talks with Kim Jong-un at the Vostochny Cosmodrome on Wednesday. Kim Jong-un confirmed the \
            previously transmitted invitation to Vladimir Putin to visit the DPRK.
            """, on: "2023-09-14", language: .en)
        #expect(earlier.contains { $0.hasPrefix("invitation Kim Jong-un/KP+Vladimir Putin/RU @KP -") }, "\(earlier)")
    }

    /// "s'est lui-même rendu": "lui-même" between the auxiliary and the participle keeps the trigger.
    @Test func himselfInsideTheVerb() {
        let found = events("Xi Jinping s'est lui-même rendu en Corée du Nord en juin 2008, alors qu'il était vice-président.", on: "2019-06-21")
        #expect(found == ["visit Xi Jinping/CN @KP 2008-06 held"], "\(found)")
    }

    /// The European Union hosts nothing: "une visite … dans six États membres de l'UE" is a tour with no one country.
    @Test func theUnionIsNoHost() {
        let found = events(
            "Shinzo Abe effectue une visite de neuf jours dans six États membres de l'UE.", on: "2014-05-01")
        #expect(!found.isEmpty && !found.contains { $0.contains("@EU") }, "\(found)")
    }

    /// "l'hôte du Kremlin a été accueilli à l'aéroport du Caire": the seat of a title names the office, not where the
    /// visit is; so in "the Kremlin leader met Xi in Beijing".
    @Test func theSeatOfATitleIsNoPlace() {
        let cairo = events(
            "Arrivé lundi soir, l'hôte du Kremlin a été accueilli à l'aéroport du Caire par le président Abdel Fattah al-Sissi.",
            on: "2015-02-10")
        #expect(cairo.contains("visit Vladimir Putin/RU @EG 2015-02-09 held"), "\(cairo)")
        #expect(!cairo.contains { $0.contains("@RU") }, "\(cairo)")
        let beijing = events("The Kremlin leader met Xi Jinping in Beijing on Monday.", on: "2015-02-10", language: .en)
        #expect(beijing.contains("meeting Vladimir Putin/RU+Xi Jinping/CN @CN 2015-02-09 held"), "\(beijing)")
        // (A seat on its own still places: "au Kremlin".)
        let kremlin = events("Vladimir Poutine a reçu lundi au Kremlin le président Abdel Fattah al-Sissi.", on: "2015-02-10")
        #expect(kremlin.contains("meeting Vladimir Putin/RU+Abdel Fattah el-Sisi/EG @RU 2015-02-09 held"), "\(kremlin)")
    }

    /// "avait été reçu … le 24 mai" in a December paper: a day given without a year, nearer ahead, is last May's when
    /// the clause tells it done; "recevra le 10 janvier" in the same paper is next January's.
    @Test func aDayWithoutItsYearGoesByTheTense() {
        let past = events("Le roi du Maroc avait été reçu par François Hollande à l'Élysée le 24 mai.", on: "2012-12-20")
        #expect(past.contains("meeting Mohammed VI of Morocco/MA+François Hollande/FR @FR 2012-05-24 held"), "\(past)")
        let coming = events("François Hollande recevra le roi du Maroc à l'Élysée le 10 janvier.", on: "2012-12-20")
        #expect(coming.contains { $0.hasPrefix("meeting") && $0.contains("2013-01-10 planned") }, "\(coming)")
        // (A 29 February the year before has not is that February's: no day to keep.)
        let leap = events("Le roi du Maroc avait été reçu par François Hollande à l'Élysée le 29 février.", on: "2023-12-20")
        #expect(leap.contains { $0.hasPrefix("meeting") && $0.contains("@FR 2023-02 held") }, "\(leap)")
    }

    /// The French press's periphrases for two monarchs: "le souverain chérifien" (Morocco's), "le souverain hachémite"
    /// (Jordan's).
    @Test func cherifianAndHashemiteSovereigns() {
        let morocco = events("Le souverain chérifien a été reçu par François Hollande à l'Élysée le 24 mai.", on: "2012-12-20")
        #expect(morocco.contains("meeting Mohammed VI of Morocco/MA+François Hollande/FR @FR 2012-05-24 held"), "\(morocco)")
        let jordan = events("Le souverain hachémite a reçu lundi à Amman le président français.", on: "2012-12-20")
        #expect(jordan.contains("meeting Abdullah II of Jordan/JO+François Hollande/FR @JO 2012-12-17 held"), "\(jordan)")
    }

    /// "first sat down together in New York in September": a meeting, and a visit for each.
    @Test func satDownTogether() {
        let found = events(
            "Yoon Suk Yeol and Fumio Kishida first sat down together in New York in September on the sidelines of the U.N. General Assembly.",
            on: "2023-05-08", language: .en)
        #expect(found.contains("meeting Yoon Suk Yeol/KR+Fumio Kishida/JP @US 2022-09 held"), "\(found)")
        #expect(found.contains("visit Yoon Suk Yeol/KR @US 2022-09 held") && found.contains("visit Fumio Kishida/JP @US 2022-09 held"), "\(found)")
    }
}
