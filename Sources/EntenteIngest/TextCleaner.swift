/// Removes page furniture from an article: logos, bylines, agency credits, photo credits and
/// "read also" lines, which are not sentences of the story and would only confuse extraction.
public enum TextCleaner {
    /// Lines dropped whole when they match (case-insensitive, trimmed).
    static let furniture: [String] = [
        "logo", "avec afp", "avec reuters", "avec ap", "(afp)", "afp", "reuters", "lire aussi", "read more", "advertisement", "publicité",
        "partager", "share", "10 downing street",
    ]
    /// Line starts that mark a byline or a credit.
    static let prefixes: [String] = [
        "par ", "by ", "photo", "crédit", "credit", "© ", "(c) ", "lire aussi", "read also", "see also", "voir aussi", "à lire", "mis à jour", "updated ",
        "publié le", "published ",
    ]

    /// The article's text with furniture lines removed and paragraphs kept apart by blank lines.
    public static func clean(_ text: String) -> String {
        var kept: [String] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = trimmed(rawLine)
            // A trailing agency credit glued to the last line ("…la semaine dernière Avec AFP").
            for credit in ["Avec AFP", "Avec Reuters", "(AFP)", "- AFP"] where line.hasSuffix(credit) && line.count > credit.count {
                line = trimmed(line.dropLast(credit.count))
            }
            // A wire dateline before the story ("PARIS, France, 30 juillet 2012/African Press Organization (APO)/ — Le ministre …",
            // "WASHINGTON, 26 octobre (Reuters) - Le …") says where the desk filed it: a line of its own, not the lead's place.
            if let split = wireDatelineEnd(line) {
                kept.append(trimmed(line.prefix(split.dateline)))
                line = trimmed(line.dropFirst(split.story))
            }
            let lower = line.lowercased()
            if furniture.contains(lower) { continue }
            if prefixes.contains(where: { lower.hasPrefix($0) }) && line.count < 120 && !line.hasSuffix(".") { continue }
            // ("PTI | Portmoresby | Updated: 21-05-2023 17:45 IST | Created: …": a byline of fields set apart by bars.)
            // (A headline before the bars is kept: "PM Modi to meet James Marape in Port Moresby on Monday | Updated: …".)
            // (Only a line with a bar can be one: the others are not split.)
            if lower.utf8.contains(UInt8(ascii: "|")), case let fields = lower.split(separator: "|"), line.count < 160, let head = fields.first, head.split(separator: " ").count <= 4, fields.dropFirst().contains(where: { field in
                ["updated", "created", "published", "mis à jour", "publié", "modifié"].contains(where: trimmed(field).hasPrefix)
                    && field.contains(where: \.isNumber)
            }) {
                continue
            }
            // An embedded post's credit ("https://t.co/0Q73HZg7U0 — Al Mayadeen English (@MayadeenEnglish) November 22, 2022"):
            // whose account it is names no one in the story.
            // (Only the credit goes, from the link on: the post's words, and a sentence before them, stay.)
            if line.count < 600, isPostCredit(line), let link = ["https://t.co/", "pic.twitter.com"].compactMap({ line.lowercased().characterOffset(of: $0) }).min() {
                line = trimmed(line.prefix(link))
                if line.isEmpty { continue }
            }
            // Paragraphs stay one blank line apart, however many the page had.
            if line.isEmpty, kept.last?.isEmpty ?? true { continue }
            kept.append(line)
        }
        while kept.last?.isEmpty == true { kept.removeLast() }
        // A line broken inside its sentence (a release set in a PDF: "… l'Emir du\nKoweït, le Président …", "… une
        // visite\nofficielle …") goes on on the next line, as one line.
        var text = ""
        for (index, line) in kept.enumerated() {
            text += line
            guard index + 1 < kept.count else { break }
            text += continuesOnNextLine(line, kept[index + 1]) ? " " : "\n"
        }
        return text
    }

    /// Whether `line` ends with an embedded post's credit: the post's link, a dash, a name, the account in brackets and the
    /// post's date ("https://t.co/0Q73HZg7U0 — Name (@handle) November 22, 2022"). A handle or a link in a sentence is kept.
    static func isPostCredit(_ line: String) -> Bool {
        guard line.includes(" (@") else { return false }
        let characters = Array(line)
        guard let open = line.characterOffset(of: " (@"), let close = characters[(open + 3)...].firstIndex(of: ")"),
            let dash = characters[..<open].lastIndex(where: { $0 == "—" || $0 == "–" }), dash > 0, characters[dash - 1] == " "
        else { return false }
        let handle = characters[(open + 3)..<close]
        let linked = String(characters[..<dash]).lowercased()
        let after = String(characters[(close + 1)...]).split(separator: " ")
        return !handle.isEmpty && handle.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
            && (linked.contains("https://t.co/") || linked.contains("pic.twitter.com"))
            && after.count >= 2 && after.count <= 4 && after.last!.allSatisfy(\.isNumber)
    }

    /// Whether `line` stops inside its sentence and `next` carries it on: no closing punctuation, and the next line opens in
    /// lower case, or the line ends with a comma or a word no sentence ends with.
    static func continuesOnNextLine(_ line: String, _ next: String) -> Bool {
        guard let last = line.last, let first = next.first, !".!?…:;»\"”)]".contains(last) else { return false }
        if first.isLowercase || last == "," { return true }
        // ("à Kigali\n(Rwanda), à la cérémonie": a bracket the sentence goes on after; not "(Reuters) - …", "(Photo Présidence)".)
        if first == "(", let close = next.firstIndex(of: ")"),
            let after = next[next.index(after: close)...].first(where: { $0 != " " }), after == "," || after.isLowercase
        {
            return true
        }
        let word = line.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return continuationWords.contains(word)
    }

    /// Words no sentence ends with: articles, prepositions, conjunctions and possessives.
    static let continuationWords: Set<String> = [
        "du", "de", "des", "la", "le", "les", "et", "à", "au", "aux", "en", "son", "sa", "ses", "leur", "par", "pour", "avec", "sur",
        "dans", "entre", "of", "the", "and", "to", "in", "for", "with", "on", "at", "by", "an", "his", "her", "their",
        // (Nor honorifics: "Son Excellence Monsieur\nEmmanuel MACRON".)
        "monsieur", "madame", "m.", "mme", "mr", "mr.", "mrs", "mrs.", "ms", "dr", "excellence", "excellency",
    ]

    /// Where a wire dateline ends and the story starts: an upper-case city, a comma, then within 120 characters an agency's
    /// closing ")" or "/" and a dash.
    static func wireDatelineEnd(_ line: String) -> (dateline: Int, story: Int)? {
        let characters = Array(line.prefix(140))
        guard let comma = characters.firstIndex(of: ","), comma >= 3, comma <= 30,
            characters[..<comma].allSatisfy({ $0.isUppercase || $0 == " " || $0 == "-" || $0 == "'" }),
            characters[..<comma].contains(where: \.isLetter)
        else { return nil }
        for index in (comma + 1)..<max(comma + 1, characters.count - 2) where ["—", "–", "-"].contains(characters[index]) {
            guard characters[index - 1] == " ", characters[index + 1] == " " else { continue }
            var before = index - 1
            while before > comma, characters[before] == " " { before -= 1 }
            guard characters[before] == ")" || characters[before] == "/" else { continue }
            return (before + 1, index + 2)
        }
        return nil
    }

    /// The text without the spaces and tabs around it.
    static func trimmed(_ text: some StringProtocol) -> String {
        let isSpace = { (character: Character) in character == " " || character == "\t" || character == "\r" || character == "\u{00A0}" }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(text[first...last])
    }
}
