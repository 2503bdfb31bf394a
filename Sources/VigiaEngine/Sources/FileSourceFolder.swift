import VigiaCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The folder file sources may read in (and below). A path is judged by what it really names, its links resolved,
/// so a link inside that points outside (at /etc/passwd, say) reads nothing; an open file is judged again by its
/// descriptor, so a link swapped in after the check, or at a rotation, reads nothing either.
public struct FileSourceFolder: Sendable, Hashable {
    /// As configured.
    public let path: String

    public init(_ path: String) { self.path = path }

    /// `.invalidArgument` unless the file `file` names (or, while it does not exist, its folder) is inside.
    public func check(_ file: String) throws(VigiaError) {
        let slash = file.lastIndex(of: "/")
        let parent = slash.map { $0 == file.startIndex ? "/" : String(file[..<$0]) } ?? "."
        let name = slash.map { String(file[file.index(after: $0)...]) } ?? file
        try check(resolved: Self.realPath(file) ?? Self.realPath(parent).map { $0 + "/" + name })
    }

    /// `.invalidArgument` unless the open file `descriptor`, whose status is `info`, is a regular file inside.
    func check(descriptor: Int32, info: stat) throws(VigiaError) {
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw VigiaError(.invalidArgument, "a file source reads regular files only")
        }
        // Linux names an open file's real path under /proc; elsewhere nothing is judged inside.
        try check(resolved: Self.link("/proc/self/fd/\(descriptor)"))
    }

    private func check(resolved target: String?) throws(VigiaError) {
        guard let root = Self.realPath(path) else {
            throw VigiaError(.invalidArgument, "sources.fileDirectory \(path) does not exist")
        }
        let folder = root.hasSuffix("/") ? root : root + "/"
        guard let target, target.hasPrefix(folder) else {
            throw VigiaError(.invalidArgument, "a file source reads inside \(path) only (links are followed to judge)")
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func link(_ path: String) -> String? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBufferPointer {
            $0.withMemoryRebound(to: CChar.self) { readlink(path, $0.baseAddress!, $0.count) }
        }
        return count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : nil
    }
}
