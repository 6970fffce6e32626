import Foundation

/// What a path names, found without opening it (opening a named pipe would wait for a writer).
///
/// Used wherever weave reads a file a person named, so that "no such file" is said only when
/// there is none, and a folder, a pipe or a loop of links is called what it is.
enum FileKind: Equatable, Sendable {
    case regularFile
    case folder
    case namedPipe
    case socket
    case device
    case linkLoop
    case brokenLink
    case missing
    /// Another failure of `stat`, with its `errno`.
    case unreadable(Int32)

    /// The kind of `path`, following symbolic links as reading it would.
    init(path: String) {
        var status = stat()
        if stat(path, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFREG: self = .regularFile
            case S_IFDIR: self = .folder
            case S_IFIFO: self = .namedPipe
            case S_IFSOCK: self = .socket
            default: self = .device
            }
            return
        }
        let code = errno
        switch code {
        case ELOOP: self = .linkLoop
        case ENOENT:
            var link = stat()
            self = lstat(path, &link) == 0 ? .brokenLink : .missing
        default: self = .unreadable(code)
        }
    }

    /// The kind as a noun phrase for messages: "a folder", "a named pipe".
    var phrase: String {
        switch self {
        case .regularFile: "a file"
        case .folder: "a folder"
        case .namedPipe: "a named pipe"
        case .socket: "a socket"
        case .device: "a device"
        case .linkLoop: "a loop of symbolic links"
        case .brokenLink: "a symbolic link to nothing"
        case .missing: "missing"
        case .unreadable(let code): "unreadable (\(String(cString: strerror(code))))"
        }
    }
}
