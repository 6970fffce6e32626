import Foundation

/// A temporary project folder: `weave.yml` (which marks the project's root, where the block
/// cache lives; an empty one is valid), `notebooks/`, and helpers to write and read files in it.
///
/// ```swift
/// let project = try ScratchProject()
/// defer { project.remove() }
/// try project.write("notebooks/a.md", "# A\n")
/// project.path("site")   // "/tmp/weave-tests-…/site"
/// ```
public struct ScratchProject: Sendable {
    public let root: URL

    public init(prefix: String = "weave-tests") throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("notebooks"), withIntermediateDirectories: true)
        try Data().write(to: root.appendingPathComponent("weave.yml"))
    }

    public func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Writes `text` at `relative`, making the folders it needs.
    public func write(_ relative: String, _ text: String) throws {
        try write(relative, bytes: Array(text.utf8))
    }

    public func write(_ relative: String, bytes: [UInt8]) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    public func read(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }

    public func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: path(relative))
    }

    public func delete(_ relative: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(relative))
    }

    public func remove() { try? FileManager.default.removeItem(at: root) }
}
