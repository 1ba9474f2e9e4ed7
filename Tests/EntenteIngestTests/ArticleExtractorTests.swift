import EntenteIngest
import EntenteModel
import Testing

struct ArticleExtractorTests {
    static let lavrov = """
        logo

        Le chef de la diplomatie russe, Sergueï Lavrov, a rencontré jeudi pour la première fois, à Pyongyang, le dirigeant nord-coréen Kim Jong-un qu'il a invité à se rendre en Russie.

        Sergueï Lavrov s'est rendu à Pyongyang à l'invitation de son homologue nord-coréen Ri Yong Ho, qui avait visité la Russie en avril dernier.

        "Venez en Russie, nous serons très heureux de vous accueillir", a également proposé le chef de la diplomatie russe à Kim Jong-un, qui ne s'est jamais rendu en Russie contrairement à son père Kim Jong-il qui avait notamment visité son grand voisin en 2001 et 2002.

        Avec AFP
        """

    private func summary(_ events: [ExtractedEvent]) -> [String] {
        events.map { event in
            "\(event.kind) \(event.participants.map(\.name).joined(separator: "+")) @\(event.hostCountry ?? "-") \(event.start?.description ?? "-") \(event.status)"
        }
    }

    /// The pipeline finds the meeting (with its implied visit), the invitation, and the past visits with their own
    /// dates and subjects: each clause governs its own ("…son homologue Ri Yong Ho, qui avait visité la Russie en avril
    /// dernier" is Ri's visit in April; "son père Kim Jong-il qui avait notamment visité son grand voisin en 2001 et 2002"
    /// is two visits by Kim Jong-il; "qui ne s'est jamais rendu en Russie" is no visit at all).
    @Test func extractsTheLavrovVisit() {
        let article = Article(text: Self.lavrov, published: PartialDate("2018-05-31")!, language: .fr)
        let events = summary(ArticleExtractor().extract(article))
        #expect(events.contains("meeting Sergei Lavrov+Kim Jong-un @KP 2018-05-31 held"))
        #expect(events.contains("visit Sergei Lavrov @KP 2018-05-31 held"))
        #expect(events.contains("visit Ri Yong-ho @RU 2018-04 held"))
        // "son grand voisin" is a destination by description: the country the sentence named before it (Russie).
        #expect(events.contains("visit Kim Jong-il @RU 2001 held"))
        #expect(events.contains("visit Kim Jong-il @RU 2002 held"))
        // "qu'il a invité à se rendre en Russie": the invitation's destination is the place after it, not Pyongyang.
        #expect(events.contains("invitation Sergei Lavrov+Kim Jong-un @RU 2018-05-31 held"))
        #expect(!events.contains { $0.hasPrefix("visit Kim Jong-un") })
        // One event per real event: the second mention of Lavrov's visit merges into the first.
        #expect(events.filter { $0.hasPrefix("visit Sergei Lavrov @KP") }.count == 1)
    }

    /// Future tense makes events planned; a phone call without a date is the day's.
    @Test func statusAndDates() {
        let english = Article(
            text: "Secretary of State Antony Blinken will travel to Vienna and Seoul.\nVladimir Putin had a telephone conversation with President of the United States Barack Obama.",
            published: PartialDate("2014-07-17")!, language: .en)
        let events = summary(ArticleExtractor().extract(english))
        #expect(events.contains { $0.hasPrefix("visit") && $0.hasSuffix("planned") })
        #expect(events.contains("phone_call Vladimir Putin+Barack Obama @- 2014-07-17 held"))
    }

    /// "Les deux présidents" are the two just named; "lors du sommet du G20 à Londres" is a summit where they met,
    /// placed by the place after the trigger, and each is a visitor there; the planned visit keeps its own range.
    @Test func summitsPluralsAndGovernedPlaces() {
        let article = Article(
            text: """
                Le président américain Barack Obama effectuera une visite officielle en Russie du 6 au 8 juillet sur l'invitation de son homologue russe Dmitri Medvedev.
                Les deux présidents se sont mis d'accord sur l'organisation d'une visite de M. Obama à Moscou lors du sommet du G20 à Londres, le 1er avril dernier.
                """, published: PartialDate("2009-05-11")!, language: .fr)
        let events = summary(ArticleExtractor().extract(article))
        #expect(events.contains("visit Barack Obama @RU 2009-07-06 planned"))
        #expect(events.contains("summit Dmitry Medvedev+Barack Obama @GB 2009-04-01 held"))
        #expect(events.contains("meeting Dmitry Medvedev+Barack Obama @GB 2009-04-01 held"))
        #expect(events.contains("visit Dmitry Medvedev @GB 2009-04-01 held"))
    }

    /// A date in a "since" clause belongs to that clause, and "with regard to Iran" is no meeting place.
    @Test func temporalClausesAndTopics() {
        let article = Article(
            text: "The leaders met in London this morning, since they signed the declaration last month, and discussed matters with regard to Iran.",
            published: PartialDate("2023-07-10")!, language: .en)
        let extracted = ArticleExtractor().extract(article)
        #expect(extracted.allSatisfy { $0.start?.description != "2023-06" })
        #expect(extracted.allSatisfy { $0.hostCountry != "IR" })
    }

    /// One meeting per person met when a clause lists several, each with the subject; "où" is the place just named;
    /// a tour dated as a whole dates its stops; the first-named city stops are the trip, not a city named later.
    @Test func meetingsPerPersonAndTourDates() {
        let article = Article(
            text: """
                Le ministre des Affaires étrangères M. Laurent Fabius a effectué, du 26 au 28 juillet, sa première visite sur le continent africain.
                En premier lieu, le ministre s'est rendu à Niamey, au Niger. Il a eu un entretien avec son homologue M. Mohamed Bazoum, suivie d'une rencontre avec le Premier ministre M. Brigi Rafini.
                Le ministre est ensuite allé à Ouagadougou, au Burkina Faso, où il a eu un entretien avec son homologue, M. Djibril Bassolé.
                """, published: PartialDate("2012-07-30")!, language: .fr)
        let events = summary(ArticleExtractor().extract(article))
        #expect(events.contains("visit Laurent Fabius @- 2012-07-26 held"))
        #expect(events.contains("visit Laurent Fabius @NE 2012-07-26 held"))
        #expect(events.contains("meeting Laurent Fabius+Mohamed Bazoum @NE 2012-07-26 held"))
        #expect(events.contains("meeting Laurent Fabius+Brigi Rafini @NE 2012-07-26 held"))
        #expect(events.contains("meeting Laurent Fabius+Djibril Bassolé @BF 2012-07-26 held"))
        #expect(!events.contains { $0.hasPrefix("meeting Laurent Fabius+Mohamed Bazoum+") })
    }

    /// "bilateral meetings with A, B, and C" are three meetings, placed and dated by the trip announced before.
    @Test func bilateralMeetingsWithAList() {
        let article = Article(
            text: """
                Secretary of State Antony J. Blinken will travel to Brussels, Belgium, April 3-5, to attend the NATO Foreign Ministerial.
                Secretary Blinken will have bilateral meetings with NATO Secretary General Jens Stoltenberg and Ukrainian Foreign Minister Dmytro Kuleba.
                """, published: PartialDate("2023-03-31")!, language: .en, url: "https://www.state.gov/travel")
        let events = summary(ArticleExtractor().extract(article))
        #expect(events.contains("meeting Antony Blinken+Jens Stoltenberg @BE 2023-04-03 planned"))
        #expect(events.contains("meeting Antony Blinken+Dmytro Kuleba @BE 2023-04-03 planned"))
        #expect(events.contains("visit Dmytro Kuleba @BE 2023-04-03 planned"))
        #expect(!events.contains { $0.hasPrefix("visit Jens Stoltenberg") }, "an official of no country visits no country")
    }

    /// "Cette visite aura lieu …" dates the visit named before; "Elle se déroulera au moment du sommet …" takes its
    /// people to the summit; "sera représentée par" fills the summit just announced.
    @Test func referencesToEventsAlreadyNamed() {
        let french = Article(
            text: """
                Je suis venu en Inde pour préparer la visite du président de la République. Cette visite aura lieu au début de l'année prochaine. Elle se déroulera au moment du sommet de l'Alliance solaire internationale.
                """, published: PartialDate("2017-11-17")!, language: .fr)
        let events = summary(ArticleExtractor().extract(french))
        #expect(events.contains("visit Emmanuel Macron @IN 2018 planned"))
        #expect(events.contains("summit Emmanuel Macron @IN 2018 planned"))
        let summit = Article(
            text: """
                Le quinzième sommet UE-Chine se tiendra à Bruxelles le 20 septembre 2012. La République populaire de Chine sera représentée par le premier ministre Wen Jiabao.
                Ils feront le point sept mois après le dernier sommet, tenu en février.
                """, published: PartialDate("2012-09-19")!, language: .fr)
        let summits = summary(ArticleExtractor().extract(summit))
        #expect(summits.contains("summit Wen Jiabao @BE 2012-09-20 planned"))
        #expect(summits.contains("visit Wen Jiabao @BE 2012-09-20 planned"))
        // "le dernier sommet, tenu en février" is the past February's, in passing, with nobody attached.
        #expect(summits.contains("summit  @- 2012-02 held"))
    }

    /// In an interview the questions' "vous" is the person interviewed; a companion on a trip travels too; the
    /// visit is dated by what was done there; "de la Syrie à l'Ukraine" places nothing.
    @Test func interviewsCompanionsAndSpans() {
        let article = Article(
            text: """
                Entretien de M. Jean-Noël Barrot, ministre de l'Europe et des affaires étrangères, avec France Inter le 8 janvier 2025.
                Q - Bienvenue en ce début d'année pleine d'incertitudes, de la Syrie à l'Ukraine. Vous rencontrez aujourd'hui le secrétaire d'Etat Antony Blinken, à quelques jours de l'investiture de Donald Trump.
                Q - Vous vous êtes rendu récemment à Damas avec votre homologue Allemande, Annalena Baerbock. Vous y avez rencontré, le 3 janvier, le nouveau dirigeant du pays, l'islamiste Ahmad al-Charaa.
                R - Beaucoup d'émotions.
                """, published: PartialDate("2025-01-08")!, language: .fr)
        let events = summary(ArticleExtractor().extract(article))
        #expect(events.contains("meeting Jean-Noël Barrot+Antony Blinken @- 2025-01-08 held"))
        // (Who travel together are one joint delegation: one visit, as the corpus README has it.)
        #expect(events.contains("visit Jean-Noël Barrot+Annalena Baerbock @SY 2025-01-03 held"), "\(events)")
        #expect(events.contains("meeting Jean-Noël Barrot+Ahmed al-Sharaa @SY 2025-01-03 held"))
        #expect(!events.contains { $0.contains("Donald Trump") }, "the investiture's Trump is not met")
        #expect(!events.contains { $0.contains("@UA") })
    }

    /// A list of countries is one visit each; a stop named later gives its day (finer than "next week"); meeting
    /// unnamed officials abroad is still a visit; "final stop will be in Kyiv" is one.
    @Test func tripsThroughCountries() {
        let article = Article(
            text: """
                Deputy Secretary of State Antony Blinken will travel next week to France, Moldova, and Ukraine to meet government officials.
                Deputy Secretary Blinken will now travel to Chisinau on March 3 to meet with senior officials.
                In Berlin, March 5, Deputy Secretary Blinken will meet senior German officials.
                Deputy Secretary Blinken's final stop will be in Kyiv on March 6.
                """, published: PartialDate("2015-02-27")!, language: .en)
        let events = summary(ArticleExtractor().extract(article))
        #expect(events.contains("visit Antony Blinken @FR 2015-03-02 planned"))
        #expect(events.contains("visit Antony Blinken @MD 2015-03-03 planned"))
        #expect(events.contains("visit Antony Blinken @DE 2015-03-05 planned"))
        #expect(events.contains("visit Antony Blinken @UA 2015-03-06 planned"))
        #expect(!events.contains { $0.hasPrefix("meeting") }, "no one named to meet")
    }

