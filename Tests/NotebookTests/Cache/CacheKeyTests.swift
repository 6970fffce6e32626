import Testing
@testable import Notebook

@Suite struct CacheKeyTests {
    @Test func fieldBoundariesMatter() {
        var first = CacheKey.Hasher()
        first.add("ab")
        first.add("c")
        var second = CacheKey.Hasher()
        second.add("a")
        second.add("bc")
        #expect(first.key() != second.key())
        #expect(first.key().hex.count == 64)
    }

    @Test func sameFieldsSameKey() {
        func key(_ fields: [String]) -> CacheKey {
            var hasher = CacheKey.Hasher()
            for field in fields { hasher.add(field) }
            return hasher.key()
        }
        // Pinned: computed once, in another process and build, so a key that changed from run to
        // run (a random seed, a hash order) or from build to build would fail here.
        #expect(key(["block", "3"]).hex == "99ab7fc4c7022cabe46421fe84522f7bef9fabd9a4c9a1bd73e2fb42cea133b8")
        #expect(key(["block", "3"]) != key(["block", "4"]))
        #expect(key(["x"]).description == String(key(["x"]).hex.prefix(12)))
    }
}
