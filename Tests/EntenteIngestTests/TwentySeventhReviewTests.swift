import EntenteIngest
import Testing

/// What a review of the twenty-seventh session's rules found them doing to ordinary sentences, each now left alone or right.
struct WhatTheTwentySeventhSessionsRulesLeaveAlone {
    private func events(_ text: String, on date: String, language: Article.Language = .fr) -> [String] {
        eventSummaries(text, on: date, language: language)
    }

    /// ", puis/and" and a name open a clause of their own only after a clause with a verb, and before a verb as written:
    /// "Joe Biden, Fumio Kishida, and Yoon Suk Yeol met" is one list; "puis Xi Jinping à Pékin" has no verb ("à" is not "a").
    @Test func aListIsNoNewSubject() {
        let three = events("Joe Biden, Fumio Kishida, and Yoon Suk Yeol met in Hiroshima on May 21.", on: "2023-05-22", language: .en)
        #expect(three.contains("meeting Joe Biden/US+Fumio Kishida/JP+Yoon Suk Yeol/KR @JP 2023-05-21 held"), "\(three)")
        let beijing = events("Antony Blinken a rencontré vendredi Wang Yi, puis Xi Jinping à Pékin.", on: "2024-04-30")
        #expect(beijing.contains("visit Antony Blinken/US @CN 2024-04-26 held"), "\(beijing)")
    }

    /// A building is named after someone no longer in office: "a accueilli à l'aéroport Emmanuel Macron", "Sur place
    /// Emmanuel Macron …", "À la place Sergueï Lavrov …" name people.
    @Test func peopleInOfficeAfterABuildingsWord() {
        let airport = events(
            "Au Kenya, le président William Ruto a accueilli à l'aéroport Emmanuel Macron, arrivé samedi à Nairobi.", on: "2024-06-10")
        #expect(airport.contains("meeting William Ruto/KE+Emmanuel Macron/FR @KE 2024-06-08 held"), "\(airport)")
        let onSite = events("Sur place Emmanuel Macron s'est entretenu avec Volodymyr Zelensky.", on: "2024-06-10")
        #expect(onSite.contains { $0.hasPrefix("meeting Emmanuel Macron/FR+Volodymyr Zelenskyy/UA") }, "\(onSite)")
        let instead = events("À la place Sergueï Lavrov représentera la Russie au sommet du G20 à Rio.", on: "2024-11-10")
        #expect(instead.contains { $0.contains("Sergei Lavrov/RU") }, "\(instead)")
    }

    /// A French perfect before the weekday tells a start gone by, with an adverb between or in the plural: "a officiellement
    /// entamé dimanche", "avaient entamé lundi".
    @Test func aPerfectWithAnAdverbIsNoSchedule() {
        let xi = events("Le président chinois Xi Jinping a officiellement entamé dimanche une visite d'Etat en France.", on: "2024-05-08")
        #expect(xi.contains("visit Xi Jinping/CN @FR 2024-05-05 held"), "\(xi)")
        let king = events("Le roi Charles III et la reine Camilla avaient entamé lundi une visite d'Etat au Kenya.", on: "2024-05-08")
        #expect(king.contains { $0.hasPrefix("visit Charles III/GB") && $0.hasSuffix("@KE 2024-05-06 held") }, "\(king)")
    }

    /// Companions set off by a comma right after a relative clause's trip are the trip's: "qui s'était rendu le 16 juin à Kiev,
    /// avec Emmanuel Macron et Mario Draghi, a promis …".
    @Test func companionsAfterACommaInTheRelativeClause() {
        let found = events(
            "Olaf Scholz, qui s'était rendu le 16 juin à Kiev, avec Emmanuel Macron et Mario Draghi, a promis son soutien.", on: "2022-07-01")
        #expect(found.contains { $0.hasPrefix("visit Olaf Scholz/DE+Emmanuel Macron/FR+Mario Draghi/IT @UA 2022-06-16") }, "\(found)")
    }

