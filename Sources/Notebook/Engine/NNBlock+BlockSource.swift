import NotebookLanguage

// The bridge from a Markdown nn block to the language's block source.

extension NNBlock {
    /// The block's lines, each located in the `.md` file, as the checker and the renderer read them.
    ///
    /// ```swift
    /// let (checked, diagnostics) = checker.check(block.blockSource)
    /// ```
    public var blockSource: BlockSource {
        BlockSource(lines: lines.map { BlockSource.Line(text: $0.text, start: $0.location) })
    }
}
