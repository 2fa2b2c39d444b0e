import RDF

/// N-Triples and N-Quads lines, byte for byte as Raptor 2.0.15's `ntriples`
/// and `nquads` serializers write them, encoded here without making a
/// Raptor term per triple.
///
///     var encoder = NTriplesEncoder(syntax: .ntriples)
///     try encoder.encode(Triple(a, RDFVocabulary.type, c), graph: nil)
///     encoder.line   // the bytes of `<http://ex.org/a> <…#type> <http://ex.org/C> .\n`
///
/// Raptor's rules (`raptor_statement_ntriples_write`, `raptor_term_escaped_write`
/// and `raptor_string_escaped_write` in raptor 2.0.15's `raptor_escaped.c`):
/// - terms are separated by one space, the line ends with ` .\n`; the graph
///   term follows the object in N-Quads (a quad of the default graph has none);
/// - an IRI is `<…>`, its ASCII characters as they are (the term checks
///   leave none that needs an escape) and every other character as
///   `\uXXXX` (below U+10000) or `\UXXXXXXXX`, upper-case hexadecimal;
/// - a literal is `"…"`, with `"` and `\` escaped by a backslash, TAB, LF
///   and CR as `\t`, `\n`, `\r`, other C0 controls and DEL as `\u00XX`,
///   non-ASCII characters as for IRIs; then `@tag` as stored, or `^^<datatype>`
///   when the datatype is not `xsd:string` (and there is no tag);
/// - a blank node is `_:label`, the label as given.
/// `NTriplesEncoderTests` compare this encoder with Raptor's serializers over
/// every class of character. Raptor cuts a literal or IRI at U+FFFE or
/// U+FFFF (its UTF-8 decoder refuses those two code points and the escaping
/// stops there, silently), and its parsers refuse `\uFFFE` and `\uFFFF`; so
/// a term holding one throws (`TermCheck`, as on the way to Raptor) before
/// any byte of its line is kept.
///
/// Every term passes the same checks as on the way to Raptor (`TermCheck`),
/// and throws the same `RaptorError` (`.invalidTerm`).
///
/// - Complexity: O(bytes of the line); the subject, predicate and graph of
///   the previous line are reused when they repeat (an entity's triples come
///   together), and each datatype IRI is encoded once.
struct NTriplesEncoder {
    /// `.ntriples` or `.nquads`.
    let syntax: RDFSyntax
    /// The line built by the last `encode`, newline included.
    private(set) var line: [UInt8] = []

    // The last subject, predicate and graph name, and their bytes.
    private var lastSubject: Term?
    private var lastSubjectBytes: [UInt8] = []
    private var lastPredicate: IRI?
    private var lastPredicateBytes: [UInt8] = []
    private var lastGraph: Term?
    private var lastGraphBytes: [UInt8] = []
    /// The last language tag that passed `TermCheck.literal`.
    private var lastLanguage: String?
    /// `xsd:string` and `rdf:langString`, held here (not read from globals per literal).
    private let xsdString = XSD.string, langString = RDFVocabulary.langString
    /// `^^<datatype>` by datatype IRI, checked.
    private var datatypeSuffixes: [IRI: [UInt8]] = [:]

    init(syntax: RDFSyntax) {
        precondition(syntax == .ntriples || syntax == .nquads, "NTriplesEncoder writes N-Triples and N-Quads only")
        self.syntax = syntax
        line.reserveCapacity(256)
    }

    /// Makes `line` the N-Triples (or N-Quads, with `graph`) line of `triple`.
    /// - Throws: `RaptorError` of kind `.invalidTerm` (see `TermCheck`).
    mutating func encode(_ triple: Triple, graph: Term?) throws(RaptorError) {
        // The buffers are taken out of `self` while the term encoders (which update the caches) run.
        var out: [UInt8] = []
        swap(&out, &line)
        defer { swap(&out, &line) }
        out.removeAll(keepingCapacity: true)
        if lastSubject != triple.subject {
            lastSubjectBytes = try termBytes(triple.subject)
            lastSubject = triple.subject
        }
        out.append(contentsOf: lastSubjectBytes)
        out.append(0x20)
        if lastPredicate != triple.predicate {
            lastPredicateBytes = try termBytes(.iri(triple.predicate))
            lastPredicate = triple.predicate
        }
        out.append(contentsOf: lastPredicateBytes)
        out.append(0x20)
        try appendTerm(triple.object, to: &out)
        if let graph, syntax == .nquads {
            out.append(0x20)
            if lastGraph != graph {
                lastGraphBytes = try termBytes(graph)
                lastGraph = graph
            }
            out.append(contentsOf: lastGraphBytes)
        }
        out.append(0x20)
        out.append(UInt8(ascii: "."))
        out.append(0x0A)
    }

    /// The bytes of one term (kept for the next line).
    private mutating func termBytes(_ term: Term) throws(RaptorError) -> [UInt8] {
        var bytes: [UInt8] = []
        try appendTerm(term, to: &bytes)
        return bytes
    }

