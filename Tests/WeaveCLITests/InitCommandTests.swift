import Foundation
import Testing
import Yams

/// `weave init` writes a project that builds and checks as it is, with a workflow GitHub can run;
/// it never overwrites a file.
@Suite struct InitCommandTests {
    /// A fresh, empty temporary folder (no weave.yml or .git in it or above it).
    static func emptyFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("weave-init-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static let files = ["weave.yml", "notebooks/intro.md", ".gitignore", "README.md", ".github/workflows/weave.yml"]

    @Test func initWritesAProjectThatBuildsAndChecks() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let demo = folder.appendingPathComponent("demo").path
        let run = WeaveRun.run(["init", demo])
        #expect(run.status == 0, "\(run.error)")
        for file in Self.files {
            #expect(FileManager.default.fileExists(atPath: demo + "/" + file), "\(file)")
        }
        #expect(try String(contentsOfFile: demo + "/.gitignore", encoding: .utf8).contains(".weave-cache/"))
        #expect(try String(contentsOfFile: demo + "/weave.yml", encoding: .utf8).contains("title: \"demo\""))

        let build = WeaveRun.run(["build", demo + "/notebooks", "--out", demo + "/site"])
        #expect(build.status == 0, "\(build.error)")
        let page = try String(contentsOfFile: demo + "/site/intro.html", encoding: .utf8)
        #expect(page.contains("<svg"))                        // the figure
        #expect(page.contains("<math"))                       // the math
        #expect(page.contains("class=\"passed\""))            // the expectation held
        #expect(page.contains("<title>A first notebook · demo</title>"))   // weave.yml's title
        // The cache is in the project's root, beside weave.yml.
        #expect(FileManager.default.fileExists(atPath: demo + "/.weave-cache/blocks"))
        let check = WeaveRun.run(["check", demo + "/notebooks", "--site", demo + "/site"])
        #expect(check.status == 0, "\(check.error)")
    }

    @Test func initRefusesToOverwriteAndNamesTheFiles() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("mine\n".utf8).write(to: folder.appendingPathComponent("README.md"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("notebooks"), withIntermediateDirectories: true)
        try Data("# Mine\n".utf8).write(to: folder.appendingPathComponent("notebooks/intro.md"))
        let run = WeaveRun.run(["init", folder.path])
        #expect(run.status == 1)
        #expect(run.error.contains("notebooks/intro.md, README.md already exist"), "\(run.error)")
        // Nothing was written, and the author's files are untouched.
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("weave.yml").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".gitignore").path))
        #expect(try String(contentsOf: folder.appendingPathComponent("README.md"), encoding: .utf8) == "mine\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("notebooks/intro.md"), encoding: .utf8) == "# Mine\n")
    }

    @Test func initIntoAFolderWithOtherFilesWritesBesideThem() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("keep\n".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        #expect(WeaveRun.run(["init", folder.path]).status == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep\n")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("weave.yml").path))
    }

    /// The workflow is YAML that GitHub Actions reads: a job that installs libcmark, builds weave
    /// at the pinned revision and runs `weave check`, and a deploy job for the default branch.
    @Test func theWorkflowParsesAndNamesItsSteps() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let revision = "0123456789abcdef0123456789abcdef01234567"
        let run = WeaveRun.run(["init", folder.path, "--weave-revision", revision,
                                "--weave-repository", "https://example.org/weave.git"])
        #expect(run.status == 0, "\(run.error)")
        let text = try String(contentsOf: folder.appendingPathComponent(".github/workflows/weave.yml"), encoding: .utf8)
        let workflow = try #require(try Yams.load(yaml: text) as? [String: Any])
        #expect(workflow["name"] as? String == "weave")
        let env = try #require(workflow["env"] as? [String: Any])
        #expect(env["WEAVE_REVISION"] as? String == revision)
        #expect(env["WEAVE_REPOSITORY"] as? String == "https://example.org/weave.git")
        // `on:` may be read as YAML 1.1's true; either way push and pull_request trigger it.
        let triggers = try #require((workflow["on"] ?? workflow["true"]) as? [String: Any])
        #expect(triggers.keys.contains("push") && triggers.keys.contains("pull_request"))

        let jobs = try #require(workflow["jobs"] as? [String: Any])
        let check = try #require(jobs["check"] as? [String: Any])
        let steps = try #require(check["steps"] as? [[String: Any]])
        let runs = steps.compactMap { $0["run"] as? String }
        let uses = steps.compactMap { $0["uses"] as? String }
        #expect(uses.contains { $0.hasPrefix("actions/checkout@") })
        #expect(runs.contains { $0.contains("apt-get install") && $0.contains("libcmark-dev") })
        #expect(runs.contains { $0.contains("git fetch") && $0.contains("\"$WEAVE_REVISION\"")
            && $0.contains("swift build -c release --product weave") })
        #expect(runs.contains { $0.hasPrefix("weave check") })
        let upload = try #require(steps.first { ($0["uses"] as? String)?.hasPrefix("actions/upload-pages-artifact@") == true })
        #expect((upload["with"] as? [String: Any])?["path"] as? String == "site")
        #expect((upload["if"] as? String)?.contains("default_branch") == true)
        // The order: install, build weave, check, then upload.
        let order = steps.compactMap { $0["name"] as? String }
        #expect(order == ["Check out the notebooks", "Install libcmark", "Build weave", "Check the site",
                          "Upload the site for GitHub Pages"])

        let deploy = try #require(jobs["deploy"] as? [String: Any])
        #expect(deploy["needs"] as? String == "check")
        #expect((deploy["if"] as? String)?.contains("default_branch") == true)
        let permissions = try #require(deploy["permissions"] as? [String: Any])
        #expect(permissions["pages"] as? String == "write")
        #expect(permissions["id-token"] as? String == "write")
        let deploySteps = try #require(deploy["steps"] as? [[String: Any]])
        #expect(deploySteps.contains { ($0["uses"] as? String)?.hasPrefix("actions/deploy-pages@") == true })
    }

    /// From an empty folder, with the real executable and nothing but the current folder to go
    /// on: `weave init demo && cd demo && weave build && weave check`.
    @Test func theREADMEsFirstStepsWorkWithTheRealExecutable() throws {
        let weave = WeaveRun.executable
        try #require(FileManager.default.isExecutableFile(atPath: weave.path), "build weave first: \(weave.path)")
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let demo = folder.appendingPathComponent("demo")
        let initRun = try WeaveRun.process(["init", "demo"], in: folder)
        #expect(initRun.status == 0, "\(initRun.error)")
        let build = try WeaveRun.process(["build"], in: demo)
        #expect(build.status == 0, "\(build.error)")
        let check = try WeaveRun.process(["check"], in: demo)
        #expect(check.status == 0, "\(check.error)")
        #expect(check.error.contains("site/ is up to date"))
        #expect(FileManager.default.fileExists(atPath: demo.appendingPathComponent("site/intro.html").path))
        #expect(FileManager.default.fileExists(atPath: demo.appendingPathComponent(".weave-cache").path))
        // Nothing was written next to the project.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["demo"])
        // A second init is refused.
        let again = try WeaveRun.process(["init"], in: demo)
        #expect(again.status == 1)
        #expect(again.error.contains("already exist"))
    }
}
