import EntenteIngest
import Testing

/// What someone says they did or will do: the event is theirs, its tense is the reported clause's, and a call told done
/// is dated by the report.
struct ReportedSpeechTests {
    private func events(_ text: String, on date: String) -> [String] {
        eventSummaries(text, on: date, language: .en)
    }

    /// "Trump said he would meet President Moon": the name after "said he would meet" is the meeting's other party, not
    /// the report's source; "said Kremlin spokesman Dmitry Peskov" still names the source.
    @Test func aNameAfterSaidHeIsNoSource() {
        let meet = events(
            "Kim Jong-un left Hanoi on Thursday. Donald Trump said he would meet South Korean President Moon Jae-in in Seoul next week.",
            on: "2019-02-28")
        #expect(meet.contains { $0.hasPrefix("meeting Donald Trump/US+Moon Jae-in/KR @KR") && $0.hasSuffix("planned") }, "\(meet)")
        let source = events(
            "Vladimir Putin will meet Xi Jinping in Beijing next week, said Kremlin spokesman Dmitry Peskov.", on: "2019-02-28")
        #expect(source.contains { $0.hasPrefix("meeting Vladimir Putin/RU+Xi Jinping/CN @CN") }, "\(source)")
        #expect(!source.joined().contains("Peskov"), "\(source)")
        // ("would visit", "would hold talks": the future of a report; "whether he would visit" tells nothing.)
        let visit = events("Donald Trump announced he would visit Seoul next week.", on: "2019-02-28")
        #expect(visit.contains { $0.hasPrefix("visit Donald Trump/US @KR 2019-03-04") && $0.hasSuffix("planned") }, "\(visit)")
        let whether = events(
            "Shinzo Abe held talks with Hu Jintao in Beijing on Sunday. Abe declined to say whether he would visit the shrine.",
            on: "2006-10-09")
        #expect(!whether.contains { $0.hasSuffix("planned") }, "\(whether)")
    }

    /// "said on Saturday he had spoken by phone with Hun Manet, warning that Washington would not …": a perfect is done,
    /// whatever future the sentence says next, and the call is dated by the report, not by the day the article is at.
    @Test func aCallToldDoneIsTheReportsDay() {
        let found = events(
            """
            Thailand and Cambodia agreed on Monday to a ceasefire at talks in Putrajaya. U.S. President Donald Trump said on \
            Saturday he had spoken by phone with Cambodian Prime Minister Hun Manet, warning that Washington would not conclude \
            trade deals while the fighting continued.
            """, on: "2025-07-28")
        #expect(found.contains("phone_call Donald Trump/US+Hun Manet/KH @- 2025-07-26 held"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("phone_call") && $0.hasSuffix("planned") }, "\(found)")
        // (One still to make stays so: "said he would call".)
        let toMake = events(
            "Trump said on Saturday he would call Cambodian Prime Minister Hun Manet, warning that Washington would not conclude deals.",
            on: "2025-07-28")
        #expect(toMake.contains { $0.hasPrefix("phone_call Donald Trump/US+Hun Manet/KH") && $0.hasSuffix("planned") }, "\(toMake)")
    }

    /// "held talks … and later told a press conference that the agreement would open a new page": the future is what was
    /// said, the talks were held; "met Xi and said that he would visit Beijing" still plans the visit.
    @Test func aFutureInWhatWasSaidAfterwards() {
        let talks = events(
            """
            Dmitry Medvedev and Jens Stoltenberg signed the treaty in Murmansk on Wednesday. Medvedev and Stoltenberg held talks \
            before the ceremony and later told a joint press conference that the agreement would open a new page.
            """, on: "2010-09-15")
        #expect(talks.contains { $0.hasPrefix("meeting Dmitry Medvedev/RU+Jens Stoltenberg/NO") && $0.hasSuffix("held") }, "\(talks)")
        #expect(!talks.contains { $0.hasSuffix("planned") }, "\(talks)")
        let visit = events("Emmanuel Macron met Xi Jinping in Paris on Monday and said that he would visit Beijing in the spring.", on: "2019-03-26")
        #expect(visit.contains { $0.hasPrefix("visit Emmanuel Macron/FR @CN") && $0.hasSuffix("planned") }, "\(visit)")
        #expect(visit.contains("meeting Emmanuel Macron/FR+Xi Jinping/CN @FR 2019-03-25 held"), "\(visit)")
    }

