import VigiaText

/// Working memory for classifying one message at a time; reuse one per thread so classification allocates nothing.
public struct ClassificationScratch: Sendable {
    var tokens = TokenBuffer()
    /// Calibrated probabilities of the last message, one per label.
    public internal(set) var probabilities: [Float] = []

    public init() {}
}
