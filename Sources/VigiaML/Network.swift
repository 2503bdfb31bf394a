import Foundation
import VigiaCore

/// The trainable part of the classifier: an embedding per feature row and a label matrix.
struct Network {
    let rows: Int
    let dimension: Int
    let labelCount: Int
    /// `rows × dimension`, initialized uniformly in ±1/dimension as fastText does.
    private var embeddings: [Float]
    /// `labelCount × dimension`, initialized to zero.
    private var output: [Float]

    init(rows: Int, dimension: Int, labelCount: Int, random: inout DeterministicRandom) {
        self.rows = rows
        self.dimension = dimension
        self.labelCount = labelCount
        let bound = 1 / Float(dimension)
        embeddings = (0..<(rows * dimension)).map { _ in (random.unitFloat() * 2 - 1) * bound }
        output = [Float](repeating: 0, count: labelCount * dimension)
    }

    /// Runs SGD over the corpus for the configured epochs, shuffling the order each epoch.
    mutating func fit(
        corpus: FeatureCorpus, targets: [Int], parameters: TrainingParameters, random: inout DeterministicRandom,
        progress: (@Sendable (TrainingProgress) -> Void)?
    ) {
        let total = parameters.epochs * targets.count
        let reportEvery = max(1, total / (parameters.epochs * 20))
        var order = Array(targets.indices)
        var hidden = [Float](repeating: 0, count: dimension)
        var gradient = [Float](repeating: 0, count: dimension)
        var probabilities = [Float](repeating: 0, count: labelCount)
        var step = 0
        var lossSinceReport = 0.0
        var examplesSinceReport = 0
        let dimension = dimension
        let labelCount = labelCount
        let featureRows = corpus.rows
        let offsets = corpus.offsets
        embeddings.withUnsafeMutableBufferPointer { embeddings in
            output.withUnsafeMutableBufferPointer { output in
                for epoch in 0..<parameters.epochs {
                    random.shuffle(&order)
                    for example in order {
                        let rate = Float(parameters.learningRate * (1 - Double(step) / Double(total)))
                        let features = featureRows[offsets[example]..<offsets[example + 1]]
                        let scale = 1 / Float(features.count)
                        for d in 0..<dimension { hidden[d] = 0 }
                        for row in features {
                            let base = Int(row) * dimension
                            for d in 0..<dimension { hidden[d] += embeddings[base + d] }
                        }
                        for d in 0..<dimension { hidden[d] *= scale }
                        var largest = -Float.infinity
                        for label in 0..<labelCount {
                            var logit: Float = 0
                            let base = label * dimension
                            for d in 0..<dimension { logit += output[base + d] * hidden[d] }
                            probabilities[label] = logit
                            largest = max(largest, logit)
                        }
                        var sum: Float = 0
                        for label in 0..<labelCount {
                            probabilities[label] = fastExp(probabilities[label] - largest)
                            sum += probabilities[label]
                        }
                        let target = targets[example]
                        lossSinceReport -= Double(log(max(probabilities[target] / sum, 1e-10)))
                        for d in 0..<dimension { gradient[d] = 0 }
                        for label in 0..<labelCount {
                            let alpha = rate * ((label == target ? 1 : 0) - probabilities[label] / sum)
                            let base = label * dimension
                            for d in 0..<dimension {
                                gradient[d] += alpha * output[base + d]
                                output[base + d] += alpha * hidden[d]
                            }
                        }
                        for d in 0..<dimension { gradient[d] *= scale }
                        for row in features {
                            let base = Int(row) * dimension
                            for d in 0..<dimension { embeddings[base + d] += gradient[d] }
                        }
                        step += 1
                        examplesSinceReport += 1
                        if let progress, step % reportEvery == 0 || step % targets.count == 0 {
                            progress(
                                TrainingProgress(
                                    epoch: epoch + 1, epochs: parameters.epochs, processed: step, total: total,
                                    loss: lossSinceReport / Double(examplesSinceReport)))
                            lossSinceReport = 0
                            examplesSinceReport = 0
                        }
                    }
                }
            }
        }
    }

    /// Each row's embedding multiplied by the label matrix: `rows × labelCount` logit contributions.
    func foldedRows() -> [Float] {
        var folded = [Float](repeating: 0, count: rows * labelCount)
        for row in 0..<rows {
            for label in 0..<labelCount {
                var sum: Float = 0
                for d in 0..<dimension { sum += embeddings[row * dimension + d] * output[label * dimension + d] }
                folded[row * labelCount + label] = sum
            }
        }
        return folded
    }
}
