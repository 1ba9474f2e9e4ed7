import EntenteIngest
import Testing

/// Gatherings the outside batches of the tenth session turned up: a bloc's leaders meeting as a summit, who took part
/// in it, a day a sentence opened with, and receptions in the pluperfect.
struct GatheringTests {
    private func events(_ text: String, on date: String, language: Article.Language = .fr) -> [String] {
        eventSummaries(text, on: date, language: language)
    }

    /// "Les dirigeants de l'ASEAN se sont réunis samedi à Jakarta": a bloc's leaders gathering hold a summit, and those
    /// who "ont pris part à cette rencontre" attend it, with no meeting of their own.
    @Test func blocLeadersGatheringIsASummit() {
        let found = events(
            """
            Les dirigeants de l'Association des nations de l'Asie du Sud-Est (ASEAN) se sont réunis samedi à Jakarta, en présence \
            du chef de la junte, le général Min Aung Hlaing. Le président indonésien Joko Widodo et les Premiers ministres de \
            Malaisie, Muhyiddin Yassin, et de Singapour, Lee Hsien Loong, ont pris part à cette rencontre.
            """, on: "2021-04-24")
        #expect(found.contains { $0.hasPrefix("summit Min Aung Hlaing/MM+") && $0.hasSuffix("@ID 2021-04-24 held") }, "\(found)")
        #expect(found.contains("visit Lee Hsien Loong/SG @ID 2021-04-24 held"), "\(found)")
        #expect(found.contains("visit Muhyiddin Yassin/MY @ID 2021-04-24 held"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("meeting") }, "\(found)")
        // ("les Premiers ministres de Malaisie et de Singapour" are heads of government, not foreign ministers.)
        #expect(!found.contains { $0.contains("Hishammuddin") || $0.contains("Balakrishnan") }, "\(found)")
        // Leaders named without their bloc meet as before.
        let pair = events("Les dirigeants chinois et russe se sont réunis samedi à Moscou.", on: "2023-03-25")
        #expect(!pair.contains { $0.hasPrefix("summit") }, "\(pair)")
        let english = events("EU leaders met in Brussels on Thursday.", on: "2023-03-24", language: .en)
        #expect(english.contains { $0.hasPrefix("summit") && $0.contains("@BE 2023-03-23") }, "\(english)")
    }

    /// Those who took part in a summit attended it; they did not meet each other there ("ont pris part au sommet").
    @Test func attendingASummitIsNoMeeting() {
        let found = events("Muhyiddin Yassin et Lee Hsien Loong ont pris part au sommet de Jakarta.", on: "2021-04-24")
        #expect(found.contains { $0.hasPrefix("summit Muhyiddin Yassin/MY+Lee Hsien Loong/SG @ID") }, "\(found)")
        #expect(!found.contains { $0.hasPrefix("meeting") }, "\(found)")
        // Agreeing something at a summit still is a meeting there.
        let met = events("Emmanuel Macron et Olaf Scholz se sont mis d'accord lors du sommet de Bruxelles jeudi.", on: "2023-03-24")
        #expect(met.contains { $0.hasPrefix("meeting Emmanuel Macron/FR+Olaf Scholz/DE") }, "\(met)")
    }

    /// "Le 24 février, elle avait renoncé à … Le même jour, elle avait rencontré …": the day the last sentence opened
    /// with, though it reported no event.
    @Test func sameDayAsASentenceThatOpenedWithADay() {
        let found = events(
            """
            La ministre indonésienne des Affaires étrangères, Retno Marsudi, multiplie les efforts. Le 24 février, elle a dû \
            patienter à l'aéroport. Le même jour, elle avait rencontré à Bangkok son homologue thaïlandais Don Pramudwinai.
            """, on: "2021-04-24")
        #expect(found.contains("meeting Retno Marsudi/ID+Don Pramudwinai/TH @TH 2021-02-24 held"), "\(found)")
    }

    /// "il avait également reçu Vladimir Poutine dans son fief de Nagato": a reception in the pluperfect, with an adverb,
    /// is at the receiver's home, not where the article is.
    @Test func pluperfectReceptionIsAtHome() {
        let found = events(
            """
            Shinzo Abe est arrivé lundi à Pearl Harbor. Mi-décembre, il avait également reçu Vladimir Poutine dans son fief de \
            Nagato.
            """, on: "2016-12-27")
        #expect(found.contains("meeting Shinzo Abe/JP+Vladimir Putin/RU @JP 2016-12 held"), "\(found)")
        #expect(found.contains("visit Vladimir Putin/RU @JP 2016-12 held"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("visit Shinzo Abe/JP @US 2016-12 ") }, "\(found)")
    }

