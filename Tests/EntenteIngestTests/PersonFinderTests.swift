import EntenteIngest
import EntenteModel
import Testing

/// The person stage on its own: each sentence is read after the ones before it, as in an article.
struct PersonFinderTests {
    private func people(_ sentences: [String], on date: String, language: String = "en", publisher: String? = nil) -> [[String]] {
        var finder = PersonFinder(language: language)
        finder.publisher = publisher
        return sentences.map { sentence in
            finder.people(in: sentence, on: PartialDate(date)!).map { "\($0.name)/\($0.country ?? "-")" }
        }
    }

    /// "Sheikh" that is part of a name stays ("Prime Minister Sheikh Rahana"); a country of several words between a
    /// title and a name is not the name ("Prime Minister of Sri Lanka Amal Perera").
    @Test func honorificNamesAndCountriesBeforeNames() {
        let found = people(
            ["Prime Minister Sheikh Rahana met the press.", "The Prime Minister of Sri Lanka Amal Perera spoke."], on: "2020-01-01")
        #expect(found[0] == ["Sheikh Rahana/-"])
        #expect(found[1].contains { $0.hasPrefix("Amal Perera/") }, "\(found[1])")
        #expect(!found[1].contains { $0.contains("Sri Lanka Amal") })
    }

    /// An adviser's title before a name is a title ("National Security Adviser Jake Sullivan", "Adviser Jake Sullivan"): the
    /// name is the two words after it, not the whole capitalised run.
    @Test func advisersTitlesAreTitles() {
        let found = people(
            ["The minister met U.S. National Security Adviser Jake Sullivan on Tuesday.", "Security Advisor Jake Sullivan left."], on: "2021-08-11")
        #expect(found[0].map { $0.hasPrefix("Jake Sullivan/") } == [true], "\(found[0])")
        #expect(found[1].map { $0.hasPrefix("Jake Sullivan/") } == [true], "\(found[1])")
    }

    /// "PM" and "FM" in capitals are titles ("the Georgian PM" is Georgia's prime minister on the date); "3 pm" is a time.
    @Test func abbreviatedTitlesInCapitals() {
        let found = people(["Ilham Aliyev will host the Georgian PM in Baku.", "The Indian FM arrives at 3 pm."], on: "2021-09-29")
        #expect(found[0] == ["Ilham Aliyev/AZ", "Irakli Garibashvili/GE"], "\(found[0])")
        #expect(found[1] == ["S. Jaishankar/IN"], "\(found[1])")
        let time = people(["The Georgian delegation lands at 3 pm in Baku."], on: "2021-09-29")
        #expect(time[0].isEmpty, "\(time)")
        // (Nor after a time in capitals, nor a radio's band.)
        let late = people(["Blinken arrived in New Delhi at 11 PM Indian time.", "Speaking to Australian FM radio, Albanese said so."], on: "2023-06-10")
        #expect(late[0] == ["Antony Blinken/US"], "\(late)")
        #expect(late[1] == ["Anthony Albanese/AU"], "\(late)")
    }

    /// A Japanese name in its own order, family name first ("Kishida Fumio", as Japan's and Asia's press write it), is
    /// the registry's person, spelled as the registry spells them.
    @Test func japaneseNamesFamilyNameFirst() {
        let found = people(["Pham Minh Chinh s'entretiendra avec son homologue Kishida Fumio."], on: "2021-11-22", language: "fr")
        #expect(found[0].contains("Fumio Kishida/JP"), "\(found[0])")
        #expect(!found[0].contains { $0.hasPrefix("Kishida Fumio") }, "\(found[0])")
    }

    /// "O'Brien" is one name, and "O'Brien" alone later is the James O'Brien named before.
    @Test func irishNamesKeepTheirApostrophe() {
        let found = people(["U.S. envoy James O'Brien spoke.", "O’Brien met with Ilham Aliyev in Baku."], on: "2023-12-14")
        #expect(found[0].contains { $0.hasPrefix("James O'Brien/") }, "\(found[0])")
        #expect(found[1].first?.hasPrefix("James O'Brien/") == true, "\(found[1])")
        #expect(!found.joined().contains { $0.hasPrefix("James Brien") || $0.hasPrefix("Brien") }, "\(found)")
    }

    /// "Qatar's amir", as the Gulf's press spells the title, is Qatar's emir on the date; "Amir-Abdollahian" is a name.
    @Test func amirIsATitle() {
        let found = people(["Last year, Qatar's amir visited Jordan.", "Hossein Amir-Abdollahian arrived in Muscat."], on: "2021-10-13")
        #expect(found[0] == ["Tamim bin Hamad Al Thani/QA"], "\(found)")
        #expect(found[1] == ["Hossein Amir-Abdollahian/IR"], "\(found)")
        // (Nor a first name after a country: "Israel's Amir Ohana".)
        let ohana = people(["Israel's Amir Ohana met Emmanuel Macron in Paris on Monday."], on: "2023-05-10")
        #expect(!ohana[0].contains { $0.hasPrefix("Isaac Herzog") }, "\(ohana)")
    }

