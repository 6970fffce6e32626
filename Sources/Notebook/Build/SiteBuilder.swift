import Foundation
import NotebookLanguage

/// Builds a site from a folder of notebooks, as a recipe of named steps:
/// load → parse → check → run → render → assemble.
///
/// Nothing is written here: the result is a ``SiteFiles`` held in memory, which the caller
/// writes with ``SiteWriter`` (or compares, for `weave check`), so a failed build never touches
/// the previous site.
///
/// ```swift
/// let builder = try SiteBuilder(notebooksDirectory: "notebooks")
/// let site = try builder.build(selecting: nil) { event in print(event) }
/// try SiteWriter(directory: URL(fileURLWithPath: "site")).replaceAll(with: site)
/// ```
///
/// With a ``cache``, blocks whose results are stored are not run again; ``compile(selecting:progress:)``
/// tells which ran. A cached build and a clean one give the same bytes.
public struct SiteBuilder: Sendable {
    /// Every notebook of the folder, in file-name order.
    public let notebooks: [NotebookSource]
    /// The site's settings (`weave.yml` in the project's root).
    public var config = SiteConfig()
    var layout: PageLayout { PageLayout(siteTitle: config.title, baseURL: config.baseURL) }
    /// Where block results are kept between builds; nil runs every block.
    public var cache: BlockCache?
    /// The work each notebook may ask for (see ``BuildLimits``).
    public var limits = BuildLimits()
    /// The folder a partial build writes into. A partial build links (index, navigation,
    /// previous and next, other editions, sitemap and feed) only to the pages it builds and the
    /// pages already there (`bp.html`), never to a page the folder lacks, and its index keeps
    /// the previews there of the pages it does not run (their first figures are not computed).
    /// nil links every notebook's page.
    public var outputFolder: URL?

