@testable import GraphStoreClient
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// How a transfer error reads in push's "cannot reach the store (…)" line.
@Suite struct TransferErrorTests {
    /// A timeout is said in words with its limit (Linux's own text was "…NSURLErrorDomain error -1001.").
    @Test func timeoutNamesItsLimit() {
        let error = NSError(domain: NSURLErrorDomain, code: NSURLErrorTimedOut)
        #expect(GraphStoreClient.reason(error, timeout: 2) == "no answer within the 2 s timeout")
        #expect(GraphStoreClient.reason(error, timeout: 0.5) == "no answer within the 0.5 s timeout")
    }

    /// Any other error keeps the system's description.
    @Test func otherErrorsKeepTheirText() {
        let error = NSError(domain: NSURLErrorDomain, code: NSURLErrorCannotConnectToHost,
                            userInfo: [NSLocalizedDescriptionKey: "Could not connect to the server"])
        #expect(GraphStoreClient.reason(error, timeout: 2) == "Could not connect to the server")
    }
}
