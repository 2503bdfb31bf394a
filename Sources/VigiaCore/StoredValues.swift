import Foundation

extension RawRepresentable where RawValue == String {
    /// The value a store wrote as `raw`; a `.storage` error for text that no version of Vigia writes (a damaged
    /// or foreign row), rather than a guess.
    public static func stored(_ raw: String) throws(VigiaError) -> Self {
        guard let value = Self(rawValue: raw) else {
            throw VigiaError(.storage, "unknown \(Self.self) '\(raw)' in the database")
        }
        return value
    }
}

extension JSONText {
    /// Message ids as a JSON array of numbers, the way stores keep lists of references.
    public static func messageIDs(_ ids: [MessageID]) -> String {
        "[" + ids.map { String($0.rawValue) }.joined(separator: ",") + "]"
    }

    /// The ids of a JSON array written by ``messageIDs(_:)``.
    public static func storedMessageIDs(_ text: String) throws(VigiaError) -> [MessageID] {
        guard let values = try? JSONDecoder().decode([Int64].self, from: Data(text.utf8)) else {
            throw VigiaError(.storage, "a list of message ids in the database is not a JSON array of numbers")
        }
        return values.map(MessageID.init(rawValue:))
    }
}
