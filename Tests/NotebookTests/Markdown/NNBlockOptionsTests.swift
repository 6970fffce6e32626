import NotebookLanguage
import Testing
@testable import Notebook

@Suite struct NNBlockOptionsTests {
    /// Options parsed from `text` as if it started at column 7 of line 3.
    private func parse(_ text: String) -> (NNBlockOptions, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let options = NNBlockOptions(
            parsing: Substring(text), at: SourceLocation(file: "n.md", line: 3, column: 7), diagnostics: &diagnostics)
        return (options, diagnostics)
    }

    @Test func readsEveryOption() {
        let (options, diagnostics) = parse(#" hide caption="Loss of \"h = 50\" \\ all" label=fig:loss-2 size=640x360"#)
        #expect(diagnostics.isEmpty)
        #expect(options == NNBlockOptions(
            isHidden: true, caption: #"Loss of "h = 50" \ all"#, label: "fig:loss-2",
            size: FigureSize(width: 640, height: 360)))
    }

    @Test func quietShowsNothing() {
        let (options, diagnostics) = parse(" quiet")
        #expect(diagnostics.isEmpty)
        #expect(options.isQuiet && !options.isHidden)
        #expect(parse(" quiet=yes").1.map { $0.message } == ["option 'quiet' takes no value"])
    }

    @Test func noOptionsIsDefault() {
        let (options, diagnostics) = parse("   ")
        #expect(options == NNBlockOptions())
        #expect(diagnostics.isEmpty)
    }

    @Test(arguments: [
        (" captoin=\"x\"", 8, "unknown block option 'captoin'", "did you mean 'caption'?"),
        (" hdie", 8, "unknown block option 'hdie'", "did you mean 'hide'?"),
        (" colour=red", 8, "unknown block option 'colour'", "options are hide, quiet, caption, label, size"),
        (" hide=yes", 13, "option 'hide' takes no value", nil),
        (" caption=plain", 8, "option 'caption' needs a quoted text", "write caption=\"…\""),
        (" caption=\"open", 16, "unterminated text; close it with '\"'", nil),
        (" caption=\"a\\nb\"", 18, "unknown escape in text; use \\\" or \\\\", nil),
        (" label=moons", 14, "option 'label' must be fig:NAME",
         "NAME is letters and digits (of any script), '_' and '-', e.g. label=fig:moons"),
        (" label=fig:a.b", 14, "option 'label' must be fig:NAME",
         "NAME is letters and digits (of any script), '_' and '-', e.g. label=fig:moons"),
        (" size=640", 13, "option 'size' must be WIDTHxHEIGHT in pixels", "e.g. size=480x360"),
        (" size=0x10", 13, "option 'size' must be WIDTHxHEIGHT in pixels", "e.g. size=480x360"),
        (" hide hide", 13, "duplicate option 'hide'", nil),
    ] as [(String, Int, String, String?)])
    func reportsLocatedErrors(text: String, column: Int, message: String, hint: String?) {
        let (_, diagnostics) = parse(text)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location == SourceLocation(file: "n.md", line: 3, column: column))
        #expect(diagnostics.first?.message == message)
        #expect(diagnostics.first?.hint == hint)
    }

    @Test func keepsGoodOptionsBesideBadOnes() {
        let (options, diagnostics) = parse(" hide lable=fig:x size=10x20")
        #expect(options == NNBlockOptions(isHidden: true, size: FigureSize(width: 10, height: 20)))
        #expect(diagnostics.map(\.hint) == ["did you mean 'label'?"])
        #expect(diagnostics.first?.length == 5)
    }
}
