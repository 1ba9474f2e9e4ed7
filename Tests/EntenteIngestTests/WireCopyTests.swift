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

    /// "Dépêchée par le président X, la cheffe de la diplomatie …": the one sent travels, and is who "elle" is next;
    /// "elle a rencontré A, puis B" is two meetings, each where its part of the sentence says.
    @Test func sentTravellersAndMeetingsInTurn() {
        let text = """
            Dépêchée par le président Joko Widodo, la cheffe de la diplomatie indonésienne est arrivée à Rangoun dimanche soir. \
            Lundi, à Naypyidaw, elle a rencontré le général Min Aung Hlaing, puis la conseillère d'Etat Aung San Suu Kyi.
            """
        let found = events(text, on: "2017-09-08")
        #expect(found.contains("visit Retno Marsudi/ID @MM 2017-09-03 held"), "\(found)")
        #expect(!found.contains { $0.contains("Joko Widodo/ID @") || $0.hasPrefix("meeting Joko Widodo") }, "\(found)")
        #expect(found.contains("meeting Retno Marsudi/ID+Min Aung Hlaing/MM @MM 2017-09-04 held"), "\(found)")
        #expect(found.contains("meeting Retno Marsudi/ID+Aung San Suu Kyi/MM @MM 2017-09-04 held"), "\(found)")
        let rome = events(
            "Le président iranien Hassan Rohani a été reçu lundi à Rome par le président du Conseil italien, Matteo Renzi, puis au Vatican par le pape François.",
            on: "2016-01-26")
        #expect(rome.contains("meeting Hassan Rouhani/IR+Matteo Renzi/IT @IT 2016-01-25 held"), "\(rome)")
        #expect(rome.contains("meeting Hassan Rouhani/IR+Pope Francis/VA @VA 2016-01-25 held"), "\(rome)")
    }
}