    /// "a rendez-vous avec" is a meeting to come, not a compound past.
    @Test func aRendezVousIsToCome() {
        let found = events("Emmanuel Macron a rendez-vous avec Olaf Scholz, qu'il retrouvera à Berlin pour un dîner de travail.", on: "2024-03-06")
        #expect(found.contains { $0.hasPrefix("meeting Emmanuel Macron/FR+Olaf Scholz/DE @DE") && $0.hasSuffix("planned") }, "\(found)")
    }

    /// "The two leaders" after two people the registry has no office for (Hamas's and Hezbollah's leaders) are those two.
    @Test func theTwoLeadersOfMovements() {
        let found = events(
            """
            Joe Biden spoke with Benjamin Netanyahu on Monday. On Tuesday, Hamas leader Ismail Haniyeh met Hezbollah chief Hassan \
            Nasrallah in Beirut. The two leaders met again on Wednesday in Beirut.
            """, on: "2024-05-08", language: .en)
        #expect(found.contains { $0.hasPrefix("meeting Ismail Haniyeh/PS+Hassan Nasrallah") && $0.contains("2024-05-08") }, "\(found)")
        #expect(!found.contains { $0.hasPrefix("meeting Joe Biden") }, "\(found)")
    }

    /// "a month later" after another event's trigger is that event's: "met Joe Biden …, paving the way for the Woodside summit
    /// a month later" leaves the meeting in October.
    @Test func aMonthLaterIsTheNearestTriggers() {
        let found = events(
            """
            Wang Yi visited Washington in October 2023. During that trip he met Joe Biden at the White House, paving the way for the \
            Woodside summit a month later.
            """, on: "2024-05-08", language: .en)
        #expect(found.contains { $0.hasPrefix("meeting Wang Yi/CN+Joe Biden/US @US 2023-10 ") }, "\(found)")
    }

