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
    }

    /// The Markdown, the math and every nn block, before anything runs: warnings reported,
    /// errors thrown all together.
    private func check(_ report: Reporter) throws(BuildFailure) -> Checked {
        let blockSources = document.blocks.map(\.blockSource)
        let checked = Checker.check(blockSources)
        let math = MathRenderer.render(document.math)
        var diagnostics = report.warnAndKeepErrors(document.diagnostics + checked.diagnostics.diagnostics + math.diagnostics)
        let runnable = limits.capped(checked.blocks)
        diagnostics += WorkEstimate(limit: limits.work, folder: source.directory, memoryLimit: limits.memory)
            .check(runnable)
        if !diagnostics.isEmpty { throw report.failure(diagnostics) }
        return Checked(blockSources: blockSources, blocks: checked.blocks, runnable: runnable, mathHTML: math.html)
    }

    // MARK: - Run

    /// What the blocks gave, in document order, and which of them came from the cache.
    private struct Ran {
        var results: [BlockResult]
        var outcomes: [BlockOutcome]
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
        for (block, checkedBlock) in zip(document.blocks, checked.runnable) {
            let (result, isCached) = runner.run(block, checked: checkedBlock) {
                progress(.blockStarted(path: path, index: block.index, count: document.blocks.count))
            }
            ran.outcomes.append(BlockOutcome(notebook: path, index: block.index, isCached: isCached))
            errors += report.warnAndKeepErrors(result.diagnostics)
            ran.results.append(result)
        }
        if !errors.isEmpty { throw report.failure(errors, dataFiles: dataFiles(of: checked.blocks)) }
        return ran
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
                FigureCaption(number: number, caption: block.options.caption ?? "", label: block.options.label)
            }
            blockHTML[block.index] = renderer.render(
                index: block.index, source: checked.blockSources[block.index], result: result,
                isHidden: block.options.isHidden, caption: caption
            ).render() + "\n"
        }
        let referenceHTML = referenceLinks(numbering, words: words)
        let body = document.body(blockHTML: blockHTML, mathHTML: checked.mathHTML, referenceHTML: referenceHTML)
        if body.html.utf8.count > BuildLimits.maxPageBytes {
            throw report.failure([.error(
                at: SourceLocation(file: report.path, line: 1, column: 1),
                "the page would be \(body.html.utf8.count) bytes, over the limit of \(BuildLimits.maxPageBytes) bytes",
                hint: "print and plot less, or split the notebook")])
        }
        var page = Self.outline(of: source, document: document)
        page.body = body
        page.firstFigure = Self.firstFigure(blocks: document.blocks, results: ran.results)
        return CompiledNotebook(page: page, exports: exports, blocks: ran.outcomes)
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
