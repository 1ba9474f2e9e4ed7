import EntenteIngest
import Testing

/// A trip's span given once ("Clinton's July 31-August 10 trip") dates the legs the article tells with no day of their own.
struct TourSpanTests {
    /// Each leg abroad, and what the traveller does there, takes the span; what has its own day keeps it.
    @Test func legsTakeTheTripsSpan() {
        let tour = eventSummaries(
            """
            Hillary Clinton on Tuesday began a trip to Africa. In Malawi, she is to meet with President Joyce Banda. Clinton will \
            meet Jacob Zuma in Pretoria on August 8. Clinton's July 31-August 10 trip will emphasise democratic institutions.
            """, on: "2012-07-31", language: .en)
        #expect(tour.contains("meeting Hillary Clinton/US+Joyce Banda/MW @MW 2012-07-31 planned"), "\(tour)")
        #expect(tour.contains("visit Hillary Clinton/US @MW 2012-07-31 planned"), "\(tour)")
        #expect(tour.contains("meeting Hillary Clinton/US+Jacob Zuma/ZA @ZA 2012-08-08 planned"), "\(tour)")
    }

    /// A past trip's span dates only what was held: a return promised for later keeps no date of it.
    @Test func aPastSpanDatesOnlyWhatWasHeld() {
        let kenya = eventSummaries(
            "Barack Obama's July 24-28 trip took him to Kenya and Ethiopia. Barack Obama said he would visit Tanzania after leaving office.",
            on: "2015-08-10", language: .en)
        #expect(kenya.contains("visit Barack Obama/US @KE 2015-07-24 held"), "\(kenya)")
        #expect(kenya.contains("visit Barack Obama/US @TZ - planned"), "\(kenya)")
    }

    /// Two spans for one traveller date nothing: which leg is in which is not told.
    @Test func twoSpansDateNothing() {
        let tours = eventSummaries(
            """
            Clinton's July 31-August 10 trip will emphasise democracy. Clinton's September 2-8 trip will emphasise trade. \
            In Malawi, Hillary Clinton is to meet with President Joyce Banda.
            """, on: "2012-07-31", language: .en)
        #expect(tours.contains("meeting Hillary Clinton/US+Joyce Banda/MW @MW - planned"), "\(tours)")
    }
}
