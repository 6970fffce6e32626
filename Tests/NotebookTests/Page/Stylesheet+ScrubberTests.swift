@testable import Notebook
import Testing

/// The scrubber's CSS: each stop shows its own panel and its own marked point and nothing else,
/// all on screen with `:has()` only, so without it (and in print) every panel shows.
@Suite struct StylesheetScrubberTests {
    @Test func exactlyOnePanelPerCheckedStop() throws {
        let css = Stylesheet.css
        let start = try #require(css.range(of: "@media screen {\n  @supports selector(:has(*)) {"))
        let scoped = css[start.upperBound...]
        // Everything scrubber-specific that hides or shows is inside that block.
        #expect(scoped.contains(".scrub-panels > *, .scrub-curve .stop { display: none; }"))
        for k in 1...20 {
            let checked = ".scrubber:has(.scrub-control label:nth-of-type(\(k)) > input:checked)"
            let rule = "\(checked) .scrub-panels > :nth-child(\(k)),\n"
                + "    \(checked) .scrub-curve .stop:nth-child(\(k)) { display: block; }"
            #expect(scoped.contains(rule), "stop \(k)")
            // No other rule shows a panel for this stop.
            #expect(css.components(separatedBy: checked).count - 1 == 2)
        }
        #expect(!css.contains("label:nth-of-type(21)"))
        // Outside that block the controls are hidden: small multiples, and in print.
        let before = css[..<start.lowerBound]
        #expect(before.contains(".scrub-control { display: none; }"))
        #expect(!before.contains(".scrub-panels > * {"))
        #expect(css.contains("input:focus-visible { outline: 3px solid"))
    }

    /// Choosing step k hides the steps after it and highlights step k's last column, on screen
    /// with `:has()` only.
    @Test func stepsUpToTheChosenOneShow() throws {
        let css = Stylesheet.css
        let start = try #require(css.range(of: "@media screen {\n  @supports selector(:has(*)) {"))
        for k in 1...8 {
            let checked = ".stepper:has(.scrub-control label:nth-of-type(\(k)) > input:checked)"
            #expect(css[start.upperBound...].contains("\(checked) .steps > table:nth-of-type(n+\(k + 1)) { display: none; }"))
            #expect(css[start.upperBound...].contains("\(checked) .steps > table:nth-of-type(\(k)) td:last-child {"))
            #expect(css.components(separatedBy: checked).count - 1 == 2)
        }
        #expect(!css[..<start.lowerBound].contains(".stepper"))
    }
}
