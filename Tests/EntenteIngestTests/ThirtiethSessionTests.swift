import EntenteModel
import Testing

@testable import EntenteIngest

/// Rules from the thirtieth session: calls told around a call, the call before "the first since", a year carried within a
/// sentence, and a call-off across a city's country.
struct ThirtiethSessionRules {
    private func events(_ text: String, on date: String, language: Article.Language = .en) -> [String] {
        eventSummaries(text, on: date, language: language)
    }

    /// "spoke with X" outside a government readout is a call when the text is telling of calls: the sentence names one, or the
    /// last event told was one. Not when it is placed or said to be in person, nor "spoke with reporters".
    @Test func spokeWithAmongCalls() {
        let trump = events(
            """
            U.S. President Donald Trump held a lengthy phone call with Russian President Vladimir Putin on Feb. 12. \
            Trump then spoke with President Volodymyr Zelensky, who called the conversation meaningful.
            """, on: "2025-02-13")
        #expect(trump.contains("phone_call Donald Trump/US+Volodymyr Zelenskyy/UA @- 2025-02-12 held"), "\(trump)")
        let scholz = events(
            "The chancellor Olaf Scholz had spoken with Ukrainian President Volodymyr Zelenskyy before the call, the spokesman added.",
            on: "2024-11-16")
        #expect(scholz.contains { $0.hasPrefix("phone_call Olaf Scholz/DE+Volodymyr Zelenskyy/UA") }, "\(scholz)")
        let trudeau = events(
            """
            Mexican President Claudia Sheinbaum held a phone call with Trump on Monday. \
            Canadian Prime Minister Justin Trudeau also spoke with Trump on Monday morning.
            """, on: "2025-02-03")
        #expect(trudeau.contains("phone_call Justin Trudeau/CA+Donald Trump/US @- 2025-02-03 held"), "\(trudeau)")
        // Not in person, nor placed, nor with reporters, nor where no call is told.
        let placed = events(
            """
            Joe Biden held a phone call with Xi Jinping on Monday. \
            Biden later spoke with Emmanuel Macron in Paris on Tuesday.
            """, on: "2024-06-05")
        #expect(!placed.contains { $0.hasPrefix("phone_call Joe Biden/US+Emmanuel Macron") }, "\(placed)")
        let reporters = events(
            """
            Joe Biden held a phone call with Xi Jinping on Monday. \
            Biden then spoke with reporters about Emmanuel Macron.
            """, on: "2024-06-05")
        #expect(reporters.filter { $0.hasPrefix("phone_call") }.count == 1, "\(reporters)")
        let noCall = events("Joe Biden spoke with Emmanuel Macron on Tuesday about Ukraine.", on: "2024-06-05")
        #expect(!noCall.contains { $0.hasPrefix("phone_call") }, "\(noCall)")
        // Nor one denied, nor one told in an interview, nor with a compatriot or a host the registry does not know.
        let denied = events(
            """
            Olaf Scholz held a phone call with Vladimir Putin on Friday. \
            Emmanuel Macron had not spoken with Putin since September 2022.
            """, on: "2024-06-10")
        #expect(!denied.contains { $0.hasPrefix("phone_call Emmanuel Macron") && $0.contains("2024-06") }, "\(denied)")
        let interview = events(
            """
            Joe Biden held a phone call with Xi Jinping on Monday. \
            In a phone interview with Reuters, Volodymyr Zelensky said he spoke with Emmanuel Macron.
            """, on: "2024-06-10")
        #expect(!interview.contains { $0.contains("Volodymyr Zelenskyy/UA+Emmanuel Macron") }, "\(interview)")
        let aide = events(
            """
            Joe Biden held a phone call with Xi Jinping on Monday. \
            Biden then spoke with his national security adviser Jake Sullivan.
            """, on: "2024-06-10")
        #expect(aide.filter { $0.hasPrefix("phone_call") }.count == 1, "\(aide)")
    }

