import EntenteIngest
import EntenteModel
import Testing

/// Summits the outside batches of the eleventh session turned up: a summit referred back to, who attended it, and
/// who travelled to it.
struct SummitTests {
    private func events(_ text: String, on date: String, language: Article.Language = .en) -> [String] {
        eventSummaries(text, on: date, language: language)
    }

    /// "un sommet UE–États-Unis, le premier depuis celui de Washington en novembre 2011": that date and place are the earlier
    /// summit's, not the one reported.
    @Test func theFirstSinceTheOneIn() {
        let found = events(
            """
            Le président du Conseil européen, Herman Van Rompuy, et le président de la Commission, José Manuel Barroso, ont \
            accueilli Barack Obama mercredi à Bruxelles pour un sommet UE–États-Unis, le premier depuis celui de Washington en \
            novembre 2011.
            """, on: "2014-03-26", language: .fr)
        #expect(found.contains("summit  @US 2011-11 held"), "\(found)")
        #expect(!found.contains { $0.contains("@BE 2011") }, "\(found)")
    }

    /// "The summit, attended by …": the summit just reported, not another; its attendees from abroad visit its host.
    @Test func theSummitReferredBackGainsItsAttendees() {
        let found = events(
            """
            British Prime Minister Keir Starmer hosted European leaders in London on Sunday for a summit on Ukraine. The summit, \
            attended by French President Emmanuel Macron and Polish Prime Minister Donald Tusk, agreed to draw up a peace plan.
            """, on: "2025-03-03")
        let summits = found.filter { $0.hasPrefix("summit") }
        #expect(summits == ["summit Keir Starmer/GB+Emmanuel Macron/FR+Donald Tusk/PL @GB 2025-03-02 held"], "\(found)")
        #expect(found.contains("visit Emmanuel Macron/FR @GB 2025-03-02 held"), "\(found)")
        #expect(found.contains("visit Donald Tusk/PL @GB 2025-03-02 held"), "\(found)")
        // French too: "Le sommet a réuni …".
        let french = events(
            """
            Un sommet des pays d'Amérique du Sud s'est tenu mardi à Brasilia. Le sommet a réuni le président chilien Gabriel \
            Boric et le président colombien Gustavo Petro.
            """, on: "2023-05-31", language: .fr)
        #expect(french.filter { $0.hasPrefix("summit") }.count == 1, "\(french)")
        #expect(french.contains("visit Gabriel Boric/CL @BR 2023-05-30 held"), "\(french)")
        #expect(french.contains("visit Gustavo Petro/CO @BR 2023-05-30 held"), "\(french)")
    }

    /// Only "the summit" as the sentence's subject refers back: "After the summit, Xi will pay a state visit …" tells
    /// of something else, and "The summit of the Americas" names a summit of its own.
    @Test func aSummitNamedInPassingIsNoReferenceBack() {
        let found = events(
            """
            Chinese President Xi Jinping on Wednesday attended the BRICS summit in Durban. The fourth summit was held in New \
            Delhi last March. After the summit, Xi will pay a state visit to the Republic of the Congo.
            """, on: "2013-03-27")
        #expect(!found.contains { $0.hasPrefix("visit Xi Jinping/CN @IN") }, "\(found)")
        #expect(!found.contains { $0.hasPrefix("summit Xi Jinping/CN @IN") }, "\(found)")
    }

    /// In an article on a summit under way, a leader who speaks there ("a prévenu", "warned") attends it, and travelled
    /// to it; one who speaks from elsewhere, or is said not to be there, does not.
    @Test func aLeaderSpeakingAtASummitUnderWayAttendsIt() {
        let found = events(
            """
            QUÉBEC (PC) - Les chefs d'État et de gouvernement des Amériques ont ouvert vendredi soir, à Québec, le troisième \
            Sommet des Amériques. Le président vénézuélien Hugo Chávez a prévenu qu'il émettrait des réserves sur le texte final. \
            Le Cubain Fidel Castro a qualifié le sommet de mascarade dans un discours prononcé à La Havane. Absent, le président \
            argentin Fernando de la Rúa a déclaré soutenir la déclaration.
            """, on: "2001-04-21", language: .fr)
        #expect(found.contains { $0.hasPrefix("summit Hugo Chávez/VE @CA 2001-04-20") }, "\(found)")
        #expect(found.contains("visit Hugo Chávez/VE @CA 2001-04-20 held"), "\(found)")
        #expect(!found.contains { $0.contains("Fidel Castro") && $0.contains("@CA") }, "\(found)")
        #expect(!found.contains { $0.contains("Rúa") }, "\(found)")
        // A summit that is over by days, or still to come, takes no speakers.
        let later = events(
            """
            Les dirigeants des Amériques s'étaient réunis à Québec en avril pour le troisième Sommet des Amériques. Le président \
            vénézuélien Hugo Chávez a prévenu qu'il émettrait des réserves sur le texte final.
            """, on: "2001-06-21", language: .fr)
        #expect(!later.contains { $0.hasPrefix("visit Hugo Chávez") }, "\(later)")
    }

