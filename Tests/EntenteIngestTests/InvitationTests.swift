import EntenteIngest
import Testing

/// Invitations: where they are to, and what they leave out.
struct InvitationTests {
    /// "invited his counterpart to visit his country", "à se rendre dans son pays": to the inviter's country; the trip
    /// invited to is the invitation's content, so neither the guest nor the host is on a trip of their own, and the
    /// invitation, issued with no date told, takes none from the trip's month.
    @Test func toVisitHisCountryIsToTheInviters() {
        let english = eventSummaries(
            "Mexican President Andrés Manuel López Obrador invited his U.S. counterpart, Joe Biden, to visit his country in September.",
            on: "2021-08-11", language: .en)
        #expect(english == ["invitation Andrés Manuel López Obrador/MX+Joe Biden/US @MX - held"], "\(english)")
        let french = eventSummaries(
            "Le président Abdelmadjid Tebboune a invité son homologue libanais Michel Aoun à se rendre dans son pays.", on: "2022-09-16")
        #expect(french == ["invitation Abdelmadjid Tebboune/DZ+Michel Aoun/LB @DZ - held"], "\(french)")
    }

    /// An invitation told after a meeting abroad leaves the traveller's visit there: "Lavrov a rencontré jeudi Kim Jong-un
    /// qu'il a invité à se rendre en Russie" is still Lavrov's visit to Pyongyang.
    @Test func anInvitationAfterAMeetingKeepsTheVisit() {
        let found = eventSummaries(
            "Le ministre russe Sergueï Lavrov a rencontré jeudi à Pyongyang le dirigeant Kim Jong-un, qu'il a invité à se rendre en Russie.",
            on: "2018-05-31")
        #expect(found.contains { $0.hasPrefix("visit Sergei Lavrov/RU @KP 2018-05-31") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("invitation Sergei Lavrov/RU+Kim Jong-un/KP @RU") }, "\(found)")
    }

    /// An invitation to a summit is to the summit's place, not to the guest's country named on the way; and the inviter and
    /// the guest do not meet there yet.
    @Test func anInvitationToASummitIsToItsPlace() {
        let found = eventSummaries("Le président Abdelmadjid Tebboune a invité le roi Abdallah II de Jordanie au sommet arabe d'Alger.", on: "2022-09-16")
        #expect(found.contains("invitation Abdelmadjid Tebboune/DZ+Abdullah II of Jordan/JO @DZ - held"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("meeting") }, "\(found)")
    }

    /// An invitation that names its destination before the summit is to that destination: "a invité Joe Biden en France, en
    /// marge du sommet du G7 en Italie".
    @Test func aDestinationBeforeTheSummitStands() {
        let found = eventSummaries("Emmanuel Macron a invité Joe Biden en France, en marge du sommet du G7 en Italie.", on: "2018-12-11")
        #expect(found.contains("invitation Emmanuel Macron/FR+Joe Biden/US @FR - held"), "\(found)")
    }

    /// The trip someone is invited to make is never the inviter's: "Joe Biden met Emmanuel Macron in Rome and invited him to
    /// visit his country" gives Biden no planned trip to Rome, and "Kim Jong-un qu'il a invité à se rendre en Russie" gives
    /// Lavrov none to Pyongyang.
    @Test func theInvitedTripIsNeverTheInviters() {
        let rome = eventSummaries(
            "Joe Biden met Emmanuel Macron in Rome on Friday and invited him to visit his country.", on: "2021-10-31", language: .en)
        #expect(rome.contains { $0.hasPrefix("invitation Joe Biden/US+Emmanuel Macron/FR @US") }, "\(rome)")
        #expect(!rome.contains { $0.hasPrefix("visit Joe Biden") && $0.hasSuffix("planned") }, "\(rome)")
        let pyongyang = eventSummaries(
            "Sergueï Lavrov a rencontré jeudi à Pyongyang le dirigeant nord-coréen Kim Jong-un qu'il a invité à se rendre en Russie.",
            on: "2018-05-31")
        #expect(!pyongyang.contains { $0.hasPrefix("visit Sergei Lavrov") && $0.hasSuffix("planned") }, "\(pyongyang)")
        #expect(pyongyang.contains { $0.hasPrefix("invitation Sergei Lavrov/RU+Kim Jong-un/KP @RU") }, "\(pyongyang)")
    }
}
