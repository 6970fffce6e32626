import Foundation

/// Where a command writes: standard output and standard error, or buffers in tests.
public final class Console: @unchecked Sendable {
    private let lock = NSLock()
    private let writeOutput: (String) -> Void
    private let writeError: (String) -> Void
    /// Whether standard error is a terminal, so progress may redraw one line.
    public let isErrorTerminal: Bool

    public init(
        isErrorTerminal: Bool, output: @escaping (String) -> Void, error: @escaping (String) -> Void
    ) {
        self.isErrorTerminal = isErrorTerminal
        self.writeOutput = output
        self.writeError = error
    }

    /// The process's own standard output and standard error.
    public static func standard() -> Console {
        Console(
            isErrorTerminal: isatty(STDERR_FILENO) == 1,
            output: { FileHandle.standardOutput.write(Data($0.utf8)) },
            error: { FileHandle.standardError.write(Data($0.utf8)) })
    }

    public func out(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        writeOutput(text)
    }

    public func err(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        writeError(text)
    }
}