    /// "met Wang Yi on Monday and told reporters that Putin would travel to Beijing in May": what was then said is a clause
    /// of its own, with its own people and tense; its pronoun is the sentence's subject; undated, it is of the day it was
    /// said when that is the day the article appears.
    @Test func whatWasThenSaidIsAClauseOfItsOwn() {
        let travel = events(
            "Sergei Lavrov met Wang Yi in Moscow on Monday and told reporters that Vladimir Putin would travel to Beijing in May.",
            on: "2019-03-26")
        #expect(travel.contains("meeting Sergei Lavrov/RU+Wang Yi/CN @RU 2019-03-25 held"), "\(travel)")
        #expect(travel.contains("visit Vladimir Putin/RU @CN 2019-05 planned"), "\(travel)")
        #expect(!travel.contains { $0.contains("Putin") && $0.hasPrefix("meeting") }, "\(travel)")
        let call = eventSummaries(
            """
            Donald Trump a quitté Hanoï jeudi après-midi et a indiqué qu'il appellerait le président sud-coréen Moon Jae-in \
            depuis Air Force One.
            """, on: "2019-02-28")
        #expect(call.contains("phone_call Donald Trump/US+Moon Jae-in/KR @- 2019-02-28 planned"), "\(call)")
    }

    /// "Sharif accepted Modi's invitation": Modi invites Sharif, to India, and where Sharif deliberated is no frame for
    /// what follows; "invité au sommet par M. Ould Abdel Aziz" is Ould Abdel Aziz's invitation, and the guest attends.
    /// ("accepted Thailand's invitation" is a country's, no one's.)
    @Test func invitationsToldAsNouns() {
        let found = events(
            """
            Narendra Modi was sworn in on Monday in New Delhi. Nawaz Sharif accepted Modi's invitation only on Saturday, after \
            several days of deliberation in Islamabad. Modi also held talks on Tuesday with Hamid Karzai.
            """, on: "2014-05-27")
        #expect(found.contains("invitation Narendra Modi/IN+Nawaz Sharif/PK @IN - held"), "\(found)")
        #expect(!found.contains { $0.contains("@PK") }, "\(found)")
        let country = events(
            "Russian President Vladimir Putin, who had earlier accepted Thailand's invitation, stayed away.", on: "2022-11-19")
        #expect(!country.contains { $0.hasPrefix("invitation Vladimir Putin/RU+") }, "\(country)")
        let french = eventSummaries(
            """
            Le sommet de l'Union africaine s'est ouvert dimanche à Nouakchott. Arrivé en fin de matinée, le président français \
            Emmanuel Macron, invité au sommet par M. Mohamed Ould Abdel Aziz, a participé au déjeuner des chefs d'État.
            """, on: "2018-07-02")
        #expect(french.contains { $0.hasPrefix("invitation Mohamed Ould Abdel Aziz/MR+Emmanuel Macron/FR @MR") }, "\(french)")
    }

    /// French reports a trip to come in the conditional: "a annoncé qu'il se rendrait lundi à Washington" is a visit planned
    /// for that Monday, whatever else the sentence tells ("après un long entretien téléphonique avec lui").
    @Test func aTripToldInTheConditionalIsPlanned() {
        let found = eventSummaries(
            """
            Samedi, le président ukrainien Volodymyr Zelensky a annoncé qu'il se rendrait lundi à Washington pour rencontrer \
            son homologue américain, après un long entretien téléphonique avec lui.
            """, on: "2025-08-17", language: .fr)
        #expect(found.contains("visit Volodymyr Zelenskyy/UA @US 2025-08-18 planned"), "\(found)")
    }

    /// "Al Jazeera TV said John Kerry began his Cairo stop with a meeting with …": a name followed by its own verb, an
    /// irregular past too, is what was reported, not its source.
    @Test func theSubjectOfAnIrregularPast() {
        let found = eventSummaries(
            "John Kerry arrived in Egypt. Al Jazeera TV said John Kerry began his Cairo stop with a meeting with Foreign Minister, Nabil Fahmy.",
            on: "2013-11-04", language: .en)
        #expect(found.contains { $0.hasPrefix("meeting John Kerry/US+Nabil Fahmy/EG @EG") }, "\(found)")
    }

    /// "…, Szczerski told reporters on Tuesday": the day someone told the press dates the telling, not the meeting told.
    @Test func theDayOfTellingTheReporters() {
        let found = eventSummaries(
            """
            Polish President Andrzej Duda will visit Paris on Wednesday. "The president will meet with President Hollande \
            one-to-one", presidential minister Krzysztof Szczerski \
            told reporters on Tuesday.
            """, on: "2015-10-27", language: .en)
        #expect(found.contains { $0.hasPrefix("meeting Andrzej Duda/PL+François Hollande/FR @FR 2015-10-28 planned") }, "\(found)")
    }

