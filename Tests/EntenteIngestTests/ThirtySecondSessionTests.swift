import EntenteModel
import Testing

@testable import EntenteIngest

/// Rules from the thirty-second session: the visit before the one reported, made by someone else and told in passing.
struct ThirtySecondSessionRules {
    private func events(_ text: String, on date: String, language: Article.Language = .en) -> [String] {
        eventSummaries(text, on: date, language: language)
    }

    /// "la première d'un président français depuis celle de François Hollande, en avril 2015": Hollande's visit, at that
    /// date; the visit reported keeps its own day.
    @Test func sinceThatOfSomeone() {
        let berne = events(
            """
            Emmanuel Macron a entamé mercredi à Berne une visite d'Etat de deux jours en Suisse, la première d'un président \
            français depuis celle de François Hollande, en avril 2015.
            """, on: "2023-11-16", language: .fr)
        #expect(berne.contains { $0.hasPrefix("visit François Hollande/FR @CH 2015-04 ") }, "\(berne)")
        #expect(berne.contains { $0.hasPrefix("visit Emmanuel Macron/FR @CH 2023-11-15") }, "\(berne)")
        #expect(!berne.contains { $0.hasPrefix("visit Emmanuel Macron") && $0.contains("2015") }, "\(berne)")
        // ("depuis la visite d'État de Xi Jinping en janvier 2017", after "le plus haut dirigeant … à se rendre".)
        let li = events(
            """
            Li Qiang est arrivé dimanche à Berne. Il est le plus haut dirigeant chinois à se rendre en Suisse depuis la visite \
            d'Etat de Xi Jinping en janvier 2017.
            """, on: "2024-01-16", language: .fr)
        #expect(li.contains { $0.hasPrefix("visit Xi Jinping/CN @CH 2017-01 ") }, "\(li)")
        // (Not a visit the sentence does not tell: "la première visite … depuis celle de 2015" names no one.)
        let year = events(
            "Emmanuel Macron est arrivé mercredi à Berne, pour la première visite d'un président français depuis celle de 2015.",
            on: "2023-11-16", language: .fr)
        #expect(year.filter { $0.hasPrefix("visit ") }.count == 1, "\(year)")
    }

    /// "Le dernier déplacement … remontait à celui de Lee Myung-bak, à Kyoto, en décembre 2011", "The last sitting U.S.
    /// president to set foot in Cuba was Calvin Coolidge, who sailed to Havana … in 1928": the last one before.
    @Test func theLastOneBefore() {
        let tokyo = events(
            """
            Yoon Suk Yeol est arrivé jeudi à Tokyo. Le dernier déplacement bilatéral d'un président sud-coréen au Japon remontait \
            à celui de Lee Myung-bak, à Kyoto, en décembre 2011.
            """, on: "2023-03-17", language: .fr)
        #expect(tokyo.contains { $0.hasPrefix("visit Lee Myung-bak/KR @JP 2011-12 ") }, "\(tokyo)")
        let havana = events(
            """
            Obama arrived in Havana on Sunday. The last sitting U.S. president to set foot in Cuba was Calvin Coolidge, who \
            sailed to Havana aboard a battleship in 1928.
            """, on: "2016-03-21")
        #expect(havana.contains { $0.hasPrefix("visit Calvin Coolidge/") && $0.contains("@CU 1928 ") }, "\(havana)")
        #expect(havana.contains { $0.hasPrefix("visit Barack Obama/US @CU 2016-03-20") }, "\(havana)")
        // ("The last time they met was in Paris": no one named after "was".)
        let met = events("Modi met Macron in New Delhi on Friday. The last time they met was in Paris in July 2023.", on: "2024-01-27")
        #expect(!met.contains { $0.contains("Macron/FR @IN 2023") }, "\(met)")
    }