    /// "a participé au sommet … aux côtés de A, B, C et D": every one named attends it, not the first three only.
    @Test func everyoneAlongsideAttends() {
        let found = events(
            """
            Ursula von der Leyen a participé vendredi à Montevideo au sommet du Mercosur aux côtés de l'hôte, Luis Lacalle Pou, \
            du Brésilien Luiz Inácio Lula da Silva, de l'Argentin Javier Milei et du Paraguayen Santiago Peña.
            """, on: "2024-12-07", language: .fr)
        let summit = found.first { $0.hasPrefix("summit") } ?? ""
        #expect(["Lacalle Pou", "Lula", "Milei", "Peña"].allSatisfy(summit.contains), "\(found)")
    }

    /// "les présidents russe et ukrainien, ainsi que la chancelière allemande": two presidents, not Germany's too; and what
    /// leaders "agreed to" do is to come, while what they did before it in the clause is done.
    @Test func pluralTitlesStopAtTheNextTitle() {
        let found = events(
            """
            Réunis à l'Elysée autour d'Emmanuel Macron lundi, les présidents russe et ukrainien, ainsi que la chancelière \
            allemande Angela Merkel, ont participé au premier sommet au format Normandie depuis trois ans.
            """, on: "2019-12-10", language: .fr)
        #expect(!found.contains { $0.contains("Steinmeier") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("summit") && $0.contains("Vladimir Putin/RU") && $0.contains("Angela Merkel/DE") }, "\(found)")
        let call = events("Xi and Trump spoke by phone on Nov. 14 and agreed to meet soon.", on: "2016-12-03")
        #expect(call.contains("phone_call Xi Jinping/CN+Donald Trump/US @- 2016-11-14 held"), "\(call)")
    }

    /// "ont annoncé mardi, lors d'un sommet à Charm el-Cheikh, …": what was announced at an event was announced that day.
    @Test func announcedAtASummitDatesIt() {
        let found = events(
            """
            Ariel Sharon et Mahmoud Abbas ont annoncé mardi, lors d'un sommet à Charm el-Cheikh, la fin des violences.
            """, on: "2005-02-09", language: .fr)
        #expect(found.contains { $0.hasPrefix("summit Ariel Sharon/IL+Mahmoud Abbas/PS @EG 2005-02-08") }, "\(found)")
    }

    /// What the review of the session's rules found, each narrowed.
    @Test func whatTheReviewFound() {
        // "agreed to meet … when they spoke by phone in July": the call, in a "when" clause after it, was held.
        let call = events(
            "Biden and Xi Jinping, who agreed to meet in person when they spoke by phone in July, held talks in Bali on Monday.",
            on: "2022-11-15")
        #expect(call.contains("phone_call Joe Biden/US+Xi Jinping/CN @- 2022-07 held"), "\(call)")
        // A lead's dateline does not place a meeting on the sidelines of a gathering held elsewhere.
        let sidelines = events(
            "WASHINGTON -- Antony Blinken met Wang Yi on Thursday on the sidelines of the ASEAN foreign ministers' meetings.",
            on: "2023-07-14")
        #expect(!sidelines.contains { $0.contains("@US") }, "\(sidelines)")
        // "L'ex-chancelière Merkel": a surname alone after a former title is the former office-holder.
        let former = events("L'ex-chancelière Merkel a retrouvé mardi soir à Washington Barack Obama.", on: "2024-12-04", language: .fr)
        #expect(former.contains("meeting Angela Merkel/DE+Barack Obama/US @US 2024-12-03 held"), "\(former)")
    }

