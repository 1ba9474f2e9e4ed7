import EntenteIngest
import Testing

/// The legs of a tour told after its first stop: who travels them, where they are, and which day "later in the day" is.
struct TourLegTests {
    /// "as outlined in a statement by X, a spokesperson": whose statement tells the legs is no traveller; the tour's is,
    /// to each stop, the West Bank among them.
    @Test func aStatementsAuthorIsNoTraveller() {
        let tour = eventSummaries(
            """
            U.S. Secretary of State Antony Blinken has arrived in Turkey. The comprehensive tour will also include stops in Israel, \
            the West Bank, Egypt and Qatar, as outlined in a statement by Matthew Miller, a spokesperson for the U.S. Department of State.
            """, on: "2024-01-05", language: .en)
        for country in ["IL", "PS", "EG", "QA"] {
            #expect(tour.contains("visit Antony Blinken/US @\(country) - planned"), "\(tour)")
        }
        #expect(!tour.contains { $0.contains("Matthew Miller") }, "\(tour)")
    }

    /// A statement's author past a comma is no source of the traveller named after it: "According to a press statement by
    /// Jen Psaki, State Department Spokesperson, Secretary of State John F. Kerry will also travel to …".
    @Test func theTravellerAfterTheStatementsAuthor() {
        let tour = eventSummaries(
            """
            According to a press statement by Jen Psaki, State Department Spokesperson, Secretary of State John F. Kerry will also \
            travel to Riyadh, Warsaw and Amman from November 3 to November 12, 2013.
            """, on: "2013-11-04", language: .en)
        for country in ["SA", "PL", "JO"] {
            #expect(tour.contains { $0.hasPrefix("visit John Kerry/US @\(country) 2013-11-03") }, "\(tour)")
        }
    }

    /// "Cisjordanie" and "the Gaza Strip" are Palestinian places.
    @Test func palestinianTerritoriesArePlaces() {
        let visit = eventSummaries("Le ministre Jean-Yves Le Drian s'est rendu lundi en Cisjordanie.", on: "2021-06-08")
        #expect(visit.contains("visit Jean-Yves Le Drian/FR @PS 2021-06-07 held"), "\(visit)")
        let gaza = eventSummaries("Tony Blair visited the Gaza Strip on Sunday.", on: "2009-03-02", language: .en)
        #expect(gaza.contains("visit Tony Blair/GB @PS 2009-03-01 held"), "\(gaza)")
    }

    /// "on Saturday" said on a Friday of what is to come is the next day; "later in the day" is that day too, not the
    /// Saturday before.
    @Test func laterInTheDayIsTheDayToCome() {
        let legs = eventSummaries(
            """
            Antony Blinken has arrived in Turkey. Blinken is scheduled to meet President Recep Tayyip Erdogan in Istanbul on \
            Saturday. Subsequently, he will proceed to Greece later in the day.
            """, on: "2024-01-05", language: .en)
        #expect(legs.contains("visit Antony Blinken/US @GR 2024-01-06 planned"), "\(legs)")
    }

    /// "will attend the meeting in Argentina, and officially visit France, Spain and Portugal": the second trip, joined to
    /// the first verb, goes to each country it names, on the days it gives.
    @Test func aSecondTripJoinedToTheFirst() {
        let trips = eventSummaries(
            """
            State Councilor and Foreign Minister Wang Yi will attend the G20 Foreign Ministers' meeting in Argentina, and \
            officially visit France, Spain and Portugal from May 16 to 25.
            """, on: "2018-05-14", language: .en)
        #expect(trips.contains { $0.hasPrefix("visit Wang Yi/CN @AR") }, "\(trips)")
        for country in ["FR", "ES", "PT"] {
            #expect(trips.contains("visit Wang Yi/CN @\(country) 2018-05-16 planned"), "\(trips)")
        }
        // (Undated, the auxiliary's future still governs it.)
        let undated = eventSummaries(
            "Wang Yi will attend the G20 Foreign Ministers' meeting in Argentina, and officially visit France and Spain.", on: "2018-05-14",
            language: .en)
        #expect(undated.contains("visit Wang Yi/CN @FR - planned"), "\(undated)")
    }

