import Foundation
import Markup
import NotebookLanguage

/// Turns one nn block's source and results into the HTML of its cell.
///
/// `<section class="cell" id="cell-N">` holds the highlighted source (`<pre class="nn-source">`,
/// left out for a `hide` block), then the outputs in order: tables with captions, figures with
/// their number and caption, notes, passed expectations as a small list, and download links for
/// exported files. The same block and result always give the same bytes.
///
/// ```swift
/// let html = BlockRenderer().render(index: 3, source: source, result: result, isHidden: false,
///                                   caption: FigureCaption(number: 2, caption: "Two moons", label: "fig:moons"))
/// html.render()   // <section class="cell" id="cell-3">…
/// ```
struct BlockRenderer: Sendable {
    /// The page language's words: figure numbers, notes.
    var words: InterfaceWords

    init(words: InterfaceWords = .english) {
        self.words = words
    }

    /// - Parameter caption: the number, caption and label of the block's figure; every plot of a
    ///   block goes into that one `<figure>`, side by side when there are several.
    func render(index: Int, source: BlockSource, result: BlockResult, isHidden: Bool = false,
                       caption: FigureCaption? = nil) -> Node {
        var children: [Node] = []
        if !isHidden {
            children.append(.element("pre", ["class": "nn-source"], [
                .element("code", [SourceHighlighter().node(for: source)]),
            ]))
        }
        var outputs: [Node] = []
        var figures: [RenderedFigure] = []
        var figurePosition: Int?
        var passed: [Node] = []
        var downloads: [Node] = []
        // A trace's steps (`trace … steps=true`) are gathered and shown as one stepper.
        var steps: [DataTable] = []
        var stepperCount = 0
        func flushSteps() {
            guard !steps.isEmpty else { return }
            stepperCount += 1
            outputs.append(stepper(steps, group: "cell-\(index)-steps-\(stepperCount)"))
            steps = []
        }
        for item in result.items {
            if case .table(let table) = item, table.step != nil {
                steps.append(table)
                continue
            }
            flushSteps()
            switch item {
            case .table(let table):
                outputs.append(self.table(table))
            case .figure(let figure):
                // All of a block's plots share one <figure>, placed where the first one was drawn.
                if figurePosition == nil {
                    figurePosition = outputs.count
                    outputs.append(.fragment([]))
                }
                figures.append(figure)
            case .value(let name, let text):
                outputs.append(.element("p", ["class": "output"], [
                    .element("code", [.text(name)]), .text(" = "), .element("code", [.text(text)]),
                ]))
            case .note(let diagnostic):
                let kind = diagnostic.severity == .error ? "note error" : "note"
                let hint = diagnostic.hint.map { [Node.text(words.fill(words.noteHint, $0))] } ?? []
                outputs.append(.element("p", ["class": kind], [.text(diagnostic.message)] + hint))
            case .expectation(let expectation):
                if expectation.hasPassed {
                    passed.append(.element("li", ["class": "passed"], [.element("code", [.text(expectation.statement)])]))
                } else {
                    outputs.append(.element("p", ["class": "note error"], [
                        .text(words.expectationFailed), .element("code", [.text(expectation.statement)]),
                    ]))
                }
            case .export(let fileName, let data):
                downloads.append(.element("a", ["href": SiteURL.relative(fileName)], [.text(fileName)]))
                if let program = Self.program(fileName: fileName, data: data, words: words) { outputs.append(program) }
            }
        }
        flushSteps()
        if let figurePosition {
            outputs[figurePosition] = figure(figures, caption: caption)
        }
        if !passed.isEmpty { outputs.append(.element("ul", ["class": "expectations"], passed)) }
        if !downloads.isEmpty {
            var links: [Node] = []
            for (k, link) in downloads.enumerated() {
                if k > 0 { links.append(.text(" · ")) }
                links.append(link)
            }
            outputs.append(.element("p", ["class": "downloads"], links))
        }
        if !outputs.isEmpty { children.append(.element("div", ["class": "cell-output"], outputs)) }
        return .element("section", ["class": "cell", "id": "cell-\(index)"], children)
    }

    /// The most bytes of an exported numpy program shown on the page; a longer one is only linked.
    static let maximumShownProgram = 64 * 1024

    /// An exported numpy program (`.py`), folded: `<details>` with the text as code, no script.
    static func program(fileName: String, data: Data, words: InterfaceWords = .english) -> Node? {
        guard fileName.hasSuffix(".py"), data.count <= maximumShownProgram,
              let text = String(data: data, encoding: .utf8) else { return nil }
        return .element("details", ["class": "program"], [
            .element("summary", [.text(words.showNumpyProgram)]),
            .element("pre", [.element("code", ["class": "language-python"], [.text(text)])]),
        ])
    }

