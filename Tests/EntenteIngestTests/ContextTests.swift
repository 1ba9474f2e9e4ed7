import EntenteIngest
import Testing

/// Where an event that names no place happens: not where those who report it work, nor on a trip told as background.
struct ContextTests {
    private func events(_ text: String, on date: String, language: Article.Language = .en) -> [String] {
        eventSummaries(text, on: date, language: language)
    }

    /// "…, a White House official said": the place qualifies who speaks, and hosts nothing.
    @Test func aSpeakersPlaceHostsNothing() {
        let found = events(
            "U.S. Vice President Kamala Harris spoke briefly with Chinese President Xi Jinping on Saturday on the sidelines of the APEC summit, a White House official said.",
            on: "2022-11-19")
        #expect(!found.contains { $0.contains("@US") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("meeting Kamala Harris/US+Xi Jinping/CN") }, "\(found)")
    }

    /// ", five days after Biden and Xi held talks in Bali": what happened some days before is a clause of its own, and
    /// its place is not the main clause's.
    @Test func whatHappenedDaysBeforeIsAClauseOfItsOwn() {
        let found = events(
            """
            Harris has brief exchange with Xi as APEC summit closes in Bangkok

            U.S. Vice President Kamala Harris spoke briefly with Chinese President Xi Jinping on \
            Saturday on the sidelines of the APEC summit, a White House official said, five days after President Joe Biden \
            and Xi held three hours of talks in Bali.
            """, on: "2022-11-19")
        #expect(found.contains("meeting Kamala Harris/US+Xi Jinping/CN @TH 2022-11-19 held"), "\(found)")
        #expect(!found.contains { $0.contains("Kamala Harris") && $0.contains("@ID") }, "\(found)")
    }

    /// "dans le climat né des attentats du 11 septembre aux États-Unis": where an attack happened is not where the text is.
    @Test func whereAnAttackHappenedIsNoContext() {
        let found = eventSummaries(
            """
            Jacques Chirac est arrivé jeudi à Beyrouth. Le sommet avait été reporté d'un an, dans le climat international né des \
            attentats du 11 septembre aux États-Unis. Le président français a eu un entretien avec Abdelaziz Bouteflika.
            """, on: "2002-10-20")
        #expect(!found.contains { $0.contains("@US") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("meeting Jacques Chirac/FR+Abdelaziz Bouteflika/DZ @LB") }, "\(found)")
    }

    /// A trip a month or more before the article is background: an undated meeting of its traveller is not placed there.
    @Test func aTripToldAsBackgroundIsNoContext() {
        let found = events(
            """
            Prayuth Chan-ocha had paved the way with a trip to Riyadh in January. Foreign Minister Penny Wong held talks with \
            Prayuth after the closing session.
            """, on: "2022-11-19")
        #expect(found.contains("visit Prayut Chan-o-cha/TH @SA 2022-01 held"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("talks") && $0.contains("@SA") }, "\(found)")
    }

    /// "Kyiv's territorial integrity" is the government's, "Lake Lucerne" no one; a "when" clause that names no place is
    /// at the place just named; a lightning visit is a visit.
    @Test func possessivesLandformsAndWhenClauses() {
        let summit = events(
            """
            Most of the countries attending a two-day summit on peace in Ukraine at a Swiss mountain resort backed a final \
            communique on Sunday calling for Kyiv's territorial integrity to be the basis of any deal.
            """, on: "2024-06-16")
        #expect(!summit.contains { $0.contains("@UA") }, "\(summit)")
        let lake = events(
            "Swiss President Viola Amherd, who hosted the gathering at the Bürgenstock resort overlooking Lake Lucerne, said the meeting had shown unity.",
            on: "2024-06-16")
        #expect(!lake.joined().contains("Lucerne"), "\(lake)")
        let bern = events(
            "Switzerland agreed to organise the conference after Volodymyr Zelenskyy raised the idea during a visit to Bern in January, when he met Viola Amherd.",
            on: "2024-06-16")
        #expect(bern.contains { $0.hasPrefix("meeting Volodymyr Zelenskyy/UA+Viola Amherd/CH @CH 2024-01") }, "\(bern)")
        let mali = eventSummaries(
            "François Hollande a conclu ce samedi 2 février une visite éclair au Mali, trois semaines après le début de l'opération Serval.",
            on: "2013-02-02")
        #expect(mali.contains("visit François Hollande/FR @ML 2013-02-02 held"), "\(mali)")
    }