    /// "Prime Minister O'Neill", "Mr O'Neill": a title before an Irish name finds the registry's holder by its last word.
    @Test func irishNamesAfterATitle() {
        let found = people(["Xi Jinping met Prime Minister O'Neill in Beijing on Monday."], on: "2018-06-10")
        #expect(found[0].contains("Peter O'Neill/PG"), "\(found)")
    }

    /// Where the news names people by their given name, a title and that name is the person named before: "President
    /// Hassan" after "Hassan Sheikh Mohamud" (not the Maldives' Mohamed Waheed Hassan), "Prime Minister Abiy", and a royal
    /// by his first name, "Prince Mohammed" after "Mohammed bin Salman" (not Eritrea's Osman Saleh Mohammed).
    @Test func givenNamesAfterTheFirstMention() {
        let somali = people(
            ["Somali President Hassan Sheikh Mohamud's visit to Kenya was postponed.", "Last week, President Hassan told reporters so."],
            on: "2012-12-12")
        #expect(somali[1] == ["Hassan Sheikh Mohamud/SO"], "\(somali)")
        let ethiopian = people(["Abiy Ahmed met Isaias Afwerki.", "Prime Minister Abiy then left for Asmara."], on: "2019-02-11")
        #expect(ethiopian[1] == ["Abiy Ahmed/ET"], "\(ethiopian)")
        let saudi = people(
            ["Saudi Crown Prince Mohammed bin Salman met Mohamed bin Zayed in Riyadh.", "Last year, Prince Mohammed visited Abu Dhabi."],
            on: "2023-10-20")
        #expect(saudi[1] == ["Mohammed bin Salman/SA"], "\(saudi)")
        // (Not another country's Hassan: "President Hassan of the Maldives"; nor one beside him in the sentence; nor a given
        // name many bear, alone.)
        let maldives = people(
            ["Somali President Hassan Sheikh Mohamud arrived in Male on Sunday.", "President Hassan of the Maldives hosted him."], on: "2013-01-10")
        #expect(maldives[1].first == "Mohamed Waheed Hassan/MV", "\(maldives)")
        let tanzania = people(["Somali President Hassan Sheikh Mohamud arrived in Dar es Salaam for talks with President Hassan."], on: "2023-03-10")
        #expect(tanzania[0].contains("Samia Suluhu Hassan/TZ"), "\(tanzania)")
        let sheikh = people(
            [
                "Sheikh Mohamed bin Zayed received Somali Prime Minister Mohamed Hussein Roble on Monday.",
                "On Tuesday, Sheikh Mohamed received Abiy Ahmed, and Mohamed pledged support.",
            ], on: "2021-06-10")
        #expect(!sheikh[1].contains { $0.hasPrefix("Mohamed Hussein Roble") }, "\(sheikh)")
    }

    /// "Me", Maître, a lawyer's style in French, is no part of the name ("Me Sidiki Kaba" is Sidiki Kaba).
    @Test func maitreIsAStyle() {
        let found = people(["Le ministre des Affaires étrangères, Me Sidiki Kaba, se rendra au Mali."], on: "2017-10-09", language: "fr")
        #expect(found[0] == ["Sidiki Kaba/SN"], "\(found[0])")
    }

    /// A portfolio's words before a comma are no name in apposition ("deputy foreign minister for North America, Carlos
    /// Ron"); the name after the comma stays, and so does a surname that is a region word.
    @Test func portfoliosAreNoNames() {
        let found = people(["He was received by the deputy foreign minister for North America, Carlos Ron."], on: "2023-03-23")
        #expect(!found[0].contains { $0.hasPrefix("North America") }, "\(found)")
        #expect(found[0].contains { $0.hasPrefix("Carlos Ron/") }, "\(found)")
        // (A surname that is a region word stays: "Senator Allen West".)
        let west = people(["Senator Allen West met Benjamin Netanyahu in Jerusalem on Monday."], on: "2018-12-10")
        #expect(west[0].contains { $0.hasPrefix("Allen West/") }, "\(west)")
    }

