/// A small streaming writer of JSON text, for documents whose shape is fixed
/// (problem documents, health answers) and for hot paths where `JSONEncoder` costs too much.
///
/// It writes UTF-8 bytes into one buffer and makes the `String` once, at the end: appending to a
/// `String` piece by piece checks its storage on every append, which an import of a million event
/// bodies measured as most of the encoding's time.
public struct JSONTextWriter: Sendable {
    private var bytes: [UInt8] = []
    private var needsComma = false

    /// - Parameter capacity: bytes to reserve up front, when the document's usual size is known.
    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// The document written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func beginObject() { separate(); bytes.append(UInt8(ascii: "{")); needsComma = false }
    public mutating func endObject() { bytes.append(UInt8(ascii: "}")); needsComma = true }
    public mutating func beginArray() { separate(); bytes.append(UInt8(ascii: "[")); needsComma = false }
    public mutating func endArray() { bytes.append(UInt8(ascii: "]")); needsComma = true }

    /// Writes an object key; the next value written belongs to it.
    public mutating func key(_ name: String) {
        separate()
        JSONTextWriter.appendQuoted(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    public mutating func value(_ string: String) { separate(); JSONTextWriter.appendQuoted(string, to: &bytes); needsComma = true }
    public mutating func value(_ number: Int) { separate(); append(String(number)); needsComma = true }
    /// Writes a number; integral values in the exact range of doubles print without a fraction.
    public mutating func value(_ number: Double) {
        separate()
        if number.rounded() == number && abs(number) < 9_007_199_254_740_992 {
            append(String(Int64(number)))
        } else {
            append(String(number))
        }
        needsComma = true
    }
    public mutating func value(_ bool: Bool) { separate(); append(bool ? "true" : "false"); needsComma = true }
    public mutating func null() { separate(); append("null"); needsComma = true }
    /// Writes JSON text that is already encoded, unchanged.
    public mutating func raw(_ json: String) { separate(); append(json); needsComma = true }

    public mutating func member(_ name: String, _ string: String) { key(name); value(string) }
    public mutating func member(_ name: String, _ number: Int) { key(name); value(number) }
    public mutating func member(_ name: String, _ bool: Bool) { key(name); value(bool) }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Appends `string` as a JSON string literal (RFC 8259 §7) in UTF-8, escaping quotes, backslashes and controls.
    public static func appendQuoted(_ string: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            // Most strings need no escape: the bytes go in whole. Otherwise the runs between escapes do.
            var pending = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                var escape: [UInt8]?
                var length = 1
                switch byte {
                case 0x22: escape = [0x5C, 0x22]
                case 0x5C: escape = [0x5C, 0x5C]
                case 0x0A: escape = [0x5C, UInt8(ascii: "n")]
                case 0x0D: escape = [0x5C, UInt8(ascii: "r")]
                case 0x09: escape = [0x5C, UInt8(ascii: "t")]
                case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                    // U+2028 and U+2029: valid JSON, but line ends to JavaScript.
                    escape = Array("\\u202\(utf8[index + 2] == 0xA8 ? "8" : "9")".utf8)
                    length = 3
                case ..<0x20:
                    let hex = String(byte, radix: 16)
                    escape = Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                default: break
                }
                if let escape {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[pending..<index]))
                    output.append(contentsOf: escape)
                    pending = index + length
                }
                index += length
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[pending..<utf8.count]))
        }
        output.append(UInt8(ascii: "\""))
    }
}
