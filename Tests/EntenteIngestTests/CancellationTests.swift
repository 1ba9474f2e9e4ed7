import EntenteIngest
import Testing

/// Events called off: what was called off was still to come, and the call-off is dated by its announcement.
struct CancellationTests {
    /// "La visite d'État que le roi devait effectuer à partir de dimanche est reportée …, a annoncé vendredi l'Élysée":
    /// the visit is the coming Sunday's, the postponement Friday's; the call "entre Emmanuel Macron et le souverain
    /// britannique" is between the two, the king named earlier and again by his title.
    @Test func aPostponedVisitWasStillToCome() {
        let found = eventSummaries(
            """
            La visite d'État que le roi Charles III devait effectuer en France à partir de dimanche est reportée en raison \
            de la mobilisation contre la réforme des retraites, a annoncé vendredi l'Élysée, à l'issue d'un entretien \
            téléphonique entre Emmanuel Macron et le souverain britannique.
            """, on: "2023-03-24")
        #expect(found.contains("visit Charles III/GB @FR 2023-03-26 postponed"), "\(found)")
        #expect(found.contains { $0.hasPrefix("cancellation") && $0.hasSuffix("2023-03-24 held") }, "\(found)")
        #expect(found.contains("phone_call Emmanuel Macron/FR+Charles III/GB @- 2023-03-24 held"), "\(found)")
    }

    /// "Le monarque … devait séjourner du 26 au 29 mars à Paris": a monarch by title, and a stay is a visit.
    @Test func theMonarchsStay() {
        let found = eventSummaries(
            """
            Le roi Charles III est attendu en Allemagne. Le monarque, accompagné de la reine consort Camilla, devait \
            séjourner du 26 au 29 mars à Paris puis à Bordeaux.
            """, on: "2023-03-24")
        #expect(found.contains("visit Charles III/GB @FR 2023-03-26 planned"), "\(found)")
    }

    /// "ne s'était plus rendu en France depuis mars 2019": the last visit was then; "Le programme s'ouvrira lundi" is to come.
    @Test func theLastVisitBeforeAndAProgrammeAhead() {
        let since = eventSummaries("Le dirigeant chinois Xi Jinping ne s'était plus rendu en France depuis mars 2019.", on: "2024-05-05")
        #expect(since == ["visit Xi Jinping/CN @FR 2019-03 held"], "\(since)")
        let english = eventSummaries("Xi Jinping had not visited France since March 2019.", on: "2024-05-05", language: .en)
        #expect(english == ["visit Xi Jinping/CN @FR 2019-03 held"], "\(english)")
        let programme = eventSummaries(
            "Le programme s'ouvrira lundi matin à l'Élysée par une rencontre entre Emmanuel Macron et Xi Jinping.", on: "2024-05-05")
        #expect(programme.contains("meeting Emmanuel Macron/FR+Xi Jinping/CN @FR 2024-05-06 planned"), "\(programme)")
    }

    /// "his first visit to France since 2019": a visit before, then, by the same traveller to the same country.
    @Test func aFirstVisitSince() {
        let found = eventSummaries(
            "Xi Jinping arrived in Paris on Sunday, his first visit to France since March 2019.", on: "2024-05-06", language: .en)
        #expect(found.contains("visit Xi Jinping/CN @FR 2024-05-05 held"), "\(found)")
        #expect(found.contains("visit Xi Jinping/CN @FR 2019-03 held"), "\(found)")
        // ("since Takeo Fukuda in 1978": someone else's, and no "since" date.)
        let fukuda = eventSummaries(
            "Abe, the first sitting Japanese premier to visit Iran since Takeo Fukuda in 1978, arrived in Tehran on Wednesday.",
            on: "2019-06-13", language: .en)
        #expect(!fukuda.contains { $0.contains("1978") && $0.contains("Shinzo Abe") }, "\(fukuda)")
    }

    /// "has put off her trip to the United States": a postponement; "had been due to leave … on Sunday" is to come.
    @Test func putOffAndDueTo() {
        let found = eventSummaries(
            """
            SEOUL, June 10 (Yonhap) -- President Park Geun-hye has put off her trip to the United States, her office said \
            Wednesday. Park had been due to leave for Washington on Sunday for a five-day visit.
            """, on: "2015-06-10", language: .en)
        #expect(found.contains { $0.hasPrefix("visit Park Geun-hye/KR @US") && $0.hasSuffix("postponed") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("cancellation Park Geun-hye/KR") && $0.contains("2015-06-10") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("visit Park Geun-hye/KR @US 2015-06-14") }, "\(found)")
        // ("…, when the two leaders held a summit focused on North Korea's nuclear program": at the place just named.)
        let seoul = eventSummaries(
            "Barack Obama visited Seoul in April last year, when he and Park Geun-hye held a summit focused on North Korea's nuclear program.",
            on: "2015-06-10", language: .en)
        #expect(seoul.contains { $0.hasPrefix("summit") && $0.contains("@KR 2014-04") }, "\(seoul)")
    }

