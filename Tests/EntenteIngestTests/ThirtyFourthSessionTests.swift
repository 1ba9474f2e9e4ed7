import EntenteModel
import Testing

@testable import EntenteIngest

/// Rules from the thirty-fourth session, found on batches 148–151 once they were read, and on sentences written for them.
struct ThirtyFourthSessionRules {
    private func events(_ text: String, on date: String, language: Article.Language = .en) -> [String] {
        eventSummaries(text, on: date, language: language)
    }

    /// "était déjà venu": the "être" of coming and going takes an adverb before its participle as "avait" does.
    @Test func comingWithAnAdverb() {
        let accra = events(
            """
            Le président ghanéen Nana Akufo-Addo a reçu mardi à Accra son homologue ivoirien Alassane Ouattara. Ouattara était \
            déjà venu au Ghana en 2017.
            """, on: "2019-03-14", language: .fr)
        #expect(accra.contains { $0.hasPrefix("visit Alassane Ouattara/CI @GH 2017 held") }, "\(accra)")
        #expect(accra.contains { $0.hasPrefix("visit Alassane Ouattara/CI @GH 2019-03-12 held") }, "\(accra)")
    }

    /// "remonte à 2015", "dates back to 2015": a year after the verb of going back dates what the sentence tells; "de 2010 à
    /// 2014" stays a span.
    @Test func goingBackToAYear() {
        let french = events(
            """
            Emmanuel Macron est arrivé lundi soir à Yaoundé. La dernière visite d'un président français au Cameroun remonte à \
            2015, lorsque François Hollande s'y était rendu.
            """, on: "2022-07-26", language: .fr)
        #expect(french.contains { $0.hasPrefix("visit François Hollande/FR @CM 2015 held") }, "\(french)")
        #expect(!french.contains { $0.contains("François Hollande") && $0.contains("2022") }, "\(french)")
        let english = events(
            """
            Emmanuel Macron arrived in Yaounde on Monday. The last visit by a French president dates back to 2015, when \
            Francois Hollande travelled there.
            """, on: "2022-07-26")
        #expect(english.contains { $0.hasPrefix("visit François Hollande/FR @CM 2015 held") }, "\(english)")
        let resolver = DateResolver(published: PartialDate("2022-07-26")!)
        #expect(resolver.mentions(in: "Sa dernière visite remonte à 2015.").map(\.start.description) == ["2015"])
        #expect(resolver.mentions(in: "Its last such visit dates back to 2015.").map(\.start.description) == ["2015"])
        // (Nor a year after "à" elsewhere: "de 2010 à 2014" is read as before.)
        #expect(resolver.mentions(in: "Il a été ministre de 2010 à 2014.").map(\.start.description) == ["2010"])
    }

    /// "arrived in Darwin … for talks with his Australian counterpart": a trip to a place the gazetteer does not know, for a
    /// meeting with someone of one other country, is to that country. With no trip told, a meeting stays unplaced.
    @Test func anUnknownPlaceIsTheCounterpartsCountry() {
        let darwin = events(
            "Japanese Prime Minister Shinzo Abe arrived in Darwin on Friday for talks with his Australian counterpart Scott Morrison.",
            on: "2018-11-16")
        #expect(darwin.contains { $0.hasPrefix("visit Shinzo Abe/JP @AU 2018-11-16 held") }, "\(darwin)")
        #expect(darwin.contains { $0.hasPrefix("talks Shinzo Abe/JP+Scott Morrison/AU @AU 2018-11-16 held") }, "\(darwin)")
        let unplaced = events("Japanese Prime Minister Shinzo Abe met his Australian counterpart Scott Morrison on Friday.", on: "2018-11-16")
        #expect(unplaced.contains { $0.hasPrefix("meeting Shinzo Abe/JP+Scott Morrison/AU @- 2018-11-16") }, "\(unplaced)")
        #expect(!unplaced.contains { $0.hasPrefix("visit") }, "\(unplaced)")
    }