    /// "the first standalone trip by an Indian premier to the island since Rajiv Gandhi came in 1987": a trip noun between
    /// "the first" and "since"; the visit told by its own verb keeps the date it gives.
    @Test func theFirstTripSince() {
        let colombo = events(
            """
            Modi arrived in Colombo on Friday for a two-day visit, the first standalone trip by an Indian premier to the island \
            since Rajiv Gandhi came in 1987.
            """, on: "2015-03-14")
        #expect(colombo.contains { $0.hasPrefix("visit Rajiv Gandhi/") && $0.contains("@LK 1987 held") }, "\(colombo)")
        let goa = events(
            """
            Foreign Minister Bilawal Bhutto-Zardari arrived in Goa on Thursday, becoming the first Pakistani foreign minister to \
            travel to India since Hina Rabbani Khar visited New Delhi in July 2011.
            """, on: "2023-05-05")
        #expect(goa.contains { $0.hasPrefix("visit Hina Rabbani Khar/PK @IN 2011-07 held") }, "\(goa)")
        #expect(!goa.contains { $0.hasPrefix("visit Hina Rabbani Khar") && $0.contains("2023") }, "\(goa)")
    }

    /// "Il effectue ce déplacement à l'invitation de M. Steinmeier": the trip just reported, not the one mentioned in passing
    /// after it ("…, la première depuis celle de Jacques Chirac en 2000").
    @Test func thisTripIsTheOneReported() {
        let berlin = events(
            """
            Emmanuel Macron est arrivé dimanche à Berlin pour une visite d'État de trois jours en Allemagne, la première d'un \
            président français depuis celle de Jacques Chirac en 2000. Il effectue ce déplacement à l'invitation de M. Steinmeier. \
            Les deux présidents se sont ensuite entretenus au château de Bellevue.
            """, on: "2024-05-27", language: .fr)
        #expect(berlin.contains { $0.hasPrefix("visit Jacques Chirac/FR @DE 2000 ") }, "\(berlin)")
        #expect(!berlin.contains { $0.contains("Emmanuel Macron") && $0.contains(" 2000 ") }, "\(berlin)")
        #expect(berlin.contains { $0.hasPrefix("meeting ") && $0.contains("Emmanuel Macron/FR") && $0.contains("2024-05-26") }, "\(berlin)")
    }

    /// The registry holds a few countries' heads before 2000, whom news recalls: "depuis celle du général de Gaulle en
    /// 1962", "Valéry Giscard d'Estaing" whole, and "le président français" in 1976.
    @Test func headsBefore2000() {
        let bonn = events(
            "Il s'agit de la sixième visite d'État d'un président français en Allemagne depuis celle du général de Gaulle en 1962.",
            on: "2024-05-27", language: .fr)
        #expect(bonn.contains { $0.hasPrefix("visit Charles de Gaulle/FR @DE 1962 ") }, "\(bonn)")
        let tehran = events(
            """
            Le Drian est arrivé lundi à Téhéran. Il s'agirait de la première visite d'un président français en Iran depuis celle \
            de Valéry Giscard d'Estaing, en 1976.
            """, on: "2018-03-06", language: .fr)
        #expect(tehran.contains { $0.hasPrefix("visit Valéry Giscard d'Estaing/FR @IR 1976 ") }, "\(tehran)")
        #expect(OfficeRegistry.holder(of: .headOfState, country: "FR", on: PartialDate("1976-10-01")!)?.name == "Valéry Giscard d'Estaing")
        let bonnIn1976 = events("Le président français s'est rendu à Bonn hier.", on: "1976-10-02", language: .fr)
        #expect(bonnIn1976.contains { $0.hasPrefix("visit Valéry Giscard d'Estaing/FR @DE 1976-10-01") }, "\(bonnIn1976)")
        // ("Major" and "Begin" are words, even while John Major and Menachem Begin held office.)
        let major = events("Mitterrand met Kohl in Bonn on Monday. Major powers welcomed the talks.", on: "1995-06-01")
        #expect(!major.contains { $0.contains("John Major") }, "\(major)")
        let begin = events("President Jimmy Carter met Anwar Sadat in Cairo on Monday. Begin talks now, the statement said.", on: "1979-03-13")
        #expect(!begin.contains { $0.contains("Menachem Begin") }, "\(begin)")
        #expect(begin.contains { $0.hasPrefix("visit Jimmy Carter/US @EG 1979-03-12") }, "\(begin)")
    }

