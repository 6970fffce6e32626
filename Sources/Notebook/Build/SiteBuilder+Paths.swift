import NotebookLanguage

extension SiteBuilder {
    /// Where the compiled pages and their exports would go, checked against ``SitePath`` before
    /// anything is assembled, so that no name a notebook can choose stops the build on a
    /// precondition: a page name the site cannot hold (a notebook named `a\b.md`), and an export
    /// that needs a folder where the site has a file (`bp.html/x.csv`, or `a.csv/b.csv` beside
    /// another notebook's `a.csv`).
    ///
    /// The same file exported by two notebooks is reported as the site is assembled; clashes
    /// within one notebook are the checker's.
    static func pathProblems(of pages: [(source: NotebookSource, compiled: CompiledNotebook)]) -> [Diagnostic] {
        var files: Set<String> = ["index.html", Stylesheet.fileName]
        for (_, compiled) in pages {
            files.insert(compiled.page.fileName)
            files.formUnion(compiled.exports.map(\.path))
        }
        var problems: [Diagnostic] = []
        for (source, compiled) in pages {
            if let problem = SitePath.problem(compiled.page.fileName) {
                problems.append(.error(
                    at: SourceLocation(file: source.displayPath, line: 1, column: 1),
                    "this notebook's page would be named '\(compiled.page.fileName)', which \(problem)",
                    hint: "rename the notebook"))
            }
            for export in compiled.exports {
                if let problem = SitePath.problem(export.path) {
                    problems.append(.error(at: export.location, "the file name \"\(export.path)\" \(problem)",
                                           hint: "give the file another name"))
                } else if let folder = SitePath.folders(of: export.path).first(where: files.contains) {
                    problems.append(.error(
                        at: export.location,
                        "'\(export.path)' needs a folder '\(folder)', but the site has a file of that name",
                        hint: "give the file another name"))
                }
            }
        }
        return problems
    }
}
