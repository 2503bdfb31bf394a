extension PIIRedactor.DigitRun {
    /// 13 to 19 digits, contiguous or in groups joined by one kind of single separator (space or dash), passing
    /// the Luhn check.
    ///
    /// Grouped numbers must start with a group of four, as every card brand prints them; that keeps a stray number
    /// in front ("2 4111 1111 1111 1111") out of the card. No brand issues numbers starting with 0, and an
    /// all-equal run ("0000 0000 0000 0000") passes Luhn without being a card.
    var isCard: Bool {
        guard (13...19).contains(count), digit(0) != 0, !allDigitsEqual else { return false }
        if groupCount > 1 {
            guard groupLength(0) == 4, case .separator(let separator) = gap(after: 0),
                separator == ASCII.space || separator == ASCII.dash
            else { return false }
            for offset in 1..<groupCount {
                let length = groupLength(offset)
                let isLast = offset == groupCount - 1
                guard length <= 6, length >= 3 || isLast else { return false }
                if !isLast, gap(after: offset) != .separator(separator) { return false }
            }
        }
        return passesLuhn
    }

    /// 14 digits, plain or as `12.345.678/0001-95`, with both check digits right.
    var isCNPJ: Bool {
        guard count == 14, groupCount == 1 || isFormatted([2, 3, 3, 4, 2], separators: Self.cnpjSeparators)
        else { return false }
        return !allDigitsEqual
            && checkDigitsAreRight(firstWeights: Self.cnpjWeights.dropFirst(), secondWeights: Self.cnpjWeights)
    }

    /// 11 digits, plain or as `123.456.789-09` or `123456789-09`, with both check digits right.
    var isCPF: Bool {
        guard count == 11,
            groupCount == 1 || isFormatted([3, 3, 3, 2], separators: Self.cpfSeparators)
                || isFormatted([9, 2], separators: [ASCII.dash])
        else { return false }
        return !allDigitsEqual
            && checkDigitsAreRight(firstWeights: Self.cpfWeights.dropFirst(), secondWeights: Self.cpfWeights)
    }

    private static let cnpjSeparators = [ASCII.dot, ASCII.dot, ASCII.slash, ASCII.dash]
    private static let cpfSeparators = [ASCII.dot, ASCII.dot, ASCII.dash]
    /// The weights of the second CNPJ check digit; the first uses all but the leading one.
    private static let cnpjWeights = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    /// The weights of the second CPF check digit; the first uses all but the leading one.
    private static let cpfWeights = [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]

    /// Checks the last two digits against the modulo-11 scheme shared by CPF and CNPJ.
    private func checkDigitsAreRight(firstWeights: ArraySlice<Int>, secondWeights: [Int]) -> Bool {
        func checkDigit(_ weights: some Collection<Int>) -> Int {
            var sum = 0
            for (offset, weight) in weights.enumerated() {
                sum += digit(offset) * weight
            }
            let remainder = sum % 11
            return remainder < 2 ? 0 : 11 - remainder
        }
        return checkDigit(firstWeights) == digit(count - 2) && checkDigit(secondWeights) == digit(count - 1)
    }

    private var passesLuhn: Bool {
        var sum = 0
        for offset in 0..<count {
            let value = digit(count - 1 - offset)
            if offset % 2 == 1 {
                let doubled = value * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += value
            }
        }
        return sum % 10 == 0
    }
}
