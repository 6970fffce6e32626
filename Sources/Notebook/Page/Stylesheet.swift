import SVGPlot

/// The site's one stylesheet, written as `style.css` beside the pages.
///
/// Light by default, dark under `prefers-color-scheme: dark`; figures follow because SVGPlot draws
/// axes, text and grid lines with the `--plot-…` custom properties set here. No web fonts, no
/// JavaScript: system fonts and native MathML.
enum Stylesheet {
    static let fileName = "style.css"

    /// The page rules, then SVGPlot's figure rules, which pages include once for all figures,
    /// then the navigation's and the print rules.
    static var css: String {
        pageCSS + "\n" + PlotStyle.css + "\n" + navigationCSS + "\n" + scrubberCSS + "\n" + languageCSS + "\n"
            + printCSS + "\n"
    }

    /// The custom properties SVGPlot's figures are drawn with, in the light and dark themes;
    /// shared by the pages and the index's previews (``FigurePreview``).
    static let plotColors: (light: KeyValuePairs<String, String>, dark: KeyValuePairs<String, String>) = (
        light: [
            "--plot-bg": "#ffffff", "--plot-legend": "rgba(255, 255, 255, 0.85)", "--plot-text": "#1d1f23",
            "--plot-axis": "#4b5160", "--plot-grid": "#e3e6eb", "--plot-edge": "#1a1a1a",
        ],
        dark: [
            "--plot-bg": "#1b1e23", "--plot-legend": "rgba(27, 30, 35, 0.85)", "--plot-text": "#e6e8ec",
            "--plot-axis": "#b3bac6", "--plot-grid": "#2f343c", "--plot-edge": "#f2f4f7",
        ]
    )

    /// `name: value;` lines, every line after the first indented by `indent` (the first takes
    /// the indentation of the line it is interpolated into).
    static func declarations(_ properties: KeyValuePairs<String, String>, indent: String) -> String {
        properties.map { "\($0.key): \($0.value);" }.joined(separator: "\n" + indent)
    }

