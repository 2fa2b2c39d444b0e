import RDF

/// One lexical token of a SPARQL query (SPARQL 1.1 §19.8 terminals).
struct Token: Sendable {
    enum Kind: Equatable, Sendable {
        /// IRIREF, content without `<` `>`, escapes decoded, not yet resolved.
        case iri(String)
        /// PNAME_NS / PNAME_LN: the prefix (without `:`) and the local part (PLX escapes decoded).
        case prefixedName(prefix: String, local: String)
        /// BLANK_NODE_LABEL without `_:`.
        case blankNodeLabel(String)
        /// VAR1 / VAR2 without the sigil.
        case variable(String)
        /// A string literal, escapes decoded.
        case string(String)
        /// LANGTAG without `@`.
        case languageTag(String)
        case integer(String)
        case decimal(String)
        case double(String)
        /// A bare word: a keyword, a built-in function name, `a`, `true`, `false`.
        case word(String)
        /// Punctuation and operators: `{ } ( ) [ ] . ; , * / | ^ ^^ ? + - ! = != < > <= >= && ||`.
        case punct(String)
        /// NIL: `(` WS* `)`.
        case nilToken
        /// ANON: `[` WS* `]`.
        case anon
        case end
    }

    var kind: Kind
    var position: SourcePosition
    /// The source text of the token, for messages.
    var text: String

    /// Whether this is the keyword `word` (case-insensitive; not for `a`).
    func isKeyword(_ word: String) -> Bool {
        if case .word(let w) = kind { return w.uppercased() == word }
        return false
    }

    func isPunct(_ p: String) -> Bool {
        if case .punct(let q) = kind { return q == p }
        return false
    }

    /// The token as quoted in error messages.
    var display: String {
        if case .end = kind { return "end of input" }
        return "'\(text)'"
    }
}
