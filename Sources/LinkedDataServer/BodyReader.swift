import Hummingbird

/// Reads a request body into memory within the request limits: at most
/// `limit` bytes (a `Content-Length` over it is refused before reading),
/// arriving within `timeout` (a client that stalls mid-body is cut off).
enum BodyReader {
    /// The body's bytes.
    /// - Throws: `ServerError` 413 past `limit`, 408 past `timeout`, 400 when the connection fails mid-body.
    static func read(_ body: RequestBody, declaredLength: Int?, limit: Int, timeout: Duration) async throws(ServerError) -> [UInt8] {
        if let declaredLength, declaredLength > limit { throw tooLarge(declaredLength, limit) }
        do {
            return try await withThrowingTaskGroup(of: [UInt8]?.self) { group in
                group.addTask {
                    var bytes: [UInt8] = []
                    for try await chunk in body {
                        if bytes.count + chunk.readableBytes > limit { throw tooLarge(bytes.count + chunk.readableBytes, limit) }
                        bytes.append(contentsOf: chunk.readableBytesView)
                    }
                    return bytes
                }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    return nil
                }
                let first = try await group.next() ?? nil
                group.cancelAll()
                guard let bytes = first else {
                    throw ServerError(.requestTimeout, "the request body did not arrive within \(QueryRunner.seconds(timeout)) s")
                }
                return bytes
            }
        } catch let error as ServerError {
            throw error
        } catch {
            throw ServerError(.badRequest, "the request body could not be read: \(error)")
        }
    }

    private static func tooLarge(_ size: Int, _ limit: Int) -> ServerError {
        ServerError(.contentTooLarge, "the request body is \(size) bytes or more; the most this server reads is \(limit)")
    }
}
