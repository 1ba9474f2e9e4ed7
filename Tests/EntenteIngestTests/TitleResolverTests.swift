import EntenteIngest
import EntenteModel
import Testing

struct TitleResolverTests {
    private func resolve(_ sentence: String, on date: String) -> [String] {
        TitleResolver.mentions(in: sentence, on: PartialDate(date)!).map { "\($0.text)=\($0.holder ?? "?")" }
    }

    /// A title resolves to whoever held the office on the date (the corpus conventions' hard case).
    @Test(arguments: [
        ("Le chef de la diplomatie russe, Sergueï Lavrov, a rencontré Kim Jong-un.", "2018-05-31", ["chef de la diplomatie russe=Sergei Lavrov"]),
        ("après avoir été annulé par le président américain", "2018-05-31", ["président américain=Donald Trump"]),
        ("le président américain est attendu à Moscou", "2009-05-11", ["président américain=Barack Obama"]),
        ("le président américain a parlé", "2022-03-01", ["président américain=Joe Biden"]),
        // The one elected is the next holder, within half a year.
        ("j'ai accueilli le Président élu du Mexique", "2012-10-17", ["Président élu du Mexique=Enrique Peña Nieto"]),
        ("spoke with US President-elect Joe Biden", "2020-11-16", ["US President-elect=Joe Biden"]),
        ("le dirigeant nord-coréen Kim Jong-un", "2018-05-31", ["dirigeant nord-coréen=Kim Jong-un"]),
        ("le leader nord-coréen", "2005-01-01", ["leader nord-coréen=Kim Jong-il"]),
        // Where the head of government leads, "the leader" is the Prime Minister.
        ("la première visite d'un dirigeant éthiopien en Erythrée", "2018-07-09", ["dirigeant éthiopien=Abiy Ahmed"]),
        ("the British leader arrived in Washington", "2023-06-07", ["British leader=Rishi Sunak"]),
        ("rencontre avec Mme Sushma Swaraj, ministre des affaires étrangères de l'Inde", "2017-11-17", ["ministre des affaires étrangères de l'Inde=Sushma Swaraj"]),
        ("la ministre indienne des affaires étrangères", "2017-11-17", ["ministre indienne des affaires étrangères=Sushma Swaraj"]),
        ("le président de la République s'est rendu en Inde", "2018-03-10", ["président de la République=Emmanuel Macron"]),
        ("Prime Minister of India Narendra Modi", "2017-11-17", ["Prime Minister of India=Narendra Modi"]),
        ("the President of the United States, Joe Biden", "2023-07-10", ["President of the United States=Joe Biden"]),
        ("US Secretary of State Antony Blinken travelled to Vienna", "2024-05-28", ["US Secretary of State=Antony Blinken"]),
        ("Secretary of State Hillary Clinton", "2010-06-01", ["Secretary of State=Hillary Clinton"]),
        ("the British prime minister", "2023-07-10", ["British prime minister=Rishi Sunak"]),
        ("the Russian Foreign Minister", "2001-06-01", ["Russian Foreign Minister=Igor Ivanov"]),
        ("le président brésilien", "2024-05-01", ["président brésilien=Luiz Inácio Lula da Silva"]),
        ("le président brésilien", "2020-05-01", ["président brésilien=Jair Bolsonaro"]),
        ("the Turkish Foreign Minister", "2024-01-10", ["Turkish Foreign Minister=Hakan Fidan"]),
        ("le Premier ministre italien", "2023-03-01", ["Premier ministre italien=Giorgia Meloni"]),
        // Beyond the G20 and the Security Council: the countries added for the sources' counterparts.
        ("le président égyptien", "2023-07-27", ["président égyptien=Abdel Fattah el-Sisi"]),
        ("the Ukrainian Foreign Minister", "2024-10-01", ["Ukrainian Foreign Minister=Andrii Sybiha"]),
        ("the Ukrainian Foreign Minister", "2022-03-01", ["Ukrainian Foreign Minister=Dmytro Kuleba"]),
        ("le Premier ministre israélien", "2022-08-01", ["Premier ministre israélien=Yair Lapid"]),
        ("the Iranian president", "2025-01-15", ["Iranian president=Masoud Pezeshkian"]),
        ("le président polonais", "2020-05-01", ["président polonais=Andrzej Duda"]),
        ("the Saudi Crown Prince and Prime Minister", "2023-03-01", ["Saudi Crown Prince=Mohammed bin Salman"]),
        // Filled back to 2008, and more countries (the second batch of 2026-11-30).
        ("le Premier ministre japonais", "2011-04-17", ["Premier ministre japonais=Naoto Kan"]),
        ("the Kenyan President", "2012-08-04", ["Kenyan President=Mwai Kibaki"]),
        ("the Prime Minister of Mongolia", "2019-09-03", ["Prime Minister of Mongolia=Ukhnaagiin Khürelsükh"]),
        ("le président roumain", "2016-05-01", ["président roumain=Klaus Iohannis"]),
        ("the British Secretary of State for Foreign Affairs", "2024-02-19", ["British Secretary of State for Foreign Affairs=David Cameron"]),
        // No country, no resolution (the article's context must supply it).
        ("The Prime Minister also updated on the UK's AI Summit", "2023-07-10", []),
        ("le ministre russe chargé du développement de l'Extrême-Orient", "2018-05-31", []),
        // A lesser office is not the office: "Under Secretary of State" is not the Secretary.
        ("Under Secretary of State for Civilian Security Uzra Zeya will travel", "2024-02-16", []),
        ("the Deputy Prime Minister of India", "2017-11-17", []),
        // "président de la République" followed by a country is that country's president.
        ("le président de la République de l'Inde", "2017-11-17", ["président de la République de l'Inde=Ram Nath Kovind"]),
        // Seats for offices, and "numéro un" with its adjective.
        ("Le maître du Kremlin s'est entretenu mardi avec Xi Jinping", "2024-10-22", ["maître du Kremlin=Vladimir Putin"]),
        ("le locataire de la Maison-Blanche a appelé", "2019-06-01", ["locataire de la Maison-Blanche=Donald Trump"]),
        ("the Kremlin leader said", "2019-06-01", ["Kremlin leader=Vladimir Putin"]),
        ("le numéro un chinois est arrivé", "2015-01-01", ["numéro un chinois=Xi Jinping"]),
        // Vice-presidents, crown princes and Iran's Supreme Leader (twelfth session of 2026-11-30); not a former one.
        ("the US vice president", "2005-03-14", ["US vice president=Dick Cheney"]),
        ("le vice-président chinois", "2019-02-20", ["vice-président chinois=Wang Qishan"]),
        ("le prince héritier saoudien", "2016-01-10", ["prince héritier saoudien=Muhammad bin Nayef"]),
        ("le guide suprême iranien", "2019-06-13", ["guide suprême iranien=Ali Khamenei"]),
        ("the former US vice president", "2005-03-14", []),
        // Any monarch after an indefinite article, and a former office-holder in the feminine, are no one in office.
        ("the first state visit by a British king since 1914", "2023-09-20", []),
        ("l'ancienne chancelière allemande", "2023-01-10", []),
    ])
    func resolvesTitles(sentence: String, date: String, expected: [String]) {
        #expect(resolve(sentence, on: date) == expected, "\(sentence)")
    }

