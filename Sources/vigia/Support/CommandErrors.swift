import ArgumentParser
import VigiaCore

/// Runs a command body, turning Vigia's errors into one line on stderr and exit status 2, so scripts can tell
/// bad input (2) from usage mistakes (64, ArgumentParser's) and success (0).
func reportingErrors<T>(_ body: () throws(VigiaError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        StandardError.write("vigia: error: \(error.message)\n")
        throw ExitCode(2)
    }
}

/// The async form of ``reportingErrors(_:)``.
func reportingErrors<T>(_ body: () async throws(VigiaError) -> T) async throws -> T {
    do {
        return try await body()
    } catch {
        StandardError.write("vigia: error: \(error.message)\n")
        throw ExitCode(2)
    }
}
