import Testing
@testable import RDF

/// `UTF8Lead` agrees with the standard library's UTF-8 decoder on every lead byte and
/// every second byte (the only byte whose range depends on the lead).
@Suite struct UTF8LeadTests {
    @Test func leadsAndSecondBytesAgreeWithTheDecoder() {
        for lead in UInt8.min...UInt8.max {
            let demands = UTF8Lead(lead)
            #expect((demands != nil) == (0xC2...0xF4).contains(lead), "lead 0x\(String(lead, radix: 16))")
            guard let demands else { continue }
            for second in UInt8.min...UInt8.max {
                let bytes = [lead, second] + Array(repeating: 0x80, count: demands.continuationCount - 1)
                let decoded = String(validating: bytes, as: UTF8.self) != nil
                #expect(demands.secondByte.contains(second) == decoded, "0x\(String(lead, radix: 16)) 0x\(String(second, radix: 16))")
            }
        }
    }
}
