import EntenteIngest
import EntenteModel
import Testing

struct DateResolverTests {
    private func resolve(_ sentence: String, published: String) -> [String] {
        DateResolver(published: PartialDate(published)!).mentions(in: sentence).map { mention in
            mention.start.description + (mention.end.map { ".." + $0.description } ?? "")
        }
    }

    /// Each expression of the issue resolves to its date at its precision (FR and EN).
    @Test(arguments: [
        // absolute
        ("a été reçu jeudi 31 mai, pour la première fois", "2018-05-31", ["2018-05-31"]),
        ("à l'approche du sommet du 12 juin entre Donald Trump et Kim Jong-un", "2018-05-31", ["2018-06-12"]),
        ("The meeting took place on May 31, 2018 in Pyongyang.", "2018-06-02", ["2018-05-31"]),
        // English abbreviations, with or without their full stop.
        ("Kerry will travel to Jerusalem and Manila from Dec. 11-18, 2013.", "2013-12-09", ["2013-12-11..2013-12-18"]),
        ("Kerry will be in Tokyo on Dec 20.", "2013-12-09", ["2013-12-20"]),
        ("Barack Obama sera en visite à Moscou le 6 juillet 2009.", "2009-05-11", ["2009-07-06"]),
        ("qui avait notamment visité son grand voisin en 2001 et 2002", "2018-05-31", ["2001", "2002"]),
        ("Déplacement en Inde les 17 et 18 novembre", "2017-11-17", ["2017-11-17..2017-11-18"]),
        ("talks on 17-18 November in Delhi", "2017-11-20", ["2017-11-17..2017-11-18"]),
        ("le 1er décembre", "2017-11-20", ["2017-12-01"]),
        // "dernier"/"prochain" after a day and month: the last one before the article, the next one after it.
        ("le 23 novembre dernier, il s'était rendu à Bamako", "2024-07-06", ["2023-11-23"]),
        ("le 12 juin prochain à Genève", "2024-07-06", ["2025-06-12"]),
        // weekdays
        ("Sergueï Lavrov a rencontré jeudi Kim Jong-un", "2018-05-31", ["2018-05-31"]),
        // (A weekday before its date written out is that date: "on Wednesday, June 7, 2023", "Friday 12 May".)
        ("Rabuka was in Wellington on Wednesday, June 7, 2023.", "2023-07-27", ["2023-06-07"]),
        ("He arrived on Friday 12 May.", "2023-07-27", ["2023-05-12"]),
        // (French "sept" is seven unless a year follows: "au sommet du Groupe des sept (G7)" names no month.)
        ("ils se sont croisés au sommet du Groupe des sept (G7) qui s'est déroulé en juin dernier", "2021-07-24", ["2021-06"]),
        ("la réunion de sept 2021", "2021-12-24", ["2021-09"]),
        ("Le ministre arrivera jeudi prochain", "2018-05-31", ["2018-06-07"]),
        ("He will travel to Seoul next Tuesday.", "2024-05-30", ["2024-06-04"]),
        ("They spoke on Monday.", "2024-05-30", ["2024-05-27"]),
        // relative
        ("après avoir été annulé la semaine dernière par le président américain", "2018-05-31", ["2018-05-21..2018-05-27"]),
        ("The summit was called off last week.", "2018-05-31", ["2018-05-21..2018-05-27"]),
        ("qui avait visité la Russie en avril dernier", "2018-05-31", ["2018-04"]),
        ("La dernière visite remontait au mois de mars", "2018-05-31", ["2018-03"]),
        ("Il s'y rendra l'année prochaine", "2018-05-31", ["2019"]),
        ("the leaders met earlier this month", "2023-07-10", ["2023-07"]),
        // A month without its year in a sentence that opens with a past year is in that year; not after a list of years.
        ("In 2010 he twice postponed a trip, first in March and again in June, before visiting that November.", "2013-10-04",
         ["2010", "2010-03", "2010-06", "2010-11"]),
        ("Lula s'était rendu en Chine en 2004 et en 2009, après une visite à Washington en février.", "2023-04-14",
         ["2004", "2009", "2023-02"]),
        ("Talks are due in March, a deal that may hold.", "2023-01-10", ["2023-03"]),
        // A later month after a month of a past year written out is in that year (not an earlier month, nor past a "but").
        ("The heads of state met in May 2017 in Riyadh and in September in New York.", "2018-05-17", ["2017-05", "2017-09"]),
        ("Ils se sont rencontrés en mai 2017 à Riyad et en septembre à New York.", "2018-05-17", ["2017-05", "2017-09"]),
        ("They met in May 2017 in Riyadh and in March in Paris.", "2018-05-17", ["2017-05", "2018-03"]),
        ("They met in May 2017, but he will return in September.", "2018-05-17", ["2017-05", "2018-09"]),
        // (Only a month joined to it: "…, dont la dernière visite remonte à mars 2019, est attendu à Paris en mai".)
        ("Xi Jinping, dont la dernière visite en France remonte à mars 2019, est attendu à Paris en mai.", "2024-04-10", ["2019-03", "2024-05"]),
        // A month "of last year", "de l'année dernière": that year's.
        ("Abe held talks with Obama at the White House in February of last year.", "2014-04-23", ["2013-02"]),
        ("Il s'était rendu à Pékin en mars de l'année dernière et y retournera en mai de l'an prochain.", "2014-04-23",
         ["2013-03", "2015-05"]),
        // A few days ago: the month they fell in. (A few days before another event is counted from it, which this table
        // cannot know: "quelques jours plus tôt" gives no date.)
        ("He had visited Oman a few days ago.", "2018-11-02", ["2018-10"]),
        ("Mahmoud Abbas avait effectué une visite dans le sultanat quelques jours plus tôt.", "2018-10-27", []),
        // A month with its year needs no preposition: "the December 2019 summit". (Alone, it does: "a deal that may hold".)
        ("Qatar sent its Prime Minister to the December 2019 summit in Riyadh.", "2021-01-05", ["2019-12"]),
        // … and with no "of": "in February last year", "en mars l'an dernier".
        ("Erdogan travelled to the UAE in February last year.", "2023-03-01", ["2022-02"]),
        ("Il s'était rendu à Pékin en mars l'an dernier et y retournera en mai l'an prochain.", "2014-04-23", ["2013-03", "2015-05"]),
        // Two weekdays running are one span.
        ("Les chefs d'État se retrouvent samedi et dimanche à Addis-Abeba.", "2023-02-17", ["2023-02-11..2023-02-12"]),
        ("They met on Monday and Wednesday.", "2023-02-17", ["2023-02-13", "2023-02-15"]),
        // A part of a month, hyphenated: the month.
        ("À la mi-février, elle s'était rendue à Brunei", "2021-04-24", ["2021-02"]),
        ("The minister visited Dhaka in mid-March.", "2021-04-24", ["2021-03"]),
        ("hier, le président a reçu", "2018-05-31", ["2018-05-30"]),
        ("He arrived yesterday", "2014-03-01", ["2014-02-28"]),
        ("the UK's AI Summit which will be held this autumn", "2023-07-10", ["2023-09..2023-11"]),
        ("un sommet est prévu au printemps prochain", "2023-07-10", ["2024-03..2024-05"]),
        ("investi président des États-Unis en janvier 2009", "2009-05-11", ["2009-01"]),
        // counted back, vague spans
        ("la rencontre entre les deux dirigeants il y a un an lors du G20", "2023-10-06", ["2022"]),
        ("il y a trois jours, le ministre était à Rome", "2023-10-06", ["2023-10-03"]),
        ("They met two weeks ago in Rome.", "2023-10-06", ["2023-09-22"]),
        // (Told as about so many: "il y a pratiquement un mois", "il y a près d'un an", "nearly two weeks ago".)
        ("Ils s'étaient retrouvés il y a pratiquement un mois à Brazzaville.", "2021-05-16", ["2021-04"]),
        ("Ils s'étaient vus il y a près d'un an à Paris.", "2021-05-16", ["2020"]),
        ("They met nearly two weeks ago in Rome.", "2023-10-06", ["2023-09-22"]),
        ("the talks six months ago", "2023-02-10", ["2022-08"]),
        ("avant le sommet du G20 prévu au cours du week-end", "2021-10-26", ["2021-10-30..2021-10-31"]),
        // ("over the weekend": the last one, which a future tense moves on a week.)
        ("attended the APEC summit over the weekend", "2009-11-17", ["2009-11-14..2009-11-15"]),
        ("they will meet this weekend", "2021-10-26", ["2021-10-30..2021-10-31"]),
        // ("last weekend" is not "last week"; on a Sunday it is the weekend before; "next weekend" on a Saturday, the one after.)
        ("a Ukraine Peace Summit in Switzerland last weekend", "2024-06-19", ["2024-06-15..2024-06-16"]),
        // (Two days, each with its weekday.)
        ("le Conseil européen qui se tiendra à Bruxelles le jeudi 29 et vendredi 30 juin prochain", "2023-06-19", ["2023-06-29..2023-06-30"]),
        ("le sommet de l'Otan, le mardi 11 et mercredi 12 juillet 2023", "2023-06-19", ["2023-07-11..2023-07-12"]),
        ("met last week-end in Rome", "2024-06-16", ["2024-06-08..2024-06-09"]),
        ("le sommet du week-end dernier", "2024-06-19", ["2024-06-15..2024-06-16"]),
        ("il se rendra à Rome le week-end prochain", "2024-06-15", ["2024-06-22..2024-06-23"]),
        ("they will meet next weekend", "2024-06-19", ["2024-06-22..2024-06-23"]),
        ("le sommet prévu à la fin du mois", "2025-10-20", ["2025-10"]),
        ("la visite de Wang Yi dans les semaines qui viennent", "2023-10-06", ["2023-10..2023-11"]),
        ("a visit in the coming weeks", "2023-12-06", ["2023-12..2024-01"]),
        ("La ministre a reçu ce jour son homologue allemande", "2022-02-08", ["2022-02-08"]),
        ("Ce jour-là, le ministre était à Rome", "2022-02-08", []),
        // year boundaries
        ("Il s'était rendu à Pékin en décembre", "2019-01-05", ["2018-12"]),
        ("le 28 décembre, il avait reçu", "2019-01-05", ["2018-12-28"]),
        ("en janvier, il se rendra à Paris", "2018-12-20", ["2019-01"]),
        ("Ce déplacement avait été préparé dès juillet", "2012-12-20", ["2012-07"]),
        ("Il y a des mai 68 partout", "2012-12-20", []),
        // (A range across a month's end takes the year given after it.)
        ("une visite d'État les 31 janvier et 1er février 2018", "2022-11-20", ["2018-01-31..2018-02-01"]),
        ("du 30 avril au 2 mai", "2024-04-10", ["2024-04-30..2024-05-02"]),
        ("les 31 décembre et 1er janvier 2019", "2019-03-01", ["2018-12-31..2019-01-01"]),
        ("les 3 mars et 20 avril 2019", "2019-06-01", ["2019-03-03", "2019-04-20"]),
        ("Clinton's July 31-August 10 trip", "2012-07-31", ["2012-07-31..2012-08-10"]),
        ("from April 30 to May 2", "2024-04-10", ["2024-04-30..2024-05-02"]),
        ("December 28-January 3, 2019", "2019-03-01", ["2018-12-28..2019-01-03"]),
        ("Dec. 28-Jan. 3, 2019", "2019-03-01", ["2018-12-28..2019-01-03"]),
        ("on March 3 and April 20", "2019-06-01", ["2019-03-03", "2019-04-20"]),
        ("last month", "2019-01-05", ["2018-12"]),
        // nothing
        ("The May summit may be postponed.", "2024-05-30", []),
        ("Il a 31 ans et 2 enfants.", "2018-05-31", []),
    ])
    func resolves(sentence: String, published: String, expected: [String]) {
        #expect(resolve(sentence, published: published) == expected, "\(sentence)")
    }