    /// "s'était rendu à Alger le 8 décembre … et avait été reçu par le président Tebboune": the meeting is on the trip's day,
    /// not the day of the visit the article reports.
    @Test func aMeetingOnTheClausesDatedTrip() {
        let algiers = events(
            """
            Emmanuel Macron est arrivé jeudi à Alger. Le chef de la diplomatie française de l'époque, Jean-Yves Le Drian, s'était \
            rendu à Alger le 8 décembre pour tenter de renouer le dialogue et avait été reçu par le président Tebboune.
            """, on: "2022-08-26", language: .fr)
        #expect(algiers.contains { $0.hasPrefix("meeting Jean-Yves Le Drian/FR+Abdelmadjid Tebboune/DZ @DZ 2021-12-08 held") }, "\(algiers)")
        #expect(!algiers.contains { $0.contains("Jean-Yves Le Drian") && $0.contains("2022") }, "\(algiers)")
    }

    /// "doit quitter Dakar vendredi pour Libreville": the place left is not where the trip goes; "a quitté Dakar après une
    /// visite" keeps Dakar the visit's.
    @Test func leavingOnePlaceForAnother() {
        let libreville = events(
            """
            Nicolas Sarkozy est arrivé mercredi à Dakar. M. Sarkozy doit quitter Dakar vendredi pour Libreville, où il sera reçu \
            par Omar Bongo Ondimba.
            """, on: "2007-07-26", language: .fr)
        #expect(libreville.contains { $0.hasPrefix("visit Nicolas Sarkozy/FR @GA 2007-07-27 planned") }, "\(libreville)")
        #expect(libreville.contains { $0.hasPrefix("meeting Nicolas Sarkozy/FR+Omar Bongo/GA @GA 2007-07-27 planned") }, "\(libreville)")
        #expect(!libreville.contains { $0.contains("@SN 2007-07-27") }, "\(libreville)")
        let text = Array("Il a quitté Dakar mardi pour Libreville.")
        let dakar = PlaceMention(text: "Dakar", offset: 12, country: "SN", kind: .city, city: "Dakar")
        #expect(ArticleExtractor.isPlaceLeft(dakar, in: text))
        let after = Array("Il a quitté Dakar mardi après une visite de deux jours.")
        #expect(!ArticleExtractor.isPlaceLeft(dakar, in: after))
    }

    /// "reporté après l'attaque du camp … dans l'ouest du Niger": where the cause happened places nothing.
    @Test func theAttackBehindAPostponement() {
        let pau = events(
            """
            Emmanuel Macron a réuni lundi à Pau les chefs d'Etat du G5 Sahel. Prévu initialement le 16 décembre, le sommet avait été \
            reporté après l'attaque du camp militaire d'Inates, dans l'ouest du Niger.
            """, on: "2020-01-14", language: .fr)
        #expect(pau.contains { $0.hasPrefix("summit  @") && $0.contains("2019-12-16 postponed") }, "\(pau)")
        #expect(!pau.contains { $0.contains("@NE") }, "\(pau)")
    }

    /// "les dirigeants de l'Union africaine, réunis en sommet": a bloc's leaders, not the pair the article named before.
    @Test func aBlocsLeadersAreNoReference() {
        let addis = events(
            """
            François Hollande a rencontré samedi à Bamako Dioncounda Traoré. A Addis-Abeba, les dirigeants de l'Union africaine, \
            réunis en sommet les 27 et 28 janvier, avaient salué l'intervention française.
            """, on: "2013-02-03", language: .fr)
        #expect(addis.contains { $0.hasPrefix("summit  @ET 2013-01-27 held") }, "\(addis)")
        #expect(!addis.contains { $0.hasPrefix("visit François Hollande/FR @ET") }, "\(addis)")
    }

    /// "…, puis était revenu en novembre 2018": a return told after a first trip is a clause, and a trip, of its own.
    @Test func aReturnAfterAFirstTrip() {
        let rabat = events(
            """
            Emmanuel Macron avait été reçu par le roi Mohammed VI en juin 2017, un mois après son élection, puis était revenu en \
            novembre 2018 pour inaugurer avec lui à Tanger une ligne.
            """, on: "2024-10-30", language: .fr)
        #expect(rabat.contains { $0.hasPrefix("meeting Emmanuel Macron/FR+Mohammed VI of Morocco/MA @MA 2017-06 held") }, "\(rabat)")
        #expect(rabat.contains { $0.hasPrefix("visit Emmanuel Macron/FR @MA 2017-06 held") }, "\(rabat)")
        #expect(rabat.contains { $0.hasPrefix("visit Emmanuel Macron/FR @MA 2018-11 held") }, "\(rabat)")
    }

