import EntenteIngest
import Testing

/// Receptions told from the guest's side, and the people and places they give.
struct ReceptionTests {
    private func events(_ text: String, on date: String, language: Article.Language = .en) -> [String] {
        eventSummaries(text, on: date, language: language)
    }

    /// "welcomed at the Merdeka Palace by President Yudhoyono": the host is the agent, however far from the verb, and
    /// the guest visits the host's country.
    @Test func aHostNamedAfterByReceives() {
        for text in [
            "On Tuesday Barack Obama was welcomed at the Merdeka Palace by President Susilo Bambang Yudhoyono.",
            "On Tuesday Barack Obama arrived in Jakarta, welcomed at the Merdeka Palace by President Susilo Bambang Yudhoyono.",
        ] {
            let found = events(text, on: "2010-11-09")
            #expect(found.contains("meeting Barack Obama/US+Susilo Bambang Yudhoyono/ID @ID 2010-11-09 held"), "\(found)")
            #expect(found.contains("visit Barack Obama/US @ID 2010-11-09 held"), "\(found)")
        }
    }

    /// Near misses: no guest named before ("The proposal was welcomed by …"), and "accompanied by" after the guest.
    @Test func noGuestOrAnotherByIsNoAgent() {
        #expect(events("The proposal was welcomed by President Susilo Bambang Yudhoyono on Tuesday.", on: "2010-11-09").isEmpty)
        let found = events("President Xi Jinping received Narendra Modi, accompanied by his wife, in Beijing on Tuesday.", on: "2010-11-09")
        #expect(found.contains("meeting Xi Jinping/CN+Narendra Modi/IN @CN 2010-11-09 held"), "\(found)")
        #expect(found.contains("visit Narendra Modi/IN @CN 2010-11-09 held"), "\(found)")
    }

    /// "His first foreign trip took him to Minsk": a possessive opening the sentence is the last subject's; "His Majesty"
    /// is a title, no one's possessive.
    @Test func anOpeningPossessiveIsTheLastSubjects() {
        let before = "Since returning to the Kremlin, Putin has been keen to show that Washington is not his only interlocutor. "
        let found = events(before + "His first foreign trip took him to Minsk on May 31.", on: "2012-06-19")
        #expect(found.contains("visit Vladimir Putin/RU @BY 2012-05-31 held"), "\(found)")
        let french = eventSummaries(
            "Vladimir Poutine a regagné le Kremlin en mai. Sa première visite à l'étranger l'a conduit à Minsk le 31 mai.",
            on: "2012-06-19")
        #expect(french.contains("visit Vladimir Putin/RU @BY 2012-05-31 held"), "\(french)")
        let title = events(before + "His Majesty King Abdullah II visited Minsk on May 31.", on: "2012-06-19")
        #expect(!title.contains { $0.contains("Vladimir Putin") }, "\(title)")
        // (Not when the sentence before named someone else too: "Macron was the first to meet Meloni. Her first trip …".)
        let two = events(
            """
            Emmanuel Macron was the first foreign leader to meet Giorgia Meloni after she took office. Her first trip abroad as prime \
            minister took her to Brussels on Thursday.
            """, on: "2022-11-04")
        #expect(!two.contains { $0.hasPrefix("visit Emmanuel Macron") }, "\(two)")
        // (A possessive on a person is someone else: "Son numéro deux, le général Salifou Mody, a été reçu …".)
        let deputy = eventSummaries(
            """
            Jeudi dernier, une délégation conduite par l'ancien chef de l'Etat nigérian Abdulsalami Abubakar a rencontré le général \
            Tiani à Niamey. Son numéro deux, le général Salifou Mody, a été reçu mercredi à Bamako par le colonel Assimi Goïta.
            """, on: "2023-08-08")
        #expect(!deputy.contains { $0.contains("Abdulsalami Abubakar") && $0.contains("@ML") }, "\(deputy)")
    }

    /// "Theresa May welcomed him at Chequers on Friday": a guest named by a pronoun is the last sentence's subject, and the
    /// reception is a meeting on its own day. Not without a subject before to stand for.
    @Test func aGuestNamedByAPronoun() {
        let before = "US President Donald Trump arrived in Britain on Thursday for a working visit. "
        for verb in ["welcomed", "received"] {
            let found = events(before + "Theresa May \(verb) him at Chequers on Friday.", on: "2018-07-13")
            #expect(found.contains("meeting Donald Trump/US+Theresa May/GB @GB 2018-07-13 held"), "\(found)")
        }
        #expect(!events("Theresa May welcomed him at Chequers on Friday.", on: "2018-07-13").contains { $0.hasPrefix("meeting") })
        // (In a "where" clause, the one it hangs on.)
        let hanoi = events(
            "Trump arrived in Manila on Sunday from Hanoi, where Vietnamese President Tran Dai Quang had welcomed him that morning.",
            on: "2017-11-13")
        #expect(hanoi.contains("meeting Donald Trump/US+Trần Đại Quang/VN @VN 2017-11-12 held"), "\(hanoi)")
        #expect(hanoi.contains("visit Donald Trump/US @VN 2017-11-12 held"), "\(hanoi)")
    }

