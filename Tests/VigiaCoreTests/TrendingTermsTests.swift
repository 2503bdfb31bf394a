import Testing
import VigiaCore

/// Steady chat: Poisson messages per second, each with two terms drawn from a vocabulary of 300 with Zipf
/// frequencies (the commonest in a third of the messages, the rarest in one an hour or so).
struct SimulatedChat {
    static let vocabulary = (0..<300).map { "termo\($0)" }
    /// The cumulative probabilities of drawing each term of the vocabulary.
    static let cumulative: [Double] = {
        let weights = vocabulary.indices.map { 1 / Double($0 + 1) }
        let sum = weights.reduce(0, +)
        var total = 0.0
        return weights.map {
            total += $0 / sum
            return total
        }
    }()

    var random: DeterministicRandom
    var messagesPerSecond = 10.0

    init(seed: UInt64) { random = DeterministicRandom(seed: seed) }

    /// The mentions per second of the term at `rank` in the vocabulary.
    func rate(ofRank rank: Int) -> Double {
        2 * messagesPerSecond * (Self.cumulative[rank] - (rank > 0 ? Self.cumulative[rank - 1] : 0))
    }

    mutating func term() -> String {
        let draw = random.unitDouble()
        var (low, high) = (0, Self.cumulative.count - 1)
        while low < high {
            let middle = (low + high) / 2
            if Self.cumulative[middle] < draw { low = middle + 1 } else { high = middle }
        }
        return Self.vocabulary[low]
    }

    /// Runs the chat through `seconds` into `trends`, with the chat's rate multiplied by `multiplier` and the
    /// messages of `extra` added, and returns the events with the second they happened.
    mutating func run(
        _ seconds: Range<Int64>, into trends: inout TrendingTerms, multiplier: Double = 1,
        extra: (Int64, inout DeterministicRandom) -> [[String]] = { _, _ in [] }
    ) -> [(second: Int64, event: TrendingTerms.Event)] {
        var events: [(second: Int64, event: TrendingTerms.Event)] = []
        for second in seconds {
            var messages = (0..<random.poisson(mean: messagesPerSecond * multiplier)).map { _ in [term(), term()] }
            messages += extra(second, &random)
            for message in messages {
                events += trends.record(message, at: second).map { (second, $0) }
            }
        }
        return events
    }
}

@Suite struct TrendingTermsTests {
    /// An hour of chat where "neymar" is said every ten minutes, then forty times in a minute (the goal).
    func goal(
        settings: TrendingTerms.Settings = .init(), until end: Int64 = 3_720
    ) -> (
        events: [(second: Int64, event: TrendingTerms.Event)], trends: TrendingTerms
    ) {
        var trends = TrendingTerms(settings: settings)
        var chat = SimulatedChat(seed: 7)
        let events = chat.run(0..<end, into: &trends) { second, _ in
            let goal = second >= 3_600 && second < 3_660 && (second - 3_600) % 3 != 2
            return goal || second % 600 == 0 ? [["neymar", "termo0"]] : []
        }
        return (events, trends)
    }

    @Test func aPlayersNameTrendsWithinAMinuteOfTheGoal() throws {
        let (events, trends) = goal()
        #expect(events.count == 1, "\(events)")
        let (second, event) = try #require(events.first)
        guard case .started(let trend) = event else {
            Issue.record("not a start: \(event)")
            return
        }
        #expect(trend.term == "neymar")
        #expect(second <= 3_630)
        #expect(trend.since == 3_600)
        #expect(trend.count >= 8 && trend.ratio >= 3 && trend.probability < 1e-7)
        #expect(trends.trending().map(\.term) == ["neymar"])
        #expect(trends.trending(limit: 0).isEmpty)
    }

    @Test func aTrendEndsAfterTheTermCalmsDown() throws {
        let (events, trends) = goal(until: 3_900)
        #expect(events.map(\.event.trend.term) == ["neymar", "neymar"])
        let (second, event) = try #require(events.last)
        guard case .ended(let trend) = event else {
            Issue.record("not an end: \(event)")
            return
        }
        #expect(trend.since == 3_600 && trend.endedAt == 3_660)
        #expect(trend.peakCount >= 35)
        #expect(second > 3_660 && second <= 3_800)
        #expect(trends.trending().isEmpty)
    }