    /// "the first call since …", "leur premier échange depuis …", "ne s'étaient plus parlé depuis …": a call held then,
    /// between the people of the call told, or with the one named after the date in the place of their compatriot.
    @Test func theCallBeforeTheFirstSince() {
        let scholz = events(
            """
            German Chancellor Olaf Scholz held a phone call with Russian President Vladimir Putin on Friday. \
            The roughly hour-long conversation was the first between the two leaders since December 2022, a spokesman said.
            """, on: "2024-11-16")
        #expect(scholz.contains("phone_call Olaf Scholz/DE+Vladimir Putin/RU @- 2022-12 held"), "\(scholz)")
        let biden = events(
            """
            Donald Trump held a phone call with Russian President Vladimir Putin on Wednesday. \
            It was the first publicly confirmed call between a sitting U.S. president and Putin since Feb. 12, 2022, when Joe Biden \
            warned the Russian leader.
            """, on: "2025-02-13")
        #expect(biden.contains("phone_call Joe Biden/US+Vladimir Putin/RU @- 2022-02-12 held"), "\(biden)")
        let french = events(
            """
            Emmanuel Macron et Vladimir Poutine se sont entretenus mardi au téléphone pendant deux heures. \
            Les deux hommes ne s'étaient plus parlé depuis le 11 septembre 2022.
            """, on: "2025-07-02", language: .fr)
        #expect(french.contains("phone_call Emmanuel Macron/FR+Vladimir Putin/RU @- 2022-09-11 held"), "\(french)")
        // Not a first visit since, after a call; nor a first anything with no call told.
        let visit = events(
            """
            Emmanuel Macron held a phone call with Olaf Scholz on Monday. \
            Scholz will travel to Paris on Friday, his first visit to France since March 2023.
            """, on: "2024-06-03")
        #expect(!visit.contains { $0.hasPrefix("phone_call") && $0.contains("2023-03") }, "\(visit)")
        let none = events("It was the first meeting between Olaf Scholz and Emmanuel Macron since December 2022.", on: "2024-06-03")
        #expect(!none.contains { $0.hasPrefix("phone_call") }, "\(none)")
    }

    /// A day or month told without its year takes the year of the same month told with it earlier in the sentence.
    @Test func aYearCarriedWithinTheSentence() {
        let scholz = events(
            """
            Son prédécesseur, Olaf Scholz, avait suivi le même chemin en décembre 2021 : il avait été reçu à Paris par Emmanuel \
            Macron le 10 décembre, avant de se rendre à Varsovie le 12 décembre.
            """, on: "2025-05-08", language: .fr)
        #expect(scholz.contains("visit Olaf Scholz/DE @FR 2021-12-10 held"), "\(scholz)")
        #expect(scholz.contains("visit Olaf Scholz/DE @PL 2021-12-12 held"), "\(scholz)")
        // Another month keeps its own year.
        let other = events(
            "Olaf Scholz s'était rendu à Varsovie en décembre 2021 et a reçu Emmanuel Macron à Berlin le 10 mars.",
            on: "2025-05-08", language: .fr)
        #expect(other.contains { $0.hasPrefix("meeting") && $0.contains("2025-03-10") }, "\(other)")
        // A year guessed is no year written: "December 3" dates nothing else.
        let guessed = events("Emmanuel Macron visited Abu Dhabi on December 3, and he hosted Olaf Scholz in Paris on December 10.", on: "2024-06-10")
        #expect(guessed.contains("meeting Emmanuel Macron/FR+Olaf Scholz/DE @FR 2023-12-10 held"), "\(guessed)")
        // Nor a year told after "depuis": "depuis … février 2022, font suite à l'appel téléphonique du 12 février".
        let since = events(
            """
            Ces pourparlers, les premiers depuis le début de l'invasion russe en février 2022, font suite à l'appel téléphonique du \
            12 février entre Donald Trump et Vladimir Poutine.
            """, on: "2025-02-19", language: .fr)
        #expect(since.contains("phone_call Donald Trump/US+Vladimir Putin/RU @- 2025-02-12 held"), "\(since)")
    }

