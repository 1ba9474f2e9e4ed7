import EntenteModel

/// A person named or described in a sentence, with the country they represent.
public struct PersonMention: Sendable, Equatable {
    public var name: String
    public var country: String?
    public var offset: Int
    /// How the person was found: a known name, a title, a surname after an earlier mention, or a new name.
    public var source: Source

    public enum Source: Sendable, Equatable {
        case knownName, title, surname, newName
    }
}

/// Finds people: names the registry knows (any spelling), titles resolved on a date, surnames
/// and honorifics referring back to people the article has named ("M. Obama", "Secretary Blinken"),
/// and new names after a title ("Foreign Minister Cho Tae-yul").
public struct PersonFinder {
    /// People the article has named so far, for surnames and later references.
    public private(set) var known: [PersonMention] = []

    public init() {}

    /// Every name form the registry knows, longest first, folded.
    static let registryForms: [(form: String, name: String, country: String)] = {
        var forms: [(String, String, String)] = []
        var seen: Set<String> = []
        for term in OfficeRegistry.terms {
            for form in [term.name] + term.aliases where seen.insert(NameNormalizer.normalize(form)).inserted {
                forms.append((NameNormalizer.normalize(form), term.name, term.country))
            }
        }
        return forms.sorted { $0.0.count > $1.0.count }
    }()

    /// The registry's forms indexed by their first folded word, so a sentence is scanned once.
    static let formsByFirstWord: [String: [(words: [Substring], name: String, country: String)]] = {
        var index: [String: [(words: [Substring], name: String, country: String)]] = [:]
        for (form, name, country) in registryForms {
            let words = form.split(separator: " ")
            guard let first = words.first else { continue }
            index[String(first), default: []].append((words, name, country))
        }
        return index
    }()

    static let honorifics: Set<String> = [
        "m", "mme", "madame", "monsieur", "mr", "mrs", "ms", "president", "secretary", "minister", "chancellor", "premier", "sir",
        "ministre", "chancelier", "chanceliere", "dr",
    ]

    /// The people in `sentence`, in order, once each.
    public mutating func people(in sentence: String, on date: PartialDate) -> [PersonMention] {
        var found: [PersonMention] = []
        func add(_ mention: PersonMention) {
            if let index = found.firstIndex(where: { $0.name == mention.name }) {
                if mention.offset < found[index].offset { found[index].offset = mention.offset }
                return
            }
            found.append(mention)
        }
        // Known names, matched on word boundaries in the folded sentence.
        let normalized = NameNormalizer.normalize(sentence)
        let folded = " " + normalized + " "
        let sentenceWords = normalized.split(separator: " ")
        for (position, word) in sentenceWords.enumerated() {
            for candidate in Self.formsByFirstWord[String(word)] ?? [] where position + candidate.words.count <= sentenceWords.count {
                guard Array(sentenceWords[position..<(position + candidate.words.count)]) == candidate.words else { continue }
                let form = candidate.words.joined(separator: " ")
                add(PersonMention(name: candidate.name, country: candidate.country, offset: approximateOffset(of: form, in: sentence), source: .knownName))
            }
        }
        for person in known {
            let form = NameNormalizer.normalize(person.name)
            if folded.includes(" " + form + " ") {
                add(PersonMention(name: person.name, country: person.country, offset: approximateOffset(of: form, in: sentence), source: .knownName))
            }
        }
        // Titles resolved on the date: "le chef de la diplomatie russe", "the President of the United States".
        for title in TitleResolver.mentions(in: sentence, on: date) {
            guard let holder = title.holder else { continue }
            add(PersonMention(name: holder, country: title.country, offset: title.offset, source: .title))
        }
        // Honorific + surname, or honorific + a new full name.
        let tokens = Self.words(sentence)
        for (index, token) in tokens.enumerated() where Self.honorifics.contains(fold(token.text)) {
            var names: [(text: String, start: Int)] = []
            var cursor = index + 1
            while cursor < tokens.count, cursor - index <= 4, let first = tokens[cursor].text.first, first.isUppercase,
                Gazetteer.lookup(tokens[cursor].text) == nil, !Self.honorifics.contains(fold(tokens[cursor].text))
            {
                names.append((tokens[cursor].text, tokens[cursor].start))
                cursor += 1
            }
            guard let firstName = names.first else { continue }
            if names.count == 1 {
                let surname = NameNormalizer.normalize(firstName.text)
                if let person = (found + known).first(where: { NameNormalizer.normalize($0.name).hasSuffix(" " + surname) }) {
                    add(PersonMention(name: person.name, country: person.country, offset: firstName.start, source: .surname))
                } else if let (_, name, country) = Self.registryForms.first(where: { $0.form.hasSuffix(" " + surname) }) {
                    add(PersonMention(name: name, country: country, offset: firstName.start, source: .surname))
                }
            } else if !found.contains(where: { $0.offset == firstName.start }) {
                let name = names.map(\.text).joined(separator: " ")
                if !found.contains(where: { NameNormalizer.normalize($0.name).hasSuffix(NameNormalizer.normalize(names.last!.text)) }) {
                    add(PersonMention(name: name, country: nil, offset: firstName.start, source: .newName))
                }
            }
        }
        found.sort { $0.offset < $1.offset }
        for person in found where !known.contains(where: { $0.name == person.name }) { known.append(person) }
        return found
    }

    static func words(_ sentence: String) -> [(text: String, start: Int)] {
        var words: [(String, Int)] = []
        var current = ""
        var start = 0
        for (offset, character) in sentence.enumerated() {
            if character.isLetter || (character == "-" && !current.isEmpty) {
                if current.isEmpty { start = offset }
                current.append(character)
            } else {
                if !current.isEmpty { words.append((current, start)) }
                current = ""
            }
        }
        if !current.isEmpty { words.append((current, start)) }
        return words
    }

    /// Where a folded form starts in the sentence: the first run of words whose folded text is the form
    /// (so "Kim Jong-il" is not placed at "Kim Jong-un").
    private func approximateOffset(of form: String, in sentence: String) -> Int {
        let words = Self.words(sentence).map { (text: NameNormalizer.normalize($0.text), start: $0.start) }
        for index in words.indices {
            var joined = ""
            for word in words[index...] {
                joined += joined.isEmpty ? word.text : " " + word.text
                if joined == form { return words[index].start }
                if joined.count >= form.count { break }
            }
        }
        return 0
    }
}
