#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Files and folders only their owner may read: the database holds password and key hashes, the data folder the
/// JWT secret and models.
public enum PrivateFiles {
    /// Creates the folder `path` and any missing parents with mode 0700. A folder that already exists keeps its
    /// mode: it may be someone's working directory.
    public static func createDirectory(atPath path: String) throws(VigiaError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component + "/"
            guard mkdir(prefix, 0o700) == 0 || errno == EEXIST else {
                throw VigiaError(.io, "\(path): cannot create the folder (\(String(cString: strerror(errno))))")
            }
        }
    }

    /// Makes the file `path` readable and writable by its owner only (0600), creating it empty if it is missing.
    public static func restrictFile(atPath path: String) throws(VigiaError) {
        let descriptor = open(path, O_RDONLY | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw VigiaError(.io, "\(path): cannot open the file (\(String(cString: strerror(errno))))")
        }
        defer { close(descriptor) }
        guard fchmod(descriptor, 0o600) == 0 else {
            throw VigiaError(.io, "\(path): cannot make the file private (\(String(cString: strerror(errno))))")
        }
    }
}
