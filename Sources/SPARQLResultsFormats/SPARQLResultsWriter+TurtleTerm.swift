import RDF
import SPARQLSyntax

extension SPARQLResultsWriter {
    /// A term in Turtle syntax (Turtle §2.5, §6.4): `<iri>` (or `p:local`
    /// when a prefix covers it and the local part is a plain name), `_:label`,
    /// `"…"` with ECHAR escapes (`\t \n \r \" \\`, other controls as
    /// `\uXXXX`), `@lang` or `^^<datatype>`; xsd:integer, xsd:decimal,
    /// xsd:double and xsd:boolean whose lexical form is valid bare Turtle are
    /// written bare.
    public static func turtleTerm(_ t: Term, prefixes: [Namespace]) -> String {
        switch t {
        case .iri(let i): return turtleIRI(i, prefixes: prefixes)
        case .blankNode(let b): return "_:" + b.id
        case .literal(let l):
            let lex = l.lexicalForm
            if l.language == nil {
                switch l.datatype {
                case XSD.integer: if isTurtleInteger(lex) { return lex }
                case XSD.decimal: if isTurtleDecimal(lex) { return lex }
                case XSD.double: if isTurtleDouble(lex) { return lex }
                case XSD.boolean: if lex == "true" || lex == "false" { return lex }
                default: break
                }
            }
            let s = l.quotedLexicalForm
            if let lang = l.language { return s + "@" + lang }
            if l.datatype == XSD.string { return s }
            return s + "^^" + turtleIRI(l.datatype, prefixes: prefixes)
        }
    }

    static func turtleIRI(_ i: IRI, prefixes: [Namespace]) -> String {
        var best: Namespace?
        for ns in prefixes where i.starts(with: ns.iri) && ns.iri.count > (best?.iri.count ?? -1) {
            let local = i.value.dropFirst(ns.iri.count)
            if isPlainLocalName(local) { best = ns }
        }
        if let ns = best { return ns.prefix + ":" + i.value.dropFirst(ns.iri.count) }
        var s = "<"
        for u in i.value.unicodeScalars {
            // Characters IRIREF excludes are written as \u escapes (Turtle §6.4).
            if u.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(u) { s += "\\u" + hex4(u.value) } else { s.unicodeScalars.append(u) }
        }
        return s + ">"
    }

    /// A conservative PN_LOCAL test: letters, digits, `_`, `-`, not starting
    /// with `-`, and non-empty (so that the prefixed name is always valid).
    static func isPlainLocalName(_ s: Substring) -> Bool {
        guard let f = s.unicodeScalars.first, f != "-" else { return false }
        return s.unicodeScalars.allSatisfy { u in
            (u.value >= 0x30 && u.value <= 0x39) || (u.value >= 0x41 && u.value <= 0x5A) || (u.value >= 0x61 && u.value <= 0x7A) || u == "_" || u == "-"
        }
    }

    /// Turtle INTEGER `[+-]?[0-9]+`.
    static func isTurtleInteger(_ s: String) -> Bool {
        var u = Substring(s)
        if u.first == "+" || u.first == "-" { u = u.dropFirst() }
        return !u.isEmpty && u.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// Turtle DECIMAL `[+-]?[0-9]*\.[0-9]+`.
    static func isTurtleDecimal(_ s: String) -> Bool {
        var u = Substring(s)
        if u.first == "+" || u.first == "-" { u = u.dropFirst() }
        let parts = u.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[1].isEmpty else { return false }
        return parts[0].utf8.allSatisfy { $0 >= 48 && $0 <= 57 } && parts[1].utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// Turtle DOUBLE `[+-]?([0-9]+\.[0-9]*EXPONENT|\.[0-9]+EXPONENT|[0-9]+EXPONENT)`.
    static func isTurtleDouble(_ s: String) -> Bool {
        guard let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return false }
        var mant = s[..<e]
        var exp = s[s.index(after: e)...]
        if mant.first == "+" || mant.first == "-" { mant = mant.dropFirst() }
        if exp.first == "+" || exp.first == "-" { exp = exp.dropFirst() }
        guard !exp.isEmpty, exp.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return false }
        let parts = mant.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }) else { return false }
        return parts.contains { !$0.isEmpty }
    }
}
