import Notebook
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
            #expect(css.components(separatedBy: "label:nth-of-type(\(k)) > input:checked").count - 1 == 2)
        }
        #expect(!css.contains("label:nth-of-type(21)"))
        // Outside that block the controls are hidden: small multiples, and in print.
        let before = css[..<start.lowerBound]
        #expect(before.contains(".scrub-control { display: none; }"))
        #expect(!before.contains(".scrub-panels > * {"))
        #expect(css.contains("input:focus-visible { outline: 3px solid"))
    }
}
