/// A CSV text split into a header and rows of fields, each field with its position.
///
/// The dialect: rows end with `\n` or `\r\n`; blank lines are skipped (line numbers still count
/// them); fields are separated by commas and trimmed of spaces and tabs; a field may be wrapped
/// in double quotes, which lets it hold commas and `""` for a quote, but not line breaks. A UTF-8
/// byte order mark at the start is ignored. Every row must have as many fields as the header.
struct CSVTable {
    struct Field {
        var text: String
        var line: Int
        var column: Int
    }

    struct Row {
        var line: Int
        var fields: [Field]
    }

    var header: Row
    var rows: [Row]

    init(parsing text: String) throws(CSVError) {
        var scalars = Substring(text).unicodeScalars
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var parsed: [Row] = []
        for (index, rawLine) in scalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Array(rawLine)
            if line.last == "\r" { line.removeLast() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let row = try Self.parseRow(line, number: index + 1)
            if let header = parsed.first, row.fields.count != header.fields.count {
                let column = row.fields.count > header.fields.count
                    ? row.fields[header.fields.count].column : line.count + 1
                throw CSVError(line: row.line, column: column,
                               message: "row has \(row.fields.count) field\(row.fields.count == 1 ? "" : "s") "
                                   + "but the header has \(header.fields.count) columns")
            }
            parsed.append(row)
        }
        guard let header = parsed.first else {
            throw CSVError(line: 1, column: 1, message: "the CSV file is empty; expected a header row naming the columns")
        }
        self.header = header
        self.rows = Array(parsed.dropFirst())
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }

    private static func parseRow(_ line: [Unicode.Scalar], number: Int) throws(CSVError) -> Row {
        var fields: [Field] = []
        var i = 0
        while true {
            while i < line.count && isBlank(line[i]) { i += 1 }
            let start = i
            var text = String.UnicodeScalarView()
            if i < line.count && line[i] == "\"" {
                i += 1
                var isClosed = false
                while i < line.count {
                    if line[i] == "\"" {
                        // A doubled quote stands for one quote; a single one closes the field.
                        if i + 1 < line.count && line[i + 1] == "\"" {
                            text.append("\"")
                            i += 2
                            continue
                        }
                        isClosed = true
                        i += 1
                        break
                    }
                    text.append(line[i])
                    i += 1
                }
                guard isClosed else {
                    throw CSVError(line: number, column: start + 1,
                                   message: "quoted field is not closed; end it with '\"' on the same line")
                }
                while i < line.count && isBlank(line[i]) { i += 1 }
                if i < line.count && line[i] != "," {
                    throw CSVError(line: number, column: i + 1, message: "unexpected text after a closing quote")
                }
            } else {
                while i < line.count && line[i] != "," {
                    text.append(line[i])
                    i += 1
                }
                while let last = text.last, isBlank(last) { text.removeLast() }
            }
            fields.append(Field(text: String(text), line: number, column: start + 1))
            guard i < line.count else { break }
            i += 1  // the comma
        }
        return Row(line: number, fields: fields)
    }
}
