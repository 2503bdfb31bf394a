import Foundation

/// Runs the `vigia` executable built next to the test bundle, as a user would from a shell.
public struct VigiaProcess {
    /// Exit status, standard output and standard error of one run.
    public struct Outcome: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// The built `vigia` binary: `VIGIA_BINARY` if set, else the one in the test bundle's build products folder.
    public static var executable: URL {
        if let path = ProcessInfo.processInfo.environment["VIGIA_BINARY"] { return URL(fileURLWithPath: path) }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("vigia")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue
            {
                return candidate
            }
            directory = directory.deletingLastPathComponent()
        }
        fatalError("cannot find the vigia executable next to \(CommandLine.arguments[0]); set VIGIA_BINARY")
    }

    /// Runs `vigia arguments…` in `directory`, feeding `stdin`, and waits for it to end.
    public static func run(
        _ arguments: [String], in directory: URL? = nil, stdin: String? = nil, environment: [String: String] = [:]
    ) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a chatty child never blocks on a full pipe.
        let errorData = ReadToEnd(errors.fileHandleForReading)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData.wait(), as: UTF8.self))
    }
}

extension VigiaProcess {
    /// ``run(_:in:stdin:environment:)`` on a thread of its own, so that waiting for the child never holds one of
    /// the few threads that run the tasks of the test (an in-process server among them).
    public static func running(_ arguments: [String], environment: [String: String] = [:]) async throws -> Outcome {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try run(arguments, environment: environment) })
            }
        }
    }
}

/// Reads a file handle to its end on another thread.
private final class ReadToEnd: @unchecked Sendable {
    // @unchecked: `data` is written once by the reading thread before the semaphore is signalled, and read after.
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
