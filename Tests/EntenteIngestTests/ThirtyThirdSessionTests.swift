import EntenteModel
import Testing

@testable import EntenteIngest

/// Rules from the thirty-third session, found on batches 140–143 once they were read.
struct ThirtyThirdSessionRules {
    private func events(_ text: String, on date: String, language: Article.Language = .en) -> [String] {
        eventSummaries(text, on: date, language: language)
    }

    /// The visit before, at a day with its year ("depuis celle de François Hollande, le 3 juillet 2015"), by "le passage de",
    /// or after "Le dernier … à s'être rendu … était X": that visit, and what the sentence tells of X then is of that day.
    @Test func theVisitBeforeAtADay() {
        let berne = events(
            """
            Emmanuel Macron effectue mercredi et jeudi une visite d'Etat en Suisse, la première d'un chef d'Etat français depuis \
            celle de François Hollande, les 15 et 16 avril 2015.
            """, on: "2023-11-15", language: .fr)
        #expect(berne.contains { $0.hasPrefix("visit François Hollande/FR @CH 2015-04-15 ") }, "\(berne)")
        #expect(berne.contains { $0.hasPrefix("visit Emmanuel Macron/FR @CH 2023-11-15 ") }, "\(berne)")
        let yaounde = events(
            """
            Emmanuel Macron est arrivé lundi à Yaoundé. Cette visite est la première d'un président français au Cameroun depuis \
            celle de François Hollande, le 3 juillet 2015, qui avait lui aussi été reçu par le président Biya au Palais de l'Unité.
            """, on: "2022-07-26", language: .fr)
        #expect(yaounde.contains { $0.hasPrefix("visit François Hollande/FR @CM 2015-07-03 ") }, "\(yaounde)")
        #expect(yaounde.contains { $0.hasPrefix("meeting François Hollande/FR+Paul Biya/CM @CM 2015-07-03 held") }, "\(yaounde)")
        #expect(!yaounde.contains { $0.contains("François Hollande") && $0.contains("2022") }, "\(yaounde)")
        let brussels = events(
            """
            Donald Trump est arrivé mercredi à Bruxelles. C'est la première visite d'un président américain à Bruxelles depuis le \
            passage de Barack Obama en mars 2014.
            """, on: "2017-05-25", language: .fr)
        #expect(brussels.contains { $0.hasPrefix("visit Barack Obama/US @BE 2014-03 ") }, "\(brussels)")
        let kinshasa = events(
            """
            Emmanuel Macron est arrivé mercredi à Kinshasa. Le dernier chef d'État français à s'être rendu à Kinshasa était \
            François Hollande, en octobre 2012.
            """, on: "2023-05-04", language: .fr)
        #expect(kinshasa.contains { $0.hasPrefix("visit François Hollande/FR @CD 2012-10 ") }, "\(kinshasa)")
        #expect(kinshasa.contains { $0.hasPrefix("visit Emmanuel Macron/FR @CD 2023-05-03 ") }, "\(kinshasa)")
        // (A day without its year is the visit reported's, not the one before: "depuis celle de François Hollande, le 3 juillet".)
        let noYear = events(
            """
            Emmanuel Macron est arrivé lundi à Yaoundé, la première visite d'un président français au Cameroun depuis celle de \
            François Hollande, le 3 juillet.
            """, on: "2022-07-26", language: .fr)
        #expect(!noYear.contains { $0.hasPrefix("visit François Hollande") }, "\(noYear)")
    }

    /// "Le roi Philippe au Congo : … à Kinshasa": in an article about Kinshasa's Congo, "le Congo" alone is that country;
    /// with Brazzaville named, it stays Brazzaville's.
    @Test func theCongoOfKinshasa() {
        let king = events(
            """
            Le roi Philippe est arrivé mardi à Kinshasa. Le dernier souverain belge à s'être rendu au Congo était Albert II, en \
            juin 2010.
            """, on: "2022-06-08", language: .fr)
        #expect(king.contains { $0.hasPrefix("visit Albert II of Belgium/BE @CD 2010-06 ") }, "\(king)")
        let brazzaville = events(
            "Emmanuel Macron s'est rendu au Congo en mars 2023, où il a rencontré Denis Sassou Nguesso à Brazzaville.",
            on: "2023-06-01", language: .fr)
        #expect(brazzaville.contains { $0.hasPrefix("visit Emmanuel Macron/FR @CG ") }, "\(brazzaville)")
        #expect(ArticleExtractor.congoIsKinshasas(["le roi au congo", "a kinshasa mardi"]))
        #expect(!ArticleExtractor.congoIsKinshasas(["le roi au congo", "a kinshasa puis a brazzaville"]))
    }

