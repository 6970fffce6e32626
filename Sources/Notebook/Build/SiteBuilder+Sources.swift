extension SiteBuilder {
    /// A builder for notebooks already in memory (tests, fuzzing): nothing is read from disk but
    /// the data files the notebooks name, relative to each source's `url`.
    ///
    /// ```swift
    /// let source = NotebookSource(displayPath: "a.md", url: URL(fileURLWithPath: "/tmp/a.md"), bytes: Data(text.utf8))
    /// let site = try SiteBuilder(notebooks: [source]).build(selecting: nil)
    /// ```
    init(notebooks: [NotebookSource]) {
        self.notebooks = notebooks
    }
}
