/// A small streaming writer of JSON text, for documents whose shape is fixed
/// (problem documents, health answers) and for hot paths where `JSONEncoder` costs too much.
public struct JSONTextWriter: Sendable {
    public private(set) var text = ""
    private var needsComma = false

    /// - Parameter capacity: bytes to reserve up front, when the document's usual size is known.
    public init(capacity: Int = 0) { text.reserveCapacity(capacity) }

    public mutating func beginObject() { separate(); text += "{"; needsComma = false }
    public mutating func endObject() { text += "}"; needsComma = true }
    public mutating func beginArray() { separate(); text += "["; needsComma = false }
    public mutating func endArray() { text += "]"; needsComma = true }

    /// Writes an object key; the next value written belongs to it.
    public mutating func key(_ name: String) {
        separate()
        JSONTextWriter.appendQuoted(name, to: &text)
        text += ":"
        needsComma = false
    }

    public mutating func value(_ string: String) { separate(); JSONTextWriter.appendQuoted(string, to: &text); needsComma = true }
    public mutating func value(_ number: Int) { separate(); text += String(number); needsComma = true }
    /// Writes a number; integral values in the exact range of doubles print without a fraction.
    public mutating func value(_ number: Double) {
        separate()
        if number.rounded() == number && abs(number) < 9_007_199_254_740_992 {
            text += String(Int64(number))
        } else {
            text += String(number)
        }
        needsComma = true
    }
    public mutating func value(_ bool: Bool) { separate(); text += bool ? "true" : "false"; needsComma = true }
    public mutating func null() { separate(); text += "null"; needsComma = true }
    /// Writes JSON text that is already encoded, unchanged.
    public mutating func raw(_ json: String) { separate(); text += json; needsComma = true }

    public mutating func member(_ name: String, _ string: String) { key(name); value(string) }
    public mutating func member(_ name: String, _ number: Int) { key(name); value(number) }
    public mutating func member(_ name: String, _ bool: Bool) { key(name); value(bool) }

    private mutating func separate() {
        if needsComma { text += "," }
    }

    /// Appends `string` as a JSON string literal (RFC 8259 §7), escaping quotes, backslashes and controls.
    public static func appendQuoted(_ string: String, to output: inout String) {
        output += "\""
        // Most strings need no escape: one pass over the UTF-8 bytes finds out (0xE2 leads U+2028/U+2029).
        if !string.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            output += string
            output += "\""
            return
        }
        var pendingStart = string.unicodeScalars.startIndex
        var index = pendingStart
        let scalars = string.unicodeScalars
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let escape: String?
            switch scalar {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            case "\u{2028}": escape = "\\u2028"
            case "\u{2029}": escape = "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    escape = nil
                }
            }
            if let escape {
                output.unicodeScalars.append(contentsOf: scalars[pendingStart..<index])
                output += escape
                pendingStart = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        output.unicodeScalars.append(contentsOf: scalars[pendingStart..<scalars.endIndex])
        output += "\""
    }
}