    /// "La Slovaquie était la deuxième destination du ministre iranien": a leg told as someone's destination; not the
    /// destination of something else ("la première destination de ses exportations").
    @Test func aDestinationOfSomeone() {
        let legs = eventSummaries(
            """
            Le mardi 8 novembre, Mohammad Javad Zarif a entamé une tournée à Bucarest. La Slovaquie était la deuxième destination \
            du ministre iranien où il a rencontré le président. La République tchèque était la troisième et la dernière destination de Zarif.
            """, on: "2016-11-12")
        for country in ["SK", "CZ"] {
            #expect(legs.contains { $0.hasPrefix("visit Mohammad Javad Zarif/IR @\(country)") && $0.hasSuffix("held") }, "\(legs)")
        }
        let exports = eventSummaries("La Chine est la première destination de ses exportations, a rappelé Emmanuel Macron.", on: "2016-11-12")
        #expect(exports.isEmpty, "\(exports)")
    }

    /// "la première visite d'État … depuis celle que le président François Mitterrand avait effectuée en 1987": the visit
    /// before is Mitterrand's, to where the one reported goes, and the one reported keeps its own days.
    @Test func theVisitBeforeIsSomeoneElses() {
        let found = eventSummaries(
            """
            Le président de la France, François Hollande, effectuera une visite d'État au Canada du 2 au 4 novembre. Selon \
            l'Élysée, il s'agira de la première visite d'État d'un président de la République française depuis celle que le \
            président François Mitterrand avait effectuée en 1987.
            """, on: "2014-10-15")
        #expect(found.contains { $0.hasPrefix("visit François Mitterrand/") && $0.hasSuffix("@CA 1987 held") }, "\(found)")
        #expect(found.contains("visit François Hollande/FR @CA 2014-11-02 planned"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("visit François Hollande") && $0.contains("1987") }, "\(found)")
    }

    /// "son périple africain qui l'a mené de Tunis au Caire en passant par Addis-Abeba et Khartoum": the stops on the way
    /// are stops too.
    @Test func theStopsOnTheWay() {
        let legs = eventSummaries(
            "Le ministre Ramtane Lamamra a achevé son périple africain qui l'a mené de Tunis au Caire en passant par Addis-Abeba et Khartoum.",
            on: "2021-08-07")
        for country in ["TN", "EG", "ET", "SD"] {
            #expect(legs.contains { $0.hasPrefix("visit Ramtane Lamamra/DZ @\(country)") }, "\(legs)")
        }
    }

    /// "the first Japanese leader to visit Korea for a bilateral summit since Yoshihiko Noda in October 2011": the visit before
    /// is Noda's, though the title before named him already (the sentence's date resolves "the first Japanese leader").
    @Test func theVisitorBeforeNamedTwice() {
        let found = eventSummaries(
            "Prime Minister Kishida will be the first Japanese leader to visit Korea for a bilateral summit since Yoshihiko Noda in October 2011.",
            on: "2023-05-03", language: .en)
        #expect(found.contains("visit Yoshihiko Noda/JP @KR 2011-10 held"), "\(found)")
    }

    /// "The week-long tour will also take him to Mauritius": the tour's traveller, with an adverb in the phrase; "depart for
    /// the Republic of Zimbabwe, where he will pay a courtesy call on …": the state's style does not hide the place.
    @Test func aTourThatWillAlsoTakeHimAndAStyledState() {
        let tour = eventSummaries(
            """
            Chinese President Hu Jintao arrived in Dar es Salaam on Sunday. The week-long tour will also take him to Mauritius \
            before flying back home on Tuesday.
            """, on: "2009-02-15", language: .en)
        #expect(tour.contains { $0.hasPrefix("visit Hu Jintao/CN @MU") && $0.hasSuffix("planned") }, "\(tour)")
        let styled = eventSummaries(
            "Ramaphosa will depart for the Republic of Zimbabwe, where he will pay a courtesy call on President Emmerson Mnangagwa.",
            on: "2018-03-17", language: .en)
        #expect(styled.contains { $0.hasPrefix("visit Cyril Ramaphosa/ZA @ZW") }, "\(styled)")
        #expect(styled.contains { $0.hasPrefix("meeting Cyril Ramaphosa/ZA+Emmerson Mnangagwa/ZW @ZW") }, "\(styled)")
    }