    /// "Jiang Zemin, son homologue russe Vladimir Poutine, le Kazakh …, le Kirghiz Askar Akaïev, le Tadjik Emomali Rakhmonov
    /// et l'Ouzbek Islam Karimov ont signé … au terme d'un sommet": six attendees named as one subject attend, each under the
    /// registry's name, and "le Kirghiz" is a demonym, not part of a name.
    @Test func sixLeadersNamedAsOneSubjectAttend() {
        let found = eventSummaries(
            """
            Le président chinois Jiang Zemin, son homologue russe Vladimir Poutine, le Kazakh Noursoultan Nazarbaïev, le Kirghiz \
            Askar Akaïev, le Tadjik Emomali Rakhmonov et l'Ouzbek Islam Karimov ont signé vendredi la déclaration fondatrice au terme \
            d'un sommet de deux jours à Shanghai.
            """, on: "2001-06-15")
        let summit = found.first { $0.hasPrefix("summit") } ?? ""
        for name in ["Jiang Zemin", "Vladimir Putin", "Nursultan Nazarbayev", "Askar Akayev/KG", "Emomali Rahmon/TJ", "Islam Karimov"] {
            #expect(summit.contains(name), "\(name): \(found)")
        }
        #expect(!summit.contains("Kirghiz"), "\(found)")
        #expect(found.contains { $0.hasPrefix("visit Emomali Rahmon/TJ @CN") }, "\(found)")
    }

    /// "will attend the APEC summit in Lima and pay a state visit to Peru at the invitation of President Boluarte": the
    /// invitation is the visit's, told after the summit, and the subject attends; "invited Zelenskyy to attend the G20
    /// summit" still leaves the summit's people to come.
    @Test func anInvitationToldAfterTheSummitIsTheVisits() {
        let lima = events(
            "Xi Jinping will attend the APEC summit in Lima on Nov. 15-16 and pay a state visit to Peru at the invitation of President Dina Boluarte.",
            on: "2024-11-08")
        #expect(lima.contains { $0.hasPrefix("summit Xi Jinping/CN") && $0.hasSuffix("@PE 2024-11-15 planned") }, "\(lima)")
        #expect(lima.contains { $0.hasPrefix("invitation Dina Boluarte/PE+Xi Jinping/CN") }, "\(lima)")
        let bali = events("President Joko Widodo invited President Volodymyr Zelenskyy to attend the G20 Summit in Bali in November.", on: "2022-06-30")
        #expect(!bali.contains { $0.hasPrefix("summit") && $0.contains("Zelenskyy") }, "\(bali)")
    }

    /// "will attend the Group of Seven summit in Hiroshima on May 19-21": the trip to a summit named right after its verb
    /// shares the summit's days; "une visite de M. Obama à Moscou lors du sommet du G20 à Londres, le 1er avril" is a
    /// trip elsewhere, agreed at the summit, and does not.
    @Test func aTripToASummitSharesItsDays() {
        let hiroshima = events(
            """
            Yoon Suk Yeol and Fumio Kishida held a summit in Tokyo on March 16. Yoon will attend the Group of Seven summit in \
            Hiroshima on May 19-21 at Kishida's invitation.
            """, on: "2023-05-08")
        #expect(hiroshima.contains { $0.hasPrefix("summit Yoon Suk Yeol/KR") && $0.hasSuffix("@JP 2023-05-19 planned") }, "\(hiroshima)")
        #expect(!hiroshima.contains { $0.hasPrefix("summit") && $0.hasSuffix("2023-03-16 planned") }, "\(hiroshima)")
        #expect(hiroshima.contains("visit Yoon Suk Yeol/KR @JP 2023-05-19 planned"), "\(hiroshima)")
        let london = eventSummaries(
            """
            Les deux présidents Barack Obama et Dmitri Medvedev se sont mis d'accord sur l'organisation d'une visite de M. Obama \
            à Moscou lors du sommet du G20 à Londres, le 1er avril dernier.
            """, on: "2009-07-06")
        #expect(!london.contains { $0.hasPrefix("visit Barack Obama/US @RU 2009-04-01") }, "\(london)")
    }

