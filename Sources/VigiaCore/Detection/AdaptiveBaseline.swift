/// What is usual for one count of a stream (a label, a term): its rate and its share of the stream's messages, as
/// exponentially weighted averages that follow the traffic. The sums and the sum of their weights are kept apart,
/// so that an average over little history is not biased towards zero (the estimate is the sum over the weight).
struct AdaptiveBaseline: Sendable {
    private var rateSum = 0.0
    private var shareSum = 0.0
    private var weight: Double

    /// `weight` is what a baseline seen from the stream's first moment would have by now: one started later
    /// counts its earlier moments as having had none of it.
    init(weight: Double) {
        self.weight = weight
    }

    /// The usual rate, in the unit it was taught in.
    var rate: Double { weight > 0 ? rateSum / weight : 0 }
    /// The usual share of the stream's messages (0…1).
    var share: Double { weight > 0 ? shareSum / weight : 0 }

    /// Teaches one period: its rate, and its share of the stream's messages (none when the stream had none: the
    /// share then stays what it was). `decay` is the weight the past keeps.
    mutating func learn(rate observed: Double, share observedShare: Double?, decay: Double) {
        let share = observedShare ?? self.share
        rateSum = rateSum * decay + observed * (1 - decay)
        shareSum = shareSum * decay + share * (1 - decay)
        weight = weight * decay + (1 - decay)
    }
}
