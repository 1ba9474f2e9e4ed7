import EntenteModel

/// The built-in sample: the events of an AFP wire story of 31 May 2018 on Sergei Lavrov's visit to
/// Pyongyang (`shared/corpus/dev/articles/00_fr_lavrov_pyongyang.txt` and its gold events), written as
/// real records with their evidence, so a fresh database already answers the README's examples.
public enum SampleData {
    static let published = PartialDate("2018-05-31")!

    /// The actors the sample needs, with their French spellings and offices (public facts).
    public static let actors: [Actor] = [
        Actor(
            id: "sergei-lavrov", name: "Sergei Lavrov", country: "RU",
            aliases: [.init(language: "fr", name: "Sergueï Lavrov"), .init(language: "en", name: "Sergey Lavrov")],
            offices: [.init(office: "foreign minister", country: "RU", start: PartialDate("2004-03-09"), end: nil)],
            wikidataID: "Q80137"),
        Actor(
            id: "kim-jong-un", name: "Kim Jong-un", country: "KP",
            aliases: [.init(language: "fr", name: "Kim Jong-un"), .init(language: "en", name: "Kim Jong Un")],
            offices: [.init(office: "supreme leader", country: "KP", start: PartialDate("2011-12-17"), end: nil)],
            wikidataID: "Q56226"),
        Actor(
            id: "ri-yong-ho", name: "Ri Yong-ho", country: "KP",
            aliases: [.init(language: "fr", name: "Ri Yong Ho"), .init(language: "en", name: "Ri Yong Ho")],
            offices: [.init(office: "foreign minister", country: "KP", start: PartialDate("2016-05"), end: PartialDate("2020-01"))]),
        Actor(
            id: "kim-jong-il", name: "Kim Jong-il", country: "KP",
            offices: [.init(office: "supreme leader", country: "KP", start: PartialDate("1994-07-08"), end: PartialDate("2011-12-17"))]),
        Actor(
            id: "alexander-galushka", name: "Alexander Galushka", country: "RU",
            aliases: [.init(language: "fr", name: "Alexandre Galouchka")],
            offices: [
                .init(
                    office: "minister for the development of the Russian Far East", country: "RU", start: PartialDate("2013-09-11"),
                    end: PartialDate("2018-05-18"))
            ]),
        Actor(
            id: "donald-trump", name: "Donald Trump", country: "US",
            offices: [
                .init(office: "president", country: "US", start: PartialDate("2017-01-20"), end: PartialDate("2021-01-20")),
                .init(office: "president", country: "US", start: PartialDate("2025-01-20"), end: nil),
            ],
            wikidataID: "Q22686"),
        Actor(
            id: "vladimir-putin", name: "Vladimir Putin", country: "RU",
            aliases: [.init(language: "fr", name: "Vladimir Poutine")],
            offices: [
                .init(office: "president", country: "RU", start: PartialDate("2000-05-07"), end: PartialDate("2008-05-07")),
                .init(office: "president", country: "RU", start: PartialDate("2012-05-07"), end: nil),
            ],
            wikidataID: "Q7747"),
    ]

    private static func source(_ evidence: String) -> [Source] {
        [Source(url: nil, outlet: "AFP", published: published, language: "fr", evidence: evidence)]
    }

    private static func date(_ start: String?, end: String? = nil, text: String? = nil) -> EventDate {
        EventDate(
            start: start.flatMap(PartialDate.init), end: end.flatMap(PartialDate.init), text: text,
            anchor: text == nil ? nil : published)
    }

    private static func people(_ pairs: [(String, String)]) -> [Participant] {
        pairs.map { id, role in
            let actor = actors.first { $0.id == id }!
            return Participant(actorID: id, name: actor.name, country: actor.country, role: role)
        }
    }

