import Testing
@testable import NeuralNet

@Suite struct DatasetCSVTests {
    @Test func featuresLabelsAndNames() throws {
        let csv = "id,x,y,class\na1,0.5,1,1\nb-2,-2,2.5e-1,0\nc,3.,.5,2\n"
        let data = try Dataset(csv: csv, labelColumn: "class")
        #expect(data.featureNames == ["x", "y"])
        #expect(data.features == Matrix([[0.5, 1], [-2, 0.25], [3, 0.5]]))
        #expect(data.labels == [1, 0, 2])
        #expect(data.classCount == 3 && data.classNames == ["0", "1", "2"])
    }

    @Test func integerLabelsAreClassIndices() throws {
        let data = try Dataset(csv: "x,label\n1,2\n2,2.0\n3,0\n", labelColumn: "label")
        #expect(data.labels == [2, 2, 0])
        #expect(data.classCount == 3 && data.classNames == ["0", "1", "2"])
    }

    @Test func otherNumericLabelsAreSortedThenNumbered() throws {
        let data = try Dataset(csv: "x,t\n1,1\n2,-1\n3,1.0\n4,0.5\n", labelColumn: "t")
        #expect(data.labels == [2, 0, 2, 1])
        #expect(data.classNames == ["-1", "0.5", "1"])
    }

    @Test func textLabelsAreSortedIndependentlyOfRowOrder() throws {
        let forward = try Dataset(csv: "x,kind\n1,dog\n2,cat\n3,Emu\n4,dog\n", labelColumn: "kind")
        #expect(forward.labels == [2, 1, 0, 2])
        #expect(forward.classNames == ["Emu", "cat", "dog"])
        let backward = try Dataset(csv: "x,kind\n4,dog\n3,Emu\n2,cat\n1,dog\n", labelColumn: "kind")
        #expect(backward.classNames == forward.classNames)
        #expect(backward.labels == [2, 0, 1, 2])
    }

    @Test func dialect() throws {
        // BOM, CRLF, blank lines, quotes with commas and doubled quotes, spaces around fields.
        let csv = "\u{FEFF}\"a, b\" , \"say \"\"hi\"\"\",label\r\n\r\n 1.5 ,\"2\", yes \r\n  \n-1,  0,no\r\n"
        let data = try Dataset(csv: csv, labelColumn: "label")
        #expect(data.featureNames == ["a, b", "say \"hi\""])
        #expect(data.features == Matrix([[1.5, 2], [-1, 0]]))
        #expect(data.classNames == ["no", "yes"] && data.labels == [1, 0])
    }

    /// (CSV text, label column, line, column, message).
    static let errors: [(String, String, Int, Int, String)] = [
        ("", "y", 1, 1, "the CSV file is empty; expected a header row naming the columns"),
        ("\n  \n", "y", 1, 1, "the CSV file is empty; expected a header row naming the columns"),
        ("x,y\n", "y", 1, 1, "the CSV file has a header but no data rows"),
        ("x,y\n1,2\n3\n", "y", 3, 2, "row has 1 field but the header has 2 columns"),
        ("x,y\n1,2\n\n3,4,5\n", "y", 4, 5, "row has 3 fields but the header has 2 columns"),
        ("x,label\n1,0\n", "lable", 1, 1, "no column named 'lable'"),
        ("x,Class\n1,0\n", "class", 1, 1, "no column named 'class'"),
        ("x1,x2,y\n1,2,0\n", "target", 1, 1, "no column named 'target'"),
        ("x,x,y\n1,2,0\n", "y", 1, 3, "duplicate column name 'x'"),
        ("x,,y\n1,2,0\n", "y", 1, 3, "column 2 has no name in the header"),
        ("x,y\n1,0\n2,0\n1.2.3,1\n", "y", 4, 1, "'1.2.3' in column 'x' is not a number"),
        ("a,b,y\n1,2,0\n3,  abc ,1\n", "y", 3, 5, "'abc' in column 'b' is not a number"),
        ("a,b,y\n1,0x10,0\n", "y", 2, 3, "'0x10' in column 'b' is not a number"),
        ("a,b,y\n1,,0\n3,4,1\n", "y", 2, 3, "missing value in column 'b'"),
        ("a,b,y\n1,2,0\n3,NaN,1\n", "y", 3, 3, "'NaN' in column 'b' is NaN; features must be finite numbers"),
        ("a,b,y\n-inf,2,0\n", "y", 2, 1, "'-inf' in column 'a' is infinite; features must be finite numbers"),
        ("a,b,y\n1,1e999,0\n", "y", 2, 3, "'1e999' in column 'b' is infinite; features must be finite numbers"),
        ("name,y\nann,0\nbob,1\n", "y", 1, 1, "no numeric feature columns besides the label column 'y'"),
        ("x,y\n1,0\n-.5e,1\n", "y", 3, 1, "'-.5e' in column 'x' is not a number"),
        ("x,y\n1,0\n-,1\n", "y", 3, 1, "'-' in column 'x' is not a number"),
        ("x,y\n1,0\n2,\n", "y", 3, 3, "missing label in column 'y'"),
        ("x,y\n1,0\n2,nan\n", "y", 3, 3, "'nan' in label column 'y' is not a class label"),
        ("x,y\n1,0\n2,1000\n", "y", 3, 3,
         "class label '1000' in column 'y' is too large; integer labels are class indices from 0 to 999"),
        ("x,y\n\"1,0\n", "y", 2, 1, "quoted field is not closed; end it with '\"' on the same line"),
        ("x,y\n\"1\"2,0\n", "y", 2, 4, "unexpected text after a closing quote"),
    ]

    @Test(arguments: errors)
    func errorsCarryLineColumnAndMessage(csv: String, label: String, line: Int, column: Int, message: String) {
        #expect {
            _ = try Dataset(csv: csv, labelColumn: label)
        } throws: { error in
            guard let error = error as? CSVError else { return false }
            return (error.line, error.column, error.message) == (line, column, message)
        }
    }

    @Test func anUnknownLabelColumnOffersTheHeadersColumns() {
        #expect(throws: CSVError(line: 1, column: 1, message: "no column named 'lable'", candidates: ["x1", "x2", "label"])) {
            _ = try Dataset(csv: "x1,x2,label\n1,2,0\n", labelColumn: "lable")
        }
    }

    @Test func errorDescription() {
        let error = CSVError(line: 3, column: 7, message: "missing value in column 'b'")
        #expect(error.description == "3:7: missing value in column 'b'")
    }
}