    /// Having to put a trip off postpones it ("a dû reporter sa visite"); "doit annuler … si" is a condition; "sa venue à la
    /// tête de" is no trip; countries that discuss a subject hold no talks.
    @Test func postponedConditionalAndDiscussed() {
        let lula = events("Le président brésilien Lula a dû reporter sa visite en Chine pour raisons de santé.", on: "2024-05-08")
        #expect(lula.contains { $0.hasPrefix("visit Luiz Inácio Lula da Silva/BR @CN") && $0.hasSuffix("postponed") }, "\(lula)")
        #expect(events("Emmanuel Macron doit annuler sa visite en Nouvelle-Calédonie si les violences se poursuivent.", on: "2024-05-08")
            .allSatisfy { !$0.hasPrefix("cancellation") })
        #expect(events("Le président Macky Sall a salué sa venue à la tête de l'Union africaine.", on: "2024-05-08").isEmpty)
        #expect(events("Germany and France discussed the future of the joint fighter jet programme for years.", on: "2024-05-08", language: .en)
            .isEmpty)
    }

    /// The second review: a clause whose subject the sentence named before, or whose object refers back, stays one with the
    /// first ("…, and Blinken flew to Amman", "…, and Zelensky met them"); a name its verb follows is no building's ("A
    /// l'aéroport Nicolas Sarkozy a été accueilli"); English "a" is no French auxiliary ("on a European tour, flies Friday");
    /// an invitation keeps no "following year"; "également avec" keeps the companion; a leader and a minister stay "the two
    /// leaders"; a call's object may have an apposition ("Benjamin Netanyahu, Israel's prime minister,").
    @Test func whatTheSecondReviewFound() {
        let amman = events("Blinken met Netanyahu in Jerusalem on Tuesday, and Blinken flew to Amman on Wednesday.", on: "2024-05-08", language: .en)
        #expect(amman.contains("visit Antony Blinken/US @JO 2024-05-08 held"), "\(amman)")
        let them = events(
            "Olaf Scholz, Emmanuel Macron, and Mario Draghi traveled to Kyiv on Thursday, and Zelensky met them at the Mariinsky Palace.",
            on: "2024-05-10", language: .en)
        #expect(them.contains { $0.hasPrefix("meeting Olaf Scholz/DE+Emmanuel Macron/FR+Mario Draghi/IT+Volodymyr Zelenskyy/UA") }, "\(them)")
        let airport = events("A l'aéroport Nicolas Sarkozy a été accueilli mardi par le président Kaïs Saïed.", on: "2024-05-10")
        #expect(airport.contains { $0.hasPrefix("meeting Nicolas Sarkozy/FR+Kais Saied/TN @TN 2024-05-07") }, "\(airport)")
        let belgrade = events("Xi, who is on a European tour, flies Friday to Belgrade.", on: "2024-05-08", language: .en)
        #expect(belgrade.contains { $0.hasPrefix("visit Xi Jinping/CN @RS 2024-05-10") }, "\(belgrade)")
        let invited = events("Xi visited Moscow in March 2023. Xi invited Putin to visit China the following year.", on: "2024-05-10", language: .en)
        #expect(invited.contains("invitation Xi Jinping/CN+Vladimir Putin/RU @CN - held"), "\(invited)")
        let also = events("Emmanuel Macron, qui s'est rendu mardi à Kiev, également avec Olaf Scholz, a promis des armes.", on: "2024-05-10")
        #expect(also.contains("visit Emmanuel Macron/FR+Olaf Scholz/DE @UA 2024-05-07 held"), "\(also)")
        let envoy = events(
            """
            Emmanuel Macron a reçu mardi à l'Elysée Antony Blinken, porteur d'un message de Joe Biden. Les deux dirigeants se \
            sont entretenus pendant une heure.
            """, on: "2024-05-10")
        #expect(!envoy.contains { $0.contains("Joe Biden") }, "\(envoy)")
        let call = events(
            "Biden called Benjamin Netanyahu, Israel's prime minister, on Sunday to press for a ceasefire.", on: "2024-05-10", language: .en)
        #expect(call.contains("phone_call Joe Biden/US+Benjamin Netanyahu/IL @- 2024-05-05 held"), "\(call)")
    }

    /// The third review: other ministers are no foreign ministers ("Les ministres de la Défense de la France et de
    /// l'Allemagne"); who did not come, or came to something else, did not attend the summit told before; the subject's next
    /// trip, joined after an invitation, is a trip ("invited him to Washington and travelled to Tokyo").
    @Test func whatTheThirdReviewFound() {
        #expect(events("Les ministres de la Défense de la France et de l'Allemagne se sont rencontrés lundi à Berlin.", on: "2024-07-12").isEmpty)
        let summit = "Le sommet de la CEDEAO s'est tenu dimanche à Abuja, au Nigeria. "
        for text in [
            "Ni le Sénégalais Macky Sall ni l'Ivoirien Alassane Ouattara n'ont fait le déplacement.",
            "Pour l'investiture de John Mahama au Ghana la semaine suivante, Macky Sall et Alassane Ouattara ont fait le déplacement.",
        ] {
            let found = events(summit + text, on: "2023-07-10")
            #expect(!found.contains { $0.contains("Macky Sall") }, "\(found)")
        }
        let absent = events(
            """
            The ECOWAS summit was held in Abuja, Nigeria, on Sunday. Absent were Senegal's Macky Sall and Ivory Coast's Alassane \
            Ouattara; in attendance were only their foreign ministers.
            """, on: "2023-07-10", language: .en)
        #expect(!absent.contains { $0.contains("Macky Sall") }, "\(absent)")
        let tokyo = events(
            "Antony Blinken met Wang Yi in Vientiane on 26 July 2024, invited him to Washington and travelled to Tokyo on 28 July 2024.",
            on: "2024-08-12", language: .en)
        #expect(tokyo.contains("visit Antony Blinken/US @JP 2024-07-28 held"), "\(tokyo)")
    }
}