    /// "… has cancelled his trip to Indonesia next week, the White House said late on Thursday": the cancellation was
    /// announced on Thursday; the trip keeps next week.
    @Test func cancellationTakesTheDayItWasAnnounced() {
        let found = events(
            """
            President Barack Obama has cancelled his trip to Indonesia next week because of the government shutdown, the White \
            House said late on Thursday.
            """, on: "2013-10-04", language: .en)
        #expect(found.contains("cancellation Barack Obama/US @ID 2013-10-03 held"), "\(found)")
        #expect(found.contains { $0.hasPrefix("visit Barack Obama/US @ID 2013-10-07") && $0.hasSuffix("cancelled") }, "\(found)")
    }

    /// "… before flying on to Kuala Lumpur in the evening": the next leg of a trip.
    @Test func flyingOnIsTheNextLeg() {
        let found = events(
            "Xi Jinping held talks with Susilo Bambang Yudhoyono in Jakarta on Wednesday, before flying on to Kuala Lumpur.",
            on: "2013-10-04", language: .en)
        #expect(found.contains { $0.hasPrefix("visit Xi Jinping/CN @MY") }, "\(found)")
        #expect(found.contains("visit Xi Jinping/CN @ID 2013-10-02 held"), "\(found)")
    }

    /// "Avec notre envoyé spécial à Abidjan": the meeting the text goes on to report, with no place, is there.
    @Test func correspondentLinePlacesTheText() {
        let found = events(
            """
            Avec notre envoyé spécial à Abidjan

            Lors d'une conférence de presse commune au palais présidentiel, Emmanuel Macron et Alassane Ouattara ont annoncé \
            la fin du franc CFA.
            """, on: "2019-12-21")
        #expect(found.contains { $0.hasPrefix("meeting Emmanuel Macron/FR+Alassane Ouattara/CI @CI") }, "\(found)")
        // (A longer line that reports something is no correspondent's line.)
        let story = events(
            """
            De notre envoyé spécial à Abidjan, les nouvelles sont venues tard dans la soirée de vendredi, sans plus de précisions.

            Emmanuel Macron a rencontré Olaf Scholz.
            """, on: "2019-12-21")
        #expect(!story.contains { $0.contains("@CI") }, "\(story)")
    }

    /// "s'était rendu à Abidjan en novembre 2017, pour le sommet Union africaine-Union européenne": the summit has the
    /// trip's date.
    @Test func summitATripWasForHasItsDate() {
        let found = events(
            "Emmanuel Macron s'était rendu une première fois à Abidjan en novembre 2017, pour le sommet Union africaine-Union européenne.",
            on: "2019-12-21")
        #expect(found.contains("summit Emmanuel Macron/FR @CI 2017-11 held"), "\(found)")
        #expect(found.contains("visit Emmanuel Macron/FR @CI 2017-11 held"), "\(found)")
    }

    /// "doit se rendre dimanche à Bouaké, où neuf soldats avaient été tués en novembre 2004": a trip to come is not dated
    /// by a past year written out when the clause gives another date.
    @Test func plannedTripIsNotDatedByAPastYear() {
        let found = events(
            "Le président français doit se rendre dimanche à Bouaké, où neuf soldats français avaient été tués en novembre 2004.",
            on: "2019-12-21")
        #expect(found.contains("visit Emmanuel Macron/FR @CI 2019-12-22 planned"), "\(found)")
    }

