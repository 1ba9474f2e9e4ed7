import EntenteJSON
import EntenteModel
import Foundation
import Testing
import TestSupport

@testable import EntenteIngest

/// The confidence of an extracted event: the probability of a logistic model over what the event shows,
/// trained by `Scripts/train-confidence.py` (docs/ingestion.md, "Confidence").
struct ConfidenceTests {
    static let published = PartialDate("2024-03-15")!

    static func event(
        _ kind: String, _ people: [(String, String?)], host: String? = nil, start: String? = nil, end: String? = nil,
        status: EventStatus = .held, offset: Int = 0, evidence: String = "A sentence.", rule: Double = 0.5
    ) -> ExtractedEvent {
        ExtractedEvent(
            kind: kind, status: status, participants: people.map { ExtractedEvent.Person(name: $0.0, country: $0.1) },
            hostCountry: host, location: nil, start: start.flatMap(PartialDate.init), end: end.flatMap(PartialDate.init),
            dateText: nil, evidence: evidence, evidenceOffset: offset, confidence: rule)
    }

    static func article(_ language: Article.Language = .en) -> Article {
        Article(text: "", published: published, language: language)
    }

    private func named(_ features: [Double]) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: zip(Confidence.featureNames, features))
    }

    /// A quotation mark or a question mark counts as one when it is a character of its own: with a mark attached it is
    /// another character (the scalar scan that comes first only rules evidence out).
    @Test func quotesAndQuestionsAreCharacters() {
        func values(_ evidence: String) -> [String: Double] {
            let event = Self.event("meeting", [("Emmanuel Macron", "FR"), ("Narendra Modi", "IN")], evidence: evidence)
            return named(Confidence.features(of: event, among: [event], in: Self.article()))
        }
        #expect(values("He called the talks \"productive\".")["evidence-quotes"] == 1)
        #expect(values("Il a parlé d'un « succès ».")["evidence-quotes"] == 1)
        #expect(values("Will they meet again?")["evidence-question"] == 1)
        #expect(values("He called the talks \"\u{301}productive.")["evidence-quotes"] == 0)
        #expect(values("Why?\u{301} Nobody said.")["evidence-question"] == 0)
        #expect(values("They met.")["evidence-quotes"] == 0 && values("They met.")["evidence-question"] == 0)
    }

    /// The generated weights are one per feature and the intercept: a feature added without retraining fails here.
    @Test func oneWeightPerFeatureAndTheIntercept() {
        #expect(Confidence.weights.count == Confidence.featureNames.count + 1)
        #expect(Set(Confidence.featureNames).count == Confidence.featureNames.count)
    }

    /// What a visit shows: its kind and status, a day still to come though told done, a host that is no participant's
    /// country, and another event of the same sentence.
    @Test func featuresOfAVisit() {
        let visit = Self.event("visit", [("Emmanuel Macron", "FR")], host: "IN", start: "2024-03-20", offset: 120, rule: 0.6)
        let meeting = Self.event("meeting", [("Emmanuel Macron", "FR"), ("Modi", "IN")], host: "IN", start: "2024-03", offset: 120)
        let features = Confidence.features(of: visit, among: [visit, meeting], in: Self.article(.fr))
        #expect(features.count == Confidence.featureNames.count)
        let values = named(features)
        for on in ["kind=visit", "status=held", "language=fr", "date=day", "after-published", "after-published+held", "host",
            "host=no-participant's-country", "participants=1", "offset<400", "offset<1500", "sentence-events=2", "rule=0.6"]
        {
            #expect(values[on] == 1, "\(on)")
        }
        for off in ["kind=meeting", "date=none", "date=range", "before-published+planned", "host=a-participant's-country",
            "participants=2", "sentence-events=1", "rule=0.5", "same-kind-and-people-elsewhere", "visit+no-host"]
        {
            #expect(values[off] == 0, "\(off)")
        }
        let meetingValues = named(Confidence.features(of: meeting, among: [visit, meeting], in: Self.article(.fr)))
        #expect(meetingValues["kind=meeting"] == 1 && meetingValues["date=month"] == 1 && meetingValues["after-published"] == 0)
        #expect(meetingValues["host=a-participant's-country"] == 1)
        // One of two participants is named by one word only.
        #expect(meetingValues["participants-one-word-name"] == 0.5)
    }

    /// Talks are meetings, and the same meeting told again elsewhere in the article is marked.
    @Test func talksAreMeetingsAndRepeatsAreMarked() {
        let talks = Self.event("talks", [("A B", "FR"), ("C D", "DE")], offset: 10)
        let meeting = Self.event("meeting", [("C D", "DE"), ("A B", "FR")], status: .planned, offset: 900)
        let values = named(Confidence.features(of: talks, among: [talks, meeting], in: Self.article()))
        #expect(values["kind=meeting"] == 1)
        #expect(values["same-kind-and-people-elsewhere"] == 1)
        let alone = named(Confidence.features(of: talks, among: [talks], in: Self.article()))
        #expect(alone["same-kind-and-people-elsewhere"] == 0)
        #expect(named(Confidence.features(of: meeting, among: [talks, meeting], in: Self.article()))["meeting+planned"] == 1)
    }

    /// The shipped model gives an event the text dates, places and names in full more chance than the same event
    /// undated, unplaced and with nobody's country; and a visit told done whose day is still to come less than one
    /// whose day has passed.
    @Test func whatTheModelHasLearned() {
        func probability(_ event: ExtractedEvent) -> Double {
            Confidence.probability(Confidence.features(of: event, among: [event], in: Self.article()))
        }
        let placed = Self.event("visit", [("Narendra Modi", "IN")], host: "FR", start: "2024-03-14")
        let bare = Self.event("visit", [("Modi", nil)])
        #expect(probability(placed) > probability(bare))
        let toCome = Self.event("visit", [("Narendra Modi", "IN")], host: "FR", start: "2024-03-30")
        #expect(probability(placed) > probability(toCome))
        for event in [placed, bare, toCome] { #expect(probability(event) > 0 && probability(event) < 1) }
    }

    /// Scoring changes each event's confidence and nothing else: it drops, adds and reorders nothing.
    @Test func scoringOnlyScores() throws {
        let extractor = ArticleExtractor()
        var confidences: Set<Double> = []
        for article in MutatedInputTests.articles {
            let rules = extractor.ruleEvents(article)
            let scored = extractor.extract(article)
            #expect(scored.count == rules.count)
            for (rule, event) in zip(rules, scored) {
                var unscored = event
                unscored.confidence = rule.confidence
                #expect(unscored == rule)
                #expect(event.confidence > 0 && event.confidence < 1)
                // Two decimals: rounding again changes nothing. (Not `c * 100` against its rounding: 0.55 * 100 is
                // 55.00000000000001 in binary floating point.)
                #expect((event.confidence * 100).rounded() / 100 == event.confidence)
                confidences.insert(event.confidence)
            }
            let withFeatures = extractor.extractWithFeatures(article)
            #expect(withFeatures.map(\.event) == scored)
            #expect(withFeatures.allSatisfy { $0.features.count == Confidence.featureNames.count })
        }
        // Not one value for everything: the model tells events apart.
        #expect(confidences.count >= 10, "\(confidences.sorted())")
    }
}
