/// A list of folded phrases searched for all at once: one pass over a text's UTF-8 bytes through an
/// Aho–Corasick automaton, instead of one scan per phrase. The trigger lists are searched in every
/// clause of every sentence; phrase by phrase, that was a tenth of extraction's time.
///
/// It is still the list it was made from (a `Sequence` of its phrases, in order), so rules that look
/// for one particular phrase read it as before.
struct PhraseSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    let phrases: [String]
    /// Each byte's class: the distinct bytes of the phrases are 1…n, every other byte is 0 (matches nothing).
    private let classes: [UInt8]
    private let classCount: Int
    /// The automaton's transitions, `classCount` per state, failures already followed.
    private let transitions: [Int32]
    /// Per state, the length of the longest phrase that ends there (0: none).
    private let longest: [Int32]
    /// Per state, every phrase that ends there (by index), and each phrase's length in bytes.
    private let outputs: [[Int]]
    private let lengths: [Int]
    private let maximumLength: Int

    init(_ phrases: [String]) {
        self.phrases = phrases
        var classes = [UInt8](repeating: 0, count: 256)
        var classCount = 1
        for phrase in phrases {
            for byte in phrase.utf8 where classes[Int(byte)] == 0 {
                classes[Int(byte)] = UInt8(classCount)
                classCount += 1
            }
        }
        // The trie, then breadth first: each state's failure is the longest proper suffix that is also a state.
        var trie: [[Int32]] = [[Int32](repeating: -1, count: classCount)]
        var longest: [Int32] = [0]
        var outputs: [[Int]] = [[]]
        for (index, phrase) in phrases.enumerated() where !phrase.isEmpty {
            var state = 0
            for byte in phrase.utf8 {
                let symbol = Int(classes[Int(byte)])
                if trie[state][symbol] < 0 {
                    trie[state][symbol] = Int32(trie.count)
                    trie.append([Int32](repeating: -1, count: classCount))
                    longest.append(0)
                    outputs.append([])
                }
                state = Int(trie[state][symbol])
            }
            longest[state] = Swift.max(longest[state], Int32(phrase.utf8.count))
            outputs[state].append(index)
        }
        var failure = [Int](repeating: 0, count: trie.count)
        var queue: [Int] = []
        for symbol in 0..<classCount {
            if trie[0][symbol] < 0 {
                trie[0][symbol] = 0
            } else {
                queue.append(Int(trie[0][symbol]))
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            longest[state] = Swift.max(longest[state], longest[failure[state]])
            outputs[state] += outputs[failure[state]]
            for symbol in 0..<classCount {
                let next = trie[state][symbol]
                if next < 0 {
                    trie[state][symbol] = trie[failure[state]][symbol]
                } else {
                    failure[Int(next)] = Int(trie[failure[state]][symbol])
                    queue.append(Int(next))
                }
            }
        }
        self.classes = classes
        self.classCount = classCount
        self.transitions = trie.flatMap { $0 }
        self.longest = longest
        self.outputs = outputs
        self.lengths = phrases.map(\.utf8.count)
        self.maximumLength = phrases.map(\.utf8.count).max() ?? 0
    }

    init(arrayLiteral phrases: String...) {
        self.init(phrases)
    }

    func makeIterator() -> IndexingIterator<[String]> { phrases.makeIterator() }

    /// Whether any phrase occurs in `text`.
    func occurs(in text: String) -> Bool {
        firstByteOffset(in: text, earliestEnd: true) != nil
    }

    /// The UTF-8 offset where the leftmost occurrence of any phrase begins.
    func firstByteOffset(in text: String) -> Int? {
        firstByteOffset(in: text, earliestEnd: false)
    }

    /// The character offset where the leftmost occurrence of any phrase begins.
    func firstCharacterOffset(in text: String) -> Int? {
        firstByteOffset(in: text).map { text.distance(from: text.startIndex, to: text.utf8.index(text.startIndex, offsetBy: $0)) }
    }

    /// Every occurrence of every phrase, overlapping ones included: where it begins (a character offset)
    /// and which phrase it is (its index in the list), in the order they end.
    func occurrences(in text: String) -> [(offset: Int, phrase: Int)] {
        var text = text
        var found: [(offset: Int, phrase: Int)] = []
        let ascii = text.withUTF8 { bytes -> Bool in
            transitions.withUnsafeBufferPointer { transitions in
                longest.withUnsafeBufferPointer { longest in
                    classes.withUnsafeBufferPointer { classes in
                        var state = 0
                        var high: UInt8 = 0
                        for position in 0..<bytes.count {
                            let byte = bytes[position]
                            high |= byte
                            state = Int(transitions[state * classCount + Int(classes[Int(byte)])])
                            guard longest[state] > 0 else { continue }
                            for phrase in outputs[state] { found.append((position + 1 - lengths[phrase], phrase)) }
                        }
                        return high < 0x80
                    }
                }
            }
        }
        guard !ascii, !found.isEmpty else { return found }
        // Byte offsets to character offsets.
        var characterAt = [Int](repeating: -1, count: text.utf8.count + 1)
        var byte = 0
        for (index, character) in text.enumerated() {
            characterAt[byte] = index
            byte += character.utf8.count
        }
        return found.compactMap { match in characterAt[match.offset] >= 0 ? (characterAt[match.offset], match.phrase) : nil }
    }

    /// With `earliestEnd`, stops at the first phrase found, wherever it began.
    private func firstByteOffset(in text: String, earliestEnd: Bool) -> Int? {
        var text = text
        return text.withUTF8 { bytes -> Int? in
            transitions.withUnsafeBufferPointer { transitions in
                longest.withUnsafeBufferPointer { longest in
                    classes.withUnsafeBufferPointer { classes in
                        var state = 0
                        var best: Int?
                        for position in 0..<bytes.count {
                            // No phrase that ends from here on can begin before the one found.
                            if let found = best, position - maximumLength >= found { break }
                            state = Int(transitions[state * classCount + Int(classes[Int(bytes[position])])])
                            let length = Int(longest[state])
                            if length > 0 {
                                let start = position + 1 - length
                                if earliestEnd { return start }
                                if best.map({ start < $0 }) ?? true { best = start }
                            }
                        }
                        return best
                    }
                }
            }
        }
    }
}