    @Test func aTermThatGrowsOnlyWithTheWholeChatIsNotTrending() {
        var trends = TrendingTerms()
        var chat = SimulatedChat(seed: 11)
        var events = chat.run(0..<3_600, into: &trends)
        events += chat.run(3_600..<3_900, into: &trends, multiplier: 4)
        events += chat.run(3_900..<4_200, into: &trends)
        #expect(events.isEmpty, "\(events)")
    }

    @Test func theSameGrowthOfOneTermAloneIsTrending() {
        var trends = TrendingTerms()
        var chat = SimulatedChat(seed: 11)
        let rate = chat.rate(ofRank: 30)
        var events = chat.run(0..<3_600, into: &trends)
        events += chat.run(3_600..<3_900, into: &trends) { _, random in
            Array(repeating: ["termo30"], count: random.poisson(mean: 3 * rate))
        }
        #expect(events.map(\.event.trend.term) == ["termo30"], "\(events)")
        #expect(events.first.map { $0.second <= 3_720 } ?? false, "\(events)")
    }

    @Test func steadyChatTrendsNothingForHours() {
        var trends = TrendingTerms()
        var chat = SimulatedChat(seed: 3)
        let events = chat.run(0..<(4 * 3_600), into: &trends)
        #expect(events.isEmpty, "\(events)")
    }

    @Test func nothingTrendsDuringTheWarmUp() {
        var trends = TrendingTerms()
        var events: [TrendingTerms.Event] = []
        for second in Int64(0)..<600 {
            for _ in 0..<(second >= 300 ? 5 : 0) { events += trends.record(["neymar"], at: second) }
        }
        #expect(events.isEmpty)
    }

    @Test func aQuietStreamStillEndsItsTrends() throws {
        var trends = goal().trends
        #expect(trends.trending().map(\.term) == ["neymar"])
        let events = trends.advance(to: 10_000)
        guard case .ended(let trend) = try #require(events.first) else {
            Issue.record("not an end: \(events)")
            return
        }
        #expect(trend.term == "neymar" && trend.endedAt == 3_660)
        #expect(trends.trending().isEmpty)
    }

    @Test func aTermRepeatedInAMessageCountsOnce() {
        var trends = TrendingTerms()
        var events: [TrendingTerms.Event] = []
        for second in Int64(0)..<900 {
            events += trends.record(["oi"], at: second)
            if second >= 700 { events += trends.record(Array(repeating: "spam", count: 10), at: second) }
        }
        // One message a second: 60 a minute, however many times each says it; the share of "spam" is steady.
        #expect(events.map(\.trend.term) == ["spam"])
        #expect(trends.trending().first?.count == 60)
    }

    @Test func trackedTermsAreCappedAndTheMostUsedKeepTheirBaseline() {
        var settings = TrendingTerms.Settings()
        settings.maximumTerms = 50
        var trends = TrendingTerms(settings: settings)
        var events: [TrendingTerms.Event] = []
        var word = 0
        var mostTracked = 0
        // "jogo" in every other message, and a new word in each; from the second hour, "jogo" four times as often.
        for second in Int64(0)..<7_260 {
            for message in 0..<(second < 7_200 ? 10 : 25) {
                word += 1
                let terms =
                    message >= 10
                    ? ["jogo"] : message.isMultiple(of: 2) ? ["jogo", "palavra\(word)"] : ["palavra\(word)"]
                events += trends.record(terms, at: second)
                mostTracked = max(mostTracked, trends.trackedTermCount)
            }
        }
        #expect(mostTracked == 50)
        // Dropped, "jogo" would have come back expected at the floor, or not counted long enough to trend.
        #expect(events.map(\.trend.term) == ["jogo"], "\(events)")
        let expected = events.first?.trend.expected ?? 0
        #expect(expected > 250 && expected < 350, "five a second, 300 a minute")
    }

    @Test func theSameMessagesGiveTheSameEventsAndTrends() {
        var settings = TrendingTerms.Settings()
        settings.maximumTerms = 200
        let (first, firstTrends) = goal(settings: settings)
        let (second, secondTrends) = goal(settings: settings)
        #expect(first.map(\.second) == second.map(\.second))
        #expect(first.map(\.event) == second.map(\.event))
        #expect(firstTrends.trending() == secondTrends.trending())
        #expect(first.contains { $0.event.trend.term == "neymar" })
    }
}
