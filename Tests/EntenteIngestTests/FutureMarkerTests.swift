import EntenteIngest
import Testing

/// What is looked forward to, likely, or due is still to come, and its month is the coming one.
struct FutureMarkerTests {
    /// What may happen, of a meeting or a trip, is to come ("il pourrait rencontrer en juillet Joe Biden" in June is next
    /// month's, not last year's; "could travel to Seoul in May" in April, this May); "could" of anything else is not ("the
    /// visit could strengthen ties" tells a visit held).
    @Test func aMeetingThatMayHappen() {
        let july = eventSummaries(
            "Andrés Manuel Lopez Obrador a indiqué qu'il pourrait rencontrer en juillet à la Maison Blanche Joe Biden.", on: "2022-06-06")
        #expect(july.contains("meeting Andrés Manuel López Obrador/MX+Joe Biden/US @US 2022-07 planned"), "\(july)")
        let seoul = eventSummaries("Fumio Kishida could travel to Seoul in May.", on: "2023-04-30", language: .en)
        #expect(seoul == ["visit Fumio Kishida/JP @KR 2023-05 planned"], "\(seoul)")
        // (A relative clause's meeting before "could" stays held: "Wang Yi, who met Blinken in Beijing on Sunday, could …".)
        let wang = eventSummaries("Wang Yi, who met Antony Blinken in Beijing on Sunday, could visit Moscow next month.", on: "2023-06-10", language: .en)
        #expect(wang.contains("meeting Wang Yi/CN+Antony Blinken/US @CN 2023-06-04 held"), "\(wang)")
        // ("doivent se rencontrer vendredi": the coming Friday.)
        let paris = eventSummaries("Le président français et Angela Merkel doivent se rencontrer vendredi à Paris.", on: "2015-02-19")
        #expect(paris.contains("meeting François Hollande/FR+Angela Merkel/DE @FR 2015-02-20 planned"), "\(paris)")
        // ("will be traveling to Norway this autumn": a trip in the progressive.)
        let norway = eventSummaries("Sergei Lavrov will be traveling to Norway once again this autumn.", on: "2019-04-10", language: .en)
        #expect(norway == ["visit Sergei Lavrov/RU @NO 2019-09 planned"], "\(norway)")
        // (Only of an event: "ont estimé que les Européens doivent soutenir l'Ukraine" leaves the meeting held.)
        let berlin = eventSummaries(
            "Emmanuel Macron et Olaf Scholz se sont entretenus lundi à Berlin et ont estimé que les Européens doivent soutenir l'Ukraine.",
            on: "2023-06-10")
        #expect(berlin.contains("meeting Emmanuel Macron/FR+Olaf Scholz/DE @DE 2023-06-05 held"), "\(berlin)")
        // ("Americans traveling to Russia": no one's trip.)
        let americans = eventSummaries("Americans traveling to Russia face serious risks, Antony Blinken said on Monday.", on: "2023-06-10", language: .en)
        #expect(americans.isEmpty, "\(americans)")
        // (The future of a past report: "a annoncé mercredi qu'il allait rencontrer cette semaine à Prague …".)
        let prague = eventSummaries(
            "Le Premier ministre arménien a annoncé mercredi qu'il allait rencontrer cette semaine à Prague le président azerbaïdjanais Ilham Aliev.",
            on: "2022-10-05")
        #expect(prague.contains { $0.hasPrefix("meeting Nikol Pashinyan/AM+Ilham Aliyev/AZ @CZ") && $0.hasSuffix("planned") }, "\(prague)")
        // (Not the narrative past: "Quelques semaines plus tard, Macron allait rencontrer Poutine au Kremlin, le 7 février 2022".)
        let kremlin = eventSummaries(
            "Quelques semaines plus tard, Emmanuel Macron allait rencontrer Vladimir Poutine au Kremlin, le 7 février 2022.", on: "2023-05-10")
        #expect(kremlin.contains("meeting Emmanuel Macron/FR+Vladimir Putin/RU @RU 2022-02-07 held"), "\(kremlin)")
        let ties = eventSummaries("Fumio Kishida visited Seoul on Sunday, a visit that could strengthen ties.", on: "2023-05-07", language: .en)
        #expect(ties.contains("visit Fumio Kishida/JP @KR 2023-05-07 held"), "\(ties)")
    }

