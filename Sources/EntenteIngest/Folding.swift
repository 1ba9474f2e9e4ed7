import EntenteModel

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
                guard let first = pattern.first else { return start }
                let last = bytes.count - pattern.count
                var position = start
                while position <= last {
                    if bytes[position] == first {
                        var matched = 1
                        while matched < pattern.count && bytes[position + matched] == pattern[matched] { matched += 1 }
                        if matched == pattern.count { return position }
                    }
                    position += 1
                }
                return nil
            }
        }
    }

    /// The character offset of the first occurrence of `needle` at or after the character offset `start`.
    func characterOffset(of needle: String, from start: Int = 0) -> Int? {
        let startByte = utf8.distance(from: startIndex, to: index(startIndex, offsetBy: start))
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
