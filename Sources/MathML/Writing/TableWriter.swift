import Markup

/// Writes environments as `<mtable>`: aligned pairs of right- and left-aligned columns, centred
/// matrices, left-aligned cases.
struct TableWriter {
    let writer: MathMLWriter

    func table(_ rows: [[[MathNode]]], layout: TableLayout) -> Node {
        var attributes: [(String, String)] = []
        switch layout {
        case .aligned, .gathered:
            // TeX sets aligned equations in display style; MathML tables default to text style.
            attributes.append(("displaystyle", "true"))
        case .matrix, .cases:
            break
        }
        let rowNodes = rows.map { cells in
            Node.element("mtr", cells.enumerated().map { column, cell in
                Node.element(Element("mtd", cellAttributes(layout, column: column), [writer.row(cell)]))
            })
        }
        return .element(Element("mtable", attributes, rowNodes))
    }

    private func cellAttributes(_ layout: TableLayout, column: Int) -> [(String, String)] {
        switch layout {
        case .matrix, .gathered:
            return []
        // Chromium ignores columnalign (Firefox and Safari honour it) and lays cells out as if
        // text-align: right meant left; -webkit-right and -webkit-left work there.
        case .cases:
            return [("columnalign", "left"), ("style", "text-align: -webkit-left")]
        case .aligned where column.isMultiple(of: 2):
            // Pairs of columns are 2em apart in amsmath; a pair itself has no gap.
            let left = column == 0 ? "" : "; padding-left: 2em"
            return [("columnalign", "right"), ("style", "text-align: -webkit-right; padding-right: 0em" + left)]
        case .aligned:
            return [("columnalign", "left"), ("style", "text-align: -webkit-left; padding-left: 0em")]
        }
    }
}
