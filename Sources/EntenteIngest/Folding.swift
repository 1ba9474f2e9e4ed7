import EntenteModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lower case without accents: the form words are compared in.
func fold(_ text: String) -> String { NameNormalizer.foldDiacritics(text).lowercased() }

/// Substring search on UTF-8 bytes. Foundation's `contains(_:)` and `range(of:)` bridge every call
/// through NSString, which took 40% of extraction time; the folded texts searched here need no
/// Unicode-aware comparison, only bytes.
extension String {
    /// Whether `needle` occurs in this string.
    func includes(_ needle: String) -> Bool { byteOffset(of: needle) != nil }

    /// The UTF-8 offset of the first occurrence of `needle` at or after `start`.
    func byteOffset(of needle: String, from start: Int = 0) -> Int? {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { bytes in
            needle.withUTF8 { pattern -> Int? in
                guard start <= bytes.count else { return nil }
                guard !pattern.isEmpty else { return start }
                // Most needles are spaced words (" met "): scanning for their leading space would stop at every
                // word, so the scan looks for the first letter and checks the rest around it.
                let anchor = pattern.count > 1 && pattern[0] == 0x20 ? 1 : 0
                let key = pattern[anchor]
                let last = bytes.count - pattern.count + anchor
                var position = start + anchor
                guard let base = bytes.baseAddress else { return nil }
                while position <= last {
                    // (memchr finds the next candidate many bytes at a time.)
                    guard let hit = memchr(base + position, Int32(key), last - position + 1) else { return nil }
                    position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    let begin = position - anchor
                    var matched = 0
                    while matched < pattern.count && bytes[begin + matched] == pattern[matched] { matched += 1 }
                    if matched == pattern.count { return begin }
                    position += 1
                }
                return nil
            }
        }
    }

    /// The character offset of the first occurrence of `needle` at or after the character offset `start`.
    /// (A start past the end finds nothing: offsets of a sentence may run past its folded clause, never trap.)
    func characterOffset(of needle: String, from start: Int = 0) -> Int? {
        guard let from = index(startIndex, offsetBy: max(0, start), limitedBy: endIndex) else { return nil }
        let startByte = utf8.distance(from: startIndex, to: from)
        guard let byte = byteOffset(of: needle, from: startByte) else { return nil }
        return distance(from: startIndex, to: utf8.index(startIndex, offsetBy: byte))
    }
}

extension String {
    /// This string with every occurrence of `target` replaced (on characters, without Foundation).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, includes(target) else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}

extension String {
    /// The characters of a slice, joined. The standard library's generic initializer appends them
    /// one by one, checking each join for a grapheme boundary: an eighth of extraction's time, for
    /// characters that were one text already. These copy their UTF-8 bytes into one buffer.
    init(_ characters: ArraySlice<Character>) {
        var count = 0
        for character in characters { count += character.utf8.count }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var position = 0
            for character in characters {
                for byte in character.utf8 {
                    buffer[position] = byte
                    position += 1
                }
            }
            return position
        }
    }

    init(_ characters: [Character]) {
        self.init(characters[...])
    }
}

/// ``ArticleExtractor/fold(_:)`` scalar by scalar, for the texts where that gives the same result: it was called on
/// every window a rule looks at, and breaking each into characters was a twentieth of extraction's time.
///
/// A text qualifies when each of its scalars is a character of its own whose folded, lower-case form is one scalar:
/// ASCII but a carriage return (`"\r\n"` is one character), Latin-1 and Latin Extended-A and B, and general
/// punctuation (quotes, dashes, narrow spaces) but the joiners. Each such scalar's result is taken from the general
/// path once, when the table is built, so the two cannot disagree.
enum WordFolding {
    /// `nil` when `text` has a scalar outside the table: the caller takes the general path.
    static func spaced(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            if !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) {
                return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                    for (position, byte) in bytes.enumerated() { buffer[position] = asciiTable[Int(byte)] }
                    return bytes.count
                }
            }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
                let value = Int(scalar.value)
                if value < 0x80 {
                    guard value != 0x0D else { return nil }
                    output.append(asciiTable[value])
                } else {
                    guard let folded = table(value) else { return nil }
                    UTF8.encode(folded) { output.append($0) }
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Each ASCII byte's result: lower case for letters, digits kept, a space for the rest.
    private static let asciiTable: [UInt8] = (0..<128).map { byte in
        switch byte {
        case 0x41...0x5A: UInt8(byte + 0x20)
        case 0x61...0x7A, 0x30...0x39: UInt8(byte)
        default: 0x20
        }
    }

    private static let latin = 0x80..<0x250
    private static let punctuation = 0x2000..<0x2070

    /// A scalar's result, or `nil` when it needs the general path.
    private static func table(_ value: Int) -> Unicode.Scalar? {
        if latin.contains(value) { return latinTable[value - latin.lowerBound] }
        if punctuation.contains(value) { return punctuationTable[value - punctuation.lowerBound] }
        return nil
    }

    private static let latinTable = latin.map(fromGeneralPath)
    private static let punctuationTable = punctuation.map { $0 == 0x200C || $0 == 0x200D ? nil : fromGeneralPath($0) }

    /// What the general path makes of the scalar alone, when that is one scalar.
    private static func fromGeneralPath(_ value: Int) -> Unicode.Scalar? {
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return nil }
        let result = ArticleExtractor.spacedByCharacters(String(Character(scalar))).unicodeScalars
        return result.count == 1 ? result.first : nil
    }
}
