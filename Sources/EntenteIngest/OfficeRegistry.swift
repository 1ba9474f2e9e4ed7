import EntenteModel

/// An office a title names.
public enum Office: String, Sendable, CaseIterable {
    case headOfState = "head_of_state"
    case headOfGovernment = "head_of_government"
    case foreignMinister = "foreign_minister"
    /// A vice-president who is no head of government (the United States', China's, Brazil's …).
    case vicePresident = "vice_president"
    /// The heir of a monarchy (Saudi Arabia's, the Gulf's, Jordan's, the United Kingdom's, Japan's).
    case crownPrince = "crown_prince"
    /// Iran's Supreme Leader.
    case supremeLeader = "supreme_leader"

    /// The offices every country of the registry has (the others only some).
    public static let governing: [Office] = [.headOfState, .headOfGovernment, .foreignMinister]
}

/// One person's term in one office.
public struct OfficeTerm: Sendable, Equatable {
    public var country: String
    public var office: Office
    /// Canonical English name (the English Wikipedia title's form).
    public var name: String
    public var aliases: [String]
    public var start: PartialDate
    public var end: PartialDate?

    /// Whether the term covers `date` (a term ending on a day still covers that day).
    public func covers(_ date: PartialDate) -> Bool {
        start.firstDay <= date.lastDay && (end.map { date.firstDay <= $0.lastDay } ?? true)
    }
}

/// Heads of state and government and foreign ministers with their terms (generated from
/// `Scripts/data/officeholders.tsv`), so a title resolves to whoever held it on a date.
public enum OfficeRegistry {
    public static let terms: [OfficeTerm] = table.utf8.split(separator: 0x0A).compactMap { line in
        // (Split on bytes, as the gazetteer's tables are: some four thousand lines, read at every start.)
        let fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        guard fields.count == 6, let office = Office(rawValue: fields[1]), let start = PartialDate(fields[4]) else { return nil }
        let aliases = fields[3].utf8.split(separator: 0x7C).map { String(decoding: $0, as: UTF8.self) }
        return OfficeTerm(
            country: fields[0], office: office, name: fields[2], aliases: aliases, start: start,
            end: fields[5].isEmpty ? nil : PartialDate(fields[5]))
    }

    /// Who held `office` for `country` on `date`; the most recent term when two touch that day.
    /// Countries whose head of government, not their head of state, leads (parliamentary systems, public fact): a
    /// release of their government's leaves its own Prime Minister unnamed. (Not France or Russia, whose president leads.)
    public static let governmentLeads: Set<String> = [
        "GB", "IN", "JP", "CA", "AU", "NZ", "IT", "ES", "DE", "NL", "BE", "LU", "SE", "NO", "DK", "FI", "IE", "IS", "IL", "GR", "PL",
        "CZ", "SK", "HU", "AT", "SI", "HR", "EE", "LV", "LT", "MT", "PK", "BD", "NP", "TH", "MY", "SG", "PG", "FJ", "VU", "SB", "WS",
        "TO", "JM", "TT", "BB", "ET", "IQ", "LB", "AM", "GE", "MN", "KH", "BT",
    ]

    /// Who takes `office` next, within half a year after `date` (a president-elect).
    public static func nextHolder(of office: Office, country: String, after date: PartialDate) -> OfficeTerm? {
        guard let limit = date.lastDay.addingDays(183) else { return nil }
        return termsByOffice[OfficeKey(office: office, country: country)]?
            .filter { $0.start.firstDay >= date.firstDay && $0.start.firstDay <= limit }.min { $0.start < $1.start }
    }

    public static func holder(of office: Office, country: String, on date: PartialDate) -> OfficeTerm? {
        termsByOffice[OfficeKey(office: office, country: country)]?.filter { $0.covers(date) }.max { $0.start < $1.start }
    }

    private struct OfficeKey: Hashable {
        var office: Office
        var country: String
    }

    private static let termsByOffice: [OfficeKey: [OfficeTerm]] = Dictionary(grouping: terms) { OfficeKey(office: $0.office, country: $0.country) }

    private static let byName: [String: OfficeTerm] = {
        var index: [String: OfficeTerm] = [:]
        for term in terms {
            for name in [term.name] + term.aliases {
                let key = NameNormalizer.normalize(name)
                if index[key] == nil { index[key] = term }
            }
        }
        return index
    }()

    /// The canonical name and country of a person known under this spelling (Sergueï Lavrov → Sergei Lavrov).
    /// The country a person served on `date`, for someone who served more than one (Donald Tusk: the EU's
    /// Council, then Poland's government): the term that covers the date, else the last one begun before it.
    public static func country(of name: String, on date: PartialDate) -> String? {
        guard let terms = termsByName[name], Set(terms.map(\.country)).count > 1 else { return nil }
        // (Else the office held last: Elizabeth II after 2022 is the United Kingdom's, the first of her realms listed, though her
        // reign over Solomon Islands began later.)
        return terms.first { $0.covers(date) }?.country
            ?? terms.filter { $0.start.firstDay <= date.lastDay }.max { first, second in
                guard let firstEnd = first.end else { return false }
                guard let secondEnd = second.end else { return true }
                return firstEnd < secondEnd
            }?.country
    }

    static let termsByName: [String: [OfficeTerm]] = Dictionary(grouping: terms, by: \.name)

