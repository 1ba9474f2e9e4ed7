import EntenteModel

/// The words that signal each kind of event, its status and its references, folded (lower case,
/// no accents, apostrophes and hyphens as spaces) and matched on word boundaries.
enum Triggers {
    /// Trigger phrases per kind, in the order kinds are tried.
    static let kinds: [(kind: String, phrases: [String])] = [
        ("cancellation", [
            "annule", "annulee", "annules", "annulees", "called off", "cancelled", "canceled", "reporte", "reportee", "reportes", "reportees",
            "postponed", "ajourne", "ajournee", "scrapped", "put off", "puts off", "pushed back", "postpones", "cancels", "calls off",
            "calling off", "call off", "canceling", "cancelling", "postponing",
            "decided to postpone", "decide de reporter", "a decide de reporter",
        ] + callOffNouns + decidedToCallOff + [
            // What did not happen as planned ("Mais la réunion n'a pas eu lieu à cause d'un mal de tête du président soudanais").
            "n a pas eu lieu", "n ont pas eu lieu", "n aura pas lieu", "n auront pas lieu", "did not take place", "will not take place",
            "never took place",
        ] + declined),
        ("phone_call", [
            "entretien telephonique", "conversation telephonique", "telephone conversation", "phone call", "spoke by phone", "par telephone",
            "telephoned", "phone conversation", "by phone", "echanges telephoniques", "a telephone a", "a telephone", "avait telephone", "avaient telephone", "ont telephone", "telephonera", "appel telephonique", "echange telephonique", "au telephone", "telephone call",
            "phone talks", "by telephone", "on the phone", "telephone talks", "entretiens telephoniques", "coup de fil", "coup de telephone",
            "video call", "videoconference", "video conference", "visioconference", "par visio", "spoken on the telephone",
            "spoken on the phone", "spoke on the telephone", "spoke on the phone", "spoken by telephone", "spoken by phone",
            // (Several at once: "held phone conversations with French President Emmanuel Macron, Indonesian President …".)
            "over the phone",
            // ("il a reçu un appel de son homologue américain", "received a call from".)
            "recu un appel de", "received a call from", "un appel de son homologue", "a call from his counterpart", "a call from her counterpart",
        ] + Array(severalCalls).sorted() + spokeWith + Array(callVerbs).sorted()),
        ("invitation", [
            "a l invitation de", "sur l invitation de", "sur invitation de", "at the invitation of", "on the invitation of",
            // (Elided before a vowel: "à l'invitation d'Emmanuel Macron".)
            "a l invitation d", "sur l invitation d", "sur invitation d",
            "upon the invitation of", "a invite", "l a invite", "qu il a invite",
            "invited", "venez en", "invitera", "will invite", "invitation to", "invitation a", "invitation au", "invitation aux", "invitation du", "invites", "invite son",
            "invite le", "invite la", "invitant le", "invitant la", "inviting", "invite you", "vous inviter",
            // ("à qui elle a transmis une invitation de Barack Obama", "accepted Modi's invitation", "invité au sommet par M. Ould
            // Abdel Aziz".)
            "une invitation de", "une invitation d", "s invitation", "invite au sommet par", "invite par", "invitee par",
            // (A litotes: "qu'il n'a pas manqué d'inviter en Allemagne" did invite.)
            "pas manque d inviter", "pas hesite a inviter", "not hesitate to invite",
        ]),
        ("summit", [
            "sommet", "summit", "leaders meeting", "leaders  meeting", "conseil europeen", "european council meeting", "lors du g20",
            "lors du g7", "au g20", "au g7", "at the g20", "at the g7", "reunion des dirigeants", "reunion des chefs d etat",
            "leaders of the g7", "leaders of the g20", "g7 leaders", "g20 leaders", "dirigeants du g7", "dirigeants du g20",
            // (Gatherings named a meeting: "the two-day Asia-Europe Meeting", "the Commonwealth Heads of Government Meeting".)
            "asia europe meeting", "commonwealth heads of government meeting",
        ]),
        ("visit", [
            "s est rendu", "s etait rendu", "s etait rendue", "s est il rendu", "s est elle rendue", "s etaient rendus", "s etaient rendues", "se rendra", "se rendrait", "se rendraient", "se rendre", "etes rendu", "sommes rendus", "suis rendu", "se sont rendus", "en visite", "visite officielle", "visite d etat", "visite historique", "historic visit", "visite effectuee par", "a visite", "avait visite",
            "visite la", "visite le", "visite les", "visite son", "visite sa", "visite l", "sa venue en", "sa venue au",
            "sa venue aux", "leur venue en", "leur venue au", 
            "effectuera une visite", "sejourner", "sejournera", "a sejourne", "sejourne a", "sejourne en", "visite eclair", "visite surprise",
            "visite express", "breve visite", "courte visite", "surprise visit", "lightning visit", "whirlwind visit", "brief visit",
            "landed in", "touched down in", "s est pose a", "s est posee a", "a atterri a", "ont atterri a", "atterrira a", "a atterri en",
            "a atterri au", "s est d abord pose a", "deplacement en", "deplacement a", "deplacement au", "deplacement aux", "deplacement dans", "voyage en",
            "voyage au", "voyage aux", "voyage officiel", "visited", "will visit", "will travel", "would visit", "would travel", "flew to", "flew into", "flies to", "will fly to", "flown to",
            "travel to", "travelled to", "traveled to", "is traveling to", "is travelling to", "was traveling to",
            "was travelling to", "be traveling to", "be travelling to", "are traveling to", "are travelling to", "were traveling to",
            "were travelling to", "been traveling to", "been travelling to", "also traveling to", "also travelling to", "trip to", "visit to", "state visit", "official visit", "arrived in", "welcomed",
            "est alle a", "est allee a", "est ensuite alle a", "went to", "premiere visite", "tournee", "tour of", "final stop", "next stop",
            "first stop", "last stop", "stop will be", "derniere etape", "premiere etape", "prochaine etape",
            // ("Li Qiang toured Australia and New Zealand", "stopped in Warsaw for talks with Duda", "returned to Washington after
            // visits to Japan and the Philippines", "ended his Gulf tour in Abu Dhabi".)
            "toured", "will tour", "is touring", "was touring", "stopped in", "stopped off in", "will also stop in", "will stop off in", "stop in",
            "made a stop in",
            // ("led a government delegation to Moscow", "a conduit une délégation à Moscou", "Janet Yellen, passée par Dakar en
            // janvier", "who passed through Dakar".)
            "led a delegation to", "led a government delegation to", "led a high level delegation to", "led an official delegation to",
            "led a large delegation to", "led a ministerial delegation to", "leads a delegation to", "will lead a delegation to",
            "is leading a delegation to", "a conduit une delegation a", "a conduit une delegation au", "a conduit une delegation en",
            "avait conduit une delegation a", "avait conduit une delegation au", "avait conduit une delegation en",
            "conduira une delegation a", "conduira une delegation au", "conduira une delegation en", "passed through", "passee par",
            "est passe par", "est passee par", "etait passe par", "etait passee par",
            "make a stop in", "ended his tour in", "ended her tour in", "wrapped up his tour in",
            "wrapped up her tour in", "concluded his tour in", "concluded her tour in",

            "est attendu", "est attendue", "sont attendus",
            // ("Le roi était également attendu en Zambie", "seront quant à eux présents à Dakar": someone's, after a verb; not
            // "la croissance attendue en Côte d'Ivoire", "la France était présente à Djibouti depuis 1977".)
            "sera present a", "sera presente a", "seront presents a", "seront presentes a", "sera present au", "seront presents au",
        ] + expectedThere + joinedTrips + destinationOf + [ "depart for", "departs for", "departed for", "leave for", "leaves for",
            "left for", "headed to", "heads to", "is heading to", "will head to", "partira pour", "est parti pour", "est partie pour", "s envolera pour", "s est envole pour", "s envole pour", "s envolent pour", "part pour", "partent pour", "a mis le cap sur", "met le cap sur", "mettra le cap sur", "effectuera des visites", "effectue des visites", "effectuer des visites", "visites officielles", "effectue une visite",
            "effectuer une visite", "a effectue une visite", "visite de travail", "attendu a", "attendue a", "se rend a", "se rend en", "se rend",
            "se rend au", "se rendent", "se rendront", "s est rendue", "est arrive a", "est arrivee a", "est arrive en", "arrivera a",
            "arrive a", "etait arrive", "etait arrivee", "etaient arrives", "etaient arrivees", "had arrived in", "visitera", "visiterai", "visiterons", "me rendrai", "nous rendrons", "se deplacera", "s est deplace", "s est deplacee", "visits", "is visiting", "will be visiting",
            // ("Zarif held the conversation while visiting Bolivia, where he met …": a visit under way, in the clause's tense.)
            "while visiting",
            "arrives in", "arrived in", "arrive in", "landed in", "travels to", "is traveling to", "is travelling to", "paid a visit", "pays a visit",
            "hosted", "a accueilli", "accueille", "accueillera", "arrived at", "arrives at", "to visit", "visiter", "de visiter",
            "honore de sa presence", "ira a", "ira en", "ira au", "iront a", "iront en", "pour une visite", "on a visit",

            // Coming back is another visit ("était revenu le 31 août", "returned in October for the Asia-Europe Meeting").
            "est revenu a", "est revenu en", "est revenu au", "est revenue a", "est revenue en", "est revenue au", "etait revenu a",
            "etait revenu en", "etait revenu au", "etait revenu le", "etait revenue a", "etait revenue en", "etait revenue le",
            "est revenu le", "reviendra a", "reviendra en", "reviendra au", "returned in", "returned on",
            // Coming where the text is, or going there ("était venu en août dernier", "le dernier à s'y rendre, en février 2010").
            "etait venu a", "etait venu en", "etait venu au", "etait venu le", "etait venue a", "etait venue en", "etait venue au",
            "etait venue le", "etaient venus a", "etaient venus en", "y etait venu", "y etait venue", "y est venu", "y est venue", "s y rendre",
            "s y est rendu", "s y est rendue", "s y etait rendu", "s y etait rendue", "s y rendra", "s y rendront",
            // (Not "returned to": to power as often as to a country, and home as often as abroad.)
        ] + onward + attendance + arrivals + Array(takesSomeoneTo).sorted() + [
            // (Last: a visit named as a noun is its complement's, when no verb of the clause says whose.)
            "visite du", "visite de", "visite d", "visite en", "visite au", "visite aux", "visite a", "visit by",
        ]),
        ("meeting", [
            "a rencontre", "rencontrera", "rencontre avec", "avez rencontre", "rencontrez", "ai rencontre", "avons rencontre", "ai accueilli", "avons accueilli", "ai recu", "avons recu", "doit recevoir", "devrait recevoir", "va recevoir",
            "doit accueillir", "va accueillir", "a recu", "a ete recu", "recevra", "s est entretenu", "s est entretenue", "se sont entretenues", "entretiens", "entretien avec",
            "met with", "will meet", "would meet", "meet with", "meeting with", "met ", "meeting", "welcomed", "audience aupres", "meetings with",
            // A handshake is an encounter ("President Yoon Suk Yeol (left) and Japanese Prime Minister Fumio Kishida on March 16
            // shake hands at the prime minister's official residence in Tokyo").
        ] + handshakes + [
            // ("a multiplié les apartés avec ses pairs : …", "un aparté avec".)
            "apartes avec", "aparte avec",
            // ("Upon arrival, Lavrov briefly spoke with Mali's foreign minister": in person, a meeting.)
            "spoke with",
            // ("avait eu une séance de travail avec le Premier ministre", "will have an audience with Her Majesty The Queen", "pour
            // un dîner de travail avec", "a working lunch with".)
            "seance de travail avec", "seances de travail avec", "working session with", "audience with", "diner de travail avec",
            "dejeuner de travail avec", "working dinner with", "working lunch with",
            // ("for a working dinner at the Elysee Palace with Emmanuel Macron and German Chancellor Olaf Scholz": its place
            // between.)
            "working dinner", "working lunch", "diner de travail", "dejeuner de travail",
            // ("A rendez-vous avec": an appointment.)
            "a rendez vous avec", "aura rendez vous avec", "rencontres avec",
            "entretiens bilateraux avec", "rencontre", "rencontrer", "to meet", "rencontrent", "rencontreront", "se sont rencontres", "s etaient rencontres", "se sont rencontrees", "s etaient rencontrees",
            "se rencontreront", "se rencontrent", "se revoir", "se sont revus", "s etaient revus", "se reverront", "tete a tete", "s entretient",
            "s entretiendra", "s entretenir", "s entretiennent", "se sont entretenus", "s entretiendront", "echange avec", "a echange avec",
            "ont echange", "a echange", "echangera avec", "a discute avec", "discute avec", "discutera avec", "a discute", "s est reuni avec", "se sont reunis", "s etaient reunis", "se sont reunies", "s etaient reunies", "se reuniront", "reunion avec", "recoit", "a accueilli", "avait accueilli", "accueille",
            // (The narrative imperfect: "Le même jour, à Rome, Giuseppe Conte recevait le maréchal Haftar".)
            "recevait", "recevaient", "accueillait", "rencontrait", "rencontraient", "s entretenait avec", "s entretenaient avec",
            "accueillera", "sera recu", "seront recus", "sera accueilli", "sera accueillie", "seront accueillis", "entrevue bilaterale", "recu par", "recue par", "a ete accueilli", "a ete accueillie", "accueilli par",
            // ("Il est reçu mardi 2 juin à l'Elysée par François Hollande", "va être reçu par Hollande": the passive present, its
            // day apart from its agent.)
            "est recu", "est recue", "va etre recu", "va etre recue", "doit etre recu", "doit etre recue", "devrait etre recu",
            "devrait etre recue",
            "accueillie par", "was welcomed by", "were welcomed by", "was greeted", "were greeted", "se sont vus", "s etaient vus", "se retrouveront",
            "se sont retrouves", "se retrouvent", "will welcome",
            "welcomes", "meets", "hosted", "hosts", "will host", "hosting", "for receiving me", "for receiving us", "for hosting me",
            "for hosting us",
            "was received by", "were received by", "received", "receives", "be received by", "been received by", "is received by", "be welcomed by", "been welcomed by",
            "is welcomed by", "sat down with", "sit down with", "sits down with", "sat down together", "sit down together", "held a meeting",
            "bilateral meeting",
            "reunions bilaterales avec", "reunion bilaterale avec", "rencontres bilaterales", "rencontre bilaterale", "bilateral meetings",
            // ("une réunion à trois avec M. Xi et la présidente de la Commission", "a three-way meeting with …".)
            "reunion a trois", "rencontre a trois", "entretien a trois", "reunion tripartite", "rencontre tripartite",
            "trilateral meeting", "three-way meeting", "three way meeting",
            "accorde une audience", "a accorde une audience", "recu en audience", "a recu en audience", "granted an audience",
            "conversation with", "conference de presse conjointe", "conference de presse commune",
            // ("Il a ensuite tenu une conférence de presse avec le Premier ministre Ulf Kristersson".)
        ] + pressConferencesWith.sorted() + [
            "point de presse conjoint", "point de presse commun", "joint press conference", "joint news conference", "courtesy call", "courtesy calls",
            "visite de courtoisie", "visites de courtoisie", "appel de courtoisie au", "appel de courtoisie a",
            "appels de courtoisie au", "appels de courtoisie a", "appel de courtoisie aupres",
            // ("Aliyev is scheduled to host Garibashvili at a working dinner".)
            "scheduled to host", "expected to host", "set to host", "due to host", "retrouver", "a retrouve", "retrouvera", "rencontrerai", "rencontrerons", "recevrai", "recevrons",
            "m entretiendrai", "nous entretiendrons", "accueillerai", "accueillerons", "entretien de", "s etait entretenu", "s etait entretenue",
            "s etaient entretenus", "avait rencontre", "avaient rencontre", "avait recu", "s etaient deja vus", "se sont deja vus",
            "s etaient deja rencontres", "se sont deja rencontres", "had already met",
            // Talking, dining or lunching together in person ("se sont parlé … en présence de", "a dîné avec Barack Obama").
            "se sont parle", "se sont parles", "a dine avec", "ont dine ensemble", "dined with", "had dinner with", "had lunch with",
            "lunched with", "a dejeune avec", "ont dejeune ensemble",
            // (And to come: "Il doit déjeuner mercredi avec son homologue", "will have lunch with".)
            "dejeuner avec", "diner avec", "dejeunera", "dinera", "doit dejeuner", "doit diner", "devrait dejeuner", "devrait diner",
            "have lunch with", "have dinner with", "dine with",
            // ("intend to reconvene in New York City", "is expected to convene with President Erdogan".)
            "reconvene in", "to reconvene", "convene with",
            // "X et Y ont eu un entretien d'une heure", "had a meeting": the interview had, with no "avec".
            "ont eu un entretien", "a eu un entretien", "ont eu un long entretien", "a eu un long entretien", "auront un entretien",
            "aura un entretien", "avaient eu un entretien", "avait eu un entretien", "had a meeting", "had a long meeting",
            // ("avait eu des échanges francs avec le président français": exchanges had in person.)
            "a eu des echanges", "avait eu des echanges", "ont eu des echanges", "avaient eu des echanges", "aura des echanges",
            "auront des echanges", "a eu un echange", "avait eu un echange", "ont eu un echange",
            // Two who sign together met ("Zelensky et De Croo ont signé mardi à Bruxelles un accord", "Aliyev and Pashinian signed
            // a joint declaration at the White House"): one signer alone meets no one.
        ] + signing.sorted() + pluralPassives + [
            "reunion consultative", "reunion tripartite", "rencontre tripartite", "reunion trilaterale", "rencontre trilaterale",
            "trilateral meeting", "tripartite meeting", "s est recueilli aux cotes de", "se sont recueillis",
            // Those who chair something together met ("coprésidera avec son homologue irakien …", "co-chaired with").
            "copresidera", "copreside avec", "a copreside", "copresident", "copresideront", "ont copreside", "co chaired", "will co chair",
            "co chairs", "co chair with",
            // (A courtesy call on someone, not an appeal to them: see ``courtesyCalls``.)
        ] + Array(courtesyCalls).sorted()),
        ("talks", ["evoque", "ont discute", "held talks", "talks with", "talks between", "hold talks", "holding talks", "discussions bilaterales",
            "talks were held", "talks will be held", "talks took place", "had a talk", "informal talk", "brief talk", "talk with",
            "pourparlers", "negociations avec", "discussed", "dialogue strategique", "strategic dialogue", "ministerial", "2 2",
            "high level dialogue", "dialogue de haut niveau", "dialogue sur la stabilite strategique", "strategic stability dialogue",
            // ("Iran and the United States held indirect talks in Muscat".)
            "held indirect talks", "hold indirect talks", "held direct talks", "hold direct talks", "negociations indirectes",
            // ("During their talks on Tuesday, Wang and Motegi agreed …", "Lors de leur entretien mardi, …".)
            "their talks", "leur entretien", "leurs entretiens"]),
    ]

