import EntenteModel

/// Office-holders found under a spelling the registry does not list: "Bachar el-Assad" is Bashar al-Assad,
/// "Michel Sleimane" Michel Suleiman, "Gurbanguly Berdimuhamedow" Gurbanguly Berdimuhamedov.
extension OfficeRegistry {
    /// The office-holder whose name sounds like `name` (see ``spellingKey(_:)``), when exactly one does and they
    /// served within `years` (five) of `date`. Either the keys are equal, or the written name has more words and keeps
    /// the registry name's first and last ("Félix Antoine Tshisekedi Tshilombo" is Félix Tshisekedi).
    public static func person(soundingLike name: String, near date: PartialDate, years: Int = 5) -> (name: String, country: String)? {
        let key = spellingKey(name)
        guard key.count >= 2 else { return nil }
        var candidates = Set(namesBySpelling.keys[key.joined(separator: " ")] ?? [])
        if candidates.isEmpty, key.count >= 3 {
            for last in key.dropFirst() {
                for candidate in namesBySpelling.ends[key[0] + " " + last] ?? [] { candidates.insert(candidate) }
            }
        }
        let serving = candidates.filter { served($0, near: date, years: years) }
        guard serving.count == 1, let found = serving.first, let term = termsByName[found]?.first else { return nil }
        return (term.name, term.country)
    }

    /// A name reduced to what its spellings across English and French transliteration share: folded, without
    /// particles (al, el, bin, ben, ibn), French digraphs in their English form (ch → sh, tch → ch, ou → u,
    /// dj → j), then each word's consonants, doubled letters once ("Bachar el-Assad" and "Bashar al-Assad"
    /// are both `bsr sd`). Words that leave no consonant are dropped.
    public static func spellingKey(_ name: String) -> [String] {
        NameNormalizer.normalize(name).split(separator: " ").compactMap { word -> String? in
            guard !particles.contains(String(word)) else { return nil }
            let bytes = Array(word.utf8)
            var key: [UInt8] = []
            var index = 0
            func at(_ offset: Int, _ text: StaticString) -> Bool {
                let count = text.utf8CodeUnitCount
                guard index + offset + count <= bytes.count else { return false }
                return (0..<count).allSatisfy { bytes[index + offset + $0] == text.utf8Start[$0] }
            }
            while index < bytes.count {
                // (French "ch" is English "sh", and French "tch" English "ch": all come to one letter; so do "dj", "dzh", "zh".)
                var letter: UInt8
                if at(0, "tch") || at(0, "tsh") || at(0, "dzh") {
                    letter = at(0, "dzh") ? UInt8(ascii: "j") : UInt8(ascii: "s")
                    index += 3
                } else if at(0, "ch") || at(0, "sh") || at(0, "dj") || at(0, "zh") || at(0, "ph") {
                    letter = at(0, "dj") || at(0, "zh") ? UInt8(ascii: "j") : at(0, "ph") ? UInt8(ascii: "f") : UInt8(ascii: "s")
                    index += 2
                } else {
                    letter = bytes[index]
                    index += 1
                    switch letter {
                    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"),
                        UInt8(ascii: "h"):
                        continue
                    case UInt8(ascii: "w"): letter = UInt8(ascii: "v")
                    case UInt8(ascii: "q"), UInt8(ascii: "c"): letter = UInt8(ascii: "k")
                    case UInt8(ascii: "z"): letter = UInt8(ascii: "s")
                    default: break
                    }
                }
                if key.last != letter { key.append(letter) }
            }
            return key.isEmpty ? nil : String(decoding: key, as: UTF8.self)
        }
    }

    /// Words that join the parts of Arabic and other names and are spelled every way ("al-", "el-", "ben", "bin").
    private static let particles: Set<String> = ["al", "el", "ul", "bin", "ben", "ibn", "bint", "ould", "ag", "abu", "bou"]

    /// Canonical names by the spelling key of each name and alias (its words joined), and by its first and last words.
    private static let namesBySpelling: (keys: [String: Set<String>], ends: [String: Set<String>]) = {
        var keys: [String: Set<String>] = [:]
        var ends: [String: Set<String>] = [:]
        for term in terms {
            for name in [term.name] + term.aliases {
                let key = spellingKey(name)
                guard key.count >= 2 else { continue }
                keys[key.joined(separator: " "), default: []].insert(term.name)
                ends[key[0] + " " + key[key.count - 1], default: []].insert(term.name)
            }
        }
        return (keys, ends)
    }()
}
