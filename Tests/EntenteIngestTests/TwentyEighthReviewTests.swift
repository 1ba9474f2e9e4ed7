import EntenteIngest
import Testing

/// What a review of the twenty-eighth session's first rules found them doing to ordinary sentences, each now left alone or
/// right.
struct WhatTheTwentyEighthSessionsRulesLeaveAlone {
    private func events(_ text: String, on date: String, language: Article.Language = .en) -> [String] {
        eventSummaries(text, on: date, language: language)
    }

    /// ", and" and a country's possessive, then a title and name and a verb, still opens a clause of its own: "…, and China's
    /// Premier Li Qiang met Modi in New Delhi".
    @Test func aPossessiveCountryOpensANewSubject() {
        let found = events("Biden met Xi in Bali on Monday, and China's Premier Li Qiang met Modi in New Delhi on Tuesday.", on: "2023-09-12")
        #expect(found.contains("meeting Joe Biden/US+Xi Jinping/CN @ID 2023-09-11 held"), "\(found)")
        #expect(found.contains("meeting Li Qiang/CN+Narendra Modi/IN @IN 2023-09-12 held"), "\(found)")
        let cleverly = events(
            "Blinken visited Kyiv on Monday, and Britain's Foreign Secretary James Cleverly travelled to Kyiv on Tuesday.", on: "2023-09-12")
        #expect(cleverly.contains("visit James Cleverly/GB @UA 2023-09-12 held"), "\(cleverly)")
    }

    /// A call-off noun with something else than an event after it calls nothing off: "l'annulation de la dette", "the
    /// postponement of the judicial reform vote", "le report de l'élection".
    @Test func aCallOffOfSomethingElse() {
        let debt = events(
            "Emmanuel Macron a rencontré lundi William Ruto à Paris pour discuter de l'annulation de la dette.", on: "2023-09-12",
            language: .fr)
        #expect(debt.contains("meeting Emmanuel Macron/FR+William Ruto/KE @FR 2023-09-11 held"), "\(debt)")
        #expect(!debt.contains { $0.hasPrefix("cancellation") }, "\(debt)")
        let vote = events(
            "Biden met Netanyahu in New York on Wednesday amid protests over the postponement of the judicial reform vote.", on: "2023-09-12")
        #expect(vote.contains("meeting Joe Biden/US+Benjamin Netanyahu/IL @US 2023-09-06 held"), "\(vote)")
        let election = events(
            "Macky Sall a reçu Emmanuel Macron mardi à Dakar pour évoquer le report de l'élection présidentielle.", on: "2023-09-12",
            language: .fr)
        #expect(election.contains("meeting Macky Sall/SN+Emmanuel Macron/FR @SN 2023-09-12 held"), "\(election)")
        // (And with the day it was to be told: "prévue jeudi" is the coming Thursday.)
        let xi = events("Le report de la visite de Xi Jinping à Paris, prévue jeudi, a été annoncé mardi.", on: "2023-09-12", language: .fr)
        #expect(xi.contains("visit Xi Jinping/CN @FR 2023-09-14 postponed"), "\(xi)")
    }

    /// Kin who come along, and a possessor named again as who acts, still take part: "Macron's wife Brigitte accompanied him to
    /// Berlin, where he met Olaf Scholz", "Putin's closest ally Alexander Lukashenko met Putin".
    @Test func kinAndPossessorsNamedAgain() {
        let wife = events("Macron's wife Brigitte accompanied him to Berlin on Monday, where he met Olaf Scholz.", on: "2023-09-12")
        #expect(wife.contains("meeting Emmanuel Macron/FR+Olaf Scholz/DE @DE 2023-09-11 held"), "\(wife)")
        let ally = events("Putin's closest ally Alexander Lukashenko met Putin in Sochi on Friday.", on: "2023-09-12")
        #expect(ally.contains("meeting Vladimir Putin/RU+Alexander Lukashenko/BY @RU 2023-09-08 held"), "\(ally)")
    }