    /// "pulled out of the G8 summit", "will skip the APEC summit": declining a gathering calls the trip to it off. Not
    /// "pulled out of the nuclear deal", and not for someone before "after" ("… after most skip summit").
    @Test func pullingOutOfASummitCallsTheTripOff() {
        let found = eventSummaries(
            "Putin pulled out of the Group of Eight summit at Camp David on Wednesday, citing the formation of his cabinet.",
            on: "2012-05-11", language: .en)
        #expect(found.contains { $0.hasPrefix("visit Vladimir Putin/RU @US") && $0.hasSuffix("cancelled") }, "\(found)")
        #expect(found.contains("cancellation Vladimir Putin/RU @US 2012-05-09 held"), "\(found)")
        #expect(eventSummaries("Donald Trump pulled out of the nuclear deal in May.", on: "2018-06-01", language: .en).isEmpty)
        let skipped = eventSummaries("Trump invites ASEAN leaders to U.S. after most skip summit with his envoy", on: "2019-11-05", language: .en)
        #expect(!skipped.contains { $0.hasPrefix("cancellation") }, "\(skipped)")
        // (What the review found: a negated withdrawal, and one from a text of the summit rather than the summit.)
        for text in [
            "Japanese Prime Minister Fumio Kishida will not skip next week's NATO summit in Madrid, his spokesman said on Wednesday.",
            "On the flight from Canada on Saturday, Donald Trump pulled out of the joint communiqué of the G7 summit that Justin Trudeau hosted.",
        ] {
            let found = eventSummaries(text, on: "2022-06-22", language: .en)
            #expect(!found.contains { $0.hasPrefix("cancellation") || $0.hasSuffix("cancelled") }, "\(found)")
        }
    }

    /// "Biden called Australian Prime Minister Anthony Albanese earlier Tuesday": calling someone is a call; "called on",
    /// "called for" and "called Putin a killer" are none. "qu'il appellerait A et B": a call to make with each.
    @Test func callingSomeone() {
        let called = eventSummaries(
            "Biden called Australian Prime Minister Anthony Albanese earlier Tuesday to tell him of the decision.", on: "2023-05-17",
            language: .en)
        #expect(called.contains("phone_call Joe Biden/US+Anthony Albanese/AU @- 2023-05-16 held"), "\(called)")
        for text in ["Joe Biden called on Vladimir Putin to withdraw his troops.", "Joe Biden called Vladimir Putin a killer on Tuesday."] {
            let found = eventSummaries(text, on: "2023-05-17", language: .en)
            #expect(!found.contains { $0.hasPrefix("phone_call") }, "\(found)")
        }
        let both = eventSummaries(
            """
            Donald Trump a quitté Hanoï jeudi après-midi et a indiqué qu'il appellerait depuis Air Force One le président sud-coréen \
            Moon Jae-in et le Premier ministre japonais Shinzo Abe.
            """, on: "2019-02-28")
        #expect(both.contains("phone_call Donald Trump/US+Moon Jae-in/KR @- 2019-02-28 planned"), "\(both)")
        #expect(both.contains("phone_call Donald Trump/US+Shinzo Abe/JP @- 2019-02-28 planned"), "\(both)")
        // ("M. Trump a indiqué qu'il appellerait": "il" is the one named by his honorific, not the last sentence's subject;
        // "said he would call" is a call to make too, and "would call for" none.)
        let honorific = eventSummaries(
            """
            Donald Trump et Kim Jong-un ont ouvert mercredi à Hanoï leur deuxième sommet. Kim Jong-un doit rencontrer vendredi \
            le président Nguyen Phu Trong. M. Trump a indiqué qu'il appellerait le président sud-coréen Moon Jae-in.
            """, on: "2019-02-28")
        #expect(honorific.contains { $0.hasPrefix("phone_call Donald Trump/US+Moon Jae-in/KR") && $0.hasSuffix("planned") }, "\(honorific)")
        #expect(!honorific.contains { $0.hasPrefix("phone_call Kim Jong-un") }, "\(honorific)")
        let would = eventSummaries(
            "Mr. Trump said he would call South Korean President Moon Jae-in from Air Force One.", on: "2019-02-28", language: .en)
        #expect(would.contains { $0.hasPrefix("phone_call Donald Trump/US+Moon Jae-in/KR") && $0.hasSuffix("planned") }, "\(would)")
        let callFor = eventSummaries(
            "Mr. Trump said he would call for President Moon Jae-in to lift the sanctions.", on: "2019-02-28", language: .en)
        #expect(!callFor.contains { $0.hasPrefix("phone_call") }, "\(callFor)")
        // ("held what aides called "frank" talks with Rajapaksa": talks, not a call; "the Northern Province" is no one.)
        let named = eventSummaries(
            """
            In Colombo on Saturday, David Cameron held what aides called "frank" talks with President Mahinda Rajapaksa. On \
            Friday he had met the chief minister of the Northern Province, C.V. Wigneswaran.
            """, on: "2013-11-16", language: .en)
        #expect(named.contains { $0.hasPrefix("talks David Cameron/GB+Mahinda Rajapaksa/LK @LK 2013-11-16") }, "\(named)")
        #expect(!named.contains { $0.hasPrefix("phone_call") }, "\(named)")
        #expect(!named.joined().contains("Northern Province"), "\(named)")
    }

