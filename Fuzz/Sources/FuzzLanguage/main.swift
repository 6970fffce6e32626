import CFuzzerDriver
import Foundation
import NotebookLanguage

// Any bytes as the lines of one nn block (and, split at blank lines, as several blocks): parse,
// check, and format every diagnostic. A crash, a hang or a trap is a bug; diagnostics are not.
let status = weave_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let whole = BlockSource(text: text, file: "fuzz.md", firstLine: 2)
    _ = Parser().parse(whole)
    var firstLine = 2
    let blocks = text.components(separatedBy: "\n\n").map { part in
        defer { firstLine += part.split(separator: "\n", omittingEmptySubsequences: false).count + 1 }
        return BlockSource(text: part, file: "fuzz.md", firstLine: firstLine)
    }
    let checked = Checker.check(blocks)
    _ = DiagnosticFormatter(sources: ["fuzz.md": text]).format(checked.diagnostics)
    return 0
}
exit(status)