    /// The narrative imperfect: "Le 8 janvier, à Rome, Giuseppe Conte recevait le Premier ministre libyen" is a reception,
    /// in Rome.
    @Test func aReceptionToldInTheImperfect() {
        let found = eventSummaries("Le 8 janvier, à Rome, Giuseppe Conte recevait le Premier ministre libyen Fayez al-Sarraj.", on: "2020-01-20")
        #expect(found.contains { $0.hasPrefix("meeting Giuseppe Conte/IT+Fayez al-Sarraj") && $0.hasSuffix("@IT 2020-01-08 held") }, "\(found)")
    }

    /// "a rendu visite à Angela Merkel à Berlin", "visited Angela Merkel in Berlin": visiting someone of the host country is
    /// meeting them there too; visiting troops is a visit only ("a rendu visite aux troupes françaises au Mali").
    @Test func visitingSomeoneIsMeetingThem() {
        let french = eventSummaries("Emmanuel Macron a rendu visite à la chancelière Angela Merkel à Berlin le 15 mai.", on: "2017-06-09")
        #expect(french.contains("meeting Emmanuel Macron/FR+Angela Merkel/DE @DE 2017-05-15 held"), "\(french)")
        #expect(french.contains("visit Emmanuel Macron/FR @DE 2017-05-15 held"), "\(french)")
        let english = eventSummaries("Emmanuel Macron visited Angela Merkel in Berlin on May 15.", on: "2017-06-09", language: .en)
        #expect(english.contains("meeting Emmanuel Macron/FR+Angela Merkel/DE @DE 2017-05-15 held"), "\(english)")
        let with = eventSummaries("Emmanuel Macron visited Berlin with Angela Merkel on May 15.", on: "2017-06-09", language: .en)
        #expect(!with.contains { $0.hasPrefix("meeting") }, "\(with)")
        let troops = eventSummaries("Emmanuel Macron a rendu visite aux troupes françaises au Mali le 19 mai.", on: "2017-06-09")
        #expect(troops == ["visit Emmanuel Macron/FR @ML 2017-05-19 held"], "\(troops)")
    }

    /// "Il doit déjeuner mercredi avec son homologue français": a lunch to come is a meeting to come.
    @Test func aLunchToCome() {
        let found = eventSummaries("Boni Yayi est de nouveau à Paris. Il doit déjeuner mercredi avec son homologue français.", on: "2013-02-05")
        #expect(found.contains { $0.hasPrefix("meeting Thomas Boni Yayi/BJ+François Hollande/FR") && $0.hasSuffix("2013-02-06 planned") }, "\(found)")
    }

    /// "… sera le premier chef d'Etat africain à être reçu à l'Elysée mais Emmanuel Macron avait auparavant rencontré …": after
    /// "mais" a new subject opens a clause with its own people and tense; "dans le nord du Mali" places it.
    @Test func aNewSubjectAfterButOpensAClause() {
        let found = eventSummaries(
            """
            M. Ouattara sera le premier chef d'Etat africain à être reçu à l'Elysée mais Emmanuel Macron avait auparavant rencontré le \
            président malien Ibrahim Boubacar Keïta le 19 mai, sur la base militaire de Gao, dans le nord du Mali.
            """, on: "2017-06-09")
        #expect(found.contains("meeting Emmanuel Macron/FR+Ibrahim Boubacar Keïta/ML @ML 2017-05-19 held"), "\(found)")
        #expect(!found.contains { $0.contains("Alassane Ouattara") }, "\(found)")
        // ("but also" opens none.)
        let also = eventSummaries("Joe Biden met not only Fumio Kishida but also Yoon Suk Yeol in Tokyo on Monday.", on: "2023-05-22", language: .en)
        #expect(also.contains { $0.hasPrefix("meeting") && $0.contains("Yoon Suk Yeol") }, "\(also)")
    }

    /// "Joe Biden welcomed Fumio Kishida at the White House": a guest named by name after "welcomed" is received, with or
    /// without "to"; "welcomed Kishida's support", "welcomed the President's support" receive no one.
    @Test func aGuestWelcomedByName() {
        let found = eventSummaries("Joe Biden welcomed Fumio Kishida at the White House on November 3.", on: "2023-11-05", language: .en)
        #expect(found.contains("meeting Joe Biden/US+Fumio Kishida/JP @US 2023-11-03 held"), "\(found)")
        #expect(found.contains("visit Fumio Kishida/JP @US 2023-11-03 held"), "\(found)")
        for text in ["Joe Biden welcomed Fumio Kishida's support for the plan.", "Joe Biden welcomed the President's support."] {
            let none = eventSummaries(text, on: "2023-11-05", language: .en)
            #expect(none.isEmpty, "\(text): \(none)")
        }
    }