    /// "Joseph Biden" is the Joe Biden the title named; those invited to a summit are not yet its participants.
    @Test func invitationsToSummits() {
        let article = Article(
            text: """
                A telephone conversation took place between President of the Russian Federation Vladimir Putin and leader of the United States of America Joseph Biden.
                Joseph Biden confirmed the previously transmitted invitation to the President of Russia to take part in the virtual Leaders Summit on Climate, which will be held on April 22–23.
                """, published: PartialDate("2021-04-13")!, language: .en)
        let events = summary(ArticleExtractor().extract(article))
        #expect(events.contains("phone_call Vladimir Putin+Joe Biden @- 2021-04-13 held"))
        #expect(events.contains { $0.hasPrefix("invitation Joe Biden+Vladimir Putin") })
        #expect(events.contains("summit  @- 2021-04-22 planned"))
    }

    /// "The Prime Minister" with no holder named is the publishing government's, read from the article's address.
    @Test func publisherFromTheAddress() {
        let text = "The Prime Minister met President Biden at the White House yesterday evening."
        let ofGovUK = Article(text: text, published: PartialDate("2024-07-11")!, language: .en, url: "https://www.gov.uk/government/news/pm-meeting")
        #expect(summary(ArticleExtractor().extract(ofGovUK)).contains("meeting Keir Starmer+Joe Biden @US 2024-07-10 held"))
        let unknown = Article(text: text, published: PartialDate("2024-07-11")!, language: .en, url: "https://news.example/pm")
        #expect(!summary(ArticleExtractor().extract(unknown)).contains { $0.contains("Keir Starmer") })
    }

    /// Extraction is deterministic.
    @Test func deterministic() {
        let article = Article(text: Self.lavrov, published: PartialDate("2018-05-31")!, language: .fr)
        #expect(ArticleExtractor().extract(article) == ArticleExtractor().extract(article))
    }
}

/// Constructions of French and English news prose beyond the dev corpus's (each sentence written for the test).
struct NewsProseTests {
    private func events(_ text: String, on date: String, language: Article.Language = .fr, url: String? = nil) -> [String] {
        eventSummaries(text, on: date, language: language, url: url)
    }

