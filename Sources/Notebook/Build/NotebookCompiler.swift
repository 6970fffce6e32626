import Foundation
import Markup
import NotebookLanguage

/// A file a notebook exports next to its page.
struct ExportedFile: Sendable {
    var path: String
    var contents: Data
    var location: SourceLocation
}

/// One notebook, checked, run and rendered: its page content and exported files.
struct CompiledNotebook: Sendable {
    var page: PageContent
    var exports: [ExportedFile]
    /// The images its prose shows, copied next to the page.
    var images: [ProseImage] = []
    /// Which blocks ran and which came from the cache.
    var blocks: [BlockOutcome]
}

/// Checks, runs and renders one notebook.
///
/// All errors of a notebook are reported together: Markdown and front-matter problems, TeX
/// errors and nn-language errors are found before anything runs; run-time errors (failed
/// expectations, unreadable data files) after all blocks ran.
///
/// With a cache, a block whose key (see ``BlockKeys``) has a stored result is not run (see
/// ``CachingInterpreter``).
struct NotebookCompiler {
    let source: NotebookSource
    let document: MarkdownDocument
    var cache: BlockCache? = nil
    var limits = BuildLimits()
    /// Every notebook of the site, by `.md` file name, for links between notebooks.
    var sitePages: [String: ProseLinkResolver.LinkTarget] = [:]

    func compile(progress: @escaping @Sendable (BuildEvent) -> Void) throws(BuildFailure) -> CompiledNotebook {
        let report = Reporter(path: source.displayPath, source: document.source, progress: progress)
        let checked = try check(report)
        let ran = try run(checked, report)
        let compiled = try render(checked, ran, report)
        progress(.notebookFinished(path: report.path))
        return compiled
    }

    // MARK: - Check

    /// The notebook, checked: its blocks as the language reads them, and its math as MathML.
    private struct Checked {
        var blockSources: [BlockSource]
        /// Every block, checked.
        var blocks: [CheckedBlock]
        /// The blocks as they run: within the build's limits.
        var runnable: [CheckedBlock]
        var mathHTML: [Int: String]
        /// The inline values (`{nn} t.error`) as the checker read them, and where each stands.
        var valueSources: [InlineValueSource]
        var values: [InlineValueSpec?]
        /// Each caption rendered (inline Markdown, math as MathML), by block index.
        var captionHTML: [Int: String]
        /// The prose's links and images: new destinations, and the images to copy.
        var prose: ProseLinkResolver.Resolved
    }

    /// The Markdown, the math and every nn block, before anything runs: warnings reported,
    /// errors thrown all together.
    private func check(_ report: Reporter) throws(BuildFailure) -> Checked {
        let blockSources = document.blocks.map(\.blockSource)
        // Each inline value sees the names of the blocks above it.
        let valueSources = document.values.map { value in
            InlineValueSource(line: BlockSource.Line(text: value.expression, start: value.location),
                              blocksBefore: document.blocks.prefix { $0.location.line < value.location.line }.count)
        }
        let checked = Checker.check(blockSources, values: valueSources)
        let math = MathRenderer.render(document.math)
        let prose = ProseLinkResolver(folder: source.directory, pages: sitePages).resolve(document.links)
        var diagnostics = report.warnAndKeepErrors(document.diagnostics + checked.diagnostics.diagnostics + math.diagnostics
                                                   + prose.diagnostics)
        // Captions and plot texts are inline Markdown with math: rendered now, so that their
        // TeX errors are reported with the others, before anything runs.
        var captionHTML: [Int: String] = [:]
        for block in document.blocks {
            guard let caption = block.options.caption, let location = block.options.captionLocation else { continue }
            let rendered = InlineMarkdown(caption, at: location).html()
            captionHTML[block.index] = rendered.html
            diagnostics += rendered.diagnostics
        }
        let runnable = Self.plainPlotTexts(limits.capped(checked.blocks), diagnostics: &diagnostics)
        diagnostics += WorkEstimate(limit: limits.work, folder: source.directory, memoryLimit: limits.memory)
            .check(runnable)
        if !diagnostics.isEmpty { throw report.failure(diagnostics) }
        return Checked(blockSources: blockSources, blocks: checked.blocks, runnable: runnable, mathHTML: math.html,
                       valueSources: valueSources, values: checked.values, captionHTML: captionHTML, prose: prose)
    }

