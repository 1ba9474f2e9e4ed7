import EntenteIngest
import Testing

/// Courtesy calls and appointments ("The EAM called on Prime Minister Kishida", "a rendez-vous avec"): meetings; appeals
/// ("called on Israel to stop") are not.
struct CourtesyCallTests {
    /// "called on" with a person right after it is a meeting; "the EAM" is India's foreign minister; the Prime Minister
    /// whose greetings were conveyed is no party.
    @Test func aCallOnSomeoneIsAMeeting() {
        #expect(eventSummaries(
            "The EAM called on Japanese Prime Minister, Fumio Kishida and conveyed Prime Minister Modi's greetings to him.",
            on: "2024-03-07", language: .en) == [
                "meeting S. Jaishankar/IN+Fumio Kishida/JP @JP - held",
                "visit S. Jaishankar/IN @JP - held",
            ])
        // (What follows the comma is another clause: its "to meet" makes no appeal of the call.)
        let colombo = eventSummaries(
            "Indian External Affairs Minister Sushma Swaraj is expected to call on Prime Minister Ranil Wickremesinghe at 12.15 p.m., and thereafter, is likely to meet leaders of the TNA.",
            on: "2015-03-07", language: .en)
        #expect(colombo.contains { $0.hasPrefix("meeting Sushma Swaraj/IN+Ranil Wickremesinghe/LK @LK") && $0.hasSuffix("planned") }, "\(colombo)")
    }

    /// "called on X to do Y", "called on all parties": an appeal, no meeting.
    @Test func anAppealIsNoMeeting() {
        #expect(eventSummaries("Prime Minister Narendra Modi called on President Joe Biden to end the tariffs.", on: "2024-03-07", language: .en).isEmpty)
        #expect(eventSummaries("Antony Blinken called on all parties to show restraint.", on: "2024-03-07", language: .en).isEmpty)
        // (Past a comma, and with "for": "calls on Putin, Zelensky to agree", "called on President Ruto for restraint".)
        #expect(eventSummaries("Antonio Guterres calls on Vladimir Putin, Volodymyr Zelensky to agree a ceasefire.", on: "2023-05-20", language: .en).isEmpty)
        #expect(eventSummaries("Antony Blinken called on President William Ruto for restraint.", on: "2023-05-20", language: .en).isEmpty)
    }

    /// "a rendez-vous avec": an appointment, a meeting; "du Parlement" is an institution, not part of Nabih Berri's name.
    @Test func anAppointmentIsAMeeting() {
        let beirut = eventSummaries(
            "Au Liban, Bernard Kouchner a rendez-vous avec le Premier ministre Siniora et le président du Parlement Nabih Berri.", on: "2008-08-25")
        #expect(beirut.first == "meeting Bernard Kouchner/FR+Fouad Siniora/LB+Nabih Berri/- @LB - held", "\(beirut)")
    }

    /// Only an assembly a title names is set apart from the name after it: "Villa Doria Pamphilj" is a place, no person.
    @Test func onlyAnAssemblyBeforeAName() {
        #expect(eventSummaries("Giorgia Meloni received Volodymyr Zelensky at Villa Doria Pamphilj.", on: "2023-05-20", language: .en) == [
            "meeting Giorgia Meloni/IT+Volodymyr Zelenskyy/UA @IT - held", "visit Volodymyr Zelenskyy/UA @IT - held",
        ])
    }

    /// "rendra visite au président pakistanais Asif Ali Zardari": the subject travels to the one visited and meets him at
    /// home; "paid courtesy calls on A and B", "fera des visites de courtoisie à A, à B": one meeting each; "the Governor
    /// General of Papua New Guinea" names no one called Papua New Guinea.
    @Test func aVisitPaidToSomeoneAndCallsInThePlural() {
        let paid = eventSummaries("M. Erdogan rendra visite au président pakistanais Asif Ali Zardari.", on: "2009-10-26")
        #expect(paid.contains("visit Recep Tayyip Erdoğan/TR @PK - planned"), "\(paid)")
        #expect(paid.contains("meeting Recep Tayyip Erdoğan/TR+Asif Ali Zardari/PK @PK - planned"), "\(paid)")
        let calls = eventSummaries(
            """
            Samdech Techo Hun Sèn aura un entretien bilatéral avec Nguyen Xuan Phuc et fera des visites de courtoisie à Nguyen \
            Phu Trong, secrétaire général du Parti communiste du Vietnam.
            """, on: "2016-12-20")
        #expect(calls.contains { $0.hasPrefix("meeting Hun Sen/KH+Nguyễn Xuân Phúc/VN ") }, "\(calls)")
        #expect(calls.contains { $0.hasPrefix("meeting Hun Sen/KH+Nguyễn Phú Trọng/VN ") }, "\(calls)")
        let governor = eventSummaries(
            "Modi will meet Bob Dadae, the Governor General of Papua New Guinea.", on: "2023-05-21", language: .en)
        #expect(!governor.joined().contains("Papua New Guinea/"), "\(governor)")
    }

    /// "un appel de courtoisie au Premier ministre", as the French of Asian agencies puts a courtesy call: a meeting in person,
    /// no phone call.
    @Test func aCourtesyCallInFrench() {
        let events = eventSummaries(
            "Wang Yi effectuera ce mercredi un appel de courtoisie au Premier ministre japonais Yoshihide Suga.", on: "2020-11-24")
        #expect(events.contains("meeting Wang Yi/CN+Yoshihide Suga/JP @JP 2020-11-25 planned"), "\(events)")
        #expect(!events.contains { $0.hasPrefix("phone_call") }, "\(events)")
        // ("un appel de courtoisie avec" someone is a call, no meeting.)
        let call = eventSummaries(
            "Justin Trudeau a eu lundi un appel de courtoisie avec le président élu Donald Trump pour le féliciter.", on: "2023-06-10")
        #expect(!call.contains { $0.hasPrefix("meeting") }, "\(call)")
    }
}
