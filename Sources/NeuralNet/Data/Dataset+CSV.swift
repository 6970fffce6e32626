extension Dataset {
    /// The largest class index a numeric label may name; larger integers are likely not classes.
    public static let maximumNumericClass = 999

    /// A dataset from CSV text with a header row; `labelColumn` names the column of class labels.
    ///
    /// The features are the other columns that hold numbers, in header order and under their
    /// header names. A column none of whose values looks numeric (an id like `a17`, a comment) is
    /// left out; a value looks numeric when it is a number, NaN or infinity, or starts with a
    /// digit, or with a sign or point before a digit. Every value of a feature column must be a
    /// finite decimal number (`12`, `-0.5`, `.5`, `1e-3`). The CSV dialect is described
    /// at `CSVTable`: commas, optional double quotes, blank lines skipped.
    ///
    /// Labels become class indices by one rule that does not depend on the order of the rows:
    /// - if every label is a non-negative integer (`0`, `1`, `2.0`), it is the class index itself,
    ///   and the class count is the largest plus one (at most `maximumNumericClass + 1`);
    /// - otherwise the distinct labels, sorted (as numbers if all are numbers, else as text by
    ///   Unicode scalars), are numbered 0, 1, …: `-1, 1` become 0, 1 and `cat, dog` become 0, 1.
    /// `classNames` keeps the labels' text (the first spelling seen for equal numbers).
    ///
    /// Errors carry the 1-based line and column inside the CSV. Structural errors (quotes, ragged
    /// rows) are found first, then the label column, then the values in reading order.
    ///
    /// ```swift
    /// let data = try Dataset(csv: "x,y,class\n0.5,1,cat\n-2,0.25,dog\n", labelColumn: "class")
    /// data.featureNames  // ["x", "y"]
    /// data.labels        // [0, 1]
    /// data.classNames    // ["cat", "dog"]
    /// ```
    public init(csv text: String, labelColumn: String) throws(CSVError) {
        let table = try CSVTable(parsing: text)
        let header = table.header
        let names = header.fields.map(\.text)
        for (index, field) in header.fields.enumerated() {
            if field.text.isEmpty {
                throw CSVError(line: header.line, column: field.column,
                               message: "column \(index + 1) has no name in the header")
            }
            if names[..<index].contains(field.text) {
                throw CSVError(line: header.line, column: field.column, message: "duplicate column name '\(field.text)'")
            }
        }
        guard let labelIndex = names.firstIndex(of: labelColumn) else {
            // The hint ("did you mean …?" or the list) is worded by the caller, from the candidates.
            throw CSVError(line: header.line, column: 1, message: "no column named '\(labelColumn)'",
                           candidates: names)
        }
        guard !table.rows.isEmpty else {
            throw CSVError(line: header.line, column: 1, message: "the CSV file has a header but no data rows")
        }

        // A column is a feature when any of its values looks numeric, so that a column of
        // malformed numbers (or of NaNs) is reported rather than silently dropped.
        let featureIndices = names.indices.filter { column in
            column != labelIndex && table.rows.contains { CSVNumber.looksNumeric($0.fields[column].text) }
        }
        guard !featureIndices.isEmpty else {
            throw CSVError(line: header.line, column: 1,
                           message: "no numeric feature columns besides the label column '\(labelColumn)'")
        }
        var values: [Double] = []
        values.reserveCapacity(table.rows.count * featureIndices.count)
        for row in table.rows {
            for column in featureIndices {
                values.append(try Self.featureValue(row.fields[column], columnName: names[column]))
            }
        }
        let labelFields = table.rows.map { $0.fields[labelIndex] }
        let (labels, classNames) = try Self.classIndices(labelFields, columnName: labelColumn)
        self.init(features: Matrix(rows: table.rows.count, columns: featureIndices.count, values: values),
                  labels: labels, classCount: classNames.count,
                  featureNames: featureIndices.map { names[$0] }, classNames: classNames)
    }

    private static func featureValue(_ field: CSVTable.Field, columnName: String) throws(CSVError) -> Double {
        func fail(_ message: String) -> CSVError { CSVError(line: field.line, column: field.column, message: message) }
        switch CSVNumber(field.text) {
        case .finite(let value): return value
        case .notANumber: throw fail("'\(field.text)' in column '\(columnName)' is NaN; features must be finite numbers")
        case .infinite: throw fail("'\(field.text)' in column '\(columnName)' is infinite; features must be finite numbers")
        case nil where field.text.isEmpty: throw fail("missing value in column '\(columnName)'")
        case nil: throw fail("'\(field.text)' in column '\(columnName)' is not a number")
        }
    }

    private static func classIndices(_ fields: [CSVTable.Field], columnName: String)
        throws(CSVError) -> (labels: [Int], classNames: [String]) {
        var numbers: [Double] = []
        for field in fields {
            switch CSVNumber(field.text) {
            case .finite(let value): numbers.append(value)
            case .notANumber, .infinite:
                throw CSVError(line: field.line, column: field.column,
                               message: "'\(field.text)' in label column '\(columnName)' is not a class label")
            case nil where field.text.isEmpty:
                throw CSVError(line: field.line, column: field.column, message: "missing label in column '\(columnName)'")
            case nil: break
            }
        }
        if numbers.count == fields.count, numbers.allSatisfy({ $0 >= 0 && $0 == $0.rounded() }) {
            if let index = numbers.firstIndex(where: { $0 > Double(maximumNumericClass) }) {
                throw CSVError(line: fields[index].line, column: fields[index].column,
                               message: "class label '\(fields[index].text)' in column '\(columnName)' is too large; "
                                   + "integer labels are class indices from 0 to \(maximumNumericClass)")
            }
            let labels = numbers.map { Int($0) }
            return (labels, (0...(labels.max() ?? 0)).map(String.init))
        }
        if numbers.count == fields.count {
            let distinct = Array(Set(numbers)).sorted()
            let names = distinct.map { value in fields[numbers.firstIndex(of: value)!].text }
            return (numbers.map { distinct.firstIndex(of: $0)! }, names)
        }
        let texts = fields.map(\.text)
        // Sorted by Unicode scalars, so the order never depends on the locale or normalisation.
        let distinct = Array(Set(texts)).sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        let index = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, $0) })
        return (texts.map { index[$0]! }, distinct)
    }
}