    /// A vice-president named once is "the vice president" after; a crown prince's and a supreme leader's country is
    /// their office's, so the meeting with a visitor is a visit to it.
    @Test func vicePresidentsAndCrownPrincesHoldOffices() {
        let cheney = eventSummaries(
            "BEIJING -- U.S. Vice President Dick Cheney met President Hu Jintao on Monday. The vice president will travel to Tokyo on Wednesday.",
            on: "2005-03-14", language: .en)
        #expect(cheney.contains("meeting Dick Cheney/US+Hu Jintao/CN @CN 2005-03-14 held"), "\(cheney)")
        #expect(cheney.contains("visit Dick Cheney/US @JP 2005-03-16 planned"), "\(cheney)")
        let tehran = eventSummaries(
            "Le guide suprême iranien Ali Khamenei a reçu lundi à Téhéran le Premier ministre japonais Shinzo Abe.", on: "2019-06-18")
        #expect(tehran.contains("meeting Ali Khamenei/IR+Shinzo Abe/JP @IR 2019-06-17 held"), "\(tehran)")
    }

    /// Spellings of a known person meet in the canonical English name.
    @Test func knowsSpellings() {
        #expect(OfficeRegistry.person(named: "Sergueï Lavrov")?.name == "Sergei Lavrov")
        #expect(OfficeRegistry.person(named: "Ri Yong Ho")?.name == "Ri Yong-ho")
        #expect(OfficeRegistry.person(named: "Vladimir Poutine")?.country == "RU")
        #expect(OfficeRegistry.person(named: "Nobody Known") == nil)
    }

