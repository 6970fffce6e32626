extension ProseScanner {
    /// Where each span that opens in a paragraph would close, worked out once for the whole
    /// paragraph so that scanning stays linear however many openers never close.
    ///
    /// Searching forward from every opener (240 KB of `$a ` with no closing `$` is 80 000
    /// searches of up to the paragraph's end) is quadratic. The answer of a search from offset
    /// `p` depends only on `p` — the scalar there, and the answer from `p + 1` (or `p + 2` after
    /// a backslash) — so one backward pass fills a table of answers for every `p`. Backtick runs
    /// are indexed by length, so a code span's closing run is a binary search away.
    struct Closes {
        /// For each offset, the first `$` from there that may close an inline span; -1 for none.
        private var inlineClose: [Int]
        /// For each offset, the first `$$` from there; -1 for none.
        private var displayClose: [Int]
        /// The starts of the paragraph's maximal backtick runs, by run length, in increasing order.
        private var runs: [Int: [Int]] = [:]
        /// The inline values' code spans (`` `{nn} …` ``): the start of the opening run, and the
        /// end of the closing one. A math span passes over them; any other backtick ends it.
        private var valueEnds: [Int: Int] = [:]

        /// The tables of `s`, a paragraph's scalars joined by `\n`; `startsBlock(j)` tells whether
        /// the line break at `j` leads into a line where cmark starts a new block.
        init(_ s: [Unicode.Scalar], startsBlock: (Int) -> Bool) {
            let count = s.count
            inlineClose = Array(repeating: -1, count: count + 2)
            displayClose = Array(repeating: -1, count: count + 2)
            var j = 0
            while j < count {
                guard s[j] == "`" else { j += 1; continue }
                let length = ProseScanner.runLength(of: "`", in: s, at: j)
                runs[length, default: []].append(j)
                j += length
            }
            // The code spans as the forward scan meets them (backslashes and autolinks skipped;
            // math holds no backtick but an inline value's), to know which are inline values.
            j = 0
            while j < count {
                switch s[j] {
                case "\\":
                    j += 2
                case "<":
                    j = ProseScanner.autolinkEnd(in: s, at: j) ?? j + 1
                case "`":
                    let length = ProseScanner.runLength(of: "`", in: s, at: j)
                    guard let close = Self.backtickRun(in: runs, length: length, from: j + length) else {
                        j += length
                        continue
                    }
                    if InlineValue.isMarked(s, from: j + length, to: close) { valueEnds[j] = close + length }
                    j = close + length
                default:
                    j += 1
                }
            }
            // Rules, in the order a forward search applies them: a backslash skips the next
            // scalar; a line break into a new block ends an inline search; a backtick ends both;
            // an inline span closes at a `$` after a non-space and not before a digit, a display
            // span at `$$`.
            var p = count - 1
            while p >= 0 {
                switch s[p] {
                case "\\":
                    inlineClose[p] = inlineClose[p + 2]
                    displayClose[p] = displayClose[p + 2]
                case "`":
                    if let end = valueEnds[p] {
                        inlineClose[p] = inlineClose[end]
                        displayClose[p] = displayClose[end]
                    }
                case "\n":
                    inlineClose[p] = startsBlock(p) ? -1 : inlineClose[p + 1]
                    displayClose[p] = displayClose[p + 1]
                case "$":
                    let closesInline = p > 0 && !s[p - 1].properties.isWhitespace
                        && !(p + 1 < count && ("0"..."9").contains(s[p + 1]))
                    inlineClose[p] = closesInline ? p : inlineClose[p + 1]
                    displayClose[p] = p + 1 < count && s[p + 1] == "$" ? p : displayClose[p + 1]
                default:
                    inlineClose[p] = inlineClose[p + 1]
                    displayClose[p] = displayClose[p + 1]
                }
                p -= 1
            }
        }

        /// The end of the inline value whose code span opens at `start`, if one does.
        func valueEnd(at start: Int) -> Int? { valueEnds[start] }

        /// The first `$` at or after `start` that closes an inline span, if any.
        func inline(from start: Int) -> Int? {
            start < inlineClose.count && inlineClose[start] >= 0 ? inlineClose[start] : nil
        }

        /// The first `$` of a `$$` at or after `start`, if any.
        func display(from start: Int) -> Int? {
            start < displayClose.count && displayClose[start] >= 0 ? displayClose[start] : nil
        }

        /// The start of the first backtick run of exactly `length` at or after `start`, which
        /// closes a code span opened by a run of that length just before `start`.
        func backtickRun(length: Int, from start: Int) -> Int? {
            Self.backtickRun(in: runs, length: length, from: start)
        }

        private static func backtickRun(in runs: [Int: [Int]], length: Int, from start: Int) -> Int? {
            guard let starts = runs[length] else { return nil }
            var low = 0
            var high = starts.count
            while low < high {
                let middle = (low + high) / 2
                if starts[middle] < start { low = middle + 1 } else { high = middle }
            }
            return low < starts.count ? starts[low] : nil
        }
    }
}