    /// "headed to the United States on Sunday for a summit with his U.S. counterpart": a trip, and the summit it is for is
    /// where it goes, not at the dateline's city.
    @Test func aTripAndWhatItIsFor() {
        let found = eventSummaries(
            """
            SEOUL, Sept. 23 (Yonhap) -- South Korean President Moon Jae-in headed to the United States on Sunday for a summit with his \
            U.S. counterpart, Donald Trump.
            """, on: "2018-09-23", language: .en)
        #expect(found.contains("visit Moon Jae-in/KR @US 2018-09-23 held"), "\(found)")
        #expect(found.contains { $0.hasPrefix("summit Moon Jae-in/KR+Donald Trump/US @US") }, "\(found)")
        #expect(!found.contains { $0.contains("@KR") }, "\(found)")
    }

    /// "LE PRESIDENT -- …, j'ai accueilli le Président élu du Mexique": the speaker received the one to take office next.
    @Test func theSpeakerReceivedThePresidentElect() {
        let found = eventSummaries(
            "LE PRESIDENT -- Mesdames, Messieurs, j'ai accueilli le Président élu du Mexique, je lui ai dit combien nous étions attachés à nos relations.",
            on: "2012-10-17", url: "https://www.elysee.fr/francois-hollande/2012/10/17/declarations-conjointes")
        #expect(found.contains { $0.hasPrefix("meeting François Hollande/FR+Enrique Peña Nieto/MX @FR") }, "\(found)")
    }

    /// "Emmanuel Macron doit recevoir à Paris la cheffe du gouvernement italien Giorgia Meloni": a reception to come.
    @Test func aReceptionToCome() {
        let found = eventSummaries(
            "Emmanuel Macron doit recevoir à Paris la cheffe du gouvernement italien Giorgia Meloni, a annoncé ce lundi 19 juin l'Elysée.",
            on: "2023-06-19")
        #expect(found.contains { $0.hasPrefix("meeting Emmanuel Macron/FR+Giorgia Meloni/IT @FR") && $0.hasSuffix("planned") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("visit Giorgia Meloni/IT @FR") && $0.hasSuffix("planned") }, "\(found)")
    }

    /// "recevra les honneurs militaires": honours received are no guest, so the meeting told with them is where the visit
    /// is, not at the honoured guest's home.
    @Test func honoursReceivedAreNoGuest() {
        let found = events(
            """
            Le président sénégalais Macky Sall entame lundi une visite d'État en France. Mardi 20 décembre, Macky Sall recevra \
            les honneurs militaires à l'hôtel des Invalides et aura un entretien en tête-à-tête avec François Hollande.
            """, on: "2016-12-19", language: .fr)
        #expect(found.contains("meeting Macky Sall/SN+François Hollande/FR @FR 2016-12-20 planned"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("visit François Hollande") }, "\(found)")
    }

    /// "cette visite d'État" names the visit already told: the places and people around it make no trip of their own.
    @Test func thisVisitIsTheOneAlreadyTold() {
        let found = events(
            """
            Le président sénégalais Macky Sall entame lundi une visite d'État en France. Du lundi 19 au jeudi 22 décembre, \
            Macky Sall sera reçu par François Hollande. À Dakar comme à Paris, on explique que cette visite d'État constitue le point d'orgue de cinq années de coopération sous l'impulsion des deux présidents.
            """, on: "2016-12-19", language: .fr)
        #expect(found.contains { $0.hasPrefix("visit Macky Sall/SN @FR") }, "\(found)")
        #expect(!found.contains { $0.hasPrefix("visit François Hollande") || $0.contains("@SN") }, "\(found)")
    }

    /// "Upon arrival, Lavrov briefly spoke with Mali's foreign minister Abdoulaye Diop": speaking in person is a meeting; "spoke
    /// with" alone is neither a meeting nor, outside a government's readout, a call.
    @Test func speakingInPerson() {
        let found = events(
            "Sergei Lavrov arrived in Bamako on Monday. Upon arrival, Lavrov briefly spoke with Mali's foreign minister Abdoulaye Diop.",
            on: "2023-02-07")
        #expect(found.contains("meeting Sergei Lavrov/RU+Abdoulaye Diop/ML @ML 2023-02-06 held"), "\(found)")
        let alone = events("Donald Trump spoke with Emmanuel Macron on Monday.", on: "2023-02-07")
        #expect(alone.isEmpty, "\(alone)")
    }

