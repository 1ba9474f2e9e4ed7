import EntenteIngest
import Testing

/// Ordinary sentences the nineteenth session's rules first misread (found by a review): each still reads as before.
struct ReviewCounterTests {
    /// A wish governs the trigger right after it only: "Erdogan, eager to boost trade, met Putin" was a meeting.
    @Test func aWishGovernsOnlyWhatFollowsIt() {
        let met = eventSummaries("Recep Tayyip Erdogan, eager to boost trade, met Vladimir Putin in Sochi on Friday.", on: "2024-05-05", language: .en)
        #expect(met.contains("meeting Recep Tayyip Erdoğan/TR+Vladimir Putin/RU @RU 2024-05-03 held"), "\(met)")
        let visited = eventSummaries("Emmanuel Macron, keen to repair ties, visited Algeria last August.", on: "2023-05-05", language: .en)
        #expect(visited.contains { $0.hasPrefix("visit Emmanuel Macron/FR @DZ 2022-08") && $0.hasSuffix("held") }, "\(visited)")
    }

    /// A "when" clause whose object is the antecedent keeps it: "…, when Joe Biden welcomed him at the White House".
    @Test func aWhenClauseAboutTheAntecedent() {
        let found = eventSummaries(
            "Narendra Modi was all smiles on Thursday, when Joe Biden welcomed him at the White House.", on: "2023-06-23", language: .en)
        #expect(found.contains { $0.hasPrefix("visit Narendra Modi/IN @US") }, "\(found)")
    }

    /// A second trip in the infinitive takes its auxiliary's tense, dated or not.
    @Test func aJoinedTripKeepsTheFuture() {
        let chile = eventSummaries("Antony Blinken will attend the summit in Argentina and then visit Chile.", on: "2024-05-05", language: .en)
        #expect(chile.contains("visit Antony Blinken/US @CL - planned"), "\(chile)")
        let seoul = eventSummaries("Antony Blinken is expected to fly to Tokyo and then travel to Seoul.", on: "2024-05-05", language: .en)
        #expect(seoul.contains("visit Antony Blinken/US @KR - planned"), "\(seoul)")
    }

    /// A semicolon after a phrase that is no title, or before a clause, ends a list of those met.
    @Test func aSemicolonBeforeAClauseEndsTheList() {
        let french = eventSummaries(
            "Le 25 mai, François Hollande a rencontré Angela Merkel à Berlin, en marge du forum ; Barack Obama était à Washington.",
            on: "2013-06-05")
        #expect(!french.contains { $0.contains("Barack Obama") }, "\(french)")
        let english = eventSummaries(
            "On Monday, Emmanuel Macron met Angela Merkel in Berlin, the German chancellor; Barack Obama stayed at home.",
            on: "2013-06-05", language: .en)
        #expect(!english.contains { $0.contains("Barack Obama") }, "\(english)")
    }

    /// A call-off is where the trip was to go, not where its cause is.
    @Test func aCallOffIsNotWhereItsCauseIs() {
        let floods = eventSummaries(
            "Prime Minister Narendra Modi postponed his trip to Japan due to floods in Bangladesh.", on: "2024-05-05", language: .en)
        #expect(floods.contains { $0.hasPrefix("cancellation Narendra Modi/IN @JP") }, "\(floods)")
        let tensions = eventSummaries("Vladimir Putin cancelled talks with Emmanuel Macron, citing tensions in Ukraine.", on: "2024-05-05", language: .en)
        #expect(!tensions.contains { $0.hasPrefix("cancellation") && $0.contains("@UA") }, "\(tensions)")
    }

    /// "PM" after a number is a time, and no title opens a new name: "At 10 PM Moscow Time".
    @Test func aTimeIsNoTitle() {
        let found = eventSummaries("At 10 PM Moscow Time on Friday, Vladimir Putin met Xi Jinping in the Kremlin.", on: "2024-05-05", language: .en)
        #expect(found.contains { $0.hasPrefix("meeting Vladimir Putin/RU+Xi Jinping/CN @RU") }, "\(found)")
        #expect(!found.joined().contains("Moscow Time"), "\(found)")
    }

    /// "à la fin du mois dernier" is last month, gone by; "s'est rendu … à la fin du mois" is done.
    @Test func theEndOfLastMonthIsPast() {
        let found = eventSummaries("Emmanuel Macron s'est rendu en Allemagne à la fin du mois dernier.", on: "2024-05-15")
        #expect(found.contains("visit Emmanuel Macron/FR @DE 2024-04 held"), "\(found)")
    }

