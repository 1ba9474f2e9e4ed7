import EntenteModel
import Testing

@testable import EntenteIngest

/// Rules from the twenty-ninth session: a visit's stay, a government's titles without "the", and a trip's next legs.
struct TwentyNinthSessionRules {
    private func visits(_ text: String, on date: String, language: Article.Language = .en) -> [String] {
        ArticleExtractor().extract(Article(text: text, published: PartialDate(date)!, language: language)).filter { $0.kind == "visit" }
            .map { event in
                let people = event.participants.map(\.name).joined(separator: "+")
                return "\(people) @\(event.hostCountry ?? "-") \(event.start?.description ?? "-")..\(event.end?.description ?? "-")"
            }
    }

    /// A visit told to the day runs to the last day, within three days and before the visitor is told elsewhere, that its visitor
    /// is reported doing something there.
    @Test func aStayRunsToTheLastDayReportedThere() {
        let starmer = visits(
            """
            The prime minister Keir Starmer arrived in Washington on Wednesday evening. \
            He met Donald Trump at the White House on Thursday for talks on Ukraine.
            """, on: "2025-02-27")
        #expect(starmer == ["Keir Starmer @US 2025-02-26..2025-02-27"], "\(starmer)")
        let french = visits(
            "Arrivé dimanche soir à Téhéran, Jean-Yves Le Drian a rencontré lundi son homologue Mohammad Javad Zarif.",
            on: "2018-03-05", language: .fr)
        #expect(french == ["Jean-Yves Le Drian @IR 2018-03-04..2018-03-05"], "\(french)")
        // A meeting there a year later is another trip's, not the end of this one.
        let visit = ConfidenceTests.event("visit", [("Pedro Sánchez", "ES")], host: "UA", start: "2023-07-01")
        let met = { (day: String) in
            var implied = ConfidenceTests.event("visit", [("Pedro Sánchez", "ES")], host: "UA", start: day)
            implied.implied = true
            return implied
        }
        #expect(ArticleExtractor.stay(of: visit, through: [met("2024-05-14")]) == nil)
        #expect(ArticleExtractor.stay(of: visit, through: [met("2023-07-03"), met("2023-07-02")]) == PartialDate("2023-07-03"))
        // A stay the text gives keeps its days.
        let given = visits(
            """
            Narendra Modi visited Tanzania from July 9 to 10. \
            He met John Magufuli in Dar es Salaam on July 12.
            """, on: "2016-07-20")
        #expect(given.first == "Narendra Modi @TZ 2016-07-09..2016-07-10", "\(given)")
    }

    private func events(_ text: String, on date: String, language: Article.Language = .en) -> [String] {
        eventSummaries(text, on: date, language: language)
    }

    /// "Prime Minister will pay a State Visit": a government's readout names its own leader by the title alone, without "the",
    /// at the start of a sentence or after its comma; "Rt. Hon." does not end a sentence.
    @Test func aTitleWithoutTheInAReadout() {
        let modi = events(
            """
            Prime Minister Shri Narendra Modi will pay an official visit to the United Kingdom from 23-24 July 2025 at the invitation \
            of the Prime Minister of the United Kingdom, Rt. Hon. Keir Starmer. In the second leg of the tour, Prime Minister will pay \
            a State Visit to Maldives from 25-26 July 2025. Prime Minister will meet President Mohamed Muizzu.
            """, on: "2025-07-20")
        #expect(modi.contains("visit Narendra Modi/IN @MV 2025-07-25 planned"), "\(modi)")
        #expect(modi.contains { $0.hasPrefix("meeting Narendra Modi/IN+Mohamed Muizzu/MV @MV") }, "\(modi)")
        #expect(!modi.contains { $0.contains("Keir Starmer/GB @MV") || $0.hasPrefix("visit Keir Starmer") }, "\(modi)")
        // A title followed by a name is that name's, and one in the middle of a clause needs its article.
        let named = events("Narendra Modi met Keir Starmer in London on Monday. Prime Minister Starmer said the talks went well.", on: "2025-07-25")
        #expect(named.count == 2, "\(named)")
        #expect(SentenceSplitter.split("He met the Rt. Hon. Keir Starmer. Then he left.").count == 2)
    }

