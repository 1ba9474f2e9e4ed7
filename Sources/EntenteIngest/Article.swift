import Foundation
import EntenteModel

/// A news article to extract events from: its text, when it was published, and in what language.
public struct Article: Sendable, Equatable {
    public enum Language: String, Sendable, CaseIterable {
        case fr, en
    }

    public var text: String
    public var published: PartialDate
    public var language: Language
    public var url: String?
    public var outlet: String?

    public init(text: String, published: PartialDate, language: Language, url: String? = nil, outlet: String? = nil) {
        self.text = text
        self.published = published
        self.language = language
        self.url = url
        self.outlet = outlet
    }

    /// Why an article file could not be read.
    public struct FormatError: Error, Sendable, Equatable, CustomStringConvertible {
        public let description: String
    }

    /// Reads the corpus format: `key: value` header lines, a `---` line, then the text.
    /// Unknown header keys are ignored; `published` is required; a missing or unknown `language` is detected.
    public static func parse(_ file: String) throws(FormatError) -> Article {
        guard let separator = file.range(of: "\n---\n") ?? (file.hasPrefix("---\n") ? file.range(of: "---\n") : nil) else {
            throw FormatError(description: "no '---' line between the header and the text")
        }
        var fields: [String: String] = [:]
        for line in file[..<separator.lowerBound].split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()] =
                line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        guard let publishedText = fields["published"], let published = PartialDate(publishedText), published.precision == .day else {
            throw FormatError(description: "the header needs 'published: YYYY-MM-DD'")
        }
        let text = String(file[separator.upperBound...])
        let language = fields["language"].flatMap(Language.init(rawValue:)) ?? LanguageDetector.detect(text)
        let url = fields["url"].flatMap { $0.hasPrefix("http") ? String($0.split(separator: " ").first ?? "") : nil }
        return Article(text: text, published: published, language: language, url: url)
    }
}

/// Tells French from English by counting each language's most frequent short words.
public enum LanguageDetector {
    static let french: Set<String> = ["le", "la", "les", "des", "du", "de", "et", "est", "un", "une", "en", "pour", "qui", "que", "dans", "sur", "avec", "a", "au", "aux", "pas", "ne", "son", "sa", "ses", "été"]
    static let english: Set<String> = ["the", "of", "and", "to", "in", "is", "was", "for", "on", "with", "that", "by", "at", "as", "from", "his", "her", "their", "has", "have", "be", "it", "an", "will"]

    public static func detect(_ text: String) -> Article.Language {
        var french = 0
        var english = 0
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            let token = String(word)
            if Self.french.contains(token) { french += 1 }
            if Self.english.contains(token) { english += 1 }
        }
        return french > english ? .fr : .en
    }
}
