/// A calendar date known to the year, the month or the day: `2001`, `2018-04`, `2018-05-31`.
///
/// ## Ordering
/// Dates order by the first day they cover; on a tie the coarser date comes first, so
/// `2018` < `2018-01` < `2018-01-01` < `2018-01-02` < `2018-02`. ``sortKey`` encodes exactly
/// this order as a string, so the database can sort and range-scan by it (see `docs/dates.md`).
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// How much of the date is known.
    public enum Precision: Int, Sendable, Comparable, CaseIterable, CustomStringConvertible {
        case year = 0, month = 1, day = 2

        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }

        public var description: String {
            switch self {
            case .year: "year"
            case .month: "month"
            case .day: "day"
            }
        }

        public init?(name: String) {
            guard let precision = Precision.allCases.first(where: { $0.description == name }) else { return nil }
            self = precision
        }
    }

    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Creates a date; `nil` when the parts do not name a real calendar date (years 1–9999).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` strictly (four-digit year, two-digit parts).
    public init?(_ text: some StringProtocol) {
        // One pass over the bytes: the registry alone parses thousands of these at start-up.
        var fields = [0, 0, 0]
        var count = 0
        var digits = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") {
                guard digits == (count == 0 ? 4 : 2), count < 2 else { return nil }
                count += 1
                digits = 0
            } else {
                guard (0x30...0x39).contains(byte) else { return nil }
                fields[count] = fields[count] * 10 + Int(byte - 0x30)
                digits += 1
            }
        }
        guard digits == (count == 0 ? 4 : 2) else { return nil }
        self.init(year: fields[0], month: count > 0 ? fields[1] : nil, day: count > 1 ? fields[2] : nil)
    }

    public var precision: Precision { day != nil ? .day : month != nil ? .month : .year }

    /// `2018`, `2018-05` or `2018-05-31`.
    public var description: String {
        var text = Self.pad(year, 4)
        if let month { text += "-" + Self.pad(month, 2) }
        if let day { text += "-" + Self.pad(day, 2) }
        return text
    }

    /// The first day the date covers.
    public var firstDay: PartialDate { PartialDate(year: year, month: month ?? 1, day: day ?? 1)! }

    /// The last day the date covers.
    public var lastDay: PartialDate {
        let lastMonth = month ?? 12
        return PartialDate(year: year, month: lastMonth, day: day ?? Self.daysIn(month: lastMonth, year: year))!
    }

    /// A string that sorts like the dates: first day as `YYYYMMDD`, then the precision digit.
    public var sortKey: String {
        let first = firstDay
        return Self.pad(first.year, 4) + Self.pad(first.month!, 2) + Self.pad(first.day!, 2) + String(precision.rawValue)
    }

    /// Whether every day of `other` lies within this date (`2018-05` contains `2018-05-31`).
    public func contains(_ other: PartialDate) -> Bool {
        firstDay.dayNumber <= other.firstDay.dayNumber && other.lastDay.dayNumber <= lastDay.dayNumber
    }

    /// Whether the two may name the same day: one contains the other.
    public func isCompatible(with other: PartialDate) -> Bool { contains(other) || other.contains(self) }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        let (left, right) = (lhs.firstDay.dayNumber, rhs.firstDay.dayNumber)
        return left != right ? left < right : lhs.precision < rhs.precision
    }

    // MARK: - Calendar arithmetic (proleptic Gregorian)

    /// Days since 0001-01-01 of a day-precision date (of the first day otherwise).
    public var dayNumber: Int {
        let m = month ?? 1
        let d = day ?? 1
        // Days before this year, before this month, then the day.
        var days = Self.daysBefore(year: year)
        for previous in 1..<m { days += Self.daysIn(month: previous, year: year) }
        return days + d - 1
    }

    /// The day-precision date `count` days later (or earlier when negative).
    public func addingDays(_ count: Int) -> PartialDate? { PartialDate(dayNumber: firstDay.dayNumber + count) }

    /// The day with this day number; `nil` outside 0001-01-01 … 9999-12-31.
    public init?(dayNumber: Int) {
        guard dayNumber >= 0, dayNumber < Self.daysBefore(year: 10_000) else { return nil }
        var year = max(1, dayNumber / 366)
        while year < 9999 && Self.daysBefore(year: year + 1) <= dayNumber { year += 1 }
        var remaining = dayNumber - Self.daysBefore(year: year)
        var month = 1
        while month < 12 && remaining >= Self.daysIn(month: month, year: year) {
            remaining -= Self.daysIn(month: month, year: year)
            month += 1
        }
        self.init(year: year, month: month, day: remaining + 1)
    }

    /// Days from 0001-01-01 to the first day of `year`.
    static func daysBefore(year: Int) -> Int {
        let y = year - 1
        return y * 365 + y / 4 - y / 100 + y / 400
    }

    /// ISO weekday, 1 = Monday … 7 = Sunday, of the first day.
    public var weekday: Int { (firstDay.dayNumber % 7) + 1 }

    public static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
