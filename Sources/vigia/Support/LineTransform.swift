/// Prints `transform` of `text`, or, without a text, of every line of stdin as it arrives (a filter in a pipe).
func printTransformed(text: String?, _ transform: (String) -> String) {
    if let text {
        print(transform(text))
    } else {
        while let line = readLine() { print(transform(line)) }
    }
}
