import EntenteModel

/// Transcripts: each turn opens with its speaker's label ("SECRETARY BLINKEN: …", "President of Russia Vladimir
/// Putin: …"), and "I" is that speaker until the next label.
extension ArticleExtractor {
    /// vie-publique's line under a speech's heading, "Circonstance : Déplacement en Inde … - rencontre avec …": the
    /// speaker's trip and meetings.
    static func isCircumstance(_ sentence: Sentence) -> Bool { sentence.text.hasPrefix("Circonstance") }

    /// Labels that open a turn by someone the text does not name.
    static let anonymousTurns: Set<String> = [
        "question", "q", "moderator", "moderateur", "moderatrice", "journalist", "journaliste", "participant", "reporter", "audience",
    ]

    /// The label of a turn: up to ten capitalised words (with their particles) before a colon that opens the sentence.
    static func turnLabel(_ characters: [Character]) -> String? {
        guard let colon = characters.prefix(90).firstIndex(of: ":"), colon > 0 else { return nil }
        // ("President of Iran Masoud Pezeshkian (retranslated):": a note in brackets is no part of the name.)
        var label = String(characters[..<colon])
        if let open = label.firstIndex(of: "("), label.hasSuffix(")") { label = String(label[..<open]) }
        let words = label.split { !$0.isLetter && $0 != "-" && $0 != "'" && $0 != "’" }
        let particles: Set<Substring> = ["of", "the", "and", "for", "de", "du", "la", "le", "des", "d", "l", "et"]
        guard (1...10).contains(words.count), words.allSatisfy({ $0.first!.isUppercase || particles.contains($0) }) else { return nil }
        return label
    }

    /// Who speaks from this sentence on, when it opens a turn: the person its label names (`nil` for a question from
    /// the floor); the speaker so far when the label names no one ("Note:", "Circonstance :").
    static func speaker(after label: String, current: PersonMention?, people: PersonFinder, on date: PartialDate) -> PersonMention? {
        if anonymousTurns.contains(fold(label).split(separator: " ").joined(separator: " ")) { return nil }
        return people.person(labelled: label, on: date) ?? current
    }
}

extension PersonFinder {
    /// The person a turn's label names: someone the article has named, by their surname ("SECRETARY BLINKEN"), else
    /// whoever the label names as a sentence would (written in capitals, read in title case).
    func person(labelled label: String, on date: PartialDate) -> PersonMention? {
        let words = Set(fold(label).split { !$0.isLetter && $0 != "-" }.map(String.init))
        if let person = known.reversed().first(where: { person in
            person.source != .reference && fold(person.name).split(separator: " ").last.map { words.contains(String($0)) } == true
        }) {
            return PersonMention(name: person.name, country: person.country, offset: 0, source: .surname, office: person.office)
        }
        let capitals = label.allSatisfy { !$0.isLowercase }
        // ("LE PRÉSIDENT DE LA RÉPUBLIQUE" reads "Le Président de la République": particles stay lower case.)
        let particles: Set<String> = ["de", "du", "des", "la", "le", "les", "d", "l", "of", "the", "and", "et", "for"]
        let written = capitals
            ? label.split(separator: " ").enumerated().map { index, word in
                index > 0 && particles.contains(word.lowercased()) ? word.lowercased() : word.prefix(1) + word.dropFirst().lowercased()
            }.joined(separator: " ") : label
        var finder = self
        return finder.people(in: written, on: date).last.map { PersonMention(name: $0.name, country: $0.country, offset: 0, source: .surname, office: $0.office) }
    }
}
