/// A kind of personal data that ``PIIRedactor`` finds and replaces.
public enum PIIKind: String, Sendable, CaseIterable {
    /// An e-mail address such as `fulano.silva@exemplo.com.br`.
    case email
    /// A Brazilian phone number, with or without country code (`+55`) and area code (`(11)`).
    case phone
    /// A Brazilian individual taxpayer number (CPF) whose two check digits are right.
    case cpf
    /// A Brazilian company taxpayer number (CNPJ) whose two check digits are right.
    case cnpj
    /// A payment card number of 13 to 19 digits that passes the Luhn check.
    case card

    /// The text that stands in for a redacted finding of this kind, such as `<email>`.
    public var placeholder: String {
        // Literals, so that asking for a placeholder never builds a new string.
        switch self {
        case .email: "<email>"
        case .phone: "<phone>"
        case .cpf: "<cpf>"
        case .cnpj: "<cnpj>"
        case .card: "<card>"
        }
    }

    var bit: UInt8 {
        switch self {
        case .email: 1
        case .phone: 2
        case .cpf: 4
        case .cnpj: 8
        case .card: 16
        }
    }
}

/// One piece of personal data found in a text.
public struct PIIFinding: Sendable, Hashable {
    /// What the data is.
    public let kind: PIIKind
    /// Where it is: offsets into the text's UTF-8 bytes (`text.utf8`), so the range always starts and ends on a
    /// character boundary.
    public let utf8Range: Range<Int>

    /// Creates a finding of `kind` covering `utf8Range` of the scanned text's UTF-8 bytes.
    public init(kind: PIIKind, utf8Range: Range<Int>) {
        self.kind = kind
        self.utf8Range = utf8Range
    }
}

/// Finds e-mail addresses, Brazilian phone numbers, CPF and CNPJ numbers and payment card numbers in a text and
/// replaces each with a placeholder such as `<cpf>`.
///
/// Every ingested message goes through the redactor before it is stored or shown to an LLM, so it is built for
/// speed: one pass over the UTF-8 bytes, no regular expressions, and a text without any ASCII digit and without
/// `@` is returned as it is, without allocating.
///
/// Numbers are judged on whole groups of digits: a piece of a longer digit run is never redacted. Documents must
/// carry valid check digits (Luhn for cards, modulo 11 for CPF and CNPJ), so scores, years, times, prices and
/// other everyday numbers stay. When one run of digit groups could be several things, the first of card, CNPJ,
/// CPF, phone wins. Which kind a run is does not depend on ``kinds``: a valid CPF is not redacted as a phone by
/// a redactor that only looks for phones.
public struct PIIRedactor: Sendable {
    /// The kinds this redactor reports and replaces.
    public let kinds: Set<PIIKind>
    private let mask: UInt8

    /// Creates a redactor for `kinds`; by default every kind.
    public init(kinds: Set<PIIKind> = Set(PIIKind.allCases)) {
        self.kinds = kinds
        self.mask = kinds.reduce(0) { $0 | $1.bit }
    }

    /// Returns `text` with every finding replaced by its kind's ``PIIKind/placeholder``; text around the findings,
    /// accents and emoji included, is kept byte for byte. A text without findings is returned unchanged.
    public func redact(_ text: String) -> String {
        let mask = mask
        guard mask != 0 else { return text }
        // Static helpers and a copied mask keep the hot path from retaining `kinds`.
        let redacted: String?? = text.utf8.withContiguousStorageIfAvailable { Self.redaction(of: $0, mask: mask) }
        if let redacted { return redacted ?? text }
        return Array(text.utf8).withUnsafeBufferPointer { Self.redaction(of: $0, mask: mask) } ?? text
    }

    /// The personal data in `text`, ordered by position, never overlapping.
    public func findings(in text: String) -> [PIIFinding] {
        let mask = mask
        guard mask != 0 else { return [] }
        if let found = text.utf8.withContiguousStorageIfAvailable({ Self.findings(in: $0, mask: mask) }) {
            return found
        }
        return Array(text.utf8).withUnsafeBufferPointer { Self.findings(in: $0, mask: mask) }
    }