    /// "…, parmi lesquelles celles de Jacques Chirac, …", "…, dont le président français Jacques Chirac et …": a list of
    /// attendees, no relative clause of its own; so is "dont Jacques Chirac et …", names joined by "et".
    @Test func attendeesListedAfterParmiLesquelsAndDont() {
        let parmi = eventSummaries(
            """
            Le sommet de la Francophonie s'est ouvert vendredi à Beyrouth en présence d'une cinquantaine de délégations, parmi \
            lesquelles celles de Jacques Chirac, Jean Chrétien et Abdoulaye Wade.
            """, on: "2002-10-21")
        #expect(parmi.contains("summit Jacques Chirac/FR+Jean Chrétien/CA+Abdoulaye Wade/SN @LB 2002-10-18 held"), "\(parmi)")
        let dont = eventSummaries(
            """
            Le sommet de la Francophonie a réuni vendredi à Beyrouth une trentaine de chefs d'État, dont le président français \
            Jacques Chirac et le Premier ministre canadien Jean Chrétien.
            """, on: "2002-10-21")
        #expect(dont.contains("summit Jacques Chirac/FR+Jean Chrétien/CA @LB 2002-10-18 held"), "\(dont)")
        let names = eventSummaries(
            """
            Le sommet de la Francophonie a réuni vendredi à Beyrouth une trentaine de chefs d'État, dont Jacques Chirac et le \
            Premier ministre canadien Jean Chrétien.
            """, on: "2002-10-21")
        #expect(names.contains("summit Jacques Chirac/FR+Jean Chrétien/CA @LB 2002-10-18 held"), "\(names)")
    }

    /// "Ouvert dimanche …, le sommet de l'UA, qui s'achève lundi soir" and, on Monday, "en marge du 31e sommet de l'Union
    /// africaine": one summit over both days, placed where the lead places it, with whoever either report names.
    @Test func theDaysOfOneSummitAreOneSummit() {
        let text = """
            NOUAKCHOTT, 2 juil 2018 (AFP) - Emmanuel Macron a réuni lundi à Nouakchott les chefs d'État du G5 Sahel, en marge \
            du 31e sommet de l'Union africaine.

            Ouvert dimanche sous la présidence du chef de l'État rwandais Paul Kagame, le sommet de l'UA, qui s'achève lundi \
            soir, a été consacré à la lutte contre la corruption.
            """
        let summits = ArticleExtractor().extract(Article(text: text, published: PartialDate("2018-07-02")!, language: .fr))
            .filter { $0.kind == "summit" }
        #expect(summits.count == 1, "\(summits)")
        #expect(Set(summits.first?.participants.map(\.name) ?? []) == ["Emmanuel Macron", "Paul Kagame"], "\(summits)")
        #expect(summits.first?.hostCountry == "MR", "\(summits)")
        #expect(summits.first?.start == PartialDate("2018-07-01") && summits.first?.end == PartialDate("2018-07-02"), "\(summits)")
    }

    /// "The three-day summit, which ends Sunday, was opened on Friday": the summit spans the day it opened to the day it
    /// closes, the closing weekday told in the present being the coming one.
    @Test func aSummitSpansItsOpeningAndClosingDays() {
        let text = """
            COLOMBO, Nov 15 (Reuters) - The three-day Commonwealth summit, which ends Sunday, was opened on Friday by Prince \
            Charles in Colombo.
            """
        let summits = ArticleExtractor().extract(Article(text: text, published: PartialDate("2013-11-15")!, language: .en))
            .filter { $0.kind == "summit" }
        #expect(summits.count == 1, "\(summits)")
        #expect(summits.first?.start == PartialDate("2013-11-15") && summits.first?.end == PartialDate("2013-11-17"), "\(summits)")
    }

    /// Two summits in one city on days apart stay two ("attended a NATO summit on Monday" and "an EU-U.S. summit on
    /// Tuesday" in Brussels).
    @Test func summitsPlacedApartOrInPassingStayApart() {
        let found = events(
            """
            In Brussels, Biden attended a NATO summit on Monday. On Tuesday he attended an EU-U.S. summit in Brussels with \
            Charles Michel.
            """, on: "2021-06-16")
        #expect(found.filter { $0.hasPrefix("summit") && $0.contains("@BE") }.count == 2, "\(found)")
    }

