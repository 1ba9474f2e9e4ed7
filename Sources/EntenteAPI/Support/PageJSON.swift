import EntenteHTTP
import EntenteJSON
import EntenteStore

/// Builds list responses by splicing each event's stored JSON, never re-encoding it.
enum PageJSON {
    /// `{<prefix members>,"events":[…],"next_cursor":…}`.
    static func response(_ page: EventPage, leading members: [(String, String)] = []) -> HTTPResponse {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(page.bodies.reduce(64) { $0 + $1.utf8.count + 1 })
        bytes.append(UInt8(ascii: "{"))
        for (name, value) in members {
            JSONTextWriter.appendQuoted(name, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            JSONTextWriter.appendQuoted(value, to: &bytes)
            bytes.append(UInt8(ascii: ","))
        }
        bytes.append(contentsOf: #""events":["#.utf8)
        appendJoined(page.bodies, to: &bytes)
        bytes.append(contentsOf: #"],"next_cursor":"#.utf8)
        if let next = page.next {
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: next.token.utf8)
            bytes.append(UInt8(ascii: "\""))
        } else {
            bytes.append(contentsOf: "null".utf8)
        }
        bytes.append(UInt8(ascii: "}"))
        return .json(bytes)
    }

    static func appendJoined(_ bodies: [String], to bytes: inout [UInt8]) {
        for (index, body) in bodies.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: body.utf8)
        }
    }

    /// An event body with one more member appended: `{…}` → `{…,"name":value}`.
    static func appendingMember(_ body: String, name: String, rawValue: String) -> String {
        var text = String(body.dropLast())
        text += ",\"\(name)\":"
        text += rawValue
        text += "}"
        return text
    }
}
