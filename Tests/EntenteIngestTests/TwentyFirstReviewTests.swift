import EntenteIngest
import EntenteModel
import Testing

/// What a review of the twenty-first session's rules found them doing to ordinary sentences, each now left alone or right.
struct WhatTheTwentyFirstSessionsRulesLeaveAlone {
    private func events(_ text: String, on date: String = "2023-05-10", language: Article.Language = .en) -> [String] {
        eventSummaries(text, on: date, language: language)
    }

    /// A state's style must not reach back into a name already found: "the United Kingdom of Great Britain" had trapped the
    /// extractor. "the Democratic Republic of Congo" is Kinshasa's.
    @Test func aStylesNameInsideAnotherAndTheDemocraticRepublic() {
        let uk = events(
            """
            Prime Minister Narendra Modi will pay an official visit to the United Kingdom of Great Britain and Northern Ireland \
            from 3-5 May at the invitation of Prime Minister Rishi Sunak.
            """)
        #expect(uk.contains("visit Narendra Modi/IN @GB 2023-05-03 planned"), "\(uk)")
        let congo = events("Ugandan President Yoweri Museveni will visit the Democratic Republic of Congo on Tuesday. He will meet Felix Tshisekedi in Kinshasa.")
        #expect(congo.contains("visit Yoweri Museveni/UG @CD 2023-05-16 planned"), "\(congo)")
        #expect(congo.contains("meeting Yoweri Museveni/UG+Félix Tshisekedi/CD @CD 2023-05-16 planned"), "\(congo)")
    }

    /// A royal's name without his house is matched as written only: "Mohamed Rashid", "Hamad Issa" and "Ahmad Shah" are not
    /// Gulf rulers by their sound.
    @Test func twoWordNamesAreNoRoyalsBySound() {
        let rashid = events("Somali President Hassan Sheikh Mohamud met Kenyan lawmaker Mohamed Rashid in Nairobi on Tuesday.")
        #expect(!rashid.joined().contains("Maktoum"), "\(rashid)")
        let issa = events("Emmanuel Macron met Hamad Issa, the head of the Chadian opposition, in Paris on Tuesday.")
        #expect(!issa.joined().contains("Hamad bin Isa"), "\(issa)")
        let shah = events("Malaysia's King Sultan Abdullah Sultan Ahmad Shah met Chinese President Xi Jinping in Beijing on Tuesday.")
        #expect(!shah.joined().contains("Hamad bin Isa"), "\(shah)")
    }

    /// "During the visit" is the visit last told: the guest's, not the host's own trip elsewhere.
    @Test func duringTheGuestsVisit() {
        let guest = events(
            """
            Joe Biden will travel to Japan on May 18. South Korean President Yoon Suk Yeol will visit the United States next week. \
            During the visit, Joe Biden will meet Yoon Suk Yeol.
            """)
        #expect(guest.contains { $0.hasPrefix("meeting Joe Biden/US+Yoon Suk Yeol/KR @US") }, "\(guest)")
        let french = events(
            """
            Emmanuel Macron se rendra en Chine la semaine prochaine. Le chancelier Olaf Scholz est attendu à Paris vendredi. À \
            cette occasion, Emmanuel Macron s'entretiendra avec Olaf Scholz.
            """, language: .fr)
        #expect(french.contains("meeting Emmanuel Macron/FR+Olaf Scholz/DE @FR 2023-05-12 planned"), "\(french)")
    }

    /// What a meeting follows is not its people: "La rencontre entre Lavrov et Blinken fait suite à deux conversations
    /// téléphoniques entre Poutine et Biden" is a meeting of two.
    @Test func whatAMeetingFollowsIsNotItsPeople() {
        let geneva = events(
            "La rencontre à Genève entre Sergueï Lavrov et Antony Blinken fait suite à deux conversations téléphoniques entre Vladimir Poutine et Joe Biden.",
            language: .fr)
        #expect(geneva.contains { $0.hasPrefix("meeting Sergei Lavrov/RU+Antony Blinken/US @CH") }, "\(geneva)")
        #expect(!geneva.contains { $0.hasPrefix("visit Vladimir Putin") || $0.hasPrefix("visit Joe Biden") }, "\(geneva)")
    }

