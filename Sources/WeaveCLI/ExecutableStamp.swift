import Foundation

/// The running weave binary's name, size and modification time: part of the cache's engine
/// version, so that results computed by another build of weave are never reused, even when
/// someone changed the engine and forgot to bump `EngineVersion.current`.
///
/// Reading two file attributes costs nothing next to hashing the binary; the price is that
/// rebuilding weave runs every block once more.
///
/// ```swift
/// ExecutableStamp.current   // "weave 21734528 1795862400.123"
/// ```
enum ExecutableStamp {
    static let current: String = {
        guard let url = Bundle.main.executableURL?.resolvingSymlinksInPath(),
              let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else {
            return "unknown executable"
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(url.lastPathComponent) \(size) \(modified)"
    }()
}
