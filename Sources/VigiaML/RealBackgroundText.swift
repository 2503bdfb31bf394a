/// Real messages that report nothing, shipped with Vigia (see `Sources/VigiaML/Resources/README.md` for where they
/// come from and their license): what the built-in models learn ordinary language from, where the synthetic
/// generator knows only the phrases it was written with.
public enum RealBackgroundText {
    /// 10,502 real pt-BR tweets, one text each.
    public static let portuguese: [String] = portugueseText.split(separator: "\n").map(String.init)
}