    /// Only the near future of an event's verb is a future: "la coopération va s'intensifier" leaves a meeting told
    /// before it held; "a eu des échanges téléphoniques" is a call; "a fait un saut au Salon" is no trip abroad.
    @Test func theNearFutureOfOtherVerbs() {
        let berlin = events("Emmanuel Macron a rencontré mardi Olaf Scholz à Berlin, et la coopération franco-allemande va s'intensifier.", language: .fr)
        #expect(berlin.contains("meeting Emmanuel Macron/FR+Olaf Scholz/DE @DE 2023-05-09 held"), "\(berlin)")
        let january = events("Emmanuel Macron a rencontré Olaf Scholz à Berlin en janvier, et la relation va se renforcer.", language: .fr)
        #expect(january.contains("meeting Emmanuel Macron/FR+Olaf Scholz/DE @DE 2023-01 held"), "\(january)")
        let call = events("Emmanuel Macron a eu des échanges téléphoniques avec Vladimir Poutine mardi.", language: .fr)
        #expect(call == ["phone_call Emmanuel Macron/FR+Vladimir Putin/RU @- 2023-05-09 held"], "\(call)")
        let fair = events("Le président Emmanuel Macron a fait un saut au Salon de l'agriculture mardi.", language: .fr)
        #expect(!fair.contains { $0.hasPrefix("visit") }, "\(fair)")
    }

    /// "rendre visite à" someone is at their home only when nothing else places it: not during one's own stay at home, nor at
    /// a gathering.
    @Test func aVisitPaidElsewhere() {
        let home = events("Emmanuel Macron a rendu visite au roi Charles III lors de son séjour à Paris mardi.", language: .fr)
        #expect(!home.contains { $0.hasPrefix("visit Emmanuel Macron/FR @FR") }, "\(home)")
        let g20 = events("Le président Joe Biden a rendu visite au chancelier allemand Olaf Scholz en marge du sommet du G20 mardi.", language: .fr)
        #expect(!g20.contains { $0.contains("@DE") }, "\(g20)")
    }

    /// The speaker of a report is its object when a pronoun sends it back ("will host him"); "Japan's Prime Minister's
    /// Office said the Prime Minister would visit" still names the prime minister.
    @Test func reportsAboutTheSpeakerAndAnOfficeWithItsCountry() {
        let host = events("Joe Biden said on Monday that Emmanuel Macron will host him in Paris in June.")
        #expect(host.contains("meeting Joe Biden/US+Emmanuel Macron/FR @FR 2023-06 planned"), "\(host)")
        let office = events("Japan's Prime Minister's Office said the Prime Minister would visit Seoul on Sunday.")
        #expect(office.contains("visit Fumio Kishida/JP @KR 2023-05-14 planned"), "\(office)")
    }

    /// Guests the text does not name make no meeting: "Les ministres sont reçus mardi à Rabat par le roi, en présence de
    /// Nasser Bourita".
    @Test func unnamedGuestsReceived() {
        let rabat = events("Les ministres sont reçus mardi à Rabat par le roi Mohammed VI, en présence de Nasser Bourita.", language: .fr)
        #expect(!rabat.contains { $0.hasPrefix("meeting") }, "\(rabat)")
    }

    /// A summit's own length is told by its noun, not by another gathering's ("The 12-day conference …, with Macron attending
    /// the summit of world leaders on December 1"); "the heads of government meeting had agreed" is no summit; "the summit of
    /// the world's largest economies" is the one told.
    @Test func summitsLengthsAndReferences() {
        let dubai = ArticleExtractor().extract(Article(
            text: "The 12-day conference will open in Dubai on November 30, with Emmanuel Macron attending the summit of world leaders on December 1.",
            published: PartialDate("2023-05-10")!, language: .en))
        let summit = dubai.first { $0.kind == "summit" }
        #expect(summit?.start == PartialDate("2023-12-01") && summit?.end == nil, "\(String(describing: summit))")
        let agreed = events(
            "Australian Prime Minister Anthony Albanese said the heads of government meeting had agreed to a new climate target, after talks with Rishi Sunak in London on Tuesday.")
        #expect(!agreed.contains { $0.hasPrefix("summit") }, "\(agreed)")
        let delhi = events(
            "The G20 summit was held in New Delhi on September 9 and 10. Brazilian President Lula da Silva attended the summit of the world's largest economies.",
            on: "2023-09-12")
        #expect(delhi.contains { $0.hasPrefix("visit Luiz Inácio Lula da Silva/BR @IN") }, "\(delhi)")
    }

    /// "said this Monday's meeting" dates the meeting, not the saying; "Sena" is a name too ("Akua Sena Dansua").
    @Test func aDayInThePossessiveAndANameThatIsAStyleWord() {
        let monday = events("Antony Blinken said this Monday's meeting with Wang Yi in Beijing was constructive.")
        #expect(monday.contains("visit Antony Blinken/US @CN 2023-05-08 held"), "\(monday)")
        let sena = events("Ghana's ambassador Akua Sena Dansua met German Foreign Minister Annalena Baerbock in Berlin on Tuesday.")
        #expect(sena.contains { $0.hasPrefix("meeting Akua Sena Dansua/GH+Annalena Baerbock/DE @DE") }, "\(sena)")
    }