    /// "Félix Tshisekedi, lui, était bien à Luanda": being there, an adverb between the verb and the place.
    @Test func beingThereIndeed() {
        let luanda = events(
            "Le sommet de Luanda a été annulé dimanche, faute de Paul Kagame. Félix Tshisekedi, lui, était bien à Luanda dimanche.",
            on: "2024-12-16", language: .fr)
        #expect(luanda.contains { $0.hasPrefix("visit Félix Tshisekedi/CD @AO 2024-12-15 ") }, "\(luanda)")
    }

    /// "Blinken said Tuesday that … as he met President Marcos": what he did as he spoke is of the day he spoke; a meeting told
    /// otherwise after a saying keeps no such day.
    @Test func asHeMet() {
        let manila = events(
            "U.S. Secretary of State Antony Blinken said Tuesday that the commitment was ironclad as he met President Ferdinand Marcos Jr. in Manila.",
            on: "2024-03-19")
        #expect(manila.contains { $0.hasPrefix("meeting Antony Blinken/US+Ferdinand Marcos Jr./PH @PH 2024-03-19 held") }, "\(manila)")
        let earlier = events(
            "Blinken said Tuesday that the commitment was ironclad. He had met President Ferdinand Marcos Jr. in Manila.", on: "2024-03-19")
        #expect(!earlier.contains { $0.hasPrefix("meeting") && $0.contains("2024-03-19") }, "\(earlier)")
    }

    /// «C'est un signal fort envoyé à Moscou», a commenté le chef du gouvernement lors de la conférence de presse commune: a
    /// place quoted places nothing told outside the quotation.
    @Test func aQuotedPlacePlacesNothingOutside() {
        let brussels = events(
            """
            Volodymyr Zelensky et le Premier ministre belge Alexander De Croo ont signé mardi à Bruxelles un accord de sécurité. \
            «C'est un signal fort envoyé à Moscou», a commenté Alexander De Croo lors de la conférence de presse commune avec \
            Volodymyr Zelensky.
            """, on: "2024-05-28", language: .fr)
        #expect(!brussels.contains { $0.contains("@RU") }, "\(brussels)")
    }

    /// "Zelensky et De Croo ont signé mardi à Bruxelles un accord", "Aliyev and Pashinian signed a joint declaration at the
    /// White House": two people signing together met; countries signing, one signer, or "signed by" make no meeting.
    @Test func signingTogether() {
        let brussels = events(
            "Le président ukrainien Volodymyr Zelensky et le Premier ministre belge Alexander De Croo ont signé mardi à Bruxelles un accord de sécurité.",
            on: "2024-05-28", language: .fr)
        #expect(brussels.contains { $0.hasPrefix("meeting Volodymyr Zelenskyy/UA+Alexander De Croo/BE @BE 2024-05-28 held") }, "\(brussels)")
        #expect(brussels.contains { $0.hasPrefix("visit Volodymyr Zelenskyy/UA @BE 2024-05-28 held") }, "\(brussels)")
        let whiteHouse = events(
            "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan signed a joint declaration at the White House on August 8.",
            on: "2025-08-10")
        #expect(whiteHouse.contains { $0.hasPrefix("visit Ilham Aliyev/AZ @US 2025-08-08 held") }, "\(whiteHouse)")
        #expect(whiteHouse.contains { $0.hasPrefix("visit Nikol Pashinyan/AM @US 2025-08-08 held") }, "\(whiteHouse)")
        let countries = events("Nepal and China signed a framework agreement on the Belt and Road Initiative in 2017.", on: "2024-12-04")
        #expect(countries.isEmpty, "\(countries)")
        let byLeaders = events(
            "The trilateral statements signed by the leaders of Russia, Armenia and Azerbaijan remain the basis for any settlement.",
            on: "2023-05-15")
        #expect(byLeaders.isEmpty, "\(byLeaders)")
        let alone = events("President Joe Biden signed the bill into law on Friday.", on: "2023-06-04")
        #expect(alone.isEmpty, "\(alone)")
    }

    /// "lors d'un passage surprise au siège de l'OTAN": NATO's headquarters are in Brussels.
    @Test func natoHeadquarters() {
        let nato = events(
            "En octobre dernier, lors d'un passage au siège de l'OTAN, le président ukrainien Volodymyr Zelensky avait rencontré Alexander De Croo.",
            on: "2024-05-28", language: .fr)
        #expect(nato.contains { $0.hasPrefix("visit Volodymyr Zelenskyy/UA @BE 2023-10 held") }, "\(nato)")
    }

    /// "La veille, à Cotonou, Emmanuel Macron avait été reçu par Patrice Talon": the day before the last day told of someone
    /// the event has, not of someone told of in between.
    @Test func theDayBeforeOfTheSamePerson() {
        let bissau = events(
            """
            Le président français a achevé ce jeudi 28 juillet en Guinée-Bissau sa tournée africaine. Emmanuel Macron s'est \
            entretenu avec son homologue Umaro Sissoco Embaló à Bissau. Le chef de l'État bissau-guinéen a pris le 3 juillet à \
            Accra, lors du sommet de la Cédéao, la présidence de l'organisation. La veille, à Cotonou, Emmanuel Macron avait été \
            reçu par Patrice Talon.
            """, on: "2022-07-28", language: .fr)
        #expect(bissau.contains { $0.hasPrefix("visit Emmanuel Macron/FR @BJ 2022-07-27 ") }, "\(bissau)")
        #expect(!bissau.contains { $0.contains("@BJ 2022-07-02") }, "\(bissau)")
    }