    /// A visit to a region places it in the region's country: "in Bavaria" is in Germany, "en Normandie" in France.
    @Test func aRegionIsInItsCountry() {
        #expect(events("Barack Obama visited Bavaria on Monday.", on: "2015-06-09").contains("visit Barack Obama/US @DE 2015-06-08 held"))
        let found = events("Vladimir Poutine s'est rendu vendredi en Normandie.", on: "2014-06-07", language: .fr)
        #expect(found.contains("visit Vladimir Putin/RU @FR 2014-06-06 held"), "\(found)")
    }

    /// "the 2015 nuclear accord that Washington abandoned last year": what became of an agreement dates the agreement's
    /// fate, not the meeting.
    @Test func anAgreementsFateDatesNoMeeting() {
        let found = events(
            """
            German Foreign Minister Heiko Maas was in Tehran on Monday, where he met Zarif and urged Iran to stay within the 2015 \
            nuclear accord that Washington abandoned last year.
            """, on: "2019-06-13")
        #expect(found.contains("meeting Heiko Maas/DE+Mohammad Javad Zarif/IR @IR 2019-06-10 held"), "\(found)")
        #expect(!found.contains { $0.contains("2018") }, "\(found)")
    }

    /// "On Thursday he travels to Normandy": a weekday, then a schedule told in the present, is the coming one, as in
    /// "flies Friday to Seoul"; "On Thursday he met Macron" is the past one.
    @Test func aWeekdayBeforeAScheduleInThePresent() {
        let found = events(
            "Donald Trump arrived in London on Monday. On Thursday he travels to Normandy, where he will meet French President Emmanuel Macron.",
            on: "2019-06-03")
        #expect(found.contains("visit Donald Trump/US @FR 2019-06-06 planned"), "\(found)")
        #expect(found.contains("meeting Donald Trump/US+Emmanuel Macron/FR @FR 2019-06-06 planned"), "\(found)")
        let meets = events("Joe Biden visited Kyiv on Monday. On Tuesday he meets Polish President Andrzej Duda in Warsaw.", on: "2023-02-20")
        #expect(meets.contains("meeting Joe Biden/US+Andrzej Duda/PL @PL 2023-02-21 planned"), "\(meets)")
        let past = events("Donald Trump arrived in London on Monday. On Thursday he met French President Emmanuel Macron in Paris.", on: "2019-06-03")
        #expect(past.contains("meeting Donald Trump/US+Emmanuel Macron/FR @FR 2019-05-30 held"), "\(past)")
    }

    /// "Il s'était alors rendu à Pékin": "alors" in the pluperfect is the time just told, at its precision.
    @Test func thenInThePluperfectIsTheTimeJustTold() {
        let found = events(
            """
            Cette visite répond à celle qu'Emmanuel Macron avait effectuée en Chine en avril 2023. Le président français s'était \
            alors rendu à Pékin, où il s'était entretenu avec Xi Jinping.
            """, on: "2024-05-06", language: .fr)
        #expect(found.contains("visit Emmanuel Macron/FR @CN 2023-04 held"), "\(found)")
        #expect(found.contains("meeting Emmanuel Macron/FR+Xi Jinping/CN @CN 2023-04 held"), "\(found)")
    }

