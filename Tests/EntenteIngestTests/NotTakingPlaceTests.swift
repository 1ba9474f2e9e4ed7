import EntenteIngest
import Testing

/// What is told not to take place is called off.
struct NotTakingPlaceTests {
    /// "Le sommet prévu à Dakar n'aura pas lieu": the summit is cancelled; an attack that "n'a pas eu lieu" is no event.
    @Test func notTakingPlaceIsACallOff() {
        #expect(eventSummaries("Le sommet prévu à Dakar n'aura pas lieu.", on: "2008-03-13") == ["summit  @SN - cancelled"])
        #expect(eventSummaries("Le président a rappelé que l'attaque n'a pas eu lieu à Dakar.", on: "2008-03-13").isEmpty)
    }
}
