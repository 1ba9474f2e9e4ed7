import EntenteIngest
import Testing

/// A photograph's caption ("A et B, à New York, le 18 septembre 2017. (AFP)"): the people it shows together, on the day it
/// gives, met there.
struct PhotoCaptionTests {
    /// Two people together, a place and a full date, no verb: their meeting that day, and the trip of the one from abroad.
    @Test func captionIsAMeetingThatDay() {
        #expect(eventSummaries(
            "Emmanuel Macron et Donald Trump, à New York (Etats-Unis), le 18 septembre 2017, à l'occasion de la 72e assemblée générale de l'ONU. (LUDOVIC MARIN / AFP)",
            on: "2018-04-20") == [
                "meeting Emmanuel Macron/FR+Donald Trump/US @US 2017-09-18 held",
                "visit Emmanuel Macron/FR @US 2017-09-18 held",
            ])
        // (Titles before the names, the place after the day; "à" is where, not a verb.)
        #expect(eventSummaries(
            "La chancelière allemande Angela Merkel et le président français François Hollande, lors d'une conférence de presse à l'Elysée, le 20 février 2015 à Paris. REUTERS/Pascal Rossignol",
            on: "2015-03-30") == [
                "meeting Angela Merkel/DE+François Hollande/FR @FR 2015-02-20 held",
                "visit Angela Merkel/DE @FR 2015-02-20 held",
            ])
        // ("at a news conference": in English, "a" is no verb.)
        #expect(eventSummaries(
            "French President Emmanuel Macron and U.S. President Donald Trump at a news conference in Washington, April 24, 2018. REUTERS/Kevin Lamarque",
            on: "2018-05-02", language: .en) == [
                "meeting Emmanuel Macron/FR+Donald Trump/US @US 2018-04-24 held",
                "visit Emmanuel Macron/FR @US 2018-04-24 held",
            ])
    }

    /// Not a caption: a sentence with a verb, one person alone, a day not yet come, or a day without its year.
    @Test func notACaption() {
        #expect(eventSummaries("Emmanuel Macron et Donald Trump ont parlé à New York, le 18 septembre 2017.", on: "2018-04-20").isEmpty)
        #expect(eventSummaries("François Hollande, le 5 juin 2013 à Paris [Etienne Laurent / Pool/AFP]", on: "2013-06-06").isEmpty)
        #expect(eventSummaries("Emmanuel Macron et Donald Trump, à New York, le 18 septembre 2017.", on: "2017-09-01").isEmpty)
        #expect(eventSummaries("Emmanuel Macron et Donald Trump, à New York, le 18 septembre.", on: "2017-09-20").isEmpty)
        // (A verb after the date, or an English one in "-ed".)
        #expect(eventSummaries("Marine Le Pen et Emmanuel Macron, le 7 mai 2017, ont obtenu 34 % et 66 % des voix.", on: "2017-05-08").isEmpty)
        #expect(eventSummaries("Boris Johnson and Liz Truss resigned on 7 July 2022 and 20 October 2022.", on: "2023-05-20", language: .en).isEmpty)
    }

    /// "President Yoon Suk Yeol (left) and Japanese Prime Minister Fumio Kishida on March 16 shake hands at the prime
    /// minister's official residence in Tokyo": a handshake is an encounter, where and when the caption says. (Not one
    /// refused: "Trump refused to shake hands with Pelosi".)
    @Test func aHandshakeIsAnEncounter() {
        let caption = eventSummaries(
            """
            President Yoon Suk Yeol (left) and Japanese Prime Minister Fumio Kishida on March 16 shake hands at the prime \
            minister's official residence in Tokyo.
            """, on: "2023-05-03", language: .en)
        #expect(caption.contains("meeting Yoon Suk Yeol/KR+Fumio Kishida/JP @JP 2023-03-16 held"), "\(caption)")
        #expect(caption.contains("visit Yoon Suk Yeol/KR @JP 2023-03-16 held"), "\(caption)")
        let refused = eventSummaries("President Donald Trump refused to shake hands with Chancellor Angela Merkel.", on: "2017-03-18", language: .en)
        #expect(!refused.contains { $0.hasPrefix("meeting") }, "\(refused)")
    }
}
