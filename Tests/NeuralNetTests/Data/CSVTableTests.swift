import Testing
@testable import NeuralNet

@Suite struct CSVTableTests {
    func fields(_ row: CSVTable.Row) -> [String] { row.fields.map(\.text) }

    @Test func fieldsKeepTheirPositions() throws {
        let table = try CSVTable(parsing: "a, b ,c\n\n  1,\"x,y\" , 3\n")
        #expect(fields(table.header) == ["a", "b", "c"])
        #expect(table.header.fields.map(\.column) == [1, 4, 7])
        #expect(table.rows.count == 1 && table.rows[0].line == 3)
        #expect(fields(table.rows[0]) == ["1", "x,y", "3"])
        #expect(table.rows[0].fields.map(\.column) == [3, 5, 13])
    }

    @Test func emptyTrailingFieldsCount() throws {
        let table = try CSVTable(parsing: "a,b,c\r\n1,,\r\n")
        #expect(fields(table.rows[0]) == ["1", "", ""])
        #expect(table.rows[0].fields.map(\.column) == [1, 3, 4])
    }

    @Test func columnsCountUnicodeScalars() throws {
        // "é" written as e + combining accent is two scalars: the next field starts at column 4.
        let table = try CSVTable(parsing: "e\u{301},x\n1,2\n")
        #expect(table.header.fields.map(\.column) == [1, 4])
        #expect(table.header.fields[0].text == "e\u{301}")
    }

    @Test func quotesAreUnescaped() throws {
        let table = try CSVTable(parsing: "\"\"\"q\"\"\",\"\"\n1,2\n")
        #expect(fields(table.header) == ["\"q\"", ""])
    }
}