    /// "will arrive in Cape Town on Tuesday for a bilateral meeting with …": the meeting the trip is for has the trip's day.
    @Test func aMeetingATripIsForHasItsDay() {
        let trip = eventSummaries(
            """
            UK Prime Minister Theresa May will embark on her trip to Africa this week. May will arrive in Cape Town on Tuesday \
            for a bilateral meeting with the South African President, Cyril Ramaphosa.
            """, on: "2018-08-27", language: .en)
        #expect(trip.contains("meeting Theresa May/GB+Cyril Ramaphosa/ZA @ZA 2018-08-28 planned"), "\(trip)")
        #expect(trip.contains("visit Theresa May/GB @ZA 2018-08-28 planned"), "\(trip)")
    }

    /// A trigger turned down leaves the kind's next one its turn: "In this tour" is the tour told before (no new trip), and
    /// "is scheduled to visit" in the same clause is the legs; "the Iranian minister" is the Iranian the article named as one.
    @Test func aDemonstrativeTourLeavesTheVerbItsTurn() {
        let tour = eventSummaries(
            """
            Iranian Foreign Minister Mohammad Javad Zarif will leave Tehran for a regional tour. In this tour, which is due to \
            start on Tuesday, the Iranian minister is scheduled to visit Lebanon, Syria and Pakistan.
            """, on: "2015-08-10", language: .en)
        for country in ["LB", "SY", "PK"] {
            #expect(tour.contains("visit Mohammad Javad Zarif/IR @\(country) 2015-08-11 planned"), "\(tour)")
        }
        // (With no minister of that country named before, "the Iranian minister" is no one: not the registry's holder.)
        let unnamed = eventSummaries("In this tour, the Iranian minister is scheduled to visit Lebanon and Syria.", on: "2015-08-10", language: .en)
        #expect(unnamed.isEmpty, "\(unnamed)")
    }

    /// "a ministerial hosted by X" turns the clause's visit down, not only its phrase: no other visit phrase of the clause
    /// stands in ("will attend … hosted by" is the gathering told, where the trip is already).
    @Test func aGatheringHostedByTurnsTheClauseDown() {
        let hosted = eventSummaries(
            """
            Antony Blinken will travel to Tokyo March 15-18. On March 16-17 in Tokyo, Secretary Blinken will attend the \
            U.S.-Japan Security Consultative Committee meeting hosted by Japan's Minister for Foreign Affairs Toshimitsu Motegi.
            """, on: "2021-03-12", language: .en)
        #expect(hosted.contains("meeting Antony Blinken/US+Toshimitsu Motegi/JP @JP 2021-03-16 planned"), "\(hosted)")
    }

    /// A tour takes its traveller along, named by a pronoun, with adverbs after the verb: "Son périple l'a conduit
    /// successivement au Ghana …", "une tournée qui l'a mené cette fois au Kenya …"; each stop is a visit.
    @Test func aTourTakesItsTravellerAlong() {
        let periple = eventSummaries(
            "Félix Tshisekedi a entamé jeudi une tournée en Afrique de l'Ouest. Son périple l'a conduit successivement au Ghana, en Guinée et en Sierra Leone.",
            on: "2021-07-16")
        for country in ["GH", "GN", "SL"] {
            #expect(periple.contains { $0.hasPrefix("visit Félix Tshisekedi/CD @\(country) ") && $0.hasSuffix(" held") }, "\(periple)")
        }
        let lavrov = eventSummaries(
            "Sergueï Lavrov est arrivé lundi en Afrique du Sud, point final d'une tournée africaine qui l'a mené cette fois au Kenya, au Burundi et au Mozambique.",
            on: "2023-05-30")
        for country in ["KE", "BI", "MZ"] {
            #expect(lavrov.contains("visit Sergei Lavrov/RU @\(country) - held"), "\(lavrov)")
        }
        // (Not what takes no one anywhere: "Le parti l'a conduit au pouvoir en France".)
        let power = eventSummaries("Le parti l'a conduit au pouvoir en France. Cette décision les a menés en France.", on: "2024-07-08")
        #expect(power.isEmpty, "\(power)")
    }