    /// Loads the sample into an empty store; the visit is the parent of the meeting and talks held during it.
    public static func load(into store: EntenteStore) throws {
        for actor in actors { try store.createActor(actor) }
        let pyongyang = Location(place: "Pyongyang", country: "KP", latitude: 39.0392, longitude: 125.7625)
        let visit = EventContent(
            kind: "visit", title: "Sergei Lavrov visits Pyongyang",
            summary: "Russia's foreign minister visits North Korea at the invitation of his counterpart Ri Yong-ho.",
            date: date("2018-05-31", text: "jeudi 31 mai"), location: pyongyang, hostCountry: "KP",
            participants: people([("sergei-lavrov", "visitor")]),
            sources: source("Sergueï Lavrov s'est rendu à Pyongyang à l'invitation de son homologue nord-coréen Ri Yong Ho"))
        guard case .created(let visitEvent) = try store.submit(visit, author: "sample") else { return }
        let events: [EventContent] = [
            EventContent(
                kind: "meeting", title: "Sergei Lavrov meets Kim Jong-un in Pyongyang",
                summary: "First meeting between Russia's foreign minister and the North Korean leader.",
                date: date("2018-05-31", text: "jeudi 31 mai"), location: pyongyang, hostCountry: "KP",
                participants: people([("sergei-lavrov", "participant"), ("kim-jong-un", "host")]), parentID: visitEvent.id,
                sources: source(
                    "Le chef de la diplomatie russe Sergueï Lavrov, en visite à Pyongyang, a été reçu jeudi 31 mai, pour la première fois, par le leader nord-coréen Kim Jong-un.")),
            EventContent(
                kind: "talks", title: "Sergei Lavrov and Ri Yong-ho hold talks in Pyongyang",
                summary: "The two foreign ministers discuss the denuclearisation of the Korean peninsula.",
                date: date("2018-05-31"), location: pyongyang, hostCountry: "KP",
                participants: people([("sergei-lavrov", "participant"), ("ri-yong-ho", "host")]), parentID: visitEvent.id,
                sources: source("Avec Ri Yong Ho, Sergueï Lavrov a \"évoqué en détail la situation internationale\"")),
            EventContent(
                kind: "invitation", title: "Sergei Lavrov invites Kim Jong-un to Russia",
                date: date("2018-05-31", text: "jeudi"), hostCountry: "RU",
                participants: people([("sergei-lavrov", "inviter"), ("kim-jong-un", "invitee")]),
                sources: source("le dirigeant nord-coréen Kim Jong-un qu'il a invité à se rendre en Russie")),
            EventContent(
                kind: "invitation", title: "Ri Yong-ho invites Sergei Lavrov to Pyongyang",
                hostCountry: "KP", participants: people([("ri-yong-ho", "inviter"), ("sergei-lavrov", "invitee")]),
                sources: source("Sergueï Lavrov s'est rendu à Pyongyang à l'invitation de son homologue nord-coréen Ri Yong Ho")),
            EventContent(
                kind: "visit", title: "Ri Yong-ho visits Russia", date: date("2018-04", text: "en avril dernier"), hostCountry: "RU",
                participants: people([("ri-yong-ho", "visitor")]),
                sources: source("son homologue nord-coréen Ri Yong Ho, qui avait visité la Russie en avril dernier")),
            EventContent(
                kind: "visit", title: "Kim Jong-il visits Russia", date: date("2001", text: "en 2001"), hostCountry: "RU",
                participants: people([("kim-jong-il", "visitor")]),
                sources: source("son père Kim Jong-il qui avait notamment visité son grand voisin en 2001 et 2002")),
            EventContent(
                kind: "visit", title: "Kim Jong-il visits Russia", date: date("2002", text: "en 2002"), hostCountry: "RU",
                participants: people([("kim-jong-il", "visitor")]),
                sources: source("son père Kim Jong-il qui avait notamment visité son grand voisin en 2001 et 2002")),
            EventContent(
                kind: "visit", title: "Alexander Galushka visits Pyongyang", date: date("2018-03", text: "au mois de mars"),
                location: Location(place: "Pyongyang", country: "KP"), hostCountry: "KP",
                participants: people([("alexander-galushka", "visitor")]),
                sources: source(
                    "lorsque le ministre russe chargé du développement de l'Extrême-Orient, Alexandre Galouchka, s'était rendu à Pyongyang")),
            EventContent(
                kind: "summit", status: .planned, title: "Trump–Kim summit", date: date("2018-06-12", text: "du 12 juin"),
                participants: people([("donald-trump", "participant"), ("kim-jong-un", "participant")]),
                sources: source("à l'approche du sommet du 12 juin entre Donald Trump et Kim Jong-un, sommet qui semble remis sur les rails")),
            EventContent(
                kind: "cancellation", title: "Donald Trump calls off the summit with Kim Jong-un",
                date: date("2018-05-21", end: "2018-05-27", text: "la semaine dernière"),
                participants: people([("donald-trump", "participant")]),
                sources: source("après avoir été annulé la semaine dernière par le président américain")),
        ]
        for event in events { _ = try store.submit(event, author: "sample") }
    }
}
