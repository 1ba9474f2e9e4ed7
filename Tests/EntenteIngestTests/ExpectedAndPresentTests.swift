import EntenteIngest
import Testing

/// Trips told by who is expected or present somewhere, and by where a journey took someone.
struct ExpectedAndPresentTests {
    /// "se rend mardi en Inde", "s'envole mardi pour New Delhi": the present with a day before the place is a trip, with its
    /// companion; "se rend compte", realising, is none, nor is a share ("sa part pour"), nor a course set to anything but a
    /// place.
    @Test func goingInThePresentWithADayBetween() {
        let trip = eventSummaries("Le président Emmanuel Macron se rend ce mardi en Inde avec le ministre Jean-Yves Le Drian.", on: "2018-03-06")
        #expect(trip == ["visit Emmanuel Macron/FR+Jean-Yves Le Drian/FR @IN 2018-03-06 held"], "\(trip)")
        let realising = eventSummaries("Emmanuel Macron se rend compte de la difficulté en Inde.", on: "2018-03-06")
        #expect(realising.isEmpty, "\(realising)")
        // (So are "s'envole pour" and "part pour", in the present as in the future and the past.)
        for sentence in ["Emmanuel Macron s'envole mardi pour New Delhi.", "Emmanuel Macron part mardi pour l'Inde."] {
            let flight = eventSummaries(sentence, on: "2018-03-06")
            #expect(flight == ["visit Emmanuel Macron/FR @IN 2018-03-06 held"], "\(flight)")
        }
        for share in ["Emmanuel Macron a fait sa part pour l'Ukraine.", "Emmanuel Macron dit que l'Allemagne a pris la plus grande part pour la Grèce."] {
            let found = eventSummaries(share, on: "2018-03-06")
            #expect(!found.contains { $0.hasPrefix("visit") }, "\(found)")
        }
        // ("se rend" alone is a trip only with its day before the place.)
        for notGoing in [
            "Emmanuel Macron ne se rend pas compte de la colère en Algérie.", "Emmanuel Macron se rend-il compte de la colère en Algérie ?",
            "Emmanuel Macron se rend indispensable en Ukraine.",
        ] {
            #expect(eventSummaries(notGoing, on: "2022-12-14").isEmpty, "\(notGoing)")
        }
        // ("a mis le cap sur Berlin" is a trip; "met le cap sur la réindustrialisation" a course of policy.)
        #expect(eventSummaries("Theresa May a mis le cap sur Berlin.", on: "2018-12-11") == ["visit Theresa May/GB @DE - held"])
        #expect(eventSummaries("Emmanuel Macron met le cap sur la réindustrialisation.", on: "2018-12-11").isEmpty)
    }

    /// "était attendu en Zambie", "seront présents à Dakar", "son périple qui l'avait plus tôt emmené en Afrique du Sud et en
    /// Angola": visits; "des rencontres avec A, B et C": a meeting each.
    @Test func expectedPresentAndTakenThere() {
        let zambia = eventSummaries("Le roi Mohammed VI était également attendu en Zambie.", on: "2017-02-13")
        #expect(zambia.contains { $0.hasPrefix("visit Mohammed VI of Morocco/MA @ZM") }, "\(zambia)")
        let dakar = eventSummaries("Jean-Yves Le Drian et Florence Parly seront présents à Dakar.", on: "2017-10-20")
        #expect(dakar.contains { $0.hasPrefix("visit Jean-Yves Le Drian/FR") && $0.contains("@SN") && $0.hasSuffix("planned") }, "\(dakar)")
        let journey = eventSummaries(
            "Sergueï Lavrov est arrivé jeudi à Asmara. Le pays sera le point final de son périple qui l'avait plus tôt emmené en Afrique du Sud et en Angola.",
            on: "2023-01-26")
        #expect(["ZA", "AO"].allSatisfy { country in journey.contains { $0.hasPrefix("visit Sergei Lavrov/RU @\(country)") } }, "\(journey)")
        let beirut = eventSummaries(
            "Jean-Marc Ayrault aura à Beyrouth des rencontres avec le Premier ministre Saad Hariri et le président Michel Aoun.", on: "2016-12-22")
        #expect(beirut.filter { $0.hasPrefix("meeting Jean-Marc Ayrault/FR+") }.count == 2, "\(beirut)")
    }

    /// What is expected or present in a country is no one's trip unless a verb makes someone so: "la croissance attendue en
    /// Côte d'Ivoire", "la France était présente à Djibouti"; nor is a stopover that is no one's tour.
    @Test func thingsExpectedArePlacedNowhere() {
        #expect(eventSummaries("Ousmane Sonko a salué la croissance de 7 % attendue en Côte d'Ivoire.", on: "2024-05-01").isEmpty)
        #expect(eventSummaries("Jean-Yves Le Drian a rappelé que la France était présente à Djibouti depuis 1977.", on: "2019-03-01").isEmpty)
        let bamako = eventSummaries(
            "Emmanuel Macron arrived in Bamako on Monday. Most migrants crossing the Sahara make a stopover in Agadez.", on: "2023-05-20", language: .en)
        #expect(bamako == ["visit Emmanuel Macron/FR @ML 2023-05-15 held"])
    }

    /// "sera donc présent au Burkina le 27 novembre", "sera à Alger dimanche": being somewhere, to come, is a trip there
    /// when the place follows at once (not "sera à l'ordre du jour").
    @Test func beingThereToCome() {
        let there = eventSummaries("Le président français sera donc présent au Burkina le 27 novembre.", on: "2017-11-10")
        #expect(there.contains("visit Emmanuel Macron/FR @BF 2017-11-27 planned"), "\(there)")
        let algiers = eventSummaries("Le Premier ministre Jean Castex sera à Alger dimanche.", on: "2021-04-08")
        #expect(algiers.contains("visit Jean Castex/FR @DZ 2021-04-11 planned"), "\(algiers)")
        let agenda = eventSummaries("Le président français Emmanuel Macron sera à l'écoute de la Tunisie.", on: "2021-04-08")
        #expect(agenda.isEmpty, "\(agenda)")
    }

    /// "Félix Tshisekedi est encore aux États-Unis", "Rabuka was in Wellington": being somewhere foreign, now or then, is a
    /// trip there, and whom the traveller receives meanwhile is received there.
    @Test func beingThereNowOrThen() {
        let events = eventSummaries(
            "Félix Tshisekedi est encore aux États-Unis. Ainsi, il a reçu son homologue zambien Hakainde Hichilema.", on: "2021-09-23")
        #expect(events.contains { $0.hasPrefix("visit Félix Tshisekedi/CD @US") }, "\(events)")
        #expect(events.contains { $0.hasPrefix("meeting Félix Tshisekedi/CD+Hakainde Hichilema/ZM @US") }, "\(events)")
        let then = eventSummaries("Rabuka was in Wellington on Wednesday, June 7, 2023.", on: "2023-07-27", language: .en)
        #expect(then.contains("visit Sitiveni Rabuka/FJ @NZ 2023-06-07 held"), "\(then)")
        // (Not what is "at the heart" or "at the origin" of something: no place follows.)
        let idiom = eventSummaries("Le président Félix Tshisekedi est au cœur de la médiation.", on: "2021-09-23")
        #expect(idiom.isEmpty, "\(idiom)")
    }
}
