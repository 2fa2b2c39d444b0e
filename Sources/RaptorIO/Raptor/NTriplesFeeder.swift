#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RDF

/// Hands N-Triples and N-Quads input to Raptor in whole lines, and rewrites
/// the one escape Raptor refuses.
///
/// Whole lines. Raptor 2.0.15's N-Triples parser keeps an unfinished line in
/// a buffer that it reallocates, copies and scans again from the line's
/// start for every chunk it is given (`raptor_ntriples_parse_chunk`), so a
/// line of n bytes given in chunks of c bytes costs O(n²/c): a 16 MB literal
/// took 7.5–9.5 s, an 8 MB one 1.4 s. Measured with perf, 67% of the time
/// was that scan loop and 20% the page faults of the copies. The feeder
/// holds back the bytes after the last line end of each chunk and gives
/// Raptor only whole lines (a longer line waits until its end has been
/// read), so every byte reaches Raptor once: O(n). The last line's end is
/// held back too (it opens the next block): when a chunk leaves Raptor no
/// unfinished line, Raptor 2.0.15 keeps its whole buffer and copies it into
/// the next one (a 1M-triple file took minutes), so each block ends inside
/// its last line, which Raptor finishes with the next block.
///
/// `\'`. N-Triples 1.1 [153s] ECHAR allows `\'` in a string, which Raptor
/// refuses ("Illegal string escape"). Inside a string literal of a block
/// (found with a small N-Triples lexer: IRIs, strings, comments), `\'` is
/// replaced by a raw `'`, the same character. The rewrite makes the line one
/// byte shorter, so `adjust(_:)` moves Raptor's positions on such a line
/// back to the columns and byte offsets of the input.
///
/// The grammar. Raptor accepts some lines the N-Triples grammar forbids (no final `.`, a raw CR
/// inside a string, a colon in a blank-node label): every line is checked with `NTriplesGrammar`
/// before its block goes to Raptor, and the first bad line stops the parse (`problem`).
///
/// - Complexity: O(n) time; memory O(longest line + chunk).
struct NTriplesFeeder {
    /// Whether a statement may have a graph label (N-Quads).
    let allowsGraph: Bool
    /// The first line of the input that is not N-Triples (N-Quads), with its position in the
    /// document (1-based line and column in scalars, 0-based byte offset); its block was not given out.
    private(set) var problem: RaptorMessage?
    /// Bytes after the last line end, not yet given to Raptor.
    private var pending: [UInt8] = []
    /// The 1-based line number of the first byte of the next block, counted as Raptor counts (LF, CR, CR LF).
    private var nextLine = 1
    /// Whether the previous block ended in CR (a following LF is then no new line).
    private var endedInCR = false
    /// The byte offset of the next block in the input.
    private var nextOffset = 0
    /// Rewrites of the last block: absolute line, 0-based byte column in the
    /// rewritten line where the raw `'` stands, and the offset in the rewritten input.
    private var rewrites: [(line: Int, column: Int, offset: Int)] = []
    /// Rewrites of the block before: its last line ends in the last block,
    /// where Raptor reports that line's errors.
    private var previousRewrites: [(line: Int, column: Int, offset: Int)] = []
    /// Rewrites of all blocks before those two (each moved later bytes one place back).
    private var earlierRewrites = 0
    /// Where Raptor's input starts in the document: its line 1 is line
    /// `lineBase + 1`, its byte 0 is byte `offsetBase` (non-zero when
    /// `NTriplesReader` read the lines before).
    private let lineBase: Int
    private let offsetBase: Int

    /// A feeder for input starting at `line` (1-based) and byte `offset` of the document.
    init(line: Int = 1, offset: Int = 0, allowsGraph: Bool = false) {
        self.allowsGraph = allowsGraph
        lineBase = line - 1
        offsetBase = offset
        nextLine = line
        nextOffset = offset
    }