    /// Reads every `.md` file directly inside `notebooksDirectory`, and the site's settings
    /// from the project's `weave.yml` when it has one.
    public init(notebooksDirectory: String) throws(BuildFailure) {
        let folder = URL(fileURLWithPath: notebooksDirectory, isDirectory: true)
        let prefix = notebooksDirectory == "." ? "" : notebooksDirectory.hasSuffix("/")
            ? notebooksDirectory : notebooksDirectory + "/"
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
                .sorted()
        } catch {
            throw BuildFailure(diagnostics: [.error(
                at: SourceLocation(file: notebooksDirectory, line: 1, column: 1),
                "cannot read the folder of notebooks", hint: "check the path")], sources: [:])
        }
        var notebooks: [NotebookSource] = []
        var problems: [Diagnostic] = []
        for name in names {
            if name.lowercased() == "index.md" {
                // Its page would be index.html, which the site's index overwrites.
                problems.append(.error(
                    at: SourceLocation(file: prefix + name, line: 1, column: 1),
                    "a notebook named '\(name)' would be overwritten by the site's index page",
                    hint: "rename it, e.g. to intro.md"))
                continue
            }
            do {
                notebooks.append(try NotebookSource.read(
                    displayPath: prefix + name, url: folder.appendingPathComponent(name)))
            } catch {
                problems.append(error)
            }
        }
        if !problems.isEmpty { throw BuildFailure(diagnostics: problems, sources: [:]) }
        self.notebooks = notebooks
        self.config = try SiteConfig.load(notebooksDirectory: notebooksDirectory)
    }

    /// Builds the pages of the notebooks named in `names` (file names such as `bp.md`), or of
    /// every notebook when `names` is nil, plus the index and the stylesheet.
    ///
    /// Every notebook is parsed, because titles, order and the previous/next links depend on
    /// all of them; only the selected ones run.
    public func build(
        selecting names: [String]?, progress: @escaping @Sendable (BuildEvent) -> Void = { _ in }
    ) throws(BuildFailure) -> SiteFiles {
        try compile(selecting: names, progress: progress).files
    }

    /// Builds like ``build(selecting:progress:)`` and also reports, block by block, what ran and
    /// what came from the cache.
    public func compile(
        selecting names: [String]?, progress: @escaping @Sendable (BuildEvent) -> Void = { _ in }
    ) throws(BuildFailure) -> SiteBuild {
        let selected = try select(names)
        var sources: [String: String] = [:]
        var diagnostics: [Diagnostic] = []

        // Parse: every notebook, for its title, summary and order.
        var documents: [String: MarkdownDocument] = [:]
        for notebook in notebooks {
            // A notebook is read into memory several times over (text, lines, scalars, cmark's
            // tree): past a few megabytes, refuse it before reading it.
            if notebook.bytes.count > BuildLimits.maxNotebookBytes {
                if selected.contains(notebook.displayPath) {
                    diagnostics.append(.error(
                        at: SourceLocation(file: notebook.displayPath, line: 1, column: 1),
                        "the notebook is \(notebook.bytes.count) bytes, over the limit of "
                            + "\(BuildLimits.maxNotebookBytes) bytes", hint: "split it into several notebooks"))
                }
                continue
            }
            do {
                let document = try MarkdownDocument(fileName: notebook.displayPath, bytes: notebook.bytes)
                documents[notebook.displayPath] = document
                sources[notebook.displayPath] = document.source
            } catch {
                if selected.contains(notebook.displayPath) { diagnostics.append(error) }
            }
        }
        if !diagnostics.isEmpty { throw BuildFailure(diagnostics: diagnostics, sources: sources) }
        let ordered = notebooks
            .compactMap { notebook in documents[notebook.displayPath].map { (notebook, $0) } }
            .sorted { lhs, rhs in
                (lhs.1.frontMatter.order ?? Int.max, lhs.0.pageFileName)
                    < (rhs.1.frontMatter.order ?? Int.max, rhs.0.pageFileName)
            }

        // Check, run and render each selected notebook.
        let sitePages = Dictionary(ordered.map { notebook, document in
            (notebook.url.lastPathComponent, ProseLinkResolver.LinkTarget(source: notebook, document: document))
        }) { first, _ in first }
        var pages: [String: CompiledNotebook] = [:]
        for (notebook, document) in ordered where selected.contains(notebook.displayPath) {
            do {
                pages[notebook.displayPath] = try NotebookCompiler(
                    source: notebook, document: document, cache: cache, limits: limits, sitePages: sitePages)
                    .compile(progress: progress)
            } catch {
                diagnostics.append(contentsOf: error.diagnostics.diagnostics)
                sources.merge(error.sources) { current, _ in current }
            }
        }
        if !diagnostics.isEmpty { throw BuildFailure(diagnostics: diagnostics, sources: sources) }

        // Assemble: pages with their neighbours, the index, the stylesheet, the sitemap and feed,
        // exported files and images. A partial build links only to pages the output will have.
        let linked = outputFolder.map(Self.pages(in:)).map { existing in
            ordered.filter { selected.contains($0.0.displayPath) || existing.contains($0.0.pageFileName) }
        } ?? ordered
        let contents = Editions.linking(linked.map { notebook, document in
            pages[notebook.displayPath]?.page ?? keptPreview(NotebookCompiler.outline(of: notebook, document: document))
        })
        diagnostics = Self.pathProblems(of: ordered.compactMap { notebook, _ in
            pages[notebook.displayPath].map { (notebook, $0) }
        })
        if !diagnostics.isEmpty { throw BuildFailure(diagnostics: diagnostics, sources: sources) }
        let feed = AtomFeed(pages: contents, config: config).render()
        var layout = layout
        layout.hasFeed = feed != nil
        var site = SiteFiles()
        var exportOwners: [String: String] = [:]
        for (position, (notebook, _)) in linked.enumerated() {
            guard let compiled = pages[notebook.displayPath] else { continue }
            // Previous and next stay in the page's language: another language's edition of a
            // page is reached by the edition links, not by paging.
            let sameLanguage = contents.indices.filter { contents[$0].language == contents[position].language }
            let place = sameLanguage.firstIndex(of: position) ?? 0
            let previous = place > 0 ? link(to: contents[sameLanguage[place - 1]]) : nil
            let next = place + 1 < sameLanguage.count ? link(to: contents[sameLanguage[place + 1]]) : nil
            site.add(compiled.page.fileName, text: layout.render(
                contents[position], pages: contents, previous: previous, next: next))
            if let preview = compiled.page.previewPath, let figure = compiled.page.firstFigure {
                site.add(preview, text: FigurePreview.document(for: figure))
            }
            for export in compiled.exports {
                if let owner = exportOwners[export.path], owner != notebook.displayPath {
                    diagnostics.append(.error(
                        at: export.location, "'\(export.path)' is also exported by \(owner)",
                        hint: "give the file another name"))
                }
                exportOwners[export.path] = notebook.displayPath
                site.add(export.path, export.contents)
            }
        }
        if !diagnostics.isEmpty { throw BuildFailure(diagnostics: diagnostics, sources: sources) }
        site.add("index.html", text: layout.renderIndex(contents))
        site.add(Stylesheet.fileName, text: Stylesheet.css)
        site.add(SiteMap.fileName, text: SiteMap(pages: contents, config: config).render())
        if let feed { site.add(AtomFeed.fileName, text: feed) }
        diagnostics = Self.addImages(ordered.compactMap { pages[$0.0.displayPath] }, to: &site)
        if !diagnostics.isEmpty { throw BuildFailure(diagnostics: diagnostics, sources: sources) }
        let outcomes = ordered.flatMap { notebook, _ in pages[notebook.displayPath]?.blocks ?? [] }
        return SiteBuild(files: site, blocks: outcomes)
    }

    private func select(_ names: [String]?) throws(BuildFailure) -> Set<String> {
        guard let names else { return Set(notebooks.map(\.displayPath)) }
        var selected: Set<String> = []
        var missing: [Diagnostic] = []
        for name in names {
            if let notebook = notebooks.first(where: { $0.url.lastPathComponent == name }) {
                selected.insert(notebook.displayPath)
            } else {
                missing.append(.error(
                    at: SourceLocation(file: name, line: 1, column: 1), "no such notebook",
                    hint: "notebooks must be .md files in one folder"))
            }
        }
        if !missing.isEmpty { throw BuildFailure(diagnostics: missing, sources: [:]) }
        return selected
    }

    private func link(to page: PageContent) -> PageLink {
        PageLink(title: page.title, href: SiteURL.relative(page.fileName), language: page.language)
    }

    /// Adds the images of the notebooks' prose, each once; an image whose path the site already
    /// uses (a page, an export, the index), or whose folder is a file of the site, is an error.
    private static func addImages(_ compiled: [CompiledNotebook], to site: inout SiteFiles) -> [Diagnostic] {
        var taken = Set(site.paths)
        var added: Set<String> = []   // an image two notebooks show is one file of their folder
        var problems: [Diagnostic] = []
        for image in compiled.flatMap(\.images) where !added.contains(image.path) {
            if taken.contains(image.path) || taken.contains(where: { $0.hasPrefix(image.path + "/") }) {
                problems.append(.error(at: image.location, "the image \"\(image.path)\" has the name of a file weave writes into the site",
                                       hint: "rename the image or move it into a folder", length: image.length))
            } else if let folder = SitePath.folders(of: image.path).first(where: taken.contains) {
                problems.append(.error(at: image.location, "the image \"\(image.path)\" needs a folder '\(folder)', but the site has a file of that name",
                                       hint: "rename the image's folder", length: image.length))
            } else {
                site.add(image.path, image.contents)
                taken.insert(image.path)
                added.insert(image.path)
            }
        }
        return problems
    }
}

extension SiteBuilder {
    /// The outline of a page this partial build does not run, with the preview the output
    /// folder already has for it (`previews/NAME.svg`), if any.
    func keptPreview(_ outline: PageContent) -> PageContent {
        guard let outputFolder else { return outline }
        var page = outline
        let path = page.previewFileName
        guard let data = FileManager.default.contents(atPath: outputFolder.appendingPathComponent(path).path) else {
            return outline
        }
        // The root tag is enough for the size; a preview is weave's own small SVG file.
        let size = FigurePreview.size(ofSVG: String(decoding: data.prefix(1024), as: UTF8.self), width: 160)
        page.keptPreview = PageContent.KeptPreview(path: path, width: size.width, height: size.height)
        return page
    }

    /// The `.html` files directly inside `folder` (none when it does not exist).
    static func pages(in folder: URL) -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return Set(names.filter { $0.hasSuffix(".html") })
    }
}
