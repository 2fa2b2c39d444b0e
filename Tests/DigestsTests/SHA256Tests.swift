import Testing
import Digests

@Suite struct SHA256Tests {
    static func digest(_ bytes: [UInt8]) -> String {
        var h = SHA256()
        h.update(bytes)
        return h.hexDigest()
    }

    /// FIPS 180-4 examples and the empty message.
    @Test func knownVectors() {
        #expect(Self.digest([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Self.digest(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Self.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(Self.digest([UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Chunks of any size give the same digest as one update (block edges at 55, 56, 64 bytes).
    @Test func chunkingDoesNotMatter() {
        for n in [55, 56, 63, 64, 65, 127, 128, 1000] {
            let bytes = (0..<n).map { UInt8(truncatingIfNeeded: $0 &* 31) }
            var h = SHA256()
            for chunk in stride(from: 0, to: n, by: 7) { h.update(bytes[chunk..<min(n, chunk + 7)]) }
            #expect(h.hexDigest() == Self.digest(bytes), "length \(n)")
        }
    }

    /// Blocks hashed in place from contiguous bytes, across a held partial block of any length,
    /// and bytes with no contiguous storage (gathered first), give the digest of the whole.
    @Test func inPlaceAndGatheredBytesAgree() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }
        let whole = Self.digest(bytes)
        for sizes in [[1, 63, 64, 65, 200, 607], [130, 3, 64, 803], [64, 64, 872], [999, 1]] {
            var h = SHA256()
            var start = 0
            for size in sizes {
                h.update(bytes[start..<(start + size)])
                start += size
            }
            #expect(start == bytes.count)
            #expect(h.hexDigest() == whole, "\(sizes)")
        }
        var gathered = SHA256()
        gathered.update(bytes.lazy.map { $0 })   // no contiguous storage
        #expect(gathered.hexDigest() == whole)
        // The digest of a copy taken halfway is that of the first half; the hasher goes on unchanged.
        var h = SHA256()
        h.update(bytes[0..<500])
        #expect(h.hexDigest() == Self.digest(Array(bytes[0..<500])))
        h.update(bytes[500...])
        #expect(h.hexDigest() == whole)
    }
}