    /// Those who met at a summit's place during its days attended it ("en marge du sommet … s'est entretenu avec …"), but
    /// not at a summit of two, whose host country's leaders receive its guests.
    @Test func whoMetAtASummitAttendedIt() {
        let found = events(
            """
            Les dirigeants de l'Union africaine ont ouvert dimanche à Nouakchott leur 31e sommet, présidé par Paul Kagame. \
            Dimanche, à Nouakchott, le président sénégalais Macky Sall s'est entretenu avec le président nigérien Mahamadou \
            Issoufou.
            """, on: "2018-07-02")
        let summit = found.first { $0.hasPrefix("summit") } ?? ""
        #expect(summit.contains("Macky Sall") && summit.contains("Mahamadou Issoufou") && summit.contains("Paul Kagame"), "\(found)")
        let bilateral = events(
            """
            Donald Trump et Kim Jong-un ont ouvert mercredi à Hanoï leur deuxième sommet. Mercredi matin, à Hanoï, Donald Trump \
            avait été reçu par le président vietnamien Nguyen Phu Trong.
            """, on: "2019-02-28")
        #expect(!bilateral.contains { $0.hasPrefix("summit") && $0.contains("Trọng") }, "\(bilateral)")
    }

    /// "Seated around the horseshoe table … were A, B, C", "Autour de la table avaient pris place A, B, C": those seated
    /// attended the summit just reported, and travelled to it from abroad.
    @Test func thoseSeatedAroundTheTableAttend() {
        let found = events(
            """
            BEIRUT, March 28 (Reuters) - The Arab League summit in Beirut on Thursday endorsed a Saudi peace plan. Seated \
            around the horseshoe table when the declaration was read out were Lebanese President Emile Lahoud and Syrian \
            President Bashar al-Assad.
            """, on: "2002-03-28")
        let summit = found.first { $0.hasPrefix("summit") } ?? ""
        #expect(summit.contains("Émile Lahoud") && summit.contains("Bashar al-Assad"), "\(found)")
        #expect(found.contains("visit Bashar al-Assad/SY @LB 2002-03-28 held"), "\(found)")
        let french = events(
            """
            BIARRITZ, 25 août 2019 (AFP) - Le sommet du G7 s'est ouvert samedi à Biarritz. Autour de la table avaient pris \
            place Angela Merkel et Justin Trudeau.
            """, on: "2019-08-25", language: .fr)
        let g7 = french.first { $0.hasPrefix("summit") } ?? ""
        #expect(g7.contains("Angela Merkel") && g7.contains("Justin Trudeau"), "\(french)")
        // (A table with no one listed after it seats no one: "around the negotiating table were few illusions".)
        let none = events(
            "The G20 summit opened in Osaka on Friday. Around the negotiating table were few illusions about trade.", on: "2019-06-28")
        #expect(none.contains { $0.hasPrefix("summit") && $0.contains("@JP") }, "\(none)")
        #expect(!none.contains { $0.hasPrefix("meeting") || $0.hasPrefix("visit") }, "\(none)")
    }

    /// "vendredi, à la veille de l'ouverture du sommet, Macron l'avait reçu": the summit named for the time is the one
    /// reported, not another, and claims no date against the reception.
    @Test func aSummitNamedForTheTimeIsNoOther() {
        let found = events(
            """
            Le sommet du G7 s'est ouvert samedi à Biarritz. Vendredi, à la veille de l'ouverture du sommet, Emmanuel Macron \
            avait reçu à l'Élysée le ministre iranien des Affaires étrangères, Mohammad Javad Zarif.
            """, on: "2019-08-26", language: .fr)
        #expect(found.filter { $0.hasPrefix("summit") }.count == 1, "\(found)")
        #expect(found.contains("meeting Emmanuel Macron/FR+Mohammad Javad Zarif/IR @FR 2019-08-23 held"), "\(found)")
    }

    /// The country that hosts a summit, as the subject of the verb: "In 2019, Russia hosted the first ever Russia-Africa
    /// Summit", "Türkiye will host the annual NATO summit in 2026".
    @Test func theCountryThatHostsIt() {
        let found = eventSummaries(
            "In 2019, Russia hosted the first ever Russia-Africa Summit. Türkiye will host the annual NATO summit in 2026.",
            on: "2024-07-11", language: .en)
        #expect(found.contains("summit  @RU 2019 held"), "\(found)")
        #expect(found.contains("summit  @TR 2026 planned"), "\(found)")
    }

