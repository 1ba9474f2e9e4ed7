import EntenteModel
import Testing

struct PartialDateTests {
    /// Well-formed dates parse with their precision; anything else is refused.
    @Test(arguments: [
        ("2001", "year"), ("2018-04", "month"), ("2018-05-31", "day"), ("2020-02-29", "day"), ("0001", "year"), ("9999-12-31", "day"),
    ])
    func parsesValidDates(text: String, precision: String) throws {
        let date = try #require(PartialDate(text))
        #expect(date.precision.description == precision)
        #expect(date.description == text)
    }

    @Test(arguments: ["", "18", "2018-5", "2018-13", "2018-00", "2019-02-29", "2018-04-31", "2018-05-31T10", "0000", "2018/05", "２０１８", "-2018", "2018-05-",
        "2018-05-31-01", "20180", "2018--05", "201-805", "2018-05-3", "2018-0a", "2018-05-31 "])
    func refusesInvalidDates(text: String) {
        #expect(PartialDate(text) == nil)
    }

    /// The documented order: by first day, coarser first on a tie.
    @Test func ordersCoarserFirstOnTies() throws {
        let texts = ["2018-05-31", "2018", "2018-05", "2017-12-31", "2018-01", "2018-01-01", "2018-05-01", "2019"]
        let sorted = texts.compactMap(PartialDate.init).sorted().map(\.description)
        #expect(sorted == ["2017-12-31", "2018", "2018-01", "2018-01-01", "2018-05", "2018-05-01", "2018-05-31", "2019"])
        // The database's sort key orders exactly like the type.
        #expect(texts.compactMap(PartialDate.init).sorted { $0.sortKey < $1.sortKey }.map(\.description) == sorted)
    }

    /// Containment and compatibility follow the spans the dates cover.
    @Test func containmentFollowsSpans() throws {
        let month = try #require(PartialDate("2018-05"))
        #expect(month.contains(try #require(PartialDate("2018-05-31"))))
        #expect(!month.contains(try #require(PartialDate("2018-06-01"))))
        #expect(try #require(PartialDate("2018")).isCompatible(with: month))
        #expect(!month.isCompatible(with: try #require(PartialDate("2018-04"))))
        #expect(month.lastDay.description == "2018-05-31")
        #expect(try #require(PartialDate("2016-02")).lastDay.description == "2016-02-29")
    }

    /// Day arithmetic and weekdays agree with the calendar (31 May 2018 was a Thursday).
    @Test func calendarArithmetic() throws {
        let date = try #require(PartialDate("2018-05-31"))
        #expect(date.weekday == 4)
        #expect(try #require(PartialDate("2026-11-29")).weekday == 7)
        #expect(date.addingDays(1)?.description == "2018-06-01")
        #expect(try #require(PartialDate("2018-12-31")).addingDays(1)?.description == "2019-01-01")
        #expect(try #require(PartialDate("2024-03-01")).addingDays(-1)?.description == "2024-02-29")
        #expect(PartialDate(dayNumber: date.dayNumber) == date)
        // The calendar's ends: no day after 9999-12-31, none before 0001-01-01, and no crash beyond.
        #expect(try #require(PartialDate("9999-12-31")).addingDays(1) == nil)
        #expect(try #require(PartialDate("0001-01-01")).addingDays(-1) == nil)
        #expect(PartialDate(dayNumber: Int.max / 2) == nil)
        #expect(PartialDate(dayNumber: 0)?.description == "0001-01-01")
    }
}

struct NameTests {
    /// Spellings meet in one folded form, and slugs are URL-safe.
    @Test func normalizesNames() {
        #expect(NameNormalizer.normalize("Sergueï  Lavrov") == "serguei lavrov")
        #expect(NameNormalizer.normalize("Ri Yong-ho") == NameNormalizer.normalize("ri yong ho"))
        #expect(Actor.slug(for: "Luiz Inácio Lula da Silva") == "luiz-inacio-lula-da-silva")
        #expect(Actor.slug(for: "Kim Jong-un") == "kim-jong-un")
    }

    /// Offices are held between their dates, open ends included.
    @Test func officeHeldOnDate() throws {
        let office = Actor.Office(office: "president", country: "US", start: PartialDate("2017-01-20"), end: PartialDate("2021-01-20"))
        #expect(office.isHeld(on: try #require(PartialDate("2018"))))
        #expect(!office.isHeld(on: try #require(PartialDate("2022-02"))))
        #expect(Actor.Office(office: "x", country: nil, start: PartialDate("2004"), end: nil).isHeld(on: try #require(PartialDate("2026"))))
    }
}