    /// "The 10-day tour will also take Wang Yi to Kiribati, Samoa and Tonga", "The trip took President Bush first to
    /// Kyoto": a trip that takes someone somewhere is their visit to each stop. Not "The decision took Putin by surprise".
    @Test func aTripThatTakesSomeoneSomewhere() {
        let tour = events("The 10-day tour, which runs until June 4, will also take Wang Yi to Kiribati, Samoa and Tonga.", on: "2022-05-26")
        for country in ["KI", "WS", "TO"] {
            #expect(tour.contains { $0.hasPrefix("visit Wang Yi/CN @\(country)") && $0.hasSuffix("planned") }, "\(tour)")
        }
        let trip = events("The trip took President Bush first to Kyoto on Wednesday.", on: "2005-11-21")
        #expect(trip.contains("visit George W. Bush/US @JP 2005-11-16 held"), "\(trip)")
        #expect(events("The decision took Putin by surprise.", on: "2005-11-21").isEmpty)
        // (Who is sent travels, not who sends, even named in apposition.)
        let sent = events("Xi Jinping has sent his top diplomat, Wang Yi, to Moscow this week.", on: "2023-02-22")
        #expect(sent.contains { $0.hasPrefix("visit Wang Yi/CN @RU 2023-02-20") }, "\(sent)")
        #expect(!sent.contains { $0.hasPrefix("visit Xi Jinping") }, "\(sent)")
        #expect(events("Moscow sent a note to Beijing on Monday.", on: "2023-02-22").isEmpty)
    }

    /// "met Bainimarama on Thursday and said Australia would be a partner": a future after a verb of saying is what was
    /// said, and leaves the meeting held; "will meet Bainimarama … and said" is still to come.
    @Test func aFutureThatWasSaidPlansNothingBeforeIt() {
        let found = events(
            "In Suva, Penny Wong met Bainimarama on Thursday and said Australia would be a partner that does not come with strings attached.",
            on: "2022-05-26")
        #expect(found.contains("meeting Penny Wong/AU+Frank Bainimarama/FJ @FJ 2022-05-26 held"), "\(found)")
        let ahead = events("Penny Wong will meet Bainimarama in Suva on Friday, and said Australia would be a partner.", on: "2022-05-26")
        #expect(ahead.contains("meeting Penny Wong/AU+Frank Bainimarama/FJ @FJ 2022-05-27 planned"), "\(ahead)")
    }

    /// Coming where the text is, or going there, told with no place: "était venu en août dernier", "le dernier à s'y
    /// rendre, en février 2010" are visits to the place the text is at, on their own dates.
    @Test func comingWhereTheTextIs() {
        let kerry = eventSummaries(
            "Barack Obama est arrivé dimanche à La Havane. Le secrétaire d'Etat John Kerry était venu en août dernier pour rouvrir l'ambassade.",
            on: "2016-03-21")
        #expect(kerry.contains("visit John Kerry/US @CU 2015-08 held"), "\(kerry)")
        let sarkozy = eventSummaries(
            """
            Emmanuel Macron est arrivé jeudi à Kigali. Son prédécesseur Nicolas Sarkozy avait été le dernier à s'y rendre, en \
            février 2010, peu après le rétablissement des relations.
            """, on: "2021-05-27")
        #expect(sarkozy.contains("visit Nicolas Sarkozy/FR @RW 2010-02 held"), "\(sarkozy)")
    }

