import Foundation

/// Unbuffered writes to stderr (progress and diagnostics stay out of stdout, which carries results).
enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
