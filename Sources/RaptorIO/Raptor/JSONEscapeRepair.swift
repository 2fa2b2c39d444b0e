/// Repairs one fault of Raptor 2.0.15's JSON serializers on the fly: they
/// write characters above U+FFFF as `\U0001F600`, which is not JSON
/// (RFC 8259 §7 allows only `\uXXXX`, with surrogate pairs for such
/// characters), so the JSON reader rejects the document.
///
/// The repair is a byte-level state machine over the serializer's output:
/// a backslash that starts an escape is held until the next byte shows
/// whether it is `\U`; the eight hex digits are then rewritten as
/// `\uD83D\uDE00`. Every other byte passes through unchanged.
struct JSONEscapeRepair {
    private enum Mode { case normal, afterBackslash, digits }
    private var mode = Mode.normal
    private var value: UInt32 = 0
    private var count = 0
    private var held: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0)

    /// Feeds one byte; writes 0–12 bytes to `out` and returns how many.
    mutating func feed(_ byte: UInt8, into out: UnsafeMutableRawBufferPointer) -> Int {
        switch mode {
        case .normal:
            if byte == UInt8(ascii: "\\") {
                mode = .afterBackslash
                return 0
            }
            out[0] = byte
            return 1
        case .afterBackslash:
            if byte == UInt8(ascii: "U") {
                mode = .digits
                value = 0
                count = 0
                return 0
            }
            mode = .normal
            out[0] = UInt8(ascii: "\\")
            out[1] = byte
            return 2
        case .digits:
            let digit: UInt32?
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: digit = nil
            }
            guard let digit else {
                // Not an escape Raptor makes; pass everything through.
                mode = .normal
                var n = 0
                out[n] = UInt8(ascii: "\\"); n += 1
                out[n] = UInt8(ascii: "U"); n += 1
                withUnsafeBytes(of: held) { for k in 0..<count { out[n] = $0[k]; n += 1 } }
                out[n] = byte; n += 1
                return n
            }
            withUnsafeMutableBytes(of: &held) { $0[count] = byte }
            value = value << 4 | digit
            count += 1
            guard count == 8 else { return 0 }
            mode = .normal
            if value > 0xFFFF {
                let v = value - 0x10000
                return JSONEscapeRepair.writeEscape(0xD800 + (v >> 10), out, at: 0) + JSONEscapeRepair.writeEscape(0xDC00 + (v & 0x3FF), out, at: 6) - 0
            }
            return JSONEscapeRepair.writeEscape(value, out, at: 0)
        }
    }

    private static func writeEscape(_ unit: UInt32, _ out: UnsafeMutableRawBufferPointer, at start: Int) -> Int {
        let hex = Array("0123456789ABCDEF".utf8)
        out[start] = UInt8(ascii: "\\")
        out[start + 1] = UInt8(ascii: "u")
        out[start + 2] = hex[Int(unit >> 12 & 0xF)]
        out[start + 3] = hex[Int(unit >> 8 & 0xF)]
        out[start + 4] = hex[Int(unit >> 4 & 0xF)]
        out[start + 5] = hex[Int(unit & 0xF)]
        return 6
    }
}
