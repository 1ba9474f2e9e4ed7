import Foundation

/// Splits and decodes a request target (RFC 9112 §3.2) into path segments and query parameters.
enum RequestTarget {
    struct Parts {
        var rawPath: String
        var segments: [String]
        var query: [(name: String, value: String)]
    }

    static func parse(_ target: String, method: HTTPMethod) throws(HTTPParseError) -> Parts {
        if target == "*" {
            // asterisk-form is only for OPTIONS (RFC 9112 §3.2.4).
            guard method == .options else { throw .malformed("The target * is only allowed with OPTIONS.") }
            return Parts(rawPath: "*", segments: ["*"], query: [])
        }
        var pathAndQuery = Substring(target)
        if !target.hasPrefix("/") {
            // absolute-form: keep the path and query, ignore scheme and authority (RFC 9112 §3.2.2).
            guard let schemeEnd = target.range(of: "://"),
                ["http", "https"].contains(target[..<schemeEnd.lowerBound].lowercased())
            else {
                throw .malformed("The request target must start with / or be an absolute http(s) URI.")
            }
            let afterAuthority = target[schemeEnd.upperBound...]
            if let start = afterAuthority.firstIndex(where: { $0 == "/" || $0 == "?" }) {
                pathAndQuery = afterAuthority[start] == "/" ? afterAuthority[start...] : Substring("/" + afterAuthority[start...])
            } else {
                pathAndQuery = "/"
            }
        }
        let utf8 = pathAndQuery.utf8
        let pathPart: Substring.UTF8View.SubSequence
        var queryPart: Substring.UTF8View.SubSequence?
        if let question = utf8.firstIndex(of: UInt8(ascii: "?")) {
            pathPart = utf8[..<question]
            queryPart = utf8[utf8.index(after: question)...]
        } else {
            pathPart = utf8
        }
        // Fragments are never sent; treat one as malformed rather than guessing.
        if pathPart.contains(UInt8(ascii: "#")) { throw .malformed("The request target contains a fragment.") }
        var segments: [String] = []
        for segment in pathPart.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
            segments.append(try PercentDecoding.decode(segment, plusAsSpace: false, what: "path"))
        }
        var query: [(String, String)] = []
        if let queryPart {
            let withoutFragment = queryPart.split(separator: UInt8(ascii: "#"), maxSplits: 1, omittingEmptySubsequences: false)[0]
            for pair in withoutFragment.split(separator: UInt8(ascii: "&")) {
                let halves = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
                let name = try PercentDecoding.decode(halves[0], plusAsSpace: true, what: "query")
                let value = halves.count > 1 ? try PercentDecoding.decode(halves[1], plusAsSpace: true, what: "query") : ""
                query.append((name, value))
            }
        }
        return Parts(rawPath: String(Substring(pathPart)), segments: segments, query: query)
    }
}

/// Percent-decoding (RFC 3986 §2.1) into UTF-8 text.
public enum PercentDecoding {
    /// Decodes `bytes`; a malformed escape, invalid UTF-8 or a NUL is a 400.
    public static func decode(
        _ bytes: some Collection<UInt8>, plusAsSpace: Bool, what: String = "target"
    ) throws(HTTPParseError) -> String {
        if !bytes.contains(where: { $0 == UInt8(ascii: "%") || (plusAsSpace && $0 == UInt8(ascii: "+")) }) {
            return String(decoding: bytes, as: UTF8.self)
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                let first = bytes.index(after: index)
                guard first != bytes.endIndex, bytes.index(after: first) != bytes.endIndex,
                    let high = hexValue(bytes[first]), let low = hexValue(bytes[bytes.index(after: first)])
                else { throw .malformed("The \(what) has a malformed percent-escape.") }
                let decoded = high << 4 | low
                guard decoded != 0 else { throw .malformed("The \(what) contains an encoded NUL.") }
                output.append(decoded)
                index = bytes.index(index, offsetBy: 3)
            } else {
                output.append(plusAsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
                index = bytes.index(after: index)
            }
        }
        guard let text = String(validating: output, as: UTF8.self) else {
            throw .malformed("The \(what) is not valid UTF-8 once percent-decoded.")
        }
        return text
    }

    @inline(__always)
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