    /// "M. Albanese, qui a prêté serment lundi à Canberra, … est arrivé à Tokyo": the article goes on where the news is, not
    /// where nothing the sentence reports happened; a place that leads its sentence still moves it.
    @Test func theFrameGoesWhereTheNewsIs() {
        let tokyo = events(
            """
            Les dirigeants du Quad, réunis mardi à Tokyo pour un sommet, ont promis de défendre un Indo-Pacifique libre. \
            M. Albanese, qui a prêté serment lundi matin à Canberra, s'est envolé dans la foulée et est arrivé à Tokyo. \
            En marge du sommet, M. Biden s'est entretenu avec le Premier ministre indien Narendra Modi.
            """, on: "2022-05-24", language: .fr)
        #expect(tokyo.contains { $0.hasPrefix("meeting Joe Biden/US+Narendra Modi/IN @JP ") }, "\(tokyo)")
        #expect(!tokyo.contains { $0.contains("@AU") }, "\(tokyo)")
    }

    /// "confiée à la Tunisie lors du sommet d'Erevan": the city that names a summit is where it is; "a summit of the Bucharest
    /// Nine" is a group named for a city, not a summit in Romania.
    @Test func theCityThatNamesASummit() {
        let yerevan = events(
            "Son organisation avait été confiée à la Tunisie lors du sommet d'Erevan, en octobre 2018, à l'initiative d'Emmanuel Macron.",
            on: "2021-11-20", language: .fr)
        #expect(yerevan.contains { $0.hasPrefix("summit Emmanuel Macron/FR @AM 2018-10 ") }, "\(yerevan)")
        #expect(!yerevan.contains { $0.contains("@TN") }, "\(yerevan)")
        let warsaw = events(
            "Biden arrived in Warsaw on Monday. On Wednesday he will attend a summit of the Bucharest Nine, the group of NATO's eastern flank members.",
            on: "2023-02-20")
        #expect(!warsaw.contains { $0.contains("@RO") }, "\(warsaw)")
    }

    /// A line near the top that is only a city ("Dar es Salaam.") places what follows; where an arrival came from ("who
    /// arrived on Wednesday evening from Ghana") is not where it is.
    @Test func aPlaceLineAndWhereAnArrivalCameFrom() {
        let dar = events(
            """
            Harris hails Samia as champion of reforms

            Dar es Salaam.

            US Vice President Kamala Harris yesterday held talks with President Samia Suluhu Hassan at State House. Ms Harris, \
            who arrived on Wednesday evening from Ghana, is the highest-ranking American official to visit the country since \
            President Barack Obama in July 2013. President George W. Bush visited in February 2008.
            """, on: "2023-03-31")
        #expect(dar.contains { $0.hasPrefix("talks Kamala Harris/US+Samia Suluhu Hassan/TZ @TZ 2023-03-30 ") }, "\(dar)")
        #expect(dar.contains { $0.hasPrefix("visit George W. Bush/US @TZ 2008-02 ") }, "\(dar)")
        #expect(!dar.contains { $0.contains("@GH") }, "\(dar)")
        let arrived = events("Blinken arrived in Manila from Seoul on Tuesday.", on: "2024-03-19")
        #expect(arrived.contains { $0.hasPrefix("visit Antony Blinken/US @PH 2024-03-19 ") }, "\(arrived)")
        #expect(!arrived.contains { $0.contains("@KR") }, "\(arrived)")
        // (A "where" clause's own place stays: "He flew in from Eritrea, where his tour began on Tuesday".)
        let eritrea = events(
            """
            Chinese Foreign Minister Wang Yi held talks in Mombasa on Thursday. Mr Wang arrived at Moi International Airport on \
            Wednesday evening for a two-day official visit. He flew in from Eritrea, where his three-nation tour of the continent \
            began on Tuesday.
            """,
            on: "2022-01-06")
        #expect(eritrea.contains { $0.hasPrefix("visit Wang Yi/CN @ER 2022-01-04 ") }, "\(eritrea)")
        // (Not a city named within a sentence: "Dar es Salaam is the largest city." places nothing.)
        #expect(ArticleExtractor.placeLine("Dar es Salaam is the largest city.", places: PlaceFinder.mentions(in: Array("Dar es Salaam is the largest city."))) == nil)
        #expect(ArticleExtractor.placeLine("Dar es Salaam.", places: PlaceFinder.mentions(in: Array("Dar es Salaam."))) != nil)
    }
}
