import EntenteIngest
import EntenteModel
import Testing

/// Constructions of agency copy (each sentence written for the test).
struct WireCopyTests {
    private func events(_ text: String, on date: String, language: Article.Language = .fr) -> [String] {
        ArticleExtractor().extract(Article(text: text, published: PartialDate(date)!, language: language)).map { event in
            let people = event.participants.map { "\($0.name)/\($0.country ?? "-")" }.joined(separator: "+")
            return "\(event.kind) \(people) @\(event.hostCountry ?? "-") \(event.start?.description ?? "-") \(event.status)"
        }
    }

    /// "Les deux présidents" after two ministers met and two presidents were named since: the presidents.
    @Test func thePairAReferenceNamesByOffice() {
        let text = """
            Le secrétaire d'Etat américain Antony Blinken et le ministre russe des Affaires étrangères Sergueï Lavrov se sont \
            rencontrés vendredi à Genève. Sergueï Lavrov a assuré que Vladimir Poutine était prêt à un contact avec Joe Biden. \
            Les deux présidents avaient tenu un sommet en juin dernier à Genève.
            """
        let found = events(text, on: "2022-01-22")
        #expect(found.contains("summit Joe Biden/US+Vladimir Putin/RU @CH 2021-06 held") || found.contains("summit Vladimir Putin/RU+Joe Biden/US @CH 2021-06 held"),
            "\(found)")
        #expect(!found.contains { $0.hasPrefix("summit Antony Blinken") }, "\(found)")
    }

    /// "mercredi à Kiev, il avait rencontré X, avant de retrouver jeudi à Berlin Y": two meetings, each with its day and
    /// place; "s'étaient déjà vus début décembre à Stockholm" is a meeting too.
    @Test func beforeGoingOnAndMeetingsSeenAlready() {
        let text = """
            Antony Blinken est arrivé vendredi à Genève. Mercredi à Kiev, il avait rencontré le président ukrainien Volodymyr \
            Zelensky, avant de retrouver jeudi à Berlin la ministre allemande des Affaires étrangères Annalena Baerbock. \
            MM. Blinken et Lavrov s'étaient déjà vus début décembre à Stockholm.
            """
        let found = events(text, on: "2022-01-22")
        #expect(found.contains("meeting Antony Blinken/US+Volodymyr Zelenskyy/UA @UA 2022-01-19 held"), "\(found)")
        #expect(found.contains("meeting Antony Blinken/US+Annalena Baerbock/DE @DE 2022-01-20 held"), "\(found)")
        #expect(found.contains { $0.hasPrefix("meeting Antony Blinken/US+Sergei Lavrov/RU @SE 2021-12") }, "\(found)")
    }
}