    private static let pageCSS = """
        :root {
          color-scheme: light dark;
          --text: #1d1f23;
          --muted: #5b6270;
          --background: #ffffff;
          --surface: #f5f6f8;
          --border: #d9dce2;
          --accent: #1f5fbf;
          --code-keyword: #8a3ab9;
          --code-number: #0b7a55;
          --code-string: #a34d00;
          --code-comment: #6b7280;
          --code-name: #1f5fbf;
          --warning-bg: #fff4d6;
          --warning-border: #d39e00;
          --error-bg: #fde8e8;
          --error-border: #c92a2a;
          \(declarations(plotColors.light, indent: "  "))
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --text: #e6e8ec;
            --muted: #a2a9b6;
            --background: #15171b;
            --surface: #1f2228;
            --border: #343a44;
            --accent: #7fb0ff;
            --code-keyword: #d7a6ff;
            --code-number: #6fd3a8;
            --code-string: #ffb870;
            --code-comment: #8b93a1;
            --code-name: #8fbcff;
            --warning-bg: #3a3012;
            --warning-border: #d6a82c;
            --error-bg: #3d1c1c;
            --error-border: #ff6b6b;
            \(declarations(plotColors.dark, indent: "    "))
          }
        }
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body {
          margin: 0;
          background: var(--background);
          color: var(--text);
          font: 17px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
        }
        a { color: var(--accent); }
        .site-header, main, .site-footer { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
        .site-header { padding-top: 1rem; padding-bottom: 0.5rem; border-bottom: 1px solid var(--border); }
        .site-title { font-weight: 700; text-decoration: none; letter-spacing: 0.02em; }
        .site-footer { color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--border); margin-top: 3rem; }
        h1, h2, h3, h4 { line-height: 1.25; margin: 2rem 0 0.75rem; }
        h1 { font-size: 2rem; margin-top: 1.5rem; }
        h2 { font-size: 1.45rem; border-bottom: 1px solid var(--border); padding-bottom: 0.25rem; }
        h3 { font-size: 1.2rem; }
        p, ul, ol { margin: 0.75rem 0; }
        img, svg { max-width: 100%; height: auto; }
        code, pre, kbd { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.88em; }
        :not(pre) > code { background: var(--surface); padding: 0.1em 0.3em; border-radius: 4px; }
        pre { background: var(--surface); border: 1px solid var(--border); border-radius: 6px; padding: 0.75rem 1rem; overflow-x: auto; line-height: 1.45; }
        blockquote { margin: 1rem 0; padding: 0 1rem; border-left: 4px solid var(--border); color: var(--muted); }
        .lead { font-size: 1.1rem; color: var(--muted); }
        .notebooks { list-style: none; padding: 0; }
        .notebooks li { padding: 0.75rem 0; border-bottom: 1px solid var(--border); }
        .notebooks li a { font-size: 1.2rem; font-weight: 600; }
        .notebooks li p { margin: 0.25rem 0 0; color: var(--muted); }
        .toc { background: var(--surface); border: 1px solid var(--border); border-radius: 6px; padding: 0.5rem 1rem; margin: 1rem 0 2rem; font-size: 0.95rem; }
        .toc summary { cursor: pointer; font-weight: 600; }
        .toc ol { margin: 0.5rem 0; padding-left: 0; list-style: none; }
        .toc li { margin: 0.15rem 0; }
        .toc .toc-level-3 { margin-left: 1.25rem; font-size: 0.9rem; }
        .pager { display: flex; justify-content: space-between; gap: 1rem; margin: 3rem 0 1rem; }
        .pager a { display: block; max-width: 48%; text-decoration: none; border: 1px solid var(--border); border-radius: 6px; padding: 0.5rem 0.75rem; }
        .pager .next { margin-left: auto; text-align: right; }
        .pager-label { display: block; font-size: 0.8rem; color: var(--muted); }
        .cell { margin: 1.25rem 0; }
        .cell pre.nn-source { margin-bottom: 0.5rem; }
        .cell-output { overflow-x: auto; }
        .cell-output .output { margin: 0.5rem 0; }
        .cell-output .expectations { list-style: none; padding-left: 0; }
        .tok-keyword { color: var(--code-keyword); font-weight: 600; }
        .tok-number { color: var(--code-number); }
        .tok-string { color: var(--code-string); }
        .tok-comment { color: var(--code-comment); font-style: italic; }
        .tok-name { color: var(--code-name); }
        table { border-collapse: collapse; margin: 0.75rem 0; font-size: 0.9rem; font-variant-numeric: tabular-nums; }
        th, td { border: 1px solid var(--border); padding: 0.3rem 0.6rem; text-align: right; }
        th { background: var(--surface); font-weight: 600; }
        td.label, th.label { text-align: left; }
        caption { caption-side: top; text-align: left; color: var(--muted); font-size: 0.9rem; padding-bottom: 0.3rem; }
        figure { margin: 1.5rem 0; }
        figure svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
        figure .panels { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 336px), 1fr)); gap: 0.75rem; align-items: start; justify-items: center; }
        figure .figure-key svg { margin: 0 auto 0.25rem; }
        figcaption { color: var(--muted); font-size: 0.9rem; margin-top: 0.4rem; }
        figcaption .figure-number { font-weight: 600; color: var(--text); }
        .note { border-left: 4px solid var(--warning-border); background: var(--warning-bg); padding: 0.5rem 0.75rem; border-radius: 4px; margin: 0.75rem 0; }
        .note.error { border-color: var(--error-border); background: var(--error-bg); }
        .expectations { color: var(--muted); font-size: 0.85rem; }
        .expectations .passed::before { content: "✓ "; color: var(--code-number); }
        .downloads { font-size: 0.9rem; }
        details.program summary { cursor: pointer; font-size: 0.9rem; }
        details.program pre { max-height: 30rem; margin-top: 0.5rem; }
        math { font-size: 1.1em; font-family: "Latin Modern Math", "STIX Two Math", "DejaVu Math TeX Gyre", math; }
        math[display="block"] { display: block; overflow-x: auto; overflow-y: hidden; margin: 1rem 0; padding: 0.25rem 0; }
        @media (max-width: 600px) {
          body { font-size: 16px; }
          h1 { font-size: 1.6rem; }
          .pager { flex-direction: column; }
          .pager a { max-width: 100%; }
        }
        """
}

// MARK: - Navigation, previews and print

extension Stylesheet {
    /// The rules inside a preview SVG (``FigurePreview``): the plot colours of both themes and
    /// SVGPlot's figure rules.
    static var previewCSS: String {
        """
        svg {
          \(declarations(plotColors.light, indent: "  "))
        }
        @media (prefers-color-scheme: dark) {
          svg {
            \(declarations(plotColors.dark, indent: "    "))
          }
        }
        \(PlotStyle.css)
        """
    }

