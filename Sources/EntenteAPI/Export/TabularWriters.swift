import EntenteModel
import Foundation

/// CSV (RFC 4180): one row per event, participants and sources joined, CRLF line ends.
enum CSVWriter {
    static let header = [
        "id", "kind", "status", "start", "end", "precision", "title", "summary", "host_country", "place", "participants",
        "source_urls", "evidence", "version", "updated_at",
    ]

    static func write(_ events: [Event], header withHeader: Bool = true) -> String {
        var output = withHeader ? row(header) : ""
        for event in events {
            let content = event.content
            output += row([
                event.id, content.kind, content.status.rawValue, content.date.start?.description ?? "", content.date.end?.description ?? "",
                content.date.start?.precision.description ?? "", content.title, content.summary ?? "", content.hostCountry ?? "",
                content.location?.place ?? "",
                content.participants.map { "\($0.name) (\($0.country ?? "-"), \($0.role))" }.joined(separator: "; "),
                content.sources.compactMap(\.url).joined(separator: " "),
                content.sources.compactMap(\.evidence).joined(separator: " | "),
                String(event.version), event.updatedAt,
            ])
        }
        return output
    }

    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// Quotes a field that holds a comma, a quote or a line break, doubling its quotes.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