    /// "se rendra mercredi à Kiev, puis jeudi à Berlin pour un entretien avec Olaf Scholz": each stop keeps the day right before
    /// it, and what the trip is for is at the stop told right before it. A day before the only dated stop is the whole trip's.
    @Test func eachStopItsDayAndWhatTheLegIsFor() {
        let macron = events(
            "Emmanuel Macron se rendra mercredi à Kiev, puis jeudi à Berlin pour un entretien avec Olaf Scholz.", on: "2025-02-02",
            language: .fr)
        #expect(macron.contains("visit Emmanuel Macron/FR @UA 2025-02-05 planned"), "\(macron)")
        #expect(macron.contains("visit Emmanuel Macron/FR @DE 2025-02-06 planned"), "\(macron)")
        #expect(macron.contains("meeting Emmanuel Macron/FR+Olaf Scholz/DE @DE 2025-02-06 planned"), "\(macron)")
        #expect(!macron.contains { $0.hasPrefix("visit Olaf Scholz") }, "\(macron)")
        let blinken = events(
            "Antony Blinken will travel to Kyiv on Wednesday, then to Berlin on Thursday for talks with Annalena Baerbock.", on: "2025-02-02")
        #expect(blinken.contains("talks Antony Blinken/US+Annalena Baerbock/DE @DE 2025-02-06 planned"), "\(blinken)")
        let both = events("Shehbaz Sharif se rendra mercredi en Chine et au Qatar.", on: "2025-02-02", language: .fr)
        #expect(both.contains("visit Shehbaz Sharif/PK @CN 2025-02-05 planned"), "\(both)")
        #expect(both.contains("visit Shehbaz Sharif/PK @QA 2025-02-05 planned"), "\(both)")
    }

    /// "before flying to Berlin", "avant de gagner Berlin": a leg told as what comes after the trip is a visit of its own, in
    /// the trip's tense, on its own day, else on the day of what it follows.
    @Test func aLegToldAsWhatComesAfter() {
        let planned = events("Antony Blinken will visit Kyiv on Wednesday before flying to Berlin on Thursday.", on: "2025-02-02")
        #expect(planned.contains("visit Antony Blinken/US @DE 2025-02-06 planned"), "\(planned)")
        let held = events("Antony Blinken visited Kyiv on Wednesday before heading to Berlin.", on: "2025-02-02")
        #expect(held.contains("visit Antony Blinken/US @UA 2025-01-29 held"), "\(held)")
        #expect(held.contains("visit Antony Blinken/US @DE 2025-01-29 held"), "\(held)")
        let french = events("Emmanuel Macron se rendra mercredi à Kiev avant de gagner Berlin jeudi.", on: "2025-02-02", language: .fr)
        #expect(french.contains("visit Emmanuel Macron/FR @DE 2025-02-06 planned"), "\(french)")
        let undated = events(
            "Mardi, Li Qiang prendra la parole au Forum économique mondial de Davos, avant de s'envoler pour l'Irlande.",
            on: "2024-01-14", language: .fr)
        #expect(undated.contains("visit Li Qiang/CN @IE 2024-01-16 planned"), "\(undated)")
        // A schedule told in the present is to come, and so is the leg after it.
        let rubio = events("Marco Rubio heads on Monday to El Salvador, before flying to Costa Rica on Tuesday.", on: "2025-02-02")
        #expect(rubio.contains("visit Marco Rubio/US @SV 2025-02-03 planned"), "\(rubio)")
        #expect(rubio.contains("visit Marco Rubio/US @CR 2025-02-04 planned"), "\(rubio)")
        // "before" and a noun that is no leg: no trip.
        let meeting = events("Antony Blinken met Annalena Baerbock in Berlin on Thursday before flying home.", on: "2025-02-07")
        #expect(meeting.filter { $0.hasPrefix("visit") } == ["visit Antony Blinken/US @DE 2025-02-06 held"], "\(meeting)")
    }

