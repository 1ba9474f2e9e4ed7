import EntenteModel

/// A trip's span, given once for all its legs: "Clinton's July 31-August 10 trip", "sa tournée du 16 au 21 novembre".
extension ArticleExtractor {
    struct TourRange {
        var traveller: String
        var date: DateMention
    }

    /// Nouns of a trip of several legs. Folded, spaced.
    static let tourNouns = [" trip ", " tour ", " tournee ", " voyage ", " journey ", " deplacement ", " periple ", " sejour "]

    /// The span a sentence gives a trip of someone's: a range of days (two to three weeks at most) within 40 characters of
    /// a trip noun, in a sentence naming one traveller.
    static func tourRange(in folded: String, persons: [PersonMention], dates: [DateMention]) -> TourRange? {
        guard let traveller = persons.first, !persons.contains(where: { $0.name != traveller.name }),
            let date = dates.first(where: { date in
                guard let end = date.end, date.start.precision == .day, end.precision == .day else { return false }
                let days = end.firstDay.dayNumber - date.start.firstDay.dayNumber
                return days >= 1 && days <= 21
            }),
            tourNouns.contains(where: { noun in
                var from = 0
                while let found = folded.characterOffset(of: noun, from: from) {
                    if abs(found - date.offset) <= 40 { return true }
                    from = found + 1
                }
                return false
            })
        else { return nil }
        return TourRange(traveller: traveller.name, date: date)
    }

    /// "In Malawi, she is to meet with President Joyce Banda", told with no day of its own in an article that gives
    /// the traveller's trip its span once ("Clinton's July 31-August 10 trip"): the leg, and what the traveller does
    /// there, fall within that span. (Only one span for the traveller; only what is still to come when the span is to
    /// come, only what was held when it is past; and only away from home.)
    static func datedByTheirTour(_ events: [ExtractedEvent], tours: [TourRange], published: PartialDate) -> [ExtractedEvent] {
        guard !tours.isEmpty else { return events }
        var events = events
        for index in events.indices where events[index].start == nil && !events[index].inPassing
            && ["visit", "meeting", "talks"].contains(events[index].kind) && [.planned, .held].contains(events[index].status)
        {
            let event = events[index]
            guard let traveller = event.kind == "visit" ? event.participants.first : event.participants.first(where: { person in
                tours.contains { $0.traveller == person.name }
            }),
                case let spans = tours.filter({ $0.traveller == traveller.name }),
                let span = spans.first, spans.allSatisfy({ $0.date.start == span.date.start && $0.date.end == span.date.end }),
                let host = event.hostCountry, host != traveller.country,
                span.date.start.firstDay > published.lastDay ? event.status == .planned
                    : (span.date.end ?? span.date.start).lastDay < published.firstDay ? event.status == .held : true
            else { continue }
            events[index].takeDate(of: span.date)
        }
        return events
    }
}