    /// "will not attend the summit in Lima, Peru, or travel to Bogota, Colombia": the commas around a city's country do not
    /// end what the call-off governs.
    @Test func aCallOffAcrossACitysCountry() {
        let trump = events(
            "President Trump will not attend the 8th Summit of the Americas in Lima, Peru, or travel to Bogota, Colombia, Sarah Sanders said.",
            on: "2018-04-10")
        #expect(trump.contains("visit Donald Trump/US @PE - cancelled"), "\(trump)")
        #expect(trump.contains("visit Donald Trump/US @CO - cancelled"), "\(trump)")
        // A comma of its own still ends it: "was postponing the summit, angered by …".
        #expect(ArticleExtractor.countryCommas(in: clause("in Lima, Peru, or Bogota, the capital")) == [7, 13])
        // Nor past a turn to something else.
        let ottawa = events("Trump will not attend the summit in Lima, Peru, but he will visit Ottawa, Canada, in July.", on: "2018-04-10")
        #expect(ottawa.contains("visit Donald Trump/US @CA 2018-07 planned"), "\(ottawa)")
    }

    /// A clause over a whole sentence, its places found, for the helpers that read them.
    private func clause(_ text: String) -> ArticleExtractor.Clause {
        let characters = Array(text)
        let places = PlaceFinder.mentions(in: characters)
        return ArticleExtractor.Clause(
            sentence: Sentence(text: text, offset: 0), text: text, folded: " " + ArticleExtractor.fold(text) + " ", start: 0, persons: [],
            places: places, sentencePlaces: places, dates: [], published: PartialDate("2018-04-10")!, status: .held)
    }

    /// A building named for a saint is no person: "St. Michael's Golden-Domed Monastery".
    @Test func aMonasteryIsNoOne() {
        let biden = events(
            """
            Biden met President Volodymyr Zelenskyy at Mariinsky Palace and the two leaders later walked to St. Michael's \
            Golden-Domed Monastery as air raid sirens sounded.
            """, on: "2023-02-21")
        #expect(biden.contains { $0.hasPrefix("meeting Joe Biden/US+Volodymyr Zelenskyy/UA @") }, "\(biden)")
        #expect(!biden.contains { $0.contains("Monastery") || $0.contains("Michael") }, "\(biden)")
        // "Temple" is a surname too.
        let temple = events("Emmanuel Macron met Justin Temple, the British envoy, in Paris on Monday.", on: "2024-06-11")
        #expect(temple.contains { $0.hasPrefix("meeting Emmanuel Macron/FR+Justin Temple") }, "\(temple)")
    }

