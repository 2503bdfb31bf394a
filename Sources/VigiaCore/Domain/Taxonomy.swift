/// A named set of labels that one classifier chooses from.
///
/// Label ids are lowercase ASCII; a dot makes a hierarchy and the part before the first dot is the top level
/// (`audio.sem_som` belongs to `audio`). A label without a dot is its own top level.
public struct Taxonomy: Sendable, Hashable, Codable {
    public let name: String
    /// Leaf labels, in the order the classifier's outputs use.
    public let labels: [String]

    /// Creates a taxonomy after checking its name and label ids.
    public init(name: String, labels: [String]) throws(VigiaError) {
        guard Self.isValidName(name) else {
            throw VigiaError(
                .invalidArgument,
                "invalid taxonomy name '\(name)': use lowercase letters, digits, '-' and '_' (1 to 64 characters)")
        }
        guard !labels.isEmpty else { throw VigiaError(.invalidArgument, "taxonomy '\(name)' has no labels") }
        var seen = Set<String>()
        for label in labels {
            guard Self.isValidLabel(label) else {
                throw VigiaError(
                    .invalidData,
                    "invalid label id '\(label)': use lowercase ASCII letters, digits, '_', '-' and '.' separators")
            }
            guard seen.insert(label).inserted else {
                throw VigiaError(.invalidData, "label '\(label)' appears twice in taxonomy '\(name)'")
            }
        }
        self.name = name
        self.labels = labels
    }

    /// Top-level labels in order of first appearance.
    public var topLevels: [String] {
        var seen = Set<String>()
        return labels.map(Self.topLevel(of:)).filter { seen.insert($0).inserted }
    }

    /// The part of a label id before its first dot.
    public static func topLevel(of label: String) -> String {
        guard let dot = label.firstIndex(of: ".") else { return label }
        return String(label[..<dot])
    }

    public func index(of label: String) -> Int? { labels.firstIndex(of: label) }

    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 64
            && name.utf8.allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
    }

    public static func isValidLabel(_ label: String) -> Bool {
        let parts = label.split(separator: ".", omittingEmptySubsequences: false)
        return label.utf8.count <= 64
            && parts.allSatisfy { part in
                !part.isEmpty
                    && part.utf8.allSatisfy {
                        isLowerAlphanumeric($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-")
                    }
            }
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}

extension Taxonomy {
    // The label ids below are a contract (DESIGN.md): stored predictions, alerts and dashboards refer to them.
    // swift-format-ignore
    private static let techIssueLabels = [
        "nenhum",
        "audio.sem_som", "audio.cortando", "audio.chiando", "audio.eco", "audio.atraso", "audio.sem_narracao",
        "video.tela_preta", "video.travando", "video.pixelando", "video.qualidade_ruim",
        "rede.buffering", "rede.live_caiu", "rede.erro_ao_abrir",
    ]

    /// Technical problems viewers report in live-stream chat (youtube-monitor.md); `nenhum` is everything else.
    public static let techIssues = try! Taxonomy(name: "tech-issues", labels: techIssueLabels)

    /// Kinds of listener and customer feedback (alumusic-insights.md).
    public static let feedback = try! Taxonomy(
        name: "feedback", labels: ["elogio", "critica", "sugestao", "duvida", "spam"])

    /// The taxonomies that ship with Vigia, by name.
    public static let builtIn: [String: Taxonomy] = [techIssues.name: techIssues, feedback.name: feedback]
}
