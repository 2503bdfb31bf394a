import VigiaCore

/// A small template language for synthetic chat, compiled once and expanded with a seeded generator.
///
/// Templates read like the messages they produce, so the people who write them can judge them as chat:
/// - `{a|b|c}` picks one alternative uniformly; an empty alternative (`{aqui|}`) makes the part optional, and
///   alternatives nest (`{sem {som|áudio}|mudo}`).
/// - `<name>` expands one alternative of the shared slot `name` (devices, teams, openers…); slot bodies are
///   templates themselves and may use other slots.
/// - `<@code>`, `<@number>` and `<@digits>` produce random link codes, money amounts and short digit runs, so spam
///   links and user handles are not a closed list the classifier could memorize.
/// - Anything else is literal text. Runs of spaces collapse afterwards and a space before `,` `.` `!` `?` goes
///   away, so optional parts never need spacing care.
///
/// Malformed templates are programming errors in this module's own tables, so they stop the process at compile
/// time (the first use of a corpus), where every test sees them.
struct PhraseGrammar: Sendable {
    /// One piece of a compiled template.
    enum Node: Sendable {
        case text(String)
        case choice([[Node]])
        case slot(Int)
        case generated(Generated)
    }

    /// Values produced from the random generator instead of from a list.
    enum Generated: Sendable {
        /// 4 to 7 lowercase letters and digits, as in shortened links and coupon codes.
        case code
        /// A round-looking amount (50, 300, 1000, 5000…).
        case number
        /// Two to four digits, as users append to their handles.
        case digits
    }

    /// A compiled template: nodes expanded left to right.
    typealias Phrase = [Node]

    private let slotNames: [String]
    private let slotPhrases: [[Phrase]]

    /// Compiles the shared slots; slot bodies may refer to any slot of the list by name.
    init(slots: [(name: String, alternatives: [String])]) {
        let names = slots.map(\.name)
        slotNames = names
        slotPhrases = slots.map { slot in
            precondition(!slot.alternatives.isEmpty, "slot <\(slot.name)> has no alternatives")
            return slot.alternatives.map { Self.parse($0, slotNames: names) }
        }
    }

    /// Compiles one template against this grammar's slots.
    func compile(_ template: String) -> Phrase { Self.parse(template, slotNames: slotNames) }

    /// Expands a compiled template into tidy text.
    func expand(_ phrase: Phrase, random: inout DeterministicRandom) -> String {
        var raw = ""
        raw.reserveCapacity(64)
        append(phrase, to: &raw, random: &random)
        return Self.tidy(raw)
    }

    private func append(_ phrase: Phrase, to out: inout String, random: inout DeterministicRandom) {
        for node in phrase {
            switch node {
            case .text(let text):
                out += text
            case .choice(let alternatives):
                append(alternatives[random.below(alternatives.count)], to: &out, random: &random)
            case .slot(let index):
                let alternatives = slotPhrases[index]
                append(alternatives[random.below(alternatives.count)], to: &out, random: &random)
            case .generated(let kind):
                Self.generate(kind, into: &out, random: &random)
            }
        }
    }

    private static let codeAlphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")
    private static let amounts = ["50", "100", "150", "200", "300", "500", "800", "1000", "1500", "2000", "5000"]

    private static func generate(_ kind: Generated, into out: inout String, random: inout DeterministicRandom) {
        switch kind {
        case .code:
            for _ in 0..<(4 + random.below(4)) { out.append(random.pick(codeAlphabet)) }
        case .number:
            out += random.pick(amounts)
        case .digits:
            out += String(random.below(10) + 1)
            for _ in 0..<(1 + random.below(3)) { out += String(random.below(10)) }
        }
    }

    /// Collapses spaces, drops spaces before punctuation, and removes commas left dangling by empty options.
    ///
    /// Works on UTF-8 bytes: every character it looks at is ASCII, and bytes of multi-byte characters are never
    /// ASCII, so they pass through untouched. Grapheme iteration made this a hot spot.
    static func tidy(_ raw: String) -> String {
        let space = UInt8(ascii: " ")
        let comma = UInt8(ascii: ",")
        var out: [UInt8] = []
        out.reserveCapacity(raw.utf8.count)
        var pendingSpace = false
        for byte in raw.utf8 {
            if byte == space {
                pendingSpace = !out.isEmpty
                continue
            }
            if byte == comma, out.isEmpty || out.last == comma { continue }
            let hugsLeft =
                byte == comma || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
            if pendingSpace && !hugsLeft { out.append(space) }
            pendingSpace = false
            out.append(byte)
        }
        while let final = out.last, final == comma || final == space { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Parsing

    private static func parse(_ template: String, slotNames: [String]) -> Phrase {
        var parser = Parser(characters: Array(template), source: template, slotNames: slotNames)
        let phrase = parser.sequence(insideChoice: false)
        precondition(parser.position == parser.characters.count, "unbalanced '}' or '|' in template: \(template)")
        return phrase
    }

    private struct Parser {
        let characters: [Character]
        let source: String
        let slotNames: [String]
        var position = 0

        init(characters: [Character], source: String, slotNames: [String]) {
            self.characters = characters
            self.source = source
            self.slotNames = slotNames
        }

        /// Reads nodes up to the end of the template, or up to the `|` or `}` that ends an alternative.
        mutating func sequence(insideChoice: Bool) -> Phrase {
            var nodes: Phrase = []
            var literal = ""
            while position < characters.count {
                let character = characters[position]
                if character == "}" || character == "|" {
                    precondition(insideChoice, "'\(character)' outside braces in template: \(source)")
                    break
                }
                if character == "{" || character == "<" {
                    if !literal.isEmpty { nodes.append(.text(literal)) }
                    literal = ""
                    position += 1
                    nodes.append(character == "{" ? .choice(alternatives()) : slotReference())
                } else {
                    literal.append(character)
                    position += 1
                }
            }
            if !literal.isEmpty { nodes.append(.text(literal)) }
            return nodes
        }

        /// Reads `a|b|c}` after an opening brace.
        mutating func alternatives() -> [Phrase] {
            var result: [Phrase] = []
            while true {
                result.append(sequence(insideChoice: true))
                precondition(position < characters.count, "unclosed '{' in template: \(source)")
                let separator = characters[position]
                position += 1
                if separator == "}" { return result }
            }
        }

        /// Reads `name>` after an opening angle bracket.
        mutating func slotReference() -> Node {
            var name = ""
            while position < characters.count, characters[position] != ">" {
                name.append(characters[position])
                position += 1
            }
            precondition(position < characters.count, "unclosed '<' in template: \(source)")
            position += 1
            switch name {
            case "@code": return .generated(.code)
            case "@number": return .generated(.number)
            case "@digits": return .generated(.digits)
            default:
                guard let index = slotNames.firstIndex(of: name) else {
                    preconditionFailure("unknown slot <\(name)> in template: \(source)")
                }
                return .slot(index)
            }
        }
    }
}
