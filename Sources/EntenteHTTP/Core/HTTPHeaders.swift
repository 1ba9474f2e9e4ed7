/// An ordered list of HTTP header fields with case-insensitive lookup.
///
/// Repeated fields are preserved in the order they arrived (RFC 9110 §5.3), so a
/// `Set-Cookie` or a list-valued field split across lines keeps every line.
///
/// ```swift
/// var headers: HTTPHeaders = ["Content-Type": "application/json"]
/// headers.add(name: "Vary", value: "Accept-Encoding")
/// headers["content-type"]  // "application/json"
/// ```
public struct HTTPHeaders: Sendable, Equatable {
    /// One field line: the name as it was written and its value, without surrounding whitespace.
    public struct Field: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The field lines in order.
    public private(set) var fields: [Field]

    /// Creates an empty header list.
    public init() {
        fields = []
        fields.reserveCapacity(8)
    }

    /// The number of field lines.
    public var count: Int { fields.count }

    /// The value of the first field with this name, or `nil`; setting replaces every field of that name.
    public subscript(name: String) -> String? {
        get { first(name) }
        set {
            if let newValue { replaceOrAdd(name: name, value: newValue) } else { remove(name: name) }
        }
    }

    /// The value of the first field with this name.
    public func first(_ name: String) -> String? {
        for field in fields where field.name.equalsCaseInsensitive(name) {
            return field.value
        }
        return nil
    }

    /// Every value of the fields with this name, in order.
    public func values(_ name: String) -> [String] {
        fields.compactMap { $0.name.equalsCaseInsensitive(name) ? $0.value : nil }
    }

    /// The comma-separated list elements of every field with this name (RFC 9110 §5.6.1),
    /// trimmed, with empty elements dropped.
    public func listValues(_ name: String) -> [Substring] {
        var result: [Substring] = []
        for field in fields where field.name.equalsCaseInsensitive(name) {
            for element in field.value.split(separator: ",") {
                let trimmed = element.trimmingOWS()
                if !trimmed.isEmpty { result.append(trimmed) }
            }
        }
        return result
    }

    /// Whether a field with this name is present.
    public func contains(_ name: String) -> Bool { first(name) != nil }

    /// Appends a field line, keeping any with the same name.
    public mutating func add(name: String, value: String) {
        fields.append(Field(name: name, value: value))
    }

    /// Replaces every field of this name by one line, or appends it.
    public mutating func replaceOrAdd(name: String, value: String) {
        if let index = fields.firstIndex(where: { $0.name.equalsCaseInsensitive(name) }) {
            fields[index].value = value
            var position = fields.index(after: index)
            while position < fields.endIndex {
                if fields[position].name.equalsCaseInsensitive(name) {
                    fields.remove(at: position)
                } else {
                    position += 1
                }
            }
        } else {
            add(name: name, value: value)
        }
    }

    /// Removes every field of this name.
    public mutating func remove(name: String) {
        fields.removeAll { $0.name.equalsCaseInsensitive(name) }
    }
}

extension HTTPHeaders: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, String)...) {
        self.init()
        for (name, value) in elements { add(name: name, value: value) }
    }
}

extension HTTPHeaders: Sequence {
    public func makeIterator() -> IndexingIterator<[Field]> { fields.makeIterator() }
}

extension StringProtocol {
    /// ASCII case-insensitive equality, as field names and tokens compare (RFC 9110 §5.1).
    @inlinable
    public func equalsCaseInsensitive(_ other: some StringProtocol) -> Bool {
        var lhs = utf8.makeIterator()
        var rhs = other.utf8.makeIterator()
        while true {
            switch (lhs.next(), rhs.next()) {
            case (nil, nil):
                return true
            case (let a?, let b?):
                if a == b { continue }
                let folded = a | 0x20
                guard folded == b | 0x20, folded >= 0x61, folded <= 0x7A else { return false }
            default:
                return false
            }
        }
    }

    /// The string without leading and trailing spaces and horizontal tabs (OWS).
    public func trimmingOWS() -> SubSequence {
        var start = startIndex
        var end = endIndex
        while start < end, self[start] == " " || self[start] == "\t" { start = index(after: start) }
        while end > start {
            let before = index(before: end)
            guard self[before] == " " || self[before] == "\t" else { break }
            end = before
        }
        return self[start..<end]
    }
}
