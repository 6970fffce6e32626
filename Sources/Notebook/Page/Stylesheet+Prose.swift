// MARK: - Callouts and answers

extension Stylesheet {
    /// GitHub-style alerts in prose (`> [!NOTE]`, ``ProseAlert``) as callouts: a coloured rule
    /// and heading per kind, in both themes; and nn blocks folded with the `answer` option, a
    /// `<details>` whose summary reads as a button.
    static let proseCSS = """
        /* Callouts and answers */
        :root {
          --callout-note: #0b62c4;
          --callout-tip: #1a7f37;
          --callout-important: #7b47d1;
          --callout-warning: #8a5a00;
          --callout-caution: #c0262f;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --callout-note: #5ea2ff;
            --callout-tip: #4cc764;
            --callout-important: #b58cff;
            --callout-warning: #e0a93a;
            --callout-caution: #ff6f6b;
          }
        }
        .callout { --callout: var(--callout-note); margin: 1.25rem 0; padding: 0.6rem 1rem; border-left: 4px solid var(--callout); border-radius: 4px; background: var(--surface); background: color-mix(in srgb, var(--callout) 7%, var(--background)); }
        .callout-tip { --callout: var(--callout-tip); }
        .callout-important { --callout: var(--callout-important); }
        .callout-warning { --callout: var(--callout-warning); }
        .callout-caution { --callout: var(--callout-caution); }
        .callout > :first-child { margin-top: 0; }
        .callout > :last-child { margin-bottom: 0; }
        .callout-title { color: var(--callout); font-weight: 700; font-size: 0.9rem; letter-spacing: 0.02em; margin-bottom: 0.25rem; }
        details.answer { margin: 1.25rem 0; border: 1px solid var(--border); border-radius: 6px; padding: 0 1rem; }
        details.answer > summary { cursor: pointer; font-weight: 600; color: var(--accent); padding: 0.5rem 0; }
        details.answer[open] > summary { border-bottom: 1px solid var(--border); margin-bottom: 0.5rem; }
        details.answer > .cell { margin: 0.5rem 0 1rem; }
        @media print {
          .callout, details.answer { break-inside: avoid; }
        }
        """
}
