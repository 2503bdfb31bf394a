import Testing

@testable import VigiaEngine

@Suite struct BoundedQueueTests {
    @Test func offersBeyondCapacityAreRefusedButAnOversizedElementFitsAnEmptyQueue() async {
        let queue = BoundedQueue<Int>(capacity: 10)
        #expect(queue.offer(1, weight: 25))
        #expect(!queue.offer(2, weight: 1))
        #expect(await queue.next() == 1)
        #expect(queue.offer(3, weight: 6))
        #expect(queue.offer(4, weight: 4))
        #expect(!queue.offer(5, weight: 1))
        #expect(queue.depth == 10)
    }

    @Test func aProducerWaitsForRoomAndKeepsItsPlace() async {
        let queue = BoundedQueue<Int>(capacity: 2)
        #expect(queue.offer(1, weight: 2))
        let waiting = Task { await queue.push(2, weight: 2) }
        while !queue.hasWaitingProducers { await Task.yield() }
        // A later offer may not overtake the producer that is waiting.
        #expect(!queue.offer(3, weight: 0))
        #expect(await queue.next() == 1)
        #expect(await waiting.value)
        #expect(await queue.next() == 2)
        #expect(queue.depth == 0)
    }

    @Test func closingReleasesProducersAndDrainsForTheConsumer() async {
        let queue = BoundedQueue<Int>(capacity: 1)
        #expect(queue.offer(1, weight: 1))
        let waiting = Task { await queue.push(2, weight: 1) }
        while !queue.hasWaitingProducers { await Task.yield() }
        queue.close()
        #expect(await waiting.value == false)
        #expect(!queue.offer(3, weight: 0))
        #expect(await queue.next() == 1)
        #expect(await queue.next() == nil)
    }

    @Test func aWaitingConsumerGetsTheNextElement() async {
        let queue = BoundedQueue<String>(capacity: 5)
        let consumer = Task { await queue.next() }
        #expect(queue.offer("a", weight: 1))
        #expect(await consumer.value == "a")
    }

    final class Payload: Sendable {}

    @Test func aConsumedElementIsNotKeptAlive() async {
        let queue = BoundedQueue<Payload>(capacity: 5)
        weak var consumed: Payload?
        do {
            let payload = Payload()
            consumed = payload
            #expect(queue.offer(payload, weight: 1))
            #expect(queue.offer(Payload(), weight: 1))
            _ = await queue.next()
        }
        #expect(consumed == nil)
    }
}