    /// "Hier, il a reçu un appel de son homologue américain": a call received is a call, not a guest; what the two then
    /// "discussed, notably in Libya" places nothing.
    @Test func aCallReceivedIsNoGuest() {
        let events = eventSummaries(
            """
            Le ministre algérien des Affaires étrangères Ramtane Lamamra a reçu hier un appel de son homologue américain Antony \
            Blinken. Les deux hommes ont discuté de la situation régionale, notamment en Libye et au Sahel.
            """, on: "2021-08-07")
        #expect(events.contains("phone_call Ramtane Lamamra/DZ+Antony Blinken/US @- 2021-08-06 held"), "\(events)")
        #expect(!events.contains { $0.hasPrefix("meeting") || $0.hasPrefix("visit") || $0.contains("@LY") }, "\(events)")
        let letter = eventSummaries("President Joe Biden received a letter from Kim Jong-un on Monday.", on: "2021-08-07", language: .en)
        #expect(!letter.contains { $0.hasPrefix("meeting") || $0.hasPrefix("visit") }, "\(letter)")
    }

    /// "Il est reçu mardi 2 juin à l'Elysée par François Hollande": the passive present with its day before its agent is a
    /// meeting to come; "va être reçu par Hollande" too (the near future); "sera le premier chef d'Etat africain à être
    /// reçu à l'Elysée" tells no reception of its own.
    @Test func thePassivePresentAndTheNearFuture() {
        let present = eventSummaries("Le président du Niger est à Paris. Il est reçu mardi 2 juin à l'Elysée par François Hollande.", on: "2015-06-01")
        #expect(present.contains("meeting Mahamadou Issoufou/NE+François Hollande/FR @FR 2015-06-02 planned"), "\(present)")
        let near = eventSummaries("Alpha Condé va être reçu mardi par François Hollande à l'Elysée.", on: "2017-04-10")
        #expect(near.contains("meeting Alpha Condé/GN+François Hollande/FR @FR 2017-04-11 planned"), "\(near)")
        let first = eventSummaries("M. Ouattara sera le premier chef d'Etat africain à être reçu à l'Elysée.", on: "2017-06-09")
        #expect(first.isEmpty, "\(first)")
    }

    /// "is scheduled to host", "is expected to host": a reception still to come, in the receiver's country.
    @Test func aReceptionScheduled() {
        let events = eventSummaries("Ilham Aliyev is scheduled to host Irakli Garibashvili on Thursday.", on: "2021-09-29", language: .en)
        #expect(events.contains("meeting Ilham Aliyev/AZ+Irakli Garibashvili/GE @AZ 2021-09-30 planned"), "\(events)")
        // ("is expected to host talks between A and B": talks, hosted.)
        let talks = eventSummaries(
            "Qatar's Emir Sheikh Tamim bin Hamad Al Thani is expected to host talks between Paul Kagame and Felix Tshisekedi in Doha next week.",
            on: "2023-06-10", language: .en)
        #expect(talks.contains { $0.hasPrefix("talks Paul Kagame/RW+Félix Tshisekedi/CD @QA") } && !talks.contains { $0.hasPrefix("meeting") }, "\(talks)")
    }

    /// What someone is called is no call ("called Mette Frederiksen's rejection … "nasty"", "called Frederiksen "nasty""); a
    /// call is still one ("called Mette Frederiksen on Wednesday"). And each participant is named once, though the sentence
    /// names her twice ("Queen Elizabeth greeted Trump …, before the Queen hosted him").
    @Test func whatSomeoneIsCalledAndEachPersonOnce() {
        let nasty = eventSummaries(
            "Donald Trump on Wednesday called Danish Prime Minister Mette Frederiksen's rejection of his idea \"nasty\".", on: "2019-08-22",
            language: .en)
        #expect(!nasty.contains { $0.hasPrefix("phone_call") }, "\(nasty)")
        #expect(!eventSummaries("Donald Trump on Wednesday called Mette Frederiksen \"nasty\".", on: "2019-08-22", language: .en)
            .contains { $0.hasPrefix("phone_call") })
        let call = eventSummaries("Donald Trump called Mette Frederiksen on Wednesday.", on: "2019-08-22", language: .en)
        #expect(call.contains("phone_call Donald Trump/US+Mette Frederiksen/DK @- 2019-08-21 held"), "\(call)")
        let twice = eventSummaries(
            """
            Queen Elizabeth greeted Donald Trump and his wife Melania in the palace garden, where the president inspected a guard \
            of honour before the Queen hosted the couple at a private lunch.
            """, on: "2019-06-03", language: .en)
        #expect(!twice.isEmpty && twice.allSatisfy { $0.split(separator: "+").filter { $0.hasSuffix("Elizabeth II/GB") }.count <= 1 }, "\(twice)")
    }
}