    /// "the first Indian Prime Minister to visit Australia since Rajiv Gandhi in 1986", "le premier président français à s'y
    /// rendre depuis Nicolas Sarkozy en 2010": the earlier visit is the one named after "since", at its date; "the first
    /// talks since Joe Biden took office in 2021" tells of no trip.
    @Test func theFirstOfAnOfficeSinceSomeone() {
        let canberra = eventSummaries(
            "Narendra Modi arrived in Canberra on Monday, the first Indian Prime Minister to visit Australia since Rajiv Gandhi in 1986.",
            on: "2014-11-18", language: .en)
        #expect(canberra.contains { $0.hasPrefix("visit Rajiv Gandhi/") && $0.hasSuffix("@AU 1986 held") }, "\(canberra)")
        let kigali = eventSummaries(
            "Emmanuel Macron est arrivé jeudi à Kigali, le premier président français à s'y rendre depuis Nicolas Sarkozy en 2010.",
            on: "2021-05-27")
        #expect(kigali.contains("visit Nicolas Sarkozy/FR @RW 2010 held"), "\(kigali)")
        let talks = eventSummaries(
            "Antony Blinken arrived in Beijing on Sunday for the first talks since Joe Biden took office in 2021.", on: "2023-06-19",
            language: .en)
        #expect(!talks.contains { $0.hasPrefix("visit Joe Biden") }, "\(talks)")
    }

    /// "Dimanche, 14 h 13 : un avion … se pose à Biarritz. … Le ministre iranien s'est entretenu …": what the story goes on
    /// to tell, undated, happened on the last day it gave; not a visit named as a noun ("ont préparé la visite du président").
    @Test func theStoryGoesOnOnTheLastDayItGave() {
        let found = eventSummaries(
            """
            Dimanche, 14 h 13 : un avion officiel se pose sur la piste de l'aéroport de Biarritz. À son bord, le chef de la \
            diplomatie iranienne, Mohammad Javad Zarif. Le ministre iranien s'est entretenu à la mairie de Biarritz avec son \
            homologue Jean-Yves Le Drian. Les deux ministres ont préparé la visite en France du président iranien Hassan Rohani.
            """, on: "2019-08-26")
        #expect(found.contains("meeting Mohammad Javad Zarif/IR+Jean-Yves Le Drian/FR @FR 2019-08-25 held"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("visit Hassan Rouhani") && $0.contains("2019-08-25") }, "\(found)")
        // (Nor where the news is a trip called off: the talks told after it are not on its day.)
        let calledOff = eventSummaries(
            """
            Trump calls off Budapest summit with Putin. President Donald Trump said on Wednesday he had cancelled the summit. He \
            spoke in Budapest, where he held talks with Prime Minister Viktor Orbán.
            """, on: "2025-10-23", language: .en)
        #expect(calledOff.contains { ($0.hasPrefix("talks") || $0.hasPrefix("meeting")) && $0.contains("Viktor Orbán") }, "\(calledOff)")
        #expect(!calledOff.contains { ($0.hasPrefix("talks") || $0.hasPrefix("meeting")) && $0.contains("2025-10-22") }, "\(calledOff)")
    }

    /// "avait en outre téléphoné à Raúl Castro mercredi": a call in the pluperfect, an adverb between auxiliary and verb.
    @Test func aCallInThePluperfect() {
        let found = eventSummaries("Barack Obama avait en outre téléphoné à Raúl Castro mercredi, avant de quitter Washington.", on: "2015-04-11")
        #expect(found.contains("phone_call Barack Obama/US+Raúl Castro/CU @- 2015-04-08 held"), "\(found)")
    }

    /// A country that names a question is no place: "He was in Washington in late April for a state visit, during which he
    /// tried to persuade Trump to stay in the Iran nuclear deal" is a visit to the United States; "la crise ukrainienne"
    /// and "la guerre en Ukraine" place nothing either.
    @Test func aCountryThatNamesAQuestionIsNoPlace() {
        let english = eventSummaries(
            """
            Emmanuel Macron was in Washington in late April for a state visit, during which he tried in vain to persuade Donald \
            Trump to stay in the Iran nuclear deal.
            """, on: "2018-06-07", language: .en)
        #expect(english.contains { $0.hasPrefix("visit Emmanuel Macron/FR @US 2018-04") }, "\(english)")
        #expect(!english.contains { $0.contains("@IR") }, "\(english)")
        let french = eventSummaries(
            "Emmanuel Macron s'est entretenu jeudi avec Olaf Scholz de la guerre en Ukraine et de la crise iranienne.", on: "2023-01-20")
        #expect(french.contains { $0.hasPrefix("meeting Emmanuel Macron/FR+Olaf Scholz/DE") }, "\(french)")
        #expect(!french.contains { $0.contains("@UA") || $0.contains("@IR") }, "\(french)")
    }

