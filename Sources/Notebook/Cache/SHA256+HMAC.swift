extension SHA256 {
    /// HMAC-SHA-256 (RFC 2104) of `message` under `key`, in hexadecimal:
    /// H((K ⊕ opad) ‖ H((K ⊕ ipad) ‖ m)), with K the key padded (or first hashed) to 64 bytes,
    /// ipad = 0x36 and opad = 0x5c repeated. Checked against RFC 4231's vectors.
    static func hmacHex<Message: Sequence>(key: [UInt8], message: Message) -> String
    where Message.Element == UInt8 {
        let blockSize = 64
        var block = key.count > blockSize ? { var hash = SHA256(); hash.update(key); return hash.digest() }() : key
        block += [UInt8](repeating: 0, count: blockSize - block.count)
        var inner = SHA256()
        inner.update(block.map { $0 ^ 0x36 })
        inner.update(message)
        var outer = SHA256()
        outer.update(block.map { $0 ^ 0x5c })
        outer.update(inner.digest())
        return outer.hexDigest()
    }
}