    /// Who calls something off: the subject of an active verb ("Trump calls off Budapest summit with Putin", "Peña Nieto a
    /// annulé la rencontre … avec Donald Trump"), the agent of a passive one ("reportée par l'Élysée … Emmanuel Macron"),
    /// and, with neither, the one named after it. Each is placed where what it calls off was to be.
    @Test func whoCallsItOff() {
        let headline = eventSummaries("Trump calls off Budapest summit with Putin", on: "2025-10-22", language: .en)
        #expect(headline.contains { $0.hasPrefix("cancellation Donald Trump/US @HU") }, "\(headline)")
        // ("is calling off": a progressive is active too.)
        let progressive = eventSummaries("Donald Trump is calling off the Budapest summit with Vladimir Putin.", on: "2025-10-22", language: .en)
        #expect(progressive.contains { $0.hasPrefix("cancellation Donald Trump/US @HU") }, "\(progressive)")
        let french = eventSummaries(
            "Le président mexicain Enrique Peña Nieto a annulé jeudi la rencontre qu'il devait avoir mardi prochain à Washington avec Donald Trump.",
            on: "2017-01-26")
        #expect(french.contains { $0.hasPrefix("cancellation Enrique Peña Nieto/MX @US") }, "\(french)")
        let passive = eventSummaries(
            "La rencontre entre Vladimir Poutine et Emmanuel Macron a été annulée mardi par le président français Emmanuel Macron.",
            on: "2016-10-12")
        #expect(passive.contains { $0.hasPrefix("cancellation Emmanuel Macron/FR @-") }, "\(passive)")
    }

    /// "Beijing said it was postponing the trilateral summit, angered by Koizumi's repeated visits to the shrine": the summit
    /// is postponed; what is told past a comma after the verb keeps its own status. (And "ASEAN Plus Three" is no one.)
    @Test func postponingAndWhatFollowsTheComma() {
        let found = eventSummaries(
            """
            Chinese Premier Wen Jiabao and Japanese Prime Minister Junichiro Koizumi will attend the ASEAN Plus Three summit in \
            Kuala Lumpur next week. Beijing said it was postponing the trilateral summit with Tokyo and Seoul, angered by \
            Koizumi's visit to Beijing in October.
            """, on: "2005-12-09", language: .en)
        #expect(found.contains { $0.hasPrefix("summit ") && $0.hasSuffix("postponed") }, "\(found)")
        #expect(!found.contains { $0.hasPrefix("visit") && $0.contains("2005-10") && !$0.hasSuffix("held") }, "\(found)")
        #expect(!found.joined().contains("Plus Three"), "\(found)")
        let postponed = eventSummaries(
            "China postponed the trilateral summit on Friday, angered by Junichiro Koizumi's visit to Beijing in October.",
            on: "2005-12-09", language: .en)
        #expect(postponed.contains("visit Junichiro Koizumi/JP @CN 2005-10 held"), "\(postponed)")
    }

