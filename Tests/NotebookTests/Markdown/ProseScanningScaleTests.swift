import Testing
@testable import Notebook

/// Hostile prose that used to take quadratic time (240 KB of unclosed `$`: 99 s; 100 KB of
/// text colliding with the placeholder prefix: 54 s) now reads in linear time. The bounds are
/// generous, for debug builds on a busy machine: they catch a quadratic scan, not a slow one.
@Suite struct ProseScanningScaleTests {
    private func secondsToRead(_ text: String) -> (Duration, MarkdownDocument) {
        let clock = ContinuousClock()
        let start = clock.now
        let document = MarkdownDocument(fileName: "n.md", text: text)
        return (clock.now - start, document)
    }

    /// Each input by name (the names keep the test's description short), with how many math
    /// spans it has.
    static let inputs: [String: (text: String, spans: Int)] = [
        "unclosed $": ("# T\n\n" + String(repeating: "$a ", count: 80_000) + "\n", 0),
        "unclosed $ over lines": ("# T\n\n" + String(repeating: "$a b\n", count: 40_000), 0),
        "escaped $$": ("# T\n\n" + String(repeating: "$$a\\$ ", count: 40_000) + "\n", 20_000),
        "closed spans": ("# T\n\n" + String(repeating: "$a$ ", count: 20_000) + "\n", 20_000),
        "placeholder prefix": ("# T\n\nwvph" + String(repeating: "x", count: 100_000) + "\n", 0),
        "many prefixes": ("# T\n\n" + (0..<400).map { "wvph" + String(repeating: "x", count: $0) }
            .joined(separator: " "), 0),
        "unclosed backtick runs": ("# T\n\n" + (1..<700).map { String(repeating: "`", count: $0) }
            .joined(separator: " $x$ "), 698),
        "repeated headings": ("# T\n\n" + String(repeating: "## a\n\n", count: 20_000), 0),
    ]

    @Test(arguments: inputs.keys.sorted())
    func readsLargeHostileProseInLinearTime(name: String) throws {
        let input = try #require(Self.inputs[name])
        let (duration, document) = secondsToRead(input.text)
        #expect(duration < .seconds(5), "\(name): \(duration)")
        #expect(document.math.count == input.spans, "\(name)")
    }

    @Test func manyRepeatedHeadingsGetTheirNumbersInOrder() {
        let (_, document) = secondsToRead(String(repeating: "## a\n\n", count: 5_000))
        #expect(document.headings.count == 5_000)
        #expect(document.headings.last?.id == "a-5000")
        #expect(Set(document.headings.map(\.id)).count == 5_000)
    }

    /// The one-pass prefix is the one the old loop ("add an `x` while the text contains the
    /// prefix") chose, on every text of up to 7 letters from {w, v, p, h, x, ' '}.
    @Test func placeholderPrefixIsTheSmallestAbsentOne() {
        let letters: [Character] = ["w", "v", "p", "h", "x", " "]
        var texts = [""]
        var frontier = [""]
        for _ in 1...7 {
            frontier = frontier.flatMap { text in letters.map { text + String($0) } }
            texts += frontier
        }
        // Plus texts around the stem, which random letters rarely spell.
        texts += ["wvph", "wvphx wvph", "awvphxxb", "wvphxxwvphx", "wvpwvph", "xwvphxxx wvphx"]
        for text in texts {
            var expected = "wvph"
            while text.contains(expected) { expected += "x" }
            #expect(Placeholder(avoiding: text).prefix == expected, "\(text)")
        }
    }

    /// Remembering where each slug's numbering got to gives the ids that counting again from 2
    /// gives.
    @Test func headingIDsMatchCountingFromTwo() {
        func reference(_ texts: [String]) -> [String] {
            var used: Set<String> = []
            return texts.map { text in
                let base = Heading.slug(text)
                var id = base
                var counter = 2
                while used.contains(id) { id = "\(base)-\(counter)"; counter += 1 }
                used.insert(id)
                return id
            }
        }
        let pool = ["a", "a 2", "a-3", "a", "b", "a 2", "a", "a-2-2", "a 2", "a", "b 2", "b"]
        var generator = SplitMix64(seed: 7)
        for _ in 0..<300 {
            let texts = (0..<Int(generator.next() % 14)).map { _ in pool[Int(generator.next() % UInt64(pool.count))] }
            #expect(Heading.makeIDs(for: texts) == reference(texts), "\(texts)")
        }
    }
}

extension ProseScanningScaleTests {
    /// The math spans the forward searches found before the tables of `ProseScanner.Closes`
    /// (one paragraph, no block starts inside it): the TeX of each span, in order.
    static func referenceSpans(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        func find(from start: Int, accept: (Int) -> Bool) -> Int? {
            var j = start
            while j < s.count {
                if s[j] == "\\" { j += 2; continue }
                if s[j] == "`" { return nil }
                if s[j] == "$", accept(j) { return j }
                j += 1
            }
            return nil
        }
        func run(at start: Int) -> Int {
            var end = start
            while end < s.count, s[end] == "`" { end += 1 }
            return end - start
        }
        var spans: [String] = []
        var i = 0
        while i < s.count {
            switch s[i] {
            case "\\":
                i += 2
            case "`":
                let length = run(at: i)
                var j = i + length
                var close: Int?
                while j < s.count {
                    guard s[j] == "`" else { j += 1; continue }
                    let other = run(at: j)
                    if other == length { close = j; break }
                    j += other
                }
                i = close.map { $0 + length } ?? i + length
            case "$" where i + 1 < s.count && s[i + 1] == "$":
                if let close = find(from: i + 2, accept: { j in j + 1 < s.count && s[j + 1] == "$" }) {
                    spans.append(String(String.UnicodeScalarView(s[(i + 2)..<close])))
                    i = close + 2
                } else {
                    i += 2
                }
            case "$":
                let opens = i + 1 < s.count && !s[i + 1].properties.isWhitespace
                let close = opens ? find(from: i + 1) { j in
                    j > i + 1 && !s[j - 1].properties.isWhitespace && !(j + 1 < s.count && ("0"..."9").contains(s[j + 1]))
                } : nil
                if let close {
                    spans.append(String(String.UnicodeScalarView(s[(i + 1)..<close])))
                    i = close + 1
                } else {
                    i += 1
                }
            default:
                i += 1
            }
        }
        return spans
    }

    /// Every text of up to 6 scalars from `$ a space \ ` 1`, scanned with the tables, gives the
    /// spans the forward searches gave.
    @Test func tablesFindTheSpansTheSearchesFound() {
        let letters: [Character] = ["$", "a", " ", "\\", "`", "1"]
        var frontier = [""]
        var count = 0
        for _ in 1...6 {
            frontier = frontier.flatMap { text in letters.map { text + String($0) } }
            for text in frontier {
                let source = SourceText(fileName: "n.md", text: text)
                let scanner = ProseScanner(source: source, placeholder: Placeholder(avoiding: text)) { _ in false }
                #expect(scanner.math.map(\.tex) == Self.referenceSpans(text), "\(text)")
                count += 1
            }
        }
        #expect(count > 40_000)
    }
}

/// A fixed sequence of pseudo-random numbers (SplitMix64), so the test is the same every run.
private struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