    /// "en compagnie du président Ibrahim Boubacar Keïta", "aux côtés de son homologue nigérien": the host's leader with the
    /// traveller receives them; a compatriot along travels too.
    @Test func withTheHostsLeader() {
        let gao = events(
            """
            Emmanuel Macron est arrivé lundi à Ouagadougou. Le 19 mai, il s'était rendu à Gao, dans le nord du Mali, auprès des \
            soldats de l'opération Barkhane, en compagnie du président Ibrahim Boubacar Keïta.
            """, on: "2017-11-28", language: .fr)
        #expect(gao.contains { $0.hasPrefix("meeting Emmanuel Macron/FR+Ibrahim Boubacar Keïta/ML @ML 2017-05-19 held") }, "\(gao)")
        let niamey = events(
            "Emmanuel Macron s'était rendu le 22 décembre à Niamey, aux côtés du président Mahamadou Issoufou.", on: "2020-01-14",
            language: .fr)
        #expect(niamey.contains { $0.hasPrefix("meeting Emmanuel Macron/FR+Mahamadou Issoufou/NE @NE 2019-12-22 held") }, "\(niamey)")
        let damascus = events(
            "Jean-Noël Barrot s'est rendu vendredi à Damas en compagnie de son homologue allemande, Annalena Baerbock.", on: "2025-01-04",
            language: .fr)
        #expect(!damascus.contains { $0.hasPrefix("meeting") }, "\(damascus)")
    }

