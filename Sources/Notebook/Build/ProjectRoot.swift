import Foundation

/// Where a project of notebooks begins: the folder that holds its block cache and its site
/// settings.
///
/// It is the nearest folder, from the notebooks' own folder upwards, that holds a `weave.yml`
/// (which `weave init` writes) or a `.git`; when there is none, it is the notebooks' own folder.
/// So the cache of `weave notes.md` run in a home folder stays in that folder, and never lands in
/// `/home`.
///
/// ```swift
/// // ~/demo/weave.yml and ~/demo/notebooks/intro.md
/// ProjectRoot.find(notebooksDirectory: "demo/notebooks").path   // ".../demo"
/// // ~/scratch/notes.md, no weave.yml or .git above it
/// ProjectRoot.find(notebooksDirectory: "scratch").path          // ".../scratch"
/// ```
public enum ProjectRoot {
    /// The file that marks a project's root (and holds its site settings, see ``SiteConfig``).
    public static let markerFileName = "weave.yml"

    /// The names whose presence makes a folder a project's root.
    static let markers = [markerFileName, ".git"]

    /// The root of the project whose notebooks are in `notebooksDirectory`.
    public static func find(notebooksDirectory: String) -> URL {
        let start = URL(fileURLWithPath: notebooksDirectory, isDirectory: true).standardizedFileURL
        var folder = start
        while true {
            if markers.contains(where: { FileManager.default.fileExists(
                atPath: folder.appendingPathComponent($0).path) }) {
                return folder
            }
            let parent = folder.deletingLastPathComponent().standardizedFileURL
            if parent.path == folder.path { return start }
            folder = parent
        }
    }
}
