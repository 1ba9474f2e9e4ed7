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

    /// A call is between two: "spoke by phone with A, B and C" is a call with each, and so is a list after "dont"
    /// ("avec plusieurs dirigeants étrangers, dont A, B, C et D"), which is no relative clause. Who is spoken about is
    /// no one called.
    @Test func aCallWithEachOneListed() {
        let english = eventSummaries("Emmanuel Macron spoke by phone with Donald Trump, Theresa May and Angela Merkel on Sunday.", on: "2017-05-08", language: .en)
        #expect(english == [
            "phone_call Emmanuel Macron/FR+Donald Trump/US @- 2017-05-07 held", "phone_call Emmanuel Macron/FR+Theresa May/GB @- 2017-05-07 held",
            "phone_call Emmanuel Macron/FR+Angela Merkel/DE @- 2017-05-07 held",
        ], "\(english)")
        let french = eventSummaries(
            """
            Le président élu Emmanuel Macron s'est entretenu par téléphone depuis hier soir avec plusieurs dirigeants étrangers, \
            dont Donald Trump, Theresa May, Angela Merkel, Justin Trudeau et Recep Tayyip Erdogan, a annoncé aujourd'hui son parti.
            """, on: "2017-05-08")
        for other in ["Donald Trump/US", "Theresa May/GB", "Angela Merkel/DE", "Justin Trudeau/CA", "Recep Tayyip Erdoğan/TR"] {
            #expect(french.contains("phone_call Emmanuel Macron/FR+\(other) @- 2017-05-07 held"), "\(french)")
        }
        let about = eventSummaries("Emmanuel Macron spoke by phone with Vladimir Putin about Volodymyr Zelenskyy and Recep Tayyip Erdogan on Sunday.", on: "2022-05-09", language: .en)
        #expect(about == ["phone_call Emmanuel Macron/FR+Vladimir Putin/RU @- 2022-05-08 held"], "\(about)")
    }

    /// "his counterparts in Algeria, Mauritania, Senegal and Mali": the holders of the subject's office there, each met on
    /// their own; on a tour with no place told, each at home. The countries of the title place nothing, but a place told after
    /// it does ("The next meeting of Azerbaijani, Turkish and Georgian foreign ministers will be held in Georgia").
    @Test func counterpartsAreMetEachOnTheirOwn() {
        let tour = eventSummaries(
            """
            Turkey's president Recep Tayyip Erdogan is set to go on a five-day official visit to four African countries. Erdogan \
            will hold talks with his counterparts in Algeria, Mauritania, Senegal and Mali.
            """, on: "2018-02-25", language: .en)
        for (leader, country) in [("Abdelaziz Bouteflika", "DZ"), ("Mohamed Ould Abdel Aziz", "MR"), ("Macky Sall", "SN"), ("Ibrahim Boubacar Keïta", "ML")] {
            #expect(tour.contains("talks Recep Tayyip Erdoğan/TR+\(leader)/\(country) @\(country) - planned"), "\(tour)")
        }
        let held = eventSummaries(
            "The next meeting of Azerbaijani, Turkish and Georgian foreign ministers will be held in Georgia in November.", on: "2015-05-25", language: .en)
        #expect(held.contains { $0.hasPrefix("meeting Elmar Mammadyarov/AZ+Mevlüt Çavuşoğlu/TR+Tamar Beruchashvili/GE @GE") }, "\(held)")
    }

    /// "held phone conversations with the leaders of Kenya, Uganda and Eritrea": a plural title's holders, one call each.
    @Test func callsWithTheLeadersOfSeveralCountries() {
        let events = eventSummaries(
            "Prime Minister Abiy Ahmed said he held phone conversations with the leaders of Kenya, Uganda and Eritrea.",
            on: "2021-12-08", language: .en)
        #expect(events.filter { $0.hasPrefix("phone_call") } == [
            "phone_call Abiy Ahmed/ET+Uhuru Kenyatta/KE @- 2021-12-08 held", "phone_call Abiy Ahmed/ET+Yoweri Museveni/UG @- 2021-12-08 held",
            "phone_call Abiy Ahmed/ET+Isaias Afwerki/ER @- 2021-12-08 held",
        ], "\(events)")
        // (Not the caller's own: "the prime ministers of Poland and Ukraine's other neighbours".)
        let own = eventSummaries(
            "Ukrainian President Volodymyr Zelensky spoke by phone on Monday with the prime ministers of Poland and Ukraine's other neighbours.",
            on: "2023-06-10", language: .en)
        #expect(!own.contains { $0.contains("Denys Shmyhal") }, "\(own)")
    }
}
