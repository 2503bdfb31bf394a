extension PIIRedactor.DigitRun {
    /// The bytes of a Brazilian phone number this run is, including a leading `+` or `(`, if it is one.
    ///
    /// The digit count alone says which parts are there: 8 or 9 (subscriber only), 10 or 11 (area code first),
    /// 12 or 13 (country code 55, then area code). A mobile subscriber has 9 digits starting with 9, a landline 8
    /// starting with 2 to 5. Groups may only break between the parts or inside the subscriber where people break
    /// it (`9 1234-5678`, `91234-5678`, `3456-7890`), so dates and thousands never fit.
    var phoneRange: Range<Int>? {
        let country: Int
        let area: Int
        switch count {
        case 8, 9: (country, area) = (0, 0)
        case 10, 11: (country, area) = (0, 2)
        case 12, 13: (country, area) = (2, 2)
        default: return nil
        }
        let isMobile = count % 2 == 1
        if country == 2, digit(0) != 5 || digit(1) != 5 { return nil }
        if area == 2, digit(country) * 10 + digit(country + 1) < 11 { return nil }
        let firstOfSubscriber = digit(country + area)
        guard isMobile ? firstOfSubscriber == 9 : (2...5).contains(firstOfSubscriber) else { return nil }
        // A bare subscriber cut out of a longer cluster is too weak a signal: "4111 1111" inside a Luhn-invalid
        // card, or any two groups of four in a list of numbers, would read as a landline.
        if area == 0, !isWholeCluster || looksLikeYearsOrDate { return nil }

        var start = range.lowerBound
        let parenBefore = byteBefore == ASCII.openParen && country == 0 && area == 2
        if byteBefore == ASCII.plus {
            guard country == 2 else { return nil }
            start -= 1
        }
        var openedInGap = false
        var closed = false
        var boundary = 0
        for offset in 0..<(groupCount - 1) {
            boundary += groupLength(offset)
            let gap = gap(after: offset)
            if country == 2, boundary == 2 {
                switch gap {
                case .open: openedInGap = true
                case .separator(let byte) where byte != ASCII.slash: break
                default: return nil
                }
            } else if area == 2, boundary == country + 2 {
                switch gap {
                case .close where parenBefore || openedInGap: closed = true
                case .separator(let byte) where byte != ASCII.slash && !openedInGap: break
                default: return nil
                }
            } else {
                let inSubscriber = boundary - country - area
                guard inSubscriber > 0, isMobile ? inSubscriber == 1 || inSubscriber == 5 : inSubscriber == 4,
                    case .separator(let byte) = gap, byte != ASCII.slash
                else { return nil }
            }
        }
        if openedInGap, !closed { return nil }
        if parenBefore, closed { start -= 1 }
        return start..<range.upperBound
    }

    /// "2024-2025" and "20240315" have the shape of a landline but are a season and a date.
    private var looksLikeYearsOrDate: Bool {
        guard count == 8 else { return false }
        func number(_ from: Int, _ length: Int) -> Int {
            (from..<(from + length)).reduce(0) { $0 * 10 + digit($1) }
        }
        let years = 1900...2099
        guard years.contains(number(0, 4)) else { return false }
        if years.contains(number(4, 4)) { return true }
        return (1...12).contains(number(4, 2)) && (1...31).contains(number(6, 2))
    }
}