    /// "Trump had been due in Copenhagen on Sept. 2-3": what is dated after publication has not been held. "he was calling
    /// off the trip" calls it off; "hosts the U.S. Thule Air Base" names a base, no one.
    @Test func dueAfterPublicationAndCallingOff() {
        let due = eventSummaries(
            """
            Donald Trump had been due in Copenhagen on Sept. 2-3 at the invitation of Queen Margrethe II, in a visit that was also to \
            include talks with Prime Minister Mette Frederiksen.
            """, on: "2019-08-22", language: .en)
        #expect(due.contains("visit Donald Trump/US @DK 2019-09-02 planned"), "\(due)")
        let off = eventSummaries("Late on Tuesday Donald Trump said he was calling off the trip to Denmark.", on: "2019-08-22", language: .en)
        #expect(off.contains { $0.hasPrefix("cancellation Donald Trump/US") }, "\(off)")
        let base = eventSummaries(
            "Barack Obama flew to Copenhagen in December 2009. Greenland, a self-governing part of the Danish realm, hosts the U.S. Thule Air Base.",
            on: "2019-08-22", language: .en)
        #expect(!base.contains { $0.contains("Thule") }, "\(base)")
    }

    /// "had been due in Copenhagen", "aurait dû se rendre": what was to have happened, in an article that reports a call-off,
    /// was called off as the article says (postponed when it tells of a postponement, else cancelled).
    @Test func whatWasToHaveHappenedIsCalledOff() {
        let cancelled = eventSummaries(
            """
            Donald Trump had been due in Copenhagen on Sept. 2-3 at the invitation of Queen Margrethe II, in a visit that was also to \
            include talks with Prime Minister Mette Frederiksen. Late on Tuesday Donald Trump said he was calling off the trip to Denmark.
            """, on: "2019-08-22", language: .en)
        #expect(cancelled.contains("visit Donald Trump/US @DK 2019-09-02 cancelled"), "\(cancelled)")
        #expect(!cancelled.contains { $0.hasSuffix("planned") }, "\(cancelled)")
        let postponed = eventSummaries(
            """
            Le président Emmanuel Macron aurait dû se rendre à Alger le 5 mars. Sa visite a été reportée à une date ultérieure, \
            a annoncé l'Élysée.
            """, on: "2019-03-02")
        #expect(postponed.contains { $0.hasPrefix("visit Emmanuel Macron/FR @DZ 2019-03-05") && $0.hasSuffix("postponed") }, "\(postponed)")
    }

    /// "…, has been postponed, Kremlin spokesman Dmitry Peskov said.": a name closing the sentence with its verb of saying
    /// is the report's source, no party to the summit; with no agent, it is who called it off.
    @Test func aClosingAttributionIsTheSource() {
        let found = eventSummaries(
            "The summit between Vladimir Putin and Xi Jinping has been postponed, Kremlin spokesman Dmitry Peskov said.", on: "2019-08-18",
            language: .en)
        #expect(found.contains("summit Vladimir Putin/RU+Xi Jinping/CN @- - postponed"), "\(found)")
        #expect(found.contains("cancellation Dmitry Peskov/RU @- - held"), "\(found)")
        let met = eventSummaries(
            "The talks between Vladimir Putin and Xi Jinping in Beijing on Monday went well, Sergei Lavrov told reporters.", on: "2019-08-18",
            language: .en)
        #expect(met.contains { $0.hasPrefix("talks Vladimir Putin/RU+Xi Jinping/CN @CN 2019-08-12") }, "\(met)")
        #expect(!met.joined().contains("Lavrov"), "\(met)")
        // (Not the subject of a sentence that opened with what it did.)
        let after = eventSummaries("After meeting Xi Jinping in Beijing on Monday, Vladimir Putin told reporters.", on: "2019-08-18", language: .en)
        #expect(after.contains { $0.hasPrefix("meeting") && $0.contains("Vladimir Putin/RU") }, "\(after)")
    }

