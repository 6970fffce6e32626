import Foundation
import Testing
import TestSupport
@testable import Notebook

@Suite struct BlockCacheTests {
    func makeCache() -> BlockCache {
        BlockCache(directory: FileManager.default.temporaryDirectory
            .appendingPathComponent("weave-block-cache-\(UUID().uuidString)"))
    }

    func key(_ text: String) -> CacheKey {
        var hasher = CacheKey.Hasher()
        hasher.add(text)
        return hasher.key()
    }

    @Test func storesAndLoadsAndLeavesNoTemporaryFiles() throws {
        let cache = makeCache()
        defer { try? cache.clear() }
        let block = CachedBlock(index: 2, firstLine: 9, result: BlockResult(
            items: [.value(name: "x", text: "1.5")], definitions: [Definition(name: "x", value: .number(1.5))]))
        #expect(cache.load(key("a")) == nil)
        cache.store(block, for: key("a"))
        #expect(cache.load(key("a")) == block)
        #expect(cache.load(key("b")) == nil)
        let folder = cache.url(of: key("a")).deletingLastPathComponent()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [key("a").hex + ".entry"])
    }

    @Test func pruningRemovesOnlyWhatNoBuildUsedSince() throws {
        let cache = makeCache()
        defer { try? cache.clear() }
        let block = CachedBlock(index: 0, firstLine: 3, result: BlockResult(items: [.value(name: "x", text: "1")]))
        for name in ["used", "stale", "recent"] { cache.store(block, for: key(name)) }
        let longAgo = Date(timeIntervalSinceNow: -40 * 24 * 60 * 60)
        func age(_ url: URL) throws {
            try FileManager.default.setAttributes([.modificationDate: longAgo], ofItemAtPath: url.path)
        }
        try age(cache.url(of: key("used")))
        try age(cache.url(of: key("stale")))
        // a temporary file of a build that died long ago
        let leftover = cache.url(of: key("stale")).deletingLastPathComponent().appendingPathComponent(".x.y.tmp")
        try Data("partial".utf8).write(to: leftover)
        try age(leftover)
        #expect(cache.load(key("used")) == block)       // a build uses it again: it is kept

        let removed = cache.prune(unusedSince: Date(timeIntervalSinceNow: -BlockCache.keepUnused))
        #expect(removed == 2)
        #expect(cache.load(key("used")) == block)
        #expect(cache.load(key("recent")) == block)
        #expect(cache.load(key("stale")) == nil)
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        #expect(cache.prune(unusedSince: Date(timeIntervalSinceNow: -BlockCache.keepUnused)) == 0)
    }

    @Test func aValidChecksumOverTheWrongPayloadStillFailsToDecode() throws {
        let cache = makeCache()
        defer { try? cache.clear() }
        let payload = Data("{\"not\":\"a block\"}".utf8)
        var entry = Data((BlockCache.header + cache.signature(of: payload)! + "\n").utf8)
        entry.append(payload)
        try FileManager.default.createDirectory(
            at: cache.url(of: key("x")).deletingLastPathComponent(), withIntermediateDirectories: true)
        try entry.write(to: cache.url(of: key("x")))
        #expect(cache.load(key("x")) == nil)
    }

    @Test func anEntryEditedWithARecomputedChecksumOrCopiedFromAnotherCacheIsNotTrusted() throws {
        let cache = makeCache()
        let other = makeCache()
        defer { try? cache.clear(); try? other.clear() }
        let honest = CachedBlock(index: 0, firstLine: 1, result: BlockResult(items: [.value(name: "v", text: "1")]))
        cache.store(honest, for: key("x"))
        #expect(cache.load(key("x")) == honest)

        // Edit the payload and recompute a plain SHA-256, as a forger without the secret would.
        let file = cache.url(of: key("x"))
        let text = try String(contentsOf: file, encoding: .utf8)
        let payload = String(text.split(separator: "\n", maxSplits: 1)[1]).replacingOccurrences(of: "\"1\"", with: "\"2\"")
        #expect(payload.contains("\"2\""))
        try (BlockCache.header + SHA256.hex(of: Array(payload.utf8)) + "\n" + payload).write(to: file, atomically: false, encoding: .utf8)
        #expect(cache.load(key("x")) == nil)

        // Signed by another cache's secret: not this cache's entry either.
        let forged = BlockCache.header + other.signature(of: Array(payload.utf8))! + "\n" + payload
        try forged.write(to: file, atomically: false, encoding: .utf8)
        #expect(cache.load(key("x")) == nil)
        #expect(SHA256.hmacHex(key: Array("k".utf8), message: Array("m".utf8)) != SHA256.hex(of: Array("km".utf8)))
    }

    @Test func concurrentWritersAndReadersNeverSeeAPartialEntry() async throws {
        let cache = makeCache()
        defer { try? cache.clear() }
        let big = CachedBlock(index: 0, firstLine: 1, result: BlockResult(
            items: (0..<200).map { .value(name: "v\($0)", text: String(repeating: "x", count: 200)) }))
        let shared = key("shared")
        let partial = await withTaskGroup(of: Int.self) { group in
            for task in 0..<8 {
                group.addTask {
                    var failures = 0
                    for _ in 0..<10 {
                        if task % 2 == 0 {
                            cache.store(big, for: shared)
                        } else if let loaded = cache.load(shared), loaded != big {
                            failures += 1
                        }
                    }
                    return failures
                }
            }
            return await group.reduce(0, +)
        }
        #expect(partial == 0)
        #expect(cache.load(shared) == big)
    }
}

@Suite struct CacheEntryTests {
    /// Rewrites every entry's definitions as `replacement`, with a valid checksum.
    @discardableResult
    static func replaceDefinitions(in cache: BlockCache, with replacement: String) throws -> Int {
        let blocks = cache.directory.appendingPathComponent("blocks")
        let files = (FileManager.default.enumerator(at: blocks, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
            .filter { $0.pathExtension == "entry" }
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let payload = text.split(separator: "\n", maxSplits: 1)[1]
            let lengthLine = payload.split(separator: "\n", maxSplits: 1)
            let length = try #require(Int(lengthLine[0]))
            let blockJSON = String(decoding: Array(lengthLine[1].utf8)[0..<length], as: UTF8.self)
            let newPayload = "\(length)\n" + blockJSON + replacement
            try (BlockCache.header + cache.signature(of: Array(newPayload.utf8))! + "\n" + newPayload)
                .write(to: file, atomically: false, encoding: .utf8)
        }
        return files.count
    }

    @Test func undecodableDefinitionsAreRunAgainWhenALaterBlockNeedsThem() throws {
        let project = try ScratchProject(prefix: "weave-cache-tests")
        defer { project.remove() }
        try project.write("notebooks/bp.md", SiteBuilderCacheTests.notebook())
        _ = try project.build()
        #expect(try Self.replaceDefinitions(in: project.cache, with: "[{\"name\":\"data\"}]") == 4)
        // Pages still come from the cache; the plot edit needs `model`, so blocks 0 and 1 run
        // again (quietly, for their definitions) and the site equals a clean build.
        try project.write("notebooks/bp.md", SiteBuilderCacheTests.notebook(plot: "plot loss model log=true"))
        let build = try project.build()
        #expect(project.ran(build) == ["bp.md#3"])
        #expect(build.files == (try project.build(cached: false)).files)
    }
}