    /// "on the last night of his visit" is no day before publication.
    @Test func theLastNightOfAVisit() {
        let found = eventSummaries(
            "Narendra Modi will dine with Emmanuel Macron at the Louvre on the last night of his visit to France next month.",
            on: "2024-05-05", language: .en)
        #expect(!found.contains { $0.contains("2024-05-04") }, "\(found)")
    }

    /// "that" before a verb of travel is a relative pronoun, not a demonstrative naming the visit told.
    @Test func aRelativeThatIsNoDemonstrative() {
        let found = eventSummaries(
            "Emmanuel Macron visited Germany on Monday. He was the first leader that travelled to Kyiv after the attack.",
            on: "2024-05-08", language: .en)
        #expect(found.contains { $0.hasPrefix("visit Emmanuel Macron/FR @UA") }, "\(found)")
    }

    /// Someone's destination for something is no trip: "la première destination de Xi Jinping pour ses investissements".
    @Test func aDestinationForSomething() {
        let found = eventSummaries(
            "La France est la première destination de Xi Jinping pour ses investissements, a déclaré Emmanuel Macron lundi.", on: "2024-05-08")
        #expect(!found.contains { $0.hasPrefix("visit Xi Jinping") }, "\(found)")
    }

    /// Deciding to cancel something that is no trip or gathering calls nothing off.
    @Test func decidingToCancelSomethingElse() {
        let found = eventSummaries(
            "Joe Biden decided to cancel student debt before he travelled to Japan on Monday.", on: "2024-05-08", language: .en)
        #expect(!found.contains { $0.hasSuffix("cancelled") || $0.hasPrefix("cancellation") }, "\(found)")
    }

    /// Speaking in person is a meeting only with the one spoken to: not "spoke with journalists about Volodymyr Zelensky",
    /// nor with someone the sentence names later.
    @Test func speakingWithOthers() {
        let found = eventSummaries(
            """
            Antony Blinken spoke with Kenyan students during his visit to Nairobi on Saturday, praising William Ruto. Upon \
            arrival, Sergei Lavrov spoke with journalists about Volodymyr Zelensky.
            """, on: "2024-05-05", language: .en)
        #expect(!found.contains { $0.hasPrefix("meeting") }, "\(found)")
    }

    /// "depuis celle que" tells of an earlier visit only after a first, and by its subject: not "la crise s'est apaisée
    /// depuis celle que Donald Trump avait provoquée en 2018".
    @Test func sinceTheOneThatWithoutAFirst() {
        let found = eventSummaries(
            "Emmanuel Macron a rencontré Vladimir Poutine lundi à Paris, alors que la crise s'est apaisée depuis celle que Donald Trump avait provoquée en 2018.",
            on: "2019-10-15")
        #expect(!found.contains { $0.contains("Donald Trump") }, "\(found)")
    }

    /// Only a date, a time of day and small words may stand between an arrival and its place: a stopover is no arrival.
    @Test func aStopoverIsNoArrival() {
        let found = eventSummaries(
            "François Hollande est arrivé samedi 3 novembre dans la soirée après une longue escale au Qatar.", on: "2012-11-04")
        #expect(!found.contains { $0.contains("@QA") }, "\(found)")
    }

    /// A lead's present dates only the event it is the verb of: not one told in the past beside it ("met Wang Yi to discuss
    /// Taiwan, which is in the spotlight"), a noun ("his visits to Asia") or a relative's habit ("who visits the US
    /// regularly").
    @Test func aPresentBesideTheEvent() {
        let found = eventSummaries(
            """
            Antony Blinken met Wang Yi to discuss Taiwan, which is in the spotlight. Blinken held talks with Wang Yi after his visits \
            to Asia. Narendra Modi, who visits the US regularly, met Joe Biden at the White House, his office said.
            """, on: "2024-05-05", language: .en)
        #expect(!found.contains { $0.contains("2024-05-05") }, "\(found)")
    }

    /// A country hosts a summit only as the verb's object, a few words at most: "Japan hosted President Biden last week
    /// ahead of the NATO summit" places no summit in Japan.
    @Test func hostingSomeoneElse() {
        let found = eventSummaries(
            """
            Japan hosted President Biden last week ahead of the NATO summit. China hosts Vladimir Putin before he travels to the \
            BRICS summit, officials said.
            """, on: "2024-07-11", language: .en)
        #expect(!found.contains { $0.hasPrefix("summit") && ($0.contains("@JP") || $0.contains("@CN")) }, "\(found)")
    }
}
