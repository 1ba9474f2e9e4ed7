import EntenteIngest
import Testing

/// What a review of the twenty-second session's rules found them doing to ordinary sentences, each now left alone or right.
struct WhatTheTwentySecondSessionsRulesLeaveAlone {
    private func events(_ text: String, on date: String = "2023-05-10", language: Article.Language = .en) -> [String] {
        eventSummaries(text, on: date, language: language)
    }

    /// A call list is names, titles and countries, and no name in the possessive: "with Vladimir Putin, Zelenskyy's office
    /// said" is one call; so is "…, comme l'avait fait Olaf Scholz la veille".
    @Test func aCallListIsOnlyAList() {
        #expect(events("Olaf Scholz spoke by phone with Vladimir Putin, Zelenskyy's office said.") == [
            "phone_call Olaf Scholz/DE+Vladimir Putin/RU @- 2023-05-10 held",
        ])
        #expect(events("Olaf Scholz spoke by phone with Dmytro Kuleba, Volodymyr Zelenskyy's foreign minister.").count == 1)
        let french = events(
            "Emmanuel Macron s'est entretenu par téléphone avec Vladimir Poutine, comme l'avait fait Olaf Scholz la veille.", language: .fr)
        #expect(french == ["phone_call Emmanuel Macron/FR+Vladimir Putin/RU @- 2023-05-09 held"], "\(french)")
    }

    /// A litotes before a verb that undoes ("did not hesitate to cancel his trip") tells nothing done.
    @Test func aLitotesBeforeCallingOff() {
        #expect(!events("Emmanuel Macron did not hesitate to cancel his trip to Algeria.").contains { $0.hasSuffix(" held") && $0.hasPrefix("visit") })
        #expect(!events("Emmanuel Macron n'a pas hésité à annuler sa visite en Algérie.", language: .fr).contains { $0.hasPrefix("visit") && $0.hasSuffix(" held") })
    }

    /// "forthcoming" and "imminent" mark what is to come only right before the event's noun.
    @Test func forthcomingBeforeTheNounOnly() {
        let bali = events("Joe Biden was not forthcoming about his meeting with Xi Jinping in Bali last year.")
        #expect(bali.contains("meeting Joe Biden/US+Xi Jinping/CN @ID 2022 held"), "\(bali)")
        #expect(events("The threat was imminent during Emmanuel Macron's visit to Kyiv last year.") == ["visit Emmanuel Macron/FR @UA 2022 held"])
    }

    /// Someone else's being there is no further leg of the first trip.
    @Test func anotherOnesBeingThereIsNoLeg() {
        let legs = events("Antony Blinken visited Israel on Monday; his Russian counterpart Sergei Lavrov was in Turkey.")
        #expect(!legs.contains { $0.hasPrefix("visit Antony Blinken/US @TR") }, "\(legs)")
    }

    /// What was done, apart from a trip to come, takes no day the text gave that trip.
    @Test func whatWasDoneTakesNoDayOfATripToCome() {
        let blinken = events("Antony Blinken will travel to China on Sunday. He met with Wang Yi.")
        #expect(blinken.contains("meeting Antony Blinken/US+Wang Yi/CN @- - held"), "\(blinken)")
    }

    /// Someone else's trip named after a topic word stays a topic: "pour évoquer … le voyage en Chine de ce dernier" does not
    /// place the reception in China.
    @Test func anothersTripStaysATopic() {
        let scholz = events("Emmanuel Macron a reçu Olaf Scholz lundi pour évoquer la guerre en Ukraine et le voyage en Chine de ce dernier.", language: .fr)
        #expect(scholz.contains("meeting Emmanuel Macron/FR+Olaf Scholz/DE @FR 2023-05-08 held"), "\(scholz)")
        #expect(!scholz.contains { $0.contains("@CN") }, "\(scholz)")
    }

    /// A country before a comma still gives the title after it its country when the name there is the holder's.
    @Test func aCountryBeforeACommaAndItsHoldersName() {
        let xi = events("Back in China, President Xi met Lula in April.")
        #expect(xi.contains("meeting Xi Jinping/CN+Luiz Inácio Lula da Silva/BR @CN 2023-04 held"), "\(xi)")
    }

    /// "flew back to Paris on Monday, where he spoke with Vladimir Putin": no meeting in Paris.
    @Test func spokenWithAtHome() {
        #expect(!events("Emmanuel Macron flew back to Paris on Monday, where he spoke with Vladimir Putin.").contains { $0.hasPrefix("meeting") })
    }

    /// Counterparts met on a tour are each at home, even where the context offers one of their countries as the place.
    @Test func counterpartsOnATourAreAtHome() {
        let lavrov = events("Sergei Lavrov, on a tour of West Africa, held talks with his counterparts in Mali and Mauritania.")
        #expect(lavrov.contains("talks Sergei Lavrov/RU+Abdoulaye Diop/ML @ML - held"), "\(lavrov)")
        #expect(lavrov.contains("talks Sergei Lavrov/RU+Mohamed Salem Ould Merzoug/MR @MR - held"), "\(lavrov)")
    }
}