    /// Mentions keep the words as written and their offsets in the sentence.
    @Test func keepsTextAndOffset() throws {
        let sentence = "Lavrov, en visite à Pyongyang, a été reçu jeudi 31 mai par Kim."
        let mention = try #require(DateResolver(published: PartialDate("2018-05-31")!).mentions(in: sentence).first)
        #expect(mention.text == "jeudi 31 mai")
        #expect(Array(sentence)[mention.offset..<(mention.offset + mention.text.count)] == Array("jeudi 31 mai")[...])
    }
}

struct ArticleTests {
    /// The corpus format: header, ---, text; language detected when the header lacks it.
    @Test func parsesHeaderAndText() throws {
        let article = try Article.parse("url: unknown (AFP wire story)\npublished: 2018-05-31\nnote: x\n---\nlogo\n\nLe chef de la diplomatie russe est arrivé.")
        #expect(article.published.description == "2018-05-31")
        #expect(article.language == .fr)
        #expect(article.url == nil)
        let english = try Article.parse("url: https://example.org/a\npublished: 2023-07-10\n---\nThe Prime Minister met the President of the United States.")
        #expect(english.language == .en)
        #expect(english.url == "https://example.org/a")
        #expect(throws: Article.FormatError.self) { try Article.parse("published: 2018\n---\ntext") }
        #expect(throws: Article.FormatError.self) { try Article.parse("no header at all") }
    }

