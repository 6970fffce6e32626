/// SHA-256 (FIPS 180-4), for cache keys and entry checksums.
///
/// Content addressing needs a hash no edit can collide on purpose, so a fast non-cryptographic
/// hash (FNV, CRC) will not do. This one is plain and checked against the NIST test vectors.
///
/// ```swift
/// var hash = SHA256()
/// hash.update("abc")
/// hash.hexDigest()   // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// ```
struct SHA256: Sendable {
    private var state: [UInt32] = [
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ]
    private var pending: [UInt8] = []
    private var byteCount: UInt64 = 0

    init() {}

    /// Adds bytes to the message.
    mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        // Contiguous input is hashed in place, whole blocks straight from its storage.
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            var start = 0
            if !pending.isEmpty {
                start = min(64 - pending.count, buffer.count)
                pending.append(contentsOf: buffer[0..<start])
                if pending.count == 64 { flushPending() }
            }
            let whole = start + (buffer.count - start) / 64 * 64
            for offset in stride(from: start, to: whole, by: 64) {
                compress(UnsafeBufferPointer(rebasing: buffer[offset..<offset + 64]))
            }
            byteCount += UInt64(whole - start)
            pending.append(contentsOf: buffer[whole...])
        }
        if done == nil {
            pending.append(contentsOf: bytes)
            if pending.count >= 64 { flushPending() }
        }
    }

    /// Hashes the whole blocks of `pending`, keeping the rest.
    private mutating func flushPending() {
        let whole = pending.count / 64 * 64
        let blocks = pending
        blocks.withUnsafeBufferPointer { buffer in
            for start in stride(from: 0, to: whole, by: 64) {
                compress(UnsafeBufferPointer(rebasing: buffer[start..<start + 64]))
            }
        }
        byteCount += UInt64(whole)
        pending.removeFirst(whole)
    }

    /// Adds a string's UTF-8 bytes.
    mutating func update(_ text: String) { update(text.utf8) }

    /// The 32-byte digest of everything added.
    func digest() -> [UInt8] {
        var copy = self
        let bitLength = (byteCount + UInt64(pending.count)) &* 8
        // Padding: 0x80, zeros up to 56 mod 64, then the message length in bits, big-endian.
        var tail: [UInt8] = [0x80]
        tail += [UInt8](repeating: 0, count: (55 - pending.count % 64 + 64) % 64)
        tail += (0..<8).map { UInt8(truncatingIfNeeded: bitLength >> (56 - 8 * $0)) }
        copy.pending.append(contentsOf: tail)
        let blocks = copy.pending
        blocks.withUnsafeBufferPointer { buffer in
            for start in stride(from: 0, to: buffer.count, by: 64) {
                copy.compress(UnsafeBufferPointer(rebasing: buffer[start..<start + 64]))
            }
        }
        return copy.state.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * $0)) } }
    }

    /// The digest as 64 lowercase hexadecimal digits.
    func hexDigest() -> String { Self.hex(digest()) }

    /// The digest of `bytes`, in hexadecimal.
    static func hex<Bytes: Sequence>(of bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hash = SHA256()
        hash.update(bytes)
        return hash.hexDigest()
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    // MARK: - The compression function

    private static let k: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }

    /// One 64-byte block; the message schedule lives on the stack (this runs once per 64
    /// bytes of every cache entry read).
    private mutating func compress(_ block: UnsafeBufferPointer<UInt8>) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            for t in 0..<16 {
                w[t] = UInt32(block[4 * t]) << 24 | UInt32(block[4 * t + 1]) << 16
                    | UInt32(block[4 * t + 2]) << 8 | UInt32(block[4 * t + 3])
            }
            for t in 16..<64 {
                // σ0(x) = ROTR⁷ ⊕ ROTR¹⁸ ⊕ SHR³,  σ1(x) = ROTR¹⁷ ⊕ ROTR¹⁹ ⊕ SHR¹⁰
                let s0 = Self.rotr(w[t - 15], 7) ^ Self.rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
                let s1 = Self.rotr(w[t - 2], 17) ^ Self.rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
                w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, h) = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
            Self.k.withUnsafeBufferPointer { k in
                for t in 0..<64 {
                    // Σ1(e) = ROTR⁶ ⊕ ROTR¹¹ ⊕ ROTR²⁵, Ch(e,f,g) = (e∧f) ⊕ (¬e∧g)
                    let t1 = h &+ (Self.rotr(e, 6) ^ Self.rotr(e, 11) ^ Self.rotr(e, 25)) &+ ((e & f) ^ (~e & g))
                        &+ k[t] &+ w[t]
                    // Σ0(a) = ROTR² ⊕ ROTR¹³ ⊕ ROTR²², Maj(a,b,c) = (a∧b) ⊕ (a∧c) ⊕ (b∧c)
                    let t2 = (Self.rotr(a, 2) ^ Self.rotr(a, 13) ^ Self.rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
                    (h, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
                }
            }
            state[0] &+= a; state[1] &+= b; state[2] &+= c; state[3] &+= d
            state[4] &+= e; state[5] &+= f; state[6] &+= g; state[7] &+= h
        }
    }
}
