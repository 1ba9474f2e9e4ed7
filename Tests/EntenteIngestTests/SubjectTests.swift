import EntenteIngest
import Testing

/// Who a sentence is about, for the pronouns and the bare events of the sentences after it.
struct SubjectTests {
    /// "La journée a commencé par une rencontre avec X": the one met is no subject; the meeting is the guest's the article
    /// follows, and so is the next "Il".
    @Test func oneMetWithIsNoSubject() {
        let events = eventSummaries(
            """
            Le président libanais Michel Aoun est arrivé lundi à Paris. La journée a commencé par une rencontre avec le \
            ministre français de l'Économie et des Finances, Bruno Le Maire, qui a affirmé au président Aoun que la France \
            était prête. Il a ensuite rencontré Anne Hidalgo.
            """, on: "2017-09-27")
        #expect(events.contains { $0.hasPrefix("meeting Michel Aoun/LB+Bruno Le Maire/FR @FR") }, "\(events)")
        #expect(events.contains { $0.hasPrefix("meeting Michel Aoun/LB+Anne Hidalgo") }, "\(events)")
        #expect(!events.contains { $0.contains("Bruno Le Maire/FR+Anne Hidalgo") }, "\(events)")
    }

    /// "Macky Sall, Alassane Dramane Ouattara et Paul Biya": a name with a middle name after a comma is the registry's
    /// person, not lost to the name before it.
    @Test func aMiddleNameAfterAComma() {
        let events = eventSummaries("Le président Ali Bongo a reçu Macky Sall, Alassane Dramane Ouattara et Paul Biya.", on: "2019-06-10")
        #expect(events.contains { $0.contains("Alassane Ouattara/CI") }, "\(events)")
    }

    /// "À l'invitation de Son Altesse Royale Cheikh Sabah …, Emir du Koweït, le Président … a quitté Abidjan pour le Koweït
    /// où il effectuera une visite officielle du 16 au 18 avril": the inviter, named first, is not "il"; the emir's long
    /// style is one person, not a new name beside him.
    @Test func theInviterIsNotThePronoun() {
        let events = eventSummaries(
            """
            A l’invitation de Son Altesse Royale Cheikh Sabah Al Ahmad Al Jaber Al Sabah, Emir du Koweït, le Président de la \
            République, Son Excellence Monsieur Alassane OUATTARA, a quitté Abidjan, ce dimanche 15 avril 2018, pour le Koweït où \
            il effectuera une visite officielle du 16 au 18 avril 2018.
            """, on: "2018-04-15")
        #expect(events.contains("visit Alassane Ouattara/CI @KW 2018-04-16 planned"), "\(events)")
        #expect(events.contains { $0.hasPrefix("invitation Sabah Al-Ahmad Al-Jaber Al-Sabah/KW+Alassane Ouattara/CI @KW") }, "\(events)")
        #expect(!events.contains { $0.contains("Cheikh") }, "\(events)")
    }

    /// "Après sa rencontre avec M. Nieto mardi, M. Trudeau a tenu une conférence de presse": whose meeting a possessive
    /// tells is the subject named after the opening phrase.
    @Test func thePossessiveOfAnOpeningMeeting() {
        let events = eventSummaries(
            "Après sa rencontre avec M. Enrique Peña Nieto mardi, M. Justin Trudeau a tenu une conférence de presse commune.", on: "2016-06-30")
        #expect(events.contains { $0.hasPrefix("meeting") && $0.contains("Justin Trudeau/CA") && $0.contains("Enrique Peña Nieto/MX") && $0.contains("2016-06-28") }, "\(events)")
        let english = eventSummaries("After his meeting with Xi Jinping on Tuesday, President Joe Biden told reporters he was satisfied.", on: "2023-11-16", language: .en)
        #expect(english.contains { $0.hasPrefix("meeting") && $0.contains("Joe Biden/US") && $0.contains("Xi Jinping/CN") }, "\(english)")
    }

    /// "Pourquoi Othman Jerandi s'est-il rendu discrètement à Paris ?": a question's inverted verb is a trip; "lors de la
    /// visite de ce dernier à Paris": the visit is of the one named last before it.
    @Test func anInvertedQuestionAndTheLatter() {
        let question = eventSummaries("Pourquoi Othman Jerandi s’est-il rendu discrètement à Paris ?", on: "2021-03-19")
        #expect(question.contains("visit Othman Jerandi/TN @FR - held"), "\(question)")
        let latter = eventSummaries(
            "Le Drian avait rencontré Kaïs Saïed lors de la visite de ce dernier à Paris en juin 2020, avec Mohamed Bazoum.", on: "2021-03-19")
        #expect(latter.contains { $0.hasPrefix("visit Kais Saied/TN") && $0.hasSuffix("@FR 2020-06 held") }, "\(latter)")
        #expect(!latter.contains { $0.hasPrefix("visit Mohamed Bazoum") }, "\(latter)")
    }
}