    /// A French arrival told by its participle ("Arrivé dimanche …, M. Trudeau doit …", "…, arrivé mercredi à Pékin pour une
    /// visite d'État, doit …") is done whatever the main verb's tense; between commas it is an aside of its own, and it places
    /// what its subject does next.
    @Test func anArrivalByItsParticiple() {
        let trudeau = events(
            "Arrivé dimanche dans la capitale chinoise, M. Justin Trudeau doit s'entretenir mardi avec le président Xi Jinping.",
            on: "2017-12-05", language: .fr)
        #expect(trudeau.contains("visit Justin Trudeau/CA @CN 2017-12-03 held"), "\(trudeau)")
        let macron = events(
            """
            Le président français Emmanuel Macron, arrivé mercredi à Pékin pour une visite d'Etat de trois jours, doit s'entretenir \
            jeudi avec son homologue chinois Xi Jinping.
            """, on: "2023-04-06", language: .fr)
        #expect(macron.contains("visit Emmanuel Macron/FR @CN 2023-04-05 held"), "\(macron)")
        #expect(macron.contains("meeting Emmanuel Macron/FR+Xi Jinping/CN @CN 2023-04-06 planned"), "\(macron)")
        // Feminine, with a past verb: the meeting keeps the arrival's day.
        let meloni = events("Giorgia Meloni, arrivée lundi à Tunis, a rencontré Kais Saied.", on: "2024-06-10", language: .fr)
        #expect(meloni.contains("meeting Giorgia Meloni/IT+Kais Saied/TN @TN 2024-06-10 held"), "\(meloni)")
        // What the subject does next is where the aside brought them.
        let assad = events(
            """
            Le président syrien Bachar el-Assad, arrivé jeudi soir à Djeddah, a été accueilli vendredi par le prince héritier \
            saoudien Mohammed ben Salmane à l'ouverture du sommet de la Ligue arabe.
            """, on: "2023-05-20", language: .fr)
        #expect(assad.contains("visit Bashar al-Assad/SY @SA 2023-05-18 held"), "\(assad)")
        #expect(assad.contains("meeting Bashar al-Assad/SY+Mohammed bin Salman/SA @SA 2023-05-19 held"), "\(assad)")
        let biden = events(
            """
            Biden, who arrived in Brussels on Sunday evening, joined leaders of the other 29 member states for a summit hosted by \
            Secretary-General Jens Stoltenberg.
            """, on: "2021-06-15")
        #expect(biden.contains { $0.hasPrefix("summit Joe Biden/US") && $0.contains("@BE") }, "\(biden)")
        // English "arrive" is no participle: "will arrive in Paris on Monday" is still to come.
        let english = events("Joe Biden, who leaves Rome tonight, will arrive in Paris on Monday.", on: "2024-06-05")
        #expect(english.contains { $0.hasPrefix("visit Joe Biden/US @FR") && $0.hasSuffix("planned") }, "\(english)")
    }

    /// "stopped in neighboring Moldova": a neighbour's adjective between the stop and its country.
    @Test func aStopInANeighbouringCountry() {
        let macron = events(
            """
            Emmanuel Macron visited Kyiv on Thursday. \
            On Wednesday he also stopped in neighboring Moldova for talks with President Maia Sandu.
            """, on: "2022-06-17")
        #expect(macron.contains("visit Emmanuel Macron/FR @MD 2022-06-15 held"), "\(macron)")
        #expect(macron.contains("talks Emmanuel Macron/FR+Maia Sandu/MD @MD 2022-06-15 held"), "\(macron)")
    }

    /// ", and was due in Rome later on Thursday": being expected somewhere, told in the past, after a comma is a leg of its
    /// own, to come, and what was told before it stays done.
    @Test func aLegThatWasDue() {
        let zelensky = events(
            """
            Zelenskiy held talks in London on Wednesday with Prime Minister Keir Starmer, and was due in Rome later on Thursday to \
            meet Giorgia Meloni.
            """, on: "2024-10-10")
        #expect(zelensky.contains("talks Volodymyr Zelenskyy/UA+Keir Starmer/GB @GB 2024-10-09 held"), "\(zelensky)")
        #expect(zelensky.contains("visit Volodymyr Zelenskyy/UA @IT 2024-10-10 planned"), "\(zelensky)")
        #expect(zelensky.contains("meeting Volodymyr Zelenskyy/UA+Giorgia Meloni/IT @IT 2024-10-10 planned"), "\(zelensky)")
        let warsaw = events("Biden visited Kyiv on Monday. Biden was due in Warsaw later Monday.", on: "2023-02-20")
        #expect(warsaw.contains("visit Joe Biden/US @PL 2023-02-20 planned"), "\(warsaw)")
    }