    /// How a government's letterhead opens, folded: the country it then names published the text.
    static let letterheads: [String] = [
        " presidence de la republique", " ministere des affaires etrangeres", " presidency of the republic", " ministry of foreign affairs",
        " ministry of external affairs", " state house", " office of the president", " cabinet du president", " primature",
        " services du premier ministre", " prime minister s office", " presidential press service",
    ]

    /// Openings whose pronoun is an event, not a person: "Il intervient deux mois après …", "It comes after …".
    static let eventPronounOpeners: [String] = [
        " il intervient ", " elle intervient ", " il survient ", " elle survient ", " il s inscrit ", " elle s inscrit ", " it comes ",
        " it came ",
    ]

    /// Nouns that name a meeting just reported, before a relative clause that says when or where it took place ("la
    /// rencontre, qui s'est tenue la veille dans un palais de Mascate").
    static let meetingNouns: [String] = ["la rencontre", "l entretien", "la reunion", "cette rencontre", "cet entretien", "the meeting", "the talks"]

    /// Words after the French verb "met" (puts), which the English trigger "met " would take for a meeting.
    static let frenchMet: Set<String> = ["en", "fin", "l", "le", "la", "les", "un", "une", "au", "aux", "du", "des", "regulierement", "sur"]

    /// Adjectives copy puts between "held" and "talks" ("held detailed talks in Moscow last May").
    static let eventAdjectives: [String] = [
        "detailed", "extensive", "lengthy", "long", "bilateral", "productive", "constructive", "substantive", "in depth", "wide ranging",
        "separate", "informal", "further", "direct", "private", "brief", "one on one", "face to face", "official", "fruitful", "frank",
        "cordial", "intensive", "comprehensive", "closed door", "trilateral", "high level", "fresh", "new", "several rounds of",
    ]

    /// Each verb, adjective and noun in turn: "held detailed talks", "will hold separate talks".
    static func qualified(_ verbs: [String], _ nouns: [String]) -> [String] {
        verbs.flatMap { verb in eventAdjectives.flatMap { adjective in nouns.map { "\(verb) \(adjective) \($0)" } } }
    }

    /// The same per kind, searched in one pass when none of the kind's own phrases is in a clause (hundreds of phrases
    /// whose first words, "had", "will", are everywhere).
    static let qualifiedByKind: [String: PhraseSet] = [
        "talks": PhraseSet(qualified(["held", "hold", "holding", "will hold", "would hold"], ["talks"]).map { " \($0) " }),
        "meeting": PhraseSet(qualified(["held a", "had a", "will hold a", "held an", "had an"], ["meeting"]).map { " \($0) " }),
    ]

    /// An arrival with its day between the verb and the place ("est arrivé mercredi à Téhéran", "arrived on Monday in
    /// Riyadh"): a visit when a place follows within a few words ("est arrivé en tête" is none).
    /// (And a tour's start, told the same way: "Erdogan's tour began on Sunday in Angola", "Cette tournée avait débuté lundi à
    /// Conakry".)
    /// The French arrival participle as written, with its accent ("Arrivé dimanche à Pékin, …"), and folded.
    static let arrivalParticiples: Set<String> = ["arrivé", "arrivée", "arrivés", "arrivées"]
    static let foldedArrivalParticiples: Set<String> = ["arrive", "arrivee", "arrives", "arrivees"]

    static let arrivals: [String] = [
        "est arrive", "est arrivee", "sont arrives", "sont arrivees", "arrived", "arrive", "tour began", "tour started", "tour kicked off",
        "tour opened", "trip began", "trip started", "tournee a debute", "tournee avait debute", "tournee a commence",
        "tournee avait commence", "tournee debute", "tournee commence",
        // ("Lula is due to fly on Thursday to Haiti", "a South Asian tour that began in Pakistan last Tuesday": a day may stand
        // between the verb and its place.)
        "fly", "flew", "flies", "tour that began", "tour which began", "trip that began", "tournee qui a debute",
        "tournee qui avait debute", "tournee entamee",
    ]

    /// "spoke with X" in a readout is a call, when nothing places it (in person it would be "met with", or placed).
    static let spokeWith: [String] = [
        "spoke with", "spoke by telephone with", "spoke today with", "today spoke with", "will speak with", "spoken with", "spoke twice with",
        "spoke again with", "spoke separately with",
    ]

    /// Verbs of a trip that takes someone somewhere, a visit only when a person and "to" follow ("The 10-day tour will also
    /// take Wang to Kiribati", "The trip took Bush first to Kyoto").
    static let takesSomeoneTo: Set<String> = Set([
        "will take", "will also take", "will then take", "took", "takes",
    ]).union(sendsSomeone).union(takesSomeoneToInFrench)

    /// Of those, the French ones, whose place follows "au", "en" or "à" ("une mini-tournée qui mènera M. Macron
    /// successivement au Bénin et en Guinée-Bissau").
    static let takesSomeoneToInFrench: Set<String> = ["menera", "conduira", "a mene", "a conduit"]

    /// Of those, the ones whose traveller may stand in apposition ("Xi Jinping has sent his top diplomat, Wang Yi, to
    /// Moscow": who is sent travels, not who sends).
    static let sendsSomeone: Set<String> = ["sent", "has sent", "will send", "is sending", "dispatched", "has dispatched"]

    /// Someone expected in a country, after the verb and an adverb or none ("M. Lavrov est aussi attendu au Tchad", "était
    /// également attendu en Zambie").
    static let expectedThere: [String] = ["est", "etait", "sera", "sont", "etaient", "seront"].flatMap { verb in
        ["", "aussi ", "egalement ", "ensuite ", "notamment ", "par ailleurs "].flatMap { adverb in
            ["attendu", "attendue", "attendus", "attendues"].flatMap { participle in
                ["en", "au", "aux"].map { "\(verb) \(adverb)\(participle) \($0)" }
            }
        }
    }

    /// A trip's next leg ("will continue to Seoul", "then heads to Manila", "will make stops in Senegal, Uganda and
    /// Kenya"): a visit only when a place follows at once ("continue to work with Japan" is none).
    static let onward: [String] = distinct([
        "will continue to", "then continue to", "continue on to", "continues on to", "continued on to", "will then travel to",
        "then travel to", "will proceed to", "proceeded to", "will then head to", "then head to", "then heads to", "make stops in",
        "makes stops in", "made stops in", "making stops in", "flying on to", "flew on to", "flies on to", "will fly on to",
        "then flew to", "then fly to", "move on to", "moves on to", "moved on to", "moving on to", "head on to", "heads on to",
        "headed on to", "went on to", "goes on to", "poursuivra sa tournee a", "poursuivra sa tournee en",
        "poursuivra son voyage a", "poursuivra son voyage en", "poursuit sa tournee a", "poursuit sa tournee en", "fera escale a",
        "fera escale en", "a fait escale a", "a fait escale en", "present ici a", "presente ici a", "etre ici a",
    ] + legsAfter.sorted() + reaching + beingThere + [
        // ("une tournée qui le conduira successivement au Vietnam, en Indonésie et à Singapour".)
        "le conduira", "la conduira", "le conduira successivement", "la conduira successivement", "l a conduit", "will take him to",
        "le menera", "la menera", "le menera successivement", "la menera successivement", "l a mene", "l avait mene", "l avait conduit",
        // ("sa tournée qui doit le mener en Chine, en Russie, en France et au Portugal".)
        "doit le mener", "doit la mener", "doit le conduire", "doit la conduire", "devrait le mener", "devrait la mener",
        "devrait le conduire", "devrait la conduire",
        // ("son périple qui l'avait plus tôt emmené en Afrique du Sud, en Eswatini et en Angola".)
        "l a emmene", "l avait emmene", "l avait plus tot emmene", "l avait plus tot mene", "l avait plus tot conduit", "l emmenera",
        // ("The comprehensive tour will also include stops in Israel, the West Bank, Egypt …".)
        "include stops in", "includes stops in", "included stops in", "include a stop in", "includes a stop in", "stopover in",
        // ("se prépare à faire un saut au Canada": a trip when a place follows; not "a fait un saut au Salon de l'agriculture".)
        "faire un saut a", "faire un saut au", "faire un saut en", "fera un saut a", "fera un saut au", "fera un saut en",
        "a fait un saut a", "a fait un saut au", "a fait un saut en",
        "will take her to", "took him to", "took her to", "will also take him to", "will also take her to", "also took him to",
        "also took her to", "will then take him to", "will then take her to",
        // ("When you came to Washington last month": a trip when a place follows; "came to power" is none.)
        "came to", "come to", "etes venu a", "etes venue a", "etes venus a", "etes venu en", "etes venue en",
    ] + takesThemAlong)

    /// The phrases in their order, each once.
    private static func distinct(_ phrases: [String]) -> [String] {
        var seen: Set<String> = []
        return phrases.filter { seen.insert($0).inserted }
    }

    /// A leg told after the trip's first, as what comes before it ("se rendra mercredi à Kiev avant de gagner Berlin", "visited
    /// Kyiv before flying to Berlin", "with stops in Costa Rica and Guatemala").
    /// "a gagné Vienne mardi", "gagnera Berlin": reaching a place, a trip only with the place right after it.
    static let reaching: [String] = ["a gagne", "avait gagne", "gagnera", "ont gagne", "gagneront"]

    static let legsAfter: Set<String> = [
        "avant de se rendre a", "avant de se rendre au", "avant de se rendre en", "avant de se rendre aux", "avant de gagner",
        "avant de s envoler pour", "avant de poursuivre sa tournee a", "avant de poursuivre sa tournee en",
        "avant de poursuivre vers", "before heading to", "before heading on to", "before flying to", "before flying on to",
        "before travelling to", "before traveling to", "before travelling on to", "before traveling on to", "before going on to",
        "before moving on to", "before continuing to", "before continuing on to", "before stops in", "before a stop in",
        "before stopping in", "with stops in", "with a stop in",
    ]

    /// A tour or a stop, a trip only with a person as the verb's subject right before it ("Li Qiang toured Australia", not "the
    /// fighting stopped in Sudan").
    static let subjectsStops: Set<String> = ["toured", "is touring", "was touring", "stopped in", "stopped off in"]

    /// What makes "gagner"/"se rendre" no trip ("avant de gagner Washington à sa cause", "s'est rendu à l'évidence", "s'est
    /// rendue coupable de"). Folded, spaced.
    static let figurativeArrivals = PhraseSet([
        " a sa cause ", " a leur cause ", " a sa position ", " a leur position ", " a ses vues ", " a leurs vues ",
        " rendu a l evidence ", " rendue a l evidence ", " rendus a l evidence ", " rendu compte ", " rendue compte ", " rendus compte ",
        " rendu coupable ", " rendue coupable ", " rendus coupables ", " rendu aux arguments ", " rendue aux arguments ",
    ])

    /// Words before "stop in" that make it a verb, not a trip's stop ("the fighting must stop in Sudan", "for the war to stop
    /// in Gaza"; not "his stop in Jordan", "made an unannounced stop in Lahore"). Folded.
    static let stopAsVerb: Set<String> = [
        "must", "will", "to", "would", "should", "can", "could", "may", "might", "did", "does", "do", "not", "never", "shall", "also",
    ]

    /// ``onward``, to ask whether a phrase is one.
    static let onwardSet = Set(onward)

    /// A trip that takes its traveller along, named by a pronoun ("Son périple l'a conduit successivement au Ghana", "une série
    /// de visites qui l'ont conduit en Mauritanie", "a tour that earlier took him to Paris"), or a tour that includes its
    /// stops ("The tour includes Baku, Moscow, Yerevan and Tbilisi"): each pronoun and form of the verb, made here. (Adverbs
    /// after the verb, "l'a mené cette fois au Kenya", are passed over where the place is looked for: ``legAdverbs``.)
    static let takesThemAlong: [String] = {
        var french: [String] = []
        for pronoun in ["le", "la", "les"] {
            for verb in ["conduira", "conduit", "conduisent", "conduiront", "menera", "mene", "meneront", "menent"] { french.append("\(pronoun) \(verb)") }
        }
        for verb in ["emmenera", "emmene", "emmeneront", "amenera", "amene", "ameneront"] { french += ["l \(verb)", "les \(verb)"] }
        let participles = ["conduit", "conduite", "conduits", "conduites", "mene", "menee", "menes", "menees", "emmene", "emmenee", "emmenes", "emmenees"]
        for auxiliary in ["a", "ont", "avait", "avaient"] {
            for participle in participles {
                french += ["l \(auxiliary) \(participle)", "les \(auxiliary) \(participle)"]
                for adverb in ["deja", "plus tot", "aussi", "egalement", "ensuite", "d abord", "successivement", "auparavant"] {
                    french.append("l \(auxiliary) \(adverb) \(participle)")
                }
            }
        }
        var english: [String] = []
        let takes = ["took", "takes", "take", "will take", "will also take", "will then take", "also took", "also takes", "earlier took",
                     "first took", "then took", "has taken", "had taken", "has also taken", "had also taken", "had earlier taken"]
        for verb in takes {
            for pronoun in ["him", "her", "them"] { english.append("\(verb) \(pronoun) to") }
        }
        for noun in ["tour", "trip", "journey"] {
            for verb in ["includes", "also includes", "will include", "will also include", "included", "also included",
                         "that includes", "that also includes", "which includes", "which also includes", "that will also include"] {
                english.append("\(noun) \(verb)")
            }
        }
        return french + english
    }()

    /// Adverbs between a trip's verb and its stops, passed over ("l'a conduit successivement au Ghana", "qui l'a mené cette
    /// fois au Kenya"). Folded, spaced.
    static let legAdverbs: [String] = [
        " successivement ", " cette fois ", " notamment ", " egalement ", " aussi ", " ensuite ", " d abord ", " finalement ",
        " tour a tour ", " first ", " also ", " then ", " on to ", " onward to ",
    ]

    /// Signing together, a meeting of the signers when two or more people are named signing (see
    /// ``ArticleExtractor/build(kind:phrase:trigger:clause:discourse:split:)``). Folded.
    static let signing: Set<String> = [
        "ont signe", "avaient signe", "signeront", "ont paraphe", "avaient paraphe", "ont appose leur signature", "signed",
    ]

