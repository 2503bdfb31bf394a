import ArgumentParser
import Foundation
import VigiaCore
import VigiaSQLite

/// Which database a command works on.
struct StoreOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "SQLite database file.", discussion: "Default: $VIGIA_STORE_PATH, else ./vigia-data/vigia.sqlite."))
    var storePath: String?

    var resolvedPath: String {
        storePath ?? ProcessInfo.processInfo.environment["VIGIA_STORE_PATH"] ?? "vigia-data/vigia.sqlite"
    }

    /// Opens the store, creating its folder and bringing its schema up to date.
    func open() throws(VigiaError) -> SQLiteStore {
        let folder = (resolvedPath as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw VigiaError(.io, "\(folder): cannot create the folder (\(error.localizedDescription))")
            }
        }
        return try SQLiteStore(path: resolvedPath)
    }
}