    // MARK: - Run

    /// What the blocks gave, in document order, and which of them came from the cache; the
    /// number of each inline value, by its index.
    private struct Ran {
        var results: [BlockResult]
        var outcomes: [BlockOutcome]
        var numbers: [Int: Double] = [:]
    }

    /// Every block in document order, in one session; run-time errors thrown after the last.
    private func run(_ checked: Checked, _ report: Reporter) throws(BuildFailure) -> Ran {
        let path = report.path, progress = report.progress
        progress(.notebookStarted(path: path, blocks: document.blocks.count))
        let interpreter = Interpreter(notebookDirectory: source.directory, words: document.frontMatter.language.words) { event in
            progress(.training(
                path: path, label: event.label, epoch: event.epoch, epochs: event.epochs, loss: event.loss))
        }
        var runner = CachingInterpreter(
            interpreter: interpreter, keys: BlockKeys(notebookPath: path, directory: source.directory,
                                                      engineVersion: cache?.engineVersion ?? EngineVersion.current,
                                                      language: document.frontMatter.language.tag),
            cache: cache)
        var ran = Ran(results: [], outcomes: [])
        var errors: [Diagnostic] = []
        var nextValue = 0
        for (block, checkedBlock) in zip(document.blocks, checked.runnable) {
            let (result, isCached) = runner.run(block, checked: checkedBlock) {
                progress(.blockStarted(path: path, index: block.index, count: document.blocks.count))
            }
            ran.outcomes.append(BlockOutcome(notebook: path, index: block.index, isCached: isCached))
            errors += report.warnAndKeepErrors(result.diagnostics)
            ran.results.append(result)
            // The inline values between this block and the next, now that the session holds
            // what they read.
            while nextValue < checked.valueSources.count, checked.valueSources[nextValue].blocksBefore <= ran.results.count {
                defer { nextValue += 1 }
                guard let spec = checked.values[nextValue], !result.hasErrors else { continue }
                do throws(RunFailure) {
                    ran.numbers[nextValue] = try runner.number(for: spec)
                } catch {
                    if case .diagnostics(let found) = error { errors += found }
                }
            }
        }
        if !errors.isEmpty { throw report.failure(errors, dataFiles: dataFiles(of: checked.blocks)) }
        return ran
    }

    /// The blocks with every plot's title, axis titles and labels made plain text (see
    /// ``InlineMarkdown``), and an error for each formula in them that does not convert.
    static func plainPlotTexts(_ blocks: [CheckedBlock], diagnostics: inout [Diagnostic]) -> [CheckedBlock] {
        var blocks = blocks
        for b in blocks.indices {
            for s in blocks[b].statements.indices {
                guard case .plot(var spec) = blocks[b].statements[s].command else { continue }
                spec.rewriteTexts { text, location in
                    let plain = InlineMarkdown(text, at: location).plainText()
                    diagnostics += plain.diagnostics
                    return plain.text
                }
                blocks[b].statements[s].command = .plot(spec)
            }
        }
        return blocks
    }

    /// The texts of the data files the blocks read, by display path, so that errors located in
    /// them are shown with their lines.
    private func dataFiles(of blocks: [CheckedBlock]) -> [String: String] {
        var texts: [String: String] = [:]
        for file in blocks.flatMap(\.files) {
            guard let text = try? NotebookFolder(source.directory).read(file) else { continue }
            texts[NotebookFolder.sibling(of: source.displayPath, path: file)] = text
        }
        return texts
    }

    // MARK: - Render

