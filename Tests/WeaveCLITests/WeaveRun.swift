import Foundation
import WeaveCLI

/// Runs `weave` in-process with captured output, inside a scratch folder of its own.
struct WeaveRun {
    var status: Int32
    var output: String
    var error: String

    static func callAsFunction(_ arguments: [String]) -> WeaveRun { run(arguments) }

    static func run(_ arguments: [String]) -> WeaveRun {
        let captured = Captured()
        let console = Console(
            isErrorTerminal: false,
            output: { captured.output += $0 },
            error: { captured.error += $0 })
        let status = Weave.main(arguments, console: console)
        return WeaveRun(status: status, output: captured.output, error: captured.error)
    }

    /// The real `weave` executable, built next to the test bundle in `.build/<triple>/debug/`.
    static var executable: URL {
        var folder = Bundle.main.bundleURL
        if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("weave")
    }

    /// Runs the real executable as a process of its own in `directory` (so `.` and relative paths
    /// mean that folder), with `environment` (default: this process's), capturing standard error.
    static func process(
        _ arguments: [String], in directory: URL, environment: [String: String]? = nil
    ) throws -> WeaveRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if let environment { process.environment = environment }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return WeaveRun(status: process.terminationStatus, output: "", error: String(decoding: data, as: UTF8.self))
    }

    private final class Captured: @unchecked Sendable {
        var output = ""
        var error = ""
    }
}
