import Foundation
import VigiaCore

/// The quota units a YouTube source spent on the current day as Google counts it: Pacific time, reset at midnight
/// there. Kept in the checkpoint so that a restart does not forget what was spent.
struct YouTubeQuota: Codable, Sendable, Hashable {
    /// The Pacific day (`YYYY-MM-DD`) the units were spent on.
    var day: String
    var units: Int

    static let videosListCost = 1
    static let liveChatMessagesListCost = 5

    /// Adds `units` spent at `time`, starting over on a new Pacific day.
    mutating func spend(_ units: Int, at time: Timestamp) {
        let today = Self.pacificDay(time)
        if today != day {
            day = today
            self.units = 0
        }
        self.units += units
    }

    static func pacificDay(_ time: Timestamp) -> String {
        let parts = pacificCalendar.dateComponents([.year, .month, .day], from: date(time))
        func padded(_ value: Int?, _ width: Int) -> String {
            let digits = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return padded(parts.year, 4) + "-" + padded(parts.month, 2) + "-" + padded(parts.day, 2)
    }

    /// When the quota is next reset: the Pacific midnight after `time`.
    static func nextReset(after time: Timestamp) -> Timestamp {
        let start = pacificCalendar.startOfDay(for: date(time))
        let next = pacificCalendar.date(byAdding: .day, value: 1, to: start) ?? start.addingTimeInterval(86_400)
        return Timestamp(milliseconds: Int64((next.timeIntervalSince1970 * 1000).rounded()))
    }

    private static let pacificCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "America/Los_Angeles") ?? TimeZone(secondsFromGMT: -8 * 3600)!
        return calendar
    }()

    private static func date(_ time: Timestamp) -> Date {
        Date(timeIntervalSince1970: Double(time.milliseconds) / 1000)
    }
}
