import EntenteIngest
import Testing

/// Rules found reading batches 124–127: trips someone is expected to make, meetings someone urges others to hold, a summit's
/// attendance told after it, and a relative clause closed by "and" and a name.
struct ExpectedTripsAppealsAndAttendance {
    private func events(_ text: String, on date: String, language: Article.Language = .en) -> [String] {
        eventSummaries(text, on: date, language: language)
    }

    /// "is expected in" / "is due in" a place is a trip to come, of the subject before it or of the verb it is joined to by
    /// "and"; what was told before it keeps its own tense. A decision "expected in March" is no trip.
    @Test func expectedSomewhereIsATripToCome() {
        let tinubu = events("Mr Bola Tinubu is expected in New York next week for the UN General Assembly.", on: "2023-09-12")
        #expect(tinubu.contains("visit Bola Tinubu/NG @US 2023-09-18 planned"), "\(tinubu)")
        let lavrov = events(
            "The Russian minister Sergei Lavrov flew to Eswatini later on Monday, and is expected in Angola and Eritrea later this week.",
            on: "2023-01-23")
        #expect(lavrov.contains("visit Sergei Lavrov/RU @SZ 2023-01-23 held"), "\(lavrov)")
        #expect(lavrov.contains { $0.hasPrefix("visit Sergei Lavrov/RU @AO") && $0.hasSuffix("planned") }, "\(lavrov)")
        #expect(lavrov.contains { $0.hasPrefix("visit Sergei Lavrov/RU @ER") && $0.hasSuffix("planned") }, "\(lavrov)")
        let yellen = events(
            "Janet Yellen, who is currently in Zambia and is due in South Africa this week, met Hakainde Hichilema on Monday.",
            on: "2023-01-23")
        #expect(!yellen.contains { $0.hasPrefix("visit Janet Yellen/US @ZM") && $0.hasSuffix("planned") }, "\(yellen)")
        let decision = events("A decision is expected in March, and Bola Tinubu met Joe Biden in Abuja on Monday.", on: "2023-09-12")
        #expect(decision.contains("meeting Bola Tinubu/NG+Joe Biden/US @NG 2023-09-11 held"), "\(decision)")
        #expect(decision.count == 2, "\(decision)")
    }

    /// Who urges, asks or directs others to meet is no party to their meeting; with no one named among those asked, there is
    /// no meeting at all.
    @Test func anAppealToMeetIsTheirMeeting() {
        let urged = events("William Ruto urged Paul Kagame and Felix Tshisekedi to meet in Nairobi.", on: "2025-02-09")
        #expect(urged.contains("meeting Paul Kagame/RW+Félix Tshisekedi/CD @KE - planned"), "\(urged)")
        #expect(!urged.contains { $0.contains("William Ruto") }, "\(urged)")
        let object = events("William Ruto urged Felix Tshisekedi to meet Paul Kagame in Nairobi.", on: "2025-02-09")
        #expect(object.contains("meeting Félix Tshisekedi/CD+Paul Kagame/RW @KE - planned"), "\(object)")
        let chiefs = events(
            """
            The summit, hosted by President Samia Suluhu Hassan, was co-chaired by Kenya's President William Ruto. The leaders \
            directed the chiefs of defence forces of the two blocs to meet within five days in Goma.
            """, on: "2025-02-09")
        #expect(!chiefs.contains { $0.hasPrefix("meeting") || $0.contains("@CD") }, "\(chiefs)")
        // (Not an appeal: "met" with someone after "told".)
        let told = events("Bola Tinubu told reporters he had met Joe Biden in Abuja on Monday.", on: "2023-09-12")
        #expect(told.contains { $0.hasPrefix("meeting Bola Tinubu/NG+Joe Biden/US @NG 2023-09-11") }, "\(told)")
    }

    /// "It was attended by …" after a summit: those named attended it, and travelled to it from abroad.
    @Test func attendedByAfterTheSummit() {
        let found = events(
            """
            Heads of State from the East African Community yesterday called for a ceasefire in eastern Congo, at a joint summit \
            held in Dar es Salaam. It was attended by Presidents Paul Kagame of Rwanda, Cyril Ramaphosa of South Africa and Yoweri \
            Museveni of Uganda, among others.
            """, on: "2025-02-09")
        #expect(found.contains("summit Paul Kagame/RW+Cyril Ramaphosa/ZA+Yoweri Museveni/UG @TZ 2025-02-08 held"), "\(found)")
        #expect(found.contains("visit Cyril Ramaphosa/ZA @TZ 2025-02-08 held"), "\(found)")
    }