    /// "se trouvait (lui aussi) à Bamako", "qui se trouvait mardi à New York": being there, like "était à".
    @Test func foundThere() {
        let bamako = events(
            """
            Le Premier ministre burkinabè, Apollinaire Kyélem de Tambèla, se trouvait lui aussi à Bamako jeudi, où il \
            participait au Salon international de l'artisanat.
            """, on: "2023-11-24", language: .fr)
        #expect(bamako.contains { $0.hasPrefix("visit Apollinaire") && $0.contains("@ML 2023-11-23") }, "\(bamako)")
        let newYork = events(
            """
            Le chef de la diplomatie russe, Sergueï Lavrov, qui se trouvait mardi à New York pour une réunion du Conseil de \
            sécurité des Nations unies, a salué l'accord.
            """, on: "2024-01-25", language: .fr)
        #expect(newYork.contains("visit Sergei Lavrov/RU @US 2024-01-23 held"), "\(newYork)")
        // (A thing found somewhere is no trip: "Le siège de l'organisation se trouve à Genève".)
        let seat = events("Le siège de l'organisation se trouve à Genève, a rappelé Emmanuel Macron.", on: "2024-01-25", language: .fr)
        #expect(!seat.contains { $0.hasPrefix("visit ") }, "\(seat)")
    }

    /// "Oligui Nguema" ends Brice Oligui Nguema's name: him, not Teodoro Obiang Nguema, whose alias shares its initial and
    /// last word.
    @Test func twoWordsEndingARegistryName() {
        let kinshasa = events("Le général Oligui Nguema est arrivé mercredi à Kinshasa.", on: "2023-10-12", language: .fr)
        #expect(kinshasa.contains("visit Brice Oligui Nguema/GA @CD 2023-10-11 held"), "\(kinshasa)")
        #expect(!kinshasa.contains { $0.contains("Obiang") }, "\(kinshasa)")
    }

    /// "led a government delegation to Moscow", "who passed through Dakar in January": trips; "The UAE delegation was led by
    /// X" after a summit: X attended it.
    @Test func delegationsAndStops() {
        let moscow = events("Prime Minister Ali Lamine Zeine led a government delegation to Moscow last week.", on: "2024-01-20")
        #expect(moscow.contains { $0.hasPrefix("visit Ali Lamine Zeine/NE @RU 2024-01-08") }, "\(moscow)")
        let dakar = events("Treasury Secretary Janet Yellen, who passed through Dakar in January, promised aid.", on: "2023-07-07")
        #expect(dakar.contains { $0.hasPrefix("visit Janet Yellen") && $0.contains("@SN 2023-01 held") }, "\(dakar)")
        let riyadh = events(
            """
            Leaders gathered in Riyadh on Tuesday for the GCC summit. The UAE delegation was led by Sheikh Mohammed bin Rashid, \
            Vice President and Ruler of Dubai.
            """, on: "2021-01-06")
        #expect(riyadh.contains("visit Mohammed bin Rashid Al Maktoum/AE @SA 2021-01-05 held"), "\(riyadh)")
        // (A way through no place: "La solution passe par le dialogue".)
        let way = events("La solution passe par le dialogue avec la France, a dit Bola Tinubu.", on: "2023-07-07", language: .fr)
        #expect(way.isEmpty, "\(way)")
    }

