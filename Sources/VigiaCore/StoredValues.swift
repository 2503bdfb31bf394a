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

extension JSONText {
    /// A value as the JSON a store keeps in a text column (keys sorted, so equal values are equal text).
    public static func encoded(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Vigia's stored types hold only strings, numbers and arrays of them: they always encode.
        guard let data = try? encoder.encode(value) else { preconditionFailure("\(type(of: value)) did not encode") }
        return String(decoding: data, as: UTF8.self)
    }

    /// The value a store kept with ``encoded(_:)``; nil for a NULL column.
    public static func decoded<Value: Decodable>(_ type: Value.Type, from text: String?) throws(VigiaError) -> Value? {
        guard let text else { return nil }
        guard let value = try? JSONDecoder().decode(type, from: Data(text.utf8)) else {
            throw VigiaError(.storage, "a stored \(Value.self) in the database is not the JSON Vigia writes")
        }
        return value
    }
}

extension Stream.Detection {
    /// The column a store keeps: NULL when the stream keeps every default.
    public var stored: String? { isDefault ? nil : JSONText.encoded(self) }
}