    /// "In September 2022, it was announced that PM Mette Frederiksen would … meet President Joe Biden": the day of the
    /// announcement, not of what it said would be; "Today it has been confirmed that the meeting will take place on June 5"
    /// dates that meeting, and the trip it implies.
    @Test func theDayOfTheAnnouncementAndTheDayConfirmed() {
        let events = eventSummaries(
            """
            In September 2022, it was announced that Prime Minister Mette Frederiksen would meet President Joe Biden at the White \
            House. Today it has been confirmed that the meeting will take place on June 5.
            """, on: "2023-05-24", language: .en)
        #expect(!events.contains { $0.contains("2022-09") }, "\(events)")
        #expect(events.contains("meeting Mette Frederiksen/DK+Joe Biden/US @US 2023-06-05 planned"), "\(events)")
        #expect(events.contains("visit Mette Frederiksen/DK @US 2023-06-05 planned"), "\(events)")
    }

    /// "the Foreign Ministry said the President had called …": a title after "said", then its verb, is the reported clause's
    /// subject, not the source.
    @Test func aTitleAfterSaidWithItsVerb() {
        let found = eventSummaries(
            """
            President Joko Widodo has postponed his visit to Australia. The Foreign Ministry said the President had called \
            Australian Prime Minister Malcolm Turnbull to inform him.
            """, on: "2016-11-05", language: .en)
        #expect(found.contains { $0.hasPrefix("phone_call Joko Widodo/ID+Malcolm Turnbull/AU") }, "\(found)")
    }

    /// "est attendue dimanche prochain à Tunis, rapporte, ce jeudi 08 juin, l'agence": the report's day, after its verb and a
    /// determiner, does not date the visit.
    @Test func aReportsDayAfterADeterminer() {
        let visit = eventSummaries(
            """
            La présidente de la Commission européenne, Ursula Von Der Leyen, est attendue dimanche prochain à Tunis, rapporte, \
            ce jeudi 08 juin, l'agence de presse italienne, AKI.
            """, on: "2023-06-08")
        #expect(visit.contains("visit Ursula von der Leyen/EU @TN 2023-06-11 planned"), "\(visit)")
    }

    /// "X said on Friday that the Iranian foreign minister will pay a visit to Moscow": the reported clause's subject
    /// travels, with the report's day between its verb and "that"; "the Prime Minister's Office said" is no one.
    @Test func theReportedSubjectAfterTheReportsDayAndAnOfficeThatSpeaks() {
        let visit = events(
            """
            Russian Foreign Ministry spokesperson Maria Zakharova said on Friday that the Iranian foreign minister will pay a \
            visit to Moscow on January 26.
            """, on: "2021-01-20")
        #expect(visit == ["visit Mohammad Javad Zarif/IR @RU 2021-01-26 planned"], "\(visit)")
        let office = events(
            "Prime Minister Benjamin Netanyahu's visit to India has been canceled, the Prime Minister's Office said in a statement Tuesday.",
            on: "2019-09-03")
        #expect(office.contains("cancellation Benjamin Netanyahu/IL @IN 2019-09-03 held"), "\(office)")
        #expect(!office.joined().contains("Modi"), "\(office)")
    }

    /// "La rencontre à Genève entre Lavrov et Blinken fait suite à deux conversations téléphoniques entre Poutine et Biden":
    /// the meeting with its own two people stays beside the call it follows, and the call is between the two named after it;
    /// "the meeting followed a phone call between …" names no meeting of its own.
    @Test func aMeetingThatFollowsACall() {
        let geneva = eventSummaries(
            """
            La rencontre à Genève entre les chefs de la diplomatie russe et américaine, Sergueï Lavrov et Antony Blinken, fait \
            suite à deux conversations téléphoniques entre Vladimir Poutine et Joe Biden en décembre.
            """, on: "2022-01-21")
        #expect(geneva.contains("phone_call Vladimir Putin/RU+Joe Biden/US @- 2021-12 held"), "\(geneva)")
        #expect(geneva.contains { $0.hasPrefix("meeting Sergei Lavrov/RU+Antony Blinken/US @CH") }, "\(geneva)")
        let followed = events("Lavrov said the meeting followed a phone call between Vladimir Putin and Joe Biden in December.", on: "2022-01-21")
        #expect(followed == ["phone_call Vladimir Putin/RU+Joe Biden/US @- 2021-12 held"], "\(followed)")
    }
}