    /// "It is the first visit by a New Zealand prime minister since John Key in 2016", after the trip was told: Key's visit
    /// was to where his compatriot's trip is.
    @Test func theFirstSinceAfterTheTripWasTold() {
        let delhi = events(
            """
            Christopher Luxon arrived in New Delhi on Sunday. It is the first visit by a New Zealand prime minister since John Key \
            in 2016.
            """, on: "2025-03-17")
        #expect(delhi.contains("visit John Key/NZ @IN 2016 held"), "\(delhi)")
        // (Not to the trip of someone of another country: "Modi arrived in Wellington. It is the first visit by a New Zealand
        // prime minister since John Key in 2016" names no trip of his.)
        let other = events(
            "Narendra Modi arrived in Wellington on Sunday. It is the first visit by a New Zealand prime minister since John Key in 2016.",
            on: "2025-03-17")
        #expect(!other.contains { $0.hasPrefix("visit John Key") }, "\(other)")
    }

    /// French copy puts more between an auxiliary and its participle ("s'était pour sa part rendu", "avait finalement été
    /// reçu"); "n'était pas venu au Canada depuis juillet 2019" dates the visit before; "avait accueilli à Ottawa son
    /// homologue" is a reception, whose guest travelled, whatever the host's country.
    @Test func moreOfFrenchCopy() {
        let tunis = events(
            "Le chef de la diplomatie chinoise, Wang Yi, s'était pour sa part rendu à Tunis en janvier dernier.", on: "2024-06-01",
            language: .fr)
        #expect(tunis.contains("visit Wang Yi/CN @TN 2024-01 held"), "\(tunis)")
        let canada = events("M. Zelensky n'était pas venu au Canada depuis juillet 2019.", on: "2023-09-22", language: .fr)
        #expect(canada.contains("visit Volodymyr Zelenskyy/UA @CA 2019-07 held"), "\(canada)")
        let ottawa = events(
            "En mai, Justin Trudeau avait accueilli à Ottawa son homologue indien, Narendra Modi.", on: "2023-09-02", language: .fr)
        #expect(ottawa.contains("meeting Justin Trudeau/CA+Narendra Modi/IN @CA 2023-05 held"), "\(ottawa)")
        #expect(ottawa.contains("visit Narendra Modi/IN @CA 2023-05 held"), "\(ottawa)")
        // (A host the registry does not know is no visitor: "Mme Ng a accueilli à Ottawa son homologue indien".)
        let host = events("En mai, Mary Ng a accueilli à Ottawa son homologue indien, Piyush Goyal.", on: "2023-09-02", language: .fr)
        #expect(!host.contains { $0.hasPrefix("visit Mary Ng") }, "\(host)")
        // (Nor does hosting a summit date anything else: "Il avait accueilli à Paris, en décembre 2013, le sommet de l'Elysée".)
        let summit = events(
            "François Hollande avait accueilli à Paris, en décembre 2013, le sommet de l'Elysée pour la paix et la sécurité en Afrique.",
            on: "2017-01-14", language: .fr)
        #expect(summit.contains { $0.hasPrefix("summit ") && $0.contains("@FR 2013-12 held") }, "\(summit)")
    }

    /// Venues below the gazetteer's population floor where summits were held: AlUla, Djerba, La Malbaie, Neom, Tunxi,
    /// "Xian", Egypt's New Administrative Capital.
    @Test func summitVenues() {
        for (venue, country) in [
            ("AlUla", "SA"), ("Al-Ula", "SA"), ("Djerba", "TN"), ("La Malbaie", "CA"), ("Neom", "SA"), ("Tunxi", "CN"), ("Xian", "CN"),
            ("the New Administrative Capital", "EG"), ("Meseberg", "DE"), ("Uzhhorod", "UA"),
        ] {
            let found = events("Joe Biden arrived in \(venue) on Monday.", on: "2024-01-02")
            #expect(found.contains { $0.hasPrefix("visit Joe Biden/US @\(country) 2024-01-01") }, "\(venue): \(found)")
        }
    }