    /// "His office said he would fly to Moscow": a pronoun right after the reporting verb is the reported clause's subject,
    /// unless someone named before says it ("Xi said he would …" stays Xi's), and not "they".
    @Test func aPronounAfterSaid() {
        let nehammer = events(
            """
            Austrian Chancellor Karl Nehammer visited Kyiv on Saturday. \
            On Sunday his office said he would fly to Moscow on Monday to meet Vladimir Putin.
            """, on: "2022-04-11")
        #expect(nehammer.contains("visit Karl Nehammer/AT @RU 2022-04-11 planned"), "\(nehammer)")
        #expect(nehammer.contains("meeting Karl Nehammer/AT+Vladimir Putin/RU @RU 2022-04-11 planned"), "\(nehammer)")
        // Not someone else's "he": "Peskov said he would travel", "Tokyo said he would visit".
        let peskov = events("Putin met Xi on Monday. Peskov said he would travel to Pyongyang next week.", on: "2024-06-10")
        #expect(!peskov.contains { $0.contains("@KP") }, "\(peskov)")
        // Nor a name the registry knows by its surname alone, when it is the one who says it.
        let amlo = events(
            """
            Mexican President Andres Manuel Lopez Obrador sent Foreign Minister Marcelo Ebrard to lead Mexico's delegation instead. \
            Lopez Obrador has said he will travel to Washington in July to meet Biden.
            """, on: "2022-06-10")
        #expect(amlo.contains("visit Andrés Manuel López Obrador/MX @US 2022-07 planned"), "\(amlo)")
        let joint = events(
            """
            Joe Biden hosted Narendra Modi, Scott Morrison and Yoshihide Suga at the White House on Friday. \
            A joint statement said they would meet annually.
            """, on: "2021-09-25")
        #expect(!joint.contains { $0.hasSuffix("planned") }, "\(joint)")
    }

    /// A next step joined by "and": "and is scheduled to travel to Guatemala", and a day then a subject pronoun ("…, and on
    /// Monday he held talks in El Salvador"), each a clause of the same subject with its own place and day.
    @Test func aNextStepJoinedByAnd() {
        let rubio = events(
            """
            Marco Rubio met Mulino on Sunday. \
            The secretary of state arrived in Costa Rica on Tuesday and is scheduled to travel to Guatemala on Wednesday.
            """, on: "2025-02-05")
        #expect(rubio.contains("visit Marco Rubio/US @CR 2025-02-04 held"), "\(rubio)")
        #expect(rubio.contains("visit Marco Rubio/US @GT 2025-02-05 planned"), "\(rubio)")
        let salvador = events(
            """
            On Sunday Marco Rubio met Panamanian President José Raúl Mulino in Panama City amid Trump's threats, and on Monday he held \
            talks in El Salvador with President Nayib Bukele.
            """, on: "2025-02-05")
        #expect(salvador.contains("meeting Marco Rubio/US+José Raúl Mulino/PA @PA 2025-02-02 held"), "\(salvador)")
        #expect(salvador.contains("talks Marco Rubio/US+Nayib Bukele/SV @SV 2025-02-03 held"), "\(salvador)")
        #expect(salvador.contains("visit Marco Rubio/US @SV 2025-02-03 held"), "\(salvador)")
        let french = events(
            "Dimanche, Marco Rubio a rencontré José Raúl Mulino à Panama, et lundi il s'est rendu au Salvador.", on: "2025-02-05", language: .fr)
        #expect(french.contains("visit Marco Rubio/US @SV 2025-02-03 held"), "\(french)")
    }

    /// "amid Trump's threats", "despite Putin's warnings": someone named in the possessive as the cause takes no part; an event
    /// of theirs still counts ("amid Trump's visit").
    @Test func aCauseInThePossessive() {
        let characters = Array("Rubio met Mulino amid Trump's threats to take back the canal.")
        let trump = PersonMention(name: "Donald Trump", country: "US", offset: 22, source: .surname)
        #expect(ArticleExtractor.namedAsCause(trump, in: characters))
        let visit = Array("Rubio met Mulino amid Trump's visit to Panama.")
        #expect(!ArticleExtractor.namedAsCause(trump, in: visit))
        let met = Array("Rubio met Mulino and Trump's envoy on Sunday.")
        #expect(!ArticleExtractor.namedAsCause(PersonMention(name: "Donald Trump", country: "US", offset: 21, source: .surname), in: met))
    }

