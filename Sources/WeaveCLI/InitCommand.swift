import ArgumentParser
import Foundation
import Notebook

/// `weave init [DIR]`: writes a ready project (see ``ProjectTemplate``) and never overwrites a
/// file: when any of them exists, it names them all and writes nothing.
struct InitCommand: ParsableCommand, WeaveRunnable {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a project: an example notebook, weave.yml, .gitignore, a README and a GitHub Pages workflow.",
        discussion: """
            Writes weave.yml (which marks the project's root), notebooks/intro.md, .gitignore \
            (the block cache), README.md and .github/workflows/weave.yml, which builds weave at a \
            pinned revision, runs `weave check` and, on the default branch, publishes site/ to \
            GitHub Pages. Existing files are never overwritten: if any is there, nothing is written.

            Example:
              weave init demo && cd demo && weave build && weave check
            """
    )

    @Argument(help: "The project's folder; created if missing.")
    var directory: String = "."

    @Option(name: .long, help: "The git repository the workflow builds weave from.")
    var weaveRepository: String = WeaveVersion.repository

    @Option(name: .long, help: "The revision (commit or tag) of weave the workflow builds.")
    var weaveRevision: String = WeaveVersion.tag

    func execute(console: Console) -> Int32 {
        let root = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        let title = root.lastPathComponent.isEmpty || root.path == "/" ? "weave" : root.lastPathComponent
        let template = ProjectTemplate(title: title, weaveRepository: weaveRepository, weaveRevision: weaveRevision)
        let manager = FileManager.default
        let existing = template.files.map(\.path).filter { path in
            manager.fileExists(atPath: root.appendingPathComponent(path).path)
        }
        guard existing.isEmpty else {
            console.err("error: \(existing.joined(separator: ", ")) already \(existing.count == 1 ? "exists" : "exist") in \(directory); weave init writes nothing over existing files\n")
            return 1
        }
        do {
            for file in template.files {
                let url = root.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                // withoutOverwriting: a file that appeared since the check above is still kept.
                try Data(file.text.utf8).write(to: url, options: .withoutOverwriting)
                console.err("created \(directory == "." ? "" : directory + "/")\(file.path)\n")
            }
        } catch {
            console.err("error: cannot write the project in \(directory): \(error.localizedDescription)\n")
            return 1
        }
        let next = directory == "." ? "" : "cd \(directory) && "
        console.err("next: \(next)weave build && weave check\n")
        return 0
    }
}
