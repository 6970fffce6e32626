/// A problem in a CSV file, at a 1-based line and column of the CSV text.
///
/// Columns count Unicode scalars, as notebook diagnostics do, and point at the start of the
/// offending field (or just past the end of a row that is too short). The Notebook layer adds
/// the file's path and prints it like any other diagnostic.
///
/// ```swift
/// do { _ = try Dataset(csv: "x,y\n1,2,3\n", labelColumn: "y") }
/// catch { print(error) }  // 2:5: row has 3 fields but the header has 2 columns
/// ```
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    /// One lowercase phrase that states the rule and, where it can, the fix.
    public var message: String
    /// What the file offers instead, where the problem is a name that is not there (the columns
    /// of the header, for an unknown label column); empty otherwise.
    public var candidates: [String]

    public init(line: Int, column: Int, message: String, candidates: [String] = []) {
        self.line = line
        self.column = column
        self.message = message
        self.candidates = candidates
    }

    public var description: String { "\(line):\(column): \(message)" }
}
