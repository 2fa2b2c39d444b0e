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
        if Noncharacters.occur(in: iri.value) {
            throw invalid("\(role) <\(Noncharacters.escaped(iri.value))> contains U+FFFE or U+FFFF, which \(syntax.rawValue) cannot hold (Raptor would cut the IRI there)", term: "<\(iri.value)>")
        }
        if syntax.resolvesReferences, hasDotSegment(iri.value) {
            throw invalid(
                "\(role) <\(iri.value)> has a '.' or '..' path segment, which a \(syntax.rawValue) reader removes (RFC 3986 §5.2.4); write N-Triples or N-Quads instead",
                term: "<\(iri.value)>")
        }
    }

    /// Whether the path of `iri` holds a `.` or `..` segment (RFC 3986 §3.3).
    static func hasDotSegment(_ iri: String) -> Bool {
        var value = iri
        return value.withUTF8 { bytes -> Bool in
            let n = bytes.count
            var i = 0
            // Skip the scheme.
            while i < n && bytes[i] != UInt8(ascii: ":") { i += 1 }
            i += 1
            // Skip "//authority".
            if i + 1 < n && bytes[i] == UInt8(ascii: "/") && bytes[i + 1] == UInt8(ascii: "/") {
                i += 2
                while i < n && bytes[i] != UInt8(ascii: "/") && bytes[i] != UInt8(ascii: "?") && bytes[i] != UInt8(ascii: "#") { i += 1 }
            }
            // Walk the path's segments.
            var dots = 0
            var onlyDots = true
            while i <= n {
                let b: UInt8 = i < n ? bytes[i] : UInt8(ascii: "/")
                if b == UInt8(ascii: "/") || b == UInt8(ascii: "?") || b == UInt8(ascii: "#") || i == n {
                    if onlyDots && (dots == 1 || dots == 2) { return true }
                    if b != UInt8(ascii: "/") || i == n { return false }
                    dots = 0
                    onlyDots = true
                } else if b == UInt8(ascii: ".") {
                    dots += 1
                } else {
                    onlyDots = false
                }
                i += 1
            }
            return false
        }
    }

    static func blankNode(_ blank: BlankNode) throws(RaptorError) {
        guard BlankNode.isValidLabel(blank.id) else {
            throw invalid("invalid blank node label '\(blank.id)'", term: "_:\(blank.id)")
        }
    }

    static func literal(_ literal: Literal, syntax: RDFSyntax) throws(RaptorError) {
        if literal.language == nil && literal.datatype == RDFVocabulary.langString {
            throw invalid("literal \(literal) has datatype rdf:langString but no language tag (RDF 1.1 Concepts §3.3)", term: literal.description)
        }
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
        if Noncharacters.occur(in: literal.lexicalForm) {
            throw invalid("literal \(Noncharacters.escaped(literal.description)) contains U+FFFE or U+FFFF, which \(syntax.rawValue) cannot hold (Raptor would cut the literal there)", term: literal.description)
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