    /// Being somewhere, to come, now or then ("Le président français sera donc présent au Burkina le 27 novembre", "Félix
    /// Tshisekedi est encore aux États-Unis", "Pompeo was in Bogota on Friday", "Zarif was visiting Bolivia"): a visit only
    /// when the place follows at once and a person is the verb's subject, right before it ("la France est au Mali depuis
    /// 2013", "the ball is in Iran's court", "Trump's daughter Ivanka was visiting Argentina" are none).
    static let beingThere: [String] = [
        "sera a", "sera au", "sera en", "sera aux", "seront a", "seront au", "seront en", "seront aux", "sera donc a", "sera donc au",
        "sera donc en", "sera present en", "sera presente en", "seront presents en", "sera donc present a", "sera donc present au",
        "sera donc present en", "sera donc presente a", "sera donc presente au", "sera donc presente en", "will be in",
        "will also be in", "will then be in",
        "est a", "est au", "est en", "est aux", "est encore a", "est encore au", "est encore en", "est encore aux", "est actuellement a",
        "est actuellement au", "est actuellement en", "est actuellement aux", "etait a", "etait au", "etait en", "etait aux",
        "is in", "is still in", "is currently in", "was in", "were in", "was visiting", "were visiting", "be going to",
        // ("Le Premier ministre burkinabè … se trouvait lui aussi à Bamako", "Kushner was also in AlUla".)
        "se trouvait a", "se trouvait au", "se trouvait en", "se trouvait aux", "se trouve a", "se trouve au", "se trouve en",
        "se trouve aux", "se trouvait lui aussi a", "se trouvait lui aussi au", "se trouvait lui aussi en", "se trouvait elle aussi a",
        "se trouvait elle aussi au", "se trouvait elle aussi en", "se trouvait egalement a", "se trouvait egalement au",
        "se trouvait egalement en", "se trouvait deja a", "se trouvait deja au", "se trouvait deja en", "was also in", "was already in",
    ] + expectedIn
        // ("Félix Tshisekedi, lui, était bien à Luanda", "était lui aussi à Addis-Abeba".)
        + ["etait", "est"].flatMap { verb in
            ["bien", "lui aussi", "elle aussi", "egalement", "deja"].flatMap { adverb in ["a", "au", "en", "aux"].map { "\(verb) \(adverb) \($0)" } }
        } + [
        // (The trip someone will not make: "n'ira finalement pas au Japon".)
        "n ira pas a", "n ira pas au", "n ira pas en", "n ira finalement pas a", "n ira finalement pas au", "n ira finalement pas en",
    ]

    /// Being expected somewhere ("Mr Tinubu is expected in New York next week", "who is currently in Zambia and is due in
    /// South Africa this week"): a trip to come, of the subject before it or of the one the verb is joined to by "and".
    /// ("…, and was due in Rome later on Thursday": "due" told in the past too; not "was expected in", which past narrative
    /// uses of what happened: "Zelensky was expected in Washington on Thursday, where he met Biden".)
    static let expectedIn: [String] = [
        "is expected in", "are expected in", "is also expected in", "is due in", "are due in", "is also due in", "was due in", "were due in",
        "was also due in",
    ]

    /// The same, as markers of the future: each makes planned its own trip and what follows it, not what was told before it.
    static let expectedInMarkers: Set<String> = Set(expectedIn.map { " \($0) " })

    /// Being somewhere on a day told between the verb and the place ("La chef de la diplomatie de l'Union européenne était ce
    /// mardi à Téhéran", "was on Tuesday in Riyadh"): the verbs, each with the phrase of ``beingThere`` it stands for by the
    /// preposition after the day. Not triggers of their own (too common): looked for around a clause's days.
    static let beingThereOnADay: [String: String] = [
        "etait": "etait", "est": "est", "sera": "sera", "etaient": "etait", "sont": "est", "seront": "seront", "was": "was",
        "is": "is", "will be": "will be", "were": "were", "se trouvait": "se trouvait", "se trouve": "se trouve",
        // ("Sunak spent Monday in Berlin and flew on to Warsaw", "a passé mardi à Berlin".)
        "spent": "was", "will spend": "will be", "spends": "is", "a passe": "etait", "passera": "sera",
        // ("s'est envolé mardi pour Pékin", "left on Tuesday for Warsaw": a verb of setting off, the day, then "pour"/"for".)
        "s est envole": "s est envole", "s est envolee": "s est envole", "s envolera": "s envolera", "s envole": "s envole",
        "left": "left", "will leave": "left",
    ]

    /// The same phrases with the text searched for: the phrase between spaces, or after one only when it ends with its
    /// own ("met ").
    static let indexed: [(kind: String, phrases: [(phrase: String, spaced: String)])] = kinds.map { kind, phrases in
        (kind, phrases.map { indexedPhrase($0, as: $0) } + dayBetween(phrases, kind: kind))
    }

    /// A phrase ending with its preposition, with the day told between verb and preposition ("spoke Monday with", "had lunch
    /// on Monday with", "left Sunday for Japan", "a déjeuné mardi avec", "est parti ce mardi pour"): searched as the phrase
    /// itself, after the kind's own phrases. (Not the trip phrases whose place is looked for after the phrase itself.)
    static func dayBetween(_ phrases: [String], kind: String) -> [(phrase: String, spaced: String)] {
        guard ["visit", "meeting", "talks", "phone_call"].contains(kind) else { return [] }
        let english = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        let englishDays = ["yesterday", "today", "tomorrow"] + english + english.map { "on \($0)" }
        let french = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
        let frenchDays = ["hier", "aujourd hui", "demain"] + french + french.map { "ce \($0)" }
        return phrases.flatMap { phrase -> [(phrase: String, spaced: String)] in
            var words = phrase.split(separator: " ").map(String.init)
            guard words.count >= 2, !onwardSet.contains(phrase), !arrivals.contains(phrase), !attendance.contains(phrase),
                let preposition = words.popLast()
            else { return [] }
            let days = ["with", "to", "for"].contains(preposition) ? englishDays : ["avec", "pour"].contains(preposition) ? frenchDays : []
            return days.map { indexedPhrase(words.joined(separator: " ") + " \($0) " + preposition, as: phrase) }
        }
    }

    /// Every kind's searched texts in one automaton, so a clause is read once for all of them; each of its phrases
    /// names the kind (its place in ``indexed``) and the phrase's place in that kind's list.
    static let indexedSet: (set: PhraseSet, owners: [(kind: Int, phrase: Int)]) = {
        var texts: [String] = []
        var owners: [(kind: Int, phrase: Int)] = []
        for (kind, entry) in indexed.enumerated() {
            for (phrase, indexedPhrase) in entry.phrases.enumerated() {
                texts.append(indexedPhrase.spaced)
                owners.append((kind, phrase))
            }
        }
        return (PhraseSet(texts), owners)
    }()

    /// The phrases of each kind that occur in `folded` (a clause folded, with a space at each end), by their place in
    /// the kind's list, in list order.
    static func indexedPhrases(in folded: String) -> [[Int]] {
        var present = [[Int]](repeating: [], count: indexed.count)
        for occurrence in indexedSet.set.occurrences(in: folded) {
            let owner = indexedSet.owners[occurrence.phrase]
            if !present[owner.kind].contains(owner.phrase) { present[owner.kind].append(owner.phrase) }
        }
        return present.map { $0.sorted() }
    }

    /// A phrase led by an auxiliary with an adverb after it ("s'était déjà rendu", "will also meet"), searched as the phrase
    /// itself after the kind's own phrases: by the auxiliary and adverb (as ``interposed`` finds them), then by kind.
    static let adverbVariants: [String: [String: [(phrase: String, spaced: String)]]] = {
        var index: [String: [String: [(phrase: String, spaced: String)]]] = [:]
        for (kind, phrases) in kinds {
            for phrase in phrases {
                for (prefix, variant) in withAdverbs(phrase) { index[prefix, default: [:]][kind, default: []].append(indexedPhrase(variant, as: phrase)) }
            }
        }
        return index
    }()

    /// An auxiliary followed by an interposed adverb, anywhere.
    static let interposed = PhraseSet(auxiliaries.flatMap { auxiliary in interposedAdverbs.map { " \(auxiliary) \($0) " } })

    private static func indexedPhrase(_ text: String, as phrase: String) -> (phrase: String, spaced: String) {
        (phrase, text.hasSuffix(" ") ? " " + text : " " + text + " ")
    }

    /// Auxiliaries that lead compound trigger phrases, longest first.
    static let auxiliaries: [String] = [
        "s etaient", "s etait", "se sont", "s est", "avaient", "avait", "ont", "a", "will", "would", "has", "had", "have",
        // The "être" of coming and going ("Ouattara était déjà venu au Ghana en 2017").
        "etaient", "etait",
    ]

    /// Adverbs copy puts between an auxiliary and its participle or verb ("a également reçu", "will then visit").
    static let interposedAdverbs: [String] = [
        "deja", "egalement", "aussi", "notamment", "ensuite", "alors", "d abord", "brievement", "longuement", "enfin", "auparavant",
        "a son tour", "in turn", "quant a lui", "quant a elle", "de son cote", "lui aussi", "elle aussi", "eux aussi", "elles aussi",
        "de nouveau", "lui", "elle", "lui meme", "elle meme", "eux memes", "elles memes", "en outre", "par ailleurs",
        // ("Wang Yi s'était pour sa part rendu à Tunis", "s'étaient à leur tour rendus".)
        "pour sa part", "pour leur part", "a leur tour", "quant a eux", "quant a elles", "pourtant", "finalement", "recemment", "meme",
        // ("Biden will still fly to Israel on Wednesday".)
        "still", "nonetheless", "instead", "now", "toujours", "neanmoins", "desormais",
        "then", "also", "already", "previously", "briefly", "subsequently", "later", "first", "again", "recently", "finally",
        // ("FM Qureshi will next visit Russia", "se rendra officiellement en France".)
        "next", "officially", "formally", "soon", "personally", "shortly", "officiellement", "prochainement", "bientot", "personnellement",
    ]

    /// `phrase` with each interposed adverb after its leading auxiliary; none for a phrase with no verb after one
    /// (nor for the trip phrases whose place is looked for after the phrase itself).
    /// Each with the auxiliary and adverb it begins with, spaced as ``interposed`` has them.
    static func withAdverbs(_ phrase: String) -> [(prefix: String, variant: String)] {
        guard !onward.contains(phrase), !arrivals.contains(phrase), !attendance.contains(phrase),
            let auxiliary = auxiliaries.first(where: { phrase.hasPrefix($0 + " ") && phrase.count > $0.count + 1 })
        else { return [] }
        let rest = phrase.dropFirst(auxiliary.count + 1)
        return interposedAdverbs.map { (" \(auxiliary) \($0) ", "\(auxiliary) \($0) \(rest)") }
    }

    /// Plural references to people just named: the last two ("les deux présidents"), or every
    /// participant of the last event with several ("les dirigeants", "the leaders").
    static let pairReferences: [String] = [
        " les deux presidents ", " les deux hommes ", " les deux ministres ", " les deux dirigeants ", " les deux chefs ",
        " the two leaders ", " the two presidents ", " the two men ", " both leaders ", " the two ministers ", " the parties ",
        " les deux parties ", " both sides ", " les deux chefs de la diplomatie ", " the two foreign ministers ", " les deux chefs d etat ",
        " the two top diplomats ", " the two diplomats ", " les deux diplomates ", " the two prime ministers ", " les deux premiers ministres ",
        " the two heads of state ", " the two chancellors ",
        // ("Ardern met Turnbull in Sydney on Sunday. Both are due in Da Nang …".)
        " both are ", " both will ", " both were ", " both have ", " both had ",
        // (After "de": "la dernière rencontre des deux dirigeants", "the last meeting of the two leaders".)
        " des deux presidents ", " des deux hommes ", " des deux ministres ", " des deux dirigeants ", " des deux chefs d etat ",
        " of the two leaders ", " of the two presidents ", " of the two men ",
    ]

    /// The office a pair reference names, when it names one.
    static let pairOffices: [String: Set<Office>] = [
        " les deux presidents ": [.headOfState], " the two presidents ": [.headOfState], " les deux chefs d etat ": [.headOfState],
        " des deux presidents ": [.headOfState], " of the two presidents ": [.headOfState], " des deux chefs d etat ": [.headOfState],
        " les deux chefs de la diplomatie ": [.foreignMinister], " the two foreign ministers ": [.foreignMinister],
        " the two ministers ": [.foreignMinister], " les deux ministres ": [.foreignMinister],
        " the two prime ministers ": [.headOfGovernment], " les deux premiers ministres ": [.headOfGovernment],
        // ("Park Jin s'était rendu à Tokyo pour rencontrer son homologue Hayashi, et les deux dirigeants avaient eu un premier
        // entretien à Phnom Penh": the leaders named before, Yoon and Kishida, not the ministers.)
        " les deux dirigeants ": leaders, " des deux dirigeants ": leaders, " the two leaders ": leaders, " of the two leaders ": leaders,
        " both leaders ": leaders,
    ]

    /// The offices of those "the two leaders" may stand for (a crown prince who rules among them).
    static let leaders: Set<Office> = [.headOfState, .headOfGovernment, .crownPrince, .supremeLeader]
    static let groupReferences: [String] = countedReferences.keys.sorted() + [" les dirigeants ", " the leaders ", " ils ", " they ", " the heads of state "]

    /// ``pairReferences`` and ``groupReferences`` searched all at once, to tell first whether a sentence has any.
    static let pairReferenceSet = PhraseSet(pairReferences)
    static let groupReferenceSet = PhraseSet(groupReferences)

    /// Group references that count their people ("les trois chefs d'État", "the four leaders"): the last event with that
    /// many, else the last that many named.
    static let countedReferences: [String: Int] = Dictionary(uniqueKeysWithValues: [("trois", 3), ("quatre", 4), ("cinq", 5)].flatMap { word, count in
        ["dirigeants", "chefs d etat", "presidents"].map { (" les \(word) \($0) ", count) }
    } + [("three", 3), ("four", 4), ("five", 5)].flatMap { word, count in
        ["leaders", "presidents", "heads of state"].map { (" the \(word) \($0) ", count) }
    })

    /// A clause with one of these reports what did not happen.
    static let negations: PhraseSet = [
        " ne s est jamais", " n a jamais", " n est jamais", " never ", " has not ", " did not ", " skipping ", " will skip ", " skipped ",
        " boycotting ", " snubbing ", " n a pas ", " n ont pas ", " ne s est pas ", " ne se sont pas ", " n avait pas ", " n avaient pas ",
        " didn t ", " hasn t ", " haven t ", " have not ", " n ont jamais ",
        // (What is in question is not told: "declined to say whether he would visit the shrine".)
        " whether he ", " whether she ", " whether they ", " whether to ",
    ]

    /// A negation that says the opposite, a litotes ("n'a pas hésité à évoquer …", "qu'il n'a pas manqué d'inviter", "did not
    /// hesitate to"): what follows was done.
    static let litotes = PhraseSet(
        [" n a pas ", " n ont pas ", " n avait pas ", " n avaient pas ", " did not ", " didn t ", " has not ", " have not ", " hasn t ", " haven t "]
            .flatMap { negation in
                ["hesite a", "hesite d", "manque de", "manque d", "tarde a", "hesitate to", "hesitated to", "fail to", "failed to"].map {
                    negation + $0 + " "
                }
            })

    /// What a litotes may still introduce that undoes an event ("did not hesitate to cancel his trip", "n'a pas hésité à
    /// décliner l'invitation"): then the clause tells no event done. Folded, first words.
    static let undoingVerbs: Set<String> = [
        "cancel", "postpone", "call", "turn", "decline", "refuse", "reject", "skip", "snub", "note", "annuler", "reporter", "decliner",
        "refuser", "rejeter", "boycotter", "snober", "critiquer", "criticize", "criticise", "condemn", "condamner",
    ]

    /// Where the first negation of `text` (folded, spaced) is that is not a litotes.
    static func negation(in text: String) -> Int? {
        let turned = Set(litotes.occurrences(in: text).filter { found in
            let next = text.dropFirst(found.offset + litotes.phrases[found.phrase].count).split(separator: " ").first.map(String.init) ?? ""
            return !undoingVerbs.contains(next)
        }.map(\.offset))
        return negations.occurrences(in: text).map(\.offset).filter { !turned.contains($0) }.min()
    }

