import EntenteIngest
import Testing

/// What a review of the twentieth session's rules found them doing to ordinary sentences, each now left alone or right.
struct WhatTheTwentiethSessionsRulesLeaveAlone {
    private func events(_ text: String, on date: String = "2021-06-10", language: Article.Language = .en) -> [String] {
        eventSummaries(text, on: date, language: language)
    }

    /// Being somewhere, then a "where" clause: the meeting keeps the day the trip has.
    @Test func aMeetingWhereTheTripIsKeepsItsDay() {
        let talks = events("President Emmanuel Macron was in Berlin on Monday, where he held talks with Chancellor Angela Merkel.")
        #expect(talks.contains("talks Emmanuel Macron/FR+Angela Merkel/DE @DE 2021-06-07 held"), "\(talks)")
        let sall = events("Le président Macky Sall sera à Berlin lundi, où il rencontrera la chancelière Angela Merkel, puis mardi à Paris.", language: .fr)
        #expect(sall.contains("meeting Macky Sall/SN+Angela Merkel/DE @DE 2021-06-14 planned"), "\(sall)")
    }

    /// A receiver's trip to come, or long past, is not where they receive now.
    @Test func aTripToComeIsNotWhereOneReceives() {
        let found = events(
            "Le président Emmanuel Macron se rendra en Chine en septembre. Il a reçu le Premier ministre indien Narendra Modi.", language: .fr)
        #expect(found.contains("meeting Emmanuel Macron/FR+Narendra Modi/IN @FR - held"), "\(found)")
    }

    /// What a meeting will do is no new date for it: "La rencontre aura permis d'aborder …", "The meeting will also address
    /// the treaty extended on February 3".
    @Test func whatAMeetingWillDoDatesNothing() {
        let french = events(
            """
            Le président Emmanuel Macron a reçu mardi le président Macky Sall. La rencontre aura permis d'aborder la situation au \
            Sahel, a indiqué l'Elysée mercredi.
            """, language: .fr)
        #expect(!french.contains { $0.hasSuffix("planned") }, "\(french)")
        let english = events(
            "President Joe Biden will meet Vladimir Putin in Geneva next week. The meeting will also address the New START treaty extended on February 3.")
        #expect(!english.contains { $0.contains("2021-02") }, "\(english)")
    }

    /// A country, troops or a thing somewhere is no one's trip.
    @Test func aCountryOrAThingSomewhereIsNoTrip() {
        for (text, language) in [
            ("Le président Emmanuel Macron a rappelé que la France est au Mali depuis 2013.", Article.Language.fr),
            ("Biden noted that the United States was in Afghanistan for twenty years.", .en),
            ("Biden said the ball is in Iran's court.", .en),
            ("President Joe Biden, whose son Beau was in Iraq, spoke to veterans.", .en),
            ("President Donald Trump's daughter Ivanka was visiting Argentina on Saturday.", .en),
            ("Biden said the aid will be going to Ukraine soon.", .en),
        ] {
            #expect(events(text, language: language).isEmpty, "\(text)")
        }
    }

    /// "Après un tête-à-tête avec X, le président Y a reçu …": the subject is Y, who has a verb of their own.
    @Test func theSubjectAfterTheOpeningWith() {
        let found = events(
            """
            Together with Chancellor Angela Merkel, Prime Minister Boris Johnson visited Kyiv on Tuesday. He met President \
            Volodymyr Zelenskyy.
            """)
        #expect(found.contains { $0.hasPrefix("meeting Boris Johnson/GB+Volodymyr Zelenskyy/UA @UA") }, "\(found)")
    }

    /// Not going somewhere that is no place ("n'ira pas au-delà de ses lignes rouges", "will not go to war") calls nothing off.
    @Test func notGoingToWarCallsNothingOff() {
        #expect(events("Le ministre russe Sergueï Lavrov a dit que la Russie n'ira pas au-delà de ses lignes rouges.", language: .fr).isEmpty)
        #expect(events("Macron said he will not go to war with Russia.").isEmpty)
    }

    /// Ségolène Royal's name is no honorific; a headline's title-case words after a comma are no one.
    @Test func royalIsANameAndTitleCaseIsNoOne() {
        let royal = events("Le président Emmanuel Macron a reçu mardi l'ancienne ministre Ségolène Royal.", language: .fr)
        #expect(royal.contains { $0.hasPrefix("meeting Emmanuel Macron/FR+Ségolène Royal") }, "\(royal)")
        let headline = events("Macron Hosts Merkel, Draghi Ahead of EU Summit")
        #expect(!headline.contains { $0.contains("Draghi Ahead") }, "\(headline)")
    }

    /// An announcement's day stays the event's when only a relative clause after it has a "would".
    @Test func aRelativeClausesWouldKeepsTheDay() {
        let found = events("In 2019, it was reported that Kim Jong-un met Vladimir Putin in Vladivostok, which would become a turning point.")
        #expect(found.contains { $0.hasPrefix("meeting Kim Jong-un/KP+Vladimir Putin/RU @RU 2019") }, "\(found)")
    }

    /// A headline followed by a wire's credit in brackets stays apart; a transit country is no stop.
    @Test func creditsAndTransits() {
        let credit = "Macron to visit Algeria\n(Reuters) - French President Emmanuel Macron met Abdelmadjid Tebboune in Algiers in 2017."
        #expect(TextCleaner.clean(credit) == credit)
        let transit = events("President Volodymyr Zelenskyy travelled to Washington via Poland on Tuesday.")
        #expect(!transit.contains { $0.contains("@PL") }, "\(transit)")
    }

