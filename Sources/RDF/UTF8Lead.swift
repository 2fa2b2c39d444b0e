/// What a UTF-8 lead byte asks of the bytes after it, from the table of
/// well-formed byte sequences (Unicode §3.9, table 3-7): no overlong forms,
/// no surrogates, nothing above U+10FFFF. The one home of that table for
/// every byte validator (`NTriplesReader`, the page reader's `UTF8Validation`).
public struct UTF8Lead: Sendable, Equatable {
    /// The number of continuation bytes that follow (1–3).
    public let continuationCount: Int
    /// The range the first continuation byte must fall in (the later ones: 0x80...0xBF).
    public let secondByte: ClosedRange<UInt8>

    /// The demands of `byte` as a multi-byte lead; `nil` for an ASCII byte,
    /// a continuation byte, or a byte that never occurs in UTF-8 (0xC0, 0xC1, 0xF5–0xFF).
    @inline(__always)
    public init?(_ byte: UInt8) {
        switch byte {
        case 0xC2...0xDF: self.init(1, 0x80...0xBF)
        case 0xE0: self.init(2, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: self.init(2, 0x80...0xBF)
        case 0xED: self.init(2, 0x80...0x9F)
        case 0xF0: self.init(3, 0x90...0xBF)
        case 0xF1...0xF3: self.init(3, 0x80...0xBF)
        case 0xF4: self.init(3, 0x80...0x8F)
        default: return nil
        }
    }

    private init(_ count: Int, _ second: ClosedRange<UInt8>) {
        continuationCount = count
        secondByte = second
    }
}
