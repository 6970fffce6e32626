import NotebookLanguage
import Testing
@testable import Notebook

@Suite struct ProseScannerTests {
    private func scan(_ text: String, verbatim: Set<Int> = []) -> ProseScanner {
        let source = SourceText(fileName: "n.md", text: text)
        return ProseScanner(source: source, placeholder: Placeholder(avoiding: text)) { verbatim.contains($0) }
    }

    private func at(_ line: Int, _ column: Int) -> NotebookLanguage.SourceLocation {
        SourceLocation(file: "n.md", line: line, column: column)
    }

    @Test func texReachesTheConverterUntouched() {
        let scanner = scan(#"Rule: $a_{ij} = b * c_k \\ d\,e \$ f$ done."#)
        #expect(scanner.math.map(\.tex) == [#"a_{ij} = b * c_k \\ d\,e \$ f"#])
        #expect(scanner.math.first?.location == at(1, 8))
        #expect(scanner.math.first?.isDisplay == false)
        #expect(scanner.rewrittenText(blankingFirst: 0) == "Rule: wvphm0z done.")
    }

    @Test(arguments: [
        ("costs $5 and $6", [String]()),
        (#"a literal \$x$ dollar"#, []),
        ("$ x$ and $x $", []),
        ("`$code$` and ``a ` $b$`` but $c$", ["c"]),
        ("unclosed `$a$ is math", ["a"]),
        ("$$\\sum_i x_i$$ and $y$", ["\\sum_i x_i", "y"]),
        ("<https://a.org/$x$> and <a@fig:b>", []),
        ("$x$\n\n$ not across a blank line\n\n$", ["x"]),
        ("$a`b$` c$ and `x` $y$", ["y"]),
        ("```nn $`$", []),
    ] as [(String, [String])])
    func findsMathOnlyInProse(text: String, tex: [String]) {
        #expect(scan(text).math.map(\.tex) == tex)
    }

    @Test func inlineMathStopsWhereABlockStartsButDisplayMathDoesNot() {
        let source = SourceText(fileName: "n.md", text: "$a\n# b$ c\n\n$$\na\n+ b\n$$\n\n$p\nq$")
        let outline = CMarkDocument.outline(of: source.text)
        let scanner = ProseScanner(source: source, placeholder: Placeholder(avoiding: source.text),
                                   blockStarts: outline.blockStartLines) { _ in false }
        #expect(scanner.math.map(\.tex) == ["\na\n+ b\n", "p\nq"])
    }

    @Test func skipsVerbatimLines() {
        let scanner = scan("$a$\n```\n$b$\n```\n$c$", verbatim: [2, 3, 4])
        #expect(scanner.math.map(\.tex) == ["a", "c"])
        #expect(scanner.rewrittenText(blankingFirst: 0) == "wvphm0z\n```\n$b$\n```\nwvphm1z")
    }

    @Test func displayMathInAQuoteAcrossLines() {
        let text = "> Then\n> $$\n>   a \\\\\n>  b\n> $$ done\n"
        let scanner = scan(text)
        let span = scanner.math[0]
        #expect(span.isDisplay)
        #expect(span.tex == "\na \\\\\nb\n")
        #expect(span.lineStarts == [at(2, 5), at(3, 5), at(4, 4), at(5, 3)])
        #expect(span.location(atScalarOffset: 3) == at(3, 7))  // the first backslash
        #expect(span.sourceText == "$$\n>   a \\\\\n>  b\n> $$")
        #expect(scanner.rewrittenText(blankingFirst: 0) == "> Then\n> wvphm0z done\n")
    }

    @Test func findsFigureReferences() {
        let scanner = scan("See @fig:moons-2, (@fig:a_b). Not me@fig:x or @fig: or `@fig:c`.\n@fig:end-")
        #expect(scanner.references.map(\.label) == ["fig:moons-2", "fig:a_b", "fig:end"])
        #expect(scanner.references.map(\.location) == [at(1, 5), at(1, 20), at(2, 1)])
        #expect(scanner.rewrittenText(blankingFirst: 0)
            == "See wvphr0z, (wvphr1z). Not me@fig:x or @fig: or `@fig:c`.\nwvphr2z-")
    }

    @Test func blanksFrontMatterLines() {
        let scanner = scan("---\ntitle: $x$\n---\n$y$", verbatim: [1, 2, 3])
        #expect(scanner.rewrittenText(blankingFirst: 3) == "\n\n\nwvphm0z")
        #expect(scanner.math.first?.location == at(4, 2))
    }
}