    /// A sentence naming one known person borrows the last sentence's subject as the other party ("Cet entretien a été
    /// suivi d'une audience auprès du président X"), but not when someone the registry does not know is its subject.
    @Test func unknownSubjectIsNotTheLastOne() {
        let found = events(
            """
            Le ministre a longuement parlé avec Abdelaziz Belkhadem. Pierre-Henri Dumontier a rencontré jeudi Colin Powell à Washington.
            """, on: "2003-03-03")
        #expect(!found.contains { $0.contains("Belkhadem/DZ+Colin Powell") }, "\(found)")
        // "M. Issaias", a spelling of the last subject's name, is them.
        let airport = events(
            """
            Le président érythréen Isaias Afwerki est arrivé samedi à Addis-Abeba. À sa descente d'avion, M. Issaias a été \
            accueilli par le Premier ministre éthiopien Abiy Ahmed.
            """, on: "2018-07-15")
        #expect(airport.contains { $0.hasPrefix("meeting Isaias Afwerki/ER+Abiy Ahmed/ET @ET 2018-07-14") }, "\(airport)")
    }

    /// "effectue jusqu'à mardi 4 mars en Algérie la première visite d'Etat": under way until that day, since the day the
    /// text last told (a sentence that opened with it), else since the article's.
    @Test func untilADayIsTheEndOfSomethingUnderWay() {
        let found = events(
            """
            Jacques Chirac a reçu, dimanche 2 mars, un accueil d'une ferveur inédite. Le président de la République effectue \
            jusqu'à mardi 4 mars en Algérie la première visite d'Etat d'un chef d'Etat français depuis l'indépendance, en 1962.
            """, on: "2003-03-03")
        #expect(found.contains("visit Jacques Chirac/FR @DZ 2003-03-02 held"), "\(found)")
        let summit = events("Le sommet de la Francophonie réunit jusqu'à demain à Québec des dizaines de chefs d'État.", on: "2008-10-18")
        #expect(summit.contains("summit  @CA 2008-10-18 held"), "\(summit)")
    }

    /// Malaysian honorifics before a name: "Datuk Seri Anwar Ibrahim" is Anwar Ibrahim, and no one else.
    @Test func malaysianHonorificsAreNoName() {
        let found = events(
            "Prime Minister Datuk Seri Anwar Ibrahim met Prime Minister Lee Hsien Loong at the Istana on Monday.", on: "2023-01-31",
            language: .en)
        #expect(found.contains("meeting Anwar Ibrahim/MY+Lee Hsien Loong/SG @SG 2023-01-30 held"), "\(found)")
        #expect(found.contains("visit Anwar Ibrahim/MY @SG 2023-01-30 held"), "\(found)")
    }

    /// "M. Djibril Bassolé" in a sentence is someone's full name, though "Djibril" is a registry surname (Mahmoud
    /// Djibril's); "Foreign Minister Hayashi Yoshimasa" writes the family name first.
    @Test func fullNamesAroundRegistrySurnames() {
        let found = events(
            """
            Laurent Fabius est ensuite allé à Ouagadougou, où il a eu un entretien avec son homologue, M. Djibril Bassolé.
            """, on: "2012-07-27")
        #expect(!found.contains { $0.contains("Jibril") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("meeting Laurent Fabius/FR+Djibril Bassolé/") }, "\(found)")
        let hayashi = events(
            "Secretary Blinken met Japanese Foreign Minister Hayashi Yoshimasa in Melbourne on Friday.", on: "2022-02-12",
            language: .en)
        #expect(hayashi.contains { $0.contains("Yoshimasa Hayashi/JP") && !$0.contains("Hayashi Yoshimasa") }, "\(hayashi)")
    }

    /// Titles in the 2000s resolve to their holders then (the registry goes back to 2000).
    @Test func titlesInTheEarly2000s() {
        let found = events(
            "Le ministre français des affaires étrangères doit s'entretenir lundi à Alger avec le président algérien.", on: "2003-03-01")
        #expect(found.contains { $0.hasPrefix("meeting Dominique de Villepin/FR+Abdelaziz Bouteflika/DZ @DZ 2003-03-03") }, "\(found)")
    }

    /// "From Tokyo, Obama flies Friday to Seoul": a schedule told in the present is to come; "Obama met Park on Friday"
    /// is past.
    @Test func scheduleInThePresentIsToCome() {
        let found = events(
            "From Tokyo, Barack Obama flies Friday to Seoul for talks with South Korean President Park Geun-hye.", on: "2014-04-23",
            language: .en)
        #expect(found.contains("visit Barack Obama/US @KR 2014-04-25 planned"), "\(found)")
        let past = events("Barack Obama met South Korean President Park Geun-hye in Seoul on Friday.", on: "2014-04-23", language: .en)
        #expect(past.contains { $0.hasPrefix("meeting Barack Obama/US+Park Geun-hye/KR @KR 2014-04-18 held") }, "\(past)")
    }

