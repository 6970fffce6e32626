import Foundation

/// The host names `weave serve` answers to: its defence against DNS rebinding.
///
/// A web page from anywhere can make the browser ask `http://evil.example:8000/` after pointing
/// that name at 127.0.0.1; the request then reaches the server with `Host: evil.example:8000`.
/// Answering only requests whose `Host` names the server itself keeps such pages from reading
/// the site. Allowed are the loopback names (`localhost`, `127.0.0.1` and the rest of
/// 127.0.0.0/8, `[::1]`) and the host the server was bound to with `--host`. A wildcard bind
/// (`0.0.0.0`, `::`) serves other machines under names weave cannot know, so it also allows
/// every IP address literal: a rebinding page always uses a DNS name, never an address. The
/// port is not compared (a rebinding page must use the server's port anyway).
///
/// ```swift
/// let hosts = HostAllowList(boundHost: "127.0.0.1")
/// hosts.permits("localhost:8000")     // true
/// hosts.permits("evil.example:8000")  // false
/// ```
struct HostAllowList: Sendable {
    let boundHost: String

    init(boundHost: String) {
        self.boundHost = Self.normalized(boundHost)
    }

    /// Whether a request whose `Host` header is `header` (nil when it has none) is answered.
    func permits(_ header: String?) -> Bool {
        guard let header, let name = Self.name(ofHostHeader: header) else { return false }
        if name == boundHost || name == "localhost" || Self.isLoopbackAddress(name) { return true }
        return isWildcard && Self.isAddressLiteral(name)
    }

    private var isWildcard: Bool { boundHost == "0.0.0.0" || boundHost == "::" }

    /// The host name of a `Host` header (`name`, `name:port`, `[v6]`, `[v6]:port`), lowercased,
    /// without brackets or a trailing dot; nil when it is not of that form.
    static func name(ofHostHeader header: String) -> String? {
        let value = header.trimmingCharacters(in: .whitespaces)
        var name: Substring
        if value.hasPrefix("[") {
            guard let close = value.firstIndex(of: "]") else { return nil }
            name = value[value.index(after: value.startIndex)..<close]
            let rest = value[value.index(after: close)...]
            guard rest.isEmpty || (rest.hasPrefix(":") && rest.dropFirst().allSatisfy(\.isASCIIDigit)) else { return nil }
        } else {
            let parts = value.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count <= 2, parts.count == 1 || parts[1].allSatisfy(\.isASCIIDigit) else { return nil }
            name = parts[0]
        }
        if name.hasSuffix(".") { name = name.dropLast() }
        guard !name.isEmpty else { return nil }
        return normalized(String(name))
    }

    private static func normalized(_ host: String) -> String {
        var host = host.lowercased()
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return host
    }

    /// 127.0.0.0/8 or ::1, written as an address.
    static func isLoopbackAddress(_ name: String) -> Bool {
        if let octets = ipv4Octets(name) { return octets[0] == 127 }
        var address = in6_addr()
        return inet_pton(AF_INET6, name, &address) == 1
            && withUnsafeBytes(of: &address) { $0.elementsEqual([UInt8](repeating: 0, count: 15) + [1]) }
    }

    static func isAddressLiteral(_ name: String) -> Bool {
        var address = in6_addr()
        return ipv4Octets(name) != nil || inet_pton(AF_INET6, name, &address) == 1
    }

    /// The four numbers of a dotted-quad IPv4 address (the only form browsers send in `Host`).
    private static func ipv4Octets(_ name: String) -> [Int]? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        let octets = parts.compactMap { part in
            part.count <= 3 && part.allSatisfy(\.isASCIIDigit) ? Int(part) : nil
        }
        return octets.count == 4 && octets.allSatisfy { $0 <= 255 } ? octets : nil
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
