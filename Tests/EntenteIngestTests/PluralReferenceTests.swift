import EntenteIngest
import Testing

/// Whom "les deux hommes" and "the two leaders" stand for: the pair the text has just told of, else the pair it has
/// told of most, and never one of several events the same words made nor, in news of the day, a pair from history.
struct PluralReferenceTests {
    private func events(_ text: String, on date: String, language: Article.Language = .fr) -> [String] {
        eventSummaries(text, on: date, language: language)
    }

    /// A meeting of 1956 told in passing is no antecedent for what "les deux hommes" did on Friday evening.
    @Test func aPairFromHistoryIsNotTheDaysPair() {
        let found = events(
            """
            Barack Obama et Raúl Castro ont tenu samedi à Panama une rencontre historique. \
            Il s'agit de la première rencontre entre des dirigeants des deux pays depuis 1956, lorsque le président américain \
            Dwight Eisenhower avait rencontré le dictateur Fulgencio Batista. \
            Les deux hommes s'étaient brièvement entretenus vendredi soir.
            """, on: "2015-04-11")
        #expect(found.contains("meeting Barack Obama/US+Raúl Castro/CU @PA 2015-04-10 held"), "\(found)")
        #expect(!found.contains { $0.contains("Eisenhower") && $0.contains("2015-04-10") }, "\(found)")
        // (A sentence about that history keeps its pair: "Les deux hommes" of 1956 are Eisenhower and Batista.)
        let history = events(
            """
            Barack Obama et Raúl Castro ont tenu samedi à Panama une rencontre historique. \
            En 1956, le président américain Dwight Eisenhower avait rencontré le dictateur Fulgencio Batista à Panama. \
            Les deux hommes s'étaient de nouveau entretenus en 1958 à Washington.
            """, on: "2015-04-11")
        #expect(history.contains { $0.hasPrefix("meeting Dwight D. Eisenhower/US+Fulgencio Batista") && $0.hasSuffix("@US 1958 held") }, "\(history)")
        #expect(!history.contains { $0.hasPrefix("meeting Barack Obama") && $0.contains("1958") }, "\(history)")
    }

    /// Two calls made by one sentence are neither of them "the two leaders"; the pair told of in two sentences is.
    @Test func oneOfSeveralCallsIsNoPair() {
        let found = events(
            """
            Donald Trump et Kim Jong-un ont ouvert mercredi à Hanoï leur deuxième sommet. \
            Les deux dirigeants se sont retrouvés jeudi matin en tête-à-tête. \
            Kim Jong-un doit rencontrer vendredi le président Nguyen Phu Trong. \
            M. Trump a indiqué qu'il appellerait le président sud-coréen Moon Jae-in et le Premier ministre japonais Shinzo Abe. \
            Lors de leur premier sommet, le 12 juin 2018 à Singapour, les deux dirigeants avaient signé une déclaration.
            """, on: "2019-02-28")
        #expect(found.contains("summit Donald Trump/US+Kim Jong-un/KP @SG 2018-06-12 held"), "\(found)")
        #expect(!found.contains { $0.contains("@SG") && ($0.contains("Shinzo Abe") || $0.contains("Nguyễn")) }, "\(found)")
    }

    /// A pair the text has just introduced is "les deux hommes", however often another pair was told before.
    @Test func theJustToldPairComesFirst() {
        let found = events(
            """
            Emmanuel Macron et Olaf Scholz se sont rencontrés lundi à Berlin. \
            Emmanuel Macron et Olaf Scholz se sont de nouveau entretenus mardi à Paris. \
            Mercredi, Emmanuel Macron a reçu à l'Élysée le Premier ministre indien Narendra Modi. \
            Les deux hommes ont ensuite dîné ensemble jeudi au Louvre.
            """, on: "2023-07-14")
        #expect(found.contains { $0.hasPrefix("meeting Emmanuel Macron/FR+Narendra Modi/IN") && $0.contains("2023-07-13") }, "\(found)")
        #expect(!found.contains { $0.contains("Olaf Scholz") && $0.contains("2023-07-13") }, "\(found)")
    }

    /// "Les deux hommes s'étaient rencontrés pour la première fois en janvier à Genève": the reciprocal pluperfect is a
    /// meeting of the pair.
    @Test func theyHadMet() {
        let found = events(
            """
            Alexis Tsipras et Zoran Zaev ont signé dimanche l'accord à Prespa. Les deux hommes s'étaient rencontrés pour la \
            première fois en janvier à Genève.
            """, on: "2018-06-17")
        #expect(found.contains("meeting Alexis Tsipras/GR+Zoran Zaev/MK @CH 2018-01 held"), "\(found)")
    }