    /// Any term (a literal subject or graph name is refused by the caller first).
    private mutating func appendTerm(_ term: Term, to out: inout [UInt8]) throws(RaptorError) {
        switch term {
        case .iri(let iri): try appendIRI(iri, to: &out)
        case .blankNode(let b):
            try TermCheck.blankNode(b)
            out.append(UInt8(ascii: "_"))
            out.append(UInt8(ascii: ":"))
            out.append(contentsOf: b.id.utf8)
        case .literal(let l): try appendLiteral(l, to: &out)
        }
    }

    private func appendIRI(_ iri: IRI, to out: inout [UInt8]) throws(RaptorError) {
        try TermCheck.iri(iri, syntax: syntax, role: "IRI")
        out.append(UInt8(ascii: "<"))
        // A checked IRI holds no ASCII character that Raptor escapes.
        Self.appendEscaped(iri.value, literal: false, to: &out)
        out.append(UInt8(ascii: ">"))
    }

    private mutating func appendLiteral(_ literal: Literal, to out: inout [UInt8]) throws(RaptorError) {
        if let language = literal.language {
            if language != lastLanguage {
                try TermCheck.literal(literal, syntax: syntax)
                lastLanguage = language
            }
        } else if literal.datatype == langString {
            try TermCheck.literal(literal, syntax: syntax)
        }
        out.append(0x22)
        if !Self.appendEscaped(literal.lexicalForm, literal: true, to: &out) {
            try TermCheck.literal(literal, syntax: syntax)  // throws: U+0000, U+FFFE, U+FFFF
        }
        out.append(0x22)
        if let language = literal.language {
            out.append(UInt8(ascii: "@"))
            out.append(contentsOf: language.utf8)
        } else if literal.datatype != xsdString {
            if let suffix = datatypeSuffixes[literal.datatype] {
                out.append(contentsOf: suffix)
            } else {
                try TermCheck.iri(literal.datatype, syntax: syntax, role: "datatype IRI")
                var suffix: [UInt8] = [UInt8(ascii: "^"), UInt8(ascii: "^"), UInt8(ascii: "<")]
                Self.appendEscaped(literal.datatype.value, literal: false, to: &suffix)
                suffix.append(UInt8(ascii: ">"))
                datatypeSuffixes[literal.datatype] = suffix
                out.append(contentsOf: suffix)
            }
        }
    }

    /// Appends `text` escaped as Raptor does inside a literal (`literal`) or
    /// an IRI (a checked one: only non-ASCII characters are escaped).
    /// Returns `false`, having stopped, at a U+0000, U+FFFE or U+FFFF (Raptor
    /// would stop there; `TermCheck` refuses such a term).
    @discardableResult
    static func appendEscaped(_ text: String, literal: Bool, to out: inout [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { bytes -> Bool in
            let n = bytes.count
            // Fast path: nothing to escape.
            var clean = true
            for b in bytes where b >= 0x7F || (literal && (b < 0x20 || b == 0x22 || b == 0x5C)) {
                clean = false
                break
            }
            if clean {
                out.append(contentsOf: bytes)
                return true
            }
            var i = 0
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    i += 1
                    if literal {
                        switch b {
                        case 0: return false
                        case 0x22, 0x5C: out.append(0x5C); out.append(b)
                        case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
                        case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
                        case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
                        case 0..<0x20, 0x7F: appendHex(UInt32(b), width: 4, to: &out)
                        default: out.append(b)
                        }
                    } else if b == 0x7F {
                        appendHex(0x7F, width: 4, to: &out)
                    } else {
                        out.append(b)
                    }
                    continue
                }
                // A valid UTF-8 sequence (Swift strings hold nothing else).
                var scalar: UInt32
                var length: Int
                if b < 0xE0 {
                    scalar = UInt32(b & 0x1F); length = 2
                } else if b < 0xF0 {
                    scalar = UInt32(b & 0x0F); length = 3
                } else {
                    scalar = UInt32(b & 0x07); length = 4
                }
                for k in 1..<length { scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F) }
                i += length
                if scalar == 0xFFFE || scalar == 0xFFFF { return false }  // Raptor stops here (see the type's discussion)
                appendHex(scalar, width: scalar < 0x10000 ? 4 : 8, to: &out)
            }
            return true
        }
    }

    /// `\uXXXX` (width 4) or `\UXXXXXXXX` (width 8).
    private static func appendHex(_ value: UInt32, width: Int, to out: inout [UInt8]) {
        out.append(0x5C)
        out.append(width == 4 ? UInt8(ascii: "u") : UInt8(ascii: "U"))
        var shift = (width - 1) * 4
        while shift >= 0 {
            let digit = UInt8(truncatingIfNeeded: (value >> UInt32(shift)) & 0xF)
            out.append(digit < 10 ? 0x30 + digit : 0x41 + digit - 10)  // upper-case, as Raptor
            shift -= 4
        }
    }
}
