import EntenteIngest
import Testing

/// What is looked forward to, likely, or due is still to come, and its month is the coming one.
struct FutureMarkerTests {
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

    /// "devant" before a noun is where, not what is due: "a rencontré Xi Jinping devant la presse" was held.
    @Test func beforeThePressIsNoFuture() {
        let met = eventSummaries("Emmanuel Macron a rencontré Xi Jinping à Pékin devant la presse.", on: "2023-04-07")
        #expect(!met.isEmpty && met.allSatisfy { $0.hasSuffix("held") }, "\(met)")
    }
}
