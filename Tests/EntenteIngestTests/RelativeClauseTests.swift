import EntenteIngest
import Testing

/// Relative clauses opened after a comma (", who", ", qui", ", where", ", où"): what they tell is theirs, and the clause
/// they interrupt carries on after them.
struct RelativeClauseTests {
    /// A sentence opened by what was done before ("Après avoir rencontré X à La Haye, Y s'est rendue à Berlin", "After
    /// meeting X in The Hague, Y travelled to Berlin"): the subject after the comma did both; the one met travels nowhere.
    /// ("Avant de s'envoler pour Abidjan, …" still tells its own trip.)
    @Test func anOpeningClauseOfWhatWasDoneBefore() {
        for (sentence, language) in [
            ("Après avoir rencontré le Premier ministre néerlandais Mark Rutte à La Haye, Theresa May s'est rendue à Berlin.", Article.Language.fr),
            ("After meeting Dutch Prime Minister Mark Rutte in The Hague, Theresa May travelled to Berlin.", .en),
        ] {
            let found = eventSummaries(sentence, on: "2018-12-11", language: language)
            #expect(found.contains("meeting Theresa May/GB+Mark Rutte/NL @NL - held"), "\(found)")
            #expect(found.contains("visit Theresa May/GB @DE - held"), "\(found)")
            #expect(!found.contains { $0.hasPrefix("visit Mark Rutte") }, "\(found)")
        }
        // (A subject told by a pronoun, or a capitalised word in "-ing" that is a city, leaves the sentence as one clause.)
        let pronoun = eventSummaries("After meeting Mark Rutte in The Hague, she travelled to Berlin to meet Olaf Scholz.", on: "2018-12-11", language: .en)
        #expect(!pronoun.contains { $0.hasPrefix("meeting") && $0.contains("Mark Rutte") && $0.contains("Olaf Scholz") }, "\(pronoun)")
        let beijing = eventSummaries("After Beijing hosted Vladimir Putin last week, Joe Biden traveled to Tokyo.", on: "2018-12-11", language: .en)
        #expect(!beijing.contains { $0.hasPrefix("visit Joe Biden/US @CN") }, "\(beijing)")
    }

    private func events(_ text: String, on date: String, language: Article.Language = .en) -> [String] {
        eventSummaries(text, on: date, language: language)
    }

    /// "Biden and Xi Jinping, who agreed …, held talks in Bali": the talks are the subject's, after the clause set
    /// between commas; the plural clause hangs on both.
    @Test func theMainClauseCarriesOnAfterTheRelativeClause() {
        let bali = events(
            "Biden and Xi Jinping, who agreed to meet in person when they spoke by phone in July, held talks in Bali on Monday.",
            on: "2022-11-15")
        #expect(bali.contains("talks Joe Biden/US+Xi Jinping/CN @ID 2022-11-14 held"), "\(bali)")
        #expect(bali.contains("visit Xi Jinping/CN @ID 2022-11-14 held"), "\(bali)")
        #expect(bali.contains("phone_call Joe Biden/US+Xi Jinping/CN @- 2022-07 held"), "\(bali)")
        // French, past a list of places that a comma and "puis" continue.
        let paris = events(
            "Emmanuel Macron, qui s'est rendu à Berlin lundi, puis à Varsovie mardi, recevra jeudi Olaf Scholz.", on: "2024-03-12",
            language: .fr)
        #expect(paris.contains("meeting Emmanuel Macron/FR+Olaf Scholz/DE @FR 2024-03-14 planned"), "\(paris)")
        #expect(paris.contains("visit Emmanuel Macron/FR @PL 2024-03-12 held"), "\(paris)")
        // ("à la Croatie, à l'Albanie": folded, "à" is "a", and no verb follows the comma.)
        let nato = events(
            "Les alliés se sont donné rendez-vous en 2008 pour un prochain sommet, qui pourrait ouvrir la porte de l'Alliance à la Croatie, à l'Albanie et à la Macédoine.",
            on: "2006-11-29", language: .fr)
        #expect(nato == ["summit  @- 2008 planned"], "\(nato)")
    }

