import EntenteModel

/// Office-holders found under a spelling the registry does not list: "Bachar el-Assad" is Bashar al-Assad,
/// "Michel Sleimane" Michel Suleiman, "Gurbanguly Berdimuhamedow" Gurbanguly Berdimuhamedov.
extension OfficeRegistry {
    /// The office-holder whose name sounds like `name` (see ``spellingKey(_:)``), when exactly one does and they
    /// served within `years` (five) of `date`. Either the keys are equal, or the written name has more words and keeps
    /// the registry name's first and last ("Félix Antoine Tshisekedi Tshilombo" is Félix Tshisekedi), or, of two words, they
    /// are the registry name's the other way round.
    public static func person(soundingLike name: String, near date: PartialDate, years: Int = 5) -> (name: String, country: String)? {
        let key = spellingKey(name)
        guard key.count >= 2 else { return nil }
        var candidates = Set(namesBySpelling.keys[key.joined(separator: " ")] ?? [])
        if candidates.isEmpty, key.count >= 3 {
            // (The word kept must begin as the registry name's last does: "Mohammed Haneef Atmar" is not Muhammad bin Nayef,
            // though "Haneef" and "Nayef" share their consonants once "h" is dropped.)
            let words = NameNormalizer.normalize(name).split(separator: " ").dropFirst()
            for word in words {
                guard let last = spellingKey(String(word)).first else { continue }
                for candidate in namesBySpelling.ends[key[0] + " " + last] ?? []
                where NameNormalizer.normalize(candidate).split(separator: " ").last?.first == word.first {
                    candidates.insert(candidate)
                }
            }
        }
        // ("SE Issoufou Mahamadou": a name of two words in the other order, as a surname first is written in West Africa.)
        // (Spelt nearly the same, not only sounding alike: "Tebboune Abdelmajid" is Abdelmadjid Tebboune, "Hussein al-Sheikh" is
        // not Sheikh Hasina.)
        if candidates.isEmpty, key.count == 2 {
            let reversed = Array(ownWords(name).reversed())
            candidates = Set((namesBySpelling.keys[key[1] + " " + key[0]] ?? []).filter { candidate in
                let words = ownWords(candidate)
                return words.count == 2 && zip(words, reversed).allSatisfy { editDistance(Array($0), Array($1)) <= 2 }
            })
        }
        let serving = candidates.filter { served($0, near: date, years: years) }
        guard serving.count == 1, let found = serving.first, let term = termsByName[found]?.first else { return nil }
        return (term.name, term.country)
    }

    /// A name reduced to what its spellings across English and French transliteration share: folded, without
    /// particles (al, el, bin, ben, ibn), French digraphs in their English form (ch → sh, tch → ch, ou → u,
    /// dj → j, z for Arabic dh), then each word's consonants, doubled letters once ("Bachar el-Assad" and "Bashar al-Assad"
    /// are both `bsr sd`). Words that leave no consonant are dropped.
    public static func spellingKey(_ name: String) -> [String] {
        NameNormalizer.normalize(name).utf8.split(separator: 0x20).compactMap { word -> String? in
            let bytes = Array(word)
            guard !particles.contains(String(decoding: bytes, as: UTF8.self)) else { return nil }
            var key: [UInt8] = []
            var index = 0
            // (Compared byte by byte: the registry's four thousand names are keyed at every start.)
            let (c, d, f, h, j, p, s, t, z) = (
                UInt8(ascii: "c"), UInt8(ascii: "d"), UInt8(ascii: "f"), UInt8(ascii: "h"), UInt8(ascii: "j"), UInt8(ascii: "p"),
                UInt8(ascii: "s"), UInt8(ascii: "t"), UInt8(ascii: "z")
            )
            while index < bytes.count {
                // (French "ch" is English "sh", and French "tch" English "ch": all come to one letter; so do "dj", "dzh", "zh".)
                let first = bytes[index]
                let second = index + 1 < bytes.count ? bytes[index + 1] : 0
                let third = index + 2 < bytes.count ? bytes[index + 2] : 0
                var letter: UInt8
                if third == h && (first == t && (second == c || second == s) || first == d && second == z) {
                    letter = first == d ? j : s
                    index += 3
                } else if second == h && (first == c || first == s || first == z || first == p || first == d) || first == d && second == j {
                    // (Arabic "dh" is French "z": "Moustafa al-Kazimi" is Mustafa Al-Kadhimi.)
                    letter = first == d && second == h ? s : first == d || first == z ? j : first == p ? f : s
                    index += 2
                } else {
                    letter = first
                    index += 1
                    switch letter {
                    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"), h:
                        continue
                    case UInt8(ascii: "w"): letter = UInt8(ascii: "v")
                    case UInt8(ascii: "q"), c: letter = UInt8(ascii: "k")
                    case z: letter = s
                    default: break
                    }
                }
                if key.last != letter { key.append(letter) }
            }
            return key.isEmpty ? nil : String(decoding: key, as: UTF8.self)
        }
    }

    /// Words that join the parts of Arabic and other names and are spelled every way ("al-", "el-", "ben", "bin").
    /// The number of letters to insert, delete or replace to make one word the other.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var row = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var previous = row[0]
            row[0] = i + 1
            for (j, y) in b.enumerated() {
                let current = row[j + 1]
                row[j + 1] = min(row[j + 1] + 1, row[j] + 1, previous + (x == y ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }

    /// A name's normalized words without its particles.
    private static func ownWords(_ name: String) -> [Substring] {
        NameNormalizer.normalize(name).split(separator: " ").filter { !particles.contains(String($0)) }
    }

    private static let particles: Set<String> = ["al", "el", "ul", "bin", "ben", "ibn", "bint", "ould", "ag", "abu", "bou"]

    /// Canonical names by the spelling key of each name and alias (its words joined), and by its first and last words.
    private static let namesBySpelling: (keys: [String: Set<String>], ends: [String: Set<String>]) = {
        var keys: [String: Set<String>] = [:]
        var ends: [String: Set<String>] = [:]
        for term in terms {
            for name in [term.name] + term.aliases {
                let key = spellingKey(name)
                guard key.count >= 2 else { continue }
                // ("Hamad bin Isa", "Mohammed bin Rashid": a patronymic without its house sounds like any two-word name once
                // "bin" is dropped, "Ahmad Issa", "Mohamed Rashid"; it is matched as written only.)
                if key.count == 2, NameNormalizer.normalize(name).split(separator: " ").contains(where: { ["bin", "ben", "ibn", "bint"].contains(String($0)) }) {
                    continue
                }
                keys[key.joined(separator: " "), default: []].insert(term.name)
                ends[key[0] + " " + key[key.count - 1], default: []].insert(term.name)
            }
        }
        return (keys, ends)
    }()
}
