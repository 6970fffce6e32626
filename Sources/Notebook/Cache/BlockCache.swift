import Foundation

/// Block results on disk, by ``CacheKey``: `.weave-cache/` in the project's root folder.
///
/// Each entry is one file, `blocks/<2 hex>/<64 hex>.entry`: a header line with the format and
/// the SHA-256 of the payload, then the ``CachedBlock`` as JSON. An entry whose checksum,
/// format or payload does not check out is treated as missing (and recomputed, then
/// overwritten), never trusted. Entries are written to a temporary file and renamed into
/// place, so a reader (or a concurrent build) sees a whole entry or none.
///
/// ```swift
/// let cache = BlockCache.beside(notebooksDirectory: "notebooks")   // ./.weave-cache
/// cache.store(CachedBlock(index: 0, firstLine: 5, result: result), for: key)
/// cache.load(key)?.result == result   // true
/// try cache.clear()
/// ```
public struct BlockCache: Sendable {
    /// The cache folder.
    public let directory: URL
    /// Part of every key: results of another engine are never found.
    public let engineVersion: String

    public init(directory: URL, engineVersion: String = EngineVersion.current) {
        self.directory = directory
        self.engineVersion = engineVersion
    }

    /// The cache of the project whose notebooks are in `notebooksDirectory`: `.weave-cache/`
    /// in the notebooks folder's parent, the project's root.
    public static func beside(
        notebooksDirectory: String, engineVersion: String = EngineVersion.current
    ) -> BlockCache {
        let notebooks = URL(fileURLWithPath: notebooksDirectory, isDirectory: true).standardizedFileURL
        return BlockCache(directory: notebooks.deletingLastPathComponent()
            .appendingPathComponent(folderName, isDirectory: true), engineVersion: engineVersion)
    }

    public static let folderName = ".weave-cache"
    static let header = "weave-cache-entry 1 "

    /// Where the entry of `key` lives.
    public func url(of key: CacheKey) -> URL {
        directory.appendingPathComponent("blocks", isDirectory: true)
            .appendingPathComponent(String(key.hex.prefix(2)), isDirectory: true)
            .appendingPathComponent(key.hex + ".entry")
    }

    /// The stored block of `key`, or nil when there is none or it is damaged.
    public func load(_ key: CacheKey) -> CachedBlock? {
        guard let data = FileManager.default.contents(atPath: url(of: key).path) else { return nil }
        let bytes = [UInt8](data)
        let headerBytes = Array(Self.header.utf8)
        // header, 64 hex digits, newline, payload
        guard bytes.count > headerBytes.count + 65, bytes.starts(with: headerBytes) else { return nil }
        let digestStart = headerBytes.count
        let payloadStart = digestStart + 65
        guard bytes[payloadStart - 1] == UInt8(ascii: "\n") else { return nil }
        let digest = String(decoding: bytes[digestStart..<payloadStart - 1], as: UTF8.self)
        let payload = bytes[payloadStart...]
        guard SHA256.hex(of: payload) == digest else { return nil }
        return try? JSONDecoder().decode(CachedBlock.self, from: Data(payload))
    }

    /// Stores a block's result under `key`. Failing to write only costs a rerun later, so
    /// errors are ignored.
    public func store(_ block: CachedBlock, for key: CacheKey) {
        guard let payload = try? JSONEncoder().encode(block) else { return }
        var entry = Data((Self.header + SHA256.hex(of: payload) + "\n").utf8)
        entry.append(payload)
        let target = url(of: key)
        let folder = target.deletingLastPathComponent()
        // A name no other writer uses: a concurrent build of the same block writes its own
        // temporary file, and whichever rename comes last leaves an equally valid entry.
        let temporary = folder.appendingPathComponent(".\(key.hex).\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try entry.write(to: temporary)
            if rename(temporary.path, target.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
    }

    /// Removes the whole cache. Returns whether there was one.
    @discardableResult
    public func clear() throws -> Bool {
        guard FileManager.default.fileExists(atPath: directory.path) else { return false }
        try FileManager.default.removeItem(at: directory)
        return true
    }
}
