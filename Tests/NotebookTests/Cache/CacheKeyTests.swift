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
        #expect(key(["block", "3"]) == key(["block", "3"]))
        #expect(key(["block", "3"]) != key(["block", "4"]))
        #expect(key(["x"]).description == String(key(["x"]).hex.prefix(12)))
    }
}