    /// A relative clause opened without a comma ends at a comma a subject and its verb follow; with no one named before
    /// it, it is about that subject. "la capitale argentine" is Argentina's, though spelt as the country's name.
    @Test func aRestrictiveRelativeClauseEndsBeforeTheSubject() {
        let pekin = events(
            """
            Arrivé mercredi soir à Pékin pour une visite d'Etat qui s'achèvera vendredi à Canton, M. Macron a ensuite participé             à une réunion à trois avec le président chinois Xi Jinping.
            """, on: "2023-04-06", language: .fr)
        #expect(pekin.contains("visit Emmanuel Macron/FR @CN 2023-04-05 held"), "\(pekin)")
        #expect(pekin.contains { $0.hasPrefix("meeting Emmanuel Macron/FR+Xi Jinping/CN @CN") }, "\(pekin)")
        let tour = events(
            """
            Arrivé mercredi dans la capitale argentine au terme d'une tournée qui l'a conduit aux Émirats arabes unis, à Bahreïn,             en Égypte et en Tunisie, « MBS » effectue au sommet sa première grande sortie internationale.
            """, on: "2018-11-30", language: .fr)
        #expect(tour.contains("visit Mohammed bin Salman/SA @AR 2018-11-28 held"), "\(tour)")
        #expect(tour.contains("visit Mohammed bin Salman/SA @TN - held"), "\(tour)")
    }

    /// A relative clause's past is its own: the meeting the main clause reports is not dated by it, nor placed by a
    /// meeting that has no date.
    @Test func theRelativeClauseKeepsItsPast() {
        let found = events("Blinken met Wang Yi, who visited Washington last year, officials said.", on: "2024-03-12")
        #expect(found.contains("visit Wang Yi/CN @US 2023 held"), "\(found)")
        #expect(found.contains("meeting Antony Blinken/US+Wang Yi/CN @- - held"), "\(found)")
    }

    /// "…, where Kishida hosts the summit": what a "where" clause tells of the place someone will go to is to come, and
    /// happens at that place ("Hiroshima, Japan"); one with no date of its own is dated by the clause before it.
    @Test func aWhereClauseAtThePlaceAhead() {
        let found = events(
            "Biden will leave Wednesday for Hiroshima, Japan, where Prime Minister Fumio Kishida hosts the Group of Seven summit from Friday to Sunday.",
            on: "2023-05-16")
        #expect(found.contains("summit Joe Biden/US+Fumio Kishida/JP @JP 2023-05-19 planned"), "\(found)")
        #expect(!found.contains { $0.hasSuffix("held") }, "\(found)")
        let riga = events(
            "Le président américain George W. Bush a quitté mercredi la capitale lettone, où les dirigeants des 26 pays de l'Otan ont clos un sommet de deux jours.",
            on: "2006-11-29", language: .fr)
        #expect(riga.contains { $0.hasPrefix("summit George W. Bush/US @LV 2006-11-29") }, "\(riga)")
    }

    /// A negation after "but", "with … saying" or "mais" is another statement's: the meeting told before it stands.
    /// "has arrived on a state visit to Vietnam, where he plans to sign …": what is to be done there is to come, the arrival
    /// is done (today); "visits Mauritius on March 11-12 where he will meet …": the where clause's meeting has the visit's days.
    @Test func aWhereClauseKeepsItsOwnTenseAndTakesTheVisitsDays() {
        let arrived = events(
            "Vladimir Putin, ruler of Russia, has arrived on a state visit to Vietnam, where he plans to issue a joint statement.",
            on: "2024-06-19")
        #expect(arrived.contains("visit Vladimir Putin/RU @VN 2024-06-19 held"), "\(arrived)")
        let mauritius = events("Modi next visits Mauritius on March 11-12, where he will meet Prime Minister Sir Anerood Jugnauth.", on: "2015-03-06")
        #expect(mauritius.contains("meeting Narendra Modi/IN+Anerood Jugnauth/MU @MU 2015-03-11 planned"), "\(mauritius)")
    }

    /// "Justin Trudeau, qui est à Da Nang, au Vietnam, …, a eu vendredi des rencontres bilatérales tour à tour avec A, et B": the
    /// relative clause says where the subject's meetings are, and meetings told as several are one a party.
    @Test func whereTheSubjectIsAndMeetingsToldAsSeveral() {
        let found = events(
            """
            Le premier ministre canadien Justin Trudeau, qui est à Da Nang, au Vietnam, pour la réunion de la Coopération économique \
            pour l’Asie-Pacifique, a eu vendredi des rencontres bilatérales tour à tour avec le président du Mexique, Enrique Pena \
            Nieto, et le premier ministre du Japon, Shinzo Abe.
            """, on: "2017-11-10", language: .fr)
        #expect(found.contains("meeting Justin Trudeau/CA+Enrique Peña Nieto/MX @VN 2017-11-10 held"), "\(found)")
        #expect(found.contains("meeting Justin Trudeau/CA+Shinzo Abe/JP @VN 2017-11-10 held"), "\(found)")
        let english = events("Xi Jinping, who is in Moscow on a state visit, met Prime Minister Mikhail Mishustin on Tuesday.", on: "2023-03-21")
        #expect(english.contains("meeting Xi Jinping/CN+Mikhail Mishustin/RU @RU 2023-03-21 held"), "\(english)")
    }