    /// "visited Lithuania on Monday and Latvia on Tuesday": a stop's date and its preposition do not end the list of stops.
    @Test func stopsListedWithTheirDays() {
        let scholz = events("Olaf Scholz will visit Lithuania on Monday, Latvia on Tuesday and Estonia on Wednesday.", on: "2025-02-02")
        #expect(scholz.contains("visit Olaf Scholz/DE @LT 2025-02-03 planned"), "\(scholz)")
        #expect(scholz.contains("visit Olaf Scholz/DE @LV 2025-02-04 planned"), "\(scholz)")
        #expect(scholz.contains("visit Olaf Scholz/DE @EE 2025-02-05 planned"), "\(scholz)")
        let rubio = events(
            """
            Marco Rubio will travel to El Salvador on Monday, before stops in Costa Rica on Tuesday, Guatemala on Wednesday and the \
            Dominican Republic on Thursday.
            """, on: "2025-02-02")
        #expect(rubio.contains("visit Marco Rubio/US @DO 2025-02-06 planned"), "\(rubio)")
        // (A verb between still ends it: "visited Lithuania in March and met Nausėda in Vilnius" is one trip.)
        let met = events("Olaf Scholz visited Lithuania in March and met Gitanas Nausėda in Vilnius.", on: "2025-02-02")
        #expect(met.filter { $0.hasPrefix("visit") } == ["visit Olaf Scholz/DE @LT 2024-03 held"], "\(met)")
    }

    /// "and flew to Berlin on Thursday", "et s'est rendu jeudi à Berlin": a next leg joined by "and" is a clause of the sentence's
    /// subject, with its own place, day and people met; ", and was in Ghana on Monday" is a trip of the subject's too.
    @Test func aLegJoinedByAnd() {
        let blinken = events(
            "Antony Blinken met Volodymyr Zelensky in Kyiv on Wednesday and flew to Berlin on Thursday for talks with Annalena Baerbock.",
            on: "2025-02-07")
        #expect(blinken.contains("meeting Antony Blinken/US+Volodymyr Zelenskyy/UA @UA 2025-02-05 held"), "\(blinken)")
        #expect(blinken.contains("visit Antony Blinken/US @DE 2025-02-06 held"), "\(blinken)")
        #expect(blinken.contains("talks Antony Blinken/US+Annalena Baerbock/DE @DE 2025-02-06 held"), "\(blinken)")
        #expect(!blinken.contains { $0.hasPrefix("visit Annalena Baerbock") }, "\(blinken)")
        let kishida = events(
            "Fumio Kishida met Abdel Fattah al-Sisi in Cairo on Sunday, and was in Ghana on Monday for talks with Nana Akufo-Addo.",
            on: "2023-05-03")
        #expect(kishida.contains("visit Fumio Kishida/JP @GH 2023-05-01 held"), "\(kishida)")
        #expect(kishida.contains("talks Fumio Kishida/JP+Nana Akufo-Addo/GH @GH 2023-05-01 held"), "\(kishida)")
        let macron = events(
            "Emmanuel Macron a rencontré Volodymyr Zelensky à Kiev mercredi et s'est rendu jeudi à Berlin.", on: "2025-02-07", language: .fr)
        #expect(macron.contains("visit Emmanuel Macron/FR @DE 2025-02-06 held"), "\(macron)")
        // (Someone else's being there is theirs: "and William Ruto was in Ghana".)
        let ruto = events("Fumio Kishida met Abdel Fattah al-Sisi in Cairo on Sunday, and William Ruto was in Ghana on Monday.", on: "2023-05-03")
        #expect(!ruto.contains { $0.hasPrefix("visit Fumio Kishida/JP @GH") }, "\(ruto)")
    }

    /// "toured Australia and New Zealand", "will also stop in Warsaw", "ended his tour in Abu Dhabi": trips told by a tour or a
    /// stop. (Not a factory toured at home.)
    @Test func toursAndStops() {
        let li = events("Chinese Premier Li Qiang toured Australia and New Zealand in June.", on: "2024-07-10")
        #expect(li.contains("visit Li Qiang/CN @AU 2024-06 held") && li.contains("visit Li Qiang/CN @NZ 2024-06 held"), "\(li)")
        let scholz = events("Olaf Scholz will also stop in Warsaw on his way back from Kyiv.", on: "2024-06-10")
        #expect(scholz.contains("visit Olaf Scholz/DE @PL - planned"), "\(scholz)")
        let erdogan = events("Recep Tayyip Erdogan ended his tour in Abu Dhabi on Wednesday.", on: "2024-06-10")
        #expect(erdogan == ["visit Recep Tayyip Erdoğan/TR @AE 2024-06-05 held"], "\(erdogan)")
        let factory = events("Joe Biden toured a factory in Pennsylvania on Monday.", on: "2024-06-10")
        #expect(factory.isEmpty, "\(factory)")
        let fighting = events("Foreign Secretary David Lammy said the fighting stopped in Sudan on Monday.", on: "2024-05-14")
        #expect(fighting.isEmpty, "\(fighting)")
        let must = events("Foreign Secretary David Lammy said the fighting must stop in Sudan.", on: "2024-05-14")
        #expect(must.isEmpty, "\(must)")
        let modi = events("Narendra Modi made an unannounced stop in Lahore on Friday to meet Nawaz Sharif.", on: "2015-12-26")
        #expect(modi.contains("visit Narendra Modi/IN @PK 2015-12-25 held"), "\(modi)")
        let biden = events("On his way to Kyiv, Joe Biden stopped in Warsaw for talks with Andrzej Duda.", on: "2024-05-14")
        #expect(biden.contains { $0.hasPrefix("visit Joe Biden/US @PL") }, "\(biden)")
    }

