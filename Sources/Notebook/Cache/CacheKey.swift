/// The content address of a block's result: a SHA-256 over everything the result depends on.
///
/// Fields go in length-prefixed, so no two different field lists hash the same input
/// (`"ab", "c"` and `"a", "bc"` differ).
///
/// ```swift
/// var hasher = CacheKey.Hasher()
/// hasher.add("block")
/// hasher.add(source)
/// let key = hasher.key()   // key.hex is 64 hexadecimal digits
/// ```
struct CacheKey: Hashable, Sendable, CustomStringConvertible {
    /// 64 lowercase hexadecimal digits.
    let hex: String

    init(hex: String) {
        self.hex = hex
    }

    var description: String { String(hex.prefix(12)) }

    /// Collects the fields of a key.
    struct Hasher: Sendable {
        private var hash = SHA256()

        init() {}

        /// Adds one field: its length in bytes, then its bytes.
        mutating func add<Bytes: Collection>(bytes: Bytes) where Bytes.Element == UInt8 {
            let count = UInt64(bytes.count)
            hash.update((0..<8).map { UInt8(truncatingIfNeeded: count >> (8 * $0)) })
            hash.update(bytes)
        }

        mutating func add(_ text: String) { add(bytes: Array(text.utf8)) }

        mutating func add(_ number: Int) { add(String(number)) }

        func key() -> CacheKey { CacheKey(hex: hash.hexDigest()) }
    }
}