    /// "Both are due in Da Nang …": the pair just told, on the days to come.
    @Test func bothAreThePairJustTold() {
        let danang = events(
            """
            Jacinda Ardern met Malcolm Turnbull in Sydney on Sunday. Both are due in Da Nang, Vietnam, for the APEC leaders' \
            meeting on Friday and Saturday.
            """, on: "2017-11-06")
        #expect(danang.contains { $0.hasPrefix("visit Jacinda Ardern/NZ @VN 2017-11-10") && $0.hasSuffix("planned") }, "\(danang)")
        #expect(danang.contains { $0.hasPrefix("visit Malcolm Turnbull/AU @VN 2017-11-10") && $0.hasSuffix("planned") }, "\(danang)")
        // (Not "both countries": "Both countries are members of APEC".)
        let countries = events(
            "Jacinda Ardern met Malcolm Turnbull in Sydney on Sunday. Both countries are due in Da Nang for talks on Friday.",
            on: "2017-11-06")
        #expect(!countries.contains { $0.hasPrefix("visit Malcolm Turnbull") && $0.contains("@VN") }, "\(countries)")
    }

    /// "à deux reprises …, en décembre 2022 puis en novembre 2023", "twice, in December 2022 and in November 2023": one trip
    /// a date. "Entré en fonctions vendredi, X a été reçu …": the day of taking office dates nothing. "le garde des Sceaux
    /// Gérald Darmanin" is Darmanin.
    @Test func timesOverAndTakingOffice() {
        let twice = events(
            "Emmanuel Macron s'était rendu à deux reprises en Algérie, en décembre 2022 puis en novembre 2023.", on: "2025-04-07",
            language: .fr)
        #expect(twice.contains("visit Emmanuel Macron/FR @DZ 2022-12 held") && twice.contains("visit Emmanuel Macron/FR @DZ 2023-11 held"), "\(twice)")
        let english = events("Macron has visited Algeria twice, in December 2022 and in November 2023.", on: "2025-04-07")
        #expect(english.contains("visit Emmanuel Macron/FR @DZ 2022-12 held") && english.contains("visit Emmanuel Macron/FR @DZ 2023-11 held"), "\(english)")
        // (Without a count, the nearer date: "s'était rendu en Algérie en décembre 2022, avant la crise de novembre 2023".)
        let once = events(
            "Emmanuel Macron s'était rendu en Algérie en décembre 2022, avant la crise de novembre 2023.", on: "2025-04-07", language: .fr)
        #expect(once.filter { $0.hasPrefix("visit Emmanuel Macron") }.count == 1, "\(once)")
        let carney = events(
            """
            Le Premier ministre canadien Mark Carney a effectué lundi à Paris son premier déplacement à l'étranger. Entré en \
            fonctions vendredi, il a été reçu à la mi-journée par Emmanuel Macron à l'Elysée.
            """, on: "2025-03-17", language: .fr)
        #expect(carney.contains("meeting Mark Carney/CA+Emmanuel Macron/FR @FR 2025-03-17 held"), "\(carney)")
        #expect(!carney.contains { $0.contains("2025-03-14") }, "\(carney)")
        // (Two months joined by "puis"/"and then": two trips; not a second date of another verb.)
        let then = events("Justin Trudeau s'est rendu en Ukraine en mai 2022 puis en juin 2023.", on: "2023-09-22", language: .fr)
        #expect(then.contains("visit Justin Trudeau/CA @UA 2022-05 held") && then.contains("visit Justin Trudeau/CA @UA 2023-06 held"), "\(then)")
        let deal = events("Trudeau visited Ukraine in May 2022 and signed a deal in June 2023.", on: "2023-09-22")
        #expect(!deal.contains { $0.contains("2023-06") }, "\(deal)")
        let sceaux = events("Le garde des Sceaux Gérald Darmanin s'est rendu lundi à Alger.", on: "2025-04-08", language: .fr)
        #expect(sceaux.contains { $0.hasPrefix("visit Gérald Darmanin") }, "\(sceaux)")
    }