    /// A call-off is placed where the trip called off was to go ("has canceled a planned visit to Malaysia"), never in the
    /// country of the one who calls it off.
    @Test func aCallOffIsPlacedWhereTheTripWasToGo() {
        let malaysia = eventSummaries(
            "President Barack Obama has canceled a planned visit to Malaysia next week because of the partial U.S. government shutdown.",
            on: "2013-10-02", language: .en)
        #expect(malaysia.contains { $0.hasPrefix("cancellation Barack Obama/US @MY") }, "\(malaysia)")
        let ouagadougou = eventSummaries(
            "Prévu mi-novembre, le voyage d'Emmanuel Macron à Ouagadougou a été reporté de quinze jours.", on: "2017-10-20")
        #expect(ouagadougou.contains { $0.hasPrefix("cancellation Emmanuel Macron/FR @BF") }, "\(ouagadougou)")
        let home = eventSummaries("Vladimir Poutine a annulé sa visite à Paris, a annoncé le Kremlin.", on: "2016-10-11")
        #expect(home.contains { $0.hasPrefix("cancellation Vladimir Putin/RU @FR") }, "\(home)")
        #expect(!home.contains { $0.hasPrefix("cancellation Vladimir Putin/RU @RU") }, "\(home)")
    }

    /// "a décidé d'annuler sa visite", "decided to cancel his visit": deciding to call a trip off calls it off.
    @Test func decidingToCallItOff() {
        let french = eventSummaries("Emmanuel Macron a décidé d'annuler sa visite en Algérie.", on: "2021-04-08")
        #expect(french.contains("visit Emmanuel Macron/FR @DZ - cancelled"), "\(french)")
        #expect(french.contains { $0.hasPrefix("cancellation Emmanuel Macron/FR @DZ") }, "\(french)")
        let english = eventSummaries("Prime Minister Narendra Modi decided to cancel his visit to Malaysia.", on: "2021-04-08", language: .en)
        #expect(english.contains("visit Narendra Modi/IN @MY - cancelled"), "\(english)")
    }

    /// "ne se rendra pas comme prévu mercredi 12 décembre à Marrakech": a day still to come is the day of the trip that is
    /// off, not the day it was called off.
    @Test func aDayToComeIsTheTripsThatIsOff() {
        let off = eventSummaries(
            "La secrétaire d'État Hillary Clinton ne se rendra pas comme prévu mercredi 12 décembre à Marrakech.", on: "2012-12-11")
        #expect(off.contains("visit Hillary Clinton/US @MA 2012-12-12 cancelled"), "\(off)")
        #expect(off.contains("cancellation Hillary Clinton/US @MA - held"), "\(off)")
    }

    /// "Moon Jae-in n'ira finalement pas au Japon", "announces he will not be going to China": a trip someone will not make is
    /// called off, where it was to go.
    @Test func aTripSomeoneWillNotMake() {
        let moon = eventSummaries("Le président de la République Moon Jae-in n’ira finalement pas au Japon pour les Jeux.", on: "2021-07-24")
        #expect(moon.contains("visit Moon Jae-in/KR @JP - cancelled"), "\(moon)")
        #expect(moon.contains("cancellation Moon Jae-in/KR @JP - held"), "\(moon)")
        let rabuka = eventSummaries("Fiji's Prime Minister Sitiveni Rabuka announces he will not be going to China.", on: "2023-07-26", language: .en)
        #expect(rabuka.contains("visit Sitiveni Rabuka/FJ @CN - cancelled"), "\(rabuka)")
        // (Going there, to come, is a trip: "will be going to Paris next week".)
        let going = eventSummaries("Sitiveni Rabuka will be going to China next week.", on: "2023-07-26", language: .en)
        #expect(going.contains { $0.hasPrefix("visit Sitiveni Rabuka/FJ @CN") && $0.hasSuffix("planned") }, "\(going)")
    }

    /// "avait dû annuler sa venue en France", "was forced to cancel his trip": having to call a trip off calls it off, and a
    /// call-off told by its month alone dates the trip called off too. (A day is the call-off's own: the trip's is not told.)
    @Test func havingToCallOff() {
        let found = eventSummaries(
            "En juillet 2018, le premier ministre japonais Shinzo Abe avait dû annuler sa venue en France en raison des inondations.",
            on: "2019-06-27")
        #expect(found.contains("cancellation Shinzo Abe/JP @FR 2018-07 held"), "\(found)")
        #expect(found.contains("visit Shinzo Abe/JP @FR 2018-07 cancelled"), "\(found)")
        let english = eventSummaries(
            "On Tuesday, Japanese Prime Minister Shinzo Abe was forced to cancel his trip to France because of the floods.",
            on: "2018-07-12", language: .en)
        #expect(english.contains("cancellation Shinzo Abe/JP @FR 2018-07-10 held"), "\(english)")
        #expect(english.contains("visit Shinzo Abe/JP @FR - cancelled"), "\(english)")
    }
}
