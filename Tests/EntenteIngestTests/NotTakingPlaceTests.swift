import EntenteIngest
import Testing

/// What is told not to take place is called off.
struct NotTakingPlaceTests {
    /// "Le sommet prévu à Dakar n'aura pas lieu": the summit is cancelled; an attack that "n'a pas eu lieu" is no event.
    @Test func notTakingPlaceIsACallOff() {
        #expect(eventSummaries("Le sommet prévu à Dakar n'aura pas lieu.", on: "2008-03-13") == ["summit  @SN - cancelled"])
        #expect(eventSummaries("Le président a rappelé que l'attaque n'a pas eu lieu à Dakar.", on: "2008-03-13").isEmpty)
    }

    /// A litotes is no negation: "n'a pas hésité à évoquer … lors de sa première visite à Pékin" was a visit (to Beijing,
    /// not to the war the sentence opens with), and "qu'il n'a pas manqué d'inviter en Allemagne" an invitation, whose
    /// place is not the meeting's. A plain negation still negates.
    @Test func aLitotesIsNoNegation() {
        let visit = eventSummaries(
            "La guerre en Ukraine - la cheffe de la diplomatie allemande Annalena Baerbock n'a pas hésité à évoquer tous les dossiers épineux lors de sa première visite à Pékin.",
            on: "2023-04-14")
        #expect(visit == ["visit Annalena Baerbock/DE @CN - held"], "\(visit)")
        let invited = eventSummaries(
            """
            Le chef de la diplomatie allemande est en visite à Téhéran. Frank-Walter Steinmeier a rencontré ce mercredi le président \
            iranien Hassan Rohani, qu'il n'a pas manqué d'inviter en Allemagne.
            """, on: "2016-02-03")
        #expect(invited.contains("meeting Frank-Walter Steinmeier/DE+Hassan Rouhani/IR @IR 2016-02-03 held"), "\(invited)")
        #expect(invited.contains("invitation Frank-Walter Steinmeier/DE+Hassan Rouhani/IR @DE 2016-02-03 held"), "\(invited)")
        #expect(!invited.contains { $0.hasPrefix("visit Hassan Rouhani") }, "\(invited)")
        let negated = eventSummaries("Annalena Baerbock n'a pas évoqué ce dossier lors de sa première visite à Pékin.", on: "2023-04-14")
        #expect(negated.isEmpty, "\(negated)")
    }
}
