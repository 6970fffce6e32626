import Foundation
import NotebookLanguage

/// One notebook file as read from disk.
public struct NotebookSource: Sendable {
    /// The path shown in diagnostics, as the author would type it (`notebooks/bp.md`).
    public var displayPath: String
    /// Where the file is.
    public var url: URL
    /// Its bytes, exactly as read; weave never writes a notebook.
    public var bytes: Data

    public init(displayPath: String, url: URL, bytes: Data) {
        self.displayPath = displayPath
        self.url = url
        self.bytes = bytes
    }

    /// Reads a notebook, with a located error when the file cannot be read.
    public static func read(displayPath: String, url: URL) throws(Diagnostic) -> NotebookSource {
        let location = SourceLocation(file: displayPath, line: 1, column: 1)
        let kind = FileKind(path: url.path)
        guard kind == .regularFile else {
            throw Diagnostic.error(
                at: location, kind == .missing ? "no such notebook" : "cannot read the notebook: it is \(kind.phrase), not a file",
                hint: kind == .missing ? "check the path" : "a notebook is a .md file; rename or remove this one")
        }
        do {
            return NotebookSource(displayPath: displayPath, url: url, bytes: try Data(contentsOf: url))
        } catch {
            throw Diagnostic.error(
                at: location, "cannot read the notebook: \(FileSystemError.reason(of: error))",
                hint: "check that the file is readable")
        }
    }

    /// The folder the notebook's relative paths (CSV files, exports) are resolved against.
    public var directory: URL { url.deletingLastPathComponent() }

    /// The page's file name in the site: `bp.md` becomes `bp.html`.
    public var pageFileName: String {
        url.deletingPathExtension().lastPathComponent + ".html"
    }
}