    /// A headline's capitals make no name of a clause: "President Who Planned", "Visit to Meet Castro" (the relative
    /// pronoun and the headline's verb are no one's first name), nor of a trip or a tower ("African Tour", "Tour Eiffel");
    /// a known name beside them stays.
    @Test func headlineCapitalsAreNoNames() {
        let found = people(
            [
                "Bolsonaro Refuses to Meet With Portuguese President Who Planned to Meet Lula da Silva",
                "Chavez Makes Surprise Visit to Meet Castro in Havana",
                "FM Arrives in South Africa As Part of African Tour",
                "Il a été reçu sous la Tour Eiffel.",
            ], on: "2022-07-02")
        #expect(!found.joined().contains { $0.hasPrefix("Who") || $0.hasPrefix("Meet") || $0.contains("Tour") }, "\(found)")
        #expect(found[0].contains { $0.hasPrefix("Luiz Inácio Lula da Silva/") }, "\(found[0])")
    }

    /// A Gulf royal named without his house ("Sheikh Abdullah bin Zayed"); his father's name inside his own ("Tamim bin Hamad
    /// bin Khalifa Al Thani" is not also Hamad bin Khalifa); a middle name that only shares consonants with someone's
    /// surname ("Mohammed Haneef Atmar" is not Muhammad bin Nayef).
    @Test func arabicNamesShortLongAndAlike() {
        let found = people(
            [
                "Sheikh Abdullah bin Zayed, Minister of Foreign Affairs, says the UAE welcomes it.",
                "Rouhani spoke with Qatari Emir Sheikh Tamim bin Hamad bin Khalifa Al Thani.",
                "Çavuşoğlu met Foreign Minister Mohammed Haneef Atmar.",
            ], on: "2021-06-20")
        #expect(found[0] == ["Abdullah bin Zayed Al Nahyan/AE"], "\(found[0])")
        #expect(found[1].contains("Tamim bin Hamad Al Thani/QA") && !found[1].contains { $0.hasPrefix("Hamad bin Khalifa") }, "\(found[1])")
        #expect(!found[2].contains { $0.hasPrefix("Muhammad bin Nayef") }, "\(found[2])")
    }

    /// A Khmer style before a known name is no name of its own ("Samdech Akka Moha Sena Padei Techo Hun Sèn" is Hun Sen).
    @Test func aKhmerStyleBeforeAName() {
        let found = people(
            ["Le Premier ministre Samdech Akka Moha Sena Padei Techo Hun Sèn est parti ce matin pour Hanoï."], on: "2016-12-20",
            language: "fr")
        #expect(found[0] == ["Hun Sen/KH"], "\(found[0])")
    }

    /// "Acting Assistant Secretary of State for African Affairs Donald Yamamoto" is Donald Yamamoto, and "the Acting Assistant
    /// Secretary" later on is he (a title no office of the registry resolves, given to him); a headline's capitalised verb
    /// ends a name ("Yamamoto Travel to Somalia").
    @Test func aTitleTheArticleGaveSomeone() {
        let found = people(
            [
                "Acting Assistant Secretary Yamamoto Travel to Somalia, Kenya and Rwanda",
                "On December 4, Acting Assistant Secretary of State for African Affairs Donald Yamamoto attended the review in Mogadishu.",
                "The meeting was chaired by President Farmaajo.",
                "Following the review, the Acting Assistant Secretary will travel to Nairobi, where he will meet officials.",
            ], on: "2017-12-04")
        #expect(!found[0].contains { $0.contains("Travel") }, "\(found[0])")
        #expect(found[1] == ["Donald Yamamoto/-"], "\(found[1])")
        #expect(found[3].first == "Donald Yamamoto/-", "\(found[3])")
        #expect(!found[3].contains { $0.hasPrefix("Mohamed Abdullahi Mohamed") }, "\(found[3])")
    }

    /// A form two people share is the one nearer the date: "King Abdullah" in 2017 is Jordan's (Saudi Arabia's died in
    /// 2015); in 2010, both reigning, the registry's first, Saudi Arabia's.
    @Test func aSharedFormIsThePersonOfTheDate() {
        #expect(people(["His Majesty King Abdullah spoke with Donald Trump."], on: "2017-05-16")[0].contains("Abdullah II of Jordan/JO"))
        let earlier = people(["Le roi Abdallah a reçu le président Nicolas Sarkozy."], on: "2010-05-16", language: "fr")[0]
        #expect(earlier.contains("Abdullah of Saudi Arabia/SA") && !earlier.contains { $0.hasPrefix("Abdullah II") }, "\(earlier)")
    }

