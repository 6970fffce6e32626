import NotebookLanguage

/// The text of one notebook file, split into lines, with the column arithmetic every part of the
/// Markdown reader needs.
///
/// Columns in ``SourceLocation`` count Unicode scalars; cmark's source positions count bytes, so
/// this type converts between the two.
struct SourceText: Sendable {
    /// The file name used in locations, as given.
    let fileName: String
    /// The whole text (a leading byte-order mark removed).
    let text: String
    /// The lines without their line breaks, in order.
    let lines: [Substring]

    init(fileName: String, text: String) {
        self.fileName = fileName
        let withoutBOM = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        self.text = withoutBOM
        // As cmark does, `\n`, `\r\n` and a lone `\r` end a line (`\r\n` is one Character).
        self.lines = withoutBOM.split(omittingEmptySubsequences: false) { character in
            character == "\n" || character == "\r\n" || character == "\r"
        }
    }

    /// Decodes UTF-8 bytes, or fails with an error located at the first invalid byte.
    init(fileName: String, bytes: some Collection<UInt8>) throws(Diagnostic) {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var line = 1
        var column = 1
        var scalars = String.UnicodeScalarView()
        decoding: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                scalars.append(scalar)
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .error:
                let location = SourceLocation(file: fileName, line: line, column: column)
                throw Diagnostic.error(
                    at: location, "invalid UTF-8 in the notebook", hint: "save the file as UTF-8")
            case .emptyInput:
                break decoding
            }
        }
        self.init(fileName: fileName, text: String(scalars))
    }

    /// The location of a 1-based line and column.
    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: fileName, line: line, column: column)
    }

    /// The 1-based line `number`, or an empty line past the end.
    func line(_ number: Int) -> Substring {
        number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }

    /// The scalar column (1-based) of a 1-based byte column on a line, as cmark reports them.
    func scalarColumn(line number: Int, byteColumn: Int) -> Int {
        let utf8 = line(number).utf8
        let end = utf8.index(utf8.startIndex, offsetBy: max(0, byteColumn - 1), limitedBy: utf8.endIndex)
            ?? utf8.endIndex
        return line(number).unicodeScalars[..<end].count + 1
    }
}

extension Substring {
    /// The line without trailing spaces and tabs.
    func trimmingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" {
            end = index(before: end)
        }
        return self[..<end]
    }
}
