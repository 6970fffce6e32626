import Foundation

/// The notebook's folder, from which notebooks may read files: a path that leaves it, directly
/// or through a symbolic link, is refused.
///
/// ```swift
/// let text = try NotebookFolder(directory).read("data/points.csv")
/// ```
struct NotebookFolder {
    struct Failure: Error {
        var message: String
        var hint: String?
    }

    let directory: URL

    init(_ directory: URL) {
        self.directory = directory
    }

    /// The text of the file at `path`, relative to the folder.
    func read(_ path: String) throws(Failure) -> String {
        let root = directory.standardizedFileURL.resolvingSymlinksInPath().path
        let file = directory.appendingPathComponent(path).standardizedFileURL.resolvingSymlinksInPath()
        guard file.path.hasPrefix(root.hasSuffix("/") ? root : root + "/") else {
            throw Failure(message: "the path \"\(path)\" leads outside the notebook's folder",
                          hint: "keep data files in the notebook's folder (symbolic links may not leave it)")
        }
        let kind = FileKind(path: directory.appendingPathComponent(path).path)
        guard kind == .regularFile else {
            if kind == .missing {
                throw Failure(message: "cannot read \"\(path)\": no such file next to the notebook",
                              hint: "paths are relative to the notebook's folder")
            }
            throw Failure(message: "cannot read \"\(path)\": it is \(kind.phrase), not a file",
                          hint: "name a data file in the notebook's folder")
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw Failure(message: "cannot read \"\(path)\": it is not readable",
                          hint: "check the file's permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Failure(message: "\"\(path)\" is not UTF-8 text", hint: "save the file as UTF-8")
        }
        return text
    }

    /// `path` (relative to the notebook) as a path beside `notebookFile`, for diagnostics:
    /// `sibling(of: "notes/bp.md", path: "points.csv")` is `notes/points.csv`.
    static func sibling(of notebookFile: String, path: String) -> String {
        guard let slash = notebookFile.lastIndex(of: "/") else { return path }
        return String(notebookFile[...slash]) + path
    }
}