    /// A surname alone is the registry's only bearer of it only about when they held office: "Harris" in 2022 is not
    /// Simon Harris, Taoiseach from 2024. And a full name is not someone else's of the same surname named before it:
    /// "Vice President Kamala Harris" after a headline's "Harris" is Kamala Harris.
    @Test func aSurnameIsAnOfficeHoldersOnlyNearTheirTerm() {
        let found = people(["Harris visits DMZ", "Vice President Kamala Harris visited the border."], on: "2022-09-29")
        #expect(!found[0].contains { $0.hasPrefix("Simon Harris") }, "\(found[0])")
        #expect(found[1].count == 1 && found[1][0].hasPrefix("Kamala Harris/"), "\(found[1])")
        // In 2024 two office-holders bear it (Simon Harris, Taoiseach, and Kamala Harris, Vice President): neither is assumed.
        let taoiseach = people(["Harris meets Starmer"], on: "2024-09-20")
        #expect(taoiseach[0] == ["Keir Starmer/GB"], "\(taoiseach[0])")
        // Of two bearers, the one in office about then: "Harris" in 2022 is Kamala Harris, Vice President.
        let vice = people(["Harris held talks with Xi Jinping."], on: "2022-11-19")
        #expect(vice[0].contains("Kamala Harris/US"), "\(vice[0])")
        // A Thai is named by the given name after the first mention, in any spelling the registry has.
        let thai = people(["Thai Prime Minister Prayuth Chan-ocha met Xi on Saturday.", "Harris held talks with Prayuth on Friday."], on: "2022-11-19")
        #expect(thai[1].contains("Prayut Chan-o-cha/TH"), "\(thai[1])")
        // A French alias's article may be another's: "aux côtés du roi Philippe" is the King of the Belgians, not Édouard
        // Philippe; "du cimetière américain de Flanders Field" names a place.
        let belgium = people(["Barack Obama s'est recueilli au cimetière américain de Flanders Field aux côtés du roi Philippe."], on: "2014-03-26", language: "fr")
        #expect(belgium[0] == ["Barack Obama/US", "Philippe of Belgium/BE"], "\(belgium[0])")
        // Nor is the head of an international body out of office: "Ban" in 2012 is the UN Secretary-General.
        let ban = people(["Ban arrived in Tehran on Wednesday."], on: "2012-08-30")
        #expect(ban[0].contains { $0.hasPrefix("Ban Ki-moon/") }, "\(ban[0])")
        // A word before the surname that is theirs keeps a known person: "Shri Narendra Modi" is Narendra Modi.
        let modi = people(["Prime Minister Narendra Modi arrived.", "Prime Minister Shri Narendra Modi spoke."], on: "2017-07-04")
        #expect(modi[1] == ["Narendra Modi/IN"], "\(modi[1])")
    }

    /// A bracket parts capitalised words: "l'Afrique de l'Ouest (Cédéao)" names no one.
    @Test func bracketsPartNames() {
        let found = people(["Les chefs d'État de la Communauté économique des États d'Afrique de l'Ouest (Cédéao) se sont réunis."], on: "2012-04-02", language: "fr")
        #expect(found[0].isEmpty, "\(found[0])")
    }

    /// Particles inside a name stay in it: "M. Waleed bin Abdulkarim El-Khereiji".
    @Test func nameParticles() {
        let found = people(["Le ministre a reçu M. Waleed bin Abdulkarim El-Khereiji hier."], on: "2025-03-20", language: "fr")
        #expect(found[0].contains("Waleed bin Abdulkarim El-Khereiji/-"), "\(found[0])")
    }

    /// A title alone refers back to the person the article gave it ("the Prime Minister" after "Prime Minister
    /// Rishi Sunak"); a president who leads the government is not "the Prime Minister".
    @Test func bareTitlesReferBack() {
        let found = people(
            ["Prime Minister Rishi Sunak welcomed President Biden.", "The Prime Minister and the President agreed."], on: "2023-07-10")
        #expect(found[1] == ["Rishi Sunak/GB", "Joe Biden/US"])
        let presidentOnly = people(["President Biden spoke.", "The Prime Minister met him."], on: "2023-07-10")
        #expect(presidentOnly[1].isEmpty)
    }

    /// With no holder named, a bare title is the publishing government's office-holder on the date.
    @Test func bareTitlesFallBackToThePublisher() {
        #expect(people(["The Prime Minister met President Biden."], on: "2024-07-11", publisher: "GB")[0] == ["Keir Starmer/GB", "Joe Biden/US"])
        #expect(people(["The Prime Minister met President Biden."], on: "2024-06-14", publisher: "GB")[0] == ["Rishi Sunak/GB", "Joe Biden/US"])
        #expect(people(["The Prime Minister met President Biden."], on: "2024-06-14")[0] == ["Joe Biden/US"])
    }