    /// "The tour includes Baku, Yerevan and Tbilisi": the stops of the trip told, as that trip is (to come, here).
    @Test func aTourIncludesItsStops() {
        let tour = eventSummaries(
            "Iranian Foreign Minister Mohammad Javad Zarif will visit Russia next week. The tour includes Baku, Yerevan and Tbilisi.",
            on: "2021-01-20", language: .en)
        for country in ["AZ", "AM", "GE"] {
            #expect(tour.contains("visit Mohammad Javad Zarif/IR @\(country) - planned"), "\(tour)")
        }
        let talks = eventSummaries("Xi Jinping will visit France. The tour includes talks with Emmanuel Macron.", on: "2024-07-08", language: .en)
        #expect(talks.filter { $0.hasPrefix("visit") }.allSatisfy { $0.contains("@FR") }, "\(talks)")
        // ("an imminent visit by Zarif": still to come.)
        let imminent = eventSummaries("The conversation comes before an imminent visit by Zarif to Russia.", on: "2021-01-20", language: .en)
        #expect(imminent == ["visit Mohammad Javad Zarif/IR @RU - planned"], "\(imminent)")
    }

    /// A clause can tell a trip's first leg and its further ones: "when Orbán welcomed Xi in Hungary as part of a tour that
    /// also took him to France and Serbia" is Xi's visit to all three, none of them Orbán's.
    @Test func furtherLegsInTheSameClause() {
        let legs = eventSummaries(
            "The two leaders met two months ago, when Orbán welcomed Xi Jinping in Hungary as part of a European tour that also took him to France and Serbia.",
            on: "2024-07-08", language: .en)
        for country in ["HU", "FR", "RS"] {
            #expect(legs.contains("visit Xi Jinping/CN @\(country) 2024-05 held"), "\(legs)")
        }
        #expect(!legs.contains { $0.hasPrefix("visit Viktor Orbán") }, "\(legs)")
    }

    /// Days after groups of stops are each group's; one after "puis" is the next stop's; a stop after the last day has none
    /// told. Each day of a trip to come is the coming one.
    @Test func daysOfGroupsOfStops() {
        let barrot = eventSummaries(
            """
            M. Barrot doit se rendre en Arabie saoudite et au Qatar samedi, aux Emirats arabes unis et en Jordanie dimanche \
            puis à Ramallah.
            """, on: "2024-10-04")
        #expect(barrot.contains("visit Jean-Noël Barrot/FR @SA 2024-10-05 planned"), "\(barrot)")
        #expect(barrot.contains("visit Jean-Noël Barrot/FR @QA 2024-10-05 planned"), "\(barrot)")
        #expect(barrot.contains("visit Jean-Noël Barrot/FR @AE 2024-10-06 planned"), "\(barrot)")
        #expect(barrot.contains("visit Jean-Noël Barrot/FR @JO 2024-10-06 planned"), "\(barrot)")
        #expect(barrot.contains("visit Jean-Noël Barrot/FR @PS - planned"), "\(barrot)")
        // (A tour under way, told with no country, is not a stop still to come.)
        let modi = eventSummaries("Narendra Modi est en tournée en Europe. Il se rendra ensuite en Russie puis vendredi en France.", on: "2017-05-30")
        #expect(modi.contains("visit Narendra Modi/IN @RU - planned"), "\(modi)")
        #expect(modi.contains("visit Narendra Modi/IN @FR 2017-06-02 planned"), "\(modi)")
        // (A day only after the last stop is the whole trip's.)
        let whole = eventSummaries("Antony Blinken will travel to Japan, South Korea and Vietnam next week.", on: "2024-05-10", language: .en)
        #expect(whole.allSatisfy { $0.hasSuffix("2024-05-13 planned") } && whole.count == 3, "\(whole)")
    }

