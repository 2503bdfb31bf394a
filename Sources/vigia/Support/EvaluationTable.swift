import Foundation
import VigiaCore
import VigiaML

/// Evaluation reports as aligned text tables for people.
enum EvaluationTable {
    static func render(_ report: EvaluationReport, labels: [String]) -> String {
        var lines: [String] = []
        let topLabels = labels.map(Taxonomy.topLevel(of:)).reduce(into: [String]()) {
            if !$0.contains($1) { $0.append($1) }
        }
        for (title, level, order) in [("leaf", report.leaf, labels), ("top level", report.top, topLabels)] {
            lines.append("")
            lines.append("\(title): accuracy \(percent(level.accuracy))  macro-F1 \(decimal(level.macroF1))")
            let width = max(12, order.map(\.count).max() ?? 0)
            lines.append(pad("label", width) + "  precision  recall     f1  support")
            let present = order + level.perLabel.keys.filter { !order.contains($0) }.sorted()
            for label in present {
                guard let metrics = level.perLabel[label] else { continue }
                lines.append(
                    pad(label, width) + "  " + pad(decimal(metrics.precision), 9, left: true) + "  "
                        + pad(decimal(metrics.recall), 6, left: true) + "  " + pad(decimal(metrics.f1), 5, left: true)
                        + "  " + pad(String(metrics.support), 7, left: true))
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
    private static func decimal(_ value: Double) -> String { String(format: "%.3f", value) }

    private static func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return left ? padding + text : text + padding
    }
}