    /// New names after titles of several words, with the country the title gives, without ordinals or initials.
    @Test(arguments: [
        ("Blinken met Slovak Minister of Foreign and European Affairs Rastislav Káčer in Bucharest.", "Rastislav Káčer/SK"),
        ("He met International Atomic Energy Agency Director General Rafael Grossi.", "Rafael Grossi/-"),
        ("Under Secretary of State for Civilian Security, Democracy, and Human Rights Uzra Zeya will travel.", "Uzra Zeya/-"),
        ("Blinken and Secretary of Defense Lloyd J. Austin III will attend.", "Lloyd Austin/-"),
        ("He met President Ferdinand Marcos, Jr., and Secretary of Foreign Affairs Enrique Manalo.", "Enrique Manalo/PH"),
        ("a meeting hosted by Japan's Minister for Foreign Affairs Toshimitsu Motegi and Minister of Defense Nobuo Kishi.", "Nobuo Kishi/JP"),
    ])
    func newNamesAfterTitles(sentence: String, expected: String) {
        #expect(people([sentence], on: "2024-03-01")[0].contains(expected), "\(people([sentence], on: "2024-03-01")[0])")
    }

    /// A spelling the registry knows under another form is its person ("Joseph R. Biden, Jr." is Joe Biden).
    @Test func registryBySurnameAndInitial() {
        #expect(people(["President Joseph R. Biden, Jr. met today with Prime Minister Keir Starmer."], on: "2024-09-13")[0]
            == ["Joe Biden/US", "Keir Starmer/GB"])
    }

    /// A name in apposition after a French title takes the title's country and, for a Cyrillic name, its English spelling.
    @Test func appositionAndTransliteration() {
        let found = people(
            ["lorsque le ministre russe chargé du développement de l'Extrême-Orient, Alexandre Galouchka, s'était rendu à Pyongyang."],
            on: "2018-05-31", language: "fr")
        #expect(found[0] == ["Alexandre Galushka/RU"])
        // Not every comma after a title opens a name.
        #expect(people(["Le ministre de l'Europe et des affaires étrangères, sur les relations franco-indiennes."], on: "2017-11-17", language: "fr")[0].isEmpty)
    }

    /// A name nothing introduces is still a person, unless it is a place, an institution or a suffix of someone named.
    @Test func namesWithoutTitles() {
        #expect(people(["Vous y avez rencontré le nouveau dirigeant du pays, l'islamiste Ahmad al-Kharabi."], on: "2025-01-08", language: "fr")[0]
            == ["Ahmad al-Kharabi/-"])
        // One the registry knows, in a French spelling, is its canonical self.
        #expect(people(["Vous y avez rencontré le nouveau dirigeant du pays, l'islamiste Ahmad al-Charaa."], on: "2025-01-08", language: "fr")[0]
            == ["Ahmed al-Sharaa/SY"])
        #expect(people(["Le ministre est allé à Ouagadougou, au Burkina Faso, pour la Critical Minerals Agreement."], on: "2012-07-30", language: "fr")[0].isEmpty)
        // "il y a un mois" is no one.
        let impersonal = people(["Laurent Fabius s'est rendu à Niamey.", "Il y a un mois, le régime s'effondrait."], on: "2012-07-30", language: "fr")
        #expect(impersonal[1].isEmpty)
        // ("Il y a un an, il avait été accueilli …": the second "il" is someone.)
        let later = people(["Laurent Fabius s'est rendu à Niamey.", "Il y a un an, il avait été accueilli à Bamako."], on: "2012-07-30", language: "fr")
        #expect(later[1] == ["Laurent Fabius/FR"], "\(later[1])")
    }

    /// "il"/"he" is the last sentence's subject; a first-person text's "je" is its speaker.
    @Test func pronounsAndSpeakers() {
        let found = people(["Le ministre Laurent Fabius s'est rendu à Niamey.", "Il a eu un entretien avec M. Moussa Garba."], on: "2012-07-30", language: "fr")
        #expect(found[1] == ["Laurent Fabius/FR", "Moussa Garba/-"])
        var finder = PersonFinder(language: "fr")
        finder.speaker = PersonMention(name: "Jean-Yves Le Drian", country: "FR", offset: 0, source: .knownName)
        #expect(finder.people(in: "Nous avons eu, avec Sushma Swaraj, des entretiens.", on: PartialDate("2017-11-17")!).map(\.name)
            == ["Jean-Yves Le Drian", "Sushma Swaraj"])
        // ("M. Trump a indiqué qu'il …": the one named by his honorific comes first, and is "il"; "M. Mirzioïev", spelled
        // as the text spelled "Chavkat Mirzioïev" before, is the one that name was found to be.)
        let honorific = people(
            ["Kim Jong-un doit rencontrer vendredi Nguyen Phu Trong.", "M. Trump a indiqué qu'il appellerait le président Moon Jae-in."],
            on: "2019-02-28", language: "fr")
        #expect(!honorific[1].contains("Kim Jong-un/KP"), "\(honorific[1])")
        #expect(honorific[1].contains("Moon Jae-in/KR"), "\(honorific[1])")
        let spelled = people(
            ["Emmanuel Macron s'est entretenu avec le président ouzbek Chavkat Mirzioïev.", "M. Mirzioïev lui avait adressé une invitation."],
            on: "2023-11-02", language: "fr")
        #expect(spelled[1].contains("Shavkat Mirziyoyev/UZ"), "\(spelled[1])")
    }
}