    /// An appeal to meet the one who appeals ("asked Museveni to meet him", "de le rencontrer"), a request to meet someone
    /// ("has asked to meet Biden"), and what someone told others they would do ("told reporters he planned to meet Xi") keep
    /// the one who asks.
    @Test func appealsThatKeepWhoAsks() {
        let him = events("Ruto has asked Museveni to meet him in Nairobi next week.", on: "2023-09-12")
        #expect(him.contains { $0.hasPrefix("meeting William Ruto/KE+Yoweri Museveni/UG @KE") }, "\(him)")
        let le = events("Emmanuel Macron a demandé à Olaf Scholz de le rencontrer à Paris vendredi.", on: "2023-09-12", language: .fr)
        #expect(le.contains { $0.hasPrefix("meeting Emmanuel Macron/FR+Olaf Scholz/DE @FR") }, "\(le)")
        let asked = events("Zelensky has asked to meet Biden in Washington next week.", on: "2023-09-12")
        #expect(asked.contains { $0.hasPrefix("meeting Volodymyr Zelenskyy/UA+Joe Biden/US @US") && $0.hasSuffix("planned") }, "\(asked)")
        let told = events("Biden told reporters he planned to meet Xi in San Francisco in November.", on: "2023-09-12")
        #expect(told.contains("meeting Joe Biden/US+Xi Jinping/CN @US 2023-11 planned"), "\(told)")
    }

    /// "is expected in" with no one expected tells no trip, and makes nothing after it planned; someone's does make planned
    /// what the trip is for, and not what they did before.
    @Test func expectedInGovernsOnlyItsOwnTrip() {
        let announcement = events("An announcement is expected in Washington on Friday after Biden met Netanyahu on Monday.", on: "2023-09-12")
        #expect(announcement.contains { $0.hasPrefix("meeting Joe Biden/US+Benjamin Netanyahu/IL") && $0.hasSuffix("2023-09-11 held") }, "\(announcement)")
        let scholz = events("Scholz visited Kyiv last month and is expected in Washington on Friday to meet Biden.", on: "2023-09-12")
        #expect(scholz.contains("visit Olaf Scholz/DE @UA 2023-08 held"), "\(scholz)")
        #expect(scholz.contains("meeting Olaf Scholz/DE+Joe Biden/US @US 2023-09-15 planned"), "\(scholz)")
        #expect(!scholz.contains { $0.contains("@UA 2023-09") }, "\(scholz)")
        let kishida = events("Kishida met Yoon in Seoul on Monday and is expected in Jakarta for the ASEAN summit.", on: "2023-09-12")
        #expect(kishida.contains("meeting Fumio Kishida/JP+Yoon Suk Yeol/KR @KR 2023-09-11 held"), "\(kishida)")
    }

    /// "was attended by" adds to the summit only after "it" or a gathering's noun, and not who stayed away after "but".
    @Test func attendedByOnlyTheSummitsAttendees() {
        let rally = events(
            "The BRICS summit opened in Johannesburg on Tuesday. A rally in Moscow on Tuesday was attended by Vladimir Putin.", on: "2023-08-25")
        #expect(!rally.contains { $0.contains("Vladimir Putin") }, "\(rally)")
        let g20 = events(
            """
            The G20 summit was held in New Delhi on Saturday and Sunday. It was attended by US President Joe Biden, but Chinese \
            President Xi Jinping stayed away.
            """, on: "2023-09-12")
        #expect(g20.contains { $0.hasPrefix("summit Joe Biden/US @IN") }, "\(g20)")
        #expect(!g20.contains { $0.contains("Xi Jinping") }, "\(g20)")
    }

    /// A relative clause goes on past ", and" and a name that has a verb of its own: "…, and Secretary of State Antony
    /// Blinken travelled to Cairo", "…, et Scholz a ensuite rencontré Meloni à Rome".
    @Test func andANameWithAVerbIsANewClause() {
        let cairo = events(
            """
            Biden met Netanyahu, who is facing mass protests at home, and Secretary of State Antony Blinken travelled to Cairo on \
            Tuesday.
            """, on: "2023-09-12")
        #expect(!cairo.contains { $0.hasPrefix("visit Joe Biden/US @EG") }, "\(cairo)")
        let rome = events(
            "Emmanuel Macron a reçu Olaf Scholz, qui a été réélu en 2021, et Scholz a ensuite rencontré Meloni à Rome mardi.",
            on: "2023-09-12", language: .fr)
        #expect(rome.contains("meeting Olaf Scholz/DE+Giorgia Meloni/IT @IT 2023-09-12 held"), "\(rome)")
        #expect(!rome.contains { $0.hasPrefix("visit Emmanuel Macron/FR @IT") }, "\(rome)")
    }

