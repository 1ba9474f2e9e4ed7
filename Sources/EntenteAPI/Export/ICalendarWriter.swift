import EntenteModel
import Foundation

/// iCalendar (RFC 5545) for a list of events, for calendar apps to subscribe to.
///
/// - Day dates are all-day events (`DTEND` exclusive, the day after the end).
/// - A month- or year-precision date is a one-day entry on its first day, its precision in the
///   summary (`(2018-05)`) and in `X-ENTENTE-PRECISION`, so a calendar never shows an invented day
///   as fact, nor a year-long bar.
/// - A local time with a time zone is converted to UTC; without a zone it stays floating.
/// - Undated events cannot be placed in a calendar and are left out.
/// - `SEQUENCE` is the version less one and `LAST-MODIFIED` the last change, so corrections
///   replace the entry; `STATUS` is CONFIRMED, TENTATIVE (planned, postponed) or CANCELLED.
struct ICalendarWriter {
    let calendarName: String
    let countryNames: [String: String]
    private(set) var output = ""

    init(calendarName: String, countryNames: [String: String]) {
        self.calendarName = calendarName
        self.countryNames = countryNames
        line("BEGIN:VCALENDAR")
        line("VERSION:2.0")
        line("PRODID:-//Entente//Diplomatic timeline//EN")
        line("CALSCALE:GREGORIAN")
        line("METHOD:PUBLISH")
        line("X-WR-CALNAME:" + Self.escape(calendarName))
    }

    mutating func add(_ event: Event) {
        let content = event.content
        guard let start = content.date.start else { return }
        line("BEGIN:VEVENT")
        line("UID:\(event.id)@entente")
        line("DTSTAMP:" + Self.basicTimestamp(event.updatedAt))
        line("CREATED:" + Self.basicTimestamp(event.createdAt))
        line("LAST-MODIFIED:" + Self.basicTimestamp(event.updatedAt))
        line("SEQUENCE:\(max(0, event.version - 1))")
        var summary = content.title
        if let time = content.date.time, start.precision == .day {
            if let zone = content.date.timeZone, let utc = Self.utc(day: start, time: time, zone: zone) {
                line("DTSTART:" + Self.basicDateTime(utc) + "Z")
                line("DTEND:" + Self.basicDateTime(utc.addingTimeInterval(3600)) + "Z")
            } else {
                let local = Self.basicDate(start) + "T" + time.replacingOccurrences(of: ":", with: "").padding(toLength: 6, withPad: "0", startingAt: 0)
                line("DTSTART:" + local)
                line("DURATION:PT1H")
            }
        } else {
            line("DTSTART;VALUE=DATE:" + Self.basicDate(start.firstDay))
            let endDay: PartialDate
            if start.precision == .day, let end = content.date.end {
                endDay = end.lastDay
            } else {
                endDay = start.firstDay
            }
            line("DTEND;VALUE=DATE:" + Self.basicDate(endDay.addingDays(1) ?? endDay))
            if start.precision != .day {
                summary += " (\(start))"
                line("X-ENTENTE-PRECISION:\(start.precision)")
            }
        }
        line("SUMMARY:" + Self.escape(summary))
        var description: [String] = []
        if let text = content.summary { description.append(text) }
        let people = content.participants.map { "\($0.name)" + ($0.country.map { " (\($0))" } ?? "") }
        if !people.isEmpty { description.append("Participants: " + people.joined(separator: ", ")) }
        if start.precision != .day { description.append("Date known to the \(start.precision): \(start)") }
        for source in content.sources {
            if let evidence = source.evidence { description.append("“\(evidence)” — \(source.outlet ?? source.url ?? "source")") }
        }
        if !description.isEmpty { line("DESCRIPTION:" + Self.escape(description.joined(separator: "\n"))) }
        let place = [content.location?.place, (content.location?.country ?? content.hostCountry).flatMap { countryNames[$0] }]
            .compactMap { $0 }
        if !place.isEmpty { line("LOCATION:" + Self.escape(place.joined(separator: ", "))) }
        if let url = content.sources.compactMap(\.url).first { line("URL:" + url) }
        line("CATEGORIES:" + Self.escape(content.kind))
        switch content.status {
        case .held: line("STATUS:CONFIRMED")
        case .planned, .postponed: line("STATUS:TENTATIVE")
        case .cancelled: line("STATUS:CANCELLED")
        }
        line("END:VEVENT")
    }

    mutating func finish() -> String {
        line("END:VCALENDAR")
        return take()
    }

    /// The text written since the last call, removed from the writer (for streaming).
    mutating func take() -> String {
        defer { output = "" }
        return output
    }

    /// Appends a content line, folded at 75 octets without splitting a UTF-8 sequence (RFC 5545 §3.1).
    private mutating func line(_ text: String) {
        var octets = 0
        var first = true
        for character in text {
            let size = String(character).utf8.count
            if octets + size > (first ? 75 : 74) {
                output += "\r\n "
                octets = 0
                first = false
            }
            output.append(character)
            octets += size
        }
        output += "\r\n"
    }

    /// TEXT escaping (RFC 5545 §3.3.11).
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n": result += "\\n"
            case "\r": continue
            default: result.append(character)
            }
        }
        return result
    }

    static func basicDate(_ date: PartialDate) -> String { date.firstDay.description.replacingOccurrences(of: "-", with: "") }

    /// `2026-11-29T18:06:10.672Z` → `20261129T180610Z`.
    static func basicTimestamp(_ rfc3339: String) -> String {
        let digits = rfc3339.prefix(19).filter { $0.isNumber || $0 == "T" }
        return digits + "Z"
    }

    static func basicDateTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func pad(_ value: Int?, _ width: Int) -> String {
            let text = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return pad(parts.year, 4) + pad(parts.month, 2) + pad(parts.day, 2) + "T" + pad(parts.hour, 2) + pad(parts.minute, 2) + pad(parts.second, 2)
    }

    static func utc(day: PartialDate, time: String, zone: String) -> Date? {
        guard let timeZone = TimeZone(identifier: zone) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let clock = time.split(separator: ":").compactMap { Int($0) }
        return calendar.date(from: DateComponents(
            year: day.year, month: day.month, day: day.day, hour: clock.first, minute: clock.count > 1 ? clock[1] : 0,
            second: clock.count > 2 ? clock[2] : 0))
    }
}