    /// A trip told in the present with its destination before the weekday is to come: "She flies to Manila on Sunday" in a
    /// Saturday paper is the next day, not six days before.
    @Test func aTripToldInThePresentWithItsDestinationFirst() {
        let found = eventSummaries("Vice President Kamala Harris flies to Manila on Sunday.", on: "2022-11-19", language: .en)
        #expect(found.contains("visit Kamala Harris/US @PH 2022-11-20 planned"), "\(found)")
        // (Not a trip told in the past: "the heads of state met in Bangkok on Friday" is the Friday before.)
        let met = eventSummaries("The heads of state met in Bangkok on Friday with Kamala Harris.", on: "2022-11-19", language: .en)
        #expect(met.contains("visit Kamala Harris/US @TH 2022-11-18 held"), "\(met)")
    }

    /// "se reverront", "reviendra": French futures of meeting again and coming back make a month without its year the coming
    /// one ("se reverront en avril à Londres" in a February paper is this April).
    @Test func meetingAgainIsToCome() {
        let found = eventSummaries(
            "Justin Trudeau et Narendra Modi se reverront en avril à Londres.", on: "2018-02-24")
        #expect(found.contains("meeting Justin Trudeau/CA+Narendra Modi/IN @GB 2018-04 planned"), "\(found)")
    }

    /// "a five-day visit to the three key island nations of Seychelles, Mauritius and Sri Lanka from March 10": each country of
    /// the group is a stop ("to India's outreach" before it is none); "Modi next visits Mauritius on March 11-12" then gives
    /// that leg its own days.
    @Test func aTourOfAGroupOfCountriesAndALegsDays() {
        let found = eventSummaries(
            """
            Giving a major fillip to India’s outreach in the Indian Ocean region, Prime Minister Narendra Modi will be on a five-day \
            visit to the three key island nations of Seychelles, Mauritius and Sri Lanka from March 10. Modi next visits Mauritius on \
            March 11-12.
            """, on: "2015-03-06", language: .en)
        #expect(found.contains("visit Narendra Modi/IN @SC 2015-03-10 planned"), "\(found)")
        #expect(found.contains("visit Narendra Modi/IN @LK 2015-03-10 planned"), "\(found)")
        #expect(found.contains("visit Narendra Modi/IN @MU 2015-03-11 planned"), "\(found)")
        #expect(!found.contains { $0.contains("@MU 2015-03-10") }, "\(found)")
    }