    /// "looks forward to meeting … in November", "are likely to meet … in July", "devant se rendre au Cameroun".
    @Test func lookedForwardToLikelyAndDue() {
        let apec = eventSummaries(
            "President Barack Obama looks forward to meeting again with President Xi Jinping during the APEC Economic Leaders' Meeting in Lima in November.",
            on: "2016-09-30", language: .en)
        #expect(apec.contains("meeting Barack Obama/US+Xi Jinping/CN @PE 2016-11 planned"), "\(apec)")
        let hamburg = eventSummaries("Donald Trump and Narendra Modi are likely to meet in Germany in July during the G-20 Summit.", on: "2017-01-25", language: .en)
        #expect(hamburg.contains { $0.hasPrefix("meeting Donald Trump/US+Narendra Modi/IN @DE 2017-07") && $0.hasSuffix("planned") }, "\(hamburg)")
        let yaounde = eventSummaries("Le président français Emmanuel Macron devant se rendre au Cameroun la semaine prochaine.", on: "2022-07-20")
        #expect(yaounde.contains { $0.hasPrefix("visit Emmanuel Macron/FR @CM") && $0.hasSuffix("planned") }, "\(yaounde)")
    }

    /// "is traveling to Nairobi Tuesday", said on a Monday: a trip told in the present progressive with a weekday is the
    /// coming one (no one is still travelling to a place on the Tuesday gone), still to come.
    @Test func travellingOnAWeekdayIsTheComingOne() {
        for sentence in [
            "Tanzanian President Samia Suluhu Hassan is traveling to Nairobi Tuesday for a two-day State visit.",
            "Tanzanian President Samia Suluhu Hassan is travelling to Nairobi on Tuesday.",
        ] {
            let trip = eventSummaries(sentence, on: "2021-05-03", language: .en)
            #expect(trip == ["visit Samia Suluhu Hassan/TZ @KE 2021-05-04 planned"], "\(trip)")
        }
        // (A span that may be under way is not moved: "Monday through Wednesday", written on the Tuesday.)
        let jakarta = eventSummaries("Antony Blinken is traveling to Jakarta Monday through Wednesday.", on: "2024-01-09", language: .en)
        #expect(jakarta.contains { $0.hasPrefix("visit Antony Blinken/US @ID 2024-01-08") }, "\(jakarta)")
    }

    /// "se rend vendredi à Berlin", written on a Wednesday: French news tells what is coming in the present, so the weekday of
    /// the trip is the coming one. Not a weekday the clause told before it, of something done: "a rencontré Olaf Scholz lundi
    /// à Berlin et se rend désormais à Rome" met him on the Monday gone.
    @Test func goingInTheFrenchPresentIsToCome() {
        let berlin = eventSummaries("Emmanuel Macron se rend vendredi à Berlin.", on: "2021-06-09")
        #expect(berlin == ["visit Emmanuel Macron/FR @DE 2021-06-11 planned"], "\(berlin)")
        let rome = eventSummaries("Emmanuel Macron a rencontré Olaf Scholz lundi à Berlin et se rend désormais à Rome.", on: "2022-12-14")
        #expect(rome.contains("meeting Emmanuel Macron/FR+Olaf Scholz/DE @DE 2022-12-12 held"), "\(rome)")
    }

    /// "devant" before a noun is where, not what is due: "a rencontré Xi Jinping devant la presse" was held.
    @Test func beforeThePressIsNoFuture() {
        let met = eventSummaries("Emmanuel Macron a rencontré Xi Jinping à Pékin devant la presse.", on: "2023-04-07")
        #expect(!met.isEmpty && met.allSatisfy { $0.hasSuffix("held") }, "\(met)")
    }