    /// The next block for Raptor: the pending bytes and those of `bytes` up
    /// to its last line end (everything when `isEnd`), with `\'` rewritten;
    /// `nil` when no line is complete yet, or when a line is not in the grammar (`problem` says where).
    mutating func block(adding bytes: UnsafeRawBufferPointer, isEnd: Bool) -> [UInt8]? {
        guard problem == nil else { return nil }
        earlierRewrites += previousRewrites.count
        previousRewrites = rewrites
        rewrites.removeAll(keepingCapacity: true)
        let count = bytes.count
        var cut = count
        if !isEnd {
            cut = 0
            if count > 0, let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) {
                var k = count - 1
                while k >= 0 {
                    if base[k] == 0x0A || base[k] == 0x0D { cut = k; break }
                    k -= 1
                }
                // The line ends themselves wait for the next block: a block that ends
                // exactly at a line end leaves Raptor nothing unfinished, and then it
                // never collapses its buffer (it copies all the input so far into
                // every next chunk: O(n²)); ending on the last line's final byte keeps
                // it at one line.
                while cut > 0 && (base[cut - 1] == 0x0A || base[cut - 1] == 0x0D) { cut -= 1 }
            }
            if cut == 0 {
                pending.append(contentsOf: bytes)
                return nil
            }
        }
        var out = pending
        pending = []
        out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[..<cut]))
        if cut < count { pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[cut...])) }
        if let problem = check(out) {
            self.problem = problem
            return nil
        }
        if NTriplesFeeder.hasQuoteEscape(out) { out = rewrite(out) }
        advance(past: out)
        return out
    }

    /// Moves the positions of `messages` (logged by Raptor for the last
    /// block) back to the input's columns and offsets.
    func adjust(_ messages: inout ArraySlice<RaptorMessage>) {
        for i in messages.indices {
            guard var p = messages[i].position else { continue }
            // Raptor's positions count from the start of what it was given.
            p.line += lineBase
            if p.offset > 0 { p.offset += offsetBase }
            var before = earlierRewrites
            var onLine = 0
            for r in previousRewrites + rewrites {
                if r.line == p.line && r.column < p.column { onLine += 1 }
                if r.offset < p.offset { before += 1 }
            }
            if p.column > 0 { p.column += onLine }
            if p.offset > 0 { p.offset += before }
            messages[i].position = p
        }
    }

    /// Whether `bytes` holds a backslash run of odd length followed by `'`.
    static func hasQuoteEscape(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return false }
            let n = b.count
            var i = 0
            while i < n {
                guard let hit = memchr(base + i, 0x5C, n - i) else { return false }
                var j = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                let start = j
                while j < n && base[j] == 0x5C { j += 1 }
                if (j - start) % 2 == 1 && j < n && base[j] == 0x27 { return true }
                i = j
            }
            return false
        }
    }

    /// `bytes` with every `\'` inside a string literal replaced by `'`,
    /// recording each rewrite. Outside strings (in an IRI, a comment, or
    /// between terms) `\'` is left for Raptor to refuse.
    private mutating func rewrite(_ bytes: [UInt8]) -> [UInt8] {
        enum State { case between, iri, string, comment }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var state = State.between
        var line = nextLine
        var lineStart = 0 // index in `out` of the current line's first byte
        var afterCR = endedInCR
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D {
                if !(b == 0x0A && afterCR) { line += 1 }
                afterCR = b == 0x0D
                out.append(b)
                lineStart = out.count
                state = .between
                i += 1
                continue
            }
            afterCR = false
            switch state {
            case .between:
                if b == UInt8(ascii: "<") { state = .iri } else if b == UInt8(ascii: "\"") { state = .string } else if b == UInt8(ascii: "#") { state = .comment }
            case .iri:
                if b == UInt8(ascii: ">") { state = .between } else if b == 0x5C, i + 1 < n, bytes[i + 1] != 0x0A, bytes[i + 1] != 0x0D {
                    out.append(b)
                    out.append(bytes[i + 1])
                    i += 2
                    continue
                }
            case .string:
                if b == UInt8(ascii: "\"") {
                    state = .between
                } else if b == 0x5C, i + 1 < n, bytes[i + 1] != 0x0A, bytes[i + 1] != 0x0D {
                    if bytes[i + 1] == 0x27 {
                        rewrites.append((line, out.count - lineStart, nextOffset + out.count))
                        out.append(0x27)
                    } else {
                        out.append(b)
                        out.append(bytes[i + 1])
                    }
                    i += 2
                    continue
                }
            case .comment:
                break
            }
            out.append(b)
            i += 1
        }
        return out
    }

    /// The first line of `block` (the next block, before any rewrite) that `NTriplesGrammar`
    /// refuses, as an error at its document position.
    private func check(_ block: [UInt8]) -> RaptorMessage? {
        // Where `block` starts in the input: `nextOffset` counts the rewritten bytes given out so far.
        let blockOffset = nextOffset + earlierRewrites + previousRewrites.count
        return block.withUnsafeBufferPointer { b -> RaptorMessage? in
            var line = nextLine
            var afterCR = endedInCR
            var start = 0
            for k in 0...b.count {
                let isEnd = k == b.count
                guard isEnd || b[k] == 0x0A || b[k] == 0x0D else { continue }
                if k > start, let (index, message) = NTriplesGrammar.problem(in: UnsafeBufferPointer(rebasing: b[start..<k]), allowsGraph: allowsGraph) {
                    // The column counts scalars: every byte that does not continue a UTF-8 sequence.
                    let column = 1 + b[start..<(start + index)].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                    return RaptorMessage(level: .error, text: message,
                                         position: SourcePosition(line: line, column: column, offset: blockOffset + start + index))
                }
                if isEnd { break }
                if !(b[k] == 0x0A && afterCR) { line += 1 }
                afterCR = b[k] == 0x0D
                start = k + 1
            }
            return nil
        }
    }

    /// Advances the line count and offset past `block` (LF, CR and CR LF each end one line, as Raptor counts).
    private mutating func advance(past block: [UInt8]) {
        var afterCR = endedInCR
        var lines = 0
        block.withUnsafeBufferPointer { b in
            for byte in b {
                if byte == 0x0A {
                    if !afterCR { lines += 1 }
                    afterCR = false
                } else if byte == 0x0D {
                    lines += 1
                    afterCR = true
                } else {
                    afterCR = false
                }
            }
        }
        endedInCR = afterCR
        nextLine += lines
        nextOffset += block.count
    }
}