    /// "Mme Sirleaf, M. Buhari et M. Mahama, accompagnés du président sierra-léonais …, s'étaient rendus à Banjul": a list of
    /// subjects closed by "et" is one delegation, with who came along.
    @Test func aListOfTravellers() {
        let banjul = events(
            """
            Le 13 décembre, Mme Ellen Johnson Sirleaf, M. Muhammadu Buhari et M. John Mahama, accompagnés du président \
            sierra-léonais Ernest Bai Koroma, s'étaient rendus à Banjul pour une mission de médiation.
            """, on: "2016-12-18", language: .fr)
        #expect(
            banjul.contains {
                $0.hasPrefix("visit Ellen Johnson Sirleaf/LR+Muhammadu Buhari/NG+John Mahama/GH+Ernest Bai Koroma/SL @GM 2016-12-13 held")
            }, "\(banjul)")
        let list = Array("Mme Sirleaf, M. Buhari et M. Mahama s'étaient rendus à Banjul.")
        let people = [
            PersonMention(name: "Ellen Johnson Sirleaf", country: "LR", offset: 4, source: .surname),
            PersonMention(name: "Muhammadu Buhari", country: "NG", offset: 16, source: .surname),
            PersonMention(name: "John Mahama", country: "GH", offset: 29, source: .surname),
        ]
        #expect(ArticleExtractor.subjectList(from: people[0], before: 40, persons: people, in: list).map(\.name) == ["Muhammadu Buhari", "John Mahama"])
        // (A list not closed by "et" is no delegation.)
        let open = Array("Mme Sirleaf, M. Buhari, M. Mahama s'étaient rendus à Banjul.")
        let openPeople = [people[0], people[1], PersonMention(name: "John Mahama", country: "GH", offset: 27, source: .surname)]
        #expect(ArticleExtractor.subjectList(from: openPeople[0], before: 36, persons: openPeople, in: open).isEmpty)
    }

    /// GeoNames rows with several spellings run together ("Marathi  Maharashtra") are no city names.
    @Test func noRunTogetherAlternates() {
        #expect(!Gazetteer.cityTable.contains("  "))
    }

    /// "sa tournée d'octobre à Dakar, où l'avait reçu le président Macky Sall, et à Kinshasa, …": the clause about Dakar ends
    /// where the tour's next stop comes, so the reception is in Dakar, in October.
    @Test func aWhereClauseEndsAtTheNextStop() {
        let tour = events(
            """
            François Hollande est arrivé samedi à Bamako. Il s'agit du deuxième déplacement de François Hollande en Afrique \
            subsaharienne depuis son élection, après sa tournée d'octobre à Dakar, où l'avait reçu le président Macky Sall, et à \
            Kinshasa, où se tenait le sommet de la Francophonie.
            """, on: "2013-02-03", language: .fr)
        #expect(tour.contains { $0.hasPrefix("meeting François Hollande/FR+Macky Sall/SN @SN 2012-10 held") }, "\(tour)")
        #expect(!tour.contains { $0.hasPrefix("meeting François Hollande/FR+Macky Sall/SN @CD") }, "\(tour)")
        let original = Array("Il est allé à Dakar, où il a vu Macky Sall, et à Kinshasa.")
        let spans = ArticleExtractor.closingWhereAtNextStop(
            [
                .init(start: 0, end: 21, relative: false, temporalWhen: false),
                .init(start: 21, end: original.count, relative: true, temporalWhen: false, locativeWhere: true),
            ], characters: Array(ArticleExtractor.fold(String(original))), original: original)
        #expect(spans[0].hole == 21..<43 && spans[0].end == original.count && spans[1].end == 43, "\(spans)")
    }

    /// "His visit to Australia was the first by an Indian Prime Minister since Rajiv Gandhi in 1986": "the first" said of the
    /// trip named as the subject tells the visit before, at its year.
    @Test func theFirstSaidOfTheTrip() {
        let canberra = events(
            """
            Narendra Modi arrived in Canberra on Monday. His visit to Australia was the first by an Indian Prime Minister since \
            Rajiv Gandhi in 1986.
            """, on: "2014-11-20")
        #expect(canberra.contains { $0.hasPrefix("visit Rajiv Gandhi/IN @AU 1986 held") }, "\(canberra)")
        #expect(canberra.contains { $0.hasPrefix("visit Narendra Modi/IN @AU 2014-11-17 held") }, "\(canberra)")
    }

    /// "since Zhu Rongji came to India in January 2002": the visit before is where its own verb takes it, and its traveller
    /// makes no other trip in the sentence.
    @Test func theVisitBeforeAtItsOwnPlace() {
        let delhi = events(
            """
            Chinese Premier Wen Jiabao visited Pakistan last Tuesday. His is the first visit by a Chinese premier since Zhu Rongji \
            came to India in January 2002.
            """, on: "2005-04-11")
        #expect(delhi.filter { $0.hasPrefix("visit Zhu Rongji") } == ["visit Zhu Rongji/CN @IN 2002-01 held"], "\(delhi)")
        #expect(delhi.contains { $0.hasPrefix("visit Wen Jiabao/CN @PK 2005-04-05 held") }, "\(delhi)")
    }

    /// "…, becoming the first foreign leader to meet the new Japanese leader": the infinitive after "the first" is what was
    /// done; with a future before it, it stays to come.
    @Test func theFirstToMeet() {
        let tokyo = events(
            """
            Scott Morrison has secured agreement on a treaty after talks with Prime Minister Yoshihide Suga in Tokyo on Tuesday, \
            becoming the first foreign leader to meet the new Japanese leader on home soil.
            """, on: "2020-11-17")
        #expect(tokyo.contains { $0.hasPrefix("meeting Scott Morrison/AU+Yoshihide Suga/JP @JP 2020-11-17 held") }, "\(tokyo)")
        let ahead = events(
            "Scott Morrison will travel to Tokyo next week, hoping to be the first foreign leader to meet Yoshihide Suga there.",
            on: "2020-11-17")
        #expect(ahead.contains { $0.hasPrefix("meeting Scott Morrison/AU+Yoshihide Suga/JP @JP") && $0.hasSuffix("planned") }, "\(ahead)")
    }

    /// "held summit talks with": talks between two leaders, not a summit.
    @Test func summitTalksAreTalks() {
        let delhi = events("Later in the day, Mr. Shinzo Abe held summit talks with Prime Minister Manmohan Singh in New Delhi.", on: "2007-08-23")
        #expect(delhi.contains { $0.hasPrefix("talks Shinzo Abe/JP+Manmohan Singh/IN @IN") }, "\(delhi)")
        #expect(!delhi.contains { $0.hasPrefix("summit") }, "\(delhi)")
    }

    /// "were to hold their summit in Guwahati on Monday": what was to happen is planned, on the coming Monday.
    @Test func whatWasToHappen() {
        let guwahati = events("Shinzo Abe and Narendra Modi were to meet in Guwahati on Monday.", on: "2019-12-13")
        #expect(guwahati.contains("meeting Shinzo Abe/JP+Narendra Modi/IN @IN 2019-12-16 planned"), "\(guwahati)")
    }

    /// "Australia would host the next Quad summit in 2023"; "to travel to Laos next month for the annual ASEAN-India summit":
    /// the host that would host it, and the summit a trip is for, its name between.
    @Test func whereASummitWillBe() {
        let quad = events("He told reporters that Australia would host the next Quad summit in 2023.", on: "2022-05-24")
        #expect(quad.contains("summit  @AU 2023 planned"), "\(quad)")
        let laos = events("Mr Narendra Modi is expected to travel to Laos next month for the annual ASEAN-India summit.", on: "2024-09-04")
        #expect(laos.contains("summit Narendra Modi/IN @LA 2024-10 planned"), "\(laos)")
        // ("Le Chili, qui prend la présidence pour un an, accueillera le prochain sommet en 2012": past a relative clause.)
        let chile = events(
            """
            Les dirigeants ont lancé vendredi à Caracas la Celac lors d'un sommet. Le Chili, qui prend la présidence pour un an, \
            accueillera le prochain sommet en 2012.
            """, on: "2011-12-04", language: .fr)
        #expect(chile.contains("summit  @CL 2012 planned"), "\(chile)")
    }

    /// "It is his first visit to the city-state since November 2018": with no one named, the trip told last is the one whose
    /// traveller came before.
    @Test func hisFirstVisitSince() {
        let singapore = events(
            "Mr Narendra Modi arrived in Singapore on Wednesday. It is his first visit to the city-state since November 2018.",
            on: "2024-09-04")
        #expect(singapore.contains("visit Narendra Modi/IN @SG 2018-11 held"), "\(singapore)")
    }

    /// "Abe last visited India in September 2017, when he and Modi laid …": the surname before the pronoun that stands for the
    /// same person is where they are named, so the trip is theirs.
    @Test func aSurnameBeforeItsPronoun() {
        let ahmedabad = events(
            """
            Shinzo Abe and Narendra Modi spoke on Monday. Abe last visited India in September 2017, when he and Modi laid the \
            foundation stone of the bullet train.
            """, on: "2019-12-13")
        #expect(ahmedabad.contains("visit Shinzo Abe/JP @IN 2017-09 held"), "\(ahmedabad)")
    }

    /// "Abe has put off a visit to India. Abe last visited India in September 2017": the visit done is not the one called off,
    /// which takes neither its date nor its place in the list.
    @Test func aVisitDoneIsNotTheOneCalledOff() {
        let found = events(
            """
            Japanese Prime Minister Shinzo Abe has put off a visit to India. Abe last visited India in September 2017, when he and \
            Modi laid the foundation stone of the bullet train in Ahmedabad.
            """, on: "2019-12-13")
        #expect(found.contains("visit Shinzo Abe/JP @IN 2017-09 held"), "\(found)")
        #expect(found.contains("visit Shinzo Abe/JP @IN - postponed"), "\(found)")
    }

    /// "visited Brussels on March 1 and travelled to Moscow four days later": days counted from the day the clause hangs on.
    @Test func daysLaterThanTheDayBefore() {
        let moscow = events("Viktor Yanukovych visited Brussels on March 1 and travelled to Moscow four days later.", on: "2010-05-18")
        #expect(moscow.contains("visit Viktor Yanukovych/UA @RU 2010-03-05 held"), "\(moscow)")
        #expect(moscow.contains("visit Viktor Yanukovych/UA @BE 2010-03-01 held"), "\(moscow)")
    }

    /// "The two European leaders arrived in Moscow": the pair reference with an adjective, and both of its people travel.
    @Test func theTwoEuropeanLeaders() {
        let moscow = events(
            "Angela Merkel met Francois Hollande in Paris on Thursday. The two European leaders arrived in Moscow on Friday afternoon.",
            on: "2015-02-07")
        #expect(moscow.contains("visit Angela Merkel/DE+François Hollande/FR @RU 2015-02-06 held"), "\(moscow)")
        // (So do the holders of a plural title: "The presidents of Poland, Lithuania, Latvia and Estonia travelled to Kyiv".)
        let kyiv = events(
            "The presidents of Poland, Lithuania, Latvia and Estonia travelled to Kyiv by train on Wednesday.", on: "2022-04-13")
        #expect(kyiv == ["visit Andrzej Duda/PL+Gitanas Nausėda/LT+Egils Levits/LV+Alar Karis/EE @UA 2022-04-13 held"], "\(kyiv)")
        #expect(Discourse.withoutAdjectiveOfTwo(" the two european leaders arrived ") == " the two leaders european arrived ")
        #expect(Discourse.withoutAdjectiveOfTwo(" both asian leaders met ") == " both leaders asian met ")
        #expect(Discourse.withoutAdjectiveOfTwo(" the two sides met ") == " the two sides met ")
    }

    /// "for a working dinner at the Elysee Palace with Emmanuel Macron and … Olaf Scholz": a working meal is a meeting, its place
    /// between, and who is at it from abroad is visiting.
    @Test func aWorkingDinner() {
        let paris = events(
            """
            Volodymyr Zelensky visited London on Wednesday. Zelensky flew on to Paris that evening for a working dinner at the \
            Elysee Palace with Emmanuel Macron and German Chancellor Olaf Scholz.
            """, on: "2023-02-10")
        #expect(paris.contains("meeting Volodymyr Zelenskyy/UA+Emmanuel Macron/FR+Olaf Scholz/DE @FR 2023-02-08 held"), "\(paris)")
        #expect(paris.contains("visit Olaf Scholz/DE @FR 2023-02-08 held"), "\(paris)")
    }

    /// Four travellers listed with their titles between ("Emmanuel Macron, le chancelier allemand Friedrich Merz, le Premier
    /// ministre britannique Keir Starmer et …") are one delegation.
    @Test func aListWithTitles() {
        let kyiv = events(
            """
            Emmanuel Macron, le chancelier allemand Friedrich Merz, le Premier ministre britannique Keir Starmer et le Premier \
            ministre polonais Donald Tusk sont arrivés samedi matin à Kiev pour une visite commune.
            """, on: "2025-05-10", language: .fr)
        #expect(kyiv.contains("visit Emmanuel Macron/FR+Friedrich Merz/DE+Keir Starmer/GB+Donald Tusk/PL @UA 2025-05-10 held"), "\(kyiv)")
    }

    /// "Parmi les chefs d'Etat présents … figuraient …", "Among the heads of state attending were …": right after the summit is
    /// told, the list is its attendance, each of them visiting.
    @Test func theAttendanceListAfterTheSummit() {
        let french = events(
            """
            Les dirigeants des 33 pays d'Amérique latine et des Caraïbes ont lancé vendredi à Caracas la Communauté des Etats \
            latino-américains et caribéens, lors d'un sommet. Parmi les chefs d'Etat présents dans la capitale vénézuélienne \
            figuraient la Brésilienne Dilma Rousseff, le Cubain Raul Castro et le Bolivien Evo Morales.
            """, on: "2011-12-03", language: .fr)
        #expect(french.contains("summit Dilma Rousseff/BR+Raúl Castro/CU+Evo Morales/BO @VE 2011-12-02 held"), "\(french)")
        #expect(french.contains("visit Evo Morales/BO @VE 2011-12-02 held"), "\(french)")
        let english = events(
            """
            Latin American leaders opened a summit in Caracas on Friday. Among the heads of state attending were Brazil's Dilma \
            Rousseff and Cuba's Raul Castro.
            """, on: "2011-12-03")
        #expect(english.contains("visit Raúl Castro/CU @VE 2011-12-02 held"), "\(english)")
        // (Not a list of anything else after a summit: no one named, nothing attended.)
        let topics = events(
            "Latin American leaders opened a summit in Caracas on Friday. Parmi les sujets abordés figuraient la dette et le commerce.",
            on: "2011-12-03")
        #expect(topics == ["summit  @VE 2011-12-02 held"], "\(topics)")
    }

    /// "due to fly on Thursday to Haiti", "a tour that began in Pakistan last Tuesday", "a tour that began in London the day
    /// before": a day between the verb and its place, and the day before counted from the day the clause gave.
    @Test func aDayBetweenTheVerbAndItsPlace() {
        let haiti = events(
            """
            Luiz Inacio Lula da Silva visited Havana on Wednesday. Lula is due to fly on Thursday to Haiti, where he will meet \
            President René Préval.
            """, on: "2010-02-24")
        #expect(haiti.contains("visit Luiz Inácio Lula da Silva/BR @HT 2010-02-25 planned"), "\(haiti)")
        #expect(haiti.contains("meeting Luiz Inácio Lula da Silva/BR+René Préval/HT @HT 2010-02-25 planned"), "\(haiti)")
        let pakistan = events(
            """
            Wen Jiabao arrived in New Delhi on Saturday. The Chinese premier is on the final leg of a South Asian tour that began \
            in Pakistan last Tuesday.
            """, on: "2005-04-11")
        #expect(pakistan.contains("visit Wen Jiabao/CN @PK 2005-04-05 held"), "\(pakistan)")
        let london = events(
            """
            Volodymyr Zelensky addressed EU leaders in Brussels on Thursday, the final leg of a whirlwind European tour that began \
            in London the day before.
            """, on: "2023-02-10")
        #expect(london.contains("visit Volodymyr Zelenskyy/UA @GB 2023-02-08 held"), "\(london)")
        // (A verb of flying with no place after it is no trip: "flew home", "flew back".)
        #expect(events("Lula flew home on Thursday.", on: "2010-02-26").isEmpty)
    }

    /// "s'est rendu à Riyad, où il a rencontré le prince héritier": a crown prince named by his title alone, in a sentence whose
    /// cities are of one country, is that country's, whoever else the article named crown prince.
    @Test func theCrownPrinceOfThePlace() {
        let riyadh = events(
            """
            Emmanuel Macron avait inauguré le Louvre Abou Dhabi avec le prince héritier Mohammed ben Zayed. Jeudi, Jean-Yves Le Drian \
            s'est à son tour rendu à Riyad, où il a rencontré le prince héritier puis M. Saad Hariri.
            """, on: "2017-11-17", language: .fr)
        #expect(riyadh.contains("meeting Jean-Yves Le Drian/FR+Mohammed bin Salman/SA @SA 2017-11-16 held"), "\(riyadh)")
        #expect(!riyadh.contains { $0.contains("Mohamed bin Zayed") && $0.contains("@SA") }, "\(riyadh)")
    }

    /// "Xi Jinping arrived in Riyadh on Wednesday. On Friday Xi attended the first China-Gulf Cooperation Council summit, …":
    /// a summit placed nowhere, attended within the week by the traveller of the trip reported, is where the trip is; its
    /// other attendees visit.
    @Test func aSummitOnTheTrip() {
        let riyadh = events(
            """
            Xi Jinping arrived in Riyadh on Wednesday. On Friday Xi attended the first China-Gulf Cooperation Council summit, with \
            leaders including Qatar's Emir Sheikh Tamim bin Hamad Al Thani.
            """, on: "2022-12-10")
        #expect(riyadh.contains { $0.hasPrefix("summit Xi Jinping/CN+Tamim bin Hamad Al Thani/QA @SA 2022-12-09 held") }, "\(riyadh)")
        #expect(riyadh.contains("visit Tamim bin Hamad Al Thani/QA @SA 2022-12-09 held"), "\(riyadh)")
        // (Not a summit a month after the trip.)
        let later = events(
            "Xi Jinping arrived in Riyadh on November 2. On December 9 Xi attended the first China-Gulf Cooperation Council summit.",
            on: "2022-12-10")
        #expect(!later.contains { $0.hasPrefix("summit") && $0.contains("@SA") }, "\(later)")
    }
}