    /// Numbers the figures, resolves references, renders every block's cell and puts the cells
    /// into the prose.
    private func render(_ checked: Checked, _ ran: Ran, _ report: Reporter) throws(BuildFailure) -> CompiledNotebook {
        let numbering = try numberFigures(ran.results, report)
        let words = document.frontMatter.language.words
        var blockHTML: [Int: String] = [:]
        var exports: [ExportedFile] = []
        let renderer = BlockRenderer(words: words)
        for (block, result) in zip(document.blocks, ran.results) {
            exports += self.exports(of: result, block: block, statements: checked.runnable[block.index])
            if block.options.isQuiet {
                blockHTML[block.index] = ""
                continue
            }
            let caption = numbering.number(ofBlock: block.index).map { number in
                FigureCaption(number: number, caption: block.options.caption ?? "", label: block.options.label,
                              html: checked.captionHTML[block.index])
            }
            let cell = renderer.render(
                index: block.index, source: checked.blockSources[block.index], result: result,
                isHidden: block.options.isHidden, caption: caption)
            blockHTML[block.index] = Self.foldedAsAnswer(cell, label: block.options.answer, words: words).render() + "\n"
        }
        let referenceHTML = referenceLinks(numbering, words: words)
        let (mathHTML, valueHTML) = try insertValues(checked, ran, report)
        let body = document.body(blockHTML: blockHTML, mathHTML: mathHTML, referenceHTML: referenceHTML,
                                 valueHTML: valueHTML, linkURLs: checked.prose.linkURLs,
                                 imageURLs: checked.prose.imageURLs)
        if body.html.utf8.count > BuildLimits.maxPageBytes {
            throw report.failure([.error(
                at: SourceLocation(file: report.path, line: 1, column: 1),
                "the page would be \(body.html.utf8.count) bytes, over the limit of \(BuildLimits.maxPageBytes) bytes",
                hint: "print and plot less, or split the notebook")])
        }
        var page = Self.outline(of: source, document: document)
        page.body = body
        page.firstFigure = Self.firstFigure(blocks: document.blocks, results: ran.results)
        return CompiledNotebook(page: page, exports: exports, images: checked.prose.images, blocks: ran.outcomes)
    }

    /// A block's cell inside `<details>` when the block is an answer (`answer` or
    /// `answer="…"`): the summary is the author's label, or the page language's "Show the answer".
    static func foldedAsAnswer(_ cell: Node, label: String?, words: InterfaceWords) -> Node {
        guard let label else { return cell }
        return .element("details", ["class": "answer"], [
            .element("summary", [.text(label.isEmpty ? words.showAnswer : label)]),
            cell,
        ])
    }

    /// The figures' numbers, known only now that the blocks have run: a caption or label on a
    /// block without a figure is a warning, a reference to such a block an error.
    private func numberFigures(_ results: [BlockResult], _ report: Reporter) throws(BuildFailure) -> FigureNumbering {
        let numbering = FigureNumbering(blocks: document.blocks, results: results)
        for block in document.blocks where numbering.number(ofBlock: block.index) == nil && !block.options.isQuiet
            && (block.options.caption != nil || block.options.label != nil) {
            report.warn(.warning(
                at: block.location, "this block draws no figure, so its caption and label are not shown",
                hint: "add a plot to the block, or drop caption= and label="))
        }
        let unresolved = document.references.filter { numbering.target(ofLabel: $0.label) == nil }.map { reference in
            Diagnostic.error(
                at: reference.location, "the block labelled '\(reference.label)' draws no figure",
                hint: "refer to a block with a plot in it", length: reference.sourceText.unicodeScalars.count)
        }
        if !unresolved.isEmpty { throw report.failure(unresolved) }
        return numbering
    }

    /// The files a block's statements export, each located at the statement that writes it.
    private func exports(of result: BlockResult, block: NNBlock, statements: CheckedBlock) -> [ExportedFile] {
        var exports: [ExportedFile] = []
        for case .export(let fileName, let data) in result.items {
            let statement = statements.statements.first { $0.writes.contains(fileName) }
            exports.append(ExportedFile(path: fileName, contents: data, location: statement?.location ?? block.location))
        }
        return exports
    }