    /// "hopes to visit", "est prêt à un sommet": what someone hopes or is ready for is still to come; a month's rest ("late
    /// this month") too, though the month began before the article.
    @Test func hopedForReadyForAndTheRestOfTheMonth() {
        let hope = eventSummaries("Yoshihide Suga also said that he hopes to visit the US as soon as possible.", on: "2021-01-28", language: .en)
        #expect(hope.contains("visit Yoshihide Suga/JP @US - planned"), "\(hope)")
        let ready = eventSummaries("Vladimir Poutine est prêt à un sommet avec Donald Trump, a annoncé Sergueï Lavrov.", on: "2017-03-01")
        #expect(ready.contains { $0.hasPrefix("summit Vladimir Putin/RU+Donald Trump/US") && $0.hasSuffix("planned") }, "\(ready)")
        let g20 = eventSummaries(
            "Trump had planned the visit after his attendance late this month at a G-20 summit in Buenos Aires, Argentina.",
            on: "2018-11-03", language: .en)
        #expect(g20.contains("summit Donald Trump/US @AR 2018-11 planned"), "\(g20)")
    }

    /// A future told in a "where" clause with a subject of its own is that subject's: "arrived in France on a state visit
    /// hosted by Emmanuel Macron where the French leader will seek …" was an arrival.
    @Test func aWhereClausesFutureIsItsOwn() {
        let arrival = eventSummaries(
            """
            Chinese President Xi Jinping on Sunday arrived in France on a state visit hosted by Emmanuel Macron where the French \
            leader will seek to push his counterpart on issues ranging from Ukraine to trade.
            """, on: "2024-05-05", language: .en)
        #expect(arrival.contains("visit Xi Jinping/CN @FR 2024-05-05 held"), "\(arrival)")
    }

    /// "President Duda to visit Paris on Wednesday": a headline's name, "to" and a verb is a future, its weekday the coming
    /// one. (Not "asked Duda when he came to visit Paris", whose "to" follows no name.)
    @Test func aHeadlinesInfinitive() {
        let headline = eventSummaries("President Duda to visit Paris on Wednesday", on: "2015-10-27", language: .en)
        #expect(headline.contains("visit Andrzej Duda/PL @FR 2015-10-28 planned"), "\(headline)")
        let past = eventSummaries("President Duda went to visit Paris on Wednesday.", on: "2015-10-27", language: .en)
        #expect(past.contains("visit Andrzej Duda/PL @FR 2015-10-21 held"), "\(past)")
    }

    /// "intend to reconvene in New York City in September": an intention is to come, so "in July" later in the sentence is
    /// the coming July, not last year's; "is expected to convene with" is a meeting.
    @Test func anIntentionIsToCome() {
        let events = eventSummaries(
            """
            Mitsotakis and Erdogan intend to reconvene in New York City in September, on the sidelines of the United Nations \
            General Assembly, and coincide once more during the NATO Summit in Washington, D.C. in July.
            """, on: "2024-05-13", language: .en)
        #expect(!events.isEmpty && events.allSatisfy { $0.hasSuffix("planned") && !$0.contains("2023") }, "\(events)")
        #expect(events.contains { $0.hasPrefix("summit Kyriakos Mitsotakis/GR+Recep Tayyip Erdoğan/TR @US 2024-07") }, "\(events)")
        let convene = eventSummaries(
            "Mr. Mitsotakis is expected to convene with Turkish President Recep Tayyip Erdogan in Ankara on Monday.", on: "2024-05-11",
            language: .en)
        #expect(convene.contains("meeting Kyriakos Mitsotakis/GR+Recep Tayyip Erdoğan/TR @TR 2024-05-13 planned"), "\(convene)")
    }
}