    /// What the review of these rules found, each narrowed.
    @Test func whatTheReviewFound() {
        // "Istana Negara" is Malaysia's, "Istana Bogor" Indonesia's; "the Istana" alone Singapore's.
        let negara = events("Li Qiang was received by Sultan Ibrahim at Istana Negara on Wednesday.", on: "2024-06-20", language: .en)
        #expect(negara.contains { $0.hasPrefix("meeting Li Qiang/CN+") && $0.contains("@MY") }, "\(negara)")
        // "the Lancaster House treaties" place nothing.
        let treaties = events(
            "Rishi Sunak and Emmanuel Macron met on Friday to renew the Lancaster House treaties.", on: "2023-03-11", language: .en)
        #expect(!treaties.contains { $0.contains("@GB") }, "\(treaties)")
        // A held trip is not dated by a relative clause's past either.
        let held = events(
            "Emmanuel Macron s'est rendu dimanche à Bouaké, où neuf soldats français avaient été tués en novembre 2004.", on: "2019-12-23")
        #expect(held.contains("visit Emmanuel Macron/FR @CI 2019-12-22 held"), "\(held)")
        // "until Sunday" after a weekday gone by is the coming one; "arrivé dimanche" starts the stay.
        let g7 = events("The G7 summit in Hiroshima, which runs through Sunday, opened with a visit to the peace park.", on: "2023-05-19",
            language: .en)
        #expect(g7.contains { $0.hasPrefix("summit  @JP 2023-05-") && !$0.contains("2023-05-14") }, "\(g7)")
        let stay = events("Xi Jinping, arrivé dimanche à Paris, est en visite en France jusqu'à mardi 7 mai.", on: "2024-05-06")
        #expect(stay.contains("visit Xi Jinping/CN @FR 2024-05-05 held"), "\(stay)")
        // A year the sentence opens with does not reach past a semicolon.
        let later = events("In 2023, Antony Blinken visited China once; he is expected to return in March.", on: "2024-01-10", language: .en)
        #expect(later.contains { $0.hasPrefix("visit Antony Blinken/US @CN 2024-03") && $0.hasSuffix("planned") }, "\(later)")
        // Former prime ministers are no one in office.
        let former = events(
            "Les anciens Premiers ministres de la Belgique et des Pays-Bas se sont réunis mardi à Bruxelles.", on: "2023-03-15")
        #expect(!former.contains { $0.contains("De Croo") || $0.contains("Rutte") }, "\(former)")
        // A trip made for a summit named in English has the trip's date.
        let nss = events("Hu Jintao travelled to Washington in April 2010 for the Nuclear Security Summit.", on: "2010-06-01", language: .en)
        #expect(nss.contains { $0.hasPrefix("summit Hu Jintao/CN") && $0.contains("2010-04") }, "\(nss)")
    }

    /// Taiwan's office-holders are known; words in capitals throughout are no name; a guest's long title still leaves
    /// a reception ("received former U.S. Secretary of State Henry Kissinger").
    @Test func taiwanCapitalsAndLongTitles() {
        let call = events(
            "President-elect Donald Trump spoke by telephone with Taiwan's president on Friday.", on: "2016-12-03", language: .en)
        #expect(call.contains("phone_call Donald Trump/US+Tsai Ing-wen/TW @- 2016-12-02 held"), "\(call)")
        let shouted = events("\"The President of Taiwan CALLED ME today to wish me congratulations.\"", on: "2016-12-03", language: .en)
        #expect(!shouted.contains { $0.contains("CALLED") }, "\(shouted)")
        let kissinger = events(
            "Xi Jinping received former U.S. Secretary of State Henry Kissinger in Beijing on Friday.", on: "2016-12-03", language: .en)
        #expect(kissinger.contains { $0.hasPrefix("meeting Xi Jinping/CN+Henry Kissinger/") && $0.contains("@CN 2016-12-02") }, "\(kissinger)")
    }

