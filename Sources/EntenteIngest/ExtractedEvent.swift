import EntenteModel

/// An event found in an article, in the corpus schema, with its evidence.
public struct ExtractedEvent: Sendable, Equatable {
    public struct Person: Sendable, Equatable {
        public var name: String
        public var country: String?
    }

    public var kind: String
    public var status: EventStatus
    public var participants: [Person]
    public var hostCountry: String?
    public var location: String?
    public var start: PartialDate?
    public var end: PartialDate?
    public var dateText: String?
    public var evidence: String
    /// Character offset of the evidence sentence in the cleaned text.
    public var evidenceOffset: Int
    public var confidence: Double
    /// A past event mentioned in passing ("le dernier sommet"): never the same as one the article reports.
    var inPassing = false
    /// A visit implied by a meeting abroad, not reported as one: a visit the same sentence reports stands instead.
    var implied = false
    /// Told as what was to have happened ("was to have travelled", "had been due to"): it takes the status of the call-off
    /// the article reports.
    var counterfactual = false
    /// Told right after "was due to", "devait", "had been due to": what was due, done or not; called off when the article's
    /// call-off concerns it (its host or someone in it).
    var toldDue = false
    /// A cancellation told by a verb of postponing ("a été reportée"), whether or not the text names what it moves.
    var postpones = false
    /// A summit the text refers back to ("The summit, attended by …"): the same as the summit reported there on that date.
    var refersBack = false

    /// Takes a date the text gives (start, end and text), keeping the status.
    mutating func takeDate(of mention: DateMention) {
        start = mention.start
        end = mention.end
        dateText = mention.text
    }

    /// Takes another report's date (start, end and text) and, unless told not to, its status: the report
    /// that dates an event also knows whether it is done or to come.
    mutating func takeDate(of other: ExtractedEvent, withStatus: Bool = true) {
        start = other.start
        end = other.end
        dateText = other.dateText
        if withStatus { status = other.status }
    }
}
