import Foundation
import VigiaCore
import VigiaText

/// Labeled examples read from one file, each with the line it came from, so every later check (an unknown label,
/// a duplicate) can point at the exact place to fix.
public struct LabeledDataSet: Sendable, Equatable {
    /// The file the examples came from, as given by the caller (or a name such as `<stdin>`); errors start with it.
    public let path: String
    public let examples: [LabeledExample]
    /// The 1-based source line of each example, index for index with `examples`.
    public let lines: [Int]

    /// Creates a data set; `lines` must have one entry per example.
    public init(path: String, examples: [LabeledExample], lines: [Int]) {
        precondition(examples.count == lines.count, "a labeled data set needs one source line per example")
        self.path = path
        self.examples = examples
        self.lines = lines
    }

    /// Checks that every label belongs to `taxonomy`.
    ///
    /// Throws "PATH:LINE: unknown label 'x' for taxonomy 'T' (known: a, b, …)" for the first unknown label, so a
    /// typo in a large file is found without scrolling through the whole file.
    public func validate(against taxonomy: Taxonomy) throws(VigiaError) {
        let known = Set(taxonomy.labels)
        guard let index = examples.firstIndex(where: { !known.contains($0.label) }) else { return }
        throw VigiaError(
            .invalidData,
            "\(path):\(lines[index]): unknown label \(LabeledDataFile.quoted(examples[index].label)) "
                + "for taxonomy '\(taxonomy.name)' (known: \(taxonomy.labels.joined(separator: ", ")))")
    }

    /// Each distinct label once, in the order it first appears; a stable order for taxonomies built from data.
    public var labelsInOrderOfAppearance: [String] {
        var seen = Set<String>()
        return examples.compactMap { seen.insert($0.label).inserted ? $0.label : nil }
    }
}