    private func table(_ table: DataTable) -> Node {
        var rows: [Node] = [.element("tr", table.columns.enumerated().map { k, column in
            let isLabel = table.rows.first.map { k < $0.count && !$0[k].isNumber } ?? true
            return isLabel ? .element("th", ["class": "label", "scope": "col"], [.text(column)])
                : .element("th", ["scope": "col"], [.text(column)])
        })]
        for row in table.rows {
            rows.append(.element("tr", row.map { cell in
                cell.isNumber ? .element("td", [.text(cell.text)]) : .element("td", ["class": "label"], [.text(cell.text)])
            }))
        }
        return .element("table", [
            .element("caption", [.text(table.caption)]),
            .element("thead", [rows[0]]),
            .element("tbody", Array(rows.dropFirst())),
        ])
    }

    private func figure(_ all: [RenderedFigure], caption: FigureCaption?) -> Node {
        // The colour key first, once for all panels; the panels in a grid the page lays out.
        let keys = all.filter(\.isKey), figures = all.filter { !$0.isKey }
        var children: [Node] = keys.map { .element("div", ["class": "figure-key"], [.trusted($0.svg)]) }
        let stops = figures.filter { $0.stop?.label != nil }
        if !stops.isEmpty {
            return scrubber(keys: children, stops: stops, curves: figures.filter { $0.stop != nil && $0.stop?.label == nil },
                            caption: caption, id: caption?.id ?? "figure-\(all[0].key)")
        }
        children += figures.count == 1
            ? [.trusted(figures[0].svg)]
            : [.element("div", ["class": "panels"], figures.map { .trusted($0.svg) })]
        children += linkNodes(all)
        if let caption { children.append(figcaption(caption)) }
        return .element("figure", ["id": caption?.id ?? "figure-\(all[0].key)"], children)
    }

    /// A trace's tables as steps: a radio group (the first step chosen) before the tables. The
    /// page's CSS shows the steps up to the chosen one and highlights the numbers it computes
    /// (its last column) where `:has()` works; elsewhere, and in print, every table shows.
    private func stepper(_ tables: [DataTable], group: String) -> Node {
        var controls: [Node] = [.element("legend", [.text(words.step)])]
        for (k, table) in tables.enumerated() {
            var input: [(String, String)] = [("type", "radio"), ("name", group), ("id", "\(group)-\(k + 1)")]
            if k == 0 { input.append(("checked", "checked")) }
            controls.append(.element("label", ["for": "\(group)-\(k + 1)"], [
                .element(Element("input", input, [])), .text(table.step ?? ""),
            ]))
        }
        return .element("div", ["class": "stepper"], [
            .element("fieldset", ["class": "scrub-control"], controls),
            .element("div", ["class": "steps"], tables.map(table)),
        ])
    }

    /// The figures' links, one paragraph for all of them, or nothing.
    private func linkNodes(_ figures: [RenderedFigure]) -> [Node] {
        let links = figures.flatMap(\.links)
        guard !links.isEmpty else { return [] }
        var nodes: [Node] = []
        for (k, link) in links.enumerated() {
            if k > 0 { nodes.append(.text(" · ")) }
            nodes.append(.element("a", ["href": link.url], [.text(link.text)]))
        }
        return [.element("p", ["class": "figure-links"], nodes)]
    }

    /// "Figure 2. Caption" in the page's words, for plain figures and scrubbers alike.
    private func figcaption(_ caption: FigureCaption) -> Node {
        .element("figcaption", [
            .element("span", ["class": "figure-number"], [.text(words.fill(words.figureNumber, String(caption.number)))]),
            .text(caption.caption.isEmpty ? "" : words.captionSeparator + caption.caption),
        ])
    }

    /// A scrubber: a group of radio controls (one per stop, the last chosen) before the panels
    /// and the curve that follows the choice. The page's CSS shows the chosen panel alone where
    /// `:has()` works, and every panel (small multiples) where it does not, or in print.
    private func scrubber(keys: [Node], stops: [RenderedFigure], curves: [RenderedFigure], caption: FigureCaption?,
                          id: String) -> Node {
        let group = "\(stops[0].key)-stop"
        var controls: [Node] = [.element("legend", [.text(stops[0].stop?.legend ?? "")])]
        for (k, stop) in stops.enumerated() {
            var input: [(String, String)] = [("type", "radio"), ("name", group), ("id", "\(group)-\(k + 1)")]
            if k == stops.count - 1 { input.append(("checked", "checked")) }
            controls.append(.element("label", ["for": "\(group)-\(k + 1)"], [
                .element(Element("input", input, [])), .text(stop.stop?.label ?? ""),
            ]))
        }
        var view: [Node] = [.element("div", ["class": "panels scrub-panels"], stops.map { .trusted($0.svg) })]
        view += curves.map { .element("div", ["class": "scrub-curve"], [.trusted($0.svg)]) }
        var children = keys
        children.append(.element("fieldset", ["class": "scrub-control"], controls))
        children.append(.element("div", ["class": "scrub-view"], view))
        children += linkNodes(stops + curves)
        if let caption { children.append(figcaption(caption)) }
        return .element("figure", ["id": id, "class": "scrubber"], children)
    }
}