    /// "La dernière rencontre des deux dirigeants a eu lieu en septembre 2023 à Sotchi": after "de" too, the pair just named.
    @Test func thePairAfterDe() {
        let found = eventSummaries(
            """
            Le président russe rencontrera probablement son homologue turc Recep Tayyip Erdogan. La dernière rencontre des deux \
            dirigeants a eu lieu en septembre 2023 à Sotchi, en Russie.
            """, on: "2024-07-03")
        #expect(found.contains { $0.hasPrefix("meeting Vladimir Putin/RU+Recep Tayyip Erdoğan/TR @RU 2023-09") }, "\(found)")
    }

    /// "The two top diplomats previously met … in Warsaw on November 2": the pair the article has told, as "les deux
    /// diplomates", "the two prime ministers" are.
    @Test func theTwoTopDiplomats() {
        let found = eventSummaries(
            """
            Polish Foreign Minister Jacek Czaputowicz will visit Berlin on Thursday to hold talks with his German counterpart Heiko \
            Maas. The two top diplomats previously met in Warsaw on November 2.
            """, on: "2018-12-12", language: .en)
        #expect(found.contains("meeting Jacek Czaputowicz/PL+Heiko Maas/DE @PL 2018-11-02 held"), "\(found)")
    }

    /// English plural titles: "Azerbaijani, Turkish and Georgian foreign ministers", "the foreign ministers of Azerbaijan,
    /// Turkey and Georgia", "the Russian and Chinese presidents" are the holders on the date; "defence ministers" and "the G20
    /// Foreign Ministers' meeting in Argentina, and … visit France, Spain" name no one.
    @Test func englishPluralTitles() {
        for text in [
            "The first trilateral meeting of Azerbaijani, Turkish and Georgian foreign ministers was held in Trabzon, Turkey on June 8, 2012.",
            "The foreign ministers of Azerbaijan, Turkey and Georgia met in Trabzon on June 8, 2012.",
        ] {
            let events = eventSummaries(text, on: "2015-08-07", language: .en)
            #expect(events.contains("meeting Elmar Mammadyarov/AZ+Ahmet Davutoğlu/TR+Grigol Vashadze/GE @TR 2012-06-08 held"), "\(events)")
        }
        let presidents = eventSummaries("The Russian and Chinese presidents met in Moscow on Wednesday.", on: "2019-06-07", language: .en)
        #expect(presidents.contains("meeting Vladimir Putin/RU+Xi Jinping/CN @RU 2019-06-05 held"), "\(presidents)")
        let defence = eventSummaries("The defence ministers of France and Germany met in Paris on Wednesday.", on: "2019-06-07", language: .en)
        #expect(defence.isEmpty, "\(defence)")
        let g20 = eventSummaries(
            "Wang Yi will attend the G20 Foreign Ministers' meeting in Argentina, and officially visit France, Spain, Portugal and Argentina from May 16 to 24.",
            on: "2018-05-11", language: .en)
        #expect(!g20.joined().contains("Le Drian") && !g20.joined().contains("Faurie"), "\(g20)")
    }

    /// "les deux dirigeants", "the two leaders": the last two heads of state or government (or a ruling crown prince) named,
    /// not the ministers who met since; and, after a comma and "et", they open a clause of their own, so the ministers'
    /// meeting keeps its place.
    @Test func theTwoLeadersAreLeaders() {
        let text = """
            Yoon Suk Yeol a rencontré Fumio Kishida à Phnom Penh en novembre. Le chef de la diplomatie sud-coréenne, Park Jin, a \
            rencontré Yoshimasa Hayashi à Tokyo en juillet. Les deux dirigeants doivent se revoir en mai à Hiroshima.
            """
        let found = events(text, on: "2023-03-17")
        #expect(found.contains("meeting Yoon Suk Yeol/KR+Fumio Kishida/JP @JP 2023-05 planned"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("meeting Park Jin") && $0.contains("2023-05") }, "\(found)")
        let joined = events(
            """
            Le chef de la diplomatie sud-coréenne, Park Jin, s'était rendu à Tokyo en juillet dernier pour rencontrer son \
            homologue Yoshimasa Hayashi, et les deux ministres avaient ensuite dîné à Osaka.
            """, on: "2023-03-17")
        #expect(joined.contains("meeting Park Jin/KR+Yoshimasa Hayashi/JP @JP 2022-07 held"), "\(joined)")
    }

    /// A French list of countries after a plural title takes more words than an English one: "Les dirigeants des Etats-Unis, du
    /// Japon, de l'Inde et de l'Australie" are four.
    @Test func aLongFrenchListOfCountries() {
        let found = events(
            """
            Les dirigeants des Etats-Unis, du Japon, de l'Inde et de l'Australie, réunis mardi à Tokyo pour un sommet du Quad, ont \
            promis de défendre un Indo-Pacifique libre.
            """, on: "2022-05-24")
        #expect(found.contains("summit Joe Biden/US+Fumio Kishida/JP+Narendra Modi/IN+Anthony Albanese/AU @JP 2022-05-24 held"), "\(found)")
    }
}
