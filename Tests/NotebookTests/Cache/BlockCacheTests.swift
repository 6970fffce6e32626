import Foundation
import Testing
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
        let block = CachedBlock(index: 2, firstLine: 9, result: BlockResult(items: [.text("hello")]))
        #expect(cache.load(key("a")) == nil)
        cache.store(block, for: key("a"))
        #expect(cache.load(key("a")) == block)
        #expect(cache.load(key("b")) == nil)
        let folder = cache.url(of: key("a")).deletingLastPathComponent()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [key("a").hex + ".entry"])
    }

    @Test func aValidChecksumOverTheWrongPayloadStillFailsToDecode() throws {
        let cache = makeCache()
        defer { try? cache.clear() }
        let payload = Data("{\"not\":\"a block\"}".utf8)
        var entry = Data((BlockCache.header + SHA256.hex(of: payload) + "\n").utf8)
        entry.append(payload)
        try FileManager.default.createDirectory(
            at: cache.url(of: key("x")).deletingLastPathComponent(), withIntermediateDirectories: true)
        try entry.write(to: cache.url(of: key("x")))
        #expect(cache.load(key("x")) == nil)
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