    /// "était" is a pluperfect's auxiliary only with a reflexive or a verb of coming: "était attendu à Moscou le 20 juin" and
    /// "était censé se rendre" keep the coming June.
    @Test func etaitAttenduIsNoPluperfect() {
        let expected = events("Le président turc était attendu à Moscou le 20 juin pour rencontrer Vladimir Poutine.", on: "2023-05-10", language: .fr)
        #expect(expected.contains("visit Recep Tayyip Erdoğan/TR @RU 2023-06-20 planned"), "\(expected)")
        let meant = events("Le président turc était censé se rendre à Moscou le 20 juin.", on: "2023-05-10", language: .fr)
        #expect(meant.contains("visit Recep Tayyip Erdoğan/TR @RU 2023-06-20 planned"), "\(meant)")
        let came = events("Le 20 juin, le président turc s'était rendu à Moscou.", on: "2023-05-10", language: .fr)
        #expect(came.contains("visit Recep Tayyip Erdoğan/TR @RU 2022-06-20 held"), "\(came)")
    }

    /// The second review: kin in the possessive take no part unless they accompany the one named ("Trump's daughter Ivanka
    /// met …"); a pronoun for someone else does not keep the possessor ("…, and she urged him").
    @Test func kinInThePossessive() {
        let ivanka = events("Trump's daughter Ivanka met Saudi Crown Prince Mohammed bin Salman in Riyadh on Tuesday.", on: "2024-01-31")
        #expect(!ivanka.contains { $0.contains("Donald Trump") }, "\(ivanka)")
        let gantz = events(
            "Netanyahu's rival Benny Gantz met Kamala Harris in Washington on Tuesday, and she urged him to push for a ceasefire.",
            on: "2024-01-31")
        #expect(!gantz.contains { $0.contains("Benjamin Netanyahu") }, "\(gantz)")
    }

    /// An aside about those urged ("leaders of two countries that have clashed") is no clause of the appealer's own.
    @Test func anAsideInAnAppeal() {
        let found = events(
            "Joe Biden urged Paul Kagame and Felix Tshisekedi, leaders of two countries that have clashed, to meet in Luanda next week.",
            on: "2024-01-31")
        #expect(found.contains { $0.hasPrefix("meeting Paul Kagame/RW+Félix Tshisekedi/CD @AO") }, "\(found)")
        #expect(!found.contains { $0.contains("Joe Biden") }, "\(found)")
    }

    /// "is expected in … for a state visit": the trip is to come, whichever of its phrases the clause takes.
    @Test func expectedForAStateVisit() {
        let found = events("Xi Jinping is expected in Paris on Monday for a state visit.", on: "2024-01-31")
        #expect(found.contains("visit Xi Jinping/CN @FR 2024-02-05 planned"), "\(found)")
    }

    /// A summit of two told in the pluperfect ("whom he had last met at the G20 summit") does not take the meeting's place.
    @Test func aSummitOfTwoTakesNoPlace() {
        let found = events(
            """
            Narendra Modi is on a state visit to Guyana. On Wednesday, Mr Modi held talks with President Irfaan Ali, whom he had \
            last met at the G20 summit.
            """, on: "2024-11-21")
        #expect(!found.contains { $0.hasPrefix("summit") && $0.contains("@GY") }, "\(found)")
    }

    /// "in attendance" adds only those named first, as its subject: not who is named after it, nor someone's supporters, nor
    /// at a match.
    @Test func inAttendanceOnlyItsSubject() {
        let opening = "Irfaan Ali hosted a CARICOM summit in Georgetown on Saturday. "
        for rest in [
            "Journalists were in attendance when Mia Mottley criticised Nicolas Maduro.",
            "Supporters of Venezuelan opposition leader Maria Corina Machado were in attendance outside the venue.",
            "No representative of Nicolas Maduro's government was in attendance.",
        ] {
            let found = events(opening + rest, on: "2024-01-31")
            #expect(found.count == 1, "\(found)")
        }
        let match = events(
            "G7 leaders held a summit in Hiroshima on Saturday. At the football match that evening, Rishi Sunak was in attendance.",
            on: "2024-01-31")
        #expect(!match.contains { $0.contains("Rishi Sunak") }, "\(match)")
        let both = events(opening + "Barbados' Prime Minister Mia Amor Mottley and Jamaica's Andrew Holness were also in attendance.", on: "2024-01-31")
        #expect(both.contains("visit Andrew Holness/JM @GY 2024-01-27 held"), "\(both)")
    }