    /// A gathering named a meeting is a summit ("the two-day Asia-Europe Meeting"), lasting the days its noun is told to;
    /// "attended the summit of the G7" names a new summit, where "attended the summit" refers back to one.
    @Test func gatheringsNamedAMeetingAndSummitsNamedAfterTheirVerb() {
        let asem = ArticleExtractor().extract(Article(
            text: """
                Japanese Prime Minister Shinzo Abe left for Europe on Tuesday. Moving to Brussels on Thursday, Abe will take part \
                in the two-day Asia-Europe Meeting.
                """,
            published: PartialDate("2018-10-16")!, language: .en))
        let summit = asem.first { $0.kind == "summit" }
        #expect(summit?.hostCountry == "BE" && summit?.status == .planned, "\(asem)")
        #expect(summit?.start == PartialDate("2018-10-18") && summit?.end == PartialDate("2018-10-19"), "\(String(describing: summit))")
        let g7 = events(
            """
            Prime Minister Narendra Modi arrived in Port Moresby on Sunday. He arrived here from Japan, where he attended the \
            summit of the G7 advanced economies.
            """, on: "2023-05-21")
        #expect(g7.contains { $0.hasPrefix("summit Narendra Modi/IN @JP") }, "\(g7)")
        #expect(g7.contains { $0.hasPrefix("visit Narendra Modi/IN @JP") }, "\(g7)")
        // (The summit just told, referred back to: no second one.)
        let back = events(
            "The G20 summit opened in Osaka on Friday. Narendra Modi attended the summit and met Donald Trump.", on: "2019-06-28")
        #expect(back.filter { $0.hasPrefix("summit") }.count == 1, "\(back)")
    }

    /// "since the Beijing Summit of the Forum on China-Africa Cooperation in 2006", "the Lisbon summit": the city naming a
    /// summit hosts it; "the Korea-Japan summit" names a pair, no host.
    @Test func aCityNamingASummitHostsIt() {
        let beijing = events("This is Hu's second African tour since the Beijing Summit of the Forum on China-Africa Cooperation in 2006.", on: "2009-02-15")
        #expect(beijing.contains("summit  @CN 2006 held"), "\(beijing)")
        let lisbon = events("Obama attended the Lisbon summit of NATO in November 2010.", on: "2011-02-15")
        #expect(lisbon.contains("summit Barack Obama/US @PT 2010-11 held"), "\(lisbon)")
        let pair = events("Leaders prepared the Korea-Japan summit on Friday.", on: "2009-02-15")
        #expect(pair.allSatisfy { !$0.contains("@JP") && !$0.contains("@KR") }, "\(pair)")
    }

    /// Those who "avaient fait le déplacement" (or "Among those attending were …") in the sentence after a summit attended it,
    /// and travelled to it from abroad.
    @Test func thoseWhoMadeTheTripAttend() {
        let found = events(
            """
            Les dirigeants de la Cedeao ont ordonné le jeudi 10 août, à l'issue d'un sommet extraordinaire à Abuja, le déploiement \
            de la force. Autour du Nigérian Bola Tinubu, président en exercice de l'organisation, avaient notamment fait le \
            déplacement l'Ivoirien Alassane Ouattara, le Béninois Patrice Talon et le Sénégalais Macky Sall.
            """, on: "2023-08-12", language: .fr)
        let summit = found.first { $0.hasPrefix("summit") } ?? ""
        #expect(summit.contains("Alassane Ouattara/CI") && summit.contains("Macky Sall/SN") && summit.contains("@NG 2023-08-10"), "\(found)")
        #expect(found.contains("visit Patrice Talon/BJ @NG 2023-08-10 held"), "\(found)")
        let english = events(
            "The G20 summit opened in Rio de Janeiro on Monday. Among those attending were Xi Jinping and Narendra Modi.",
            on: "2024-11-19")
        #expect(english.contains("visit Narendra Modi/IN @BR 2024-11-18 held"), "\(english)")
    }
}
