/// How many rows one listing (incidents, insights, alerts) may return: at least one, and few enough that a single
/// request cannot make a store read a whole table into memory.
public enum ListingLimit {
    public static let range = 1...1000

    /// Throws `.invalidArgument` for a limit outside ``range``.
    public static func validate(_ limit: Int) throws(VigiaError) {
        guard range.contains(limit) else { throw VigiaError(.invalidArgument, "limit must be in 1…1000") }
    }
}
