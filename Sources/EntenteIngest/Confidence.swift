import EntenteModel
import Foundation

/// How likely an extracted event is to be right: a logistic model over what the event itself shows
/// (its kind, status, date, host, participants, where its sentence stands and what else the sentence
/// gave), trained on outside articles with gold events by `Scripts/train-confidence.py`.
///
/// The rules set a first confidence by the path that built the event; that value is one of the
/// features, and the model's probability replaces it. The model only scores: it drops nothing
/// (docs/ingestion.md, "Confidence", says why).
public enum Confidence {
    /// The names of the features, in the order of ``features(of:among:in:)`` and of the weights.
    public static let featureNames: [String] = [
        "kind=visit", "kind=meeting", "kind=summit", "kind=phone_call", "kind=invitation", "kind=cancellation",
        "status=held", "status=planned", "status=cancelled", "status=postponed",
        "language=fr",
        "date=none", "date=year", "date=month", "date=day", "date=range",
        "after-published", "after-published+held", "before-published+planned",
        "host", "host=a-participant's-country", "host=no-participant's-country", "location",
        "participants=0", "participants=1", "participants=2", "participants=3+",
        "participants-without-country", "participants-one-word-name",
        "offset<400", "offset<1500", "log-offset",
        "sentence-events=1", "sentence-events=2", "sentence-events=3+",
        "log-article-events",
        "rule=0.3", "rule=0.4", "rule=0.5", "rule=0.6",
        "log-evidence-length", "evidence-quotes", "evidence-question",
        "same-kind-and-people-elsewhere",
        "visit+planned", "meeting+planned", "visit+no-host",
    ]

    /// The features of one event among the article's events, as the rules left them (their
    /// confidence still the rules' own).
    public static func features(of event: ExtractedEvent, among events: [ExtractedEvent], in article: Article) -> [Double] {
        var features: [Double] = []
        features.reserveCapacity(featureNames.count)
        func add(_ value: Bool) { features.append(value ? 1 : 0) }
        let kind = group(event.kind)
        for name in ["visit", "meeting", "summit", "phone_call", "invitation", "cancellation"] { add(kind == name) }
        for status in [EventStatus.held, .planned, .cancelled, .postponed] { add(event.status == status) }
        add(article.language == .fr)
        let precision = event.start?.precision
        add(event.start == nil)
        add(precision == .year)
        add(precision == .month)
        add(precision == .day)
        add(event.end != nil)
        let after = event.start.map { $0.firstDay > article.published.lastDay } ?? false
        let before = event.start.map { $0.lastDay < article.published.firstDay } ?? false
        add(after)
        add(after && event.status == .held)
        add(before && event.status == .planned)
        let countries = event.participants.map(\.country)
        add(event.hostCountry != nil)
        add(event.hostCountry.map { countries.contains($0) } ?? false)
        add(event.hostCountry.map { !countries.contains($0) } ?? false)
        add(event.location != nil)
        let count = event.participants.count
        add(count == 0)
        add(count == 1)
        add(count == 2)
        add(count >= 3)
        features.append(Double(countries.filter { $0 == nil }.count) / Double(max(count, 1)))
        features.append(Double(event.participants.filter { !$0.name.contains(" ") }.count) / Double(max(count, 1)))
        add(event.evidenceOffset < 400)
        add(event.evidenceOffset < 1500)
        features.append(log1p(Double(event.evidenceOffset)) / 10)
        let sameSentence = events.filter { $0.evidenceOffset == event.evidenceOffset }.count
        add(sameSentence == 1)
        add(sameSentence == 2)
        add(sameSentence >= 3)
        features.append(log1p(Double(events.count)) / 4)
        for rule in [0.3, 0.4, 0.5, 0.6] { add(abs(event.confidence - rule) < 0.01) }
        features.append(log1p(Double(event.evidence.count)) / 6)
        // (The scalars first, which is cheap and rules most evidence out; then the characters, which decide: a quote or a
        // question mark with a mark attached is another character.)
        add(event.evidence.unicodeScalars.contains { "\"«“”»".unicodeScalars.contains($0) } && event.evidence.contains { "\"«“”»".contains($0) })
        add(event.evidence.unicodeScalars.contains("?") && event.evidence.contains("?"))
        let people = event.participants.map(\.name).sorted()
        add(events.filter {
            $0.participants.count == people.count && group($0.kind) == kind && $0.participants.map(\.name).sorted() == people
        }.count > 1)
        add(kind == "visit" && event.status == .planned)
        add(kind == "meeting" && event.status == .planned)
        add(kind == "visit" && event.hostCountry == nil)
        return features
    }

    /// The probability the model gives to features: the logistic of the weighted sum.
    public static func probability(_ features: [Double]) -> Double {
        var sum = weights[features.count]
        for (weight, feature) in zip(weights, features) { sum += weight * feature }
        return 1 / (1 + exp(-sum))
    }

    /// The event with the model's probability for its features as its confidence, rounded to two places.
    static func scored(_ event: ExtractedEvent, features: [Double]) -> ExtractedEvent {
        var scored = event
        scored.confidence = (probability(features) * 100).rounded() / 100
        return scored
    }

    /// The scorer's kind groups: talks are meetings.
    private static func group(_ kind: String) -> String { kind == "talks" ? "meeting" : kind }
}
