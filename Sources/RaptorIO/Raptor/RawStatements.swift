import CRaptor2

/// The statements of one parsed chunk, copied out of Raptor's terms as
/// bytes (no Swift strings or terms), so that turning them into `Quad`s
/// (`StatementCollector.convert`) can run on another thread while Raptor
/// parses the next chunk.
///
/// Layout of `bytes`, per statement: subject, predicate, object, graph,
/// each a tag byte (`Tag`) and, by tag, length-prefixed byte strings
/// (4-byte little-endian length, then the bytes): an IRI or a blank label
/// (one string), a literal (its text, then its language tag or its
/// datatype IRI when the tag says so). `positions` holds, per statement,
/// Raptor's locator when the statement was reported (line, column, byte;
/// -1 when unknown), for messages about its IRIs.
///
/// - Complexity: O(bytes of the terms) to record and to read.
struct RawStatements {
    enum Tag: UInt8 {
        case none = 0, iri, blank, plainLiteral, languageLiteral, typedLiteral
    }
    private(set) var bytes: [UInt8] = []
    private(set) var positions: [SourcePositionRecord] = []
    var count: Int { positions.count }
    var isEmpty: Bool { positions.isEmpty }

    init() {}

    /// Records `statement`, reported at `locator` (nil when unknown);
    /// `base` moves a known position (Raptor's input started at that many
    /// lines and bytes into the document).
    mutating func append(_ statement: UnsafeMutablePointer<raptor_statement>, locator: UnsafeMutablePointer<raptor_locator>?,
                         base: (lines: Int, bytes: Int) = (0, 0)) {
        let s = statement.pointee
        append(s.subject)
        append(s.predicate)
        append(s.object)
        append(s.graph)
        if let l = locator?.pointee {
            let line = l.line >= 0 ? Int(l.line) + base.lines : Int(l.line)
            let byte = l.byte > 0 ? Int(l.byte) + base.bytes : Int(l.byte)
            positions.append(SourcePositionRecord(line: Int32(truncatingIfNeeded: line), column: Int32(l.column),
                                                  byte: Int32(truncatingIfNeeded: byte)))
        } else {
            positions.append(SourcePositionRecord(line: -1, column: -1, byte: -1))
        }
    }

    private mutating func append(_ term: UnsafeMutablePointer<raptor_term>?) {
        guard let term else { bytes.append(Tag.none.rawValue); return }
        switch term.pointee.type {
        case RAPTOR_TERM_TYPE_URI:
            bytes.append(Tag.iri.rawValue)
            appendURI(term.pointee.value.uri)
        case RAPTOR_TERM_TYPE_BLANK:
            bytes.append(Tag.blank.rawValue)
            let b = term.pointee.value.blank
            appendString(b.string, Int(b.string_len))
        case RAPTOR_TERM_TYPE_LITERAL:
            let l = term.pointee.value.literal
            if l.language_len > 0, let language = l.language {
                bytes.append(Tag.languageLiteral.rawValue)
                appendString(l.string, Int(l.string_len))
                appendString(language, Int(l.language_len))
            } else if let datatype = l.datatype {
                bytes.append(Tag.typedLiteral.rawValue)
                appendString(l.string, Int(l.string_len))
                appendURI(datatype)
            } else {
                bytes.append(Tag.plainLiteral.rawValue)
                appendString(l.string, Int(l.string_len))
            }
        default:
            bytes.append(Tag.none.rawValue)
        }
    }

    private mutating func appendURI(_ uri: OpaquePointer?) {
        var length = 0
        guard let uri, let p = raptor_uri_as_counted_string(uri, &length) else { appendString(UnsafePointer<UInt8>?.none, 0); return }
        appendString(p, length)
    }

    private mutating func appendString(_ p: UnsafeMutablePointer<UInt8>?, _ n: Int) {
        appendString(p.map { UnsafePointer($0) }, n)
    }

    /// Appends a length-prefixed string (`n` bytes at `p`; empty when `p` is nil).
    mutating func appendString(_ p: UnsafePointer<UInt8>?, _ n: Int) {
        let length = p == nil ? 0 : n
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: length).littleEndian) { bytes.append(contentsOf: $0) }
        if let p, length > 0 { bytes.append(contentsOf: UnsafeBufferPointer(start: p, count: length)) }
    }

    // MARK: Writing terms directly (NTriplesReader)

    /// Appends a term's tag and its first string (an IRI, a blank label, a literal's text).
    @inline(__always)
    mutating func appendTerm(_ tag: Tag, _ p: UnsafePointer<UInt8>, _ n: Int) {
        bytes.append(tag.rawValue)
        appendString(p, n)
    }

    /// Appends an absent term (a triple's graph).
    mutating func appendNoTerm() { bytes.append(Tag.none.rawValue) }

    /// Appends a length-prefixed string of the `n` bytes at `p`, ASCII letters lowercased (a language tag).
    mutating func appendLowercased(_ p: UnsafePointer<UInt8>, _ n: Int) {
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: n).littleEndian) { bytes.append(contentsOf: $0) }
        for k in 0..<n {
            let b = p[k]
            bytes.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
    }

    /// Ends a statement whose four terms were appended, read on `line` (column and byte unknown).
    mutating func endStatement(line: Int) {
        positions.append(SourcePositionRecord(line: Int32(truncatingIfNeeded: line), column: -1, byte: -1))
    }

    /// The current end, for `rollBack(to:)`.
    var mark: (bytes: Int, statements: Int) { (bytes.count, positions.count) }

    /// Drops everything appended after `mark`.
    mutating func rollBack(to mark: (bytes: Int, statements: Int)) {
        bytes.removeSubrange(mark.bytes...)
        positions.removeSubrange(mark.statements...)
    }

    /// Empties the buffer, keeping its storage.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        positions.removeAll(keepingCapacity: true)
    }
}

/// A Raptor locator as recorded with a statement.
struct SourcePositionRecord {
    var line: Int32, column: Int32, byte: Int32
}

/// Reads the terms of `RawStatements` back in order.
struct RawStatementReader {
    private let base: UnsafePointer<UInt8>
    private var offset = 0

    init(_ base: UnsafePointer<UInt8>) { self.base = base }

    mutating func tag() -> RawStatements.Tag {
        defer { offset += 1 }
        return RawStatements.Tag(rawValue: base[offset]) ?? .none
    }

    /// The next length-prefixed string, as a pointer into the buffer and a count.
    mutating func string() -> (UnsafePointer<UInt8>, Int) {
        let n = Int(UInt32(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt32.self)))
        defer { offset += 4 + n }
        return (base + offset + 4, n)
    }
}