    /// "Putin will not travel to South Africa for next month's BRICS summit, … said on Wednesday": his trip is called off
    /// (announced that day), the summit is not; with no one before the verb, no one declined.
    @Test func decidingAgainstATrip() {
        let found = events(
            """
            Russian President Vladimir Putin will not travel to South Africa for next month's BRICS summit "by mutual agreement" \
            and will be represented by Foreign Minister Sergei Lavrov, South African President Cyril Ramaphosa's office said on \
            Wednesday.
            """, on: "2023-07-19", language: .en)
        #expect(found.contains("cancellation Vladimir Putin/RU @ZA 2023-07-19 held"), "\(found)")
        #expect(found.contains { $0.hasPrefix("visit Vladimir Putin/RU @ZA 2023-08") && $0.hasSuffix("cancelled") }, "\(found)")
        #expect(!found.contains { $0.hasPrefix("summit") && $0.hasSuffix("cancelled") }, "\(found)")
        let lunch = events(
            "The heads of both houses of Congress said they would not attend the lunch, citing praise for Augusto Pinochet.",
            on: "2019-03-22", language: .en)
        #expect(!lunch.contains { $0.hasPrefix("cancellation") }, "\(lunch)")
    }

    /// "PATTAYA, Thailand (AP)" places what follows; a cancellation reported with a day gone by was made that day.
    @Test func agencyDatelineAndTheDayOfACancellation() {
        let found = events(
            """
            PATTAYA, Thailand (AP)

            Thailand's prime minister canceled a summit of Asian leaders in this seaside resort Saturday after protesters \
            stormed the convention center. Japanese Prime Minister Taro Aso and Chinese Premier Wen Jiabao had met for about an \
            hour Saturday morning at a hotel near the venue.
            """, on: "2009-04-11", language: .en)
        #expect(found.contains("cancellation Abhisit Vejjajiva/TH @- 2009-04-11 held"), "\(found)")
        #expect(found.contains { $0.hasPrefix("meeting Taro Aso/JP+Wen Jiabao/CN @TH 2009-04-11") }, "\(found)")
        // (A line that says more than where and which agency is no dateline.)
        let prose = events(
            """
            Officials said talks could still go ahead later, according to a statement carried from Pattaya, Thailand (AP). Taro Aso \
            met Wen Jiabao.
            """, on: "2009-04-11", language: .en)
        #expect(!prose.contains { $0.contains("@TH") }, "\(prose)")
        // ("KUALA LUMPUR, Dec 14 (AFP)": a date between the place and the agency.)
        let dated = events(
            """
            KUALA LUMPUR, Dec 14 (AFP) - The leaders of East Asia gathered for a summit this week. Wen Jiabao said nothing. \
            Chinese Premier Wen Jiabao and Japanese Prime Minister Junichiro Koizumi held talks on Wednesday.
            """, on: "2005-12-14", language: .en)
        #expect(dated.contains { $0.hasPrefix("talks Wen Jiabao/CN+Junichiro Koizumi/JP @MY 2005-12-14") }, "\(dated)")
        // (Its date is the day of what the text tells undated: "au deuxième jour d'une visite historique" is that day's trip,
        // not one merged with what the next sentence says of 1953.)
        let day = events(
            """
            PYONGYANG, 24 oct (AFP) - La secrétaire d'État américaine Madeleine Albright s'est de nouveau entretenue mardi avec \
            le dirigeant nord-coréen Kim Jong-il, au deuxième jour d'une visite historique. Mme Albright est le plus haut \
            responsable américain à se rendre en Corée du Nord depuis la fin de la guerre de Corée, en 1953.
            """, on: "2000-10-24")
        #expect(day.contains("visit Madeleine Albright/US @KP 2000-10-24 held"), "\(day)")
    }

    /// Talking or dining together in person is a meeting ("se sont parlé … en présence de", "a dîné avec"); "ont eux aussi
    /// échangé" keeps its verb; "Le matin" is the morning of the day just told.
    @Test func talkingAndDiningTogether() {
        let dinner = events("François Hollande a dîné avec Barack Obama jeudi dans un restaurant de Paris.", on: "2014-06-07")
        #expect(dinner.contains("meeting François Hollande/FR+Barack Obama/US @FR 2014-06-05 held"), "\(dinner)")
        let aside = events(
            """
            Barack Obama et Vladimir Poutine ont eux aussi échangé vendredi une dizaine de minutes en aparté à Bénouville.
            """, on: "2014-06-07")
        #expect(aside.contains { $0.hasPrefix("meeting Barack Obama/US+Vladimir Putin/RU") && $0.contains("2014-06-06") }, "\(aside)")
        let morning = events(
            """
            Vladimir Poutine a rencontré vendredi à Bénouville Petro Porochenko. Le matin, la chancelière allemande avait rencontré \
            le président russe dans un hôtel de Deauville.
            """, on: "2014-06-07")
        #expect(morning.contains { $0.hasPrefix("meeting Angela Merkel/DE+Vladimir Putin/RU @FR 2014-06-06") }, "\(morning)")
    }

