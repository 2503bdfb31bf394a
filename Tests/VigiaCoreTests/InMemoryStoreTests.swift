import Testing
import VigiaCore
import VigiaTesting

@Suite struct InMemoryStoreTests {
    @Test(arguments: StoreConformance.checks)
    func conformsToTheStoreContract(check: StoreConformance.Check) async throws {
        try await check.run(InMemoryStore())
    }

    @Test(arguments: StoreConformance.accountChecks)
    func conformsToTheAccountsContract(check: StoreConformance.Check) async throws {
        try await check.run(InMemoryStore())
    }

    @Test func messageIDsIncreaseAndSortByTime() {
        var generator = MessageIDGenerator(node: 3)
        let t = Timestamp(milliseconds: 1_767_225_600_000)
        let burst = (0..<3000).map { _ in generator.next(at: t) }
        #expect(burst == burst.sorted() && Set(burst).count == 3000)
        let later = generator.next(at: Timestamp(milliseconds: t.milliseconds + 10))
        #expect(later > burst.last!)
        #expect(MessageIDGenerator.lowerBound(at: t) <= burst[0])
    }
}
