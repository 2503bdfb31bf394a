import Foundation
import Testing
import VigiaCore
import VigiaTesting

@testable import VigiaEngine

@Suite struct RecordingTests {
    @Test func readsJSONLinesAndCSVAlike() throws {
        let directory = try TemporaryDirectory()
        let jsonl = directory.path("live.jsonl")
        try """
        {"ts":"2026-11-22T20:14:05Z","text":"sem som","author":"ana","id":"a1","label":"ignored"}

        {"ts":1795378446000,"text":"voltou","id":7}
        """.write(toFile: jsonl, atomically: true, encoding: .utf8)
        let csv = directory.path("live.csv")
        try "ts,text,author,id\n2026-11-22T20:14:05Z,sem som,ana,a1\n1795378446000,\"voltou\",,7\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let expected = [
            NewMessage(
                clientID: "a1", eventTime: Timestamp(milliseconds: 1_795_378_445_000), author: "ana", text: "sem som"),
            NewMessage(clientID: "7", eventTime: Timestamp(milliseconds: 1_795_378_446_000), text: "voltou"),
        ]
        #expect(try Recording.read(path: jsonl) == expected)
        #expect(try Recording.read(path: csv) == expected)
    }

    @Test func badRecordsNameTheirLine() throws {
        let directory = try TemporaryDirectory()
        for (name, content, message) in [
            (
                "a.jsonl", "{\"ts\":1795378445000,\"text\":\"ok\"}\n{\"ts\":\"ontem\",\"text\":\"x\"}\n",
                "a.jsonl:2: 'ontem' is not"
            ),
            ("b.jsonl", "{\"ts\":1795378445000}\n", "b.jsonl:1: 'text' must be a string"),
            (
                "f.jsonl", "{\"ts\":1,\"text\":\"x\"}\n",
                "f.jsonl:1: 'ts' must be an RFC 3339 time or epoch milliseconds from 2000"
            ),
            ("c.jsonl", "[1,2]\n", "c.jsonl:1: not a JSON object"),
            ("d.csv", "when,text\n1,x\n", "d.csv:1: the header needs 'ts' and 'text'"),
            ("e.csv", "ts,text\n1,\"open\n", "e.csv:2: "),
        ] {
            let path = directory.path(name)
            try content.write(toFile: path, atomically: true, encoding: .utf8)
            #expect(throws: VigiaError.self) { try Recording.read(path: path) }
            do {
                _ = try Recording.read(path: path)
            } catch {
                #expect(error.message.hasPrefix(path.replacingOccurrences(of: name, with: "") + message), "\(error)")
            }
        }
    }
}