    /// A former leader heading an international organisation represents no country then, and is abroad anywhere but at its
    /// seat: NATO's Mark Rutte in London in 2024 travelled; in Brussels he did not; in 2023 he was the Netherlands'.
    @Test func headsOfInternationalOrganisations() {
        let london = events("Volodymyr Zelensky a rencontré jeudi à Londres Mark Rutte.", on: "2024-10-11")
        #expect(london.contains { $0.hasPrefix("meeting Volodymyr Zelenskyy/UA+Mark Rutte/- @GB 2024-10-10") }, "\(london)")
        #expect(london.contains("visit Mark Rutte/- @GB 2024-10-10 held"), "\(london)")
        let brussels = events("Volodymyr Zelensky a rencontré jeudi à Bruxelles Mark Rutte.", on: "2024-10-11")
        #expect(!brussels.contains { $0.hasPrefix("visit Mark Rutte") }, "\(brussels)")
        let hague = events("Volodymyr Zelensky a rencontré jeudi à Paris Mark Rutte.", on: "2023-10-13")
        #expect(hague.contains { $0.contains("Mark Rutte/NL") }, "\(hague)")
    }

    /// A lead opened by an agency's dateline ("WASHINGTON (AP) —") or a city in capitals and a dash ("LONDON —") places
    /// what follows with no place of its own.
    @Test func leadDatelines() {
        let agency = events(
            """
            WASHINGTON (AP) — Israel and two Gulf Arab states signed agreements Tuesday.

            Before the ceremony, Donald Trump met Benjamin Netanyahu.
            """, on: "2020-09-15", language: .en)
        #expect(agency.contains { $0.hasPrefix("meeting Donald Trump/US+Benjamin Netanyahu/IL @US") }, "\(agency)")
        let dash = events(
            """
            LONDON — European leaders closed ranks behind Ukraine on Sunday.

            Keir Starmer met Volodymyr Zelenskyy before the gathering.
            """, on: "2025-03-02", language: .en)
        #expect(dash.contains { $0.hasPrefix("meeting Keir Starmer/GB+Volodymyr Zelenskyy/UA @GB") }, "\(dash)")
        // The lead's own events too, and a capital the gazetteer reads as its country, with a double hyphen. The dateline's
        // city is no one's country: "BEIJING -- Vice President Dick Cheney" is not Chinese, so "Cheney" is his surname.
        let lead = events(
            """
            BEIJING -- Vice President Dick Cheney met with Chinese President Hu Jintao on Wednesday. Cheney, who arrived on \
            Tuesday, also held talks with Premier Wen Jiabao.
            """, on: "2004-04-14", language: .en)
        #expect(lead.contains("meeting Dick Cheney/US+Hu Jintao/CN @CN 2004-04-14 held"), "\(lead)")
        #expect(lead.contains { $0.hasPrefix("talks Dick Cheney/US+Wen Jiabao/CN @CN") }, "\(lead)")
        // (The talks are not dated by the relative clause's arrival: "also held" carries on the main clause.)
        #expect(!lead.contains { $0.hasPrefix("talks") && $0.contains("2004-04-13") }, "\(lead)")
    }

