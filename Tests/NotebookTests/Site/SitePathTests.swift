import Foundation
import NotebookLanguage
import Testing
@testable import Notebook

@Suite struct SitePathTests {
    @Test(arguments: [
        ("x.csv", nil),
        ("data/x.csv", nil),
        ("a.b/c..d/.hidden.json", nil),
        ("", "is empty"),
        ("/x.csv", "starts with '/'"),
        ("./x.csv", "has a '.' part"),
        ("sub/./x.csv", "has a '.' part"),
        ("a//b.csv", "has an empty part (a '//' or a '/' at the end)"),
        ("sub/", "has an empty part (a '//' or a '/' at the end)"),
        ("a/../b.csv", "leaves the site ('..')"),
        ("a\\b.csv", "contains a backslash"),
        ("a\u{0}b.csv", "contains a control character"),
        ("a\nb.csv", "contains a control character"),
        ("a\u{7F}.csv", "contains a control character"),
    ] as [(String, String?)])
    func statesWhyAPathCannotBeInTheSite(path: String, problem: String?) {
        #expect(SitePath.problem(path) == problem)
        #expect(SiteFiles.isSafeRelativePath(path) == (problem == nil))
    }

    @Test func limitsEachPartAndTheWholeInBytes() {
        let part = String(repeating: "é", count: 127) + "x"   // 255 bytes
        #expect(SitePath.problem(part) == nil)
        #expect(SitePath.problem(part + "x") == "has a part longer than 255 bytes")
        let deep = Array(repeating: String(repeating: "d", count: 100), count: 10).joined(separator: "/")  // 1009 bytes
        #expect(SitePath.problem(deep + "/abcdefghijklmn") == nil)   // 1024
        #expect(SitePath.problem(deep + "/abcdefghijklmno") == "is longer than 1024 bytes")
    }

    @Test func foldersOfAPath() {
        #expect(SitePath.folders(of: "x.csv") == [])
        #expect(SitePath.folders(of: "a/b/c.csv") == ["a", "a/b"])
    }

    /// Every name the checker lets an export use can be added to a site (adding one it refuses
    /// would stop the build on SiteFiles' precondition).
    @Test(arguments: [
        ("./x.csv", false), ("a//b.csv", false), ("a\\\\b.csv", false), ("sub/./x.csv", false),
        (String(repeating: "p", count: 256) + ".csv", false),
        ("sub/x.csv", true), ("x.csv", true), ("a/.b.csv", true),
    ] as [(String, Bool)])
    func theCheckerAcceptsOnlyNamesTheSiteCanHold(name: String, isAccepted: Bool) {
        let block = BlockSource(lines: [
            BlockSource.Line(text: "data = moons n=4 seed=1", start: SourceLocation(file: "t.md", line: 1, column: 1)),
            BlockSource.Line(text: "export data to \"\(name)\"", start: SourceLocation(file: "t.md", line: 2, column: 1)),
        ])
        let (blocks, diagnostics) = Checker.check([block])
        let accepted = blocks.flatMap(\.statements).flatMap(\.writes)
        #expect(accepted.isEmpty == !isAccepted)
        #expect(diagnostics.diagnostics.isEmpty == isAccepted)
        for path in accepted { #expect(SiteFiles.isSafeRelativePath(path), "\(path)") }
    }

    @Test func aTooLongNameIsUnderlinedNotRepeated() {
        let name = String(repeating: "p", count: 256) + ".csv"
        let block = BlockSource(lines: [
            BlockSource.Line(text: "data = moons n=4 seed=1", start: SourceLocation(file: "t.md", line: 1, column: 1)),
            BlockSource.Line(text: "export data to \"\(name)\"", start: SourceLocation(file: "t.md", line: 2, column: 1)),
        ])
        let diagnostics = Checker.check([block]).diagnostics.diagnostics
        #expect(diagnostics.map(\.message) == ["the file name has a part longer than 255 bytes"])
        #expect(diagnostics.first?.location == SourceLocation(file: "t.md", line: 2, column: 16))
    }
}