    /// Not having come since a date ("ne s'était plus rendu en France depuis mars 2019", "had not visited China since
    /// 2019"): a visit at that date.
    static let notSince: PhraseSet = [
        " ne s etait plus rendu", " ne s etait plus rendue", " ne s est plus rendu", " ne s est plus rendue", " n etait plus venu",
        " n etait plus venue", " n est plus venu", " n est plus venue", " n avait plus visite", " n a plus visite", " had not visited ",
        " has not visited ", " hadn t visited ", " hasn t visited ", " had not been to ", " has not been to ", " had not travelled to ",
        " had not traveled to ", " had not set foot in ", " n avait plus mis les pieds ",
        // ("M. Zelensky n'était pas venu au Canada depuis juillet 2019".)
        " n etait pas venu", " n etait pas venue", " ne s etait pas rendu", " ne s etait pas rendue", " n etait pas alle",
        " n etait pas allee",
    ]

    /// "the first since the one in Washington in November 2011", "le premier depuis celui de Washington": an earlier event of
    /// the kind just reported.
    static let firstSinceTheOne = PhraseSet(
        [
            " le premier depuis celui ", " la premiere depuis celle ", " the first since the one ", " the first since that ",
            " le premier du genre depuis celui ", " the first such summit since the one ",
        ] + sinceTheOneThat)

    /// "la première visite d'État … depuis celle que le président François Mitterrand avait effectuée en 1987": the one
    /// before, someone else's. Folded.
    static let sinceTheOneThat: [String] = [" depuis celle que ", " depuis celui que "]

    /// "the first visit … since", "la première (visite) depuis": a visit before the one reported.
    static let firstOf: PhraseSet = [
        " first visit ", " first trip ", " first time ", " premiere visite ", " premier voyage ", " premier deplacement ", " la premiere depuis ",
        " le premier depuis ", " first since ", " first such visit ",
    ]

    /// "The first call since …", "leur premier échange depuis …": a call that is the first since a date. Folded.
    static let firstOfCall: PhraseSet = [" first ", " premier ", " premiere "]

    /// "Les deux hommes ne s'étaient plus parlé depuis …", "had not spoken since …": the last call was then. Folded.
    static let notSpokenSince: PhraseSet = [
        " ne s etaient plus parle ", " ne s etaient pas parle ", " ne se sont plus parle ", " ne s etaient plus parles ",
        " had not spoken ", " hadn t spoken ", " have not spoken ", " haven t spoken ", " had not talked ", " hadn t talked ",
        " n avaient plus echange ", " n ont plus echange ",
    ]

    /// French words for a call, for "leur premier échange direct depuis …". Folded.
    static let callNounsInFrench: PhraseSet = [
        " appel ", " appels ", " echange ", " echanges ", " telephonique ", " telephone ", " conversation ",
    ]

    /// Nouns of an encounter in person, which "the first … since" may be about after a call was told. Folded.
    static let otherMeetingNouns: PhraseSet = [
        " visit ", " visite ", " trip ", " voyage ", " deplacement ", " meeting ", " rencontre ", " summit ", " sommet ", " talks ",
        " entretien ", " face to face ", " tete a tete ", " in person ",
    ]

    /// "The first Indian Prime Minister to visit …", "le premier président français à se rendre …": the first of an office to
    /// make a trip, since someone named next.
    static let firstOfOffice: PhraseSet = [
        " the first ", " le premier ", " la premiere ", " first such ", " le plus haut ", " the highest ", " the most senior ",
        " the last ", " le dernier ", " la derniere ",
    ]

    /// A country or city named by what it is ("his first visit to the city-state since November 2018"). Folded, spaced.
    static let placeDescriptions: PhraseSet = [
        " the city state ", " the country ", " the kingdom ", " the island ", " the islands ", " the archipelago ", " the emirate ",
        " the republic ", " the island nation ", " la cite etat ", " le pays ", " le royaume ", " l archipel ", " l ile ", " l emirat ",
        " la republique ",
    ]

    /// "The last … was X", "le dernier déplacement … remontait à celui de X": the one before named after "the last". Folded.
    static let lastOfOffice: [String] = [" the last ", " le dernier ", " la derniere "]

    /// Verbs between the name of the one who made the visit before and its date, which tell that visit in a clause of its own
    /// ("since Hina Rabbani Khar visited New Delhi in July 2011", "depuis François Hollande, venu en octobre 2012"). Folded.
    static let predecessorVerbs: PhraseSet = [
        " visited ", " came ", " went ", " travelled ", " traveled ", " attended ", " flew ", " sailed ", " was ", " had ", " who ",
        " venu ", " venue ", " qui ", " s est ", " s etait ", " avait ", " a effectue ", " s y etait ", " s y est ",
    ]

    /// What stands for "since" after "the last". Folded.
    static let lastOfOfficeWas: [String] = [" was ", " remontait a ", " remonte a ", " remontait au ", " remonte au ", " etait ", " fut "]

    /// Words between "since" and the one who made the visit before: "depuis celle de François Hollande", "since that of",
    /// "depuis la visite d'État de Xi Jinping", "remontait à celui de". Folded, each after the space after "since".
    static let sinceThatOf: [String] = [
        // (The longer first: "la visite d'État de" before "la visite d'".)
        "la visite d etat de ", "la visite d etat du ", "la visite d etat d ", "la visite de ", "la visite du ", "la visite d ",
        "the state visit of ", "the state visit by ", "the visit of ", "the visit by ", "a visit by ", "celle de ", "celle du ",
        "celle d ", "celui de ", "celui du ", "celui d ", "that of ",
        // ("depuis le passage de Barack Obama en mars 2014", "depuis la venue de …", "since the trip by …".)
        "le passage de ", "le passage du ", "le passage d ", "la venue de ", "la venue du ", "la venue d ", "le voyage de ", "le voyage du ",
        "le voyage d ", "le deplacement de ", "le deplacement du ", "le deplacement d ", "the trip by ", "the trip of ",
    ]

    /// The trip that "the first … since" is about ("to visit Australia", "à s'y rendre", "à se rendre en Chine").
    static let tripBetweenFirstAndSince: PhraseSet = [
        " to visit ", " to travel to ", " to go to ", " to come to ", " to set foot in ", " visit ", " a visiter ", " a se rendre ",
        " a s y rendre ", " a venir ", " a fouler ",
        // ("Le dernier chef d'État français à s'être rendu à Kinshasa était François Hollande".)
        " a s etre rendu ", " a s etre rendue ", " a s y etre rendu ", " a s y etre rendue ", " a etre venu ", " a etre venue ",
        " a avoir visite ", " a avoir foule ",
        // ("la première visite d'un président français en Suède depuis Jacques Chirac en 2000".)
        " visite ", " voyage ", " deplacement ", " trip ", " journey ", " visits ", " visited ",
    ]

    /// Words after which a negation is another statement's ("…, but his bid appeared to yield little, with Khamenei saying
    /// he did not …"; "…, mais n'a pas …").
    static let beforeNegation: PhraseSet = [
        " but ", " mais ", " with ", " saying ", " while ", " whereas ", " although ", " though ", " tandis ", " alors que ", " et ", " and ",
        " bien que ", " affirmant ", " estimant ", " declarant ",
    ]

    /// Attending: a visit only where the clause places what is attended ("participera à la réunion … à Bonn").
    static let attendance: [String] = [
        "participera a", "a participe a", "assistera a", "a assiste a", "prendra part a", "a pris part a", "will attend", "would attend", "attended",
        "ont pris part a", "ont participe a", "participeront a", "assisteront a", "ont assiste a", "prendront part a",
        "will take part in", "would take part in", "took part in",
        "led the u s delegation to", "led the delegation to", "will lead the u s delegation to", "will lead the delegation to",
        "conduit la delegation francaise a", "conduira la delegation francaise a", "a conduit la delegation a",
    ]

    /// Taking part in something, with or without the trip to it ("ont pris part au sommet", "attended the summit").
    static let tookPart: PhraseSet = [
        " pris part a", " prendra part a", " prendront part a", " participe a", " participera a", " participeront a", " assiste a",
        " assistera a", " assisteront a", " attended ", " will attend ", " took part in ", " participated in ", " will take part in ",
    ]

    /// Markers of the future that qualify a noun, not a clause ("ahead of the summit", "le sommet prochain").
    /// ("an imminent visit by Zarif", "his forthcoming trip to Moscow".)
    static let nounFuture: Set<String> = Set(["ahead of", "a l approche", "upcoming", "prochain", "prochaine", "looking ahead"]).union(comingNouns)

    /// "an imminent visit", "his forthcoming trip": the adjective right before the event's noun (not "was not forthcoming about
    /// his meeting", "the threat was imminent during his visit").
    static let comingNouns: Set<String> = Set(["imminent", "forthcoming", "impending"].flatMap { adjective in
        ["visit", "trip", "tour", "meeting", "summit", "talks"].map { " \(adjective) \($0)" }
    })

    /// Words after which a later trigger is told of another time ("…, sa première visite depuis sa rencontre avec Poutine en
    /// 2021", "… on Friday after Biden met Netanyahu"): a plan or an expected trip told before them does not reach it. Folded.
    static let anotherTime: [String] = [" after ", " apres ", " lorsque ", " ou ", " where ", " when ", " depuis ", " since "]

    /// Markers of an event to come.
    static let future = PhraseSet([
        "doit ", "devrait", "se rendra", "se rendront", "effectuera", "aura lieu", "se tiendra", "se deroulera", "rencontrera", "recevra", "participera",
        "sera represente", "prochain", "prochaine", " will ", " is expected to", " are expected to", " plans to", " is scheduled", " to travel",
        "looking ahead", "ahead of", "a l approche", "aurai ", "aurons ", "serai ", "serons ", " aura ", " auront ", " sera ", " seront ",
        " ira ", " iront ", "attendu a", "attendue a", " est attendu", " sont attendus", " se retrouveront", " partira ", " s envolera ", "accueillera", "rencontreront", "s entretiendra", "echangera", " is to ", " are to ",
        " is due to", " is set to", " are set to", " will host", " are scheduled", "upcoming", " would ", " organizing a ", " organising a ",
        " to organize a ", " to organise a ", " mettra ", " mettront ", " fera ", " feront ", " signera ", " signeront ", " prononcera ",
        " presidera ", " inaugurera ", " visitera ", " accompagnera ", " prevue le ", " prevu le ", " prevue a ", " prevu a ",
        // ("se prépare à faire un saut au Canada", "s'apprête à recevoir": what is about to be done.)
        " se prepare a ", " se preparent a ", " s apprete a ", " s appretent a ",
        // ("Trump's working dinner with Xi Jinping, set for Saturday evening".)
        " set for ", " slated for ", " pencilled in for ", " penciled in for ",
        // ("Mitsotakis and Erdogan intend to reconvene in New York City in September": an intention to meet or travel, not
        // any, "they intend to deepen cooperation, they said after meeting in Paris on Tuesday".)
        " intend to meet ", " intends to meet ", " intend to visit ", " intends to visit ", " intend to travel ", " intends to travel ",
        " intend to reconvene ", " hope to meet ", " hopes to meet ", " hope to visit ", " hopes to visit ",
        // (The near future of the verbs of an event: "Alpha Condé va être reçu par Hollande", "va se rendre", "vont
        // s'entretenir"; not any "va": "la coopération va s'intensifier", "il va rendre la pareille".)
        " va etre recu", " vont etre recus", " doivent etre recus", " va etre accueilli", " va se rendre ", " vont se rendre ",
        " va s entretenir ", " vont s entretenir ", " vont se rencontrer ", " va rencontrer ", " vont rencontrer ", " va recevoir ",
        " va effectuer une visite ", " va effectuer un voyage ", " va visiter ", " va rendre visite au ", " va rendre visite a ",

        " rencontrerai ", " rencontrerons ", " recevrai ", " recevrons ", " me rendrai ", " nous rendrons ", " visiterai ",
        " visiterons ", " m entretiendrai ", " nous entretiendrons ", " accueillerai ", " accueillerons ", " copresidera ", " copresideront ",
        // French futures of the verbs a programme is told with ("Le programme s'ouvrira lundi matin à l'Élysée par une
        // rencontre à trois", "emmènera son hôte dans les Hautes-Pyrénées").
        " s ouvrira ", " s ouvriront ", " debutera ", " debuteront ", " commencera ", " commenceront ", " s achevera ", " se terminera ",
        " se poursuivra ", " poursuivra ", " poursuivront ", " emmenera ", " retrouvera ", " retrouveront ", " rejoindra ",
        " rejoindront ", " entamera ", " entameront ", " discutera ", " discuteront ", " tiendra ", " tiendront ", " s exprimera ",
        " dinera ", " dejeunera ", " prendra ", " prendront ", " assisteront ", " ira ",
        // (And the conditional that reports them: "a annoncé qu'il se rendrait lundi à Washington".)
        " se rendrait ", " se rendraient ", " rencontrerait ", " rencontreraient ", " effectuerait ", " effectueraient ",
        " s entretiendrait ", " participerait ", " participeraient ",
        // ("Justin Trudeau et Narendra Modi se reverront en avril à Londres".)
        " se reverront ", " se reverra ", " reviendra ", " reviendront ", " retournera ", " retourneront ",
        // What someone undertook to do ("Mr Morrison has pledged to attend this year's Forum leaders' meeting").
        " pledged to ", " has promised to ", " promised to ", " vowed to ", " s est engage a ", " s est engagee a ",
    ] + eventToCome + [
        // (And in English: "Kishida could visit Seoul next month"; not any "could": "the visit could strengthen ties".)
        " could meet ", " could visit ", " could travel ", " may meet ", " may visit ", " may travel ", " might meet ", " might visit ",
        " might travel ",
        // What was to happen, as planned ("Park had been due to leave for Washington on Sunday").
        " had been due to ", " was due to ", " were due to ", " had been scheduled to ", " was scheduled to ", " were scheduled to ",
        // ("The two prime ministers were to hold their summit in Guwahati on Monday".)
        " was to meet ", " were to meet ", " was to hold ", " were to hold ", " was to visit ", " were to visit ", " was to travel ",
        " were to travel ", " was to attend ", " were to attend ", " was to host ",
    ] + agreedTo + lookingAhead + wishes + plans + comingNouns.sorted() + expectedInMarkers.sorted())

    /// An event's verb after what makes it still to come, only of an event: what must be done ("doivent se rencontrer
    /// vendredi"; not "les deux pays doivent renforcer …", said of anything), what may happen ("a indiqué qu'il pourrait
    /// rencontrer en juillet Joe Biden"), and the future of a past report ("a annoncé qu'il allait rencontrer cette semaine à
    /// Prague Ilham Aliev"; not the narrative past, "Quelques semaines plus tard, Macron allait rencontrer Poutine"). Folded.
    static let eventToCome: [String] = [
        "doivent", "pourrait", "pourraient", "qu il allait", "qu elle allait", "qu ils allaient", "qu elles allaient",
    ].flatMap { opener in
        [
            "rencontrer", "se rendre", "se rencontrer", "s entretenir", "recevoir", "participer", "assister", "se retrouver", "effectuer",
            "se reunir", "visiter", "se revoir", "se voir", "se parler", "tenir",
        ].map { " \(opener) \($0) " }
    }

    /// What someone looks forward to, or is likely to do ("looks forward to meeting again with President Xi Jinping during the
    /// APEC meetings in November", "the two leaders are likely to meet in Germany in July"), and the French participle of
    /// what is due ("Emmanuel Macron devant se rendre au Cameroun"): to come, for the triggers after it only ("met Putin on
    /// Monday in what is likely to be remembered" was a meeting).
    static let lookingAhead: [String] = [
        " looks forward to ", " look forward to ", " looked forward to ", " is likely to ", " are likely to ", " devant se ",
        " devant s ", " devant rencontrer ", " devant effectuer ", " devant participer ", " devant assister ",
    ]

    /// What gives a call-off's cause ("due to floods in Bangladesh", "citing tensions in Ukraine", "en raison de"). Folded.
    static let causes: PhraseSet = [
        " due to ", " because ", " citing ", " owing to ", " in view of ", " amid ", " a cause ", " en raison ", " suite a ",
        " compte tenu ", " face a ",
        // ("le sommet avait été reporté après l'attaque du camp militaire d'Inates, dans l'ouest du Niger".)
        " apres l attaque ", " apres les attaques ", " apres une attaque ", " after the attack ", " after an attack ", " after the attacks ",
    ]

    /// An interview or a press conference: a "conversation with reporters" or a "phone interview" tells of no call. Folded.
    static let interviews: PhraseSet = [
        " interview ", " interviews ", " reporters ", " journalists ", " journalistes ", " press conference ", " conference de presse ",
    ]