/// People the registry does not know, given their country by the title beside their name.
struct TitleCountryTests {
    private func people(_ sentences: [String], on date: String = "2022-11-21", language: String = "fr") -> [[String]] {
        var finder = PersonFinder(language: language)
        return sentences.map { sentence in
            let found = finder.people(in: sentence, on: PartialDate(date)!)
            return finder.placeByTitles(found, places: PlaceFinder.mentions(in: sentence), in: sentence).map { "\($0.name)/\($0.country ?? "-")" }
        }
    }

    /// The country of a title before the name, in either language's order, or in apposition after it.
    @Test(arguments: [
        ("Le président kényan Amos Wekesa doit arriver lundi.", "Amos Wekesa/KE"),
        ("Il a reçu son homologue rwandaise Marie Uwase à Paris.", "Marie Uwase/RW"),
        ("Elle a vu la ministre ougandaise des Affaires étrangères, Grace Akello, à Kampala.", "Grace Akello/UG"),
        ("Zambian President Peter Mwale arrived in Lusaka.", "Peter Mwale/ZM"),
        ("Jean Rakoto, président de la République de Madagascar, a parlé.", "Jean Rakoto/MG"),
    ])
    func titleGivesCountry(sentence: String, expected: String) {
        #expect(people([sentence])[0].contains(expected))
    }

    /// No title, no country: a place next to a name says nothing about whom they represent.
    @Test func noTitleNoCountry() {
        #expect(people(["Selon la presse, Amos Wekesa est arrivé au Kenya pour la conférence."])[0].contains("Amos Wekesa/-"))
        #expect(people(["Selon la presse, Marie Uwase, arrivée de Kigali, a parlé."])[0].contains("Marie Uwase/-"))
        // A sentence opening on an unknown name needs a title in apposition to make it a person.
        #expect(people(["Amos Wekesa est arrivé au Kenya."])[0].isEmpty)
    }

    /// A headline names someone bare; the title in the next sentence gives them a country for the rest of the article.
    @Test func laterTitleFillsTheCountryIn() {
        let found = people(["RDC – M23 : Amos Wekesa attendu à Kinshasa", "Le président kényan Amos Wekesa doit s'entretenir avec lui.", "Amos Wekesa est arrivé."])
        #expect(found[0] == ["Amos Wekesa/-"], "the M of M23 is no Monsieur, and the RDC before it no title")
        #expect(found[1] == ["Amos Wekesa/KE"])
        #expect(found[2] == ["Amos Wekesa/KE"])
    }

    /// "M. Wang" is Wang Yi: in Chinese and Korean names the family name comes first.
    @Test func familyNameFirst() {
        let found = people(["Le ministre chinois des Affaires étrangères, Wang Yi, se rendra à Nairobi.", "M. Wang y verra le président."], on: "2016-08-06")
        #expect(found[1] == ["Wang Yi/CN"])
    }

    /// A surname that is also a city is still the person named before ("Secretary Austin"); "elle" inside a
    /// quotation is not the last subject.
    @Test func surnamesThatArePlacesAndQuotedPronouns() {
        let english = people(
            ["Secretary of Defense Lloyd J. Austin III will travel.", "Secretary Austin will attend the meeting."], on: "2021-03-12", language: "en")
        #expect(english[1] == ["Lloyd Austin/-"])
        let quoted = people(["Le président Emmanuel Macron est à Paris.", "« Elle a toutes les compétences », a-t-il déclaré."], on: "2018-05-23")
        #expect(quoted[1].isEmpty)
    }

    /// A surname alone after the full name; a comma ends a name after a title; a known surname in a headline's
    /// capitals is that person; capitalised words after "at the" are a place, not a person.
    @Test func surnamesCommasHeadlinesAndPlaces() {
        let found = people(
            [
                "President Putin Telephone conversation with the Prime Minister",
                "US Secretary of State John Kerry will come to Sochi.",
                "Kerry arrived at the Bocharov Ruchei residence after talks.",
                "The talks involved Deputy Prime Minister Ivan Petrov, Presidential Aide Oleg Sidorov and others.",
            ], on: "2015-05-12", language: "en")
        #expect(found[0] == ["Vladimir Putin/RU"])
        #expect(found[2] == ["John Kerry/US"])
        #expect(found[3].contains("Ivan Petrov/-"), "the comma ends the name: \(found[3])")
        #expect(!found[3].contains { $0.hasPrefix("Ivan Petrov Presidential") })
    }

