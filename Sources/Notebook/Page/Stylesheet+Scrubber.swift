// MARK: - Scrubbers

// `plot boundary … scrub=…`: radio controls choose which panel of a figure shows, with CSS alone.
// Where `:has()` works, on screen, the chosen panel shows and the others are hidden, and the one
// marked point of the curve beside it that belongs to the chosen stop; elsewhere (no `:has()`,
// or printed) the controls are hidden and every panel shows, as small multiples.
// `trace … steps=true` uses the same controls: the steps up to the chosen one show, and the
// chosen step's computed column is highlighted; without `:has()`, every table shows.

extension Stylesheet {
    /// The most stops a scrubber has rules for: `TrainSpec.maximumSnapshots`, and sweeps as long.
    static let scrubberStops = 20

    /// The most steps a stepper has rules for: a trace's five tables, with room to spare.
    static let stepperSteps = 8

    static var scrubberCSS: String {
        let choose = (1...scrubberStops).map { k in
            "    .scrubber:has(.scrub-control label:nth-of-type(\(k)) > input:checked) .scrub-panels > :nth-child(\(k)),\n"
                + "    .scrubber:has(.scrub-control label:nth-of-type(\(k)) > input:checked) .scrub-curve .stop:nth-child(\(k))"
                + " { display: block; }"
        }.joined(separator: "\n")
        // Steps after the chosen one are hidden; the chosen step's computed numbers stand out.
        let step = (1...stepperSteps).map { k in
            "    .stepper:has(.scrub-control label:nth-of-type(\(k)) > input:checked) .steps > table:nth-of-type(n+\(k + 1))"
                + " { display: none; }\n"
                + "    .stepper:has(.scrub-control label:nth-of-type(\(k)) > input:checked) .steps > table:nth-of-type(\(k)) td:last-child"
                + " { background: var(--surface); box-shadow: inset 0 0 0 2px var(--accent); font-weight: 600; }"
        }.joined(separator: "\n")
        return """
            .scrub-control { display: none; }
            .scrub-curve .stop { fill: none; stroke: var(--plot-text, currentColor); stroke-width: 1.5; }
            .scrub-curve svg { margin-top: 0.75rem; }
            @media screen {
              @supports selector(:has(*)) {
                .scrub-control { display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; border: 0; padding: 0; margin: 0 0 0.5rem; font-size: 0.9rem; }
                .scrub-control legend { float: left; margin-right: 0.25rem; color: var(--muted); padding: 0.2rem 0; }
                .scrub-control label { display: inline-flex; align-items: center; gap: 0.25rem; padding: 0.15rem 0.5rem; border: 1px solid var(--border); border-radius: 1rem; cursor: pointer; font-variant-numeric: tabular-nums; }
                .scrub-control label:has(input:checked) { background: var(--surface); border-color: currentColor; font-weight: 600; }
                .scrub-control input { margin: 0; accent-color: currentColor; }
                .scrub-control input:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
                .scrub-view { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 336px), 1fr)); gap: 0.75rem; align-items: start; }
                .scrub-curve svg { margin-top: 0; }
                .scrub-panels { grid-template-columns: 1fr; }
                .scrub-panels > *, .scrub-curve .stop { display: none; }
                .scrub-curve .stop { fill: var(--plot-text, currentColor); stroke: none; }
            \(choose)
            \(step)
              }
            }
            """
    }
}