    /// Scenes of an encounter in person, where "spoke with" is no call. Folded.
    static let inPersonScenes: PhraseSet = [
        " met ", " meeting ", " sidelines ", " margins ", " talks ", " visit ", " summit ", " trip ", " during his ", " during her ",
        " interview ", " press conference ", " news conference ", " dinner ", " lunch ", " funeral ",
        " ceremony ", " reception ", " tarmac ", " touring ", " welcoming ", " received ", " hosted ", " welcomed ",
    ]

    /// Words that tell of a call, for "spoke with" in the same sentence ("had spoken with Zelenskyy before the call"). Folded.
    static let callNouns: PhraseSet = [
        " call ", " calls ", " phone ", " telephone ", " conversation ", " conversations ", " phoned ",
    ]

    /// What tells that people spoke in person ("Upon arrival, Lavrov briefly spoke with …"). Folded.

    static let inPerson: PhraseSet = [
        " upon arrival ", " upon his arrival ", " upon her arrival ", " on arrival ", " on his arrival ", " on her arrival ",
        " on the sidelines ", " during his visit ", " during her visit ", " in person ", " face to face ",
    ]

    /// A country's verb of hosting a gathering, right after its name ("Türkiye will host the annual NATO summit"). Folded.
    static let hostingVerbs: [String] = [
        " hosted ", " hosts ", " will host ", " will be hosting ", " is hosting ", " is to host ", " accueille ", " accueillera ",
        " a accueilli ", " accueillait ",
        // ("He told reporters that Australia would host the next Quad summit in 2023".)
        " would host ", " is set to host ", " is due to host ", " will again host ", " accueillerait ", " doit accueillir ",
        " va accueillir ",
    ]

    /// A time of day told between an arrival and its place ("est arrivé dimanche, dans l'après-midi, en Arabie Saoudite").
    /// Folded.
    static let timesOfDay: PhraseSet = [
        " dans l apres midi ", " dans la matinee ", " dans la soiree ", " dans la nuit ", " in the afternoon ", " in the morning ",
        " in the evening ", " en fin de journee ", " en debut de soiree ", " en fin d apres midi ",
    ]

    /// A second trip joined to a first verb, in the infinitive its auxiliary governs ("will attend the meeting in Argentina,
    /// and officially visit France"): a clause of its own, in the tense of the clause before it.
    static let joinedTrips: [String] = ["and officially visit", "and then visit", "and also visit", "and then travel to"]

    /// What someone wishes, hopes or is ready for ("reiterated his keenness to visit India", "hopes to visit the US",
    /// "est prêt à un sommet avec Donald Trump"): to come, for a trigger right after it only ("Erdogan, eager to boost
    /// trade, met Putin" was a meeting).
    static let wishes: [String] = [
        " keenness to ", " eagerness to ", " keen to ", " eager to ", " his wish to ", " her wish to ", " their wish to ",
        " his desire to ", " her desire to ", " son souhait de ", " son desir de ", " hopes to ", " hope to ", " is ready to ",
        " est pret a ", " se dit pret a ", " serait pret a ", " sont prets a ",
    ]

    /// A plan ("Olaf Scholz prévoit de se rendre à Paris jeudi pour rencontrer Emmanuel Macron"): to come, when what is planned
    /// right after it is an event, for that one and those after it; not "Le projet prévoit de doubler les échanges, a expliqué
    /// Macron lors de sa rencontre mardi avec Meloni".
    static let plans: [String] = [
        " a prevu de ", " a prevu d ", " ont prevu de ", " ont prevu d ", " prevoit de ", " prevoit d ", " prevoient de ", " prevoient d ",
    ]

    /// What people agreed to do ("sont convenus de se retrouver d'ici quatre mois", "agreed to meet again"): to come, for the
    /// triggers after it only ("spoke by phone on Nov. 14 and agreed to meet soon" was a call).
    static let agreedTo: [String] = [
        " sont convenus de ", " ont convenu de ", " est convenu de ", " a convenu de ", " se sont entendus pour ", " agreed to meet ",
        " agreed to hold ", " agreed to visit ",
    ]

    /// The character offsets of a French text's verbs in the simple future, by their ending ("mènera", "signeront",
    /// "présidera", "viendra", "devront"): words in lower case, of five letters or more, not the first part of a compound
    /// ("intra-africain"), ending as the future's third persons do, and not one of the words that end so ("caméra",
    /// "rencontra", "naira").
    static func frenchFutureOffsets(in text: String) -> [Int] {
        var offsets: [Int] = []
        var word: [Character] = []
        for (offset, character) in (text + " ").enumerated() {
            if character.isLetter {
                word.append(character)
                continue
            }
            defer { word.removeAll(keepingCapacity: true) }
            guard word.count >= 5, character != "-" else { continue }
            // (Every ending ends in "a" or "t": most words are told apart by their last letter, before folding them.)
            if let last = word.last?.asciiValue, !"aAtT".utf8.contains(last) { continue }
            guard word.first?.isLowercase == true else { continue }
            // ("considéra", "opéra": an accented e before the ending is a past or a noun; the future is "considérera".)
            guard !["é", "è"].contains(word[word.count - 3]) else { continue }
            let folded = fold(String(word))
            if frenchFutureEndings.contains(where: folded.hasSuffix), !frenchFutureLookalikes.contains(folded) { offsets.append(offset - word.count) }
        }
        return offsets
    }

    /// The endings of the simple future's third persons (regular "-era", "-ira"; "viendra", "vaudra", "mettra",
    /// "paraîtra", "devra", "suivra", "pourra"), narrowed where the past of a verb in "-er" ends alike ("rencontra",
    /// "entra", "livra"). Folded.
    static let frenchFutureEndings = [
        "era", "eront", "ira", "iront", "ndra", "ndront", "udra", "udront", "ttra", "ttront", "itra", "itront", "evra", "evront", "ivra",
        "ivront", "rra", "rront",
    ]

    /// Words that end as a future does: pasts of verbs in "-er" ("retira", "livra", "enterra"), nouns ("caméra" unaccented,
    /// "naira", "toundra") and "et cetera". Folded.
    static let frenchFutureLookalikes: Set<String> = [
        "camera", "cameras", "cholera", "cetera", "naira", "lempira", "hegira", "toundra", "terra", "retira", "attira", "admira",
        "inspira", "expira", "aspira", "soupira", "chavira", "livra", "delivra", "barra", "serra", "enterra", "amarra", "ferra",
    ]

    /// Whether a folded clause speaks of something to come. ("I would like to thank …" is a courtesy, not a plan.)
    static func isFuture(_ folded: String) -> Bool {
        guard future.occurs(in: folded) else { return false }
        guard folded.includes(" would like ") || folded.includes(" would also like ") else { return true }
        return future.occurs(in: folded.replacingAll(" would like ", with: " ").replacingAll(" would also like ", with: " "))
    }

    /// Where a trip told in the present simple for later in the day or after starts ("He travels to Maputo today", "Modi
    /// travels later on Friday to Sri Lanka"): the verb's offset in the folded clause, when one of the second list is there
    /// too; nil otherwise.
    static func presentTripLater(_ folded: String) -> Int? {
        guard presentTripsLater[1].contains(where: folded.includes) else { return nil }
        return presentTripsLater[0].compactMap { folded.characterOffset(of: $0) }.min()
    }

    /// What puts a trigger after a present trip in the past: "travels to Doha later today after meeting Sisi". Folded, spaced.
    static let pastWithin: PhraseSet = [" after ", " apres ", " yesterday ", " last ", " earlier "]

    static let presentTripsLater: [[String]] = [
        [" travels ", " heads ", " flies ", " leaves for ", " departs for ", " goes on to ", " moves on to "],
        [" today ", " tonight ", " later today ", " later on ", " later this ", " later in the ", " tomorrow ", " this evening ", " this afternoon "],
    ]

    /// Whether a clause's future is only in what someone then said: "Medvedev and Stoltenberg held talks before the ceremony
    /// and later told a joint press conference that the agreement would open a new page" (every trigger before the "that" of
    /// a verb of saying, every marker of the future after it).
    static func futureOnlyReported(_ folded: String) -> Bool {
        guard let said = saidAfter.firstCharacterOffset(in: folded), let firstFuture = future.firstCharacterOffset(in: folded),
            firstFuture > said, let that = [" that ", " que ", " qu "].compactMap({ folded.characterOffset(of: $0, from: said) }).min(),
            that < firstFuture
        else { return false }
        let triggers = indexedSet.set.occurrences(in: folded).map(\.offset)
        return !triggers.isEmpty && triggers.allSatisfy { $0 < that }
    }

    /// A summit's list of attendees follows.
    static let summitAttendance: PhraseSet = [
        " taking part in the summit were ", " took part in the summit ", " participants in the summit ", " attended by ", " ont pris part ",
        " ont participe ", " a reuni ", " reunit ", " reunissait ", " reunissant ", " avec la participation ", " with the participation ",
        " were in attendance", " summit of the leaders of ", " sommet des chefs d etat ",
        // ("a participé au sommet du Mercosur aux côtés de l'hôte, …, du Brésilien Lula …", "attended the BRICS summit …, together
        // with …".)
        " aux cotes de ", " en presence de ", " together with ", " alongside ",
    ]

    /// Verbs right after "the summit"/"le sommet" that tell of the summit just reported ("The summit was also attended by …",
    /// "Le sommet a réuni …"). Folded words.
    static let summitBackVerbs: Set<String> = [
        "was", "is", "will", "has", "had", "brought", "ended", "opened", "closed", "drew", "gathered", "took", "which", "itself",
        "a", "avait", "est", "etait", "sera", "s", "se", "qui", "doit", "devait", "aura", "reunit", "reunissait", "rassemble",
        "rassemblait", "lui",
    ]

    /// What a leader does in speaking at a gathering ("a plaidé pour …", "warned that …"), in the past of the news.
    static let spokeAtSummit: PhraseSet = [
        " a plaide ", " a prevenu ", " a rappele ", " a declare ", " a affirme ", " a estime ", " a appele ", " a souligne ", " a insiste ",
        " a propose ", " a averti ", " a demande ", " a presente ", " a defendu ", " a salue ", " a denonce ", " a promis ", " a exhorte ",
        " a martele ", " a lance ", " a mis en garde ", " said ", " told ", " warned ", " urged ", " called for ", " called on ", " pledged ",
        " insisted ", " argued ", " proposed ", " stressed ", " presented ", " promised ", " pressed ", " pushed for ", " appealed ",
    ]

    /// What says a leader spoke from elsewhere, or not at the gathering ("absent", "skipped", "has long said").
    static let notThere: PhraseSet = [
        " absent", " skipped ", " skipping ", " boycott", " not attend", " n a pas assiste", " n a pas participe", " ne s est pas rendu",
        " from afar", " video", " a distance ", " telephone", " phone ", " has long ", " have long ", " has repeatedly ", " a souvent ",
        " a plusieurs reprises", " avait ", " had ", " interview", " entretien accorde", " in a statement", " dans un communique",
    ]

    /// Verbs of saying and knowing that a "que" clause follows ("informe qu'ils ont convenu …"). Folded words.
    static let sayingVerbs: Set<String> = [
        "informe", "indique", "annonce", "precise", "explique", "dit", "affirme", "assure", "souligne", "estime", "rappelle", "ajoute",
        "declare", "note", "confirme", "ecrit", "espere", "pense", "croit", "sait", "rapporte", "signale", "souhaite", "admis",
        "reconnu", "indiquent", "annoncent", "precisent", "affirment", "assurent", "soulignent", "estiment", "rappellent", "ajoutent",
        "declarent", "confirment", "ecrivent", "pensent", "croient", "savent", "disent", "expliquent",
    ]

    /// An invitation issued before the meeting the text reports ("the previously transmitted invitation", "It was then
    /// that …", "avait invité").
    static let earlierInvitation: PhraseSet = [
        " previously ", " already ", " earlier ", " deja ", " precedemment ", " renewed ", " renouvele ", " renouvelle ", " reiterated ",
        " reitere ", " it was then ", " c est alors ", " had invited ", " avait invite ", " avaient invite ", " had extended ",
    ]

    /// A "where" clause told in the past ("…, where he had studied", "où il avait effectué son stage").
    /// A reception told in the passive perfect (of ``passiveReceptions``), of the time of the place it hangs on. Folded.
    static let receivedThere = PhraseSet(
        passiveReceptions.filter { ["a ete ", "ont ete ", "was ", "were "].contains(where: $0.hasPrefix) }.sorted().map { " \($0) " })

    static let pastAtPlace: PhraseSet = [
        " had ", " was ", " were ", " did ", " avait ", " avaient ", " etait ", " etaient ", " a ete ", " ont ete ",
    ]

    /// What was to have happened and did not: "was to have travelled", "had been due to fly", "aurait dû se rendre". (Not "would
    /// have been": "a visit which would have been unthinkable a year ago" happens.)
    static let counterfactual: PhraseSet = [
        " was to have ", " were to have ", " had been due ", " had been scheduled to ", " had been expected to ",
        " had been set to ", " aurait du ", " auraient du ",
    ]

    /// The same, said of what was due, which may have happened: only right before the trigger ("In Angola, he was due to meet
    /// President Joao Lourenco", "M. Biden devait ensuite se rendre à Amman", "…, where he was to host a summit"). Folded.
    static let wasDue: PhraseSet = [
        " was due to ", " were due to ", " was scheduled to ", " were scheduled to ", " was supposed to ", " devait ", " devaient ",
        " was to host ", " was to meet ", " was to visit ", " was to travel ", " was to attend ", " were to meet ", " was to hold ",
        " were to hold ", " were to visit ", " were to travel ", " were to attend ",
    ]

    /// A relative clause saying where its subject is ("qui est à Da Nang", "who is in Moscow").
    static let presenceAt = [
        " qui est a ", " qui est au ", " qui est en ", " qui se trouve a ", " qui se trouve au ", " qui se trouve en ", " who is in ",
        " who is visiting ",
    ]

    /// Meetings told as several, one a person listed after them ("des rencontres bilatérales tour à tour avec A et B",
    /// "separate meetings with A and B").
    static let severalMeetings: PhraseSet = [
        " rencontres bilaterales ", " entretiens bilateraux ", " reunions bilaterales ", " bilateral meetings ", " separate meetings ",
        // ("paid courtesy calls on President A and Vice-President B", "fera des visites de courtoisie à A, à B et à C".)
        " courtesy calls on ", " visites de courtoisie ",
        " tour a tour ", " separately with ", " apartes avec ",
        // ("held bilateral talks with May, Merkel and Prayut"; not "respectively", which pairs people with what is theirs:
        // "Wang Yi, Sergei Lavrov and Abbas Araghchi, the foreign ministers of China, Russia and Iran respectively, met".)
        " bilateral talks with ", " bilaterals with ", " separate talks with ",
        // (Meetings in the plural: "des rencontres avec le président du Parlement, Nabih Berri, le Premier ministre Saad Hariri et …";
        // not English "meetings with", which may be one gathering's: "began their Camp David meetings with a working lunch".)
        " des rencontres avec ",
    ]

    /// Calls told in the plural, one a person listed after them.
    static let severalCalls: Set<String> = [
        "phone conversations", "telephone conversations", "phone calls with", "telephone calls with", "conversations telephoniques",
        "appels telephoniques",
    ]

    /// The English present perfect of news just done ("has been welcomed", "has arrived in"). (Not the French passé composé,
    /// the plain past: "où il a été reçu par le sultan" may be dated by the next sentence's "la veille".)
    static let justDone: PhraseSet = [
        " has been welcomed ", " has been received ", " has arrived in ", " have arrived in ", " has arrived on ", " has arrived for ",
        " has arrived at ", " has landed in ",
    ]

    /// A relative clause of place opening after a trigger: what it tells is done there ("…, where he plans to sign …", "…, où il
    /// signera …").
    /// (And, in English, "where" with a subject and its article: "arrived in France on a state visit hosted by Emmanuel Macron
    /// where the French leader will seek …". Not French "ou le", which is also "or the".)
    static let whereClause: PhraseSet = [
        " where he ", " where she ", " where they ", " ou il ", " ou elle ", " ou ils ", " ou elles ", " where the ", " where his ",
        " where her ", " where their ",
    ]

    /// A clause told in the plural ("…, who agreed to meet when they spoke by phone", "…, qui se sont rencontrés").
    static let pluralClause: PhraseSet = [
        " they ", " their ", " both ", " have ", " were ", " ils ", " elles ", " leur ", " leurs ", " ont ", " sont ", " tous deux ",
        " toutes deux ",
        // (Meeting takes two: "Putin and Xi Jinping, who last met in person in Uzbekistan".)
        " met ", " meet ", " se sont rencontres ", " s etaient rencontres ", " se sont vus ", " s etaient vus ", " held talks ",
    ]

