import EntenteIngest
import EntenteModel

/// The events extracted from a text, one line each ("meeting A/FR+B/DE @DE 2024-05-01 held"): kind, participants
/// with their countries, host, start and status, the form the extraction tests compare.
func eventSummaries(_ text: String, on date: String, language: Article.Language = .fr, url: String? = nil) -> [String] {
    ArticleExtractor().extract(Article(text: text, published: PartialDate(date)!, language: language, url: url)).map { event in
        let people = event.participants.map { "\($0.name)/\($0.country ?? "-")" }.joined(separator: "+")
        return "\(event.kind) \(people) @\(event.hostCountry ?? "-") \(event.start?.description ?? "-") \(event.status)"
    }
}
