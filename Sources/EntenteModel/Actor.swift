/// A person or organisation that takes part in events.
public struct Actor: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case person, organisation
    }

    /// A name in one language (`fr`: Sergueï Lavrov).
    public struct Name: Sendable, Equatable, Hashable {
        public var language: String
        public var name: String

        public init(language: String, name: String) {
            self.language = language
            self.name = name
        }
    }

    /// An office held over a span: `foreign minister` of `RU` from `2004-03-09`.
    public struct Office: Sendable, Equatable {
        public var office: String
        public var country: String?
        public var start: PartialDate?
        public var end: PartialDate?

        public init(office: String, country: String?, start: PartialDate?, end: PartialDate?) {
            self.office = office
            self.country = country
            self.start = start
            self.end = end
        }

        /// Whether the office was held on `date` (open ends hold for ever).
        public func isHeld(on date: PartialDate) -> Bool {
            if let start, date.lastDay < start.firstDay { return false }
            if let end, date.firstDay > end.lastDay { return false }
            return true
        }
    }

    public var id: String
    public var name: String
    public var kind: Kind
    public var country: String?
    public var aliases: [Name]
    public var offices: [Office]
    public var wikidataID: String?

    public init(
        id: String, name: String, kind: Kind = .person, country: String? = nil, aliases: [Name] = [], offices: [Office] = [],
        wikidataID: String? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.country = country
        self.aliases = aliases
        self.offices = offices
        self.wikidataID = wikidataID
    }

    /// A URL-safe id from a name: `Sergueï Lavrov` → `sergueï-lavrov` → `serguei-lavrov`.
    public static func slug(for name: String) -> String {
        var slug = ""
        var pendingDash = false
        for character in NameNormalizer.foldDiacritics(name).lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                slug.append(character)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "actor" : String(slug.prefix(80))
    }
}

/// Normalises names for lookup: diacritics folded, case folded, punctuation and hyphens as spaces.
public enum NameNormalizer {
    /// `Sergueï Lavrov` and `Sergei-Lavrov`-like spellings meet in one form: `serguei lavrov`.
    public static func normalize(_ name: String) -> String {
        let folded = foldDiacritics(name)
        if folded.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII (most names once folded): one pass over the bytes.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(folded.utf8.count)
            var pendingSpace = false
            for byte in folded.utf8 {
                let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                if lower >= 0x61 && lower <= 0x7A || lower >= 0x30 && lower <= 0x39 {
                    if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
                    pendingSpace = false
                    bytes.append(lower)
                } else {
                    pendingSpace = true
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        let spaced = String(folded.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " })
        return spaced.split(separator: " ").joined(separator: " ")
    }

    /// Whether a character belongs to a word (a letter or a digit), without Unicode lookups for ASCII.
    @inlinable
    public static func isWordCharacter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue {
            return ascii >= 0x61 && ascii <= 0x7A || ascii >= 0x41 && ascii <= 0x5A || ascii >= 0x30 && ascii <= 0x39
        }
        return character.isLetter || character.isNumber
    }

    /// Whether a character is a letter, without Unicode lookups for ASCII.
    @inlinable
    public static func isLetter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return ascii >= 0x61 && ascii <= 0x7A || ascii >= 0x41 && ascii <= 0x5A }
        return character.isLetter
    }

    /// Maps Latin letters with diacritics to their base letter and drops combining marks (é → e, ï → i).
    public static func foldDiacritics(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !(0x0300...0x036F).contains(scalar.value) {
            if scalar.value < 0x80 {
                scalars.append(scalar)
            } else if let base = LatinDecomposition.table[scalar.value], let folded = Unicode.Scalar(base) {
                scalars.append(folded)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}

/// Latin-1 Supplement and Latin Extended-A letters mapped to their base letter.
enum LatinDecomposition {
    static let table: [UInt32: UInt32] = {
        var table: [UInt32: UInt32] = [:]
        let groups: [(String, Character)] = [
            ("ÀÁÂÃÄÅĀĂĄ", "A"), ("àáâãäåāăą", "a"), ("ÇĆĈĊČ", "C"), ("çćĉċč", "c"), ("ĎĐ", "D"), ("ďđ", "d"),
            ("ÈÉÊËĒĔĖĘĚ", "E"), ("èéêëēĕėęě", "e"), ("ĜĞĠĢ", "G"), ("ĝğġģ", "g"), ("ĤĦ", "H"), ("ĥħ", "h"),
            ("ÌÍÎÏĨĪĬĮİ", "I"), ("ìíîïĩīĭįı", "i"), ("Ĵ", "J"), ("ĵ", "j"), ("Ķ", "K"), ("ķ", "k"),
            ("ĹĻĽĿŁ", "L"), ("ĺļľŀł", "l"), ("ÑŃŅŇ", "N"), ("ñńņň", "n"), ("ÒÓÔÕÖØŌŎŐ", "O"), ("òóôõöøōŏő", "o"),
            ("ŔŖŘ", "R"), ("ŕŗř", "r"), ("ŚŜŞŠ", "S"), ("śŝşš", "s"), ("ŢŤŦ", "T"), ("ţťŧ", "t"),
            ("ÙÚÛÜŨŪŬŮŰŲ", "U"), ("ùúûüũūŭůűų", "u"), ("Ŵ", "W"), ("ŵ", "w"), ("ÝŶŸ", "Y"), ("ýÿŷ", "y"),
            ("ŹŻŽ", "Z"), ("źżž", "z"),
        ]
        for (letters, base) in groups {
            for letter in letters { table[letter.unicodeScalars.first!.value] = base.unicodeScalars.first!.value }
        }
        return table
    }()
}
