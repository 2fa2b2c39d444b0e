import Testing
@testable import LinkedDataServer

@Suite struct QueryGateTests {
    actor Log {
        var events: [String] = []
        func add(_ e: String) { events.append(e) }
    }

    /// With one place, the second and third requests wait, and go through in arrival order.
    @Test func oneAtATimeInArrivalOrder() async {
        let gate = QueryGate(limit: 1)
        let log = Log()
        await gate.enter()
        let second = Task { await gate.enter(); await log.add("second"); await gate.leave() }
        while await gate.waitingCount < 1 { await Task.yield() }
        let third = Task { await gate.enter(); await log.add("third"); await gate.leave() }
        while await gate.waitingCount < 2 { await Task.yield() }
        #expect(await log.events.isEmpty)
        await log.add("first")
        await gate.leave()
        await second.value
        await third.value
        #expect(await log.events == ["first", "second", "third"])
        // All places free again: two enters in a row do not wait.
        await gate.enter()
        await gate.leave()
    }
}
