import Foundation

/// A file-system failure said in one line: what weave was doing, the path, and the reason in the
/// operating system's words ("cannot write site/bp.html: No space left on device").
///
/// Foundation's errors print as `Error Domain=NSCocoaErrorDomain Code=… UserInfo={…}` dumps; every
/// I/O error that reaches a person goes through ``init(_:path:underlying:)`` instead.
struct FileSystemError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What weave was doing, as a verb phrase: "write", "create the folder", "replace".
    let action: String
    let path: String
    let reason: String

    init(action: String, path: String, reason: String) {
        self.action = action
        self.path = path
        self.reason = reason
    }

    /// Words `error`, whatever it is, as the reason of `action` on `path`.
    init(_ action: String, path: String, underlying error: any Error) {
        self.init(action: action, path: path, reason: Self.reason(of: error))
    }

    /// From a failed POSIX call and its `errno`.
    init(_ action: String, path: String, errno code: Int32) {
        self.init(action: action, path: path, reason: String(cString: strerror(code)))
    }

    var description: String { "cannot \(action) \(path): \(reason)" }

    /// The operating system's own words for the underlying POSIX error, or Foundation's
    /// localized description without its user-info dump.
    static func reason(of error: any Error) -> String {
        if let failure = error as? FileSystemError { return failure.reason }
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if let cocoa = error as? CocoaError {
            switch cocoa.code {
            case .fileNoSuchFile, .fileReadNoSuchFile: return String(cString: strerror(ENOENT))
            case .fileWriteNoPermission, .fileReadNoPermission: return String(cString: strerror(EACCES))
            case .fileWriteOutOfSpace: return String(cString: strerror(ENOSPC))
            case .fileWriteVolumeReadOnly: return String(cString: strerror(EROFS))
            case .fileWriteFileExists: return String(cString: strerror(EEXIST))
            default: break
            }
        }
        return "error \(nsError.code) (\(nsError.domain))"
    }
}
