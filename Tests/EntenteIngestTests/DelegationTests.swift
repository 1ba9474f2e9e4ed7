import EntenteIngest
import Testing

/// Who travels together and who attends: people joined as one subject of a trip are one delegation.
struct DelegationTests {
    private func events(_ text: String, on date: String, language: Article.Language = .fr) -> [String] {
        eventSummaries(text, on: date, language: language)
    }

    /// "Le Nigérian Buhari et la Libérienne Sirleaf se sont rendus à Banjul. Ils ont rencontré Yahya Jammeh": one visit
    /// with both, and "ils" are those two. Not someone named after the trip ("…, où il a reçu X").
    @Test func subjectsJoinedTravelTogether() {
        let found = events(
            """
            Vendredi, le Nigérian Muhammadu Buhari et la Libérienne Ellen Johnson Sirleaf, présidente en exercice de la Cédéao, \
            se sont rendus à Banjul pour une nouvelle médiation. Ils ont rencontré Yahya Jammeh.
            """, on: "2017-01-14")
        #expect(found.contains("visit Muhammadu Buhari/NG+Ellen Johnson Sirleaf/LR @GM 2017-01-13 held"), "\(found)")
        #expect(found.contains { $0.hasPrefix("meeting Muhammadu Buhari/NG+Ellen Johnson Sirleaf/LR+Yahya Jammeh/GM @GM") }, "\(found)")
        let english = events(
            "Chancellor Angela Merkel and President François Hollande travelled to Kyiv on Thursday.", on: "2015-02-06", language: .en)
        #expect(english.contains("visit Angela Merkel/DE+François Hollande/FR @UA 2015-02-05 held"), "\(english)")
        let object = events(
            "Emmanuel Macron s'est rendu jeudi à Berlin, où il a retrouvé Olaf Scholz et Ursula von der Leyen.", on: "2023-07-14")
        #expect(object.allSatisfy { !$0.hasPrefix("visit Emmanuel Macron/FR+") }, "\(object)")
    }

    /// "…, le Sénégalais Macky Sall ou le Guinéen Alpha Condé, plusieurs dirigeants plus rares dans ce type de rencontre
    /// sont présents": those present attend the summit under way, each with a trip; "ce type de rencontre" is no meeting.
    @Test func thosePresentAttendTheSummit() {
        let found = events(
            """
            François Hollande a ouvert ce samedi à Bamako le 27e sommet Afrique-France. Outre les habitués, comme le Sénégalais \
            Macky Sall ou le Guinéen Alpha Condé, plusieurs dirigeants plus rares dans ce type de rencontre sont présents, à \
            l'image du Rwandais Paul Kagame.
            """, on: "2017-01-14")
        let summit = found.first { $0.hasPrefix("summit ") } ?? ""
        for name in ["François Hollande/FR", "Macky Sall/SN", "Alpha Condé/GN", "Paul Kagame/RW"] {
            #expect(summit.contains(name), "\(found)")
        }
        #expect(found.contains("visit Paul Kagame/RW @ML 2017-01-14 held"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("meeting") }, "\(found)")
    }
}
