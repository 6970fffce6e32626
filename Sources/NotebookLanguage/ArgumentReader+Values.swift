// Typed readings of values: each returns nil after reporting why the value does not fit.

extension ArgumentReader {
    /// A whole number within `bounds`: `'epochs' takes a whole number, not "abc"`.
    mutating func wholeNumber(_ value: Value, _ label: String, in bounds: Bounds) -> Int? {
        guard case .number(let number) = value.kind, number == number.rounded(), abs(number) < 1e15 else {
            error(value, "\(label) takes a whole number, not \(value.text)")
            return nil
        }
        if let violation = bounds.violation(number) {
            error(value, "\(label) \(violation), not \(value.text)")
            return nil
        }
        return Int(number)
    }

    /// A finite number within `bounds`.
    mutating func number(_ value: Value, _ label: String, in bounds: Bounds) -> Double? {
        guard case .number(let number) = value.kind else {
            error(value, "\(label) takes a number, not \(value.text)")
            return nil
        }
        guard number.isFinite else {
            error(value, "\(label) must be a finite number, not \(value.text)")
            return nil
        }
        if let violation = bounds.violation(number) {
            error(value, "\(label) \(violation), not \(value.text)")
            return nil
        }
        return number
    }

    mutating func string(_ value: Value, _ label: String) -> String? {
        if case .string(let string) = value.kind { return string }
        error(value, "\(label) takes a string in double quotes, not \(value.text)",
              hint: "write \"\(value.text)\"")
        return nil
    }

    /// A string, or a bare word (column names: `label=class`).
    mutating func stringOrWord(_ value: Value, _ label: String) -> String? {
        if case .word(let word) = value.kind { return word }
        return string(value, label)
    }

    mutating func boolean(_ value: Value, _ label: String) -> Bool? {
        if case .word(let word) = value.kind, word == "true" || word == "false" { return word == "true" }
        error(value, "\(label) takes true or false, not \(value.text)")
        return nil
    }

    /// One of a closed set of words, with "did you mean" on a typo.
    mutating func choice<C: Choice>(_ value: Value, _ label: String, as type: C.Type) -> C? {
        guard case .word(let word) = value.kind else {
            error(value, "\(label) takes \("aeiou".contains(C.noun.first!) ? "an" : "a") \(C.noun), not \(value.text)",
                  hint: "expected one of: " + C.spellings.joined(separator: ", "))
            return nil
        }
        if let choice = C(rawValue: word) { return choice }
        error(value, "unknown \(C.noun) '\(word)'", hint: Suggestion.hint(for: word, in: C.spellings))
        return nil
    }

    /// A list of numbers: `[0.05, 0.1]`.
    mutating func numbers(_ value: Value, _ label: String) -> [Double]? {
        guard case .list(let elements) = value.kind else {
            error(value, "\(label) takes a list of numbers, not \(value.text)", hint: "for example: [0.05, 0.1]")
            return nil
        }
        var numbers: [Double] = []
        for element in elements {
            guard let number = number(element, label, in: .any) else { return nil }
            numbers.append(number)
        }
        return numbers
    }

    /// A list of rows of numbers, all rows of one length: `[[0.1, 0.2], [0.3, 0.4]]`.
    mutating func matrix(_ value: Value, _ label: String) -> [[Double]]? {
        guard case .list(let rows) = value.kind, !rows.isEmpty,
              rows.allSatisfy({ if case .list = $0.kind { return true } else { return false } }) else {
            error(value, "\(label) takes a matrix (a list of rows), not \(value.text)",
                  hint: "for example: [[0.1, 0.2], [0.3, 0.4]]")
            return nil
        }
        var matrix: [[Double]] = []
        for row in rows {
            guard let numbers = numbers(row, label) else { return nil }
            if numbers.isEmpty {
                error(row, "\(label) has an empty row", hint: "every row needs at least one value")
                return nil
            }
            if let first = matrix.first, first.count != numbers.count {
                error(row, "\(label) has rows of different lengths (\(first.count) and \(numbers.count))",
                      hint: "every row needs the same number of values")
                return nil
            }
            matrix.append(numbers)
        }
        return matrix
    }
}
