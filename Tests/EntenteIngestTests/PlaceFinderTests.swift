import EntenteIngest
import Testing

struct PlaceFinderTests {
    private func places(_ sentence: String) -> [String] {
        PlaceFinder.mentions(in: sentence).map { "\($0.text)=\($0.country)" + ($0.city.map { "/\($0)" } ?? "") }
    }

    /// Names, adjectives in every gender and number, cities and their French forms, elided articles.
    @Test(arguments: [
        (
            "Le chef de la diplomatie russe, Sergueï Lavrov, a rencontré jeudi, à Pyongyang, le dirigeant nord-coréen Kim Jong-un qu'il a invité à se rendre en Russie.",
            ["russe=RU", "Pyongyang=KP/Pyongyang", "nord-coréen=KP", "Russie=RU"]
        ),
        // ("Korea" alone is the South, as news copy uses it; "North Korea", "Corée du Nord" stay the North.)
        ("Kishida will visit Korea after Kim left North Korea; Macron ira en Corée, pas en Corée du Nord.", ["Korea=KR", "North Korea=KP", "Corée=KR", "Corée du Nord=KP"]),
        ("Déplacement en Inde — rencontre avec la ministre indienne à New Delhi", ["Inde=IN", "indienne=IN", "New Delhi=IN/New Delhi"]),
        ("les relations de l'Inde et d'Iran avec la Corée du Nord", ["Inde=IN", "Iran=IR", "Corée du Nord=KP"]),
        // Seats of government beyond the Kremlin and the White House.
        ("reçu à Aso Rock, puis à l'Istana et au palais d'El-Mouradia", ["Aso Rock=NG/Abuja", "Istana=SG/Singapore", "El-Mouradia=DZ/Algiers"]),
        // An elided word inside a name, with either apostrophe.
        ("arrivé en Côte d'Ivoire, puis en Côte d’Ivoire", ["Côte d'Ivoire=CI", "Côte d’Ivoire=CI"]),
        // A state's style is part of its name ("depart for the Republic of Zimbabwe"); lower case it is not one.
        ("will depart for the Republic of Zimbabwe, then the republic of Ghana, puis le Royaume du Maroc", ["Republic of Zimbabwe=ZW", "Ghana=GH", "Royaume du Maroc=MA"]),
        ("Prime Minister Rishi Sunak welcomed the President of the United States, Joe Biden, to Downing Street.", ["United States=US", "Downing Street=GB/London"]),
        ("The North Korean leader met Russian officials in Moscow and Vladivostok.", ["North Korean=KP", "Russian=RU", "Moscow=RU/Moscow", "Vladivostok=RU/Vladivostok"]),
        ("Le président américain s'est rendu à Moscou puis à Londres.", ["américain=US", "Moscou=RU/Moscow", "Londres=GB/London"]),
        ("les autorités nord-coréennes et les diplomates russes", ["nord-coréennes=KP", "russes=RU"]),
        ("It may rain in May, and nobody will mind.", []),
        // Seats of government stand for their country and city; a region is no mention of the country it contains.
        ("Since their last meeting in the White House and at the Kremlin", ["White House=US/Washington", "Kremlin=RU/Moscow"]),
        ("his trip to Latin America, then to the Middle East and to America", ["America=US"]),
        ("le ministre chargé du développement de l'Extrême-Orient", []),
        // Seas and oceans named for a country are no mention of it, in either case ("dans l'océan Indien").
        ("outreach in the Indian Ocean region, patrols in the South China Sea and a tour of l'océan Indien", []),
        // A capital whose usual name is an alternate of GeoNames' own ("Ulan Bator") is known by every name.
        ("talks in Ulaanbaatar, then a stop in Oulan-Bator", ["Ulaanbaatar=MN/Ulan Bator", "Oulan-Bator=MN/Ulan Bator"]),
        // … or whose country record spells it otherwise than its city record ("Port Vila"/"Port-Vila", "Reykjavik"/"Reykjavík").
        ("Hier, à Port-Vila, puis à Reykjavik et à Nouméa", ["Port-Vila=VU/Port-Vila", "Reykjavik=IS/Reykjavík", "Nouméa=FR/Nouméa"]),
        // "La Réunion" is the island; "une Réunion de Haut Niveau" is a meeting.
        ("une visite à La Réunion, puis une Réunion de Haut Niveau", ["Réunion=FR"]),
        // Another language's spelling of a foreign city that folds to an English word ("Đining", Jining) is left out.
        ("Joe Biden hosted Joko Widodo in the State Dining Room on Monday.", []),
        // Names GeoNames gives a city that copy uses as ordinary words ("Golfe", in Angola) place nothing.
        ("le sommet du Conseil de coopération du Golfe, à Riyad", ["Riyad=SA/Riyadh"]),
        // Cities of 300,000 people or more.
        ("Les deux dirigeants s'étaient entretenus dans la matinée à Honolulu.", ["Honolulu=US/Honolulu"]),
        // First-level subdivisions (ISO 3166-2) in their own, English and French forms.
        ("en Normandie, puis en Bavière, in Bavaria and in Baja California", [
            "Normandie=FR/Normandie", "Bavière=DE/Bavaria", "Bavaria=DE/Bavaria", "Baja California=MX/Baja California",
        ]),
        // … but not a subdivision named like a sea, a region of Europe or a word ("Red Sea", Sudan's; "Balkan",
        // Turkmenistan's; "Delta", Nigeria's).
        ("the Saudi Red Sea city of Jeddah, a Balkan tour, the Delta variant", ["Saudi=SA", "Jeddah=SA/Jeddah"]),
    ])
    func findsPlaces(sentence: String, expected: [String]) {
        #expect(places(sentence) == expected)
    }