    /// Former national leaders and ministers while they head an international organisation other than the EU's (public
    /// facts): they represent no country then ("NATO's Mark Rutte" in 2025, not the Netherlands).
    /// With the country of the organisation's seat, where their presence is no visit.
    static let internationalPosts: [String: [(start: PartialDate, end: PartialDate?, seat: String)]] = [
        "Kofi Annan": [(PartialDate(year: 1997, month: 1, day: 1)!, PartialDate(year: 2006, month: 12, day: 31), "US")],
        "Ban Ki-moon": [(PartialDate(year: 2007, month: 1, day: 1)!, PartialDate(year: 2016, month: 12, day: 31), "US")],
        "António Guterres": [(PartialDate(year: 2017, month: 1, day: 1)!, nil, "US")],
        "Jaap de Hoop Scheffer": [(PartialDate(year: 2004, month: 1, day: 1)!, PartialDate(year: 2009, month: 8, day: 1), "BE")],
        "Anders Fogh Rasmussen": [(PartialDate(year: 2009, month: 8, day: 1)!, PartialDate(year: 2014, month: 10, day: 1), "BE")],
        "Jens Stoltenberg": [(PartialDate(year: 2014, month: 10, day: 1)!, PartialDate(year: 2024, month: 10, day: 1), "BE")],
        "Mark Rutte": [(PartialDate(year: 2024, month: 10, day: 1)!, nil, "BE")],
        "Tedros Adhanom": [(PartialDate(year: 2017, month: 7, day: 1)!, nil, "CH")],
        "Moussa Faki": [(PartialDate(year: 2017, month: 3, day: 14)!, PartialDate(year: 2025, month: 2, day: 15), "ET")],
        "Ngozi Okonjo-Iweala": [(PartialDate(year: 2021, month: 3, day: 1)!, nil, "CH")],
        "Kristalina Georgieva": [(PartialDate(year: 2019, month: 10, day: 1)!, nil, "US")],
    ]

    /// The seat of the international organisation `name` headed, if any (see ``internationalPosts``).
    public static func internationalSeat(of name: String) -> String? { internationalPosts[name]?.last?.seat }

    /// Whether `name` headed an international organisation on `date` (see ``internationalPosts``).
    public static func heldInternationalPost(_ name: String, on date: PartialDate) -> Bool {
        (internationalPosts[name] ?? []).contains { post in
            post.start.firstDay <= date.lastDay && post.end.map { date.firstDay < $0 } ?? true
        }
    }

    /// The office a person held on `date`, if the registry knows it (foreign minister first: a counterpart is
    /// most often a diplomat's).
    public static func office(of name: String, on date: PartialDate) -> Office? {
        let held = offices(of: name, on: date)
        return [Office.foreignMinister, .headOfGovernment, .headOfState, .vicePresident, .crownPrince, .supremeLeader].first(where: held.contains)
    }

    /// Whether the person held an office within `years` of `date`.
    public static func served(_ name: String, near date: PartialDate, years: Int) -> Bool {
        (termsByName[name] ?? []).contains { term in
            term.start.year - years <= date.year && (term.end.map { date.year <= $0.year + years } ?? true)
        }
    }

    /// How many days `date` lies from the person's nearest term of office (0 within one).
    static func daysFromOffice(_ name: String, on date: PartialDate) -> Int {
        (termsByName[name] ?? []).map { term in
            if term.covers(date) { return 0 }
            if date.lastDay < term.start.firstDay { return term.start.firstDay.dayNumber - date.lastDay.dayNumber }
            return date.firstDay.dayNumber - (term.end?.lastDay.dayNumber ?? date.firstDay.dayNumber)
        }.min() ?? Int.max
    }

    /// Whether every office the registry knows the person in ended more than `years` years before `date`.
    public static func leftOffice(_ name: String, yearsBefore date: PartialDate, years: Int) -> Bool {
        guard let terms = termsByName[name], !terms.isEmpty else { return false }
        return terms.allSatisfy { term in term.end.map { $0.year + years < date.year } ?? false }
    }

    /// Every office the person held on `date`.
    public static func offices(of name: String, on date: PartialDate) -> [Office] {
        (termsByName[name] ?? []).filter { $0.covers(date) }.map(\.office)
    }

    /// The officeholder whose full name (two words or more) a text spells out first, as an address's slug does
    /// (".../174312-bernard-kouchner-03022009-france-colombie"); not one named as the other party ("…-with-wang-yi").
    public static func person(spelledIn text: String) -> (name: String, country: String)? {
        let words = NameNormalizer.normalize(text).split(separator: " ").map(String.init)
        let otherParty: Set<String> = ["with", "avec", "and", "et", "meets", "met", "rencontre", "to", "a"]
        for index in words.indices where index == 0 || !otherParty.contains(words[index - 1]) {
            let matches = (namesByFirstWord[words[index]] ?? []).filter { name in
                index + name.count <= words.count && Array(words[index..<(index + name.count)]) == name
            }
            if let name = matches.max(by: { $0.count < $1.count }), let term = byName[name.joined(separator: " ")] {
                return (term.name, term.country)
            }
        }
        return nil
    }

    /// The names of two words or more, as words, by their first.
    private static let namesByFirstWord: [String: [[String]]] = {
        var index: [String: [[String]]] = [:]
        for key in byName.keys {
            let words = key.split(separator: " ").map(String.init)
            if words.count >= 2 { index[words[0], default: []].append(words) }
        }
        return index
    }()

    public static func person(named name: String) -> (name: String, country: String)? {
        byName[NameNormalizer.normalize(name)].map { ($0.name, $0.country) }
    }
}