    /// A relative clause set off after a name ends at a comma followed by "and" and a capitalised word: the list it
    /// interrupted goes on. An English possessive ("Zimbabwe's") is no French "s'" verb opening a clause.
    @Test func andANameClosesTheRelativeClause() {
        let found = events(
            """
            The summit was co-chaired by Kenya's President William Ruto, who chairs the EAC, and Zimbabwe's President Emmerson \
            Mnangagwa, the SADC chairperson.
            """, on: "2025-02-09")
        #expect(found.contains { $0.hasPrefix("summit William Ruto/KE+Emmerson Mnangagwa/ZW") }, "\(found)")
        // (Still a clause's own list with commas inside: "who met A, B, and C".)
        let list = events(
            "Antony Blinken, who met Benjamin Netanyahu, Isaac Herzog, and Yoav Gallant in Tel Aviv on Monday, flew to Amman.",
            on: "2023-10-17")
        #expect(list.contains { $0.hasPrefix("meeting Antony Blinken/US+Benjamin Netanyahu/IL+Isaac Herzog/IL") }, "\(list)")
    }

    /// Whose minister, rival or predecessor someone is takes no part in what that someone does; what a person's own meeting
    /// or invitation tells is still theirs.
    @Test func aPossessorOfATitleTakesNoPart() {
        let leyva = events(
            "On July 28, Gustavo Petro's designated foreign minister Alvaro Leyva met Venezuela's foreign minister Carlos Faria in Caracas.",
            on: "2022-09-30")
        #expect(leyva.contains("meeting Álvaro Leyva/CO+Carlos Faria/VE @VE 2022-07-28 held"), "\(leyva)")
        #expect(!leyva.contains { $0.contains("Gustavo Petro") }, "\(leyva)")
        let rival = events("On Sunday Javier Milei met former president Jair Bolsonaro, Lula's main political rival, in Brasilia.", on: "2024-07-09")
        #expect(rival.contains("meeting Javier Milei/AR+Jair Bolsonaro/BR @BR 2024-07-07 held"), "\(rival)")
        let predecessor = events(
            "Biden's predecessor, Donald Trump, made Saudi Arabia the first stop of his first foreign trip as president in 2017.",
            on: "2022-07-15")
        #expect(predecessor.contains("visit Donald Trump/US @SA 2017 held"), "\(predecessor)")
        let readout = events(
            "Readout of President Joe Biden's Meeting with Prime Minister Keir Starmer of the United Kingdom.", on: "2024-09-13")
        #expect(readout.contains { $0.hasPrefix("meeting Joe Biden/US+Keir Starmer/GB") }, "\(readout)")
    }

    /// A town or state named with another country's adjective is that country's, whatever town of its name the gazetteer
    /// knows: "the southern Brazilian state of Santa Catarina" is not Mexico's Santa Catarina.
    @Test func aStateNamedWithItsCountrysAdjective() {
        let found = events(
            "Javier Milei spent Sunday in the southern Brazilian state of Santa Catarina, where he met former president Jair Bolsonaro.",
            on: "2024-07-09")
        #expect(found.contains("visit Javier Milei/AR @BR 2024-07-07 held"), "\(found)")
        #expect(!found.contains { $0.contains("@MX") }, "\(found)")
    }

    /// A call-off named as a noun ("l'annulation de sa visite", "le report de la visite", "the cancellation of … visit") calls
    /// off the event it names, and a weekday alone with it is the one gone by: the noun tells it done.
    @Test func aCallOffNamedAsANoun() {
        let tajani = events("Antonio Tajani a annoncé jeudi l'annulation de sa visite à Paris.", on: "2023-05-05", language: .fr)
        #expect(tajani.contains("cancellation Antonio Tajani/IT @FR 2023-05-04 held"), "\(tajani)")
        #expect(tajani.contains { $0.hasPrefix("visit Antonio Tajani/IT @FR") && $0.hasSuffix("cancelled") }, "\(tajani)")
        let charles = events(
            "Emmanuel Macron avait déjà dû demander, en mars 2023, le report de la visite d'État du roi Charles III en France.",
            on: "2024-05-27", language: .fr)
        #expect(charles.contains { $0.hasPrefix("visit Charles III/GB @FR") && $0.hasSuffix("postponed") }, "\(charles)")
        let hussein = events(
            """
            The difficulties stemmed from the cancellation of Jordanian Crown Prince Hussein's visit to the Al-Aqsa Mosque on             Wednesday.
            """, on: "2021-03-11")
        #expect(hussein.contains("visit Hussein, Crown Prince of Jordan/JO @- 2021-03-10 cancelled"), "\(hussein)")
        // (The noun with no event named after it is not one: "a regretté l'annulation" refers to one told before.)
        let regret = events("Frank-Walter Steinmeier a regretté l'annulation.", on: "2023-07-02", language: .fr)
        #expect(regret.isEmpty, "\(regret)")
    }

    /// A day and month without a year told in the pluperfect, nearest in the months to come, is the one gone by: "Le 1er
    /// juillet, M. Macron avait appelé …" in a paper of May. In the future it stays to come.
    @Test func aPluperfectDayIsTheYearBefore() {
        let call = events("Le 1er juillet, M. Macron avait appelé Frank-Walter Steinmeier.", on: "2024-05-27", language: .fr)
        #expect(call.contains("phone_call Emmanuel Macron/FR+Frank-Walter Steinmeier/DE @- 2023-07-01 held"), "\(call)")
        let met = events("On July 1, Emmanuel Macron had met Frank-Walter Steinmeier in Berlin.", on: "2024-05-27")
        #expect(met.contains("meeting Emmanuel Macron/FR+Frank-Walter Steinmeier/DE @DE 2023-07-01 held"), "\(met)")
        let coming = events("Le 1er juillet, M. Macron appellera Frank-Walter Steinmeier.", on: "2024-05-27", language: .fr)
        #expect(coming.contains("phone_call Emmanuel Macron/FR+Frank-Walter Steinmeier/DE @- 2024-07-01 planned"), "\(coming)")
    }

