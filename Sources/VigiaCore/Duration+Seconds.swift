extension Duration {
    /// The duration in seconds, for rates, reports and rate limits.
    public var inSeconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }

    /// The duration in milliseconds, for latencies.
    public var inMilliseconds: Double { inSeconds * 1000 }
}