    /// Adverbs between a verb of saying and its "que" ("informe également qu'ils …", "a par ailleurs indiqué"). Folded words.
    static let sayingAdverbs: Set<String> = [
        "egalement", "aussi", "encore", "notamment", "enfin", "ensuite", "donc", "par", "ailleurs", "en", "outre", "toutefois",
        "cependant",
    ]

    /// Verbs of calling someone, a call only when the person called follows ("Biden called Australian Prime Minister
    /// Anthony Albanese", "après avoir appelé M. Sharif", "plans to telephone Bush"): "called on", "called for" and "called
    /// Putin a killer" are none.
    /// ("Macron phoned Putin on Tuesday", "then phoned Biden": "phoned" as "called", with someone right after it.)
    static let callVerbs: Set<String> = Set(["called", "calls", "a appele", "avait appele", "avoir appele", "appelle", "phoned", "phones"])
        .union(callsToMake)

    /// Of those, the calls still to make ("qu'il appellerait", "plans to telephone").
    static let callsToMake: Set<String> = [
        "will call", "would call", "to call", "to telephone", "will telephone", "would telephone", "appellera", "appellerait", "will phone",
        "would phone", "to phone",
    ]

    /// Verbs of saying after an event told: a future after them is what was said ("met X and said Australia would …").
    static let saidAfter: PhraseSet = [
        " said ", " says ", " told ", " added ", " stressed ", " declared ", " a dit ", " a declare ", " a affirme ", " a assure ",
        " a ajoute ", " a estime ", " a souligne ", " a promis ", " pledged ", " promised ",
    ]

    /// What one event says of an earlier one it comes after ("La rencontre … fait suite à deux conversations
    /// téléphoniques", "the meeting follows two phone calls"). Folded.
    static let followsUpOn: PhraseSet = [" fait suite a ", " fait suite aux ", " faisait suite a ", " faisait suite aux ", " follows ", " followed "]

    /// Nouns that name a trip ("cette visite", "the trip"). Folded.
    static let tripWords: [String] = ["visite", "visit", "trip", "voyage", "deplacement", "sejour", "tournee", "tour"]

    /// Those nouns with the preposition of where the trip goes ("visite à", "trip to"): a country after one is a destination.
    static let tripsTo: [String] = tripWords.flatMap { [$0 + " a", $0 + " to", $0 + " en", $0 + " au"] }

    /// The same, searched in one pass.
    static let tripNouns = PhraseSet(tripWords.map { " \($0) " })

    /// "X à l'invitation de Y": Y invites X.
    static let byInvitation: PhraseSet = [" invitation de ", " invitation of ", " invitation du ", " invitation des ", " invitation d "]

    /// Verbs that attribute what is said: a date right after one is the report's ("a annoncé vendredi"), a person
    /// named just after one is its source ("a déclaré le porte-parole … Dmitri Peskov"), not a party to the event.
    static let reporting: [String] = [
        " a declare ", " a annonce ", " a precise ", " a indique ", " a affirme ", " a ajoute ", " a souligne ", " a explique ",
        " a rapporte ", " rapporte ", " selon ", " a estime ", " a assure ", " a confie ", " a fait savoir ", " said ", " told ",
        " according to ", " announced ", " added ", " stated ", " explained ", " reported ", " a annonce ", " annonce ", " quoted ",
        " quoting ", " attributable to ", " citing ", " cite ", " avait declare ", " avait annonce ", " avait indique ", " had said ", " has said ",
        // (To whom: "…, presidential minister Krzysztof Szczerski told reporters on Tuesday" dates the telling.)
        " told reporters ", " told journalists ", " told the press ", " told a news conference ", " told a press conference ",
        " told a press briefing ", " a declare a la presse ", " a indique a la presse ", " a declare aux journalistes ",
        " a indique aux journalistes ", " a precise aux journalistes ",
    ]

    /// A statement and its author, named right after it ("as outlined in a statement by Matthew Miller, a spokesperson").
    /// Folded.
    static let statementBy: [String] = [" statement by ", " statement from ", " communique de ", " communique du "]

    /// Past participles of agreements ("the agreements reached in 2020", "l'accord signé en 2015"): the date after one is
    /// the agreement's, not an event's.
    /// A count of times something was done ("à deux reprises", "twice"). Folded, spaced.
    static let timesOver: PhraseSet = [
        " a deux reprises ", " a trois reprises ", " a quatre reprises ", " twice ", " two times ", " three times ", " four times ",
        " deux fois ", " trois fois ",
    ]

    /// Taking office, whose day dates nothing a sentence reports ("Entré en fonctions vendredi, l'ancien gouverneur … a été
    /// reçu", "who was sworn in on Friday"). Spaced.
    static let tookOffice: [String] = [
        " entre en fonctions ", " entre en fonction ", " entree en fonctions ", " entree en fonction ", " investi ", " investie ",
        " elu ", " elue ", " reelu ", " reelue ", " a prete serment ", " avait prete serment ", " sworn in ", " sworn in on ",
        " took office ", " took office on ", " taking office ", " taking office on ", " was elected ", " were elected ",
        " re elected ", " elected ", " took the oath ", " inaugure president ", " investi president ",
    ]

    static let agreementParticiples: [String] = [
        " reached ", " signed ", " concluded ", " adopted ", " ratified ", " conclus ", " conclue ", " conclues ", " signe ",
        " signes ", " signee ", " signees ", " adopte ", " adoptes ", " adoptee ", " adoptees ", " ratifie ",
        // ("the 2015 nuclear accord that Washington abandoned last year": what became of the agreement is dated too.)
        " abandoned ", " quit ", " withdrew from ", " pulled out of ", " abandonne ", " denonce ", " quitte ",
    ]

    /// … after an agreement's noun ("the agreements reached", "l'accord signé"), not a verb of its own ("ont signé mardi").
    static let agreementNouns: [String] = [
        " agreement", " accord", " deal ", " deals ", " treaty ", " traite ", " declaration", " statement", " memorandum", " contrat",
        " contract", " pact", " convention", " arrangement", " texte ", " document",
    ]

    /// Nouns of a question or conflict a country names ("the Iran nuclear deal", "la crise ukrainienne"). Folded words.
    static let questionNouns: Set<String> = [
        "nuclear", "nucleaire", "deal", "crisis", "crise", "conflict", "conflit", "dossier", "issue", "question", "programme", "program",
        "war", "guerre",
    ]

    /// An agreement's noun as one folded word ("l'accord de 2015", "the 2015 deal").
    static let agreementWords: Set<String> = [
        "agreement", "agreements", "accord", "accords", "deal", "treaty", "traite", "traites", "pact", "pacte", "convention", "memorandum",
    ]

    /// Words that announce what a meeting was about: the countries after them are topics ("consacrés notamment … à la
    /// Corée du Nord", "focused on Ukraine").
    static let topicMarkers: PhraseSet = [
        " consacre a", " consacres a", " consacree a", " consacrees a", " consacre au", " consacres au", " consacree au", " consacrees au",
        " consacres notamment", " consacre notamment", " consacree notamment", " consacrees notamment", " portant sur ",
        " consacre principalement", " consacres principalement", " consacree principalement", " consacrees principalement",
        " consacre essentiellement", " consacree essentiellement", " focused mainly on ", " focused largely on ", " devoted mainly to ",
        " portant notamment sur ", " axe sur ", " axes sur ", " axee sur ", " axees sur ", " focused on ", " focusing on ",
        " centred on ", " centered on ", " dedicated to ", " devoted to ", " au sujet de ", " au sujet d ",
        // ("ils ont aussi discuté des situations en Haïti, au Liban", "discussed the war in Ukraine": what was talked about.)
        " situation en ", " situation au ", " situation aux ", " situation dans ", " situations en ", " situations au ", " situation in ",
        " situations in ", " la crise en ", " la guerre en ", " crisis in ", " the war in ",
        // ("… and meet with Jean Ping to discuss Sudan, Somalia, and Libya".)
        " to discuss ", " pour discuter ", " pour evoquer ", " afin de discuter ", " afin d evoquer ",
        // ("les deux hommes ont discuté de la situation régionale, notamment en Libye".)
        " ont discute de ", " ont discute des ", " a discute de ", " a discute des ", " discussed ",
    ]

    /// Handshakes, encounters of those who shake hands.
    static let handshakes: [String] = ["shake hands", "shook hands", "shakes hands", "shaking hands", "se serrent la main", "se sont serre la main"]

    /// What says a clause tells something done during the trip just told ("Sur place, il recevra …", "During the visit he
    /// received …"). Folded, with spaces.
    static let duringTheTrip: PhraseSet = [
        " sur place ", " a cette occasion ", " lors de cette visite ", " lors de sa visite ", " au cours de cette visite ",
        " au cours de sa visite ", " pendant sa visite ", " pendant cette visite ", " during the visit ", " during his visit ",
        " during her visit ", " during the trip ", " on this occasion ", " while there ",
    ]

    /// Adverbs between a subject and its verb of being somewhere ("est encore aux États-Unis", "is currently in"). Folded.
    static let beingAdverbs: Set<String> = [
        "encore", "actuellement", "donc", "deja", "aussi", "egalement", "also", "still", "currently", "already", "then", "meanwhile",
        "now", "today", "however", "cependant", "quant", "a", "lui", "elle", "pour", "sa", "part", "will", "would", "not", "shall", "may",
        "might", "ne", "n", "pas", "jamais", "finalement",
    ]

    /// What a verb of receiving may have for its object that is no guest ("a reçu un appel de", "received a letter from").
    /// Folded, with a space at each end.
    static let thingsReceived: [String] = [
        " un appel ", " un coup de fil ", " un coup de telephone ", " une lettre ", " un message ", " un courrier ", " a call ",
        " a phone call ", " a telephone call ", " a letter ", " a message ", " the call ", " a phone ", " des appels ", " calls ",
        // ("is expected to host talks between Kagame and Tshisekedi": an event of its own kind, hosted.)
        " talks ", " negotiations ", " a summit ", " the summit ", " a round of talks ",
    ]

    /// Words of a summit's kind between "the" and "summit" ("The emergency summit, …"). Folded.
    static let summitAdjectives: Set<String> = [
        "emergency", "extraordinary", "special", "informal", "annual", "regional", "bilateral", "trilateral", "historic",
        "landmark", "extraordinaire",
    ]

    /// What makes the event noun after it a kind of event, not one ("ce type de rencontre", "this kind of summit"). Spaced.
    static let genericKinds = [" type de ", " genre de ", " types de ", " genres de ", " kind of ", " type of ", " sort of ", " kinds of ", " types of "]

    /// Who took part in what was just reported ("y ont notamment pris part …", "Also taking part were …", "sont présents").
    static let attendedIt = PhraseSet([
        " y ont pris part ", " sont presents ", " sont presentes ", " etaient presents ", " etaient presentes ", " are present ",
        " were present ", " were also present ", " are also present ", " sont aussi presents ", " sont egalement presents ", " y ont notamment pris part ", " y ont participe ", " y ont notamment participe ", " y participaient ",
        " y assistaient ", " y ont assiste ", " also taking part were ", " also attending were ", " took part in it ",
        " was represented by ", " were represented by ", " etait representee par ", " etait represente par ", " a ete representee par ",
        " a ete represente par ",
        // ("Joko Widodo, … et Hun Sen ont pris part à cette rencontre".)
        " ont pris part a cette rencontre ", " ont pris part a cette reunion ", " ont pris part a ce sommet ",
        " ont participe a cette rencontre ", " ont participe a cette reunion ", " ont participe a ce sommet ", " took part in the meeting ",
        " took part in the summit ", " attended the meeting ", " attended the summit ",
        // ("Autour du Nigérian Bola Tinubu, avaient notamment fait le déplacement l'Ivoirien Alassane Ouattara, …", "Among those
        // attending were …".)
        " avaient fait le deplacement ", " avaient notamment fait le deplacement ", " ont fait le deplacement ",
        // (One alone: "Le président égyptien … avait fait le déplacement", "… était également présent".)
        " avait fait le deplacement ", " avait egalement fait le deplacement ", " a fait le deplacement ", " a egalement fait le deplacement ",
        " etait egalement present ", " etait egalement presente ", " etait aussi present ", " etait aussi presente ",
        " ont notamment fait le deplacement ", " etaient notamment presents ", " etaient egalement presents ",
        " among those attending were ", " among those present were ", " also present were ", " in attendance were ",
        // ("Une vingtaine de chefs d'État y ont pris part. Parmi eux figuraient le Nigérian Muhammadu Buhari, …", "… assistaient
        // également à la cérémonie d'ouverture", "Kuwait's Emir, Sheikh Nawaf Al Ahmad, also attended".)
    ] + attendedByPhrases + inAttendance + gatheringHosts + attendedItLately)

    /// Attending the summit, right before its noun ("were among those attending the summit", "ont pris part au sommet"). Folded,
    /// spaced.
    static let attendingTheSummit: [String] = [
        " attending the ", " attended the ", " attend the ", " attends the ", " took part in the ", " taking part in the ",
        " participated in the ", " participe au ", " participera au ", " participaient au ", " assiste au ", " assistaient au ",
        " pris part au ", " prennent part au ",
    ]

    /// The same, looser: only right after the summit itself was told (not "Macron a reçu des chefs d'État africains. Parmi eux
    /// figuraient …", nor a letter's signatories). Folded.
    static let attendedItLately: [String] = [
        " parmi eux figuraient ", " parmi eux ", " parmi lesquels figuraient ", " among them were ", " assistaient egalement ",
        " assistaient aussi ", " also attended ", " were among the heads of state at ", " were among the leaders at ",
        " were among those at ",
        // ("Host Santiago Peña was joined by Brazil's Lula, …", "les participants comptaient notamment Emmanuel Macron et …".)
        " was joined by ", " were joined by ", " participants comptaient notamment ", " participants included ", " among the participants were ",
        " parmi les participants figuraient ",
        // ("Parmi les chefs d'Etat présents dans la capitale vénézuélienne figuraient la Brésilienne Dilma Rousseff, …", "Among
        // the heads of state attending were …".)
        " figuraient ", " figuraient notamment ", " attending were ", " present were ", " attending included ",
        // ("The UAE delegation was led by Sheikh Mohammed bin Rashid", "La délégation malienne était conduite par …".)
        " delegation was led by ", " delegation was headed by ", " delegation is led by ", " delegation etait conduite par ",
        " delegation etait menee par ", " delegation etait dirigee par ", " delegation a ete conduite par ",
    ]
    static let attendedItLatelySet = PhraseSet(attendedItLately)

    /// What a sentence says of a gathering, for the looser phrases of attendance right after it. Folded.
    static let gatheringTold: PhraseSet = [
        " sommet ", " summit ", " gathering ", " pris part ", " participe ", " travaux ", " attended ", " attending ", " took part ",
        " reunion ", " conference ", " forum ",
    ]

    /// ("It was attended by Presidents Paul Kagame of Rwanda, Cyril Ramaphosa of South Africa and …": only after "it" or a
    /// gathering's noun.)
    static let attendedByPhrases = [" was attended by ", " was also attended by ", " were attended by "]

    /// ("Barbados' Prime Minister Mia Amor Mottley and other regional heads were also in attendance.")
    static let inAttendance = [" were also in attendance ", " was also in attendance ", " were in attendance ", " was in attendance "]
    static let inAttendanceSet = PhraseSet(inAttendance)

    /// Words before those named that make them absent or not the attendees ("No representative of …", "Supporters of …").
    /// Folded.
    static let notAttendees: Set<String> = [
        "no", "aucun", "aucune", "supporters", "partisans", "representative", "representatives", "representant", "representants",
        "members", "membres", "journalists", "journalistes", "opponents", "opposants", "protesters", "manifestants", "relatives",
        "widow", "veuve", "family", "famille", "aides", "delegations", "delegation", "office", "envoy", "envoys", "sent", "proches",
    ]
    static let attendedBy = PhraseSet(attendedByPhrases)

    /// Nouns of a gathering, as the subject of "was attended by". Folded.
    static let attendedGatherings: Set<String> = [
        "summit", "sommet", "meeting", "gathering", "talks", "conference", "session", "reunion", "rencontre", "forum", "ceremony",
    ]

    /// Gatherings other than a summit that people attend ("l'investiture", "a dinner"), and another day ("la veille"): who came
    /// to them did not come to the summit just told. Folded.
    static let otherGatherings: PhraseSet = [
        " investiture ", " inauguration ", " funerailles ", " obseques ", " funeral ", " diner ", " dinner ", " mariage ", " wedding ",
        " ceremonie ", " ceremony ", " defile ", " parade ", " la veille ", " the night before ", " the day before ", " match ",
        " concert ", " memorial ",
    ]