    /// A surname alone that only one office-holder bears is that person, from the first mention ("Putin and Trump");
    /// one that is also a common word or a given name is not ("May", "Johnson"); a Korean family name is the first word
    /// only ("In particular" is no Moon Jae-in); "the presidents of Russia and the United States" are both holders.
    @Test func registrySurnamesAndPluralTitles() {
        let found = people(
            [
                "The phone conversation between Putin and Trump lasted about two hours.",
                "In particular, Johnson spoke in May.",
                "The last time the presidents of Russia and the United States spoke was on February 12.",
            ], on: "2025-03-18", language: "en")
        #expect(found[0] == ["Vladimir Putin/RU", "Donald Trump/US"])
        #expect(found[1].isEmpty, "\(found[1])")
        #expect(found[2] == ["Vladimir Putin/RU", "Donald Trump/US"])
    }

    /// Office-holders in a spelling the registry does not list, after a title or alone, are the registry's people.
    @Test func officeHoldersInAnotherSpelling() {
        let found = people(
            ["Le président syrien Bachar el-Assad a reçu mardi à Damas le président libanais Michel Sleimane.",
             "Gurbanguly Berdymoukhamedov était présent."], on: "2008-09-04", language: "fr")
        #expect(found[0] == ["Bashar al-Assad/SY", "Michel Suleiman/LB"], "\(found[0])")
        #expect(found[1] == ["Gurbanguly Berdimuhamedow/TM"], "\(found[1])")
    }

    /// A sheikh is called by his first name: "Sheikh Mohamed" after "Sheikh Mohamed bin Zayed Al Nahyan" is him, not the
    /// registry's other Mohamed whose surname it is.
    @Test func sheikhByFirstName() {
        let found = people(
            ["Erdogan held talks with President Sheikh Mohamed bin Zayed Al Nahyan in Abu Dhabi.",
             "Sheikh Mohamed, then Abu Dhabi's crown prince, visited Ankara in November 2021."], on: "2023-07-17")
        #expect(found[1] == ["Mohamed bin Zayed Al Nahyan/AE"], "\(found[1])")
    }

    /// One capitalised word, then a comma, does not begin a name: "sur les rives du lac Léman, George W. Bush" names Bush
    /// alone, not also a "Léman George".
    @Test func aWordBeforeACommaBeginsNoName() {
        let found = people(["Sur les rives du lac Léman, George W. Bush a rencontré Jacques Chirac."], on: "2003-06-02", language: "fr")
        #expect(found[0] == ["George W. Bush/US", "Jacques Chirac/FR"])
    }

    /// A regnal number is no surname: "le roi Hassan II" is not Hans-Adam II of Liechtenstein (whose first name also
    /// begins with an H); "le roi Abdallah II" is still Jordan's king.
    @Test func aRegnalNumberIsNoSurname() {
        let found = people(["Shimon Peres avait été reçu à Ifrane par le roi Hassan II."], on: "1990-08-12", language: "fr")
        #expect(!found[0].contains { $0.hasPrefix("Hans-Adam") }, "\(found)")
        #expect(found[0].contains("Hassan II/-"), "\(found)")
        let jordan = people(["Le roi Abdallah II a reçu Emmanuel Macron."], on: "2018-04-12", language: "fr")
        #expect(jordan[0].contains("Abdullah II of Jordan/JO"), "\(jordan)")
    }

    /// A word inside a known name is no one else's surname: "Saudi Crown Prince Abdullah" is Saudi Arabia's crown prince,
    /// not also Oman's minister Yusuf bin Alawi bin Abdullah by "Prince" and the surname.
    @Test func aWordInsideAKnownNameIsNoOtherSurname() {
        let found = people(["The plan was put forward by Saudi Crown Prince Abdullah, the kingdom's de facto ruler."], on: "2002-03-28")
        #expect(found[0] == ["Abdullah of Saudi Arabia/SA"], "\(found[0])")
    }

    /// Arabic "dh" is French "z": "le Premier ministre irakien, Moustafa al-Kazimi" is Mustafa Al-Kadhimi, not a new name
    /// beside him.
    @Test func arabicDhIsFrenchZ() {
        let found = people(["Il doit rencontrer mercredi le Premier ministre irakien, Moustafa al-Kazimi."], on: "2020-09-01", language: "fr")
        #expect(found[0] == ["Mustafa Al-Kadhimi/IQ"], "\(found[0])")
    }

