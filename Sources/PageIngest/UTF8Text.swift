/// Valid UTF-8 bytes read scalar by scalar, at byte offsets (no copy): the tokeniser's view of a
/// paragraph. The bytes are borrowed (from `String.withUTF8`) and must not outlive that call.
///
/// Unit: offsets are 0-based UTF-8 byte offsets; every offset passed in is the first byte of a scalar.
struct UTF8Text {
    let bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var count: Int { bytes.count }

    /// The scalar whose first byte is at `i`, and its length in bytes.
    @inline(__always)
    func scalar(at i: Int) -> (value: UInt32, width: Int) {
        let b = bytes[i]
        if b < 0x80 { return (UInt32(b), 1) }
        if b < 0xE0 { return ((UInt32(b) & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
        if b < 0xF0 {
            return ((UInt32(b) & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        return ((UInt32(b) & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                | UInt32(bytes[i + 3] & 0x3F), 4)
    }

    /// The scalar that ends right before byte `i` (`i > 0`).
    @inline(__always)
    func scalar(before i: Int) -> UInt32 {
        var s = i - 1
        while s > 0 && bytes[s] & 0xC0 == 0x80 { s -= 1 }
        return scalar(at: s).value
    }
}