    /// "s'est entretenu avec le Mauritanien A, le Malien B, le Nigérien C, président en exercice du G5, le Burkinabè D et le
    /// Tchadien E, en présence du président de la Commission de l'UA, F": a French list of people goes on after a comma at
    /// an article and a demonym, past a title between commas, and to who attends "en présence de". Those met are met, not
    /// taken along on the trip, and "dans la capitale mauritanienne" places it all.
    @Test func aFrenchListOfLeadersByTheirDemonyms() {
        let found = events(
            """
            Arrivé lundi dans la capitale mauritanienne, le président français s'est entretenu à huis clos avec le Mauritanien \
            Mohamed Ould Abdel Aziz, le Malien Ibrahim Boubacar Keïta, le Nigérien Mahamadou Issoufou, président en exercice du G5, \
            le Burkinabè Roch Marc Christian Kaboré et le Tchadien Idriss Déby Itno, en présence du président de la Commission de \
            l'UA, Moussa Faki Mahamat.
            """, on: "2018-07-02")
        let meeting = found.first { $0.hasPrefix("meeting") } ?? ""
        for name in ["Emmanuel Macron", "Mohamed Ould Abdel Aziz", "Ibrahim Boubacar Keïta", "Mahamadou Issoufou", "Roch Marc Christian Kaboré",
            "Idriss Déby", "Moussa Faki"] {
            #expect(meeting.contains(name), "\(name): \(found)")
        }
        #expect(meeting.contains("@MR 2018-07-02"), "\(found)")
        #expect(found.contains("visit Emmanuel Macron/FR @MR 2018-07-02 held"), "\(found)")
        #expect(found.contains("visit Idriss Déby/TD @MR 2018-07-02 held"), "\(found)")
        // (Near miss: a lower-case word after the comma that is no demonym still ends the list.)
        let other = events(
            "Emmanuel Macron s'est entretenu lundi à Nouakchott avec Mohamed Ould Abdel Aziz, la veille du sommet où Paul Kagame présidait.",
            on: "2018-07-02")
        #expect(!other.contains { $0.hasPrefix("meeting") && $0.contains("Paul Kagame") }, "\(other)")
    }

    /// "Le président français, accompagné de ses ministres …, Laurent Fabius, et de la Défense, Jean-Yves Le Drian, s'est
    /// rendu à Tombouctou": who comes along, between the subject and the verb, is one delegation with the traveller.
    @Test func whoComesAlongBetweenSubjectAndVerb() {
        let found = events(
            """
            François Hollande, accompagné de ses ministres des Affaires étrangères, \
            Laurent Fabius, et de la Défense, Jean-Yves Le Drian, s'est rendu samedi à Tombouctou.
            """, on: "2013-02-02")
        #expect(found.contains("visit François Hollande/FR+Laurent Fabius/FR+Jean-Yves Le Drian/FR @ML 2013-02-02 held"), "\(found)")
    }

    /// "à l'invitation d'Emmanuel Macron" (elided) invites as "à l'invitation du président" does; and "Cette visite d'État,
    /// effectuée à l'invitation d'Emmanuel Macron" invites the traveller of the visit just told, to its country.
    @Test func anInvitationByAnElidedNameAndToATripToldBefore() {
        let arrived = events("Xi Jinping est arrivé dimanche à Paris, à l'invitation d'Emmanuel Macron.", on: "2024-05-06")
        #expect(arrived.contains("invitation Emmanuel Macron/FR+Xi Jinping/CN @FR - held"), "\(arrived)")
        let told = events(
            """
            Le président chinois Xi Jinping est arrivé dimanche à Paris. Cette visite d'État de deux jours, effectuée à l'invitation \
            d'Emmanuel Macron, coïncide avec le 60e anniversaire des relations diplomatiques.
            """, on: "2024-05-06")
        #expect(told.contains("invitation Emmanuel Macron/FR+Xi Jinping/CN @FR - held"), "\(told)")
    }

    /// "Seated around the table at an Amman hotel were A, B, C", in an article that reports no summit: a meeting of those
    /// seated, there, on the day the text last gave ("On Monday he sat down …"), and the trips of those from abroad.
    @Test func thoseSeatedAroundATableMeet() {
        let found = events(
            """
            AMMAN, Jordan (AP) — On Monday Syria's top diplomat sat down in the Jordanian capital with four of his regional \
            counterparts. Seated around the table at an Amman hotel were Jordanian Foreign Minister Ayman Safadi, the host, \
            Egypt's Sameh Shoukry and Syria's Faisal Mekdad.
            """, on: "2023-05-01", language: .en)
        #expect(found.contains("meeting Ayman Safadi/JO+Sameh Shoukry/EG+Faisal Mekdad/SY @JO 2023-05-01 held"), "\(found)")
        #expect(found.contains("visit Sameh Shoukry/EG @JO 2023-05-01 held"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("visit Ayman Safadi") }, "\(found)")
    }
}
