import RDF

/// The checks applied to every term before it reaches a Raptor serializer.
///
/// Each check throws `RaptorError` of kind `.invalidTerm` whose `term` is
/// the offending term in N-Triples form (or the raw text when it cannot be
/// printed as N-Triples).
enum TermCheck {
    static func invalid(_ message: String, term: String) -> RaptorError {
        RaptorError(kind: .invalidTerm, message: message, term: term)
    }

    /// Checks an IRI: `IRI.problem(in:)`, and for the syntaxes whose readers
    /// resolve references (Turtle, RDF/XML), no `.`/`..` path segments.
    static func iri(_ iri: IRI, syntax: RDFSyntax, role: String) throws(RaptorError) {
        if let problem = IRI.problem(in: iri.value) {
            throw invalid("invalid \(role) <\(iri.value)>: \(problem)", term: "<\(iri.value)>")
        }
        if syntax.resolvesReferences, hasDotSegment(iri.value) {
            throw invalid(
                "\(role) <\(iri.value)> has a '.' or '..' path segment, which a \(syntax.rawValue) reader removes (RFC 3986 §5.2.4); write N-Triples or N-Quads instead",
                term: "<\(iri.value)>")
        }
    }

    /// Whether the path of `iri` holds a `.` or `..` segment (RFC 3986 §3.3).
    static func hasDotSegment(_ iri: String) -> Bool {
        // The path starts after "scheme:" and an optional "//authority"; it ends at '?' or '#'.
        var bytes = Substring(iri).utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return false }
        bytes = bytes[bytes.index(after: colon)...]
        if bytes.starts(with: "//".utf8) {
            bytes = bytes.dropFirst(2)
            if let slash = bytes.firstIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) {
                bytes = bytes[slash...]
            } else {
                return false
            }
        }
        if let end = bytes.firstIndex(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) {
            bytes = bytes[..<end]
        }
        for segment in bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
            if segment.elementsEqual(".".utf8) || segment.elementsEqual("..".utf8) { return true }
        }
        return false
    }

    static func blankNode(_ blank: BlankNode) throws(RaptorError) {
        guard BlankNode.isValidLabel(blank.id) else {
            throw invalid("invalid blank node label '\(blank.id)'", term: "_:\(blank.id)")
        }
    }

    static func literal(_ literal: Literal, syntax: RDFSyntax) throws(RaptorError) {
        if let language = literal.language {
            guard Literal.isValidLanguageTag(language) else {
                throw invalid("invalid language tag '\(language)' in \(literal)", term: literal.description)
            }
        }
        var sawControl = false
        for byte in literal.lexicalForm.utf8 where byte < 0x20 {
            if byte == 0 {
                throw invalid("literal \(literal) contains U+0000, which Raptor would cut off", term: literal.description)
            }
            if byte != 0x09 && byte != 0x0A && byte != 0x0D { sawControl = true }
        }
        if sawControl, syntax.isXML {
            throw invalid("literal \(literal) contains a control character that XML 1.0 cannot hold; write Turtle or N-Triples instead", term: literal.description)
        }
        if syntax.isXML, literal.lexicalForm.unicodeScalars.contains(where: { $0.value == 0xFFFE || $0.value == 0xFFFF }) {
            throw invalid("literal \(literal) contains U+FFFE or U+FFFF, which XML 1.0 cannot hold", term: literal.description)
        }
    }

    static func triple(_ triple: Triple, syntax: RDFSyntax) throws(RaptorError) {
        for term in [triple.subject, .iri(triple.predicate), triple.object] {
            switch term {
            case .iri(let i): try iri(i, syntax: syntax, role: "IRI")
            case .blankNode(let b): try blankNode(b)
            case .literal(let l):
                try literal(l, syntax: syntax)
                if l.language == nil, l.datatype != XSD.string { try iri(l.datatype, syntax: syntax, role: "datatype IRI") }
            }
        }
    }

    /// Checks a namespace declaration: the IRI, and a Turtle PN_PREFIX
    /// limited to ASCII (`[A-Za-z][A-Za-z0-9_.-]*`, not ending in `.`), or empty.
    static func namespace(_ ns: Namespace) throws(RaptorError) {
        if let problem = IRI.problem(in: ns.iri) {
            throw invalid("invalid namespace IRI <\(ns.iri)> for prefix '\(ns.prefix)': \(problem)", term: "<\(ns.iri)>")
        }
        guard isValidPrefix(ns.prefix) else {
            throw invalid("invalid namespace prefix '\(ns.prefix)'", term: ns.prefix)
        }
    }

    static func isValidPrefix(_ prefix: String) -> Bool {
        if prefix.isEmpty { return true }
        let bytes = Array(prefix.utf8)
        func letter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
        guard letter(bytes[0]), bytes.last != UInt8(ascii: ".") else { return false }
        return bytes.allSatisfy { letter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }
    }
}

extension RDFSyntax {
    /// Whether the syntax is RDF/XML-based (XML 1.0 character rules apply).
    var isXML: Bool {
        switch self {
        case .rdfxml, .rdfxmlAbbrev, .rdfxmlXMP, .atom, .rss10: return true
        default: return false
        }
    }

    /// Whether reading this syntax resolves IRIs against a base (so dot segments are removed).
    var resolvesReferences: Bool {
        switch self {
        case .turtle, .trig, .rdfxml, .rdfxmlAbbrev, .rdfxmlXMP, .atom, .rss10: return true
        default: return false
        }
    }
}