    /// Who attended the summit just told: "Parmi eux figuraient …", "… assistaient également à la cérémonie d'ouverture", and who
    /// represents someone absent (with the absent one's country), each with a trip to it; not the one represented.
    @Test func attendanceListsAndRepresentatives() {
        let lead = "Le sommet de la Cédéao s'est ouvert samedi à Abuja, au Nigeria. Une vingtaine de chefs d'Etat y ont pris part."
        let among = events(lead + " Parmi eux figuraient le Burkinabè Roch Marc Christian Kaboré et le Béninois Patrice Talon.", on: "2018-12-17", language: .fr)
        #expect(among.contains("visit Roch Marc Christian Kaboré/BF @NG 2018-12-15 held"), "\(among)")
        #expect(among.contains("visit Patrice Talon/BJ @NG 2018-12-15 held"), "\(among)")
        let opening = events(
            lead + " Le président rwandais Paul Kagame et le président sénégalais Macky Sall assistaient également à la cérémonie d'ouverture.",
            on: "2018-12-17", language: .fr)
        #expect(opening.contains("visit Paul Kagame/RW @NG 2018-12-15 held"), "\(opening)")
        let represented = events(
            lead + " Le président ivoirien Alassane Ouattara, absent, était représenté par son vice-président Tiémoko Meyliet Koné.",
            on: "2018-12-17", language: .fr)
        #expect(represented.contains("visit Tiémoko Meyliet Koné/CI @NG 2018-12-15 held"), "\(represented)")
        #expect(!represented.contains { $0.contains("Alassane Ouattara") }, "\(represented)")
        // Nor those among the guests of a reception told after the summit.
        let reception = events(
            lead + " Emmanuel Macron a reçu à l'Elysée des chefs d'Etat africains. Parmi eux figuraient Paul Kagame et William Ruto.",
            on: "2018-12-17", language: .fr)
        #expect(!reception.contains { $0.hasPrefix("visit Paul Kagame/RW @NG") }, "\(reception)")
        // Another gathering still names no attendee: "à la cérémonie d'investiture".
        let other = events(lead + " Macky Sall assistait également à la cérémonie d'investiture à Accra.", on: "2018-12-17", language: .fr)
        #expect(!other.contains { $0.hasPrefix("visit Macky Sall/SN @NG") }, "\(other)")
    }

    /// A head of state in the local press: the dateline's date is the report's when the sentence dates its event, a title in
    /// apposition with another title and an honorific is the name after them, and a name of two words may be written the
    /// other way round.
    @Test func aSummitInTheLocalPress() {
        let niamey = events(
            """
            Niamey, le 8 juillet 2019 – Le sommet extraordinaire de l'Union africaine s'est tenu hier dimanche 7 juillet au Palais \
            des Congrès de Niamey, en présence du Président de la République, Chef de l'Etat, SE Issoufou Mahamadou.
            """, on: "2019-07-08", language: .fr)
        #expect(niamey.contains { $0.hasPrefix("summit Mahamadou Issoufou/NE @NE 2019-07-07") }, "\(niamey)")
        #expect(!niamey.contains { $0.contains("Emmanuel Macron") }, "\(niamey)")
        #expect(OfficeRegistry.person(soundingLike: "Issoufou Mahamadou", near: PartialDate("2019-07-08")!)?.name == "Mahamadou Issoufou")
        // Another date in a relative clause leaves the dateline's.
        let relative = events(
            "Niamey, le 8 juillet 2019 – Mahamadou Issoufou a reçu Nana Akufo-Addo, qu'il avait déjà rencontré en mars.",
            on: "2019-07-08", language: .fr)
        #expect(relative.contains { $0.hasPrefix("meeting") && $0.contains("2019-07-08") }, "\(relative)")
        // A dateline alone still dates what the sentence tells.
        let alone = events("Niamey, le 8 juillet 2019 – Le sommet de l'Union africaine s'est ouvert à Niamey.", on: "2019-07-08", language: .fr)
        #expect(alone.contains { $0.hasPrefix("summit") && $0.contains("2019-07-08") }, "\(alone)")
    }