    /// "…; Javier Milei visited Panama in 2024": after a semicolon, a new subject and its verb are a clause of their own.
    @Test func aSemicolonBeforeANewSubject() {
        let milei = events("Marco Rubio met José Raúl Mulino on Sunday; Javier Milei visited Panama in 2024.", on: "2025-02-02")
        #expect(milei.contains("meeting Marco Rubio/US+José Raúl Mulino/PA @PA 2025-02-02 held"), "\(milei)")
        #expect(milei.contains("visit Javier Milei/AR @PA 2024 held"), "\(milei)")
        #expect(!milei.contains { $0.hasPrefix("visit Marco Rubio/US @PA 2024") }, "\(milei)")
    }

    /// "…, where he is due to meet Bukele, before stops in Costa Rica on Tuesday and Guatemala on Wednesday": the stops after
    /// a "where" clause are the trip's, each on its day.
    @Test func stopsAfterAWhereClause() {
        let rubio = events(
            """
            Marco Rubio heads on Monday to El Salvador, where he is due to meet President Nayib Bukele, before stops in Costa Rica \
            on Tuesday and Guatemala on Wednesday.
            """, on: "2025-02-02")
        #expect(rubio.contains("meeting Marco Rubio/US+Nayib Bukele/SV @SV 2025-02-03 planned"), "\(rubio)")
        #expect(rubio.contains("visit Marco Rubio/US @CR 2025-02-04 planned"), "\(rubio)")
        #expect(rubio.contains("visit Marco Rubio/US @GT 2025-02-05 planned"), "\(rubio)")
    }

    /// What the review of this session's rules found: a leg after a relative clause is its antecedent's; "rallier"/"gagner …
    /// à sa cause", "s'est rendu à l'évidence" are no trips; a stay ends before the visitor is elsewhere; a leg is no earlier
    /// than what it follows; "and was in Geneva" is where the meeting was; a domestic tour is no trip.
    @Test func whatTheReviewFound() {
        let zelensky = events(
            "Emmanuel Macron a reçu jeudi Volodymyr Zelensky à l'Elysée, qui est reparti vendredi avant de gagner Londres.",
            on: "2024-06-10", language: .fr)
        #expect(zelensky.contains("visit Volodymyr Zelenskyy/UA @GB 2024-06-07 held"), "\(zelensky)")
        #expect(!zelensky.contains { $0.hasPrefix("visit Emmanuel Macron") }, "\(zelensky)")
        for figurative in [
            "Le colonel Assimi Goïta a rompu avec Paris avant de rallier Moscou.",
            "Volodymyr Zelensky a convaincu Paris avant de gagner Washington à sa cause.",
        ] {
            #expect(events(figurative, on: "2024-06-10", language: .fr).isEmpty, "\(figurative)")
        }
        let evidence = events(
            "Emmanuel Macron a reçu mardi Olaf Scholz à l'Elysée, puis s'est rendu à l'évidence : l'Allemagne ne changera pas de position.",
            on: "2024-06-10", language: .fr)
        #expect(!evidence.contains { $0.hasPrefix("visit Emmanuel Macron") }, "\(evidence)")
        let stops = visits("Emmanuel Macron se rendra mercredi à Kiev, puis jeudi à Berlin pour rencontrer Olaf Scholz.", on: "2024-06-09", language: .fr)
        #expect(stops.contains("Emmanuel Macron @UA 2024-06-12..-"), "\(stops)")
        let kagame = events(
            "Paul Kagame est arrivé dimanche à Paris, où il a été reçu lundi à l'Elysée par Emmanuel Macron, avant de gagner Londres mardi.",
            on: "2024-06-10", language: .fr)
        #expect(kagame.contains("visit Paul Kagame/RW @GB 2024-06-11 planned"), "\(kagame)")
        let geneva = events("Antony Blinken met Sergei Lavrov on Tuesday and was in Geneva for only four hours.", on: "2024-06-15")
        #expect(geneva.contains("visit Antony Blinken/US @CH 2024-06-11 held"), "\(geneva)")
        let lula = events("Lula toured the flooded areas of Rio Grande do Sul on Tuesday.", on: "2024-06-15")
        #expect(lula.isEmpty, "\(lula)")
    }

