import EntenteIngest
import Testing

/// A French verb's ending tells its future ("mènera", "présideront"), whether or not the trigger lists know the verb.
struct FrenchFutureTests {
    /// "une mini-tournée qui mènera M. Macron successivement au Bénin et en Guinée-Bissau": the one the tour takes travels,
    /// to each place, later than the day he arrived.
    @Test func aTourThatWillTakeSomeone() {
        #expect(eventSummaries(
            "Emmanuel Macron est arrivé lundi à Yaoundé. C'est la première étape d'une mini-tournée africaine qui mènera M. Macron successivement au Bénin et en Guinée-Bissau.",
            on: "2022-07-26") == [
                "visit Emmanuel Macron/FR @CM 2022-07-25 held",
                "visit Emmanuel Macron/FR @BJ - planned",
                "visit Emmanuel Macron/FR @GW - planned",
            ])
    }

    /// A verb in the future the lists do not name makes the clause's events planned; a noun that ends like one ("caméra")
    /// or a name ("Narendra") does not.
    @Test func futureByItsEnding() {
        let unlisted = eventSummaries("Une rencontre réunira à Berlin Olaf Scholz et Emmanuel Macron.", on: "2023-01-20")
        #expect(unlisted.contains { $0.hasPrefix("meeting Olaf Scholz/DE+Emmanuel Macron/FR @DE") && $0.hasSuffix("planned") }, "\(unlisted)")
        let held = eventSummaries("Narendra Modi a rencontré Xi Jinping à Pékin devant une caméra.", on: "2022-07-26")
        #expect(held.allSatisfy { $0.hasSuffix("held") } && !held.isEmpty, "\(held)")
        // (Nor the first part of a compound, "intra-palestinien".)
        let cairo = eventSummaries(
            "Mahmoud Abbas a rencontré Ismaïl Haniyeh au Caire mardi dans le cadre du dialogue intra-palestinien.", on: "2017-02-01")
        #expect(cairo.contains("meeting Mahmoud Abbas/PS+Ismail Haniyeh/PS @EG 2017-01-31 held"), "\(cairo)")
    }

    /// "The comprehensive tour will also include stops in A, B and C": a visit to each; Malabo, below the tables' population
    /// floor, is Equatorial Guinea's seat of government.
    @Test func stopsOnATourAndASmallCapital() {
        let tour = eventSummaries(
            "Antony Blinken will travel to Türkiye on January 5. The comprehensive tour will also include stops in Israel, Egypt and Qatar.",
            on: "2024-01-04", language: .en)
        #expect(["IL", "EG", "QA"].allSatisfy { country in tour.contains { $0.hasPrefix("visit Antony Blinken/US @\(country)") && $0.hasSuffix("planned") } }, "\(tour)")
        #expect(eventSummaries("Dmytro Kouleba est arrivé lundi à Malabo.", on: "2023-07-25") == ["visit Dmytro Kuleba/UA @GQ 2023-07-24 held"])
    }

    /// "se prépare à faire un saut au Canada dans les prochains jours pour y rencontrer …": a trip about to be made, and the
    /// meeting it is for; "avait eu des échanges francs avec": exchanges had in person are a meeting.
    @Test func aTripAboutToBeMadeAndExchangesHad() {
        let trip = eventSummaries(
            """
            Le président ukrainien, Volodymyr Zelensky, se prépare à faire un saut au Canada dans les prochains jours pour y \
            rencontrer le premier ministre Justin Trudeau.
            """, on: "2023-09-19")
        #expect(trip.contains("visit Volodymyr Zelenskyy/UA @CA 2023-09 planned"), "\(trip)")
        #expect(trip.contains("meeting Volodymyr Zelenskyy/UA+Justin Trudeau/CA @CA 2023-09 planned"), "\(trip)")
        let exchanges = eventSummaries(
            "À Paris, Xi Jinping avait eu des échanges francs avec le président français Emmanuel Macron lundi.", on: "2024-05-09")
        #expect(exchanges.contains("meeting Xi Jinping/CN+Emmanuel Macron/FR @FR 2024-05-06 held"), "\(exchanges)")
    }
}