    /// Spellings the registry does not list meet by their consonants, once particles and French digraphs are set
    /// aside; only someone in office within five years of the date, and only one person.
    @Test func knowsSpellingsItDoesNotList() {
        #expect(OfficeRegistry.spellingKey("Bachar el-Assad") == ["bsr", "sd"])
        #expect(OfficeRegistry.spellingKey("Bashar al-Assad") == ["bsr", "sd"])
        #expect(OfficeRegistry.spellingKey("Kassym-Jomart Tokaïev") == OfficeRegistry.spellingKey("Kassym-Jomart Tokayev"))
        let date = PartialDate("2008-09-04")!
        #expect(OfficeRegistry.person(soundingLike: "Bachar el-Assad", near: date)?.name == "Bashar al-Assad")
        #expect(OfficeRegistry.person(soundingLike: "Michel Sleimane", near: date)?.country == "LB")
        #expect(OfficeRegistry.person(soundingLike: "Michel Sleimane", near: PartialDate("1960")!) == nil)
        #expect(OfficeRegistry.person(soundingLike: "Félix Antoine Tshisekedi Tshilombo", near: PartialDate("2026-01-05")!)?.name == "Félix Tshisekedi")
        #expect(OfficeRegistry.person(soundingLike: "Jean Dupont", near: date) == nil)
        // One word is too little to go by.
        #expect(OfficeRegistry.person(soundingLike: "Assad", near: date) == nil)
    }

    /// The registry covers the G20 and the Security Council (ISO members), each with someone in each office it lists.
    @Test func registryCoversTheG20AndTheSecurityCouncil() {
        let g20 = ["AR", "AU", "BR", "CA", "CN", "DE", "EU", "FR", "GB", "ID", "IN", "IT", "JP", "KR", "MX", "RU", "SA", "TR", "US", "ZA"]
        let council = ["CN", "FR", "GB", "RU", "US", "DK", "GR", "PK", "PA", "SO", "BH", "CO", "CD", "LV", "LR"]
        let covered = Set(OfficeRegistry.terms.map(\.country))
        for country in g20 + council { #expect(covered.contains(country), "\(country) is missing") }
        for country in g20 {
            for office in Office.governing {
                #expect(OfficeRegistry.holder(of: office, country: country, on: PartialDate("2024-11-01")!) != nil, "\(country) \(office) on 2024-11-01")
            }
        }
    }

    /// Terms are well-formed: every office of the table parses, ends after it starts, and no two holders of one office overlap beyond their dates' precision.
    @Test func registryIsConsistent() {
        #expect(OfficeRegistry.terms.count > 100)
        let grouped = Dictionary(grouping: OfficeRegistry.terms) { "\($0.country) \($0.office)" }
        for (key, terms) in grouped {
            let sorted = terms.sorted { $0.start < $1.start }
            for (earlier, later) in zip(sorted, sorted.dropFirst()) {
                // Partial dates overlap only within their precision (a term ending "2020-01" and one starting then).
                let end = earlier.end?.firstDay.dayNumber ?? Int.max
                #expect(end <= later.start.lastDay.dayNumber + 1, "\(key): \(earlier.name) overlaps \(later.name)")
            }
        }
    }

    /// A minister given a country and no portfolio is a reference ("the Iranian minister", "le ministre iranien"); with a
    /// portfolio or a name after it, it is not.
    @Test func aMinisterByCountryIsAReference() {
        let offices = { (text: String) in TitleResolver.bareTitles(in: text).map(\.offset) }
        #expect(offices("In this tour, the Iranian minister is scheduled to visit Lebanon.") == [14])
        #expect(offices("Mardi, le ministre iranien est arrivé à Beyrouth.") == [7])
        #expect(offices("the Iranian minister of oil arrived in Vienna.").isEmpty)
        #expect(offices("le ministre iranien de l'Économie est arrivé.").isEmpty)
        #expect(offices("the Iranian minister, Javad Zarif, arrived.").isEmpty)
    }
}
