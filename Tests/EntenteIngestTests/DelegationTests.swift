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
        #expect(object.contains { $0.hasPrefix("visit Emmanuel Macron/FR @DE") }, "\(object)")
        #expect(object.allSatisfy { !$0.hasPrefix("visit Emmanuel Macron/FR+") }, "\(object)")
        // ("ont atterri à": landing is arriving.)
        let landed = events("Mardi, Emmanuel Macron et Olaf Scholz ont atterri à Kiev.", on: "2022-06-16")
        #expect(landed.contains("visit Emmanuel Macron/FR+Olaf Scholz/DE @UA 2022-06-14 held"), "\(landed)")
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

    /// "Le sommet qui s'est ouvert lundi, au château, réunit les cinq chefs d'État du G5 Sahel : le Malien A, …": the
    /// relative clause on the opening subject ends at the comma its verb follows, and those it gathers attend.
    /// ("Le président du Conseil européen, Charles Michel" is no "chef de l'État" afterwards.)
    @Test func aSummitGathersThoseListed() {
        let found = events(
            """
            Le sommet qui s'est ouvert lundi à Paris, au château de Vincennes, réunit les chefs d'État du G5 Sahel : le Malien \
            Ibrahim Boubacar Keïta, le Nigérien Mahamadou Issoufou et le Tchadien Idriss Déby Itno. Le président du Conseil \
            européen, Charles Michel, y participe également. Entre-temps, le chef de l'État s'était rendu le 20 décembre à Abidjan.
            """, on: "2020-01-13")
        let summit = found.first { $0.hasPrefix("summit ") } ?? ""
        for name in ["Ibrahim Boubacar Keïta/ML", "Mahamadou Issoufou/NE", "Idriss Déby/TD"] {
            #expect(summit.contains(name), "\(found)")
        }
        #expect(summit.contains("@FR 2020-01-13"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("visit Charles Michel") && $0.contains("@CI") }, "\(found)")
        let english = events(
            """
            The summit, which opened on Wednesday in Kuala Lumpur, brings together Chinese Premier Wen Jiabao and Japanese \
            Prime Minister Junichiro Koizumi.
            """, on: "2005-12-14", language: .en)
        #expect(english.contains("summit Wen Jiabao/CN+Junichiro Koizumi/JP @MY 2005-12-14 held"), "\(english)")
    }
}
