import Foundation

/// The key with which a cache signs its entries: 32 random bytes in a file of the cache's own,
/// made the first time an entry is stored and read once per process.
///
/// It is not a defence against someone who can read the cache folder; it makes a hand-edited
/// entry, or one copied in from another cache, fail the check instead of being trusted. The
/// randomness never reaches a page: it only decides which entries are this cache's.
final class CacheSecret: @unchecked Sendable {
    let file: URL
    private let lock = NSLock()
    private var key: [UInt8]?

    init(file: URL) {
        self.file = file
    }

    /// The key, if the cache has one.
    func existing() -> [UInt8]? {
        lock.withLock {
            if key == nil { key = read() }
            return key
        }
    }

    /// The key, made and stored first if the cache has none; nil if it cannot be stored.
    func existingOrNew() -> [UInt8]? {
        lock.withLock {
            if key == nil { key = read() ?? make() }
            return key
        }
    }

    private func read() -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: file.path), data.count == 32 else { return nil }
        return [UInt8](data)
    }

    /// Writes a new key beside the final name and links it into place, so that two builds
    /// starting at once agree on one key (the second link fails and that build reads the first).
    private func make() -> [UInt8]? {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let folder = file.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".secret.\(UUID().uuidString).tmp")
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: temporary)
            _ = chmod(temporary.path, 0o600)
        } catch {
            return nil
        }
        _ = link(temporary.path, file.path)
        return read()
    }
}
