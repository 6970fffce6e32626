import Foundation
import Testing
import TestSupport

/// One bad (or merely odd) input: the files of a project, the `weave build` arguments after the
/// folders, and exactly what weave must print on standard error and the status it must exit with.
///
/// Cases run the real command line in-process (`weave build ROOT/notebooks --out ROOT/site
/// --quiet …`); the scratch folder's path is removed from standard error, so expectations read
/// `notebooks/nb.md:4:28: …`. A case that exits with 0 must also have written the notebook's page.
struct BadInputCase: CustomTestStringConvertible, Sendable {
    /// A file's contents: text, or bytes that are not valid UTF-8.
    enum Contents: Sendable {
        case text(String)
        case bytes([UInt8])
    }

    var name: String
    var files: [String: Contents]
    /// Symbolic links to make, by path, with their (relative) targets.
    var links: [String: String] = [:]
    var arguments: [String] = []
    var status: Int32
    var stderr: String

    var testDescription: String { name }

    init(_ name: String, notebook: String, arguments: [String] = [], status: Int32 = 1, stderr: String) {
        self.init(name, files: ["notebooks/nb.md": .text(notebook)], arguments: arguments, status: status,
                  stderr: stderr)
    }

    init(_ name: String, files: [String: Contents], links: [String: String] = [:], arguments: [String] = [],
         status: Int32 = 1, stderr: String) {
        self.name = name
        self.files = files
        self.links = links
        self.arguments = arguments
        self.status = status
        self.stderr = stderr
    }

    /// A notebook whose only content is one nn block, at line 3 (its first statement on line 4).
    static func block(_ statements: String) -> String {
        "# T\n\n```nn\n" + statements + "\n```\n"
    }

    /// Makes the project, runs weave, and returns the status, the standard error with the
    /// scratch folder's path removed, and whether the page was written.
    func run() throws -> (status: Int32, stderr: String, hasPage: Bool) {
        let project = try ScratchProject()
        defer { project.remove() }
        for (path, contents) in files {
            switch contents {
            case .text(let text): try project.write(path, text)
            case .bytes(let bytes): try project.write(path, bytes: bytes)
            }
        }
        for (path, target) in links {
            try FileManager.default.createSymbolicLink(atPath: project.path(path), withDestinationPath: target)
        }
        let run = WeaveRun.run(
            ["build", project.path("notebooks"), "--out", project.path("site"), "--quiet"] + arguments)
        let stderr = run.error.replacingOccurrences(of: project.root.path + "/", with: "")
        return (run.status, stderr, project.exists("site/nb.html"))
    }
}
