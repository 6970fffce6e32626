import NotebookLanguage
import Testing
@testable import Notebook

@Suite struct SourceTextTests {
    @Test func decodesAndSplitsLines() throws {
        let source = try SourceText(fileName: "a.md", bytes: Array("é\r\nb\n".utf8))
        #expect(source.lines == ["é", "b", ""])
        #expect(source.scalarColumn(line: 1, byteColumn: 3) == 2)
    }

    @Test func dropsByteOrderMark() throws {
        let source = try SourceText(fileName: "a.md", bytes: [0xEF, 0xBB, 0xBF] + Array("# x".utf8))
        #expect(source.lines == ["# x"])
    }

    @Test(arguments: [
        (Array("ok\nab".utf8) + [0xFF] + Array("c".utf8), 2, 3),
        (Array("é".utf8) + [0xC3], 1, 2),                       // truncated sequence at the end
        ([0xC0, 0xAF], 1, 1),                                   // overlong encoding of '/'
        (Array("\n\nxyz ".utf8) + [0xED, 0xA0, 0x80], 3, 5),   // an encoded surrogate
    ])
    func rejectsInvalidUTF8AtFirstBadByte(bytes: [UInt8], line: Int, column: Int) {
        #expect(throws: Diagnostic.error(
            at: SourceLocation(file: "a.md", line: line, column: column), "invalid UTF-8 in the notebook",
            hint: "save the file as UTF-8")
        ) {
            try SourceText(fileName: "a.md", bytes: bytes)
        }
    }
}
