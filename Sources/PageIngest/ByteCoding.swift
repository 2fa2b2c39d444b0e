/// A compact binary encoding of values into bytes, and its reader: the
/// format of `CaptureStore`'s spill records (see `PageCorpus.Capture+Coding`).
///
/// Shape: an unsigned integer is a LEB128 varint (7 bits a byte, low bits
/// first); a signed one is zigzag-mapped first (`0, -1, 1, -2` → `0, 1, 2, 3`);
/// a `Bool` is one byte (0 or 1); a `String` is its UTF-8 byte count (varint)
/// then the bytes; an optional is a presence byte (0 or 1) then the value; an
/// array is its count (varint) then the elements. No field names, no version:
/// the bytes are read back by the same build that wrote them, in the same process.
///
///     var w = ByteWriter()
///     w.write("Vienna"); w.write(-3); w.write(Optional<String>.none)
///     var r = ByteReader(w.bytes)
///     try r.readString()   // "Vienna"
///     try r.readInt()      // -3
///     try r.readOptional { try $0.readString() }   // nil
struct ByteWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func write(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func write(_ value: Int) {
        let v = Int64(value)
        write(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            write(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func write(_ value: String?) { write(value, with: { $0.write($1) }) }
    mutating func write(_ value: Int?) { write(value, with: { $0.write($1) }) }

    /// A presence byte, then `value` written by `body` when present.
    mutating func write<T>(_ value: T?, with body: (inout ByteWriter, T) -> Void) {
        guard let value else { bytes.append(0); return }
        bytes.append(1)
        body(&self, value)
    }

    /// The count, then each element written by `body`.
    mutating func write<T>(_ values: [T], with body: (inout ByteWriter, T) -> Void) {
        write(UInt64(values.count))
        for v in values { body(&self, v) }
    }

    mutating func write(_ values: [String]) { write(values, with: { $0.write($1) }) }
}

/// Reads what `ByteWriter` wrote, in the same order.
///
/// - Throws: `ByteReader.Malformed` (with the byte offset) when the bytes end
///   early or a length, presence byte or enumeration index is out of range:
///   a spill record damaged on disk, never a valid record.
struct ByteReader {
    /// Bytes that are not what `ByteWriter` writes, at `offset` (0-based) of the record.
    struct Malformed: Error, CustomStringConvertible {
        let offset: Int
        let reason: String
        var description: String { "byte \(offset): \(reason)" }
    }

    private let bytes: [UInt8]
    /// The offset of the next byte to read.
    private(set) var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// True when every byte was read.
    var isAtEnd: Bool { offset == bytes.count }

    private mutating func byte() throws(Malformed) -> UInt8 {
        guard offset < bytes.count else { throw Malformed(offset: offset, reason: "the record ends early") }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func readUInt() throws(Malformed) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw Malformed(offset: offset - 1, reason: "a number longer than 64 bits") }
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return value }
            shift += 7
        }
    }

    mutating func readInt() throws(Malformed) -> Int {
        let u = try readUInt()
        return Int(Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1))))
    }

    mutating func readBool() throws(Malformed) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        case let b: throw Malformed(offset: offset - 1, reason: "\(b) is not a Boolean")
        }
    }

    /// A count or length, checked against the bytes left (each element takes one byte at least).
    mutating func readCount() throws(Malformed) -> Int {
        let start = offset
        let n = try readUInt()
        guard n <= UInt64(bytes.count - offset) else { throw Malformed(offset: start, reason: "a length of \(n) beyond the record") }
        return Int(n)
    }

    mutating func readString() throws(Malformed) -> String {
        let n = try readCount()
        defer { offset += n }
        return String(decoding: bytes[offset..<offset + n], as: UTF8.self)
    }

    mutating func readOptionalString() throws(Malformed) -> String? { try readOptional { r throws(Malformed) in try r.readString() } }
    mutating func readOptionalInt() throws(Malformed) -> Int? { try readOptional { r throws(Malformed) in try r.readInt() } }

    /// A presence byte, then the value read by `body` when present.
    mutating func readOptional<T>(_ body: (inout ByteReader) throws(Malformed) -> T) throws(Malformed) -> T? {
        try readBool() ? try body(&self) : nil
    }

    /// A count, then that many elements read by `body`.
    mutating func readArray<T>(_ body: (inout ByteReader) throws(Malformed) -> T) throws(Malformed) -> [T] {
        let n = try readCount()
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try body(&self)) }
        return out
    }

    mutating func readStrings() throws(Malformed) -> [String] { try readArray { r throws(Malformed) in try r.readString() } }

    /// An enumeration case by its index in `cases` (`CaseIterable.allCases`).
    mutating func readCase<C: Collection>(of cases: C) throws(Malformed) -> C.Element where C.Index == Int {
        let start = offset
        let i = try readUInt()
        guard i < UInt64(cases.count) else { throw Malformed(offset: start, reason: "case \(i) of \(cases.count)") }
        return cases[cases.startIndex + Int(i)]
    }
}