    /// "Host Subrahmanyam Jaishankar held separate bilateral meetings …": in the host's country; "will still fly to Israel":
    /// "still" between the auxiliary and the verb.
    @Test func hostAndStill() {
        let goa = events(
            """
            Foreign ministers of the SCO gathered on Thursday. Host Subrahmanyam Jaishankar held separate bilateral meetings on \
            Thursday with Mr Lavrov and Chinese Foreign Minister Qin Gang.
            """, on: "2023-05-05")
        #expect(goa.contains("meeting S. Jaishankar/IN+Sergei Lavrov/RU @IN 2023-05-04 held"), "\(goa)")
        #expect(goa.contains("visit Qin Gang/CN @IN 2023-05-04 held"), "\(goa)")
        let israel = events(
            "Biden will still fly to Israel on Wednesday, where he is due to meet Prime Minister Benjamin Netanyahu.", on: "2023-10-18")
        #expect(israel.contains("visit Joe Biden/US @IL 2023-10-18 planned"), "\(israel)")
        #expect(israel.contains("meeting Joe Biden/US+Benjamin Netanyahu/IL @IL 2023-10-18 planned"), "\(israel)")
    }

    /// "During their talks on Tuesday, Wang and Motegi agreed …", "Lors de leur entretien mardi, …": the talks of the two.
    @Test func theirTalks() {
        let tokyo = events(
            """
            Wang Yi arrived in Tokyo on Tuesday. During their talks on Tuesday, Wang and Foreign Minister Toshimitsu Motegi agreed \
            to resume business travel.
            """, on: "2020-11-25")
        #expect(tokyo.contains("talks Wang Yi/CN+Toshimitsu Motegi/JP @JP 2020-11-24 held"), "\(tokyo)")
        let french = events(
            """
            Wang Yi est arrivé mardi à Tokyo. Lors de leur entretien mardi, Wang Yi et son homologue Toshimitsu Motegi sont \
            convenus de reprendre les voyages d'affaires.
            """, on: "2020-11-25", language: .fr)
        #expect(french.contains("talks Wang Yi/CN+Toshimitsu Motegi/JP @JP 2020-11-24 held"), "\(french)")
        // (Talks with no one the registry knows make nothing: "Their talks with the Taliban collapsed".)
        let none = events("Their talks with the Taliban collapsed, the ministry said.", on: "2020-11-25")
        #expect(none.isEmpty, "\(none)")
    }

    /// One attendee told alone after a summit ("… avait fait le déplacement", "était également présent"); "avait renoncé au
    /// dernier moment à se rendre à Kigali" calls that trip off; Pau is a French town.
    @Test func attendeeAloneAndTripsGivenUp() {
        let baghdad = events(
            "Le sommet s'est tenu samedi à Bagdad. Le président égyptien Abdel Fattah Al-Sissi avait fait le déplacement.",
            on: "2021-08-29", language: .fr)
        #expect(baghdad.contains("visit Abdel Fattah el-Sisi/EG @IQ 2021-08-28 held"), "\(baghdad)")
        // (The host's own president travels nowhere.)
        let host = events(
            "Le sommet s'est tenu samedi à Bagdad. Le président irakien Barham Saleh était également présent.", on: "2021-08-29",
            language: .fr)
        #expect(!host.contains { $0.hasPrefix("visit ") }, "\(host)")
        let kigali = events("En mars 2018, M. Buhari avait renoncé au dernier moment à se rendre à Kigali.", on: "2019-07-08", language: .fr)
        #expect(kigali.contains("visit Muhammadu Buhari/NG @RW 2018-03 cancelled"), "\(kigali)")
        #expect(kigali.contains { $0.hasPrefix("cancellation Muhammadu Buhari/NG") }, "\(kigali)")
        let pau = events("Le sommet du G5 Sahel s'est tenu lundi à Pau.", on: "2020-01-14", language: .fr)
        #expect(pau.contains { $0.hasPrefix("summit ") && $0.contains("@FR 2020-01-13 held") }, "\(pau)")
    }

