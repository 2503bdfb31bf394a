import Foundation
import VigiaCore

/// The softmax temperature that makes confidences honest on held-out data: the one that minimizes the mean
/// negative log-likelihood of the true labels (Guo et al., "On Calibration of Modern Neural Networks", 2017).
struct TemperatureFit {
    let temperature: Double
    /// Mean negative log-likelihood at that temperature.
    let logLoss: Double

    init(model: ClassifierModel, examples: [LabeledExample], targets: [Int]) {
        var scratch = ClassificationScratch()
        let logits = examples.map { example -> [Float] in
            model.computeLogits(example.text, scratch: &scratch)
            return scratch.probabilities
        }
        func loss(_ temperature: Double) -> Double {
            var total = 0.0
            for (row, target) in zip(logits, targets) {
                let scaled = row.map { Double($0) / temperature }
                let largest = scaled.max()!
                let logSum = largest + Foundation.log(scaled.reduce(0) { $0 + Foundation.exp($1 - largest) })
                total += logSum - scaled[target]
            }
            return total / Double(logits.count)
        }
        // Golden-section search on log(temperature): the loss is unimodal in it for a fixed model.
        var low = Foundation.log(0.001)
        var high = Foundation.log(100.0)
        let ratio = (5.0.squareRoot() - 1) / 2
        for _ in 0..<60 {
            let a = high - ratio * (high - low)
            let b = low + ratio * (high - low)
            if loss(Foundation.exp(a)) < loss(Foundation.exp(b)) { high = b } else { low = a }
        }
        temperature = Foundation.exp((low + high) / 2)
        logLoss = loss(temperature)
    }
}