    private static func redaction(of bytes: UnsafeBufferPointer<UInt8>, mask: UInt8) -> String? {
        let found = findings(in: bytes, mask: mask)
        guard !found.isEmpty, let source = bytes.baseAddress else { return nil }
        var length = bytes.count
        for finding in found {
            length += finding.kind.placeholder.utf8.count - finding.utf8Range.count
        }
        return String(unsafeUninitializedCapacity: length) { output in
            guard let target = output.baseAddress else { return 0 }
            var written = 0
            var read = 0
            for finding in found {
                let kept = finding.utf8Range.lowerBound - read
                (target + written).initialize(from: source + read, count: kept)
                written += kept
                for byte in finding.kind.placeholder.utf8 {
                    target[written] = byte
                    written += 1
                }
                read = finding.utf8Range.upperBound
            }
            (target + written).initialize(from: source + read, count: bytes.count - read)
            return written + bytes.count - read
        }
    }

    private static func findings(in bytes: UnsafeBufferPointer<UInt8>, mask: UInt8) -> [PIIFinding] {
        let (hasDigit, hasAt) = markers(in: bytes)
        guard hasDigit || hasAt else { return [] }

        var found: [PIIFinding] = []
        if hasAt {
            appendEmails(in: bytes, to: &found)
        }
        if hasDigit {
            let emails = found
            appendNumbers(in: bytes, outside: emails, to: &found)
            if found.count > emails.count, !emails.isEmpty {
                found.sort { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
            }
        }
        if mask != allKindsMask {
            found.removeAll { $0.kind.bit & mask == 0 }
        }
        return found
    }

    /// Whether `bytes` hold an ASCII digit and whether they hold an `@`.
    ///
    /// Most chat messages have neither, so this check is most of the redactor's cost; it looks at eight bytes at a
    /// time instead of branching on each one.
    private static func markers(in bytes: UnsafeBufferPointer<UInt8>) -> (digit: Bool, at: Bool) {
        guard let base = bytes.baseAddress else { return (false, false) }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits = ones &* 0x80
        var digitBits: UInt64 = 0
        var atBits: UInt64 = 0
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            // With each byte's high bit cleared, adding a constant below 0x81 cannot carry into the next byte; the
            // high bit of each sum then tells whether the byte reached a threshold. Non-ASCII bytes are masked out.
            let low = word & ~highBits
            let ascii = ~word & highBits
            digitBits |= (low &+ ones &* 0x50) & ~(low &+ ones &* 0x46) & ascii  // 0x30 <= byte < 0x3A
            atBits |= ~((low ^ (ones &* 0x40)) &+ ones &* 0x7F) & ascii  // byte == 0x40
            offset += 8
        }
        var hasDigit = digitBits != 0
        var hasAt = atBits != 0
        while offset < bytes.count {
            let byte = bytes[offset]
            hasDigit = hasDigit || ASCII.isDigit(byte)
            hasAt = hasAt || byte == ASCII.at
            offset += 1
        }
        return (hasDigit, hasAt)
    }

    private static let allKindsMask: UInt8 = PIIKind.allCases.reduce(0) { $0 | $1.bit }
}

extension PIIRedactor {
    /// The ASCII bytes the scanners look for.
    enum ASCII {
        static let zero = UInt8(ascii: "0")
        static let at = UInt8(ascii: "@")
        static let space = UInt8(ascii: " ")
        static let dash = UInt8(ascii: "-")
        static let dot = UInt8(ascii: ".")
        static let slash = UInt8(ascii: "/")
        static let plus = UInt8(ascii: "+")
        static let openParen = UInt8(ascii: "(")
        static let closeParen = UInt8(ascii: ")")

        static func isDigit(_ byte: UInt8) -> Bool {
            byte &- zero < 10
        }

        static func isLetter(_ byte: UInt8) -> Bool {
            (byte | 0x20) &- UInt8(ascii: "a") < 26
        }
    }
}
