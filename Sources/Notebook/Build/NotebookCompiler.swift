import Foundation
import Markup
import NotebookLanguage

/// A file a notebook exports next to its page.
public struct ExportedFile: Sendable {
    public var path: String
    public var contents: Data
    public var location: SourceLocation
}

/// One notebook, checked, run and rendered: its page content and exported files.
public struct CompiledNotebook: Sendable {
    public var page: PageContent
    public var exports: [ExportedFile]
    /// Which blocks ran and which came from the cache.
    public var blocks: [BlockOutcome]
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
        let path = source.displayPath
        let sources = [path: document.source]
        let formatter = { (diagnostic: Diagnostic) in
            DiagnosticFormatter(sources: sources).format(diagnostic)
        }

        // Check: the Markdown, the math and every nn block, before anything runs.
        let blockSources = document.blocks.map(\.blockSource)
        let checked = Checker.check(blockSources)
        let math = MathRenderer.render(document.math)
        var diagnostics = document.diagnostics + checked.diagnostics.diagnostics + math.diagnostics
        for warning in diagnostics where warning.severity != .error {
            progress(.warning(warning, formatted: formatter(warning)))
        }
        diagnostics.removeAll { $0.severity != .error }
        let runnable = limits.capped(checked.blocks)
        diagnostics += WorkEstimate(limit: limits.work, folder: source.directory, memoryLimit: limits.memory)
            .check(runnable)
        if !diagnostics.isEmpty { throw BuildFailure(diagnostics: diagnostics, sources: sources) }

        // Run: every block in document order, in one session.
        progress(.notebookStarted(path: path, blocks: document.blocks.count))
        let words = document.frontMatter.language.words
        let interpreter = Interpreter(notebookDirectory: source.directory, words: words) { event in
            progress(.training(
                path: path, label: event.label, epoch: event.epoch, epochs: event.epochs, loss: event.loss))
        }
        var runner = CachingInterpreter(
            interpreter: interpreter, keys: BlockKeys(notebookPath: path, directory: source.directory,
                                                      engineVersion: cache?.engineVersion ?? EngineVersion.current,
                                                      language: document.frontMatter.language.tag),
            cache: cache)
        var results: [BlockResult] = []
        var outcomes: [BlockOutcome] = []
        for (block, checkedBlock) in zip(document.blocks, runnable) {
            let (result, isCached) = runner.run(block, checked: checkedBlock) {
                progress(.blockStarted(path: path, index: block.index, count: document.blocks.count))
            }
            outcomes.append(BlockOutcome(notebook: path, index: block.index, isCached: isCached))
            for diagnostic in result.diagnostics {
                if diagnostic.severity == .error {
                    diagnostics.append(diagnostic)
                } else {
                    progress(.warning(diagnostic, formatted: formatter(diagnostic)))
                }
            }
            results.append(result)
        }
        if !diagnostics.isEmpty {
            throw BuildFailure(diagnostics: diagnostics, sources: sources.merging(dataFiles(of: checked.blocks)) { a, _ in a })
        }

        // Render: number the figures, resolve references, put the blocks into the prose.
        let numbering = FigureNumbering(blocks: document.blocks, results: results)
        // Captions and labels need a figure: known only now that the blocks have run.
        for block in document.blocks where numbering.number(ofBlock: block.index) == nil && !block.options.isQuiet
            && (block.options.caption != nil || block.options.label != nil) {
            let warning = Diagnostic.warning(
                at: block.location, "this block draws no figure, so its caption and label are not shown",
                hint: "add a plot to the block, or drop caption= and label=")
            progress(.warning(warning, formatted: formatter(warning)))
        }
        let unresolved = document.references.filter { numbering.target(ofLabel: $0.label) == nil }.map { reference in
            Diagnostic.error(
                at: reference.location, "the block labelled '\(reference.label)' draws no figure",
                hint: "refer to a block with a plot in it", length: reference.sourceText.unicodeScalars.count)
        }
        if !unresolved.isEmpty { throw BuildFailure(diagnostics: unresolved, sources: sources) }
        var blockHTML: [Int: String] = [:]
        var exports: [ExportedFile] = []
        let renderer = BlockRenderer(words: words)
        for (block, result) in zip(document.blocks, results) {
            for case .export(let fileName, let data) in result.items {
                let statement = runnable[block.index].statements.first { $0.writes.contains(fileName) }
                exports.append(ExportedFile(path: fileName, contents: data, location: statement?.location ?? block.location))
            }
            if block.options.isQuiet {
                blockHTML[block.index] = ""
                continue
            }
            let caption = numbering.number(ofBlock: block.index).map { number in
                FigureCaption(number: number, caption: block.options.caption ?? "", label: block.options.label)
            }
            blockHTML[block.index] = renderer.render(
                index: block.index, source: blockSources[block.index], result: result,
                isHidden: block.options.isHidden, caption: caption
            ).render() + "\n"
        }
        var referenceHTML: [Int: String] = [:]
        for reference in document.references {
            guard let target = numbering.target(ofLabel: reference.label) else { continue }   // reported above
            referenceHTML[reference.index] = Node.element(
                "a", ["class": "figure-ref", "href": SiteURL.fragment(target.anchor)], [.text(words.fill(words.figureReference, String(target.number)))]
            ).render()
        }
        let body = document.body(blockHTML: blockHTML, mathHTML: math.html, referenceHTML: referenceHTML)
        if body.html.utf8.count > BuildLimits.maxPageBytes {
            throw BuildFailure(diagnostics: [.error(
                at: SourceLocation(file: path, line: 1, column: 1),
                "the page would be \(body.html.utf8.count) bytes, over the limit of \(BuildLimits.maxPageBytes) bytes",
                hint: "print and plot less, or split the notebook")], sources: sources)
        }
        progress(.notebookFinished(path: path))
        var page = Self.outline(of: source, document: document)
        page.body = body
        page.firstFigure = Self.firstFigure(blocks: document.blocks, results: results)
        return CompiledNotebook(page: page, exports: exports, blocks: outcomes)
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
}
