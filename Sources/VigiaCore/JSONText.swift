/// Minimal JSON writing where key order is part of a contract (`text`, `label`, `confidence`, `top`) or speed matters
/// (stores encode small arrays for every message); Foundation's encoder promises neither.
public enum JSONText {
    /// `value` as a JSON string literal, quotes included.
    public static func string(_ value: String) -> String {
        // Most strings (labels, ids, chat without quotes) need no escaping: skip the per-scalar loop.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + value + "\""
        }
        var out = "\""
        out.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A probability with four decimals, enough for display and stable across runs.
    public static func number(_ value: Double) -> String {
        let scaled = (value * 10_000).rounded() / 10_000
        return scaled == scaled.rounded() ? String(Int(scaled)) : String(scaled)
    }
}

extension JSONText {
    /// Predictions as a JSON array of `{taxonomy, label, confidence}` objects.
    /// Written into one preallocated string: stores make one per message on the ingest path.
    public static func predictions(_ predictions: [Prediction]) -> String {
        var json = "["
        json.reserveCapacity(72 * predictions.count + 2)
        for (index, prediction) in predictions.enumerated() {
            json += index == 0 ? "{\"taxonomy\":" : ",{\"taxonomy\":"
            json += string(prediction.taxonomy)
            json += ",\"label\":"
            json += string(prediction.label)
            json += ",\"confidence\":"
            json += prediction.confidence.description
            json += "}"
        }
        json += "]"
        return json
    }

    /// Strings as a JSON array.
    public static func strings(_ values: [String]) -> String { "[" + values.map(string).joined(separator: ",") + "]" }
}
