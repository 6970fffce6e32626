import Foundation

/// Block results on disk, by ``CacheKey``: `.weave-cache/` in the project's root folder.
///
/// Each entry is one file, `blocks/<2 hex>/<64 hex>.entry`: a header line with the format and
/// the HMAC-SHA-256 of the payload, then the ``CachedBlock`` as JSON, its definitions apart (see
/// ``CacheEntry``). The HMAC's key is the cache's own secret (`secret`, 32 random bytes made
/// when the cache is first written), so an entry edited by hand, or copied from another cache,
/// does not check out even with a recomputed SHA-256. An entry whose checksum,
/// format or payload does not check out is treated as missing (and recomputed, then
/// overwritten), never trusted. Entries are written to a temporary file and renamed into
/// place, so a reader (or a concurrent build) sees a whole entry or none.
///
/// ```swift
/// let cache = BlockCache.beside(notebooksDirectory: "notebooks")   // <project root>/.weave-cache
/// cache.store(CachedBlock(index: 0, firstLine: 5, result: result), for: key)
/// cache.load(key)?.result == result   // true
/// try cache.clear()
/// ```
public struct BlockCache: Sendable {
    /// The cache folder.
    public let directory: URL
    /// Part of every key: results of another engine are never found.
    public let engineVersion: String

    /// The secret, read (or made) once per cache value.
    private let secret: CacheSecret

    public init(directory: URL, engineVersion: String = EngineVersion.current) {
        self.directory = directory
        self.engineVersion = engineVersion
        self.secret = CacheSecret(file: directory.appendingPathComponent("secret"))
    }

    /// The cache of the project whose notebooks are in `notebooksDirectory`: `.weave-cache/`
    /// in the project's root (see ``ProjectRoot``), never above it.
    public static func beside(
        notebooksDirectory: String, engineVersion: String = EngineVersion.current
    ) -> BlockCache {
        BlockCache(directory: ProjectRoot.find(notebooksDirectory: notebooksDirectory)
            .appendingPathComponent(folderName, isDirectory: true), engineVersion: engineVersion)
    }

    public static let folderName = ".weave-cache"
    static let header = "weave-cache-entry 3 "

    /// Where the entry of `key` lives.
    func url(of key: CacheKey) -> URL {
        directory.appendingPathComponent("blocks", isDirectory: true)
            .appendingPathComponent(String(key.hex.prefix(2)), isDirectory: true)
            .appendingPathComponent(key.hex + ".entry")
    }

    /// The stored block of `key`, whole, or nil when there is none or it is damaged.
    func load(_ key: CacheKey) -> CachedBlock? {
        guard let entry = entry(for: key), let definitions = try? entry.definitions() else { return nil }
        var block = entry.block
        block.result.definitions = definitions
        return block
    }

    /// The stored entry of `key`, checksum verified, with its definitions left undecoded: a
    /// build decodes them only when a later block runs and needs the session.
    func entry(for key: CacheKey) -> CacheEntry? {
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
        guard let signing = secret.existing(), SHA256.hmacHex(key: signing, message: payload) == digest else { return nil }
        // payload: the length of the block's JSON in decimal, a newline, the block's JSON (its
        // definitions left out), then the definitions' JSON.
        guard let newline = payload.firstIndex(of: UInt8(ascii: "\n")),
              let length = Int(String(decoding: payload[payloadStart..<newline], as: UTF8.self)),
              length >= 0, length <= payload.endIndex - newline - 1 else { return nil }
        let blockEnd = newline + 1 + length
        guard let block = try? JSONDecoder().decode(CachedBlock.self, from: Data(payload[(newline + 1)..<blockEnd]))
        else { return nil }
        markUsed(key)
        return CacheEntry(block: block, definitionsJSON: Data(payload[blockEnd...]))
    }

    /// Stores a block's result under `key`. Failing to write only costs a rerun later, so
    /// errors are ignored.
    /// Blocks whose values hold more numbers than this are not stored: their entries would be
    /// tens of megabytes, slower to write and read than to compute again.
    static let maxStoredNumbers = 1_000_000

    func store(_ block: CachedBlock, for key: CacheKey) {
        var withoutDefinitions = block
        withoutDefinitions.result.definitions = []
        guard let blockJSON = try? JSONEncoder().encode(withoutDefinitions),
              let definitionsJSON = try? JSONEncoder().encode(block.result.definitions) else { return }
        var payload = Data("\(blockJSON.count)\n".utf8)
        payload.append(blockJSON)
        payload.append(definitionsJSON)
        guard let signature = signature(of: payload) else { return }
        var entry = Data((Self.header + signature + "\n").utf8)
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

    /// The HMAC of `payload` under this cache's secret (made if the cache has none yet).
    func signature<Payload: Sequence>(of payload: Payload) -> String? where Payload.Element == UInt8 {
        secret.existingOrNew().map { SHA256.hmacHex(key: $0, message: payload) }
    }

    /// How long an entry may go unused before `prune(unusedSince:)` after a build removes it.
    public static let keepUnused: TimeInterval = 30 * 24 * 60 * 60

    /// Removes the entries no build has used since `date` (each use refreshes an entry's
    /// modification time, see `entry(for:)`) and temporary files left by builds that died
    /// before it. The cache holds every version of every block ever built, so without this it
    /// only grows. Returns how many files were removed; errors only leave files behind.
    @discardableResult
    public func prune(unusedSince date: Date) -> Int {
        let blocks = directory.appendingPathComponent("blocks", isDirectory: true)
        guard let files = FileManager.default.enumerator(
            at: blocks, includingPropertiesForKeys: [.contentModificationDateKey, .isRegularFileKey]) else { return 0 }
        var removed = 0
        for case let file as URL in files {
            guard let values = try? file.resourceValues(forKeys: [.contentModificationDateKey, .isRegularFileKey]),
                  values.isRegularFile == true, let modified = values.contentModificationDate, modified < date,
                  file.pathExtension == "entry" || file.pathExtension == "tmp" else { continue }
            if (try? FileManager.default.removeItem(at: file)) != nil { removed += 1 }
        }
        return removed
    }

    /// Records that the entry of `key` was just used, for `prune(unusedSince:)`.
    private func markUsed(_ key: CacheKey) {
        try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: url(of: key).path)
    }

    /// Removes the whole cache. Returns whether there was one.
    @discardableResult
    public func clear() throws -> Bool {
        guard FileManager.default.fileExists(atPath: directory.path) else { return false }
        try FileManager.default.removeItem(at: directory)
        return true
    }
}
