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

    /// A headline followed by a wire's credit in brackets stays apart; a transit country is no stop; a trip "prévue en
    /// juillet" is still to come.
    @Test func creditsTransitsAndTripsPlanned() {
        let credit = "Macron to visit Algeria\n(Reuters) - French President Emmanuel Macron met Abdelmadjid Tebboune in Algiers in 2017."
        #expect(TextCleaner.clean(credit) == credit)
        let transit = events("President Volodymyr Zelenskyy travelled to Washington via Poland on Tuesday.")
        #expect(!transit.contains { $0.contains("@PL") }, "\(transit)")
        let planned = events("Emmanuel Macron a évoqué sa visite en Algérie prévue en juillet.", language: .fr)
        #expect(planned.contains("visit Emmanuel Macron/FR @DZ 2021-07 planned"), "\(planned)")
    }
}
