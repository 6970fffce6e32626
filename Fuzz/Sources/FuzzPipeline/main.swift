import CFuzzerDriver
import Foundation
import Notebook

// Any bytes as a notebook: read the Markdown, check, run (every training capped at a few
// epochs, the work limit low) and render the page, all in memory. The notebook's folder holds one
// small CSV file so `csv "points.csv"` runs too.
let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("weave-fuzz-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
try? Data("x,y,label\n0,0,0\n1,1,1\n0,1,1\n1,0,0\n".utf8).write(to: folder.appendingPathComponent("points.csv"))

let status = weave_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    guard let data else { return 0 }
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    let source = NotebookSource(displayPath: "fuzz.md", url: folder.appendingPathComponent("fuzz.md"), bytes: bytes)
    var builder = SiteBuilder(notebooks: [source])
    builder.limits = BuildLimits(work: 20_000_000, epochCap: 3)
    do throws(BuildFailure) {
        let site = try builder.build(selecting: nil)
        precondition(site.paths.contains("fuzz.html"), "a successful build has the page")
    } catch {
        _ = error.formatted
    }
    return 0
}
try? FileManager.default.removeItem(at: folder)
exit(status)