    /// Phrases of a courtesy call ("The EAM called on Prime Minister Kishida"), which are meetings only with a person right
    /// after them and no appeal ("called on the parties to").
    static let courtesyCalls: Set<String> = ["called on", "calls on", "calling on", "to call on", "will call on"]

    /// Words that make a French sentence more than a photograph's caption: an auxiliary, a common verb, a relative pronoun
    /// (lower case, accents kept).
    static let frenchCaptionVerbs = PhraseSet([
        " a ", " ont ", " est ", " sont ", " était ", " étaient ", " avait ", " avaient ", " sera ", " seront ", " fut ", " qui ", " que ",
        " se ", " s ", " fait ", " font ", " dit ", " déclaré ", " annoncé ",
    ])

    /// The same for an English sentence (whose verbs in "-ed" the caption rule also counts).
    static let englishCaptionVerbs = PhraseSet([
        " has ", " have ", " had ", " is ", " are ", " was ", " were ", " will ", " would ", " who ", " which ", " said ", " says ",
        " met ", " meet ", " meets ", " held ", " hold ", " holds ", " took ", " take ", " takes ", " made ", " make ", " spoke ",
    ])

    /// "Seated around the horseshoe table … were A, B, C", "Autour de la table avaient pris place A, B, C": those who sat at a
    /// gathering, listed after it.
    static func seatedAround(_ folded: String) -> Bool {
        if let around = folded.characterOffset(of: " around the "), let table = folded.characterOffset(of: " table ", from: around),
            table - around <= 40, folded.characterOffset(of: " were ", from: table) != nil
        {
            return true
        }
        guard let around = folded.characterOffset(of: " autour d") else { return false }
        return [" avaient pris place ", " ont pris place ", " avait pris place ", " a pris place ", " prennent place ", " siegeaient "]
            .contains { phrase in folded.characterOffset(of: phrase, from: around) != nil }
    }

    /// A bloc's leaders as a group ("les dirigeants de l'ASEAN", "EU leaders", "the heads of state of the African Union"):
    /// when they gather, the gathering is a summit.
    static let blocLeaders: PhraseSet = {
        let french = [
            "l asean", "l ue", "l union europeenne", "l union africaine", "l ua", "l otan", "l ocs", "l apec", "l oea", "l oci",
            "l otsc", "l igad", "la cedeao", "la celac", "la cei", "la sadc", "la ligue arabe", "la communaute des etats",
            "la zone euro", "l organisation de cooperation de shanghai", "l alliance", "du g7", "du g20", "des brics", "du mercosur",
            "du ccg", "du conseil de cooperation du golfe", "du commonwealth", "du quad", "des vingt sept", "des 27", "du bloc",
            "l association des nations de l asie du sud est", "l organisation du traite de l atlantique nord",
            "la communaute economique des etats de l afrique de l ouest", "la communaute des etats latino americains et caraibes",
            "l organisation des etats americains", "la communaute de developpement de l afrique australe",
        ]
        let english = [
            "asean", "eu", "european union", "african union", "nato", "sco", "apec", "oas", "gcc", "ecowas", "celac", "sadc", "brics",
            "g7", "g20", "mercosur", "commonwealth", "quad", "arab league", "bloc", "alliance", "eurozone", "csto", "cis", "igad",
            "association of southeast asian nations", "economic community of west african states", "shanghai cooperation organisation",
            "shanghai cooperation organization", "organization of american states", "gulf cooperation council",
            "southern african development community",
        ]
        let frenchGroups = ["dirigeants", "chefs d etat", "chefs d etat et de gouvernement", "presidents", "chefs de gouvernement"]
        let englishGroups = ["leaders", "heads of state", "heads of state and government", "heads of government"]
        return PhraseSet(
            frenchGroups.flatMap { group in french.map { " \(group) \($0.hasPrefix("d") ? "" : "de ")\($0) " } }
                + englishGroups.flatMap { group in english.flatMap { [" \(group) of the \($0) ", " \(group) of \($0) ", " \($0) \(group) "] } })
    }()

    /// How a correspondent's line opens (folded, spaced): the place after it is where the text is.
    static let correspondents: [String] = ["avec", "de", "par", "from", "by"].flatMap { opener in
        ["notre envoye special", "notre envoyee speciale", "nos envoyes speciaux", "notre correspondant", "notre correspondante",
         "nos correspondants", "our correspondent", "our special correspondent"].map { " \(opener) \($0) " }
    }

    /// Auxiliaries of the passive right before a participle ("the summit was called off", "la visite est reportée"): its
    /// subject is what is called off, not who. Folded words.
    static let passiveAuxiliaryWords: Set<String> = englishPassiveWords.union(["est", "ete", "sont", "etait", "sera", "seront"])

    /// The English ones.
    static let englishPassiveWords: Set<String> = ["was", "were", "been", "be", "is", "are", "being"]

    /// A trip or attendance someone has decided against ("will not travel to South Africa for next month's BRICS summit",
    /// "ne se rendra pas au sommet"): the event is called off for them.
    static let declined: [String] = [
        "will not travel", "will not attend", "won t travel", "won t attend", "would not travel", "would not attend",
        "ne se rendra pas", "n assistera pas", "ne participera pas", "ne se rendra finalement pas", "renonce a se rendre",
        "a renonce a se rendre",
        // ("M. Buhari avait renoncé au dernier moment à se rendre à Kigali", "qu'il renonçait à faire le voyage en Ukraine".)
        "avait renonce a se rendre", "avait renonce au dernier moment a se rendre", "a renonce au dernier moment a se rendre",
        "renoncait a se rendre", "renonce a faire le voyage", "renoncait a faire le voyage", "a renonce a faire le voyage",
        "avait renonce a faire le voyage",
    ] + declinedTrips + withdrawals

    /// A trip someone will not make ("Moon Jae-in n'ira finalement pas au Japon", "announces he will not be going to China"):
    /// only with the place right after ("n'ira pas au-delà de ses lignes rouges", "will not go to war" are none).
    static let declinedTrips: [String] = [
        "n ira pas", "n ira finalement pas", "n iront pas", "n iront finalement pas", "ne viendra pas", "ne viendra finalement pas",
        "will not go to", "won t go to", "will not be going to", "won t be going to", "would not be going to",
    ]

    /// Declining told by verbs that need a gathering as their object ("pulled out of the G8 summit", "will skip the APEC
    /// summit"): "pulled out of the nuclear deal" calls nothing off.
    static let withdrawals: [String] = [
        "pulled out of", "pulls out of", "pulling out of", "will pull out of", "skip", "skips", "skipped", "skipping", "will skip",
    ]

    /// What a withdrawal must name within a few words to call a trip off.
    static let gatheringNouns: PhraseSet = [
        " summit ", " summits ", " meeting ", " meetings ", " visit ", " trip ", " talks ", " conference ", " ceremony ",
        " inauguration ", " funeral ", " gathering ", " forum ",
    ]

    /// The same, searched in one pass.
    static let declinedSet = PhraseSet(declined.map { " \($0) " })

    /// A destination and whose it is ("la deuxième destination du ministre iranien"): a trip only with the traveller named
    /// right after it ("la première destination de ses exportations" is none).
    /// Deciding to call something off ("a décidé d'annuler sa visite"): only with a trip or a gathering named right after
    /// ("decided to cancel student debt" is none).
    static let decidedToCallOff: [String] = [
        "decided to cancel", "decide d annuler", "a decide d annuler", "ont decide d annuler",
        // (Or having to: "le premier ministre japonais avait dû annuler sa venue en France", "was forced to cancel his trip".)
        "avait du annuler", "a du annuler", "ont du annuler", "avaient du annuler", "contraint d annuler",
        "contrainte d annuler", "oblige d annuler", "obligee d annuler", "avait du reporter", "a du reporter", "ont du reporter",
        "contraint de reporter", "had to cancel", "was forced to cancel", "were forced to cancel", "had to postpone",
        "was forced to postpone",
    ]

    /// What a decision to call off must name within a few words.
    static let calledOffNouns: [String] = [
        "visit", "trip", "visite", "voyage", "deplacement", "summit", "sommet", "meeting", "rencontre", "reunion", "talks",
        "entretien", "tournee", "tour", "participation", "venue",
    ]

    /// Who came along with someone, named as the object ("accompanied him to Berlin"). Folded.
    static let accompaniedThem = PhraseSet([
        " accompanied him ", " accompanied her ", " accompanies him ", " accompanies her ", " joined him ", " joined her ",
        " travelled with him ", " traveled with him ", " travelled with her ", " traveled with her ", " l accompagnait ",
        " l a accompagne ", " l accompagne ", " l accompagnera ", " was at his side ", " was at her side ", " was with him when ",
        " was with her when ", " etait a ses cotes ",
    ])

    /// A press conference with someone, a meeting when the one named follows at once ("conférence de presse avec le Premier
    /// ministre Ulf Kristersson").
    static let pressConferencesWith: Set<String> = ["conference de presse avec", "press conference with", "news conference with"]

    /// Words that may stand between a call-off's noun and the event it names ("l'annulation de sa visite", "the cancellation
    /// of Crown Prince Hussein's visit"). Folded.
    static let calledOffLinks: Set<String> = [
        "de", "d", "du", "des", "la", "le", "l", "les", "sa", "son", "ses", "leur", "cette", "ce", "of", "the", "his", "her", "their",
        "its", "a", "s", "planned", "prevue", "prevu", "expected", "scheduled", "state", "official", "etat", "officielle",
    ]

    /// ("La Slovaquie était la deuxième destination du ministre iranien".)
    static let destinationOf: [String] = ["destination du", "destination de", "destination of"]

    /// Taking part from afar: no trip.
    static let remote: PhraseSet = [
        " by video link", " by videolink", " via video link", " by video ", " par visioconference", " en visioconference",
        " par liaison video", " en duplex", " remotely ", " videoconference ", " video conference ",
    ]

    /// Verbs of a schedule told in the present, before its weekday ("flies Friday to Seoul", "begins Thursday",
    /// "ends the trip Monday"): the weekday is the coming one.
    static let scheduledPresent: [String] = [
        " flies ", " travels ", " heads ", " begins ", " ends the trip ", " ends his trip ", " ends her trip ", " spends ",
        " departs ", " leaves for ", " goes on to ", " moves on to ", " wraps up his trip ", " wraps up her trip ", " starts ",
        " kicks off ",
        // (French news tells it so too: "Le président chinois entame dimanche une tournée européenne"; not "a entamé jeudi".)
        " entame ", " entament ", " entreprend ", " debute ", " commence ",
    ]

    /// The same and a few more, after a weekday and its subject ("On Tuesday he meets Duda in Warsaw").
    static let scheduledAfterWeekday: [String] = scheduledPresent + [" meets ", " visits ", " holds ", " stays ", " attends ", " hosts "]

    /// What makes the date after it the end of something under way ("jusqu'à mardi", "until Friday", "runs through Saturday").
    static let until: [String] = [" jusqu a ", " jusqu au ", " until ", " till ", " runs through ", " through "]

    /// What tells the day a gathering opened ("ouvert dimanche", "was opened on Friday") and the day it closes ("qui s'achève
    /// lundi soir", "which ends Sunday"), right before that day.
    static let gatheringOpened: [String] = [
        " ouvert ", " ouverte ", " s est ouvert ", " s etait ouvert ", " inaugure ", " opened ", " opened on ", " began ", " began on ",
        " opening on ", " started ", " started on ",
    ]
    static let gatheringCloses: [String] = [
        " s acheve ", " s achevera ", " s acheve ce ", " se termine ", " se terminera ", " prend fin ", " prendra fin ", " se cloture ",
        " se cloturera ", " ends ", " ends on ", " will end ", " will end on ", " closes ", " closes on ", " will close on ", " concludes ",
        " wraps up ", " ended ", " ended on ", " closed ", " closed on ", " s est acheve ", " s est termine ", " a pris fin ",
    ]

    /// Leaders who are not governments' ("religious leaders of …", "business leaders from …"). Folded words.
    static let otherLeaders: Set<String> = [
        "religious", "business", "opposition", "youth", "faith", "student", "tribal", "trade", "union", "party", "rebel", "military",
        "community", "industry", "church", "civic", "civil", "women", "indigenous", "corporate", "tech", "political",
    ]

    /// Verbs of a group gathering: with a bloc's leaders as their subject ("se sont réunis samedi à Jakarta"), a summit.
    static let gatheringVerbs: Set<String> = [
        "se sont reunis", "s etaient reunis", "se reuniront", "se sont retrouves", "se retrouveront", "se retrouvent", "met ", "will meet",
        "would meet", "meet with", "rencontrent", "rencontreront",
    ]

    /// A gathering that received its attendees: "la conférence a accueilli X, Y", "the summit brought together …". Its
    /// verb is no reception by a person.
    static let gatheringHosts: [String] = ["conference", "sommet", "reunion", "forum", "summit", "meeting", "rencontre"].flatMap { noun in
        ["a accueilli", "avait accueilli", "accueille", "a reuni", "reunit", "a rassemble", "rassemble", "hosted", "brought together", "was attended by"]
            .map { " \(noun) \($0) " }
    }

    /// The same, searched in one pass.
    static let gatheringHostSet = PhraseSet(gatheringHosts)

    /// Who came along ("Il était accompagné de …", "He was accompanied by …").
    static let accompaniment: PhraseSet = [
        " etait accompagne de ", " etait accompagnee de ", " etait accompagne par ", " etait accompagnee par ", " est accompagne de ",
        " est accompagnee de ", " was accompanied by ", " is accompanied by ", " will be accompanied by ", " sera accompagne de ",
        " sera accompagnee de ",
    ]

    /// Verbs that end a visit ("a achevé lundi une visite de deux jours").
    static let endings: PhraseSet = [
        " a acheve ", " acheve ", " achevait ", " a termine ", " termine ", " a conclu ", " conclut ", " wrapped up ", " wraps up ",
        " concluded ", " concludes ", " ended ", " ends ", " a clos ", " cloture ", " a cloture ",
    ]

    /// Counts of days as copy writes them.
    static let dayCounts: [(String, Int)] = [
        ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("2", 2), ("3", 3),
        ("4", 4), ("5", 5),
    ]

    /// Nouns of events, folded, between spaces.
    static let eventNouns: [String] = [
        " entretien", " rencontre", " visite", " sommet", " reunion", " conversation", " echange", " meeting", " talks", " visit",
        " summit", " call",
    ]

    /// Whether folded text names an event ("depuis leur entretien téléphonique du …", "Speaking after talks with …").
    static func namesEvent(_ folded: String) -> Bool {
        let spaced = " " + folded
        return eventNouns.contains { spaced.includes($0) }
    }

    /// What introduces the occasion something was agreed at, after its date ("… l'an dernier lors du précédent sommet").
    static let occasions: [String] = [" lors d", " during ", " at the ", " at a ", " au cours d", " a l occasion", " on the sidelines"]

    /// Third-person subject pronouns, spaced: one after a reporting verb opens the clause it reports. Folded.
    static let subjectPronouns = [" il ", " elle ", " ils ", " elles ", " he ", " she ", " they "]

    /// The first word of a finite verb after a subject ("Alassane Ouattara s'est rendu", "Scholz flew"). Folded; French "a"
    /// only as written, not "à".
    static let subjectVerbs: Set<String> = [
        "s", "a", "ont", "est", "sont", "se", "avait", "avaient", "etait", "sera", "doit", "va", "devait", "rencontre", "recoit",
        "has", "had", "have", "was", "were", "is", "will", "met", "visited", "travelled", "traveled", "flew", "held", "arrived", "went",
    ]