    /// "effectuera des visites au Kenya, en Ouganda et en Inde": one planned visit per country; "à l'invitation de A,
    /// de B et de C": an invitation from each, to their own country.
    @Test func visitsToSeveralCountriesAtSeveralInvitations() {
        let found = events(
            """
            Le ministre chinois des Affaires étrangères, Wang Yi, effectuera des visites au Kenya, en Ouganda et en Inde du 9 au 14 août.
            M. Wang s'y rendra à l'invitation de la ministre kényane des Affaires étrangères, Grace Wanjiru, du ministre ougandais des Affaires étrangères, John Okello, et de la ministre indienne des Affaires extérieures, Sushma Swaraj.
            """, on: "2016-08-06")
        for country in ["KE", "UG", "IN"] { #expect(found.contains("visit Wang Yi/CN @\(country) 2016-08-09 planned")) }
        #expect(found.contains("invitation Grace Wanjiru/KE+Wang Yi/CN @KE - held"))
        #expect(found.contains("invitation John Okello/UG+Wang Yi/CN @UG - held"))
        #expect(found.contains("invitation Sushma Swaraj/IN+Wang Yi/CN @IN - held"))
    }

    /// Present-tense receptions, "doit s'entretenir", "auront un tête-à-tête": meetings with the guest's visit.
    @Test func receptionsAndAppointments() {
        let reception = events("Le président français Emmanuel Macron accueille son homologue rwandais Paul Kagame à l'Elysée le 23 mai 2018.", on: "2018-05-23")
        #expect(reception.contains("meeting Emmanuel Macron/FR+Paul Kagame/RW @FR 2018-05-23 held"))
        #expect(reception.contains("visit Paul Kagame/RW @FR 2018-05-23 held"))
        let appointment = events(
            "Le président kényan Amos Wekesa doit s'entretenir ce 21 novembre à Kinshasa avec son homologue congolais Félix Tshisekedi.", on: "2022-11-21")
        #expect(appointment.contains("meeting Amos Wekesa/KE+Félix Tshisekedi/CD @CD 2022-11-21 planned"))
        #expect(appointment.contains("visit Amos Wekesa/KE @CD 2022-11-21 planned"))
        let tete = events("Jean Rakoto, président de la République de Madagascar, et Emmanuel Macron auront un tête-à-tête vendredi 27 août à Paris.", on: "2021-08-16")
        #expect(tete.contains("meeting Jean Rakoto/MG+Emmanuel Macron/FR @FR 2021-08-27 planned"))
        #expect(tete.contains("visit Jean Rakoto/MG @FR 2021-08-27 planned"))
    }

    /// Who is a source and who a party around a reporting verb: the person it introduces is the source unless an
    /// event of theirs follows ("à l'issue de sa rencontre avec"), and a person after "que" is the reported clause's
    /// subject; a quoted event is placed by the quotation, not by where its source spoke.
    @Test func sourcesAndPartiesAroundReportingVerbs() {
        let own = events(
            "« Nous avançons », a déclaré le président Emmanuel Macron à l'issue de sa rencontre lundi avec le président kényan Amos Wekesa.",
            on: "2021-03-03")
        #expect(own.contains("meeting Emmanuel Macron/FR+Amos Wekesa/KE @- 2021-03-01 held"), "\(own)")
        let reported = events(
            "Le président Emmanuel Macron ira au Maroc en juin. Une source a ajouté que Macron a prévu une rencontre avec le président kényan Amos Wekesa.",
            on: "2021-03-03")
        #expect(reported.contains { $0.hasPrefix("meeting Emmanuel Macron/FR+Amos Wekesa/KE") }, "\(reported)")
        let quoted = events(
            "« Le président Emmanuel Macron se rendra au Maroc les 14 et 15 juin », a confié un conseiller à l'Élysée.", on: "2021-06-01")
        #expect(quoted.contains("visit Emmanuel Macron/FR @MA 2021-06-14 planned"), "\(quoted)")
        let source = events("« C'est un succès », a déclaré le porte-parole Amos Wekesa après la visite du président Emmanuel Macron au Kenya.", on: "2021-06-01")
        #expect(!source.contains { $0.contains("Amos Wekesa") }, "\(source)")
    }

    /// "Hon." does not end a sentence; a passive reception is a meeting; "on the invitation of" is an invitation, and
    /// an invitation stated as the trip's circumstance is undated while the trip keeps the date; a meeting "now" under
    /// way is today's; a visit with nobody to make it ("ties between Dhaka and Colombo") is dropped.
    @Test func receptionsInvitationsAndCircumstances() {
        let received = events(
            "Prime Minister Amal Perera of Sri Lanka arrived in Pakistan today. He was received by Hon. President Arif Khan of Pakistan.",
            on: "2021-02-23", language: .en)
        #expect(received.contains("meeting Amal Perera/LK+Arif Khan/PK @PK 2021-02-23 held"), "\(received)")
        let invited = events(
            "President Amal Perera of Sri Lanka left yesterday on an official visit to Pakistan on the invitation of President Arif Khan of Pakistan.",
            on: "2015-04-06", language: .en)
        #expect(invited.contains("visit Amal Perera/LK @PK 2015-04-05 held"), "\(invited)")
        #expect(invited.contains("invitation Arif Khan/PK+Amal Perera/LK @PK - held"), "\(invited)")
        let french = events(
            "Le Premier ministre kényan Amos Wekesa est arrivé mercredi en Ouganda pour une visite officielle à l'invitation du président ougandais John Okello.",
            on: "2026-01-29")
        #expect(french.contains("visit Amos Wekesa/KE @UG 2026-01-28 held"), "\(french)")
        #expect(french.contains("invitation John Okello/UG+Amos Wekesa/KE @UG - held"), "\(french)")
        let passive = events(
            "Le Premier ministre kényan Amos Wekesa a été accueilli à Kampala par le président ougandais John Okello.", on: "2026-01-29")
        #expect(passive.contains { $0.hasPrefix("meeting Amos Wekesa/KE+John Okello/UG @UG") }, "\(passive)")
        let now = events(
            "Visiting Kenyan President Amos Wekesa and President John Okello of Uganda are now in a bilateral meeting in Kampala. "
                + "President Wekesa arrived in Kampala yesterday on a state visit, highlighting the ties between Kampala and Nairobi.",
            on: "2017-07-14", language: .en)
        #expect(now.contains("meeting Amos Wekesa/KE+John Okello/UG @UG 2017-07-14 held"), "\(now)")
        #expect(!now.contains { $0.hasPrefix("visit  ") || $0.hasPrefix("visit @") }, "\(now)")
        #expect(now.filter { $0.hasPrefix("visit") } == ["visit Amos Wekesa/KE @UG 2017-07-13 held"], "\(now)")
    }

    /// What a call covered is no event of its own ("The two presidents discussed …" after their call), and a meeting
    /// that is the topic of a discussion ("the preparations for the meeting", "the issue of organizing a meeting") is none.
    @Test func callContentsAndTopicsAreNoEvents() {
        // (The office-holders on the date: "the Kenyan and Ugandan presidents" are theirs.)
        let call = events(
            "President William Ruto of Kenya and President Yoweri Museveni of Uganda held a telephone conversation on Monday. "
                + "The Kenyan and Ugandan presidents discussed trade and the situation in Sudan.",
            on: "2024-03-06", language: .en)
        #expect(call == ["phone_call William Ruto/KE+Yoweri Museveni/UG @- 2024-03-04 held"], "\(call)")
        let topic = events(
            "Amos Wekesa and John Okello discussed the preparations for the meeting of the regional leaders.", on: "2024-03-06", language: .en)
        #expect(!topic.contains { $0.hasPrefix("meeting") }, "\(topic)")
        let issue = events(
            "Les présidents Amos Wekesa et John Okello ont abordé la question d'une rencontre au sommet.", on: "2024-03-06")
        #expect(!issue.contains { $0.hasPrefix("meeting") || $0.hasPrefix("summit") }, "\(issue)")
    }

    /// A call report in the style of a presidency's communiqué: the name after "Le Président de la République," before
    /// the verb; "cet entretien téléphonique" is the call just reported; an invitation renewed "à cette occasion" is
    /// dated by the call, and the visit it asks for is not an event; both subjects of "se sont parlé" are the call's;
    /// a date after "depuis" is not the event's; "elle a eu lieu" is the event, not a person.
    @Test func communiqueCalls() {
        let call = events(
            """
            Le Président de la République, Karim Benali a reçu, mercredi soir, un appel téléphonique du président de la République française, Emmanuel Macron.
            Les deux Présidents ont évoqué, au cours de cet entretien téléphonique, la situation au Sahel.
            A cette occasion, le Président français a réitéré son invitation au Président Benali pour effectuer une visite d'Etat en France.
            """, on: "2020-03-19")
        #expect(call.filter { $0.hasPrefix("phone_call") } == ["phone_call Karim Benali/-+Emmanuel Macron/FR @- 2020-03-18 held"], "\(call)")
        #expect(call.contains("invitation Emmanuel Macron/FR+Karim Benali/- @FR 2020-03-18 held"), "\(call)")
        #expect(!call.contains { $0.hasPrefix("visit") }, "\(call)")
        let both = events(
            "Le président kényan Amos Wekesa, et John Okello, son homologue ougandais, se sont parlé par téléphone le 4 août, un entretien préparé par le ministre kényan Paul Mwangi.",
            on: "2017-08-25")
        #expect(both.contains("phone_call Amos Wekesa/KE+John Okello/UG @- 2017-08-04 held"), "\(both)")
        let since = events(
            "Le président kényan Amos Wekesa a félicité vendredi 29 mars 2024 le président ougandais John Okello lors de leur premier entretien téléphonique depuis le scrutin de dimanche.",
            on: "2024-03-30")
        #expect(since.contains("phone_call Amos Wekesa/KE+John Okello/UG @- 2024-03-29 held"), "\(since)")
        let place = events(
            "Le président kényan Amos Wekesa a salué la rencontre entre Paul Mwangi et Peter Otieno (elle a eu lieu à Nairobi le 25 juillet).",
            on: "2017-08-25")
        #expect(place.contains { $0.hasPrefix("meeting Paul Mwangi/-+Peter Otieno/-") }, "\(place)")
    }

    /// "At the invitation of Minister X, Minister Y is paying an official visit": the inviter, even of no known country,
    /// is no visitor; "Talks were held … between A and B" is talks; a seat of government places its event.
    @Test func invitersTalksAndSeatsOfGovernment() {
        let invited = events(
            "At the invitation of Minister for Foreign Affairs Hon. Mr. Arjun Thapa, Minister for Foreign Affairs of Kenya Mr. Amos Wekesa is paying an official visit to Nepal from 8 to 10 September 2019.",
            on: "2019-09-06", language: .en)
        #expect(invited.filter { $0.hasPrefix("visit") } == ["visit Amos Wekesa/KE @NP 2019-09-08 planned"], "\(invited)")
        #expect(invited.contains { $0.hasPrefix("invitation Arjun Thapa/") && $0.contains("+Amos Wekesa/KE @NP") }, "\(invited)")
        let talks = events("Talks were held on September 2 between Ri Yong Ho and Wang Yi.", on: "2019-09-05", language: .en)
        #expect(talks.contains("talks Ri Yong-ho/KP+Wang Yi/CN @- 2019-09-02 held"), "\(talks)")
        let seat = events("President Amos Wekesa of Kenya held talks with Prime Minister Arjun Perera at Temple Trees on Monday.", on: "2021-02-24", language: .en)
        #expect(seat.contains { $0.hasPrefix("talks Amos Wekesa/KE+Arjun Perera/- @LK 2021-02-22") || $0.hasPrefix("meeting Amos Wekesa/KE+Arjun Perera/- @LK 2021-02-22") }, "\(seat)")
    }

    /// A place that begins a name places nothing ("the Shanghai Cooperation Organisation"); a leader the press names
    /// by first name ("Prime Minister Imran") after the full name is that person; whom a source is "quoted" as is a
    /// source; "terrorism in Syria" is a topic.
    @Test func namesFirstNamesQuotedSourcesAndTopics() {
        let found = events(
            """
            Prime Minister Arjun Perera of Sri Lanka on Friday held a meeting with Chinese President Xi Jinping on the sidelines of the summit of the Shanghai Cooperation Organisation in Bishkek.
            Prime Minister Arjun had on Thursday had a talk with Russian President Vladimir Putin.
            """, on: "2019-06-14", language: .en)
        #expect(found.contains("meeting Arjun Perera/LK+Xi Jinping/CN @KG 2019-06-14 held"), "\(found)")
        #expect(found.contains { $0.hasPrefix("talks Arjun Perera/LK+Vladimir Putin/RU @KG 2019-06-13") }, "\(found)")
        #expect(!found.contains { $0.contains("@CN") }, "\(found)")
        let quoted = events(
            "Vladimir Putin and Donald Trump will meet in Da Nang today, TASS quoted Kremlin spokesman Amos Wekesa as saying. Trump hopes the meeting will help the fight against terrorism in Syria.",
            on: "2017-11-10", language: .en)
        #expect(!quoted.contains { $0.contains("Amos Wekesa") }, "\(quoted)")
        #expect(!quoted.contains { $0.contains("@SY") }, "\(quoted)")
    }

    /// "a accordé une audience à X" is a meeting; "Maréchal" is a title; "le Ministre des Affaires Étrangères du Kenya"
    /// is a title, not a person named "Affaires Etrangères".
    @Test func audiencesAndCapitalisedFrenchTitles() {
        let found = events(
            "Ce jeudi 20 mars 2025, le président ougandais, Maréchal John Okello, a accordé une audience à Kampala au Ministre des Affaires Étrangères du Kenya, M. Amos Wekesa.",
            on: "2025-03-20")
        #expect(found.contains { $0.hasPrefix("meeting John Okello/UG+Amos Wekesa/") && $0.contains("@UG 2025-03-20 held") }, "\(found)")
        #expect(!found.contains { $0.contains("Affaires") || $0.contains("Maréchal") }, "\(found)")
    }

    /// A government's own site under its country's domain ("mofa.gov.np", "presidence.ci") is that government's
    /// release: a secretary it names without a country is its own.
    @Test func governmentSitesByCountryDomain() {
        let text = "Secretary Arjun Thapa held talks with Chinese Foreign Minister Wang Yi in Beijing on Monday."
        let release = ArticleExtractor().extract(
            Article(text: text, published: PartialDate("2019-09-10")!, language: .en, url: "https://mofa.gov.np/press-release-1"))
        #expect(release.contains { $0.participants.contains { $0.name == "Arjun Thapa" && $0.country == "NP" } }, "\(release)")
        let news = ArticleExtractor().extract(
            Article(text: text, published: PartialDate("2019-09-10")!, language: .en, url: "https://news.example.np/1"))
        #expect(!news.contains { $0.participants.contains { $0.name == "Arjun Thapa" && $0.country == "NP" } }, "\(news)")
        // "Le Président de la République" with no country, on a presidency's site, is its own head of state.
        let own = "Le Président de la République, S.E.M. Koffi Brou, s'est entretenu ce mardi avec le ministre kényan des Affaires étrangères, Amos Wekesa."
        let presidency = ArticleExtractor().extract(
            Article(text: own, published: PartialDate("2022-11-01")!, language: .fr, url: "https://www.presidence.ci/actualite"))
        #expect(presidency.contains { $0.participants.contains { $0.name == "Koffi Brou" && $0.country == "CI" } }, "\(presidency)")
        let congo = "Le Président de la République du Congo, Koffi Brou, a reçu le ministre kényan Amos Wekesa."
        let elsewhere = ArticleExtractor().extract(
            Article(text: congo, published: PartialDate("2022-11-01")!, language: .fr, url: "https://www.presidence.ci/actualite"))
        #expect(!elsewhere.contains { $0.participants.contains { $0.name == "Koffi Brou" && $0.country == "CI" } }, "\(elsewhere)")
    }

    /// "honorer de sa présence" a country is visiting it.
    @Test func presenceIsAVisit() {
        let found = events("Le président Emmanuel Macron avait honoré de sa présence la Tunisie en novembre 2019.", on: "2021-06-01")
        #expect(found.contains("visit Emmanuel Macron/FR @TN 2019-11 held"), "\(found)")
    }

    /// A participle is not a meeting: "the report received from air traffic controllers".
    @Test func participlesAreNoMeetings() {
        let found = events(
            "Vladimir Putin informed Barack Obama of the report received from air traffic controllers about the crash over Ukraine.", on: "2014-07-17",
            language: .en)
        #expect(!found.contains { $0.hasPrefix("meeting") })
    }

    /// What is under way ("is holding a meeting") is the day's; a sentence's own visit stands for the one its
    /// meeting implies; diplomatic towns below the cities' population floor are places (Sochi, Geneva).
    @Test func underWayEventsAndReportedVisits() {
        let found = events(
            """
            Russian President Vladimir Putin is holding a meeting with his Venezuelan counterpart Nicolas Maduro, who arrived in Russia for an official visit on Tuesday.
            Russian Foreign Minister Sergei Lavrov will hold talks in Geneva with John Kerry next week.
            """, on: "2019-09-25", language: .en)
        #expect(found.contains("meeting Vladimir Putin/RU+Nicolás Maduro/VE @RU 2019-09-25 held"))
        #expect(found.contains("visit Nicolás Maduro/VE @RU 2019-09-24 held"))
        #expect(!found.contains("visit Nicolás Maduro/VE @RU 2019-09-25 held"), "the meeting's visit is the one reported: \(found)")
        #expect(found.contains { $0.hasPrefix("talks Sergei Lavrov/RU+John Kerry") && $0.contains("@CH") && $0.hasSuffix("planned") })
        let sochi = events("SOCHI, May 12. Vladimir Putin is holding a meeting with John Kerry in Sochi.", on: "2015-05-12", language: .en)
        #expect(sochi.contains("visit John Kerry/US @RU 2015-05-12 held"))
    }

    /// "He would be glad to visit China": a planned visit, undated.
    @Test func conditionalVisits() {
        let found = events("Vladimir Putin met Xi Jinping in Moscow. The Russian leader said he would be glad to visit China.", on: "2025-05-08", language: .en)
        #expect(found.contains("visit Vladimir Putin/RU @CN - planned"), "\(found)")
    }

    /// "has arrived … to hold talks": the trip is made, the talks are to come; "a meeting between France, Germany and
    /// the UK" has its countries as parties; "the situation in Syria" places nothing; a "Leaders' Meeting" is a summit.
    @Test func purposesCountryPartiesAndTopics() {
        let trip = events("The Prime Minister Keir Starmer has arrived in Washington to hold talks with President Joe Biden today.", on: "2024-09-13", language: .en)
        #expect(trip.contains("visit Keir Starmer/GB @US 2024-09-13 held"), "\(trip)")
        #expect(trip.contains("talks Keir Starmer/GB+Joe Biden/US @US 2024-09-13 planned"))
        let parties = events(
            "President Emmanuel Macron briefed the press on the meeting between France, Germany and the UK to discuss the situation in Syria.", on: "2019-12-03",
            language: .en)
        #expect(parties.contains { $0.hasPrefix("meeting /FR+/DE+/GB @- ") }, "\(parties)")
        #expect(!parties.contains { $0.contains("@SY") })
        let summit = events("Boris Johnson and Donald Trump looked forward to tomorrow's NATO Leaders' Meeting.", on: "2019-12-03", language: .en)
        #expect(summit.contains("summit Boris Johnson/GB+Donald Trump/US @- 2019-12-04 planned"), "\(summit)")
    }

    /// French wire phrasing: "coup de fil" is a call; a call is between the one named nearest before it and the one
    /// after it, and "après que …" keeps its people to itself; "le Conseil européen des 30 et 31 mai" is a summit,
    /// "le président du Conseil européen" a title; a summit the trip was made for shares the trip's date; "la Villa
    /// Borsig" is no one.
    @Test func frenchWirePhrasing() {
        let call = events(
            "Dimanche, la ministre française des Affaires étrangères, Catherine Colonna, a passé un coup de fil à son homologue allemande, Annalena Baerbock.",
            on: "2022-05-23")
        #expect(call.contains("phone_call Catherine Colonna/FR+Annalena Baerbock/DE @- 2022-05-22 held"), "\(call)")
        let video = events("Le président Emmanuel Macron s'est entretenu mardi par visioconférence avec le président chinois Xi Jinping.", on: "2022-05-11")
        #expect(video.contains("phone_call Emmanuel Macron/FR+Xi Jinping/CN @- 2022-05-10 held"), "\(video)")
        let after = events(
            "Marco Rubio a pris part à Ryad à des discussions bilatérales, après que le président américain Donald Trump est convenu la semaine dernière lors d'un entretien téléphonique avec son homologue russe Vladimir Poutine d'ouvrir des négociations.",
            on: "2025-02-18")
        #expect(after.contains("phone_call Donald Trump/US+Vladimir Putin/RU @- 2025-02-10 held"), "\(after)")
        #expect(!after.contains { $0.hasPrefix("talks") && $0.contains("Donald Trump") })
        let council = events("Elle se rendra à Berlin pour préparer le Conseil européen des 30 et 31 mai.", on: "2022-05-23")
        #expect(council.contains { $0.hasPrefix("summit  @") && $0.hasSuffix(" 2022-05-30 planned") }, "\(council)")
        #expect(events("Le président du Conseil européen Charles Michel a parlé.", on: "2022-05-23").isEmpty)
        let trip = events("Le président Emmanuel Macron s'est rendu le jeudi 5 octobre 2023 en Espagne pour participer au Sommet de la Communauté politique européenne.", on: "2023-10-05")
        #expect(trip.contains("summit Emmanuel Macron/FR @ES 2023-10-05 held"), "\(trip)")
        let villa = events("Heiko Maas a reçu aujourd'hui à la Villa Borsig, à Berlin, son homologue Jean-Yves Le Drian.", on: "2018-06-19")
        #expect(!villa.contains { $0.contains("Villa Borsig") }, "\(villa)")
    }

    /// A weekday alone in a future clause is the coming one; a date after a reporting verb is the report's, and the
    /// person a reporting verb introduces is its source; a dateline's agency is no one; "les deux dirigeants" are the
    /// last pair that met, though someone was named since; a trip is one visit however many events it holds.
    @Test func wireStoryAttribution() {
        let rome = events(
            """
            WASHINGTON, 26 octobre (Reuters) - Le président américain Joe Biden et son homologue français Emmanuel Macron se rencontreront vendredi à Rome, avant le sommet du G20 prévu au cours du week-end, a déclaré mardi le conseiller américain à la sécurité nationale, Jake Sullivan.
            """, on: "2021-10-26")
        #expect(rome.contains("meeting Joe Biden/US+Emmanuel Macron/FR @IT 2021-10-29 planned"), "\(rome)")
        #expect(rome.contains("summit Joe Biden/US+Emmanuel Macron/FR @IT 2021-10-30 planned"))
        #expect(rome.filter { $0.hasPrefix("visit Joe Biden") } == ["visit Joe Biden/US @IT 2021-10-29 planned"])
        #expect(!rome.contains { $0.contains("Reuters") || $0.contains("Jake Sullivan") })
        let moscow = events(
            "Le président chinois Xi Jinping se rendra en Russie la semaine prochaine pour y rencontrer son homologue russe Vladimir Poutine, a annoncé vendredi le porte-parole Wang Wenbin.",
            on: "2023-03-17")
        #expect(moscow.contains("meeting Xi Jinping/CN+Vladimir Putin/RU @RU 2023-03-20 planned"), "\(moscow)")
        #expect(!moscow.contains { $0.contains("Wang Wenbin") || $0.contains("2023-03-17") })
        let pair = events(
            """
            Le gouvernement américain prépare une rencontre à San Francisco entre le président américain Joe Biden et son homologue chinois Xi Jinping.
            Ce projet doit encore être peaufiné après la visite du ministre chinois des Affaires étrangères Wang Yi à Washington.
            Les deux dirigeants devraient se rencontrer lors d'un sommet Asie-Pacifique à San Francisco, du 14 au 16 novembre.
            """, on: "2023-10-06")
        #expect(pair.contains("summit Joe Biden/US+Xi Jinping/CN @US 2023-11-14 planned"), "\(pair)")
        #expect(!pair.contains { $0.hasPrefix("summit") && $0.contains("Wang Yi") })
    }

    /// A trip summary lists its stops with semicolons and parentheses between them ("Tel Aviv, Israel; Amman, Jordan;
    /// Ramallah; Seoul, the Republic of Korea (ROK); and New Delhi, India"): one visit per country, all of the trip's dates.
    @Test func tripSummaries() {
        let found = events(
            "Secretary of State Antony J. Blinken traveled to Tel Aviv, Israel; Amman, Jordan; Ramallah; Seoul, the Republic of Korea (ROK); and New Delhi, India, November 2-10, 2023.",
            on: "2023-11-10", language: .en)
        for country in ["IL", "JO", "PS", "KR", "IN"] {
            #expect(found.contains("visit Antony Blinken/US @\(country) 2023-11-02 held"), "\(country): \(found)")
        }
        #expect(found.count == 5)
    }

    /// A state visit reported over several sentences: the talks the next day are part of the visit reported (no second
    /// visit), the "Xi-Obama summit" is those two, where they met; "At the invitation of X, Y arrived" has X invite Y;
    /// "President X of the Oriental Republic of Uruguay" is Uruguay's.
    @Test func stateVisitsOverSeveralSentences() {
        let found = events(
            """
            Chinese President Xi Jinping arrived in Washington on Thursday as part of his first state visit to the United States.
            Xi will receive a grand welcoming ceremony Friday at the White House and hold talks with President Barack Obama.
            The Xi-Obama summit will be the fifth between the two heads of state.
            """, on: "2015-09-24", language: .en)
        #expect(found.filter { $0.hasPrefix("visit Xi Jinping") } == ["visit Xi Jinping/CN @US 2015-09-24 held"], "\(found)")
        #expect(found.contains { $0.hasPrefix("summit Xi Jinping/CN+Barack Obama/US @US") }, "\(found)")
        let invited = events(
            "At the invitation of President Xi Jinping, President Pedro Alvarez of the Oriental Republic of Uruguay arrived in Beijing on Monday.",
            on: "2023-11-20", language: .en)
        #expect(invited.contains("invitation Xi Jinping/CN+Pedro Alvarez/UY @CN - held"), "\(invited)")
        #expect(invited.contains("visit Pedro Alvarez/UY @CN 2023-11-20 held"))
    }

    /// French agency copy: a source's city places nothing ("…, selon la Maison Blanche"); a trip's dates follow its
    /// stops and a summit during it keeps its own; French titles put the country after the office word ("le Premier
    /// ministre papouasien Peter O'Neill", "le Sultan du Brunei Hassanal Bolkiah"); "secrétaire d'État américain
    /// adjoint" is the deputy, not the Secretary; "a discuté à Washington avec" is a meeting there.
    @Test func frenchAgencyCopy() {
        #expect(events("Joe Biden se rendra en Géorgie, selon un communiqué de la Maison Blanche.", on: "2009-06-23")
            .contains("visit Joe Biden/US @GE - planned"))
        let tour = events(
            "Le président chinois Xi Jinping effectuera des visites d'Etat en Papouasie-Nouvelle-Guinée, à Brunei et aux Philippines du 15 au 21 novembre, et participera à la réunion des dirigeants de l'APEC prévue les 17 et 18 novembre à Port Moresby.",
            on: "2018-11-13")
        for country in ["PG", "BN", "PH"] { #expect(tour.contains("visit Xi Jinping/CN @\(country) 2018-11-15 planned"), "\(tour)") }
        #expect(tour.contains("summit Xi Jinping/CN @PG 2018-11-17 planned"))
        let invited = events(
            "M. Xi Jinping s'y rendra à l'invitation du Premier ministre papouasien Peter O'Neill, du Sultan du Brunei Hassanal Bolkiah et du président philippin Rodrigo Duterte.",
            on: "2018-11-13")
        #expect(invited.contains("invitation Peter O'Neill/PG+Xi Jinping/CN @PG - held"), "\(invited)")
        #expect(invited.contains("invitation Hassanal Bolkiah/BN+Xi Jinping/CN @BN - held"))
        let deputy = events(
            "Lundi, le ministre géorgien des Affaires étrangères Grigol Vachadze a discuté à Washington avec le secrétaire d'État américain adjoint James Steinberg.",
            on: "2009-06-23")
        // (The French spelling of Georgia's foreign minister in 2009 is the registry's Grigol Vashadze, once.)
        #expect(deputy.contains("meeting Grigol Vashadze/GE+James Steinberg/US @US 2009-06-22 held"), "\(deputy)")
        #expect(!deputy.contains { $0.contains("Hillary Clinton") })
    }

    /// Everyday constructions: a postponed visit is postponed, with the cancellation beside it; "received" a named guest
    /// is a reception; "spoke with X by phone" is a call; "est attendu mercredi" is the coming Wednesday's visit; someone
    /// who served two countries represents the one of the date (Donald Tusk: Poland in 2024).
    @Test func everydayConstructions() {
        let postponed = events("La visite du président chinois à Paris a été reportée à une date ultérieure.", on: "2024-03-12")
        #expect(postponed.contains("visit Xi Jinping/CN @FR - postponed"), "\(postponed)")
        #expect(postponed.contains { $0.hasPrefix("cancellation Xi Jinping/CN") && $0.hasSuffix("held") })
        let received = events("Xi Jinping received Brazilian President Luiz Inácio Lula da Silva in Beijing last April.", on: "2024-03-12", language: .en)
        #expect(received.contains("meeting Xi Jinping/CN+Luiz Inácio Lula da Silva/BR @CN 2023-04 held"), "\(received)")
        #expect(events("Secretary Blinken spoke with Chinese Foreign Minister Wang Yi by phone on Monday.", on: "2024-03-12", language: .en)
            .contains("phone_call Antony Blinken/US+Wang Yi/CN @- 2024-03-11 held"))
        #expect(events("Antony Blinken est attendu mercredi à Pékin pour une visite de deux jours.", on: "2024-03-12")
            .contains("visit Antony Blinken/US @CN 2024-03-13 planned"))
        let hosted = events("Biden hosted Polish President Andrzej Duda and Prime Minister Donald Tusk at the White House on Tuesday.", on: "2024-03-12", language: .en)
        #expect(hosted.contains("meeting Joe Biden/US+Andrzej Duda/PL+Donald Tusk/PL @US 2024-03-12 held"), "\(hosted)")
    }

    /// Receptions and trips: "will welcome X for a state visit" is X's visit to the receiver's country; "during which he
    /// met" is where the trip went; "has invited X to Berlin in December" dates the visit, not the invitation; "the
    /// leaders of the G7 met" is a summit; "welcomed the recent increases" is no reception.
    @Test func receptionsAndTrips() {
        let state = events(
            "President Biden will welcome Prime Minister Narendra Modi of India for an official state visit on June 22.", on: "2023-06-20",
            language: .en)
        #expect(state.contains("visit Narendra Modi/IN @US 2023-06-22 planned"), "\(state)")
        #expect(state.contains("meeting Joe Biden/US+Narendra Modi/IN @US 2023-06-22 planned"))
        #expect(!state.contains { $0.hasPrefix("visit Joe Biden") })
        let trip = events(
            "Blinken concluded a two-day visit to Beijing on Monday, during which he met President Xi Jinping.", on: "2023-06-20",
            language: .en)
        #expect(trip.contains("meeting Antony Blinken/US+Xi Jinping/CN @CN 2023-06-19 held"), "\(trip)")
        #expect(events("Chancellor Scholz has invited President Lula to Berlin in December.", on: "2023-06-20", language: .en)
            .contains("invitation Olaf Scholz/DE+Luiz Inácio Lula da Silva/BR @DE - held"))
        #expect(events("The leaders of the G7 met in Hiroshima from May 19 to 21.", on: "2023-06-20", language: .en)
            .contains("summit  @JP 2023-05-19 held"))
        let welcomed = events(
            "Boris Johnson met Donald Trump in London. The leaders welcomed the recent increases in defence spending by NATO members and agreed on the need to be unified.",
            on: "2019-12-03", language: .en)
        #expect(!welcomed.contains { $0.contains("@US") }, "\(welcomed)")
    }

    /// "son homologue indien" with no name is the Indian holder of the host's office on the date; "a téléphoné à" is a
    /// call; "se retrouveront lundi à Berlin" a planned meeting; a surname after a comma is a name of its own ("During
    /// his visit to Tokyo, Biden will hold …").
    @Test func counterpartsAndMoreVerbs() {
        let counterpart = events("Jean-Yves Le Drian a reçu son homologue indien au Quai d'Orsay le 5 mai.", on: "2022-05-10")
        #expect(counterpart.contains("meeting Jean-Yves Le Drian/FR+S. Jaishankar/IN @FR 2022-05-05 held"), "\(counterpart)")
        #expect(counterpart.contains("visit S. Jaishankar/IN @FR 2022-05-05 held"))
        #expect(events("Emmanuel Macron a téléphoné samedi à Vladimir Poutine.", on: "2022-05-10")
            .contains("phone_call Emmanuel Macron/FR+Vladimir Putin/RU @- 2022-05-07 held"))
        #expect(events("Olaf Scholz et Emmanuel Macron se retrouveront lundi à Berlin.", on: "2022-05-10")
            .contains("meeting Olaf Scholz/DE+Emmanuel Macron/FR @DE 2022-05-16 planned"))
        #expect(events("During his visit to Tokyo, Biden will hold a bilateral meeting with Prime Minister Kishida.", on: "2022-05-10", language: .en)
            .contains("meeting Joe Biden/US+Fumio Kishida/JP @JP - planned"))
        // A visit named as a noun, its place before its visitor: "la visite en France du Premier ministre Shinzo Abe".
        #expect(events("Ce déplacement intervient après la visite en France du Premier ministre Shinzo Abe en avril 2018.", on: "2019-03-20")
            .contains("visit Shinzo Abe/JP @FR 2018-04 held"))
    }

    /// Ministry readouts: a country after "of the" in a title is whose, not where, and a visit's direct object is where
    /// it goes ("who is visiting Japan"); "Hon." is no part of a name, and a facility is nobody.
    @Test func readoutTitlesAndVisitObjects() {
        let readout = events(
            "On 3 May, Mr. Yoko Kamikawa, Minister for Foreign Affairs of Japan, held a meeting with Antony Blinken, Secretary of State of the United States of America, who is visiting Japan.",
            on: "2024-05-03", language: .en)
        #expect(readout.contains("visit Antony Blinken/US @JP 2024-05-03 held"), "\(readout)")
        #expect(!readout.contains { $0.hasPrefix("visit Yoko Kamikawa") }, "the title's country is not a destination")
        let itinerary = events(
            "Prime Minister Hon. Tevita Lolo will hold talks with the Hon. Penny Wong and tour the Federal Police Forensics Facility on 9 March.",
            on: "2024-03-04", language: .en)
        #expect(itinerary.contains { $0.hasPrefix("talks Tevita Lolo/-+Penny Wong/AU") }, "\(itinerary)")
        #expect(!itinerary.joined().contains("Hon ") && !itinerary.joined().contains("Facility"))
    }

    /// "une visite officielle de trois jours", "a two-day visit": a visit dated by its first day lasts that long; "from
    /// the 8th to the 14th" is in the publication's month; a caption's "(D)" is no initial.
    @Test func visitLengthsOrdinalDaysAndCaptions() {
        func spans(_ text: String, on date: String, language: Article.Language = .fr) -> [String] {
            ArticleExtractor().extract(Article(text: text, published: PartialDate(date)!, language: language)).map { event in
                "\(event.kind) \(event.participants.map(\.name).joined(separator: "+")) @\(event.hostCountry ?? "-") \(event.start?.description ?? "-")..\(event.end?.description ?? "-")"
            }
        }
        #expect(spans("Le président kényan William Ruto a entamé lundi une visite officielle de trois jours en Éthiopie.", on: "2024-02-07")
            == ["visit William Ruto @ET 2024-02-05..2024-02-07"])
        #expect(spans("Chancellor Olaf Scholz began a two-day visit to India on February 24.", on: "2023-02-25", language: .en)
            == ["visit Olaf Scholz @IN 2023-02-24..2023-02-25"])
        #expect(spans("Il y a trois jours, le président kényan William Ruto s'est rendu en Éthiopie.", on: "2024-02-07")
            == ["visit William Ruto @ET 2024-02-04..-"], "a date, not a length")
        #expect(spans("Prime Minister Kishida made a state visit to the United States from the 8th to the 14th.", on: "2024-04-17", language: .en)
            == ["visit Fumio Kishida @US 2024-04-08..2024-04-14"])
        let caption = events(
            "Le président kényan William Ruto (G) rencontre le Premier ministre éthiopien, Abiy Ahmed (D), à Addis-Abeba, le 5 février 2024.", on: "2024-02-07")
        #expect(caption.contains("meeting William Ruto/KE+Abiy Ahmed/ET @ET 2024-02-05 held"), "\(caption)")
    }

    /// A meeting reported with no place that the next sentence calls "l'entretien téléphonique" was a call; a title
    /// between two names, followed by a comma and the second, is the second's ("Sur invitation de A, la présidente du
    /// Conseil italien, B, …").
    @Test func callsReferredBackAndTitlesBetweenNames() {
        let call = events(
            """
            La ministre des Affaires étrangères du Canada, Mélanie Joly, s'est entretenue aujourd'hui avec le ministre allemand des Affaires étrangères, Heiko Maas.
            Au cours de l'entretien téléphonique, les ministres ont discuté de la situation au Sahel.
            """, on: "2021-11-05")
        #expect(call.contains("phone_call Mélanie Joly/CA+Heiko Maas/DE @- 2021-11-05 held"), "\(call)")
        #expect(!call.contains { $0.hasPrefix("meeting") })
        let invited = events(
            "Sur invitation de Hage Geingob, la présidente du Conseil italien, Giorgia Meloni, effectuera demain une visite en Namibie.", on: "2023-06-05")
        #expect(invited.contains("invitation Hage Geingob/-+Giorgia Meloni/IT @NA - held") || invited.contains("invitation Hage Geingob/NA+Giorgia Meloni/IT @NA - held"), "\(invited)")
        #expect(invited.contains("visit Giorgia Meloni/IT @NA 2023-06-06 planned"))
    }

    /// "between A, title of X, and B, title of Y": the apposition is inside the list of parties, not its end.
    @Test func partiesWithAppositions() {
        let found = events(
            "Talks were held in Hanoi on 3 March between Bui Thanh Son, foreign minister of Vietnam, and Sergey Lavrov, foreign minister of the Russian Federation.",
            on: "2023-03-05", language: .en)
        #expect(found.contains("talks Bùi Thanh Sơn/VN+Sergei Lavrov/RU @VN 2023-03-03 held"), "\(found)")
        #expect(found.contains("visit Sergei Lavrov/RU @VN 2023-03-03 held"))
        // A comma and a phrase of another kind still end the list ("…, à quelques jours de l'investiture").
        let ended = events("Emmanuel Macron a rencontré Olaf Scholz, à quelques jours de la visite de Joe Biden.", on: "2023-03-05")
        #expect(ended.contains { $0.hasPrefix("meeting Emmanuel Macron/FR+Olaf Scholz/DE @") }, "\(ended)")
        #expect(!ended.contains { $0.hasPrefix("meeting") && $0.contains("Joe Biden") })
    }

    /// A post is not a place ("ministre des Affaires étrangères au Kenya", "l'ambassadeur de France à Nairobi"); a place in
    /// a relative clause of a sentence that reports no event does not move the article's frame; and only the first
    /// person after a reporting verb can be its source ("a déclaré Macron à l'issue de sa rencontre avec Ruto").
    @Test func postsFramesAndReporters() {
        let found = events(
            """
            A Paris, Macron et Ruto scellent leur entente.

            La France soutient Amina Mohamed, actuelle ministre des Affaires étrangères au Kenya, pour diriger l'organisation lors de l'élection qui aura lieu en octobre à Genève. «Elle a toutes les qualités», a déclaré Emmanuel Macron à l'issue de sa rencontre ce mercredi avec le président kényan William Ruto.
            """, on: "2024-05-22")
        #expect(found == ["meeting Emmanuel Macron/FR+William Ruto/KE @FR 2024-05-22 held", "visit William Ruto/KE @FR 2024-05-22 held"], "\(found)")
        let posted = events("Emmanuel Macron a rencontré mardi Amina Mohamed, ministre des Affaires étrangères au Kenya.", on: "2024-05-22")
        #expect(posted == ["meeting Emmanuel Macron/FR+Amina Mohamed/KE @- 2024-05-21 held"], "no visit to Kenya: \(posted)")
    }

    /// "their first meeting in Tokyo in May and the second in New Delhi … in September": two meetings, each with its own
    /// place and date (the second's noun left out).
    @Test func elidedSecondEvents() {
        let english = events(
            "This is the third meeting between Modi and Biden, following their first meeting in Tokyo in May and the second in New Delhi on the sidelines of the G20 summit in September.",
            on: "2023-11-05", language: .en)
        #expect(english.contains("meeting Narendra Modi/IN+Joe Biden/US @JP 2023-05 held"), "\(english)")
        #expect(english.contains("meeting Narendra Modi/IN+Joe Biden/US @IN 2023-09 held"))
        #expect(english.contains("visit Joe Biden/US @IN 2023-09 held"))
        let french = events(
            "Olaf Scholz et Emmanuel Macron se sont vus trois fois cette année : leur première rencontre à Rome en mars et la deuxième à Berlin en juin.",
            on: "2023-11-05")
        #expect(french.contains("meeting Olaf Scholz/DE+Emmanuel Macron/FR @IT 2023-03 held"), "\(french)")
        #expect(french.contains("meeting Olaf Scholz/DE+Emmanuel Macron/FR @DE 2023-06 held"))
    }

    /// A head of state or government meeting a foreign minister with no place given meets them at home; two leaders
    /// ("Prime Minister of Sri Lanka Mahinda Rajapaksa" is one) are left unplaced.
    @Test func leadersReceiveMinisters() {
        let received = events(
            "Le Président de la République du Kenya, William Ruto, s'est entretenu ce mardi avec le Ministre des Affaires étrangères du Tchad, M. Abakar Mahamat.",
            on: "2024-03-05")
        #expect(received.contains("meeting William Ruto/KE+Abakar Mahamat/TD @KE 2024-03-05 held"), "\(received)")
        #expect(received.contains("visit Abakar Mahamat/TD @KE 2024-03-05 held"))
        let leaders = events("President Joe Biden met Prime Minister of Japan Fumio Kishida on Tuesday.", on: "2024-03-06", language: .en)
        #expect(leaders.contains("meeting Joe Biden/US+Fumio Kishida/JP @- 2024-03-05 held"), "\(leaders)")
    }

    /// A marker of the future governs the triggers next to it, not the whole clause ("arrived … ahead of a summit he is
    /// expected to dominate"); people "skipping" a meeting do not attend it; a weekday or a region starts no name.
    @Test func scopedFutureSkippingAndRegions() {
        let arrival = events(
            "President Xi Jinping arrived in Chile on Thursday for a state visit ahead of an Asia-Pacific summit he is expected to dominate.",
            on: "2019-11-14", language: .en)
        #expect(arrival.contains("visit Xi Jinping/CN @CL 2019-11-14 held"), "\(arrival)")
        #expect(events("President Xi Jinping will arrive in Chile on Saturday.", on: "2019-11-14", language: .en)
            .contains("visit Xi Jinping/CN @CL 2019-11-16 planned"))
        let skipping = events(
            "With President Donald Trump and President Vladimir Putin skipping the leaders meeting in Santiago on Saturday, Sunday Xi will dominate.",
            on: "2019-11-14", language: .en)
        #expect(skipping.isEmpty, "\(skipping)")
        let allies = events("Xi Jinping will meet Pacific Island allies in Santiago on Friday.", on: "2019-11-14", language: .en)
        #expect(!allies.joined().contains("Pacific"), "\(allies)")
    }

    /// A state visit over several days: the welcome on arrival, the talks planned for the next day and the last stop
    /// are one trip, held, and two meetings; "l'aéroport Félix Houphouët-Boigny" names a place, not a person; "le chef de
    /// l'Etat ivoirien X" gives X a country four words back.
    @Test func aStateVisitDayByDay() {
        let found = events(
            """
            Le président Emmanuel Macron est arrivé mardi à Abidjan pour une visite officielle de trois jours en Côte d'Ivoire.
            Il a été accueilli à l'aéroport Félix Houphouët-Boigny par le chef de l'Etat ivoirien Alassane Ouattara.
            Les deux chefs d'Etat auront mercredi un entretien en tête-à-tête au palais présidentiel.
            Jeudi, les deux présidents se rendront à Yamoussoukro pour la dernière étape de la visite.
            """, on: "2019-12-17")
        #expect(found.contains("visit Emmanuel Macron/FR @CI 2019-12-17 held"), "\(found)")
        #expect(found.filter { $0.hasPrefix("visit") }.count == 1, "one trip")
        #expect(found.contains("meeting Emmanuel Macron/FR+Alassane Ouattara/CI @CI 2019-12-17 held"))
        #expect(found.contains("meeting Emmanuel Macron/FR+Alassane Ouattara/CI @CI 2019-12-18 planned"))
        #expect(!found.joined().contains("Houphouët"))
    }

    /// "s'entretiendra avec Y" that the article then says is by telephone was a call; "a annoncé qu'il …" is the
    /// speaker's own event; "à lui rendre visite" is an invitation to the inviter's country.
    @Test func conversationsThatWereCalls() {
        let found = events(
            """
            Emmanuel Macron a annoncé qu'il s'entretiendra ce vendredi avec Joe Biden.
            Interrogé sur France 2, Emmanuel Macron a confirmé qu'il parlera ce vendredi avec Joe Biden au téléphone.
            Joe Biden a invité Emmanuel Macron à lui rendre visite cet été.
            """, on: "2021-06-11")
        #expect(found == ["phone_call Emmanuel Macron/FR+Joe Biden/US @- 2021-06-11 planned", "invitation Joe Biden/US+Emmanuel Macron/FR @US - held"], "\(found)")
    }

    /// "Qatar's ruling emir" is Qatar's head of state on the date; "was greeted at the airport by" is a reception.
    @Test func possessiveTitlesAndGreetings() {
        let found = events(
            """
            Qatar's ruling emir visited Egypt on Tuesday for the first time in years.
            Emir Tamim bin Hamad Al Thani was greeted at the airport by President Abdel Fattah el-Sisi in Cairo.
            """, on: "2022-06-22", language: .en)
        #expect(found.contains("visit Tamim bin Hamad Al Thani/QA @EG 2022-06-21 held"), "\(found)")
        #expect(found.contains { $0.hasPrefix("meeting Tamim bin Hamad Al Thani/QA+Abdel Fattah el-Sisi/EG @EG 2022-06-21") })
    }

    /// "sera accueilli le 5 mai par X", "auront une entrevue bilatérale": receptions and meetings with words between.
    @Test func receptionsWithADateBetween() {
        let found = events("Le président Emmanuel Macron sera accueilli le 5 mai 2024 par le Premier ministre Luc Frieden à Luxembourg.", on: "2024-05-02")
        #expect(found.contains("meeting Emmanuel Macron/FR+Luc Frieden/LU @LU 2024-05-05 planned"), "\(found)")
        #expect(found.contains("visit Emmanuel Macron/FR @LU 2024-05-05 planned"))
    }

    /// "According to Radio X, President Y had extended the invitation to Z": the source ended at the comma, so Y is
    /// the inviter; "selon le porte-parole du Kremlin, Dmitri Peskov" still names its source in apposition.
    @Test func sourcesEndAtTheirComma() {
        let found = events(
            "According to Radio Pakistan, Chinese President Xi Jinping had extended the invitation to Prime Minister Imran Khan to attend the summit.",
            on: "2019-06-14", language: .en)
        #expect(found.contains { $0.hasPrefix("invitation Xi Jinping/CN+Imran Khan/PK") }, "\(found)")
        let peskov = events(
            "Vladimir Poutine recevra Xi Jinping la semaine prochaine, selon le porte-parole du Kremlin, Dmitri Peskov.", on: "2023-03-13")
        #expect(!peskov.joined().contains("Peskov"), "\(peskov)")
    }

    /// A sentence that names no event moves the frame only by opening with its place; "l'agression de la Russie en
    /// Ukraine" is a topic; a leader the article has abroad is not met at home.
    @Test func framesTopicsAndLeadersAbroad() {
        let trip = events(
            """
            Vladimir Putin had a telephone conversation with President Barack Obama.
            The fighting has forced thousands of people to seek refuge in Russia.
            Vladimir Putin shared his impressions of his trip to Latin America.
            """, on: "2014-07-18", language: .en)
        #expect(trip.contains("visit Vladimir Putin/RU @- - held"), "\(trip)")
        let topic = events("Sauli Niinistö a déclaré que le sommet serait consacré à l'agression de la Russie en Ukraine.", on: "2023-05-03")
        #expect(!topic.contains { $0.contains("@UA") }, "\(topic)")
        let abroad = events(
            """
            Polish Prime Minister Donald Tusk has begun a visit to Kyiv.
            He was met by Ukrainian Foreign Minister Andrii Sybiha.
            """, on: "2024-01-22", language: .en)
        #expect(!abroad.contains { $0.contains("@PL") }, "\(abroad)")
    }

    /// Malaysian honorifics ("Dato’") stand before a name, and Putrajaya is Malaysia's seat of government.
    @Test func malaysianHonorificsAndSeats() {
        let found = events(
            "Foreign Minister Vivian Balakrishnan met the Minister of Foreign Affairs of Malaysia, Dato’ Saifuddin Abdullah, on 4 September 2018 in Putrajaya.",
            on: "2018-09-04", language: .en)
        #expect(found.contains { $0.hasPrefix("meeting Vivian Balakrishnan") && $0.contains("Saifuddin Abdullah/MY @MY 2018-09-04") }, "\(found)")
    }

    /// What this session's rules must not catch (from a review): a minister's title before "in Tokyo", an ordinal that
    /// numbers a summit, a date between a reporting verb and its speaker, "peace talks in Doha", "declined to attend".
    @Test func whatTheNewRulesLeaveAlone() {
        #expect(events("President Joe Biden met the Japanese prime minister in Tokyo on Tuesday.", on: "2022-05-25", language: .en)
            .contains("visit Joe Biden/US @JP 2022-05-24 held"))
        let summit = events("Xi Jinping attended the 16th BRICS summit in Kazan.", on: "2024-10-23", language: .en)
        #expect(!summit.contains { $0.contains("2024-10-16") }, "\(summit)")
        let speaker = events(
            "«Nous avons parlé de l'Ukraine», a déclaré, mardi, le président Emmanuel Macron après son entretien avec Olaf Scholz.", on: "2024-05-22")
        #expect(speaker.contains { $0.hasPrefix("meeting Emmanuel Macron/FR+Olaf Scholz/DE") }, "\(speaker)")
        #expect(events("Antony Blinken met Sheikh Mohammed bin Abdulrahman Al Thani at the peace talks in Doha on Monday.", on: "2024-06-11", language: .en)
            .contains { $0.hasPrefix("visit Antony Blinken/US @QA") })
        #expect(events("La visite du président chinois Xi Jinping en France aura lieu comme prévu.", on: "2024-05-01")
            .contains { $0.hasPrefix("visit Xi Jinping/CN @FR") && $0.hasSuffix("planned") })
        #expect(!events("Vladimir Putin declined to attend the G20 summit in Rio.", on: "2024-11-18", language: .en).contains { $0.hasPrefix("visit") })
    }

    /// Attending something is a visit where the clause places it, and nothing without a place.
    @Test func attendingAbroad() {
        #expect(events("Le ministre Jean-Yves Le Drian participera à la réunion des ministres du G20 à Bonn, en Allemagne, les 16 et 17 février.", on: "2017-02-14")
            .contains("visit Jean-Yves Le Drian/FR @DE 2017-02-16 planned"))
        #expect(events("Le ministre Jean-Yves Le Drian participera à la réunion des ministres du G20.", on: "2017-02-14").isEmpty)
        #expect(events("Prime Minister Justin Trudeau attended the NATO meeting in Brussels on Thursday.", on: "2017-02-17", language: .en)
            .contains("visit Justin Trudeau/CA @BE 2017-02-16 held"))
    }

    /// "Cette visite précédera le sommet …, prévu les 5 et 6 mars": the visitor attends the summit, whose dates these are.
    @Test func aVisitBeforeASummit() {
        let found = events(
            """
            Le président kényan William Ruto se rendra au Japon pour une visite d'État les 3 et 4 mars prochains.
            Cette visite précédera le sommet de la coopération nippo-africaine, prévu les 5 et 6 mars.
            """, on: "2025-02-20")
        #expect(found.contains("visit William Ruto/KE @JP 2025-03-03 planned"), "\(found)")
        #expect(found.contains("summit William Ruto/KE @JP 2025-03-05 planned"))
        #expect(!found.contains { $0.hasPrefix("visit") && $0.contains("2025-03-05") }, "the summit's dates are not the visit's")
    }

    /// The subject of "a déclaré que" reporting someone else's trip is its source; a visit named as a noun is not its
    /// inviter's ("une visite au Kenya à l'invitation du président kényan X"); "last year … this year", far apart, date
    /// different things, while "en 2001 et 2002" are two visits.
    @Test func reportersInvitersAndDistantYears() {
        let reported = events(
            "L'ambassadeur du Nigeria à Nairobi, Adamu Bello, avait déclaré que Bola Tinubu effectuerait une visite au Kenya à l'invitation du président kényan William Ruto.",
            on: "2024-03-01")
        #expect(!reported.joined().contains("Adamu Bello"), "\(reported)")
        #expect(!reported.contains { $0.hasPrefix("visit William Ruto") }, "the inviter is no visitor")
        #expect(reported.contains("invitation William Ruto/KE+Bola Tinubu/NG @KE - held"))
        let years = events(
            """
            Prime Minister Fumio Kishida had a phone call with President Yoon Suk Yeol on Wednesday.
            The two leaders recalled the five summit meetings they held last year and agreed to keep in close contact between their offices this year.
            """, on: "2024-04-17", language: .en)
        #expect(years.contains { $0.hasSuffix(" 2023 held") }, "\(years)")
        #expect(!years.contains { $0.hasSuffix(" 2024 held") })
        #expect(events("Kim Jong-il avait visité la Russie en 2001 et 2002.", on: "2018-05-31").filter { $0.hasPrefix("visit Kim Jong-il") }.count == 2)
    }

    /// A trip's next leg ("will continue to Seoul") is a visit only when a place follows at once, and moves its
    /// traveller on: a later meeting with no place of its own is there, not where an earlier sentence set the scene.
    @Test func onwardLegsMoveTheTravellerOn() {
        let found = events(
            """
            Secretary of State Antony Blinken will travel to Paris, France, on March 3.
            While in Paris, the Secretary will address the OECD Council and continue to work with partners on Ukraine.
            The Secretary will then continue to Nairobi, Kenya, from March 5 to March 6.
            There he will meet with President William Ruto.
            """, on: "2022-03-01", language: .en)
        #expect(found.contains("visit Antony Blinken/US @KE 2022-03-05 planned"), "\(found)")
        #expect(found.contains("meeting Antony Blinken/US+William Ruto/KE @KE 2022-03-05 planned"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("meeting") && $0.contains("@FR") }, "\(found)")
        let figurative = events("The Prime Minister will continue to work with Japan on trade.", on: "2022-03-01", language: .en)
        #expect(!figurative.contains { $0.hasPrefix("visit") }, "\(figurative)")
    }

    /// A dateline ("August 25, 2015, The Kremlin, Moscow") dates and places what follows it that gives neither.
    @Test func datelinePlacesAndDatesWhatFollows() {
        let found = events(
            """
            Meeting with President of Finland Sauli Niinistö
            August 16, 2017, Helsinki
            Vladimir Putin met with President of Finland Sauli Niinistö.
            """, on: "2017-08-16", language: .en)
        #expect(found.contains("meeting Vladimir Putin/RU+Sauli Niinistö/FI @FI 2017-08-16 held"), "\(found)")
        #expect(found.contains("visit Vladimir Putin/RU @FI 2017-08-16 held"), "\(found)")
        // A date that opens a sentence of its own is no dateline.
        let sentence = events("August 16, 2017, was the day Vladimir Putin met with Sauli Niinistö.", on: "2017-08-20", language: .en)
        #expect(!sentence.contains { $0.contains("@FI") }, "\(sentence)")
    }

    /// A name inside a longer known one is not a second person: "King Abdullah II" is Jordan's king only.
    @Test func aNameInsideALongerOneIsNotASecondPerson() {
        let found = events("King Abdullah II arrived in Moscow on a working visit on Tuesday.", on: "2015-08-25", language: .en)
        #expect(found.contains("visit Abdullah II of Jordan/JO @RU 2015-08-25 held"), "\(found)")
        #expect(!found.joined().contains("Saudi"), "\(found)")
    }

    /// In a first-person speech whose page is filed under its speaker's name, "je" is the speaker, though the text
    /// names a guest first.
    @Test func speakerFromTheAddress() {
        let text = """
            Je suis très heureux d'accueillir mon collègue M. Jaime Rakoto, ministre des affaires étrangères de Madagascar.
            Je me suis rendu à Antananarivo en mars dernier et j'y retournerai.
            """
        let article = Article(
            text: text, published: PartialDate("2009-06-03")!, language: .fr,
            url: "https://www.vie-publique.fr/discours/170000-bernard-kouchner-03062009-france-madagascar")
        let found = ArticleExtractor().extract(article)
        let visit = found.first { $0.kind == "visit" && $0.hostCountry == "MG" }
        #expect(visit?.participants.map(\.name) == ["Bernard Kouchner"], "\(found.map(\.participants))")
        let unnamed = ArticleExtractor().extract(Article(text: text, published: PartialDate("2009-06-03")!, language: .fr))
        #expect(unnamed.first { $0.kind == "visit" && $0.hostCountry == "MG" }?.participants.map(\.name) != ["Bernard Kouchner"])
    }

    /// Titles and names that look like something else: the British style "Secretary of State for Foreign Affairs" is no
    /// American; a city that begins a name ("President Santiago Peña") or stands within one ("Herman Van Rompuy") places nothing; a first initial and a surname
    /// match a registry person only near their time in office.
    @Test func titlesAndNamesThatLookLikeSomethingElse() {
        let british = events("The Secretary of State for Foreign Affairs will visit Mexico on 20 February.", on: "2024-02-19", language: .en)
        #expect(british.contains("visit David Cameron/GB @MX 2024-02-20 planned"), "\(british)")
        let named = events(
            "Foreign Secretary David Cameron arrived in Asunción on Tuesday. During his visit, he met with President Santiago Peña.", on: "2024-02-21", language: .en)
        #expect(named.contains { $0.hasPrefix("meeting David Cameron/GB+Santiago Peña") && $0.contains("@PY") }, "\(named)")
        #expect(!named.contains { $0.contains("@CL") }, "\(named)")
        let sharif = events("Secretary Clinton will also meet with President Sheikh Sharif in Nairobi.", on: "2012-07-31", language: .en)
        #expect(!sharif.joined().contains("Shehbaz"), "\(sharif)")
        // Nor a city within a name ("Van", in Turkey, in "Herman Van Rompuy").
        let rompuy = events("Le président du Conseil européen, Herman Van Rompuy, s'est rendu mardi à Kiev.", on: "2014-03-05")
        #expect(rompuy.contains("visit Herman Van Rompuy/EU @UA 2014-03-04 held"), "\(rompuy)")
        #expect(!rompuy.contains { $0.contains("@TR") }, "\(rompuy)")
        let basindwa = events("Yemeni Prime Minister Mohammed Salem Basindwa held talks on Monday with King Abdullah.", on: "2013-05-07", language: .en)
        #expect(basindwa.contains { $0.hasPrefix("talks Mohammed Basindawa/YE+Abdullah of Saudi Arabia/SA") }, "\(basindwa)")
        #expect(!basindwa.contains { $0.contains("@IN") }, "\(basindwa)")
    }

    /// "will make stops in A, B and C" is a visit to each; a title's parenthesis "(Doha, 28 mars 2022)" is a dateline;
    /// the date of "après avoir accompagné … en décembre dernier" is that earlier trip's, not the present one's.
    @Test func stopsParenthesisedDatelinesAndEarlierTrips() {
        let stops = events("On her trip, the Secretary of State will make stops in Senegal, Uganda and Kenya.", on: "2012-07-31", language: .en)
        for country in ["SN", "UG", "KE"] { #expect(stops.contains("visit Hillary Clinton/US @\(country) - planned"), "\(stops)") }
        let text = """
            Déclaration à la presse de Jean-Yves Le Drian, ministre de l'Europe et des affaires étrangères (Doha, 28 mars 2022)
            Je suis très heureux d'être de nouveau présent ici à Doha après avoir accompagné le Président de la République en décembre dernier.
            J'ai eu l'honneur d'être reçu par Son Altesse l'Émir.
            """
        let found = events(text, on: "2022-03-28")
        #expect(found.contains("visit Jean-Yves Le Drian/FR @QA 2022-03-28 held"), "\(found)")
        #expect(!found.joined().contains("Altesse"), "\(found)")
    }

    /// A summit abroad: "qui se tiendra à Brasilia le 24 janvier" places and dates the summit it follows; those who
    /// represent one side travel as one delegation; "the summit was hosted by X" makes X a participant, not a new summit.
    @Test func summitsAbroadDelegationsAndHosts() {
        let found = events(
            """
            Le sommet UE-Brésil, qui se tiendra à Brasilia le 24 janvier 2013, sera consacré au commerce.
            L'UE sera représentée par Herman Van Rompuy, président du Conseil européen, et José Manuel Barroso, président de la Commission européenne.
            Le sommet sera accueilli par Dilma Rousseff, présidente du Brésil.
            """, on: "2013-01-18")
        #expect(found.contains("summit Herman Van Rompuy/EU+José Manuel Barroso/EU+Dilma Rousseff/BR @BR 2013-01-24 planned"), "\(found)")
        #expect(found.contains("visit Herman Van Rompuy/EU+José Manuel Barroso/EU @BR 2013-01-24 planned"), "\(found)")
        #expect(found.filter { $0.hasPrefix("summit") }.count == 1, "\(found)")
        let trip = events("Le président américain est arrivé vendredi soir à Accra pour une visite d'une journée au Ghana.", on: "2009-07-11")
        #expect(trip.contains("visit Barack Obama/US @GH 2009-07-10 held"), "\(trip)")
    }

    /// Leaders of one country at a summit abroad came as one delegation; someone whose offices ended years before
    /// (Norway's prime minister until 2013, NATO's Secretary General in 2023) represents no country the text does not give.
    @Test func delegationsAndFormerOfficeholders() {
        let summit = events(
            "Herman Van Rompuy and José Manuel Barroso attended the EU-Japan summit in Tokyo on 19 November 2013 with Prime Minister Shinzo Abe.",
            on: "2013-11-20", language: .en)
        #expect(summit.contains("visit Herman Van Rompuy/EU+José Manuel Barroso/EU @JP 2013-11-19 held"), "\(summit)")
        // "X, son homologue congolais": the apposition names X again, not the other Congo's president.
        let call = events(
            "Le président français, Emmanuel Macron, et Denis Sassou Nguesso, son homologue congolais, se sont parlé par téléphone le 4 août.",
            on: "2017-08-10")
        #expect(call == ["phone_call Emmanuel Macron/FR+Denis Sassou Nguesso/CG @- 2017-08-04 held"], "\(call)")
        // "son homologue congolais" of Angola's president, beside Sassou Nguesso, is that Congo's head of state (a president
        // who leads the government has a head of state for counterpart), not the other Congo's, nor a prime minister.
        let invitation = events(
            "Denis Sassou Nguesso a reçu le 8 juin une invitation du président angolais João Lourenço, adressée à son homologue congolais.",
            on: "2021-06-10")
        #expect(!invitation.joined().contains("/CD") && !invitation.joined().contains("Makosso"), "\(invitation)")
        let former = events("Secretary Blinken met NATO Secretary General Jens Stoltenberg in Brussels on April 3.", on: "2023-04-05", language: .en)
        #expect(former.contains { $0.hasPrefix("meeting Antony Blinken/US+Jens Stoltenberg/-") }, "\(former)")
        #expect(!former.contains { $0.hasPrefix("visit Jens Stoltenberg") }, "\(former)")
    }

    /// Release styles: "the Foreign Secretary" is Britain's and "the Secretary" America's, whoever else the text named
    /// since; a courtesy call is a meeting; a meeting that day there with one more person is the same meeting.
    @Test func releaseStylesCourtesyCallsAndCompanions() {
        let burma = events(
            """
            Foreign Secretary William Hague made a visit to Burma this week.
            He met the Foreign Minister, U Wunna Maung Lwin, in Naypyidaw.
            On 5 January, the Foreign Secretary met Aung San Suu Kyi.
            """, on: "2012-01-06", language: .en)
        #expect(burma.contains("visit William Hague/GB @MM 2012-01-02 held"), "\(burma)")
        #expect(burma.contains("meeting William Hague/GB+Aung San Suu Kyi/MM @MM 2012-01-05 held"), "\(burma)")
        let prague = events(
            """
            Secretary of State Michael R. Pompeo will travel to Prague, Czech Republic, on August 11.
            In Prague, the Secretary will meet with Foreign Minister Petricek. He will also have a courtesy call with President Zeman.
            """, on: "2020-08-06", language: .en)
        #expect(prague.contains("meeting Mike Pompeo/US+Tomáš Petříček/CZ @CZ 2020-08-11 planned"), "\(prague)")
        #expect(prague.contains("meeting Mike Pompeo/US+Miloš Zeman/CZ @CZ 2020-08-11 planned"), "\(prague)")
        let joined = ArticleExtractor().extract(Article(
            text: """
                The Prime Minister met the US Secretary of State, Mike Pompeo, today at Downing Street.
                Joined by the Foreign Secretary, the Prime Minister and Secretary of State discussed the importance of 5G security.
                """, published: PartialDate("2020-07-21")!, language: .en, url: "https://www.gov.uk/government/news/pm-meeting-with-pompeo"))
        #expect(joined.filter { $0.kind == "meeting" || $0.kind == "talks" }.count == 1, "\(joined)")
    }

    /// A statement's heading "…, à Erevan le 26 mai 2025." places and dates the speech; "conférence de presse conjointe de
    /// M. X, ministre …, et M. Y" is a meeting of both, the title between them notwithstanding.
    @Test func statementHeadingsAndJointPressConferences() {
        let found = events(
            """
            Déclaration de M. Jean-Noël Barrot, ministre de l'Europe et des affaires étrangères, sur les relations entre la France et l'Arménie, à Erevan le 26 mai 2025.
            Circonstance : Conférence de presse conjointe de M. Jean-Noël Barrot, ministre de l'Europe et des affaires étrangères et M. Ararat Mirzoyan, ministre des Affaires étrangères de la République d'Arménie
            Et c'est une grande joie d'être ici, où j'effectue donc ma première visite.
            """, on: "2025-05-26")
        #expect(found.contains("meeting Jean-Noël Barrot/FR+Ararat Mirzoyan/AM @AM 2025-05-26 held"), "\(found)")
        #expect(found.contains("visit Jean-Noël Barrot/FR @AM 2025-05-26 held"), "\(found)")
    }

    /// Leading a delegation to something abroad is a visit there; a high-level dialogue is talks; "ahead of talks in
    /// Vienna" places the talks, not the clause's meeting.
    @Test func delegationsDialoguesAndWhatIsAhead() {
        let led = events(
            "Secretary of State Antony J. Blinken led the U.S. delegation to the ninth round of the U.S.-Colombia High-Level Dialogue in Bogotá, Colombia October 21.",
            on: "2021-10-22", language: .en)
        #expect(led.contains("visit Antony Blinken/US @CO 2021-10-21 held"), "\(led)")
        let ahead = events(
            """
            Foreign Secretary Philip Hammond arrived in Riyadh on Wednesday.
            During the visit, Philip Hammond will meet with Foreign Minister Adel al-Jubeir, ahead of talks in Vienna on Friday.
            """,
            on: "2015-10-28", language: .en)
        #expect(ahead.contains { $0.hasPrefix("meeting Philip Hammond/GB+Adel al-Jubeir/SA @SA") }, "\(ahead)")
        #expect(!ahead.contains { $0.hasPrefix("meeting") && $0.contains("@AT") }, "\(ahead)")
    }

    /// A readout's "spoke with X", with nothing placing it, is a call; placed, it is not one. The spokesperson a
    /// readout is attributed to takes part in nothing.
    @Test func readoutsSpokeWithAndSpokespeople() {
        let readout = """
            The following is attributable to Spokesperson John Kirby:
            U.S. Secretary of State John Kerry today spoke with Ghanaian President John Dramani Mahama about the elections.
            """
        let call = ArticleExtractor().extract(Article(
            text: readout, published: PartialDate("2016-11-29")!, language: .en, url: "https://2009-2017.state.gov/r/pa/prs/ps/2016/11/265000.htm"))
        #expect(call.map { "\($0.kind) \($0.participants.map(\.name))" } == ["phone_call [\"John Kerry\", \"John Mahama\"]"], "\(call)")
        // A news story's "spoke with" may be in person; so may a readout's that names a place.
        let story = events(readout, on: "2016-11-29", language: .en)
        #expect(!story.contains { $0.hasPrefix("phone_call") }, "\(story)")
        let placed = ArticleExtractor().extract(Article(
            text: "Secretary Kerry spoke with President Mahama in Accra on Tuesday.", published: PartialDate("2016-11-30")!, language: .en,
            url: "https://2009-2017.state.gov/r/pa/prs/ps/2016/11/265001.htm"))
        #expect(!placed.contains { $0.kind == "phone_call" }, "\(placed)")
    }

    /// A government site's heading "Beginning of conversation with X" is its principal's meeting with X, placed and
    /// dated by the dateline under it; elsewhere a heading names only who it names.
    @Test func headingsOfGovernmentSites() {
        let text = """
            Beginning of conversation with President of Finland Sauli Niinistö
            August 22, 2017, The Kremlin, Moscow
            President of Russia Vladimir Putin: Mr President, let me welcome you to Moscow.
            """
        let kremlin = ArticleExtractor().extract(Article(
            text: text, published: PartialDate("2017-08-22")!, language: .en, url: "http://en.kremlin.ru/events/president/transcripts/55000"))
        let meeting = kremlin.first { $0.kind == "meeting" }
        #expect(meeting?.participants.map(\.name) == ["Vladimir Putin", "Sauli Niinistö"], "\(kremlin)")
        #expect(meeting?.hostCountry == "RU" && meeting?.start == PartialDate("2017-08-22"), "\(kremlin)")
        let elsewhere = ArticleExtractor().extract(Article(text: text, published: PartialDate("2017-08-22")!, language: .en))
        #expect(!elsewhere.contains { $0.kind == "meeting" && $0.participants.contains { $0.name == "Vladimir Putin" } && $0.evidenceOffset == 0 })
    }

    /// What a review of this session's rules found them catching in ordinary sentences (sentences written by the
    /// reviewing helper), each now left alone.
    @Test func whatTheSecondSessionsRulesLeaveAlone() {
        func en(_ text: String, _ date: String) -> [String] { events(text, on: date, language: .en) }
        // A sentence ending "à Genève le 3 mai 2019" is no statement heading: it dates and places nothing after it.
        let geneva = events(
            "Les deux pays avaient signé un accord de coopération à Genève le 3 mai 2019. Jean-Noël Barrot s'est entretenu avec son homologue arménien Ararat Mirzoyan.",
            on: "2025-05-27")
        #expect(!geneva.contains { $0.contains("@CH") || $0.contains("2019-05-03") }, "\(geneva)")
        // "présente à la Turquie les condoléances", "must stop in Sudan", "convoys continued to Gaza": no trips.
        #expect(!events("Jean-Noël Barrot présente à la Turquie les condoléances de la France.", on: "2023-02-07").contains { $0.hasPrefix("visit") })
        #expect(!en("Foreign Secretary David Lammy said the fighting must stop in Sudan.", "2024-05-14").contains { $0.hasPrefix("visit") })
        #expect(!en("Blinken said aid convoys continued to Gaza on Monday despite the fighting.", "2024-03-12").contains { $0.hasPrefix("visit") })
        // "The Secretary-General" is not the Secretary of State; Pakistan's Foreign Secretary is not Britain's.
        let guterres = en("UN Secretary-General António Guterres arrived in Baku on Monday. The Secretary-General met President Ilham Aliyev.", "2024-11-12")
        #expect(!guterres.joined().contains("Blinken"), "\(guterres)")
        let baloch = en(
            "Pakistan's Foreign Secretary Amna Baloch travelled to Kabul on Tuesday. The Foreign Secretary met Afghan Foreign Minister Amir Khan Muttaqi.",
            "2024-10-15")
        #expect(!baloch.joined().contains("Lammy"), "\(baloch)")
        // "On the sidelines of the NATO Summit, the Turkish President met …": a summit is no name in apposition.
        #expect(en("On the sidelines of the NATO Summit, the Turkish President met President Biden.", "2024-07-10")
            .contains { $0.hasPrefix("meeting Recep Tayyip Erdoğan/TR+Joe Biden/US") })
        // A news story's "spoke with … outside San Francisco" is no call.
        #expect(!en("President Biden spoke with President Xi Jinping for four hours at a country estate outside San Francisco on Wednesday.", "2023-11-16")
            .contains { $0.hasPrefix("phone_call") })
        // "sur la réunion du G20, qui aura lieu à New Delhi samedi" is the topic's place and day, not the meeting's.
        #expect(events("Catherine Colonna s'est entretenue lundi avec son homologue indien sur la réunion du G20, qui aura lieu à New Delhi samedi.",
            on: "2023-09-05").contains("meeting Catherine Colonna/FR+S. Jaishankar/IN @- 2023-09-04 held"))
        // A climate envoy out of office for years is still American when no international body's title names him.
        #expect(en("US climate envoy John Kerry arrived in Beijing on Sunday for talks with Chinese officials.", "2023-07-17")
            .contains("visit John Kerry/US @CN 2023-07-16 held"))
        // "son homologue ukrainien" after someone else named in passing is still the counterpart.
        #expect(events("Jean-Noël Barrot a accompagné Volodymyr Zelensky à l'aéroport puis s'est entretenu à Kiev avec son homologue ukrainien.",
            on: "2025-01-20").joined().contains("Andrii Sybiha"))
        // A third country's minister joining later that day is another meeting.
        let rio = en(
            "Secretary Blinken met Brazilian Foreign Minister Mauro Vieira in Rio de Janeiro on Wednesday. Later on Wednesday, Blinken, Vieira and Argentine Foreign Minister Diana Mondino met in Rio de Janeiro to discuss Venezuela.",
            "2024-02-21")
        #expect(rio.filter { $0.hasPrefix("meeting") }.count == 2, "\(rio)")
        // "Nepal" is a country, not Madhav Kumar Nepal.
        #expect(!en("Chinese Foreign Minister Wang Yi held talks in Beijing with Nepal on Tuesday.", "2024-12-03").joined().contains("Madhav"))
    }

    /// An arrival's date and time of day between the verb and the place count for nothing: "est arrivé ce dimanche 4
    /// novembre, dans l'après-midi, en Arabie Saoudite" is the visit.
    @Test func anArrivalWithItsDayAndTimeBetween() {
        let found = events(
            "Le président français François Hollande est arrivé ce dimanche 4 novembre, dans l'après-midi, en Arabie Saoudite.",
            on: "2012-11-04")
        #expect(found.contains("visit François Hollande/FR @SA 2012-11-04 held"), "\(found)")
    }
}

/// What the store receives for an extracted event.
struct ExtractedContentTests {
    /// A party known only by its country is stored as that country's government, named so its actor is one per country.
    @Test func countryPartiesBecomeGovernments() throws {
        let article = Article(
            text: "President Emmanuel Macron briefed the press on the meeting between France, Germany and the UK.", published: PartialDate("2019-12-03")!,
            language: .en)
        let meeting = try #require(ArticleExtractor().extract(article).first { $0.kind == "meeting" })
        let content = meeting.content(article: article, countryNames: ["FR": "France", "DE": "Germany", "GB": "United Kingdom"])
        #expect(content.participants.map(\.name) == ["Government of France", "Government of Germany", "Government of United Kingdom"])
        #expect(content.participants.map(\.country) == ["FR", "DE", "GB"])
    }
}
