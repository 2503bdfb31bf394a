import Testing
import VigiaCore
import VigiaML
import VigiaTesting

@Suite struct ModelFileTests {
    static let model = try! Trainer.train(
        taxonomy: Fixtures.taxonomy, examples: Fixtures.examples(count: 300),
        parameters: TrainingParameters(epochs: 3, dimension: 8, bucketBitsForTests: 14)
    ).model

    @Test func roundTripKeepsMetadataAndPredictions() throws {
        let bytes = ModelFile.encode(Self.model)
        let loaded = try ModelFile.decode(bytes)
        #expect(loaded.metadata == Self.model.metadata)
        #expect(ModelFile.encode(loaded) == bytes)
        for text in ["sem som", "travou", "boa noite", "algo novo"] {
            #expect(loaded.classify(text) == Self.model.classify(text))
        }
    }

    @Test func writesAndReadsFiles() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("toy.vgm")
        try ModelFile.write(Self.model, to: path)
        #expect(try ModelFile.read(from: path).metadata == Self.model.metadata)
        #expect(throws: VigiaError.self) { try ModelFile.read(from: directory.path("missing.vgm")) }
    }

    @Test func metadataRecordsHowTheModelWasMade() {
        let metadata = Self.model.metadata
        #expect(metadata.taxonomy == "toy")
        #expect(metadata.labels == Fixtures.taxonomy.labels)
        #expect(metadata.trainingFingerprint.count == 16)
        #expect(metadata.trainingExamples + metadata.validationExamples == 300)
        #expect(metadata.validation != nil)
        #expect(metadata.temperature > 0)
    }

    @Test func rejectsCorruptedFiles() {
        let bytes = ModelFile.encode(Self.model)
        var flipped = bytes
        flipped[bytes.count / 2] ^= 0x40
        expectCorrupt(flipped, mentioning: "checksum")
        expectCorrupt(Array(bytes.dropLast(7)), mentioning: "")
        expectCorrupt(Array(bytes.prefix(10)), mentioning: "truncated")
        expectCorrupt([], mentioning: "not a Vigia model")
        expectCorrupt(Array("text,label\n".utf8), mentioning: "not a Vigia model")
        var future = bytes
        future[8] = 9
        expectCorrupt(future, mentioning: "version 9")
    }

    private func expectCorrupt(_ bytes: [UInt8], mentioning phrase: String) {
        do {
            _ = try ModelFile.decode(bytes, source: "m.vgm")
            Issue.record("a damaged model was accepted")
        } catch {
            #expect(error.code == .corruptModel)
            #expect(error.message.hasPrefix("m.vgm: "))
            #expect(phrase.isEmpty || error.message.contains(phrase), "\(error.message)")
        }
    }
}