    /// Furniture goes, the story stays: logos, credits, bylines.
    @Test func cleansFurniture() {
        let cleaned = TextCleaner.clean("logo\n\nPar Jean Dupont\nLe ministre est arrivé.\n\nPhoto : AFP\nIl a été reçu. Avec AFP")
        #expect(cleaned == "Le ministre est arrivé.\n\nIl a été reçu.")
        // A wire dateline is a line of its own, so its city is not the lead's place; a city and comma in prose are left alone.
        let wire = TextCleaner.clean("PARIS, France, 30 juillet 2012/African Press Organization (APO)/ — Le ministre s'est rendu au Niger.")
        #expect(wire == "PARIS, France, 30 juillet 2012/African Press Organization (APO)/\nLe ministre s'est rendu au Niger.")
        #expect(TextCleaner.clean("WASHINGTON, 26 octobre (Reuters) - Le président a reçu son homologue.")
            == "WASHINGTON, 26 octobre (Reuters)\nLe président a reçu son homologue.")
        let prose = "A Paris, le ministre - ce mardi - a reçu son homologue."
        #expect(TextCleaner.clean(prose) == prose)
    }

    /// Sentences split at their ends, not after titles, initials, acronyms or inside numbers.
    @Test func splitsSentences() {
        let text = "M. Le Drian a rencontré Mme Swaraj. Le Dr. Smith et J. F. Kennedy sont cités. The U.S. delegation left at 3.5 p.m. yesterday on Dec. 20. Fin!\nTitre sans point\nDernière phrase."
        let sentences = SentenceSplitter.split(text).map(\.text)
        #expect(sentences == [
            "M. Le Drian a rencontré Mme Swaraj.", "Le Dr. Smith et J. F. Kennedy sont cités.",
            "The U.S. delegation left at 3.5 p.m. yesterday on Dec. 20.", "Fin!", "Titre sans point", "Dernière phrase.",
        ])
        let offsets = SentenceSplitter.split(text).map(\.offset)
        #expect(offsets.first == 0)
        #expect(Array(text)[offsets[1]] == "L")
    }

    /// A period glued to the next sentence's first word ends the sentence ("citing sources.The visit"); one inside a name,
    /// an acronym or an address does not.
    @Test func splitsGluedSentences() {
        let text = "He cancelled the meeting, citing sources.The visit went ahead. She flew to St.Petersburg via sputnik.com and the U.S.Army base."
        let sentences = SentenceSplitter.split(text)
        #expect(sentences.map(\.text) == [
            "He cancelled the meeting, citing sources.", "The visit went ahead.",
            "She flew to St.Petersburg via sputnik.com and the U.S.Army base.",
        ])
        #expect(Array(text)[sentences[1].offset] == "T")
    }

    /// A stop inside brackets that close a little further on ends no sentence: a photo credit's "(photo John Kolesidis.
    /// Reuters)"; a sentence closed with its bracket, "(He left on Monday.)", still ends there.
    @Test func stopsInsideBrackets() {
        let text = "Le Premier ministre grec Antonis Samaras (photo John Kolesidis. Reuters) est attendu vendredi à Berlin. (He left on Monday.) The minister stayed."
        #expect(SentenceSplitter.split(text).map(\.text) == [
            "Le Premier ministre grec Antonis Samaras (photo John Kolesidis. Reuters) est attendu vendredi à Berlin.",
            "(He left on Monday.)", "The minister stayed.",
        ])
        // (Two sentences in brackets are two: only a credit's capitalised words may follow the stop.)
        #expect(SentenceSplitter.split("(Xi met Putin in Moscow in March. Biden and Xi will meet in San Francisco in November.)").count == 2)
    }

    /// The rest of the month under way ("late this month", "later this month", "à la fin du mois") is that month, still to
    /// come; "earlier this month" is the same month, gone by.
    @Test func theRestOfTheMonthIsToCome() {
        let resolver = DateResolver(published: PartialDate("2018-11-03")!)
        for text in ["his attendance late this month at a summit", "a summit later this month", "un sommet à la fin du mois"] {
            let mentions = resolver.mentions(in: text)
            #expect(mentions.map(\.start.description) == ["2018-11"], "\(text)")
            #expect(mentions.first?.toCome == true, "\(text)")
        }
        #expect(resolver.mentions(in: "a summit earlier this month").map(\.toCome) == [false])
    }

    /// "late last night", "la nuit dernière": the evening before publication.
    @Test func lastNight() {
        let resolver = DateResolver(published: PartialDate("2017-01-25")!)
        for text in ["Trump made a phone call to Modi late last night.", "Ils se sont parlé la nuit dernière."] {
            #expect(resolver.mentions(in: text).map(\.start.description) == ["2017-01-24"], "\(text)")
        }
    }

    /// "in the coming days", "dans les prochains jours", "dans les jours qui viennent": this month, to come; from the 25th,
    /// this month to the next.
    @Test func theComingDays() {
        for text in ["He is set to visit Russia in the coming days.", "Il se rendra en Chine dans les prochains jours.", "dans les jours qui viennent"] {
            let early = DateResolver(published: PartialDate("2018-04-03")!).mentions(in: text)
            #expect(early.map { $0.start.description + ($0.end.map { ".." + $0.description } ?? "") } == ["2018-04"], "\(text)")
            #expect(early.first?.toCome == true, "\(text)")
            let late = DateResolver(published: PartialDate("2018-12-28")!).mentions(in: text)
            #expect(late.map { $0.start.description + ($0.end.map { ".." + $0.description } ?? "") } == ["2018-12..2019-01"], "\(text)")
        }
    }
}