    /// A tour's start told like an arrival ("Erdogan's tour began on Sunday in Angola", "Cette tournée avait débuté lundi à
    /// Conakry"), and a reception in the passive in its "où" clause, of that day.
    @Test func aTourStartAndItsReception() {
        let erdogan = events(
            "Erdogan's tour began on Sunday in Angola, where he held talks with President Joao Lourenco on Monday.", on: "2022-03-02")
        #expect(erdogan.contains { $0.hasPrefix("visit Recep Tayyip Erdoğan/TR @AO 2022-02-27") }, "\(erdogan)")
        let lavrov = events(
            """
            Sergueï Lavrov est à Ouagadougou. \
            Cette tournée avait débuté lundi à Conakry, où le ministre russe a été reçu par le général Mamadi Doumbouya.
            """, on: "2024-06-05", language: .fr)
        #expect(lavrov.contains("meeting Sergei Lavrov/RU+Mamady Doumbouya/GN @GN 2024-06-03 held"), "\(lavrov)")
        // A tour of no place is none: "The tour began badly for England".
        #expect(events("The tour began badly for England, the coach said.", on: "2022-03-02").isEmpty)
    }

    /// Meetings by another name: "une séance de travail avec", "an audience with", "un dîner de travail avec", and "rendre
    /// visite au président déchu, Mohamed Bazoum" (a title and a comma before the one visited); "set for Saturday" is to come.
    @Test func meetingsByAnotherName() {
        let diop = events(
            "L'émissaire malien Abdoulaye Diop avait eu une séance de travail avec le Premier ministre nigérien Ali Lamine Zeine à Niamey.",
            on: "2023-08-20", language: .fr)
        #expect(diop.contains { $0.hasPrefix("meeting Abdoulaye Diop/ML+Ali Lamine Zeine/NE @NE") }, "\(diop)")
        let bazoum = events(
            "Le ministre malien Abdoulaye Diop s'est rendu à Niamey avant de rendre visite au président déchu, Mohamed Bazoum.",
            on: "2023-08-20", language: .fr)
        #expect(bazoum.contains { $0.hasPrefix("meeting Abdoulaye Diop/ML+Mohamed Bazoum/NE @NE") }, "\(bazoum)")
        #expect(!bazoum.contains { $0.hasPrefix("visit Mohamed Bazoum") }, "\(bazoum)")
        let modi = events(
            "During his visit to the United Kingdom, Prime Minister Narendra Modi will also have an audience with Her Majesty The Queen.",
            on: "2022-04-20")
        #expect(modi.contains { $0.hasPrefix("meeting Narendra Modi/IN+Elizabeth II/GB @GB") && $0.hasSuffix("planned") }, "\(modi)")
        let dinner = events(
            "All eyes are now on Trump's working dinner with Chinese President Xi Jinping, set for Saturday evening after the summit closes.",
            on: "2018-11-30")
        #expect(dinner.contains("meeting Donald Trump/US+Xi Jinping/CN @- 2018-12-01 planned"), "\(dinner)")
    }

    /// "phoned X" is "called X": with someone right after it, not "phoned in sick" nor "phoned the embassy".
    @Test func phonedIsCalled() {
        let macron = events("Emmanuel Macron phoned Vladimir Putin on Tuesday.", on: "2024-06-12")
        #expect(macron == ["phone_call Emmanuel Macron/FR+Vladimir Putin/RU @- 2024-06-11 held"], "\(macron)")
        let planned = events("Emmanuel Macron will phone Vladimir Putin on Friday, the Elysee said.", on: "2024-06-12")
        #expect(planned.contains("phone_call Emmanuel Macron/FR+Vladimir Putin/RU @- 2024-06-14 planned"), "\(planned)")
        #expect(events("Emmanuel Macron phoned in sick on Tuesday.", on: "2024-06-12").isEmpty)
        #expect(events("Emmanuel Macron phoned the embassy in Kyiv on Tuesday.", on: "2024-06-12").isEmpty)
    }
}
