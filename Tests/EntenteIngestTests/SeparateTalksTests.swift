import EntenteIngest
import Testing

/// Talks told as bilateral, separate or respective with several people are one meeting each.
struct SeparateTalksTests {
    /// "held bilateral talks with Theresa May, Angela Merkel and Prayut Chan-o-cha": three meetings, and the guests' trips.
    @Test func bilateralTalksWithSeveral() {
        let brussels = eventSummaries(
            "Moon Jae-in held bilateral talks with Theresa May, Angela Merkel and Prayut Chan-o-cha in Brussels on Friday.",
            on: "2018-10-20", language: .en)
        for other in ["Theresa May/GB", "Angela Merkel/DE", "Prayut Chan-o-cha/TH"] {
            #expect(brussels.contains("talks Moon Jae-in/KR+\(other) @BE 2018-10-19 held"), "\(brussels)")
        }
        #expect(!brussels.contains { $0.split(separator: "+").count > 2 }, "\(brussels)")
    }

    /// Names paired with what is theirs ("…, the foreign ministers of China, Russia and Iran respectively, met") are one
    /// meeting of them all.
    @Test func respectivelyPairsNoMeetings() {
        let beijing = eventSummaries(
            "Wang Yi, Sergei Lavrov and Abbas Araghchi, the foreign ministers of China, Russia and Iran respectively, met in Beijing on Friday.",
            on: "2023-05-20", language: .en)
        #expect(beijing.contains("meeting Wang Yi/CN+Sergei Lavrov/RU+Abbas Araghchi/IR @CN 2023-05-19 held"), "\(beijing)")
    }

    /// "a multiplié les apartés avec ses pairs : A, le Premier ministre éthiopien ; B, la présidente de la Commission ; C,
    /// …": asides are meetings, one with each, and a list whose titles close with semicolons goes on past them.
    @Test func asidesWithAListClosedBySemicolons() {
        let found = eventSummaries(
            """
            À Addis-Abeba, le 25 mai, François Hollande a multiplié les apartés avec ses pairs : Hailemariam Desalegn, le Premier \
            ministre éthiopien ; Nkosazana Dlamini-Zuma, la présidente de la Commission de l'UA ; Goodluck Jonathan, le chef de \
            l'État nigérian.
            """, on: "2013-06-05")
        for other in ["Hailemariam Desalegn/ET", "Nkosazana Dlamini-Zuma/ZA", "Goodluck Jonathan/NG"] {
            #expect(found.contains("meeting François Hollande/FR+\(other) @ET 2013-05-25 held"), "\(found)")
        }
    }
}
