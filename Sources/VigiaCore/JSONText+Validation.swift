import Foundation

extension JSONText {
    /// Throws `.invalidArgument` unless `text` is a JSON object: stores keep such text as it is given, so it is
    /// checked once, before it is stored, rather than by every reader.
    public static func validateObject(_ text: String, what: String) throws(VigiaError) {
        guard (try? JSONSerialization.jsonObject(with: Data(text.utf8))) is [String: Any] else {
            throw VigiaError(.invalidArgument, "\(what) must be a JSON object")
        }
    }
}