    /// "La visite, initialement prévue du 26 au 29 mars, avait été reportée …", "Elle avait été initialement programmée du 23
    /// au 25 octobre": the visit reported, at the days first set, postponed; not one the text only recalls, nor a visit whose
    /// length was first set ("initialement prévue pour deux jours").
    @Test func daysFirstSet() {
        let paris = events(
            """
            Le roi Charles III est arrivé mercredi à Paris pour une visite d'État. La visite, initialement prévue du 26 au 29 mars, \
            avait été reportée le 24 mars, à la demande d'Emmanuel Macron.
            """, on: "2023-09-21", language: .fr)
        #expect(paris.contains { $0.hasPrefix("visit Charles III/GB @FR 2023-03-26") && $0.hasSuffix("postponed") }, "\(paris)")
        #expect(paris.contains { $0.hasPrefix("visit Charles III/GB @FR 2023-09-20") && $0.hasSuffix("held") }, "\(paris)")
        let stockholm = events(
            """
            Emmanuel Macron est arrivé mardi en Suède, la première visite d'un président français depuis Jacques Chirac en 2000. \
            Elle avait été initialement programmée du 23 au 25 octobre, mais Emmanuel Macron avait dû la reporter le 18 octobre.
            """, on: "2024-01-31", language: .fr)
        #expect(stockholm.contains { $0.hasPrefix("visit Emmanuel Macron/FR @SE 2023-10-23") && $0.hasSuffix("postponed") }, "\(stockholm)")
        #expect(!stockholm.contains { $0.hasPrefix("visit Jacques Chirac") && $0.hasSuffix("postponed") }, "\(stockholm)")
        let length = events(
            "Le roi Charles III est arrivé mercredi à Paris. La visite, initialement prévue pour deux jours, a été prolongée d'une journée.",
            on: "2023-09-21", language: .fr)
        #expect(!length.contains { $0.hasSuffix("postponed") }, "\(length)")
    }

    /// "Les deux hommes s'étaient vus … en septembre" after a meeting still to come with someone else: the pair of the meeting
    /// held, not the one planned; a clause still to come keeps the planned pair.
    @Test func thePairOfThePast() {
        let text = "Vladimir Poutine a reçu lundi Xi Jinping au Kremlin. Mardi, Xi Jinping doit rencontrer Mikhaïl Michoustine. "
        let past = events(text + "Les deux hommes s'étaient vus pour la dernière fois en septembre à Samarcande.", on: "2023-03-21", language: .fr)
        #expect(past.contains("meeting Vladimir Putin/RU+Xi Jinping/CN @UZ 2022-09 held"), "\(past)")
        #expect(!past.contains { $0.contains("Mikhail Mishustin") && $0.contains("2022-09") }, "\(past)")
        let planned = events(text + "Les deux hommes se verront de nouveau en septembre à Samarcande.", on: "2023-03-21", language: .fr)
        #expect(!planned.contains { $0.contains("Vladimir Putin") && $0.contains("2023-09") }, "\(planned)")
        // A weekday alone tells no past until the tense places it: "Jeudi, … s'entretiendront" is the planned pair's.
        let thursday = events(
            "Le président mexicain Enrique Peña Nieto est en visite d'État en France. Il se rendra mercredi à Marignane, où il " +
                "visitera les usines d'Airbus Helicopters, avant de dîner avec François Hollande à Marseille. " +
                "Jeudi, les deux chefs d'État s'entretiendront à l'Élysée.", on: "2015-07-14", language: .fr)
        #expect(thursday.contains("meeting Enrique Peña Nieto/MX+François Hollande/FR @FR 2015-07-16 planned"), "\(thursday)")
    }
}