    /// A ministry's release: "the United States of America" is one country in the list, a weekday in brackets after a date
    /// leaves the range whole, "In the US, Foreign Minister Aso" is Japan's minister placed in the US, "M. E. Fradkov" in
    /// English is initials, and "Iraq's Neighboring Countries" is no one.
    @Test func aMinistrysItinerary() {
        let aso = eventSummaries(
            """
            Mr. Taro Aso, Minister for Foreign Affairs, will visit the United States of America, Russia and Egypt from April 28 \
            (Sat) to May 6 (Sun). In the US, Foreign Minister Aso will have Japan-US Foreign Ministerial Talks with Secretary of \
            State Condoleezza Rice. The Foreign Minister's visit to Russia was agreed in February this year when Prime Minister \
            M. E. Fradkov visited Japan. In Egypt, Foreign Minister Aso will attend the Expanded Ministerial Meeting of Iraq's \
            Neighboring Countries.
            """, on: "2007-04-27", language: .en)
        for country in ["US", "RU", "EG"] {
            #expect(aso.contains("visit Taro Aso/JP @\(country) 2007-04-28 planned"), "\(aso)")
        }
        #expect(aso.contains("talks Taro Aso/JP+Condoleezza Rice/US @US 2007-04-28 planned"), "\(aso)")
        #expect(aso.contains("visit Mikhail Fradkov/RU @JP 2007-02 held"), "\(aso)")
        #expect(!aso.joined().contains("Neighboring"), "\(aso)")
    }

    /// "sa tournée qui doit le mener en Chine, en Russie, en France et au Portugal": a tour's stops still to come, one visit
    /// each.
    @Test func aTourThatIsToTakeHimOn() {
        let events = eventSummaries(
            """
            Le président vénézuélien Hugo Chavez est arrivé dimanche soir à Cuba. M. Chavez devait ensuite poursuivre sa tournée \
            qui doit le mener en Chine, en Russie, en France et au Portugal.
            """, on: "2008-09-21")
        for country in ["CN", "RU", "FR", "PT"] {
            #expect(events.contains { $0.hasPrefix("visit Hugo Chávez/VE @\(country)") && $0.hasSuffix("planned") }, "\(country): \(events)")
        }
    }

    /// "sa tournée, qui devait le mener en Australie, a été écourtée": stops that were to be, and are not, are no visits.
    @Test func aTourThatWasToTakeHimOnIsNone() {
        let events = eventSummaries(
            """
            La tournée asiatique de Joe Biden, qui devait le mener en Papouasie-Nouvelle-Guinée et en Australie, a été écourtée \
            en raison des négociations sur la dette.
            """, on: "2023-06-10")
        #expect(!events.contains { $0.contains("@AU") || $0.contains("@PG") }, "\(events)")
    }

    /// "s'était rendu en Mauritanie, le 18 avril, pour son premier déplacement, puis en Gambie, en Côte d'Ivoire et au
    /// Ghana": "puis" goes on with the trip after a short aside, one visit a country.
    @Test func aTripGoesOnAfterPuis() {
        let found = eventSummaries(
            """
            Le président Bassirou Diomaye Faye s'était rendu en Mauritanie, le 18 avril, pour son tout premier déplacement à \
            l'étranger, puis en Gambie, en Côte d'Ivoire et au Ghana.
            """, on: "2024-05-30")
        #expect(found.contains("visit Bassirou Diomaye Faye/SN @MR 2024-04-18 held"), "\(found)")
        for country in ["GM", "CI", "GH"] {
            #expect(found.contains { $0.hasPrefix("visit Bassirou Diomaye Faye/SN @\(country) ") && $0.hasSuffix("held") }, "\(found)")
        }
        // (Not past another verb's subject: "puis le président ivoirien s'est rendu au Ghana" is someone else's trip.)
        let other = eventSummaries(
            """
            Le président Bassirou Diomaye Faye s'était rendu en Mauritanie, le 18 avril, puis Alassane Ouattara s'est rendu au Ghana.
            """, on: "2024-05-30")
        #expect(!other.contains { $0.hasPrefix("visit Bassirou Diomaye Faye/SN @GH") }, "\(other)")
        #expect(other.contains("visit Bassirou Diomaye Faye/SN @MR 2024-04-18 held"), "\(other)")
        #expect(other.contains { $0.hasPrefix("visit Alassane Ouattara/CI @GH") }, "\(other)")
        // (A list of stops or of people met stays one clause: "à Dakar, puis Abidjan", "a rencontré Macron, puis Scholz".)
        let stops = eventSummaries("Le président Faye s'est rendu à Nouakchott, puis Banjul.", on: "2024-05-30")
        #expect(stops.contains { $0.hasPrefix("visit Bassirou Diomaye Faye/SN @GM") }, "\(stops)")
    }
}