    /// A bare title goes to the holder the article is most about, not the last one it made a subject: "le chef de l'État"
    /// in a story of Macron's tour, after the host Ouattara opened one sentence.
    @Test func aBareTitleGoesToTheHolderTheArticleIsMostAbout() {
        let found = people(
            [
                "Emmanuel Macron est arrivé lundi à Abidjan pour une tournée africaine.", "Emmanuel Macron a ensuite rencontré des étudiants.",
                "Alassane Ouattara a salué cette visite.", "Mardi, le chef de l'État s'est rendu à Ouagadougou.",
            ], on: "2017-11-29", language: "fr")
        #expect(found[3] == ["Emmanuel Macron/FR"], "\(found[3])")
    }

    /// Abbreviated titles before a surname ("PM Modi", "FM Qureshi") and a British style ("The Rt Hon Boris Johnson") are
    /// no part of the name, nor a name of their own.
    @Test func abbreviatedTitlesAndStyles() {
        let found = people(
            ["Shah Mahmood Qureshi arrived in Beijing.", "FM Qureshi will next visit Russia.", "PM Modi met Xi Jinping.",
             "Modi spoke with the Prime Minister of UK The Rt Hon Boris Johnson."], on: "2018-12-24")
        #expect(found[1] == ["Shah Mehmood Qureshi/PK"], "\(found)")
        #expect(found[2] == ["Narendra Modi/IN", "Xi Jinping/CN"], "\(found)")
        #expect(found[3] == ["Narendra Modi/IN", "Boris Johnson/GB"], "\(found)")
    }

    /// A surname with its Arabic article ("Al-Sisi", "el-Bashir") is the surname of the full name told before, or of the
    /// registry's only office-holder bearing it then.
    @Test func surnamesWithTheirArticle() {
        let found = people(
            ["Sudanese President Omar Al-Bashir arrived in Cairo.", "It follows a summit between Al-Sisi and Al-Bashir last January."],
            on: "2018-03-18")
        #expect(found[1] == ["Abdel Fattah el-Sisi/EG", "Omar al-Bashir/SD"], "\(found)")
    }

    /// "le « Sommet des Trois Amigos »", "the Summit of the Three Amigos": capitalised words after a gathering's noun and
    /// "des"/"of the" are its name, no one's.
    @Test func aGatheringsNameIsNoOne() {
        let found = people(
            ["Le sommet, également appelé le \"Sommet des Trois Amigos\", aura lieu à Ottawa.", "They met at the Summit of the Three Amigos."],
            on: "2016-06-30", language: "fr")
        #expect(found == [[], []])
    }

    /// A building or a road named after someone names no one: "l'aéroport international Président Modibo Keïta-Sénou" (a
    /// known name inside a hyphenated one, placed where its first word is), "Jomo Kenyatta International Airport". A title
    /// after "l'aéroport" in lower case is someone's: "accueilli à l'aéroport par le président Goïta".
    @Test func buildingsNamedAfterPeople() {
        let found = people(
            [
                "Il a été accueilli à l'aéroport international Président Modibo Keïta-Sénou par Assimi Goïta.",
                "Modi landed at Jomo Kenyatta International Airport, where William Ruto met him.",
                "Il a été accueilli à l'aéroport le président Assimi Goïta.",
            ], on: "2024-05-30", language: "fr")
        #expect(found[0].map { $0.hasPrefix("Assimi Go") } == [true], "\(found[0])")
        #expect(!found[1].contains { $0.hasPrefix("Uhuru") || $0.hasPrefix("Jomo") }, "\(found[1])")
        #expect(found[1].contains { $0.hasPrefix("William Ruto/") }, "\(found[1])")
        #expect(found[2].contains { $0.hasPrefix("Assimi Go") }, "\(found[2])")
    }

    /// Oman's royals go by "Sayyid" and their first name: "Sayyid Badr" after Badr Albusaidi (named with his father's name,
    /// "Badr bin Hamad Albusaidi"); and a news channel is no one ("Al Jazeera").
    @Test func sayyidAndAFirstName() {
        let found = people(
            [
                "His Highness Sayyid Badr bin Hamad Albusaidi, Minister of Foreign Affairs, conveyed messages.",
                "Before the session began, Abbas Araghchi met Sayyid Badr.",
                "The summit was called off, Al Jazeera reported.",
            ], on: "2025-04-13")
        #expect(found[0] == ["Badr Albusaidi/OM"], "\(found[0])")
        #expect(found[1].contains("Badr Albusaidi/OM") && !found[1].contains { $0.hasPrefix("Sayyid") }, "\(found[1])")
        #expect(found[2].isEmpty, "\(found[2])")
    }
}