    /// "rencontrera dimanche … Ouattara, et son homologue sénégalais Macky Sall lundi", "will meet with Senegal's President
    /// Macky Sall on Thursday, South African President Jacob Zuma on Friday and …": each party met on a day of their own is a
    /// meeting of their own; at home, the host's; on a tour, each leader's own country.
    @Test func partiesMetOnDaysOfTheirOwn() {
        let home = eventSummaries(
            """
            Le président Emmanuel Macron rencontrera dimanche le président de Côte d’Ivoire Alassane Ouattara, et son homologue sénégalais \
            Macky Sall lundi, a annoncé vendredi l’Elysée.
            """, on: "2017-06-09")
        #expect(home.contains("meeting Emmanuel Macron/FR+Alassane Ouattara/CI @FR 2017-06-11 planned"), "\(home)")
        #expect(home.contains("meeting Emmanuel Macron/FR+Macky Sall/SN @FR 2017-06-12 planned"), "\(home)")
        let tour = eventSummaries(
            """
            US President Barack Obama headed to Senegal on Wednesday, where he will start a week-long stay in Africa. During the trip, \
            Obama will meet with Senegal's President Macky Sall on Thursday, South African President Jacob Zuma on Friday and Tanzania's \
            President Jakaya Kikwete on Monday.
            """, on: "2013-06-26", language: .en)
        #expect(tour.contains("meeting Barack Obama/US+Jacob Zuma/ZA @ZA 2013-06-28 planned"), "\(tour)")
        #expect(tour.contains("meeting Barack Obama/US+Jakaya Kikwete/TZ @TZ 2013-07-01 planned"), "\(tour)")
        // (With no place at all, no one travels: "Macron will meet Scholz on Monday, Meloni on Tuesday …".)
        let nowhere = eventSummaries(
            "Emmanuel Macron will meet Olaf Scholz on Monday, Giorgia Meloni on Tuesday and Pedro Sánchez on Wednesday.", on: "2023-06-19",
            language: .en)
        #expect(nowhere.contains { $0.hasPrefix("meeting Emmanuel Macron/FR+Giorgia Meloni/IT @- ") }, "\(nowhere)")
        #expect(!nowhere.contains { $0.hasPrefix("visit") }, "\(nowhere)")
        // (One day for all is one meeting.)
        let one = eventSummaries("Obama will meet Macky Sall and Jacob Zuma on Thursday.", on: "2013-06-26", language: .en)
        #expect(one.contains { $0.hasPrefix("meeting Barack Obama/US+Macky Sall/SN+Jacob Zuma/ZA") }, "\(one)")
    }

    /// "la première rencontre entre les deux hommes depuis le retour au pouvoir de Shinzô Abe en décembre 2012": the date after
    /// "depuis" is the time since which, not the meeting's.
    @Test func aDateAfterDepuisIsNotTheEvents() {
        let found = eventSummaries(
            """
            Shinzô Abe a rencontré lundi à Pékin le président chinois Xi Jinping. C'est la première rencontre entre les deux hommes \
            depuis le retour au pouvoir de Shinzô Abe en décembre 2012.
            """, on: "2014-11-11")
        #expect(found.contains { $0.hasPrefix("meeting Shinzo Abe/JP+Xi Jinping/CN @CN 2014-11-10") }, "\(found)")
        #expect(!found.contains { $0.contains("2012") }, "\(found)")
    }

    /// "Clinton will also meet with leaders of Senegal, Uganda, Kenya, …" on a tour begun in South Sudan: no shared place, each
    /// leader at home, undated; not the tour's first stop for all (where they had all become visitors).
    @Test func leadersOfSeveralCountriesOnATour() {
        let found = eventSummaries(
            """
            American Secretary of State Hillary Rodham Clinton on Tuesday began a trip to Africa, where she is to visit South Sudan. \
            Clinton will also meet with leaders of Senegal, Uganda and Kenya, according to the US State Department.
            """, on: "2012-07-31", language: .en)
        #expect(found.contains("meeting Hillary Clinton/US+Macky Sall/SN @SN - planned"), "\(found)")
        #expect(found.contains("meeting Hillary Clinton/US+Yoweri Museveni/UG @UG - planned"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("visit Macky Sall") }, "\(found)")
    }

    /// "…, the foreign ministry in Warsaw has said": where the source of the report sits places nothing; the talks are where
    /// the trip goes. (A place the event names before the comma still counts: "met Heiko Maas on Thursday in Warsaw, his
    /// spokesman said".)
    @Test func theSeatOfTheSourcePlacesNothing() {
        let found = events(
            """
            Polish Foreign Minister Jacek Czaputowicz will visit Berlin this week to hold talks with his German counterpart Heiko \
            Maas, the foreign ministry in Warsaw has said.
            """, on: "2018-12-12")
        #expect(found.contains { $0.hasPrefix("talks Jacek Czaputowicz/PL+Heiko Maas/DE @DE") }, "\(found)")
        #expect(!found.contains { $0.contains("@PL") }, "\(found)")
        let warsaw = events("Jacek Czaputowicz met Heiko Maas on Thursday in Warsaw, his spokesman said.", on: "2018-12-12")
        #expect(warsaw.contains("meeting Jacek Czaputowicz/PL+Heiko Maas/DE @PL 2018-12-06 held"), "\(warsaw)")
    }

