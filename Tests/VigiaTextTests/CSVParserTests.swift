import Testing
import VigiaText

@Suite struct CSVParserTests {
    private func parse(_ text: String) throws(CSVParser.ParseError) -> CSVParser.Table {
        try CSVParser.parse(Array(text.utf8))
    }

    private func error(_ bytes: [UInt8]) -> CSVParser.ParseError? {
        do {
            _ = try CSVParser.parse(bytes)
            return nil
        } catch {
            return error
        }
    }

    private func error(_ text: String) -> CSVParser.ParseError? { error(Array(text.utf8)) }

    @Test func readsHeaderAndRecordsWithTheirLines() throws {
        let table = try parse("text,label\nsem som,audio.sem_som\ntravando,video.travando\n")
        #expect(table.header == ["text", "label"])
        #expect(table.headerLine == 1)
        #expect(
            table.records == [
                CSVParser.Record(line: 2, fields: ["sem som", "audio.sem_som"]),
                CSVParser.Record(line: 3, fields: ["travando", "video.travando"]),
            ])
    }

    @Test func lastRecordNeedsNoLineEnd() throws {
        let table = try parse("a,b\n1,2")
        #expect(table.records == [CSVParser.Record(line: 2, fields: ["1", "2"])])
    }

    @Test func quotedFieldsHoldCommasDoubledQuotesAndNewlines() throws {
        let csv = #"""
            text,label
            "caiu, voltou",rede.live_caiu
            "ele disse ""sem som""",audio.sem_som
            "linha um
            linha dois
            linha três",video.travando
            depois,nenhum
            """#
        let table = try parse(csv)
        #expect(
            table.records.map(\.fields[0]) == [
                "caiu, voltou", "ele disse \"sem som\"", "linha um\nlinha dois\nlinha três", "depois",
            ])
        // The multi-line record starts on line 4 and the next one is on line 7, not 5.
        #expect(table.records.map(\.line) == [2, 3, 4, 7])
    }

    @Test func doubledQuotesNextToDelimitersAndAnEmptyQuotedField() throws {
        let table = try parse("a,b,c\n\"\"\"\",\"\",\"x\"\"\"\n")
        #expect(table.records[0].fields == ["\"", "", "x\""])
    }

    @Test func crlfLineEndsAreNotPartOfFields() throws {
        let table = try parse("text,label\r\n\"a\r\nb\",x\r\nc,y\r\n")
        #expect(table.header == ["text", "label"])
        // A CRLF inside quotes is data, kept as written; the one ending a record is not.
        #expect(
            table.records == [
                CSVParser.Record(line: 2, fields: ["a\r\nb", "x"]),
                CSVParser.Record(line: 4, fields: ["c", "y"]),
            ])
    }

    @Test func loneCarriageReturnInsideAnUnquotedFieldIsData() throws {
        let table = try parse("a,b\nx\ry,z\n")
        #expect(table.records[0].fields == ["x\ry", "z"])
    }

    @Test func byteOrderMarkIsSkippedOnlyAtTheStart() throws {
        let table = try CSVParser.parse([0xEF, 0xBB, 0xBF] + Array("text,label\n\u{FEFF}oi,x\n".utf8))
        #expect(table.header == ["text", "label"])
        #expect(table.records[0].fields == ["\u{FEFF}oi", "x"])
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let table = try parse("\n\ntext,label\n\n   \n\t\r\na,x\n\nb,y\n\n")
        #expect(table.headerLine == 3)
        #expect(table.records.map(\.line) == [7, 9])
    }

    @Test func emptyFieldsAndTrailingComma() throws {
        let table = try parse("a,b,c\n,,\n1,,\n1,2,")
        #expect(table.records.map(\.fields) == [["", "", ""], ["1", "", ""], ["1", "2", ""]])
    }

    @Test func fieldsAreNotTrimmedAndBareQuotesInsideAreKept() throws {
        let table = try parse("a,b\n  sem som , ele disse \"oi\"\n")
        #expect(table.records[0].fields == ["  sem som ", " ele disse \"oi\""])
    }

    @Test func multiByteTextIsDecoded() throws {
        let table = try parse("text\nsem áudio 😡 ñ\n")
        #expect(table.records[0].fields == ["sem áudio 😡 ñ"])
    }

    @Test func headerOnlyGivesNoRecords() throws {
        let table = try parse("text,label\n")
        #expect(table.header == ["text", "label"])
        #expect(table.records.isEmpty)
    }

    @Test func emptyInputHasNoHeader() {
        #expect(error("")?.kind == .empty)
        #expect(error("\n  \n\r\n")?.kind == .empty)
        #expect(error([0xEF, 0xBB, 0xBF])?.kind == .empty)
    }

    @Test func unterminatedQuoteNamesTheLineWhereItOpened() {
        let failure = error("text,label\na,x\n\"never closed,y\nmore\nlines\n")
        #expect(failure == CSVParser.ParseError(.unterminatedQuote, line: 3))
        #expect(failure?.description.hasPrefix("line 3: unterminated quoted field") == true)
    }

    @Test func rowWithWrongFieldCountNamesItsLine() {
        #expect(error("a,b\n1,2\n1,2,3\n") == CSVParser.ParseError(.fieldCountMismatch(expected: 2, found: 3), line: 3))
        #expect(error("a,b\n\"x\ny\"\n") == CSVParser.ParseError(.fieldCountMismatch(expected: 2, found: 1), line: 2))
        #expect(error("a,b\n1,2\n1,2,3\n")?.reason == "expected 2 fields as in the header, found 3")
    }

    @Test func charactersAfterClosingQuoteNameTheirLine() {
        #expect(error("a,b\n\"x\"y,z\n") == CSVParser.ParseError(.characterAfterClosingQuote, line: 2))
        // The line is where the stray character is, which differs from the record's first line here.
        #expect(error("a,b\n\"x\nx\" ,z\n") == CSVParser.ParseError(.characterAfterClosingQuote, line: 3))
    }

    @Test func invalidUTF8NamesTheLineOfTheFirstBadByte() {
        #expect(
            error(Array("a,b\n1,2\n".utf8) + [0x78, 0xFF, 0x2C, 0x79, 0x0A])
                == CSVParser.ParseError(.invalidUTF8, line: 3))
        // Inside a quoted field spanning lines, the bad byte is on the field's third line.
        let quoted = Array("a,b\n\"one\ntwo\nth".utf8) + [0xC3, 0x28] + Array("ree\",x\n".utf8)
        #expect(error(quoted) == CSVParser.ParseError(.invalidUTF8, line: 4))
        // The same with doubled quotes, which take the unescaping path.
        let escaped = Array("a,b\n\"\"\"one\ntwo".utf8) + [0xED, 0xA0, 0x80] + Array("\",x\n".utf8)
        #expect(error(escaped) == CSVParser.ParseError(.invalidUTF8, line: 3))
        #expect(error(Array("a,b\n1,".utf8) + [0xE2, 0x82])?.kind == .invalidUTF8)
    }

    @Test(
        arguments: [
            [0xC0, 0xAF],  // overlong "/"
            [0xE0, 0x80, 0xAF],  // overlong "/"
            [0xED, 0xA0, 0x80],  // UTF-16 surrogate
            [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
            [0xF5, 0x80, 0x80, 0x80],  // lead byte never valid
            [0x80],  // continuation byte alone
            [0xF0, 0x9F, 0x98],  // truncated emoji
        ] as [[UInt8]])
    func rejectsMalformedUTF8(sequence: [UInt8]) {
        // Long ASCII around the bad bytes exercises the eight-bytes-at-a-time path too.
        let padding = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        #expect(error(Array("h\n".utf8) + padding + sequence + padding)?.kind == .invalidUTF8)
    }

    @Test func acceptsBoundaryUTF8() throws {
        let text = "\u{80}\u{7FF}\u{800}\u{D7FF}\u{E000}\u{FFFF}\u{10000}\u{10FFFF}"
        #expect(try parse("h\n\(text)\n").records[0].fields == [text])
    }

    @Test func parsesManyRowsConsistently() throws {
        var csv = "id,text,label\n"
        for index in 0..<2_000 {
            csv += index.isMultiple(of: 3) ? "\(index),\"multi\nline, \"\"quoted\"\"\",x\n" : "\(index),plain,y\n"
        }
        let table = try parse(csv)
        #expect(table.records.count == 2_000)
        #expect(table.records.last?.line == 2 + 2_000 + 667 - 1)
        #expect(table.records[3].fields == ["3", "multi\nline, \"quoted\"", "x"])
    }
}
