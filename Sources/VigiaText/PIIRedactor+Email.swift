extension PIIRedactor {
    /// Appends, in order, the e-mail addresses around each `@` of `bytes`.
    ///
    /// An `@` with nothing usable before it ("@cazetv") or without a dotted domain ending in a top-level domain of
    /// two or more letters ("fulano@localhost") is a mention or a handle, not an address.
    static func appendEmails(in bytes: UnsafeBufferPointer<UInt8>, to found: inout [PIIFinding]) {
        var floor = 0
        var index = 0
        while index < bytes.count {
            guard bytes[index] == ASCII.at else {
                index += 1
                continue
            }
            if let span = emailSpan(around: index, in: bytes, notBefore: floor) {
                found.append(PIIFinding(kind: .email, utf8Range: span))
                floor = span.upperBound
                index = span.upperBound
            } else {
                index += 1
            }
        }
    }

    private static func emailSpan(
        around at: Int,
        in bytes: UnsafeBufferPointer<UInt8>,
        notBefore floor: Int
    ) -> Range<Int>? {
        var start = at
        while start > floor {
            let byte = bytes[start - 1]
            if byte < 0x80 {
                guard isLocalPartByte(byte) else { break }
                // An address never holds "..", so an ellipsis ends the sentence before it ("viu...joao@x.com").
                if byte == ASCII.dot, start - 2 >= floor, bytes[start - 2] == ASCII.dot { break }
                start -= 1
            } else {
                // Addresses like "joão@exemplo.com" exist; stopping at the "ã" would leave "jo" readable.
                guard let lead = letterStart(endingAt: start, in: bytes, notBefore: floor) else { break }
                start = lead
            }
        }
        while start < at, bytes[start] == ASCII.dot {
            start += 1
        }
        guard start < at else { return nil }

        var end = at + 1
        while end < bytes.count, isDomainByte(bytes[end]) {
            end += 1
        }
        guard let domainEnd = domainEnd(from: at + 1, to: end, in: bytes) else { return nil }
        return start..<domainEnd
    }

    /// The end of the longest run of labels from `start` that forms a domain with a top-level domain, if any.
    ///
    /// Backing off to the last good label keeps a sentence's final dot ("escreve pra a@b.com.") out of the address.
    private static func domainEnd(from start: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var best: Int?
        var labelStart = start
        var labels = 0
        while labelStart < end {
            var labelEnd = labelStart
            var allLetters = true
            while labelEnd < end, bytes[labelEnd] != ASCII.dot {
                allLetters = allLetters && ASCII.isLetter(bytes[labelEnd])
                labelEnd += 1
            }
            let length = labelEnd - labelStart
            guard length > 0, bytes[labelStart] != ASCII.dash, bytes[labelEnd - 1] != ASCII.dash else { break }
            labels += 1
            if labels >= 2, allLetters, length >= 2 {
                best = labelEnd
            }
            labelStart = labelEnd + 1
        }
        return best
    }

    /// The index of the first byte of the scalar that ends at `end`, if that scalar is a letter or a combining mark.
    private static func letterStart(
        endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>, notBefore floor: Int
    )
        -> Int?
    {
        var lead = end - 1
        while lead > floor, lead > end - 4, bytes[lead] & 0xC0 == 0x80 {
            lead -= 1
        }
        let first = UInt32(bytes[lead])
        var value: UInt32
        switch first {
        case 0xC0..<0xE0: value = first & 0x1F
        case 0xE0..<0xF0: value = first & 0x0F
        case 0xF0..<0xF8: value = first & 0x07
        default: return nil
        }
        for index in (lead + 1)..<end {
            value = value << 6 | UInt32(bytes[index] & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark:
            return lead
        default:
            return scalar.properties.isAlphabetic ? lead : nil
        }
    }

    private static func isLocalPartByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "%"),
            UInt8(ascii: "+"), UInt8(ascii: "-"):
            true
        default:
            false
        }
    }

    private static func isDomainByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"):
            true
        default:
            false
        }
    }
}