    /// French plans and meetings the batches told: "a prévu de" is a plan (its weekday the coming one), a press conference
    /// with a foreign leader is a meeting, and "la première visite … depuis Jacques Chirac en 2000" dates Chirac's visit.
    @Test func frenchPlansPressConferencesAndTheVisitBefore() {
        let plan = events("Olaf Scholz prévoit de rencontrer Emmanuel Macron jeudi à Paris.", on: "2024-01-31", language: .fr)
        #expect(plan.contains("meeting Olaf Scholz/DE+Emmanuel Macron/FR @FR 2024-02-01 planned"), "\(plan)")
        // (A plan of something else leaves the meeting told with it done.)
        let project = events(
            "Le projet prévoit de doubler les échanges, a expliqué Emmanuel Macron lors de sa rencontre avec Giorgia Meloni mardi à Rome.",
            on: "2024-01-31", language: .fr)
        #expect(project.contains("meeting Emmanuel Macron/FR+Giorgia Meloni/IT @IT 2024-01-30 held"), "\(project)")
        let press = events(
            "Emmanuel Macron a tenu mardi à Stockholm une conférence de presse avec le Premier ministre Ulf Kristersson.",
            on: "2024-01-31", language: .fr)
        #expect(press.contains("meeting Emmanuel Macron/FR+Ulf Kristersson/SE @SE 2024-01-30 held"), "\(press)")
        // (Not one with journalists, whoever the speaker then names.)
        let journalists = events(
            """
            Lors d'une conférence de presse avec des journalistes mardi, Dmitri Peskov a indiqué que Vladimir Poutine rencontrerait \
            Xi Jinping à Pékin en mai.
            """, on: "2024-01-31", language: .fr)
        #expect(!journalists.contains { $0.hasSuffix("held") }, "\(journalists)")
        let chirac = events(
            "Il s'agit de la première visite d'un président français en Suède depuis Jacques Chirac en 2000.", on: "2024-01-31",
            language: .fr)
        #expect(chirac.contains("visit Jacques Chirac/FR @SE 2000 held"), "\(chirac)")
    }

    /// A summit the sentence places nowhere is where its meeting of the same people is, so it is not merged with another
    /// summit of those days elsewhere; "were also in attendance" adds to it. A storm is no person.
    @Test func aSummitPlacedByItsMeetingAndItsAttendance() {
        let found = events(
            """
            Indian Prime Minister Narendra Modi on Thursday ended a three-day state visit to Guyana at the invitation of President \
            Irfaan Ali. On Wednesday, Mr Modi co-chaired the second CARICOM-India Summit alongside President Ali and Grenada's \
            Prime Minister Dickon Mitchell. Barbados' Prime Minister Mia Amor Mottley and other regional heads were also in \
            attendance. Mr Modi arrived in Georgetown from Rio de Janeiro, where he attended the G20 Leaders' Summit on Monday and \
            Tuesday.
            """, on: "2024-11-21")
        #expect(found.contains { $0.hasPrefix("summit Narendra Modi/IN+Irfaan Ali/") && $0.contains("Mia Mottley/BB @GY 2024-11-20") }, "\(found)")
        #expect(found.contains("visit Mia Mottley/BB @GY 2024-11-20 held"), "\(found)")
        #expect(found.contains("summit Narendra Modi/IN @BR 2024-11-18 held"), "\(found)")
        let storm = events(
            "President Joe Biden is postponing a trip to Germany and Angola this week to oversee preparations for Hurricane Milton.",
            on: "2024-10-08")
        #expect(!storm.contains { $0.contains("Hurricane") }, "\(storm)")
    }

    /// "a accueilli vendredi ses homologues centrafricain X, tchadien Y, … pour un sommet extraordinaire": the list goes on past
    /// each bare adjective, each guest travelled, and the summit is where and when the reception is.
    @Test func homologuesListedByTheirAdjectives() {
        let found = events(
            """
            Le président camerounais Paul Biya a accueilli vendredi à Yaoundé ses homologues centrafricain Faustin-Archange \
            Touadéra, tchadien Idriss Déby Itno et gabonais Ali Bongo Ondimba pour un sommet extraordinaire.
            """, on: "2016-12-24", language: .fr)
        #expect(found.contains("visit Idriss Déby/TD @CM 2016-12-23 held"), "\(found)")
        #expect(found.contains("visit Ali Bongo Ondimba/GA @CM 2016-12-23 held"), "\(found)")
        #expect(found.contains { $0.hasPrefix("summit Paul Biya/CM+Faustin-Archange Touadéra/CF+Idriss Déby/TD+Ali Bongo Ondimba/GA @CM 2016-12-23") }, "\(found)")
    }
}