    @Test func aNegationAfterButNegatesWhatFollows() {
        let found = events(
            "Japanese Prime Minister Shinzo Abe met Iran's Supreme Leader Ayatollah Ali Khamenei in Tehran on Thursday, but his bid appeared to yield little, with Khamenei saying he did not consider Donald Trump worthy of an exchange of messages.",
            on: "2019-06-14")
        #expect(found.contains("meeting Shinzo Abe/JP+Ali Khamenei/IR @IR 2019-06-13 held"), "\(found)")
        // (Before any such word, a negation still negates the clause.)
        let never = events("Putin has not met Zelensky in Istanbul, but Lavrov did.", on: "2022-03-10")
        #expect(!never.contains { $0.hasPrefix("meeting") }, "\(never)")
    }

    /// What the review of the session's rules found (36 articles written to trip them), each narrowed.
    @Test func whatTheReviewFound() {
        // An aside right after the pronoun is inside the relative clause: "qui, la veille, avait été accueilli …".
        let chequers = events(
            """
            Le Premier ministre britannique Rishi Sunak a reçu lundi à Chequers le président ukrainien Volodymyr Zelensky, qui, \
            la veille, avait été accueilli à l'Élysée par Emmanuel Macron.
            """, on: "2023-05-15", language: .fr)
        #expect(chequers.contains("meeting Emmanuel Macron/FR+Volodymyr Zelenskyy/UA @FR 2023-05-14 held")
            || chequers.contains("meeting Volodymyr Zelenskyy/UA+Emmanuel Macron/FR @FR 2023-05-14 held"), "\(chequers)")
        // A coordinated pair "who last met" both met.
        let pair = events(
            "Vladimir Putin and Xi Jinping, who last met in person in Uzbekistan in September, have pledged to deepen their partnership.",
            on: "2023-02-22")
        #expect(pair.contains { $0.hasPrefix("meeting Vladimir Putin/RU+Xi Jinping/CN @UZ 2022-09") }, "\(pair)")
        // "will be received by President Vladimir Putin": the receiver is at home.
        let received = events(
            "Wang Yi, who held talks with Nikolai Patrushev on Tuesday, will be received by President Vladimir Putin later on Wednesday.",
            on: "2023-02-22")
        #expect(received.contains { $0.hasPrefix("meeting Wang Yi/CN+Vladimir Putin/RU @RU") && $0.hasSuffix("planned") }, "\(received)")
        // The French "a" of a subject's verb, not "à": "…, Emmanuel Macron a été reçu jeudi à Pékin" is the main clause.
        let pekin = events(
            "Au deuxième jour d'une visite d'État qui s'achèvera vendredi à Canton, Emmanuel Macron a été reçu jeudi à Pékin par le président chinois Xi Jinping.",
            on: "2023-04-06", language: .fr)
        #expect(pekin.contains("meeting Emmanuel Macron/FR+Xi Jinping/CN @CN 2023-04-06 held"), "\(pekin)")
        // ", cinq jours après sa rencontre avec Joe Biden à Bali," is set between commas; the main clause goes on after it.
        let bangkok = events(
            """
            Le président chinois Xi Jinping s'est brièvement entretenu samedi à Bangkok, cinq jours après sa rencontre avec Joe \
            Biden à Bali, avec la vice-présidente américaine Kamala Harris.
            """, on: "2022-11-19", language: .fr)
        #expect(bangkok.contains { $0.hasPrefix("meeting Xi Jinping/CN+Kamala Harris/US @TH 2022-11-19") }, "\(bangkok)")
        // A participle after the comma is the clause's own: "…, qui recevait vendredi … Narendra Modi, arrivé la veille à Paris".
        let modi = events(
            """
            La France et l'Inde vont approfondir leur coopération, a annoncé Emmanuel Macron, qui recevait vendredi à l'Élysée le \
            Premier ministre indien Narendra Modi, arrivé la veille à Paris.
            """, on: "2023-07-14", language: .fr)
        #expect(modi.contains { $0.hasPrefix("visit Narendra Modi/IN @FR") }, "\(modi)")
        // "Quatre jours plus tôt": four days before the last day told.
        let jeddah = events(
            """
            Vladimir Poutine a été reçu mardi à Téhéran par le guide suprême iranien. Quatre jours plus tôt, le président américain \
            Joe Biden avait rencontré à Djeddah le prince héritier saoudien.
            """, on: "2022-07-20", language: .fr)
        #expect(jeddah.contains("meeting Joe Biden/US+Mohammed bin Salman/SA @SA 2022-07-15 held"), "\(jeddah)")
    }

    /// What the unseen batch 52 showed of the session's rules, each narrowed: "when he met" is the sentence's subject;
    /// "talks between the two sides" are the subject's; "has pledged to attend" is to come.
    @Test func whatAnUnseenBatchShowed() {
        let sharif = events(
            """
            Nawaz Sharif's last encounter with an Indian prime minister was in September 2013, when he met Manmohan Singh on the \
            sidelines of the UN General Assembly in New York.
            """, on: "2014-05-27")
        #expect(sharif.contains("meeting Nawaz Sharif/PK+Manmohan Singh/IN @US 2013-09 held"), "\(sharif)")
        let nanjing = events(
            """
            The ground had been laid in February last year, when Wang Yu-chi and Zhang Zhijun held the first \
            government-to-government talks between the two sides in Nanjing.
            """, on: "2015-11-07")
        #expect(nanjing.contains { $0.hasPrefix("talks Wang Yu-chi/") && $0.contains("@CN 2014-02 held") }, "\(nanjing)")
        let tuvalu = events(
            "Mr Scott Morrison has pledged to attend this year's Forum leaders' meeting in Tuvalu, where climate change will top the agenda.",
            on: "2019-01-18")
        #expect(tuvalu.contains { $0.hasPrefix("visit Scott Morrison/AU @TV") && $0.hasSuffix("planned") }, "\(tuvalu)")
    }

    /// French "n'a pas" negates, after "et" only what follows; "où elle était arrivée lundi" is the arrival; "Le même jour"
    /// is the last day told ("a signé mardi"), not the last event's.
    @Test func frenchNegationsArrivalsAndTheSameDay() {
        let korea = events(
            "Pour sa première tournée en tant que secrétaire d'Etat, Hillary Clinton a choisi l'Asie, et elle n'a pas ménagé la Corée du Nord.",
            on: "2009-02-21", language: .fr)
        #expect(!korea.contains { $0.contains("@KP") }, "\(korea)")
        let tokyo = events(
            """
            À Tokyo, où elle était arrivée lundi, la secrétaire d'Etat Hillary Clinton a signé mardi un accord sur Guam. Le même \
            jour, elle a rencontré le Premier ministre japonais, Taro Aso.
            """, on: "2009-02-21", language: .fr)
        #expect(tokyo.contains("visit Hillary Clinton/US @JP 2009-02-16 held"), "\(tokyo)")
        #expect(tokyo.contains("meeting Hillary Clinton/US+Taro Aso/JP @JP 2009-02-17 held"), "\(tokyo)")
    }

    /// "Putin is holding a meeting with Maduro, who arrived in Russia on Tuesday": a meeting that names no place is where
    /// its guest came, when both are dated and the arrival came first.
    @Test func aMeetingWhereItsGuestArrived() {
        let found = events(
            "Russian President Vladimir Putin is holding a meeting with his Venezuelan counterpart Nicolas Maduro, who arrived in Russia for an official visit on Tuesday.",
            on: "2019-09-25")
        #expect(found.contains("meeting Vladimir Putin/RU+Nicolás Maduro/VE @RU 2019-09-25 held"), "\(found)")
        #expect(found.contains("visit Nicolás Maduro/VE @RU 2019-09-24 held"), "\(found)")
    }

    /// "Nambaryn Enkhbayar, the former party leader who was elected president in May, met Bush": a relative clause inside
    /// an apposition keeps its date to itself; the meeting is on the day the text is about.
    @Test func aRelativeClauseInsideAnApposition() {
        let found = eventSummaries(
            """
            President Bush on Monday became the first sitting American president to visit Mongolia. Nambaryn Enkhbayar, the former \
            party leader who was elected president in May, met Bush at Government House.
            """, on: "2005-11-21", language: .en)
        #expect(found.contains("meeting Nambaryn Enkhbayar/MN+George W. Bush/US @MN 2005-11-21 held"), "\(found)")
        #expect(!found.contains { $0.contains("2005-05") }, "\(found)")
    }

    /// "Arrivé mardi soir de La Haye, où il participait au sommet, Barack Obama effectue sa première visite en Belgique":
    /// what happened where someone came from is there, and the sentence's own clause goes on after it with its date and
    /// subject. (A place arrived at keeps its "où": "arrivé mardi à Bruxelles, où il a rencontré …".)
    @Test func aWhereClauseAtThePlaceCameFrom() {
        let found = eventSummaries(
            """
            Arrivé mardi soir de La Haye, où il participait au sommet sur la sécurité nucléaire, Barack Obama effectue sa \
            première visite en Belgique.
            """, on: "2014-03-26")
        #expect(found.contains("visit Barack Obama/US @BE 2014-03-25 held"), "\(found)")
        #expect(found.contains { $0.hasPrefix("summit Barack Obama/US @NL") }, "\(found)")
        #expect(!found.contains { $0.hasPrefix("summit") && $0.contains("@BE") }, "\(found)")
        let english = eventSummaries(
            "Arriving on Tuesday from The Hague, where he attended the nuclear security summit, Barack Obama made his first visit to Belgium.",
            on: "2014-03-26", language: .en)
        #expect(english.contains { $0.hasPrefix("summit Barack Obama/US @NL") }, "\(english)")
        #expect(english.contains("visit Barack Obama/US @BE 2014-03-25 held"), "\(english)")
        let arrived = eventSummaries("Emmanuel Macron est arrivé mardi à Bruxelles, où il a rencontré Charles Michel.", on: "2020-03-04")
        #expect(arrived.contains("meeting Emmanuel Macron/FR+Charles Michel/EU @BE 2020-03-03 held"), "\(arrived)")
        // ("la capitale du Mali, où il a rencontré …": no one came from there.)
        let capital = eventSummaries(
            "Emmanuel Macron s'est rendu mardi dans la capitale du Mali, où il a rencontré Ibrahim Boubacar Keïta.", on: "2017-07-05")
        #expect(capital.contains("meeting Emmanuel Macron/FR+Ibrahim Boubacar Keïta/ML @ML 2017-07-04 held"), "\(capital)")
    }

    /// "… before wrapping up the trip in Dili on Saturday": a gerund after "before" is a clause of its own, with its own
    /// day, and the sentence's tense; with no day of its own, it has the one that opens the sentence.
    @Test func aGerundAfterBefore() {
        let tour = events(
            "Wang Yi is due to move on to Tonga, Vanuatu and Papua New Guinea before wrapping up the 10-day trip in Dili on Saturday.",
            on: "2022-05-30")
        for country in ["TO", "VU", "PG"] {
            #expect(tour.contains { $0.hasPrefix("visit Wang Yi/CN @\(country)") && $0.hasSuffix("planned") }, "\(tour)")
        }
        #expect(!tour.contains { $0.contains("2022-06-04") && !$0.contains("@TL") }, "\(tour)")
        let durban = events(
            "Xi Jinping will hold talks with President Jacob Zuma in Pretoria on Tuesday before attending the BRICS summit in Durban on Wednesday.",
            on: "2013-03-25")
        #expect(durban.contains("summit Xi Jinping/CN @ZA 2013-03-27 planned"), "\(durban)")
        let chequers = events(
            """
            Donald Trump arrived in Britain on Thursday. On Friday the two leaders watched a military demonstration at Sandhurst \
            before holding talks at Chequers, Theresa May's country residence.
            """, on: "2018-07-14")
        #expect(chequers.contains("talks Donald Trump/US+Theresa May/GB @GB 2018-07-13 held"), "\(chequers)")
    }

    /// "where he met Prime Minister Sogavare and held talks with Foreign Minister Manele": two meetings, each with its own
    /// party, the same subject and day; "puis a rencontré" likewise.
    @Test func aSecondMeetingJoinedToTheFirst() {
        let honiara = events(
            """
            Chinese Foreign Minister Wang Yi landed in Honiara on Thursday, where he met Solomon Islands Prime Minister Manasseh \
            Sogavare and held talks with Foreign Minister Jeremiah Manele.
            """, on: "2022-05-30")
        #expect(honiara.contains("meeting Wang Yi/CN+Manasseh Sogavare/SB @SB 2022-05-26 held"), "\(honiara)")
        #expect(honiara.contains("talks Wang Yi/CN+Jeremiah Manele/SB @SB 2022-05-26 held"), "\(honiara)")
        let rome = events(
            "Emmanuel Macron s'est entretenu lundi à Rome avec Giorgia Meloni, puis a rencontré le pape François au Vatican.",
            on: "2023-06-27", language: .fr)
        #expect(rome.contains("meeting Emmanuel Macron/FR+Giorgia Meloni/IT @IT 2023-06-26 held"), "\(rome)")
        #expect(rome.contains("meeting Emmanuel Macron/FR+Pope Francis/VA @VA 2023-06-26 held"), "\(rome)")
    }

    /// ", lorsque Bernard Kouchner rencontrera …": a "when" clause with a subject of its own is that subject's, not about the
    /// last person the sentence named before it.
    @Test func aWhenClauseWithItsOwnSubject() {
        let found = events(
            """
            Nicolas Sarkozy a promis la normalisation. Il sera question de l'échange d'ambassadeurs, promis par Nicolas Sarkozy, \
            à Damas, lundi après-midi, lorsque Bernard Kouchner rencontrera le président Bachar al-Assad.
            """, on: "2008-08-23", language: .fr)
        #expect(found.contains { $0.hasPrefix("meeting Bernard Kouchner/FR+Bashar al-Assad/SY @SY") }, "\(found)")
        #expect(!found.contains { $0.contains("Nicolas Sarkozy") }, "\(found)")
    }

    /// "has been on a state visit to Canada since Monday": "since" and a weekday dates the visit's start; "since 2019" still
    /// dates no trip.
    @Test func sinceAWeekday() {
        let found = events("Enrique Pena Nieto has been on a state visit to Canada since Monday.", on: "2016-06-29")
        #expect(found.contains("visit Enrique Peña Nieto/MX @CA 2016-06-27 held"), "\(found)")
        let first = events("Xi Jinping arrived in France. It is his first trip to Europe since 2019.", on: "2024-05-05")
        #expect(first.contains { $0.hasPrefix("visit Xi Jinping/CN @FR") }, "\(first)")
        #expect(!first.contains { $0.contains(" 2019") }, "\(first)")
    }

    /// "se rendra en France où il aura une rencontre avec son homologue, Emmanuel Macron, le vendredi 20 avril 2018, au Palais
    /// de l'Elysée": a day and a place after the comma, with no verb of their own, are the "où" clause's, which is in France
    /// (not in the country an opening "Au terme de sa visite au Koweït" names).
    @Test func aWhereClausesDayAfterAComma() {
        let events = eventSummaries(
            """
            Au terme de sa visite au Koweït, le Président Alassane Ouattara se rendra en France où il aura une rencontre avec son \
            homologue français, Emmanuel Macron, le vendredi 20 avril 2018, au Palais de l’Elysée.
            """, on: "2018-04-15")
        #expect(events.contains("meeting Alassane Ouattara/CI+Emmanuel Macron/FR @FR 2018-04-20 planned"), "\(events)")
        #expect(!events.contains { $0.hasPrefix("meeting") && $0.contains("@KW") }, "\(events)")
    }

    /// "M. Faye, qui s'était rendu fin mai à Bamako, conduira sa mission avec le Togolais …": a trip told in a past tense
    /// of its own is done whatever future the main clause has, and whoever the main clause goes "avec" is no companion.
    @Test func aPastTripInARelativeClause() {
        let found = eventSummaries(
            "M. Faye, qui s'était rendu fin mai à Bamako, conduira sa mission avec le Togolais Faure Gnassingbé.", on: "2024-07-08")
        #expect(found == ["visit Bassirou Diomaye Faye/SN @ML 2024-05 held"], "\(found)")
        // (A trip still to come in the relative clause keeps its future: "qui doit se rendre à Bamako".)
        let coming = eventSummaries(
            "M. Faye, qui doit se rendre fin juillet à Bamako, conduira sa mission avec le Togolais Faure Gnassingbé.", on: "2024-07-08")
        #expect(coming.contains { $0.hasPrefix("visit Bassirou Diomaye Faye/SN @ML 2024-07") && $0.hasSuffix("planned") }, "\(coming)")
    }
}
