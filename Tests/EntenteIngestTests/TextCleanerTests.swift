import EntenteIngest
import Testing

/// Lines the cleaner joins: a sentence a release's layout broke across lines is one line again.
struct TextCleanerTests {
    /// "… l'Emir du\nKoweït, …", "… une visite\nofficielle …", "… à Kigali\n(Rwanda) …": a line that stops inside its sentence
    /// goes on on the next, joined by a space, so offsets hold.
    @Test func joinsALineBrokenInsideItsSentence() {
        let text = "A l'invitation de l'Emir du\nKoweït, le Président a quitté Abidjan pour le Koweït où il effectuera une visite\nofficielle. Il sera à Kigali\n(Rwanda) le 25 avril."
        let cleaned = TextCleaner.clean(text)
        #expect(cleaned == String(text.map { $0 == "\n" ? " " : $0 }))
        #expect(cleaned.count == text.count)
    }

    /// A byline of fields set apart by bars, one of them the time it was updated, is furniture; a sentence with a bar is not.
    @Test func dropsABylineOfBarredFields() {
        let text = "PM Modi arrives in Papua New Guinea\n\nPTI | Portmoresby | Updated: 21-05-2023 17:45 IST | Created: 21-05-2023 17:43 IST\n\nModi arrived on Sunday."
        #expect(TextCleaner.clean(text) == "PM Modi arrives in Papua New Guinea\n\nModi arrived on Sunday.")
        let kept = "Scores | Updated rules apply to all members, the minister said."
        #expect(TextCleaner.clean(kept) == kept)
    }

    /// A heading, a line that closes its sentence, and a paragraph break stay as they are.
    @Test func keepsHeadingsAndParagraphs() {
        let text = "Le président en visite au Koweït\nLe Président a quitté Abidjan.\nIl arrivera lundi\n\nDeuxième paragraphe."
        #expect(TextCleaner.clean(text) == text)
    }

    /// The events of a release set that way: the trip, with the day its broken sentence gives.
    @Test func theEventsOfABrokenRelease() {
        let events = eventSummaries(
            "Le Président Alassane Ouattara se rendra en France où il aura une rencontre avec son homologue, Son Excellence Monsieur\nEmmanuel Macron, le vendredi 20 avril 2018.",
            on: "2018-04-15")
        #expect(events.contains("meeting Alassane Ouattara/CI+Emmanuel Macron/FR @FR 2018-04-20 planned"), "\(events)")
    }

    /// An embedded post, with its link and its account's credit, is furniture: whose account it is names no one in the story.
    /// A sentence that only mentions an account, or a dash and brackets, is kept.
    @Test func dropsAnEmbeddedPost() {
        let text = """
            Díaz-Canel arrived in Ankara.

            #Cuba underlines its support of #Russia. https://t.co/0Q73HZg7U0 — Al Mayadeen English (@MayadeenEnglish) November 22, 2022

            Previously, he was in Russia.
            """
        #expect(TextCleaner.clean(text) == "Díaz-Canel arrived in Ankara.\n\n#Cuba underlines its support of #Russia.\n\nPreviously, he was in Russia.")
        let kept = "The minister — who posts as @minister — met Lavrov (in Moscow) on Monday."
        #expect(TextCleaner.clean(kept) == kept)
        // (A handle after a hyphenated name, a link in a sentence: no post's credit.)
        let handle = "Iranian Foreign Minister Hossein Amir-Abdollahian (@Amirabdolahian) met Sergei Lavrov in Moscow on Monday."
        #expect(TextCleaner.clean(handle) == handle)
        let link = "Rishi Sunak met Joe Biden on Thursday, according to a statement posted at https://t.co/abc123XYZ."
        #expect(TextCleaner.clean(link) == link)
    }
}