    /// The third review: a list met goes on past ", and then"; a tenure's holder met again takes part; a plan makes planned what
    /// it plans and what follows; titles with "of" and "foreign" name those at a press conference or in attendance; a
    /// possessor met as "him" takes part; a storm is no person.
    @Test func thirdReviewsSentences() {
        let then = events("Blinken met Macron in Paris on Monday, and then Scholz in Berlin on Tuesday.", on: "2024-05-13")
        #expect(then.contains { $0.hasPrefix("meeting Antony Blinken/US+Olaf Scholz/DE @DE") }, "\(then)")
        let obama = events("Modi visited Washington in 2016, during the second term of Barack Obama, and met him at the White House.", on: "2024-05-10")
        #expect(obama.contains("meeting Narendra Modi/IN+Barack Obama/US @US 2016 held"), "\(obama)")
        let plan = events("Olaf Scholz prévoit de se rendre à Paris jeudi pour rencontrer Emmanuel Macron.", on: "2024-05-13", language: .fr)
        #expect(plan.contains("meeting Olaf Scholz/DE+Emmanuel Macron/FR @FR 2024-05-16 planned"), "\(plan)")
        let press = events(
            "Blinken spoke at a press conference with Indian Foreign Minister Subrahmanyam Jaishankar in New Delhi on Monday.", on: "2024-05-13")
        #expect(press.contains { $0.hasPrefix("meeting Antony Blinken/US+S. Jaishankar/IN @IN 2024-05-13") }, "\(press)")
        let heads = events(
            """
            The AU summit opened in Addis Ababa on Saturday. Heads of state of Kenya and Rwanda, William Ruto and Paul Kagame, were \
            in attendance.
            """, on: "2024-05-13")
        #expect(heads.contains("visit Paul Kagame/RW @ET 2024-05-11 held"), "\(heads)")
        let ally = events("Putin's closest ally Alexander Lukashenko met him in Sochi on Monday.", on: "2024-05-13")
        #expect(ally.contains { $0.hasPrefix("meeting Vladimir Putin/RU+Alexander Lukashenko/BY") }, "\(ally)")
        let storm = events("Sunak postponed his visit to Cornwall on Thursday to oversee the response to Storm Ciaran.", on: "2024-05-13")
        #expect(!storm.contains { $0.contains("Storm") }, "\(storm)")
        let postponed = events(
            "The postponement of Blinken's visit to Beijing, planned for Sunday, was announced by the State Department.", on: "2024-05-13")
        #expect(postponed.contains("visit Antony Blinken/US @CN 2024-05-19 postponed"), "\(postponed)")
    }

    /// The fourth review: a possessor is kept only when met as the verb's object or said to come along ("… met Netanyahu and
    /// told him" keeps Biden out); "and" with a verb of its own ends the people met ("…, and will travel to Cairo … to meet
    /// Sisi"); no one is in attendance whom "no" or "relatives of" denies; a plan does not reach what came "depuis"; a summit
    /// of two told as the first or last does not take the meeting's place; a lower-case adjective continues only a list of
    /// counterparts.
    @Test func fourthReviewsSentences() {
        let envoy = events("Biden's envoy Amos Hochstein met Netanyahu and told him that a ceasefire was urgent.", on: "2024-03-10")
        #expect(!envoy.contains { $0.contains("Joe Biden") }, "\(envoy)")
        let cairo = events(
            "Blinken met Mohammed bin Salman in Riyadh on Monday, and will travel to Cairo on Tuesday to meet Abdel Fattah al-Sisi.",
            on: "2024-03-10")
        #expect(!cairo.contains { $0.hasPrefix("meeting") && $0.contains("Mohammed bin Salman") && $0.contains("Sisi") }, "\(cairo)")
        let relatives = events(
            """
            The AU summit opened in Addis Ababa on Saturday. Relatives of the late former Tanzanian president John Magufuli were in \
            attendance.
            """, on: "2024-03-10")
        #expect(!relatives.contains { $0.contains("Magufuli") }, "\(relatives)")
        let since = events(
            "Narendra Modi prévoit de se rendre en Russie en juillet, sa première visite depuis sa rencontre avec Vladimir Poutine en 2021.",
            on: "2024-03-10", language: .fr)
        #expect(since.contains("meeting Narendra Modi/IN+Vladimir Putin/RU @RU 2021 held"), "\(since)")
        let first = events(
            "Biden arrived in San Francisco on Tuesday. Biden met Xi on Wednesday, a year after their first summit as leaders.", on: "2024-03-10")
        #expect(!first.contains { $0.hasPrefix("summit") && $0.contains("@US") }, "\(first)")
        let watching = events(
            """
            Emmanuel Macron a reçu vendredi à l'Élysée son homologue kényan William Ruto, un entretien que le président sénégalais \
            Bassirou Diomaye Faye, ivoirien Alassane Ouattara et ghanéen Nana Akufo-Addo suivront de près.
            """, on: "2024-03-10", language: .fr)
        #expect(!watching.contains { $0.contains("Alassane Ouattara") }, "\(watching)")
    }
}
