import SVGPlot

/// A table of results: a caption, column headers and rows of cells, ready to render.
///
/// Cells keep both their text (formatted once, locale-free, by SVGPlot's `NumberFormat`) and, for numbers,
/// the value, so tests and exports can read the numbers back without parsing.
///
/// ```swift
/// var table = DataTable(caption: "Forward pass", columns: ["neuron", "net", "out"])
/// table.rows.append([.label("h1"), .number(0.3775), .number(0.593269992)])
/// table.rows[0][2].text   // "0.593269992"
/// ```
struct DataTable: Hashable, Sendable {
    /// One cell: a label (left-aligned text) or a number (right-aligned).
    struct Cell: Hashable, Sendable {
        var text: String
        /// The number shown, if the cell is one.
        var value: Double?

        init(text: String, value: Double? = nil) {
            self.text = text
            self.value = value
        }

        /// Text aligned to the left.
        static func label(_ text: String) -> Cell { Cell(text: text) }

        /// A number with up to `digits` significant digits, trimmed.
        static func number(_ value: Double, digits: Int = 10) -> Cell {
            Cell(text: NumberFormat.shortest(value, digits: digits), value: value)
        }

        /// A whole number.
        static func count(_ value: Int) -> Cell { Cell(text: String(value), value: Double(value)) }

        var isNumber: Bool { value != nil }
    }

    var caption: String
    var columns: [String]
    var rows: [[Cell]]
    /// The label of this table's step when it is one of a trace's steps (`trace … steps=true`):
    /// the page shows consecutive steps one at a time, chosen by radio controls. The last
    /// column holds the numbers the step computes.
    var step: String?

    init(caption: String, columns: [String], rows: [[Cell]] = []) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }

    /// The cell texts of one column, top to bottom.
    func column(_ name: String) -> [String] {
        guard let index = columns.firstIndex(of: name) else { return [] }
        return rows.map { index < $0.count ? $0[index].text : "" }
    }
}