    /// "la capitale nigérienne", "the Chinese capital" name a place; "le président nigérien" only an adjective.
    @Test func aCapitalByItsAdjective() {
        let kinds = { (sentence: String) in PlaceFinder.mentions(in: sentence).map { "\($0.text)=\($0.kind)" } }
        #expect(kinds("dans la capitale nigérienne, le président nigérien") == ["nigérienne=country", "nigérien=adjective"])
        #expect(kinds("talks in the Chinese capital with Chinese officials") == ["Chinese=country", "Chinese=adjective"])
    }

    /// Offsets point at the words as written.
    @Test func offsetsPointAtTheWords() throws {
        let sentence = "Visite du président russe à Pékin"
        for mention in PlaceFinder.mentions(in: sentence) {
            #expect(String(Array(sentence)[mention.offset..<(mention.offset + mention.text.count)]) == mention.text)
        }
        #expect(Gazetteer.lookup("pekin")?.country == "CN")
        #expect(Gazetteer.lookup("Etats-Unis")?.country == "US")
    }

    /// A name two cities bear is the capital's, however it is accented: "SAN JOSE" is Costa Rica's, "Victoria"
    /// the Seychelles'; between two cities that are not capitals the larger keeps it ("Hyderabad", India's).
    @Test func aCapitalBeforeALargerCityOfItsName() {
        #expect(Gazetteer.lookup("San Jose")?.country == "CR")
        #expect(Gazetteer.lookup("SAN JOSE")?.country == "CR")
        #expect(Gazetteer.lookup("San José")?.country == "CR")
        #expect(Gazetteer.lookup("Victoria")?.country == "SC")
        #expect(Gazetteer.lookup("Hyderabad")?.country == "IN")
    }

    /// A town the gazetteer lacks, named by its country's adjective ("in the Tajik city of Khujand", "sur l'île tunisienne
    /// de Djerba", "dans la station balnéaire russe de …"), places what happens there in that country; an adjective alone
    /// ("the Tajik delegation of experts") places nothing.
    @Test func aTownNamedByItsCountrysAdjective() {
        let khujand = eventSummaries("Emomali Rahmon and Shavkat Mirziyoyev will meet in the Tajik city of Khujand on March 31.", on: "2025-03-20", language: .en)
        #expect(khujand.contains("meeting Emomali Rahmon/TJ+Shavkat Mirziyoyev/UZ @TJ 2025-03-31 planned"), "\(khujand)")
        let djerba = eventSummaries("Emmanuel Macron est arrivé vendredi sur l'île tunisienne de Djerba pour le sommet de la Francophonie.", on: "2022-11-19")
        #expect(djerba.contains("visit Emmanuel Macron/FR @TN 2022-11-18 held"), "\(djerba)")
        // ("in Pau, France", "in Pau, in southwestern France": the country after a comma.)
        for place in ["Pau, France", "Pau, in southwestern France"] {
            let pau = eventSummaries("Emmanuel Macron met Niger's President Mahamadou Issoufou on Monday in \(place).", on: "2020-01-14", language: .en)
            #expect(pau.contains("meeting Emmanuel Macron/FR+Mahamadou Issoufou/NE @FR 2020-01-13 held"), "\(pau)")
        }
        let delegation = eventSummaries(
            "Emomali Rahmon met Shavkat Mirziyoyev on Monday, and the Tajik delegation of Experts stayed on.", on: "2025-03-20", language: .en)
        #expect(!delegation.contains { $0.contains("@TJ") }, "\(delegation)")
    }
}