    /// A reporting verb and the clause it reports: its subject is the source of what follows ("L'ambassadeur …, X, avait
    /// déclaré que Y effectuerait une visite"). Folded.
    static let reportingThat: PhraseSet = {
        let plain = [
            " a declare que ", " a declare qu ", " avait declare que ", " avait declare qu ", " a annonce que ", " a annonce qu ",
            " avait annonce que ", " a indique que ", " a indique qu ", " a precise que ", " a affirme que ", " a assure que ",
            " said that ", " had said that ", " has said that ", " announced that ", " stated that ", " told reporters that ",
        ]
        // (The day of the report may stand before "that": "said on Friday that", "a annoncé lundi que".)
        let english = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].flatMap { ["on \($0)", $0] }
            + ["today", "yesterday"]
        let french = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"].flatMap { [$0, "ce \($0)"] } + ["hier"]
        return PhraseSet(plain + plain.flatMap { phrase -> [String] in
            let words = phrase.split(separator: " ")
            let verb = words.dropLast().joined(separator: " ")
            return (words.last == "that" ? english : french).map { " \(verb) \($0) \(words.last!) " }
        })
    }()

    /// A possessive and an event noun: the person just named is a party to it, even after a reporting verb. Folded.
    static let possessedEvents: [String] = [
        " sa rencontre ", " son entretien ", " ses entretiens ", " sa visite ", " son voyage ", " son sejour ", " sa tournee ",
        " his meeting ", " her meeting ", " his talks ", " her talks ", " his visit ", " her visit ", " his trip ", " her trip ",
    ]

    /// Verbs of receiving a guest: with no place given, the reception is in the receiver's country.
    static let receptions: Set<String> = [
        "welcomed", "will welcome", "welcomes", "hosted", "hosts", "will host", "received", "receives", "a recu", "recevra", "recoit",
        "accueille", "a accueilli", "avait accueilli", "ai accueilli", "avons accueilli", "ai recu", "avons recu", "doit recevoir", "devrait recevoir",
        "va recevoir", "doit accueillir", "va accueillir", "accueillera", "avait recu", "recevrai", "recevrons", "accueillerai", "accueillerons", "hosting",
        "a accorde une audience", "accorde une audience", "granted an audience", "recevait", "recevaient", "accueillait",
        "scheduled to host", "expected to host", "set to host", "due to host",
    ]

    /// What makes an English reception passive, told from the guest's side ("was welcomed to Tirana by …").
    static let passiveAuxiliaries: [String] = [" was ", " were ", " has been ", " have been ", " had been "]

    /// Every reception verb after every passive auxiliary (" was welcomed "), searched in one pass.
    static let passiveReceptionPhrases = PhraseSet(passiveAuxiliaries.flatMap { auxiliary in receptions.sorted().map { auxiliary + $0 + " " } })

    /// A reception told from the guest's side: the host is the one named after it ("Lula reçu par Xi Jinping").
    static let passiveReceptions: Set<String> = Set<String>([
        "recu par", "recue par", "a ete recu", "sera recu", "seront recus", "accueilli par", "accueillie par", "a ete accueilli",
        "est recu", "est recue", "va etre recu", "va etre recue", "doit etre recu", "doit etre recue", "devrait etre recu",
        "devrait etre recue",
        "a ete accueillie", "was received by", "were received by", "was welcomed by", "were welcomed by", "be received by",
        "been received by", "is received by", "be welcomed by", "been welcomed by", "is welcomed by",
    ]).union(pluralPassives)

    /// The same in the plural and the pluperfect ("ont été accueillis à leur arrivée par le général Tiani", "avait été
    /// reçu à Niamey par …").
    static let pluralPassives: [String] = [
        // (The present and the near future: "Les ministres sont reçus mardi à Rabat par le roi".)
        "sont recus", "sont recues", "vont etre recus", "doivent etre recus",
        "ont ete accueillis", "ont ete accueillies", "ont ete recus", "ont ete recues", "recus par", "recues par", "accueillis par",
        "accueillies par", "avait ete recu", "avait ete recue", "avaient ete recus", "avait ete accueilli", "avait ete accueillie",
    ]

    /// The call-off as a noun ("au lendemain de l'annulation de sa visite à Paris", "the postponement of the summit"): told
    /// once it is done, so a weekday alone with it is the one gone by.
    static let callOffNouns: [String] = [
        "annulation de", "annulation du", "annulation d", "ajournement de", "ajournement du", "le report de", "le report du",
        "au report de", "au report du", "cancellation of", "postponement of",
    ]

    /// The cancellation verbs that only move an event.
    static let postponements: Set<String> = [
        "reporte", "reportee", "reportes", "reportees", "postponed", "ajourne", "ajournee", "put off", "puts off", "pushed back", "postpones",
        "postponing", "decided to postpone", "decide de reporter", "a decide de reporter", "avait du reporter", "a du reporter",
        "ont du reporter", "contraint de reporter", "had to postpone", "was forced to postpone", "ajournement de", "ajournement du", "le report de",
        "le report du", "au report de", "au report du", "postponement of",
    ]

    /// A cancellation undone since, or only in the past of the event reported ("remis sur les rails après avoir été annulé").
    static let undone: PhraseSet = [" apres avoir ete ", " after being ", " remis sur les rails", " back on track", " reinstated"]

    /// A purpose still to come: the triggers after it are planned, those before it not.
    static let purpose: PhraseSet = PhraseSet(purposes)

    static let purposes = [" to hold talks", " to hold a meeting", " to meet ", " pour rencontrer ", " pour s entretenir ", " pour y rencontrer "]

    /// What a trip is for, which has the trip's date: a purpose, or a meeting named as one ("will arrive in Cape Town on
    /// Tuesday for a bilateral meeting with …").
    static let meetingPurpose = PhraseSet(purposes + [
        " for a meeting ", " for a bilateral ", " for talks ", " for bilateral talks ", " pour un entretien ", " pour des entretiens ",
        " pour une rencontre ",
    ])

    /// A trip made for a summit ("s'est rendu à Abidjan …, pour le sommet …"): the summit has the trip's date.
    static let summitPurpose: PhraseSet = [
        " pour le sommet", " pour un sommet", " pour participer au sommet", " pour assister au sommet", " for the summit",
        " for a summit", " to attend the summit", " to attend a summit",
    ]

    /// An invitation is issued when it is reported, unless the verb itself is future.
    /// An invitation told from the guest's side: the inviter is named after it ("invité au sommet par M. Ould Abdel Aziz").
    static let invitedBy: Set<String> = ["invite au sommet par", "invite par", "invitee par"]

    static let futureInvitation: PhraseSet = ["invitera", "will invite", "doit inviter", "va inviter"]

    /// A summit where people named in the clause met.
    static let summitMeeting: PhraseSet = [
        " lors du sommet", " en marge du sommet", " on the sidelines of", " at the summit", " au sommet", " lors d un sommet",
        " en marge d un sommet", " at a summit",
    ]

    /// References back to the visit last reported ("Cette visite aura lieu …").
    /// Days first set for what was then moved ("initialement prévue du 26 au 29 mars", "originally scheduled for"). Folded.
    static let initiallySet: PhraseSet = [
        " initialement prevue ", " initialement prevu ", " initialement programmee ", " initialement programme ", " initialement fixee ",
        " initialement fixe ", " initialement ete programmee ", " initialement ete prevue ", " ete initialement programmee ",
        " ete initialement prevue ", " originally scheduled ", " originally planned ", " initially scheduled ", " initially planned ",
        " had been scheduled ", " was originally set ",
    ]

    /// A sentence opening on the visit just told ("La visite, initialement prévue …", "The visit, originally scheduled …").
    /// Folded.
    static let theVisit: [String] = [" la visite ", " cette visite ", " the visit ", " this visit ", " le deplacement ", " ce deplacement "]

    static let visitReferences: PhraseSet = [
        " cette visite ", " this visit ", " the visit will ", " his visit will ", " her visit will ", " la visite aura ", " cette visite aura ",
        " sa visite debutera ", " sa visite commencera ",
    ]

    /// What opens an announcement after its date ("In September 2022, it was announced that …"). Folded, without their
    /// leading space.
    static let announcedThat: [String] = [
        "it was announced", "it was reported", "it was confirmed", "it emerged", "il a ete annonce", "il a ete confirme",
        "on a appris", "on apprenait",
    ]

    /// The future of the past, what an announcement said would be. Folded.
    static let futureInPast: [String] = [
        " would ", " se rendrait ", " rencontrerait ", " effectuerait ", " participerait ", " s entretiendrait ", " recevrait ",
    ]

    /// Meetings referred back to by when they take place: "the meeting will take place on June 5". Folded. (Not what the
    /// meeting will do, "La rencontre aura permis d'aborder …", "The meeting will also address …".)
    static let meetingReferences: PhraseSet = [
        " the meeting will take place ", " this meeting will take place ", " the meeting is scheduled for ", " the meeting is set for ",
        " la rencontre aura lieu ", " cette rencontre aura lieu ", " l entretien aura lieu ", " cet entretien aura lieu ",
        " la rencontre se tiendra ", " the talks will take place ", " the meeting will be held ",
    ]

    /// A call referred back to: "Au cours de l'entretien téléphonique, les ministres …", "During the call, …".
    static let callReferences: PhraseSet = [
        " l entretien telephonique ", " la conversation telephonique ", " l echange telephonique ", " l appel telephonique ",
        " cet echange telephonique ", " the phone call ", " the telephone call ", " the phone conversation ",
        " the telephone conversation ", " this call ",
    ]

    /// People who will represent a party at the summit just named ("L'UE sera représentée par …").
    static let representation: PhraseSet = [
        " represente par ", " representee par ", " represented by ", " represente e par ",
        // "Le sommet a été accueilli par X", "The summit was hosted by X": its host joins the summit just reported.
        " sommet a ete accueilli par ", " sommet sera accueilli par ", " sommet est accueilli par ", " summit was hosted by ",
        " summit will be hosted by ", " summit is hosted by ",
    ]

    /// Each introduces one person met: several in a clause are several meetings ("un entretien avec X,
    /// suivi d'une rencontre avec Y et d'une audience auprès de Z").
    /// Plural meeting nouns: each person listed after them is a meeting of their own ("bilateral meetings with A, B, and C").
    /// Verbs of an appeal whose object is to meet ("urged Kagame and Tshisekedi to meet", "directed the chiefs of defence
    /// forces to meet"): who appeals is no party to the meeting. Folded.
    static let appeals = PhraseSet([
        " urged ", " urges ", " urging ", " directed ", " directs ", " instructed ", " instructs ", " asked ", " asks ", " encouraged ",
        " encourages ", " pressed ", " presses ", " called on ", " calls on ", " told ", " a exhorte ", " exhorte ", " a demande a ",
        " a demande aux ", " demande a ", " demande aux ", " a appele ", " appelle ", " a encourage ", " encourage ",
    ])

    /// Meeting triggers in the infinitive, as an appeal's object takes them. Folded.
    static let meetingInfinitives: Set<String> = ["to meet", "meet with", "rencontrer", "se rencontrer", "s entretenir", "se reunir"]

    static let separateMeetings: [String] = [" meetings with ", " entretiens bilateraux avec ", " rencontres avec ", " separate meetings with "]

    /// Words that open a mention of a person (after "puis", "then"). Folded.
    static let personOpeners: Set<String> = [
        "avec", "with", "le", "la", "les", "l", "the", "son", "sa", "ses", "his", "her", "their", "leur", "m", "mme", "mr", "mrs", "ms",
        "president", "presidente", "prime", "premier", "foreign", "ministre", "minister", "king", "roi", "queen", "reine", "chancellor",
        "chanceliere", "chancelier", "secretary", "secretaire", "emir", "prince", "general", "sheikh", "cheikh",
        // ("puis au Vatican par le pape": a place, then who; not "a", which is also "a remercié".)
        "au", "aux", "en", "par", "by", "in", "at",
    ]

    /// What introduces the next of several meetings in turn ("X, puis Y", "X, then Y").
    static let sequels: PhraseSet = [" puis avec ", " puis ", " then with ", " and then ", " then ", " ensuite avec ", " et ensuite "]

    static let meetingObjects: [String] = [
        " entretien avec ", " entretiens avec ", " rencontre avec ", " audience aupres ", " meeting with ", " talks with ", " met with ",
        " meet with ",
    ]

    /// The present of something under way: an event so reported without a date is the day's.
    static let underWay: PhraseSet = [
        " is holding ", " are holding ", " is meeting ", " are meeting ", " is taking place ", " are taking place ", " is visiting ",
        " s entretient ", " s entretiennent ", " recoit ", " accueille ", " est en visite ", " se trouve ", " is on a visit ",
        " is on an official visit ", " is on a state visit ", " are now in ", " is now in ", " sont actuellement en ",
        " est actuellement en ",
    ]

    /// The simple present a story's lead tells its news in ("Mike Pompeo is in Chile on the first stop of his trip", "In
    /// Chile, Pompeo meets in Santiago with President Pinera"): that day's. Folded.
    /// (Not a headline's present, which tells the day before as well: "Chinese Prime Minister Li Keqiang arrives in Berlin".)
    static let presentNews: PhraseSet = [" is in ", " are in ", " meets ", " visits ", " arrives in ", " holds talks "]

    /// A meeting named as an earlier one.
    static let pastMeetings: PhraseSet = [
        " last meeting", " previous meeting", " derniere rencontre", " precedente rencontre", " dernier entretien", " last talks",
    ]

    /// Capitalised words that make the place before them the start of a name, not a place ("Shanghai Cooperation Organisation").
    static let nameContinuations: Set<String> = [
        "Cooperation", "Organisation", "Organization", "Agreement", "Agreements", "Accord", "Accords", "Protocol", "Process",
        "Format", "Declaration", "Treaty", "Convention", "Group", "Pact", "Club", "Principles", "Initiative", "Charter",
        // ("a summit of the Bucharest Nine", "the Weimar Triangle", "the Shanghai Five": groups named for a city.)
        "Nine", "Triangle", "Five", "Four", "Three",
    ]

    /// Words that make the event noun after them a topic of discussion ("the preparations for the meeting"). Folded.
    static let topicOf: [String] = [
        " preparations for ", " preparation for ", " preparation of ", " issue of ", " question of ", " possibility of ", " prospect of ",
        " preparatifs de ", " preparatifs du ", " preparatifs d ", " preparation de ", " preparation du ", " preparation d ",
        " question d ", " possibilite d ", " perspective d ",
    ]

    /// The date of the event reported just before.
    /// The day after (before) the last date given.
    static let nextDay: PhraseSet = [" le lendemain ", " the following day ", " the next day ", " the day after ", " a day later ", " un jour plus tard "]
    static let dayBefore: PhraseSet = [" la veille ", " the day before ", " the previous day ", " a day earlier ", " the day earlier "]
    /// The day after (before) something named, not the last date given.
    static let dayOfSomething: PhraseSet = [
        " lendemain de", " lendemain du", " lendemain d ", " veille de", " veille du", " veille d ", " day after the", " day after his",
        " day after her", " day before the", " day before his", " eve of",
    ]

    /// An invitation as a verb: what follows it is what someone is invited to.
    static let invitingVerbs: [String] = [
        "invited", "a invite", "l a invite", "invite le", "invite la", "invite son", "invites", "invitera", "will invite", "invitant",
    ]

    static let sameDay: PhraseSet = [
        " le meme jour ", " the same day ", " on the same day ", " ce meme jour ", " a cette occasion ", " on this occasion ",
        " on that occasion ",
        // A part of the day just told ("Dans la matinée, le président ukrainien avait été reçu au Vatican").
        " dans la matinee ", " dans l apres midi ", " dans la soiree ", " plus tot dans la journee ", " plus tard dans la journee ",
        " le soir meme ", " earlier in the day ", " later in the day ", " later that day ", " earlier that day ", " le matin ",
        " l apres midi ", " en fin de journee ", " that morning ", " that evening ", " that afternoon ",
    ]

    /// The month after the last date given ("le mois suivant", "the following month"), and the year after it.
    static let nextMonth: PhraseSet = [
        " le mois suivant ", " le mois d apres ", " un mois plus tard ", " the following month ", " a month later ",
    ]
    static let nextYear: PhraseSet = [
        " l annee suivante ", " l an suivant ", " un an plus tard ", " l annee d apres ", " the following year ", " a year later ",
    ]

    /// "Alors" in the pluperfect, the time just told ("s'était alors rendu à Pékin", "avait alors rencontré").
    static let thenInThePast: PhraseSet = [
        " s etait alors ", " s etaient alors ", " avait alors ", " avaient alors ", " etait alors ", " etaient alors ",
    ]

    /// The year of the last date given ("en octobre de la même année", "later that year").
    static let sameYear: PhraseSet = [
        " de la meme annee ", " la meme annee ", " cette annee la ", " the same year ", " later that year ", " earlier that year ",
        " that same year ", " of that year ",
    ]

    /// The next step of a day just told, in a sentence that dates nothing ("Il s'est ensuite envolé pour Paris").
    static let nextStep: PhraseSet = [
        " s est ensuite ", " a ensuite ", " ont ensuite ", " se sont ensuite ", " then flew ", " then travelled ", " then traveled ",
        // ("Trump then spoke with President Volodymyr Zelensky", after the call with Putin.)
        " then spoke ", " then met ", " then held ", " then called ", " then phoned ",
    ]
}
