import Testing
import VigiaCore
import VigiaML
import VigiaTesting

@Suite struct LabeledDataFileTests {
    private let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory(prefix: "vigia-labeled-data")
    }

    /// The error `body` throws, or nil when it succeeds.
    private func failure<T>(_ body: () throws(VigiaError) -> T) -> VigiaError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error
        }
    }

    /// Writes `contents` as `name` and returns the message reading it as labeled data fails with, with the
    /// temporary directory cut from the path so expectations read like the messages users see.
    private func readError(_ name: String, _ contents: String) throws -> String? {
        try readError(name, bytes: Array(contents.utf8))
    }

    private func readError(_ name: String, bytes: [UInt8]) throws -> String? {
        let path = try directory.write(name, bytes: bytes)
        guard let message = failure({ () throws(VigiaError) in try LabeledDataFile.read(path: path) })?.message else {
            return nil
        }
        return message.hasPrefix(path) ? name + message.dropFirst(path.count) : message
    }

    // MARK: CSV

    @Test func readsCSVWithColumnsInAnyOrderAndExtraColumns() throws {
        let path = try directory.write(
            "data.csv",
            """
            id,label,source,text
            1,audio.sem_som,yt,sem som na live
            2, video.travando ,tw,"travando, de novo"
            """)
        let data = try LabeledDataFile.read(path: path)
        #expect(data.path == path)
        #expect(
            data.examples == [
                LabeledExample(text: "sem som na live", label: "audio.sem_som"),
                LabeledExample(text: "travando, de novo", label: "video.travando"),
            ])
        #expect(data.lines == [2, 3])
    }

    @Test func headerNamesIgnoreCaseAndSurroundingSpaces() throws {
        let path = try directory.write("data.csv", "Text , LABEL\noi,elogio\n")
        #expect(try LabeledDataFile.read(path: path).examples == [LabeledExample(text: "oi", label: "elogio")])
    }

    @Test func quotedNewlinesKeepLineNumbersOfLaterRows() throws {
        let path = try directory.write(
            "data.csv", "text,label\n\"primeira\nlinha\",duvida\n\"ele disse \"\"ótimo\"\"\",elogio\n\nfim,spam\n")
        let data = try LabeledDataFile.read(path: path)
        #expect(data.examples.map(\.text) == ["primeira\nlinha", "ele disse \"ótimo\"", "fim"])
        #expect(data.lines == [2, 4, 6])
    }

    @Test func bomAndCRLFAreAccepted() throws {
        let path = try directory.write(
            "data.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("text,label\r\nsem áudio,audio.sem_som\r\n".utf8))
        let data = try LabeledDataFile.read(path: path)
        #expect(data.examples == [LabeledExample(text: "sem áudio", label: "audio.sem_som")])
    }

    @Test func textsKeepTheirInsideAndLoseSurroundingWhitespace() throws {
        let path = try directory.write("data.csv", "text,label\n\"  SEM   Som!! 😡\u{00A0}\",critica\n")
        #expect(try LabeledDataFile.read(path: path).examples[0].text == "SEM   Som!! 😡")
    }

    @Test func extensionIsMatchedInAnyCase() throws {
        let path = try directory.write("DATA.CSV", "text,label\noi,elogio\n")
        #expect(try LabeledDataFile.read(path: path).examples.count == 1)
    }

    @Test func csvErrorsNameFileAndLine() throws {
        #expect(
            try readError("data.csv", "text,categoria\noi,elogio\n")
                == "data.csv:1: missing column 'label' (header has: text, categoria)")
        #expect(
            try readError("data.csv", "id,msg\n")
                == "data.csv:1: missing columns 'text' and 'label' (header has: id, msg)")
        #expect(
            try readError("data.csv", "text,label,text\na,b,c\n")
                == "data.csv:1: column 'text' appears twice")
        #expect(try readError("data.csv", "") == "data.csv: file is empty")
        #expect(try readError("data.csv", "\n\n") == "data.csv: file is empty")
        #expect(try readError("data.csv", "text,label\n") == "data.csv: no examples")
        #expect(
            try readError("data.csv", "text,label\na,elogio\n\n\n   ,elogio\n")
                == "data.csv:5: empty text")
        #expect(try readError("data.csv", "text,label\na,\n") == "data.csv:2: empty label")
        #expect(
            try readError("data.csv", "text,label\na,elogio\nb,Elogio\n")
                == ("data.csv:3: invalid label 'Elogio' (label ids are lowercase ASCII letters, digits, '_' and '-', "
                    + "with '.' between levels)"))
        #expect(
            try readError("data.csv", "text,label\na,elogio\n\"b,elogio\nc,spam\n")
                == ("data.csv:3: unterminated quoted field (the quote opened on this line never closes)")
        )
        #expect(
            try readError("data.csv", "text,label\na,elogio\nb,elogio,extra\n")
                == "data.csv:3: expected 2 fields as in the header, found 3")
        #expect(
            try readError("data.csv", "text,label\n\"a\"b,elogio\n")?.hasPrefix(
                "data.csv:2: unexpected character after a closing quote") == true)
    }

    @Test func invalidUTF8IsAnErrorOnTheLineOfTheFirstBadByte() throws {
        let csv = Array("text,label\na,elogio\n\"b\nc".utf8) + [0xFF] + Array("\",spam\n".utf8)
        #expect(try readError("data.csv", bytes: csv) == "data.csv:4: invalid UTF-8")
        let jsonl = Array("{\"text\":\"a\",\"label\":\"b\"}\n\n{\"text\":\"".utf8) + [0xC3] + Array("\"}\n".utf8)
        #expect(try readError("data.jsonl", bytes: jsonl) == "data.jsonl:3: invalid UTF-8")
    }

    // MARK: JSON Lines

    @Test func readsJSONLinesIgnoringExtraKeysAndBlankLines() throws {
        let path = try directory.write(
            "data.jsonl",
            """
            {"id": 1, "text": "sem som", "label": "audio.sem_som", "meta": {"tags": ["a", 1]}}

            {"label": "rede.buffering", "text": "  carregando \\"infinito\\" \\u00e9  "}\r
            """)
        let data = try LabeledDataFile.read(path: path)
        #expect(
            data.examples == [
                LabeledExample(text: "sem som", label: "audio.sem_som"),
                LabeledExample(text: "carregando \"infinito\" é", label: "rede.buffering"),
            ])
        #expect(data.lines == [1, 3])
    }

    @Test func ndjsonIsJSONLinesToo() throws {
        let path = try directory.write("data.ndjson", "{\"text\":\"oi\",\"label\":\"elogio\"}")
        #expect(try LabeledDataFile.read(path: path).examples == [LabeledExample(text: "oi", label: "elogio")])
    }

    @Test func jsonLinesErrorsNameFileAndLine() throws {
        let valid = #"{"text": "a", "label": "elogio"}"#
        let expected = #"expected a JSON object with string fields "text" and "label""#
        #expect(
            try readError("data.jsonl", "\(valid)\n\(valid)\n{\"text\": \"b\", \"label\": 3}\n")
                == "data.jsonl:3: \(expected)")
        #expect(try readError("data.jsonl", "{\"text\": \"b\"}\n") == "data.jsonl:1: \(expected)")
        #expect(try readError("data.jsonl", "[\"b\", \"x\"]\n") == "data.jsonl:1: \(expected)")
        #expect(
            try readError("data.jsonl", "\(valid)\n{\"text\": \"b\",\n")
                == "data.jsonl:2: invalid JSON (\(expected))")
        #expect(
            try readError("data.jsonl", "\(valid)\n{\"text\": \" \", \"label\": \"spam\"}\n")
                == "data.jsonl:2: empty text")
        #expect(
            try readError("data.jsonl", "{\"text\": \"b\", \"label\": \"a b\"}\n")?.hasPrefix(
                "data.jsonl:1: invalid label 'a b'") == true)
        #expect(try readError("data.jsonl", "\n \n") == "data.jsonl: file is empty")
    }

    // MARK: Files and formats

    @Test func missingFileIsNotFound() {
        let path = directory.path("absent.csv")
        let error = failure { () throws(VigiaError) in try LabeledDataFile.read(path: path) }
        #expect(error == VigiaError(.notFound, "\(path): no such file"))
        let textsError = failure { () throws(VigiaError) in try LabeledDataFile.readTexts(path: path) }
        #expect(textsError?.code == .notFound)
    }

    @Test func directoryIsAnIOError() {
        let error = failure { () throws(VigiaError) in try LabeledDataFile.readTexts(path: directory.url.path) }
        #expect(error?.code == .io)
    }

    @Test func unknownExtensionSaysWhichAreSupported() throws {
        #expect(
            try readError("data.txt", "oi\n")
                == "data.txt: unsupported file extension '.txt' for labeled data (supported: .csv, .jsonl, .ndjson)"
        )
        #expect(
            try readError("data", "oi\n")?.hasSuffix(
                "unsupported file extension none for labeled data "
                    + "(supported: .csv, .jsonl, .ndjson)") == true)
    }

    @Test func formatFollowsTheExtension() {
        #expect(LabeledDataFile.Format(path: "a/b.csv") == .csv)
        #expect(LabeledDataFile.Format(path: "b.JSONL") == .jsonLines)
        #expect(LabeledDataFile.Format(path: "b.ndjson") == .jsonLines)
        #expect(LabeledDataFile.Format(path: "b.txt") == .lines)
        #expect(LabeledDataFile.Format(path: "dir.csv/b") == .lines)
        #expect(LabeledDataFile.Format(path: ".csv") == .lines)
    }

    @Test func readsLabeledBytesUnderAGivenName() throws {
        let bytes = Array("text,label\noi,elogio\n".utf8)
        let data = try LabeledDataFile.read(bytes: bytes, name: "<stdin>", format: .csv)
        #expect(data.path == "<stdin>")
        let error = failure { () throws(VigiaError) in
            try LabeledDataFile.read(bytes: bytes, name: "<stdin>", format: .lines)
        }
        #expect(error?.message.hasPrefix("<stdin>: ") == true)
    }

    // MARK: Texts to classify

    @Test func readsTextsFromEachFormat() throws {
        let csv = try directory.write("in.csv", "id,text\n1,\"sem som, socorro\"\n2, travando \n")
        #expect(try LabeledDataFile.readTexts(path: csv) == ["sem som, socorro", "travando"])
        let jsonl = try directory.write("in.jsonl", "{\"text\": \"oi\", \"user\": \"x\"}\n\n{\"text\": \"tchau\"}\n")
        #expect(try LabeledDataFile.readTexts(path: jsonl) == ["oi", "tchau"])
        let plain = try directory.write("in.txt", "\u{FEFF}sem som\r\n\r\n   \n\u{3000}\u{00A0}\n  tela preta  \nfim")
        #expect(try LabeledDataFile.readTexts(path: plain) == ["sem som", "tela preta", "fim"])
    }

    @Test func readsTextsFromBytes() throws {
        let bytes = Array("a\nb\n".utf8)
        #expect(try LabeledDataFile.readTexts(bytes: bytes, name: "<stdin>", format: .lines) == ["a", "b"])
        #expect(try LabeledDataFile.readTexts(bytes: [], name: "<stdin>", format: .csv) == [])
        #expect(try LabeledDataFile.readTexts(bytes: [], name: "<stdin>", format: .jsonLines) == [])
    }

    @Test func textErrorsNameTheLine() {
        func message(_ text: String, _ format: LabeledDataFile.Format) -> String? {
            failure { () throws(VigiaError) in
                try LabeledDataFile.readTexts(bytes: Array(text.utf8), name: "in", format: format)
            }?.message
        }
        #expect(message("id,msg\n1,a\n", .csv) == "in:1: missing column 'text' (header has: id, msg)")
        #expect(message("text\na\n\"\"\n", .csv) == "in:3: empty text")
        #expect(message("{\"text\": 1}\n", .jsonLines) == #"in:1: expected a JSON object with a string field "text""#)
        let badLine = failure { () throws(VigiaError) in
            try LabeledDataFile.readTexts(bytes: Array("ok\nok\n".utf8) + [0xFE, 0x0A], name: "in", format: .lines)
        }
        #expect(badLine?.message == "in:3: invalid UTF-8")
    }

    // MARK: Data sets

    @Test func validateNamesTheFirstUnknownLabelAndItsLine() throws {
        let path = try directory.write("data.csv", "text,label\na,elogio\n\nb,audio.sem_som\nc,xyz\n")
        let data = try LabeledDataFile.read(path: path)
        let techError = failure { () throws(VigiaError) in try data.validate(against: .techIssues) }
        #expect(techError?.message.hasPrefix("\(path):2: unknown label 'elogio' for taxonomy 'tech-issues'") == true)
        let error = failure { () throws(VigiaError) in try data.validate(against: .feedback) }
        #expect(error?.code == .invalidData)
        #expect(
            error?.message
                == "\(path):4: unknown label 'audio.sem_som' for taxonomy 'feedback' "
                + "(known: elogio, critica, sugestao, duvida, spam)")
        let feedbackOnly = LabeledDataSet(
            path: "x", examples: [LabeledExample(text: "a", label: "spam")], lines: [1])
        #expect(failure { () throws(VigiaError) in try feedbackOnly.validate(against: .feedback) } == nil)
    }

    @Test func labelsInOrderOfAppearance() throws {
        let path = try directory.write("data.csv", "text,label\na,spam\nb,elogio\nc,spam\nd,duvida\ne,elogio\n")
        #expect(try LabeledDataFile.read(path: path).labelsInOrderOfAppearance == ["spam", "elogio", "duvida"])
    }

    @Test func errorMessagesStayOnOneLine() throws {
        let message = try readError("data.csv", "\"te\nxt\",label\na,b\n")
        #expect(message == "data.csv:1: missing column 'text' (header has: te\\nxt, label)")
    }

    // MARK: Writing

    @Test func writeCSVRoundTrips() throws {
        let examples = [
            LabeledExample(text: "sem som", label: "audio.sem_som"),
            LabeledExample(text: "caiu, voltou", label: "rede.live_caiu"),
            LabeledExample(text: "ele disse \"ótimo\" 😀", label: "elogio"),
            LabeledExample(text: "linha um\nlinha dois", label: "video.travando"),
            LabeledExample(text: "windows\r\nline", label: "nenhum"),
            LabeledExample(text: "\"", label: "spam"),
            LabeledExample(text: "=1+1", label: "spam"),
        ]
        let path = directory.path("out.csv")
        try LabeledDataFile.writeCSV(examples, to: path)
        let data = try LabeledDataFile.read(path: path)
        #expect(data.examples == examples)
        #expect(data.lines == [2, 3, 4, 5, 7, 9, 10])
    }

    @Test func csvBytesQuoteOnlyWhenNeeded() {
        let bytes = LabeledDataFile.csvBytes([
            LabeledExample(text: "plain", label: "a"),
            LabeledExample(text: "a,b", label: "a"),
            LabeledExample(text: "say \"hi\"", label: "a"),
            LabeledExample(text: " padded", label: "a"),
            LabeledExample(text: "tab\t", label: "a"),
        ])
        #expect(
            String(decoding: bytes, as: UTF8.self)
                == "text,label\nplain,a\n\"a,b\",a\n\"say \"\"hi\"\"\",a\n\" padded\",a\n\"tab\t\",a\n")
    }

    @Test func writeToMissingDirectoryIsAnIOError() {
        let path = directory.path("missing/out.csv")
        let error = failure { () throws(VigiaError) in try LabeledDataFile.writeCSV([], to: path) }
        #expect(error?.code == .io)
        #expect(error?.message.hasPrefix("\(path): cannot write the file") == true)
        #expect(error?.message.contains("\n") == false)
    }
}