    /// A headline with a byline after its bars keeps its events.
    @Test func aHeadlineBeforeABylineIsKept() {
        let text = "PM Modi to meet James Marape in Port Moresby on Monday | Updated: May 21, 2023 17:45 IST"
        #expect(TextCleaner.clean(text) == text)
    }

    /// (Second read.) Plural titles name the holders only when they are the ones told of: not the deputies, the wives or
    /// the spokespeople; only the countries listed one after another ("of Armenia and Azerbaijan met in Washington"); not
    /// in apposition to names ("Lavrov and Wang Yi, both foreign ministers of Russia and China"); and an article's unknown
    /// negotiator of that country does not replace its foreign minister.
    @Test func pluralTitlesOnlyForTheHolders() {
        for text in [
            "The deputy foreign ministers of Russia and Turkey met in Moscow on Tuesday.",
            "The wives of the French and Indian presidents visited a school in New Delhi on Tuesday.",
            "Spokespeople for the Russian and Chinese presidents said on Tuesday that a meeting was not planned.",
            "Indian and Chinese foreign ministers have not met since the border clash, officials said on Tuesday.",
        ] {
            #expect(events(text).isEmpty, "\(text): \(events(text))")
        }
        let washington = events("The foreign ministers of Armenia and Azerbaijan met in Washington on Thursday.")
        #expect(washington.contains { $0.hasPrefix("meeting Ararat Mirzoyan/AM+Jeyhun Bayramov/AZ @US") }, "\(washington)")
        let both = events("Lavrov and Wang Yi, both foreign ministers of Russia and China, met in Beijing on Tuesday.")
        #expect(both.contains("meeting Sergei Lavrov/RU+Wang Yi/CN @CN 2023-05-09 held"), "\(both)")
        let antalya = events(
            "Ukrainian negotiator David Arakhamia said the talks in Belarus were difficult. The Russian and Ukrainian foreign ministers will meet in Antalya on Thursday.",
            on: "2022-03-08")
        #expect(antalya.contains("meeting Sergei Lavrov/RU+Dmytro Kuleba/UA @TR 2022-03-10 planned"), "\(antalya)")
        let french = events(
            "Les ministres des Affaires étrangères chinois et russes se rencontrent ce mercredi 30 mars pour la première fois depuis l'invasion de l'Ukraine.",
            on: "2022-03-30", language: .fr)
        #expect(french.contains { $0.hasPrefix("meeting Wang Yi/CN+Sergei Lavrov/RU") && $0.contains("2022-03-30") }, "\(french)")
    }

    /// (Second read.) A royal's name as written must end there ("Prince Mohammed bin Abdulrahman bin Abdulaziz" is another
    /// man); a possessive pronoun is no object that sends a report back to its speaker; an intention or a near future of
    /// something else leaves a past meeting held; "doivent être reçus jeudi" is to come; "attended the summit of the G7"
    /// after that summit was told is that summit.
    @Test func secondReadOfTheFixes() {
        let prince = events("Prince Mohammed bin Abdulrahman bin Abdulaziz, deputy governor of Riyadh, met Chinese envoy Zhai Jun in Riyadh on Tuesday.")
        #expect(!prince.joined().contains("Al Thani"), "\(prince)")
        let her = events("Antony Blinken said on Tuesday that Annalena Baerbock will meet Qin Gang in Beijing during her trip next week.")
        #expect(!her.joined().contains("Blinken"), "\(her)")
        let intend = events("Emmanuel Macron and Olaf Scholz intend to deepen cooperation, they said after meeting in Paris on Tuesday.")
        #expect(intend.contains("meeting Emmanuel Macron/FR+Olaf Scholz/DE @FR 2023-05-09 held"), "\(intend)")
        let effort = events(
            "Emmanuel Macron a rencontré Olaf Scholz à Berlin en janvier, et la France va participer à l'effort de défense commun.", language: .fr)
        #expect(effort.contains("meeting Emmanuel Macron/FR+Olaf Scholz/DE @DE 2023-01 held"), "\(effort)")
        let received = events("Macky Sall et Alassane Ouattara doivent être reçus jeudi par Emmanuel Macron à Paris.", language: .fr)
        #expect(received.contains { $0.hasPrefix("meeting") && $0.hasSuffix("2023-05-11 planned") }, "\(received)")
        let g7 = events("The G7 summit opened in Hiroshima on May 19. Narendra Modi attended the summit of the G7 as a guest.", on: "2023-05-22")
        #expect(g7.contains("visit Narendra Modi/IN @JP 2023-05-19 held"), "\(g7)")
        #expect(g7.filter { $0.hasPrefix("summit") }.count == 1, "\(g7)")
    }
}
