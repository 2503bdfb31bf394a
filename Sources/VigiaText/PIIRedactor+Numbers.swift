extension PIIRedactor {
    /// The most digits any kind of number can have (a 19-digit card).
    static let maxDigits = 19
    /// The fewest digits any kind of number can have (an 8-digit landline without area code).
    static let minDigits = 8

    /// Appends the cards, CNPJs, CPFs and phones in `bytes`, skipping the e-mail addresses in `emails`.
    ///
    /// Digits are read as groups (maximal runs of ASCII digits). Groups joined by short gaps of separators
    /// (space, `-`, `.`, `/`, parentheses) form a cluster; a cluster with fewer digits than the shortest number
    /// costs nothing more than the scan, which keeps scores, years and times cheap.
    static func appendNumbers(
        in bytes: UnsafeBufferPointer<UInt8>,
        outside emails: [PIIFinding],
        to found: inout [PIIFinding]
    ) {
        var nextEmail = 0
        var limit = emails.first?.utf8Range.lowerBound ?? bytes.count
        var index = 0
        while true {
            if index >= limit {
                guard nextEmail < emails.count else { return }
                index = max(index, emails[nextEmail].utf8Range.upperBound)
                nextEmail += 1
                limit = nextEmail < emails.count ? emails[nextEmail].utf8Range.lowerBound : bytes.count
                continue
            }
            guard ASCII.isDigit(bytes[index]) else {
                index += 1
                continue
            }
            var digits = 0
            var groups = 0
            var groupStart = index
            var clusterEnd = index
            while true {
                var groupEnd = groupStart
                while groupEnd < limit, ASCII.isDigit(bytes[groupEnd]) {
                    groupEnd += 1
                }
                digits += groupEnd - groupStart
                groups += 1
                clusterEnd = groupEnd
                var next = groupEnd
                while next < limit, next - groupEnd < 3, isGapByte(bytes[next]) {
                    next += 1
                }
                guard next > groupEnd, next < limit, ASCII.isDigit(bytes[next]) else { break }
                groupStart = next
            }
            if digits >= minDigits {
                appendNumbers(
                    inCluster: index..<clusterEnd, groupCount: groups, digitCount: digits, of: bytes, to: &found)
            }
            index = clusterEnd
        }
    }

    private static func isGapByte(_ byte: UInt8) -> Bool {
        switch byte {
        case ASCII.space, ASCII.dash, ASCII.dot, ASCII.slash, ASCII.openParen, ASCII.closeParen: true
        default: false
        }
    }

    /// One maximal run of ASCII digits inside a cluster.
    struct DigitGroup {
        /// Where the group's digits are in the text.
        let bytes: Range<Int>
        /// The index of the group's first digit among the cluster's digits.
        let firstDigit: Int
        /// Whether a candidate may start here: first group, or the gap before holds a space.
        let cutBefore: Bool
        /// Taken by a finding already.
        var used = false

        var digitEnd: Int { firstDigit + bytes.count }
    }

    /// Finds the numbers among one cluster's groups, longest candidates first, leftmost first among equals.
    ///
    /// A candidate is a run of whole groups; it may only be cut out of its cluster where a gap holds a space, so
    /// "2 4111 1111 1111 1111" yields the card but "1.529.982.247-25" yields no CPF. Scratch space comes from
    /// temporary (usually stack) allocations, because this runs for every message with a long number.
    private static func appendNumbers(
        inCluster cluster: Range<Int>,
        groupCount: Int,
        digitCount: Int,
        of bytes: UnsafeBufferPointer<UInt8>,
        to found: inout [PIIFinding]
    ) {
        withUnsafeTemporaryAllocation(of: DigitGroup.self, capacity: groupCount) { groups in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: digitCount) { digits in
                var index = cluster.lowerBound
                var groupIndex = 0
                var digitIndex = 0
                while index < cluster.upperBound {
                    let start = index
                    while index < cluster.upperBound, ASCII.isDigit(bytes[index]) {
                        digits.initializeElement(at: digitIndex, to: bytes[index] - ASCII.zero)
                        digitIndex += 1
                        index += 1
                    }
                    let cutBefore =
                        groupIndex == 0 || bytes[groups[groupIndex - 1].bytes.upperBound..<start].contains(ASCII.space)
                    groups.initializeElement(
                        at: groupIndex,
                        to: DigitGroup(
                            bytes: start..<index, firstDigit: digitIndex - (index - start), cutBefore: cutBefore)
                    )
                    groupIndex += 1
                    while index < cluster.upperBound, !ASCII.isDigit(bytes[index]) {
                        index += 1
                    }
                }
                let readOnlyDigits = UnsafeBufferPointer(digits)
                for length in stride(from: min(maxDigits, digitCount), through: minDigits, by: -1) {
                    var last = 0
                    for first in 0..<groupCount where groups[first].cutBefore {
                        let target = groups[first].firstDigit + length
                        last = max(last, first)
                        while last < groupCount, groups[last].digitEnd < target {
                            last += 1
                        }
                        guard last < groupCount, groups[last].digitEnd == target,
                            last == groupCount - 1 || groups[last + 1].cutBefore,
                            !groups[first...last].contains(where: \.used)
                        else { continue }
                        let run = DigitRun(
                            bytes: bytes,
                            groups: UnsafeBufferPointer(rebasing: groups[first...last]),
                            digits: UnsafeBufferPointer(rebasing: readOnlyDigits[groups[first].firstDigit..<target]),
                            isWholeCluster: first == 0 && last == groupCount - 1
                        )
                        guard let finding = run.classify() else { continue }
                        var position = found.endIndex
                        while position > 0, found[position - 1].utf8Range.lowerBound > finding.utf8Range.lowerBound {
                            position -= 1
                        }
                        found.insert(finding, at: position)
                        for group in first...last {
                            groups[group].used = true
                        }
                    }
                }
                _ = groups.deinitialize()
                _ = digits.deinitialize()
            }
        }
    }

    /// Whole digit groups of a message that together may be one number, with the bytes around them.
    struct DigitRun {
        let bytes: UnsafeBufferPointer<UInt8>
        let groups: UnsafeBufferPointer<DigitGroup>
        let digits: UnsafeBufferPointer<UInt8>
        /// False when the run was cut out of a longer cluster of groups, which asks for more evidence.
        let isWholeCluster: Bool

        typealias ASCII = PIIRedactor.ASCII

        /// How a gap between two groups looks, as far as the number formats care.
        enum Gap: Equatable {
            /// One space, `-`, `.` or `/`.
            case separator(UInt8)
            /// `(` or ` (`: an area code in parentheses follows.
            case open
            /// `)`, `) ` or `)-`: an area code in parentheses ends.
            case close
            case other
        }

        var count: Int { digits.count }
        var groupCount: Int { groups.count }
        var range: Range<Int> { groups[0].bytes.lowerBound..<groups[groupCount - 1].bytes.upperBound }

        /// The byte just before the run, or 0 at the start of the text.
        var byteBefore: UInt8 {
            let start = range.lowerBound
            return start > 0 ? bytes[start - 1] : 0
        }

        func digit(_ offset: Int) -> Int {
            Int(digits[offset])
        }

        func groupLength(_ offset: Int) -> Int {
            groups[offset].bytes.count
        }

        /// The gap after group `offset` (relative to the run).
        func gap(after offset: Int) -> Gap {
            let start = groups[offset].bytes.upperBound
            let end = groups[offset + 1].bytes.lowerBound
            let first = bytes[start]
            switch (end - start, first) {
            case (1, ASCII.space), (1, ASCII.dash), (1, ASCII.dot), (1, ASCII.slash):
                return .separator(first)
            case (1, ASCII.openParen):
                return .open
            case (2, ASCII.space) where bytes[start + 1] == ASCII.openParen:
                return .open
            case (1, ASCII.closeParen):
                return .close
            case (2, ASCII.closeParen) where bytes[start + 1] == ASCII.space || bytes[start + 1] == ASCII.dash:
                return .close
            default:
                return .other
            }
        }

        /// Whether the groups have exactly `lengths` digits and are joined by exactly the single-byte `separators`.
        func isFormatted(_ lengths: [Int], separators: [UInt8]) -> Bool {
            guard groupCount == lengths.count else { return false }
            for offset in 0..<groupCount {
                guard groupLength(offset) == lengths[offset] else { return false }
                if offset < groupCount - 1, gap(after: offset) != .separator(separators[offset]) {
                    return false
                }
            }
            return true
        }

        var allDigitsEqual: Bool {
            let first = digits[0]
            return digits.allSatisfy { $0 == first }
        }

        /// The finding this run is, trying card, CNPJ, CPF and phone in that order.
        func classify() -> PIIFinding? {
            // "+" announces a phone number; a card or document is never written with it.
            if byteBefore != ASCII.plus {
                if isCard { return PIIFinding(kind: .card, utf8Range: range) }
                if isCNPJ { return PIIFinding(kind: .cnpj, utf8Range: range) }
                if isCPF { return PIIFinding(kind: .cpf, utf8Range: range) }
            }
            if let phone = phoneRange { return PIIFinding(kind: .phone, utf8Range: phone) }
            return nil
        }
    }
}
