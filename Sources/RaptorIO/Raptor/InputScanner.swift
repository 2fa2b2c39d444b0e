#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RDF

/// Looks at each chunk before Raptor does, for input Raptor would accept but
/// read wrongly: U+0000 (raw, or escaped in syntaxes with `\u` escapes),
/// which Raptor cuts literals at, and escaped surrogate code points in the
/// Turtle family, which Raptor accepts (RAPTOR-LIMITS.md).
///
/// A UTF-8 byte order mark at the start of a Turtle, TriG, N-Triples or
/// N-Quads document (their grammars have no place for U+FEFF; Raptor reports
/// a syntax error without a column) is refused at 1:1 with a message that names it.
///
/// It also keeps the line count so a problem can be reported with its
/// position (see `SourcePosition`). An escape cut by the chunk boundary is
/// held back and scanned with the next chunk.
struct InputScanner {
    struct Problem: Error {
        var message: String
        var diagnostic: RaptorMessage
    }

    private enum Escapes { case none, nulOnly, nulAndSurrogates }
    private let escapes: Escapes
    /// The syntax's name, when it is one whose grammar has no byte order mark (see the type).
    private let refusesByteOrderMark: String?
    /// 1-based line of the first byte not yet consumed.
    private var line = 1
    /// Scalars already seen on that line.
    private var column = 0
    private var offset = 0

    init(syntax: RDFSyntax) {
        switch syntax {
        case .turtle, .trig, .ntriples, .nquads: escapes = .nulAndSurrogates
        case .json, .jsonTriples: escapes = .nulOnly
        default: escapes = .none
        }
        refusesByteOrderMark = escapes == .nulAndSurrogates ? syntax.rawValue : nil
    }

    /// Checks `bytes`; returns how many leading bytes may go to Raptor now
    /// (all of them when `isEnd`).
    mutating func scan(_ bytes: UnsafeRawBufferPointer, isEnd: Bool) throws(Problem) -> Int {
        let count = bytes.count
        guard count > 0, let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return 0 }
        var ready = count
        if offset == 0, let name = refusesByteOrderMark, count >= 3 || isEnd {
            if count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF {
                throw problem(at: 0, base, "the file starts with a UTF-8 byte order mark (U+FEFF), which \(name) does not allow: save it as UTF-8 without a BOM")
            }
        }
        if escapes != .none {
            var i = 0
            while i < count {
                guard let hit = memchr(base + i, 0x5C, count - i) else { break }
                let start = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                var j = start
                while j < count && base[j] == 0x5C { j += 1 }
                if (j - start) % 2 == 1 {
                    // base[j] is the escaped character.
                    if j + 9 > count && !isEnd {
                        ready = start
                        break
                    }
                    if j < count {
                        let kind = base[j]
                        let digits = kind == UInt8(ascii: "u") ? 4 : kind == UInt8(ascii: "U") ? 8 : 0
                        if digits > 0, j + digits < count + 1, let value = InputScanner.hex(base + j + 1, digits, limit: count - j - 1) {
                            if value == 0 {
                                throw problem(at: start, base, "the escape \\\(Character(Unicode.Scalar(kind)))\(String(repeating: "0", count: digits)) encodes U+0000, which Raptor would cut the literal at")
                            }
                            if escapes == .nulAndSurrogates && value >= 0xD800 && value <= 0xDFFF {
                                throw problem(at: start, base, "the escape encodes the surrogate code point U+\(String(value, radix: 16, uppercase: true)), which is not a character")
                            }
                        }
                    }
                }
                i = j + 1
            }
        }
        if let nul = memchr(base, 0, ready) {
            throw problem(at: UnsafeRawPointer(nul) - UnsafeRawPointer(base), base, "a NUL byte (U+0000), which Raptor would cut the text at")
        }
        advance(base, ready)
        return ready
    }

    /// The value of `digits` hexadecimal digits at `p` (`nil` when one is not a hex digit or
    /// `digits` exceeds `limit`, the bytes available); shared with `NTriplesReader`'s `\u` escapes.
    static func hex(_ p: UnsafePointer<UInt8>, _ digits: Int, limit: Int) -> UInt32? {
        guard digits <= limit else { return nil }
        var value: UInt32 = 0
        for k in 0..<digits {
            let c = p[k]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: return nil
            }
            value = value << 4 | d
        }
        return value
    }

    private mutating func advance(_ base: UnsafePointer<UInt8>, _ count: Int) {
        var lines = 0
        // Count LF bytes eight at a time (SWAR: a byte of x is zero where the input byte is LF).
        var k = 0
        let raw = UnsafeRawPointer(base)
        while k + 8 <= count {
            let x = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
            let t = ((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x
            lines &+= (~t & 0x8080_8080_8080_8080).nonzeroBitCount
            k += 8
        }
        while k < count {
            lines &+= base[k] == 0x0A ? 1 : 0
            k += 1
        }
        var lineStart = 0
        if lines > 0 {
            line += lines
            column = 0
            var j = count - 1
            while base[j] != 0x0A { j -= 1 }
            lineStart = j + 1
        }
        for k in lineStart..<count where base[k] & 0xC0 != 0x80 { column += 1 }
        offset += count
    }

    private func problem(at index: Int, _ base: UnsafePointer<UInt8>, _ text: String) -> Problem {
        var position = SourcePosition(line: line, column: column + 1, offset: offset + index)
        for k in 0..<index {
            if base[k] == 0x0A {
                position.line += 1
                position.column = 1
            } else if base[k] & 0xC0 != 0x80 {
                position.column += 1
            }
        }
        return Problem(message: text, diagnostic: RaptorMessage(level: .error, text: text, position: position))
    }
}