    /// The second read: a subject with its title's small words or a particle before the verb of being somewhere ("Le chef de
    /// l'Etat sera à Alger", "Ursula von der Leyen will be in Kyiv", "Abdel Fattah al-Sisi will be in Paris").
    @Test func titlesAndParticlesBeforeBeingThere() {
        let chief = events("Emmanuel Macron a reçu jeudi Olaf Scholz. Le chef de l'Etat sera à Alger dimanche.", on: "2022-08-25", language: .fr)
        #expect(chief.contains("visit Emmanuel Macron/FR @DZ 2022-08-28 planned"), "\(chief)")
        let leyen = events("European Commission President Ursula von der Leyen will be in Kyiv on Monday.")
        #expect(leyen.contains("visit Ursula von der Leyen/EU @UA 2021-06-14 planned"), "\(leyen)")
        let sisi = events("Egyptian President Abdel Fattah al-Sisi will be in Paris on Monday.")
        #expect(sisi.contains("visit Abdel Fattah el-Sisi/EG @FR 2021-06-14 planned"), "\(sisi)")
    }

    /// A reception during a trip told as such ("Sur place, il recevra …", "During the visit he received …") is there; a call-off
    /// of going to a gathering stands ("will not go to the G20 summit in Bali").
    @Test func receivedDuringTheTripAndNotGoingToTheSummit() {
        let abidjan = events(
            "Emmanuel Macron se rendra lundi à Abidjan pour une visite de deux jours. Sur place, il recevra le président ghanéen Nana Akufo-Addo.",
            language: .fr)
        #expect(abidjan.contains("meeting Emmanuel Macron/FR+Nana Akufo-Addo/GH @CI 2021-06-14 planned"), "\(abidjan)")
        let write = events("Emmanuel Macron visited Abidjan on June 7 and 8. During the visit he received Ghanaian President Nana Akufo-Addo.", on: "2021-06-20")
        #expect(write.contains { $0.hasPrefix("meeting Emmanuel Macron/FR+Nana Akufo-Addo/GH @CI") }, "\(write)")
        let bali = events("Vladimir Putin will not go to the G20 summit in Bali, the Kremlin said.", on: "2022-11-10")
        #expect(bali.contains("visit Vladimir Putin/RU @ID - cancelled"), "\(bali)")
    }

    /// "La rencontre aura lieu à Paris le 5 juillet" dates the meeting to come, however far the day; one held
    /// stays held ("a rencontré Xi Jinping à Bali. La rencontre aura lieu en avril à Pékin" is another, in China).
    @Test func aMeetingToComeDatedAndOneHeldKept() {
        let paris = events(
            "Joe Biden rencontrera Vladimir Poutine, a annoncé la Maison Blanche. La rencontre aura lieu à Paris le 5 juillet.",
            language: .fr)
        #expect(paris.contains("meeting Joe Biden/US+Vladimir Putin/RU @FR 2021-07-05 planned"), "\(paris)")
        let bali = events("Emmanuel Macron a rencontré Xi Jinping à Bali en marge du G20. La rencontre aura lieu en avril à Pékin.", on: "2022-11-16", language: .fr)
        #expect(bali.contains("meeting Emmanuel Macron/FR+Xi Jinping/CN @ID - held"), "\(bali)")
        #expect(bali.contains("meeting Emmanuel Macron/FR+Xi Jinping/CN @CN 2023-04 planned"), "\(bali)")
    }

    /// "s'est envolé" is a verb of its own; an object further on is no subject; "ces derniers jours" is no one; a list of
    /// names in a sentence is no headline; "Royal Navy" is no one.
    @Test func subjectsListsAndInstitutions() {
        let envol = events(
            """
            Joe Biden est arrivé lundi à Paris. Après son entretien avec Joe Biden, le président Emmanuel Macron s'est envolé pour \
            Bruxelles. Il rencontrera Charles Michel mardi.
            """, language: .fr)
        #expect(envol.contains { $0.hasPrefix("meeting Emmanuel Macron/FR+Charles Michel/EU") }, "\(envol)")
        let object = events(
            """
            Emmanuel Macron est arrivé lundi à Abidjan. Après son entretien avec Alassane Ouattara, il a salué le travail de Macky \
            Sall, a précisé l'Elysée. Il se rendra ensuite au Bénin mardi.
            """, language: .fr)
        #expect(object.contains("visit Emmanuel Macron/FR @BJ 2021-06-15 planned"), "\(object)")
        let days = events("Olaf Scholz a salué la visite de ces derniers jours d'Emmanuel Macron en Chine.", on: "2022-08-10", language: .fr)
        #expect(!days.contains { $0.hasPrefix("visit Olaf Scholz") }, "\(days)")
        let list = events("Emmanuel Macron received Hermann Immongault, Alexis Lamek, Michael Moussa Adamo and Pacome Moubelet Boubeya in Paris.", on: "2023-02-10")
        #expect(list.contains { $0.contains("Alexis Lamek") && $0.contains("Michael Moussa Adamo") }, "\(list)")
        let navy = events("Macron was greeted by Royal Navy sailors as he arrived in London on Thursday.", on: "2023-02-10")
        #expect(!navy.contains { $0.contains("Royal Navy") }, "\(navy)")
    }
}

