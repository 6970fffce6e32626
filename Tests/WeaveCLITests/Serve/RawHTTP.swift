import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client over a raw loopback socket: requests go out byte for byte as
/// written (`GET /../x`, `%2e%2e`, a 256 KB request line), which URL-normalizing clients would
/// never send. Every read gives up after ``Connection/timeout`` seconds.
///
/// Reads wait on a thread of their own, never on one of Swift concurrency's few shared threads:
/// the server answers on those, and tests running beside this one may hold the others.
struct RawHTTP {
    /// Runs blocking `work` on a new thread and waits for it without holding a shared thread.
    static func offThePool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: work()) }.start()
        }
    }

    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    /// An open connection, closed when released; ``read()`` takes the answer. Sending from one
    /// thread while reading on another is fine: they are system calls on one socket.
    final class Connection: @unchecked Sendable {
        let descriptor: Int32
        /// Seconds a read waits for bytes before giving up.
        static let timeout = 30

        convenience init(port: UInt16, method: String, target: String, host: String = "127.0.0.1") throws {
            try self.init(port: port, bytes: Array(
                "\(method) \(target) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n".utf8))
        }

        /// Connects to 127.0.0.1 and sends `bytes` as they are, stopping early if the server
        /// closes the connection.
        convenience init(port: UInt16, bytes: [UInt8]) throws {
            try self.init(port: port)
            send(bytes)
        }

        /// Connects to 127.0.0.1 and sends nothing yet.
        init(port: UInt16) throws {
            descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard descriptor >= 0 else { throw POSIXError(.EMFILE) }
            var wait = timeval(tv_sec: Self.timeout, tv_usec: 0)
            setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
            setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            guard connected == 0 else {
                close(descriptor)
                throw POSIXError(.ECONNREFUSED)
            }
        }

        deinit { close(descriptor) }

        /// Ends both directions: a `send` blocked in another thread returns.
        func shutDown() { shutdown(descriptor, Int32(SHUT_RDWR)) }

        /// Sends more bytes; false once the server has closed the connection.
        @discardableResult
        func send(_ bytes: [UInt8]) -> Bool {
            var sent = 0
            while sent < bytes.count {
                let count = bytes[sent...].withUnsafeBytes {
                    Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
                }
                if count <= 0 { return false }
                sent += count
            }
            return true
        }

        /// Reads until the server closes the connection (or a read times out).
        func read() async -> Response? {
            RawHTTP.parse(String(decoding: await readAll(), as: UTF8.self))
        }

        /// Every byte until the server closes the connection, a reset, or a read times out.
        func readAll() async -> [UInt8] {
            await RawHTTP.offThePool { self.readAllBlocking() }
        }

        private func readAllBlocking() -> [UInt8] {
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = recv(descriptor, &buffer, buffer.count, 0)
                if count <= 0 { break }
                bytes += buffer[0..<count]
            }
            return bytes
        }
    }

    static func request(port: UInt16, _ method: String = "GET", _ target: String, host: String = "127.0.0.1") async throws -> Response? {
        try await Connection(port: port, method: method, target: target, host: host).read()
    }

    static func parse(_ text: String) -> Response? {
        guard let split = text.range(of: "\r\n\r\n") else { return nil }
        let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let parts = lines.first?.split(separator: " ") ?? []
        guard parts.count >= 2, let status = Int(parts[1]) else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: String(text[split.upperBound...]))
    }
}
