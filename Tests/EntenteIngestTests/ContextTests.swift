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

            U.S. Vice President Kamala Harris spoke briefly with Chinese President Xi Jinping on             Saturday on the sidelines of the APEC summit, a White House official said, five days after President Joe Biden             and Xi held three hours of talks in Bali.
            """, on: "2022-11-19")
        #expect(found.contains("meeting Kamala Harris/US+Xi Jinping/CN @TH 2022-11-19 held"), "\(found)")
        #expect(!found.contains { $0.contains("Kamala Harris") && $0.contains("@ID") }, "\(found)")
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
}
