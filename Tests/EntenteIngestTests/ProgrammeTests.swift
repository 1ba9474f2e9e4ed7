import EntenteIngest
import Testing

/// A visit's programme told item by item: each next step with someone else ("…, puis sera reçu par Anne Hidalgo") is a
/// meeting of its own, on the day the programme last gave.
struct ProgrammeTests {
    /// "Mardi 20 décembre, … entretien avec François Hollande. Il déjeunera ensuite avec Gérard Larcher, …, puis sera reçu par
    /// Anne Hidalgo": three meetings on the Tuesday.
    @Test func theNextItemsAreOnTheDayGiven() {
        let found = eventSummaries(
            """
            Le président sénégalais Macky Sall entame lundi une visite d'État en France. Mardi 20 décembre, Macky Sall aura un \
            entretien avec François Hollande. Il déjeunera ensuite avec Gérard Larcher, le président du Sénat, puis sera reçu \
            par Anne Hidalgo, la maire de Paris.
            """, on: "2016-12-19")
        #expect(found.contains("meeting Macky Sall/SN+François Hollande/FR @FR 2016-12-20 planned"), "\(found)")
        #expect(found.contains { $0.hasPrefix("meeting Macky Sall/SN+Gérard Larcher/") && $0.hasSuffix("@FR 2016-12-20 planned") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("meeting Macky Sall/SN+Anne Hidalgo/") && $0.hasSuffix("@FR 2016-12-20 planned") }, "\(found)")
    }
}
