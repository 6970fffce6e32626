import Foundation
import TestSupport

/// Golden figures in Tests/SVGPlotTests/Snapshots, found from this file's path.
let snapshots = Snapshots(
    directory: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots"),
    suite: "SVGPlotTests")