    /// The inline values' numbers: as text in the prose, and as TeX in their math spans, which
    /// are converted again with them (before the run, `0` stood in).
    private func insertValues(
        _ checked: Checked, _ ran: Ran, _ report: Reporter
    ) throws(BuildFailure) -> (mathHTML: [Int: String], valueHTML: [Int: String]) {
        var valueHTML: [Int: String] = [:]
        for (value, spec) in zip(document.values, checked.values) where value.mathIndex == nil {
            guard let spec, let number = ran.numbers[value.index] else { continue }
            valueHTML[value.index] = Node.text(InlineValueText.prose(number, spec.format)).render()
        }
        let withValues = MathRenderer.render(document.math.filter { !$0.values.isEmpty }) { index in
            guard let spec = checked.values[index], let number = ran.numbers[index] else { return "0" }
            return InlineValueText.tex(number, spec.format)
        }
        if !withValues.diagnostics.isEmpty { throw report.failure(withValues.diagnostics) }
        return (checked.mathHTML.merging(withValues.html) { _, new in new }, valueHTML)
    }

    /// A link to its figure for every `@fig:` reference, by reference index.
    private func referenceLinks(_ numbering: FigureNumbering, words: InterfaceWords) -> [Int: String] {
        var referenceHTML: [Int: String] = [:]
        for reference in document.references {
            guard let target = numbering.target(ofLabel: reference.label) else { continue }   // an error before
            referenceHTML[reference.index] = Node.element(
                "a", ["class": "figure-ref", "href": SiteURL.fragment(target.anchor)], [.text(words.fill(words.figureReference, String(target.number)))]
            ).render()
        }
        return referenceHTML
    }

    /// The first figure a reader sees on the page (quiet blocks show none).
    private static func firstFigure(blocks: [NNBlock], results: [BlockResult]) -> RenderedFigure? {
        for (block, result) in zip(blocks, results) where !block.options.isQuiet {
            for case .figure(let figure) in result.items { return figure }
        }
        return nil
    }

    /// The page's title, summary and headings, known without running anything.
    static func outline(of source: NotebookSource, document: MarkdownDocument) -> PageContent {
        PageContent(
            fileName: source.pageFileName,
            title: document.title ?? source.url.deletingPathExtension().lastPathComponent,
            summary: document.frontMatter.summary,
            // The folder and file name only: a page never depends on where weave was run from.
            sourcePath: source.url.deletingLastPathComponent().lastPathComponent + "/" + source.url.lastPathComponent,
            body: PageBody(),
            headings: document.headings,
            date: document.frontMatter.date,
            image: document.frontMatter.image,
            baseURL: document.frontMatter.baseURL,
            language: document.frontMatter.language)
    }

    /// Where a notebook's diagnostics go: warnings to the progress as they are found, errors into a
    /// `BuildFailure` that shows the notebook's lines.
    private struct Reporter {
        let path: String
        let source: String
        let progress: @Sendable (BuildEvent) -> Void

        func warn(_ warning: Diagnostic) {
            progress(.warning(warning, formatted: DiagnosticFormatter(sources: [path: source]).format(warning)))
        }

        /// Reports the warnings among `diagnostics` and returns the errors.
        func warnAndKeepErrors(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
            for diagnostic in diagnostics where diagnostic.severity != .error { warn(diagnostic) }
            return diagnostics.filter { $0.severity == .error }
        }

        /// The errors, shown with the notebook's lines and those of `dataFiles` (text by display path).
        func failure(_ errors: [Diagnostic], dataFiles: [String: String] = [:]) -> BuildFailure {
            BuildFailure(diagnostics: errors, sources: [path: source].merging(dataFiles) { a, _ in a })
        }
    }
}