    /// The list of notebooks on every page: a column at the left on wide screens; on narrow ones
    /// a "Notebooks" button (a checkbox and its label: no script) that opens the list.
    static let navigationCSS = """
        .site-nav { max-width: 46rem; margin: 0 auto; padding: 0 1rem; font-size: 0.95rem; }
        .site-nav-toggle { position: absolute; opacity: 0; width: 1px; height: 1px; margin: 0; }
        .site-nav-label { display: inline-block; cursor: pointer; padding: 0.4rem 0; font-weight: 600; color: var(--accent); }
        .site-nav-label::after { content: " \\25BE"; }
        .site-nav-toggle:checked + .site-nav-label::after { content: " \\25B4"; }
        .site-nav-toggle:focus-visible + .site-nav-label { outline: 2px solid var(--accent); outline-offset: 2px; }
        .site-nav-list { display: none; list-style: none; margin: 0 0 0.5rem; padding: 0 0 0.5rem; border-bottom: 1px solid var(--border); }
        .site-nav-toggle:checked ~ .site-nav-list { display: block; }
        .site-nav-list li { margin: 0.3rem 0; line-height: 1.35; }
        .site-nav-list a { text-decoration: none; }
        .site-nav-list a:hover { text-decoration: underline; }
        .site-nav-list a.current { font-weight: 700; color: var(--text); }
        .site-nav-sections { list-style: none; margin: 0.3rem 0 0.5rem; padding-left: 0.75rem; border-left: 2px solid var(--border); font-size: 0.88rem; }
        .notebooks li { display: flow-root; }
        .notebooks .preview { float: right; margin: 0.25rem 0 0.5rem 1rem; line-height: 0; }
        .notebooks .preview img { display: block; width: 10rem; height: auto; border: 1px solid var(--border); border-radius: 4px; background: var(--plot-bg); }
        @media (max-width: 600px) {
          .notebooks .preview img { width: 7rem; }
        }
        @media (min-width: 64rem) {
          body { padding-left: 16rem; }
          .site-nav { position: fixed; top: 0; bottom: 0; left: 0; width: 16rem; max-width: none; margin: 0; padding: 1rem 1rem 2rem 1.25rem; overflow-y: auto; background: var(--surface); border-right: 1px solid var(--border); }
          .site-nav-label { cursor: default; color: var(--muted); font-size: 0.75rem; letter-spacing: 0.06em; text-transform: uppercase; }
          .site-nav-label::after, .site-nav-toggle:checked + .site-nav-label::after { content: none; }
          .site-nav-list, .site-nav-toggle:checked ~ .site-nav-list { display: block; border-bottom: 0; }
        }
        """

    /// Printed pages: the article alone, in the light theme, figures and tables kept whole.
    /// Fonts for pages (and parts of pages) in languages written in Han characters, kana or
    /// hangul: the same character takes different glyph forms in Chinese, Japanese and Korean,
    /// so each language names its own families, system fonts on every platform (named, never
    /// shipped). Latin text keeps the page's font; figures keep DejaVu Sans for Latin text,
    /// whose widths SVGPlot measures, and take the language's font for the rest (measured as
    /// full width). Chinese text is not italicised or hyphenated.
    static let languageCSS = """
        /* Languages */
        body:lang(zh), [lang|="zh"] { font-family: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "WenQuanYi Micro Hei", sans-serif; }
        body:lang(zh-Hant), body:lang(zh-TW), body:lang(zh-HK), [lang|="zh-Hant"], [lang|="zh-TW"], [lang|="zh-HK"] { font-family: system-ui, -apple-system, "Segoe UI", "PingFang TC", "Microsoft JhengHei", "Noto Sans CJK TC", "Source Han Sans TC", "Noto Sans TC", sans-serif; }
        body:lang(ja), [lang|="ja"] { font-family: system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", Meiryo, "Noto Sans CJK JP", "Source Han Sans JP", "Noto Sans JP", sans-serif; }
        body:lang(ko), [lang|="ko"] { font-family: system-ui, -apple-system, "Segoe UI", "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans CJK KR", "Source Han Sans KR", "Noto Sans KR", sans-serif; }
        :lang(zh) .svgplot text { font-family: "DejaVu Sans", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; }
        :lang(zh-Hant) .svgplot text, :lang(zh-TW) .svgplot text, :lang(zh-HK) .svgplot text { font-family: "DejaVu Sans", "PingFang TC", "Microsoft JhengHei", "Noto Sans CJK TC", "Source Han Sans TC", sans-serif; }
        :lang(ja) .svgplot text { font-family: "DejaVu Sans", "Hiragino Sans", "Yu Gothic", Meiryo, "Noto Sans CJK JP", "Source Han Sans JP", sans-serif; }
        :lang(ko) .svgplot text { font-family: "DejaVu Sans", "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans CJK KR", "Source Han Sans KR", sans-serif; }
        :lang(zh) em, :lang(ja) em { font-style: normal; text-emphasis: filled dot; text-emphasis-position: under right; }
        :lang(zh), :lang(ja) { hyphens: manual; }
        .editions { display: flex; gap: 0.75rem; justify-content: flex-end; font-size: 0.9rem; margin: 0.5rem 0 -0.5rem; }
        .editions a { text-decoration: none; border: 1px solid var(--border); border-radius: 4px; padding: 0.1rem 0.5rem; }
        """

    static let printCSS = """
        @media print {
          :root { color-scheme: light; }
          body { padding-left: 0; font-size: 11pt; background: #ffffff; color: #000000; }
          .site-header, .site-nav, .toc, .pager { display: none; }
          .site-header, main, .site-footer { max-width: none; padding: 0; }
          a { color: inherit; }
          figure, svg, table, pre, .cell-output .output, math[display="block"] { break-inside: avoid; }
          h1, h2, h3, h4 { break-after: avoid; }
          pre { white-space: pre-wrap; overflow: visible; }
          .cell-output, math[display="block"] { overflow: visible; }
        }
        """
}