    /// What the text tells done is no part of a trip still to come: after "Lula's trip to Buenos Aires on January 23",
    /// "He also met with Chilean president Gabriel Boric" is not in Argentina on the 23rd, nor planned. What is to come there
    /// still is.
    @Test func whatWasDoneIsNoPartOfATripToCome() {
        let lula = eventSummaries(
            """
            President Lula will travel to Buenos Aires on January 23 and 24. He also met with Chilean president Gabriel Boric \
            on Monday. Lula will meet Uruguayan President Luis Lacalle Pou there.
            """, on: "2023-01-03", language: .en)
        #expect(lula.contains("meeting Luiz Inácio Lula da Silva/BR+Gabriel Boric/CL @- 2023-01-02 held"), "\(lula)")
        #expect(!lula.contains { $0.hasPrefix("visit Gabriel Boric") }, "\(lula)")
        #expect(lula.contains("meeting Luiz Inácio Lula da Silva/BR+Luis Lacalle Pou/UY @AR 2023-01-23 planned"), "\(lula)")
    }

    /// A schedule told in the present after a weekday and a name ("On Tuesday, Biden stays in Brussels for a U.S.-EU
    /// summit"), or a trip before the weekday with what it is for between ("He then heads to Geneva for a summit on
    /// Wednesday"), is the coming day's. A past verb between keeps the weekday gone: "flies to Kyiv after he met Scholz on
    /// Sunday".
    @Test func aScheduleAfterAWeekdayAndAName() {
        let found = events(
            """
            On Tuesday, Joe Biden stays in Brussels for a U.S.-EU summit with European Council President Charles Michel. He then \
            heads to Geneva for a summit on Wednesday with Russian President Vladimir Putin.
            """, on: "2021-06-14")
        #expect(found.contains("summit Joe Biden/US+Charles Michel/EU @BE 2021-06-15 planned"), "\(found)")
        #expect(found.contains("summit Joe Biden/US+Vladimir Putin/RU @CH 2021-06-16 planned"), "\(found)")
        let past = events("Emmanuel Macron flies to Kyiv after he met Olaf Scholz in Berlin on Sunday.", on: "2022-06-15")
        #expect(past.contains { $0.hasPrefix("meeting Emmanuel Macron/FR+Olaf Scholz/DE @DE 2022-06-12") }, "\(past)")
    }

    /// "Le mois suivant", "a year later": the month or the year after the last date given; "interrompu depuis 2018", "the
    /// first since 2019": a year after "depuis"/"since" tells how long something lasted, not when the event was; "entame
    /// dimanche" told in the present is the coming Sunday.
    @Test func theFollowingMonthAndSinceAYear() {
        let found = events(
            """
            Anthony Albanese et Xi Jinping se sont rencontrés à Bali en novembre 2022. Le mois suivant, Penny Wong s'était rendue à \
            Pékin pour relancer avec Wang Yi le dialogue stratégique, interrompu depuis 2018.
            """, on: "2023-11-06", language: .fr)
        #expect(found.contains("visit Penny Wong/AU @CN 2022-12 held"), "\(found)")
        #expect(!found.contains { $0.contains(" 2018 ") }, "\(found)")
        let later = events("Jacinda Ardern visited China in April 2019. A year later, she travelled to Japan.", on: "2021-01-10")
        #expect(later.contains("visit Jacinda Ardern/NZ @JP 2020 held"), "\(later)")
        let sunday = events("Le président chinois Xi Jinping entame dimanche une visite d'Etat en France.", on: "2024-05-04", language: .fr)
        #expect(sunday.contains("visit Xi Jinping/CN @FR 2024-05-05 planned"), "\(sunday)")
    }
}