    /// "s'envolera jeudi pour Pékin", "left on Tuesday for Warsaw": a verb of setting off, its day, then where to.
    @Test func settingOffOnADay() {
        let macron = events("Emmanuel Macron s'envolera jeudi pour Pékin.", on: "2024-06-15", language: .fr)
        #expect(macron == ["visit Emmanuel Macron/FR @CN 2024-06-20 planned"], "\(macron)")
        let blinken = events("Antony Blinken left on Tuesday for Warsaw.", on: "2024-06-15")
        #expect(blinken == ["visit Antony Blinken/US @PL 2024-06-11 held"], "\(blinken)")
        // (Not someone leaving a place on a day: "left on Tuesday in a hurry".)
        #expect(events("Antony Blinken left Warsaw on Tuesday in a hurry.", on: "2024-06-15").isEmpty)
    }

    /// What the second review found: the place a meeting is told "after" is the one left ("left Paris for Belgrade on Tuesday
    /// after meeting Macron"), an idiom's "stopped in" is no stop, and no one visits their own country.
    @Test func whatTheSecondReviewFound() {
        let xi = events("Xi Jinping left Paris for Belgrade on Tuesday after meeting Emmanuel Macron.", on: "2024-06-15")
        #expect(xi.contains("meeting Xi Jinping/CN+Emmanuel Macron/FR @FR 2024-06-11 held"), "\(xi)")
        #expect(events("Recep Tayyip Erdogan stopped in his tracks over Sweden's NATO bid.", on: "2024-06-15").isEmpty)
        let vienna = ArticleExtractor().extract(Article(
            text: """
                At the invitation of the Chancellor, Prime Minister will travel to Vienna on Wednesday, where he will hold talks \
                with Chancellor Karl Nehammer.
                """,
            published: PartialDate("2024-07-07")!, language: .en, url: "https://pib.gov.in/PressReleasePage.aspx?PRID=1"))
        #expect(!vienna.contains { $0.kind == "visit" && $0.participants.contains { $0.country == "AT" } }, "\(vienna)")
    }

    /// "et s'est envolé mardi pour Varsovie", "et a gagné Vienne mardi": a next leg with its day before its place, or told as
    /// reaching it, joined by "et"; reaching is a trip only with a place right after it ("a gagné du temps", "a gagné les
    /// élections" are none).
    @Test func aLegReachedOrFlownToOnADay() {
        let warsaw = events(
            "Emmanuel Macron a rencontré Volodymyr Zelensky à Kiev lundi et s'est envolé mardi pour Varsovie.", on: "2024-06-15",
            language: .fr)
        #expect(warsaw.contains("visit Emmanuel Macron/FR @PL 2024-06-11 held"), "\(warsaw)")
        #expect(warsaw.contains("visit Emmanuel Macron/FR @UA 2024-06-10 held"), "\(warsaw)")
        let vienna = events("Emmanuel Macron a rencontré Olaf Scholz à Berlin lundi et a gagné Vienne mardi.", on: "2024-06-15", language: .fr)
        #expect(vienna.contains("visit Emmanuel Macron/FR @AT 2024-06-11 held"), "\(vienna)")
        for none in ["Emmanuel Macron a rencontré Olaf Scholz lundi et a gagné du temps.", "Emmanuel Macron a gagné les élections."] {
            #expect(!events(none, on: "2024-06-15", language: .fr).contains { $0.hasPrefix("visit") }, "\(none)")
        }
    }
}
