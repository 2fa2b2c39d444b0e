import Foundation
import RDF

extension GraphStoreClient {
    /// Writes `triples` to `target` in N-Triples bodies of at most
    /// `chunkLimit` triples (`NTriplesChunks`): with `replace`, the first
    /// body is a PUT (so the graph ends up holding exactly these triples)
    /// and the rest POSTs; otherwise every body is a POST. Replacing with no
    /// triple sends one empty PUT, which empties the graph.
    ///
    /// A failure part-way leaves the bodies already sent in the store.
    /// - Parameter progress: called after each body with the number of triples sent so far.
    /// - Returns: the number of requests that succeeded.
    /// - Throws: `GraphStoreError` from `write(_:mediaType:to:mode:)`.
    @discardableResult
    public func upload(_ triples: [Triple], to target: GraphTarget, replace: Bool, chunkLimit: Int,
                       progress: (Int) -> Void = { _ in }) throws(GraphStoreError) -> Int {
        var mode: GraphWriteMode = replace ? .replace : .add
        var sent = 0
        var requests = 0
        for chunk in NTriplesChunks(triples, limit: chunkLimit) {
            try write(chunk.body, mediaType: Self.nTriples, to: target, mode: mode)
            mode = .add
            sent += chunk.count
            requests += 1
            progress(sent)
        }
        if requests == 0 && replace {
            try write(Data(), mediaType: Self.nTriples, to: target, mode: .replace)
            requests += 1
        }
        return requests
    }
}
