/// An RDF literal (RDF 1.1 Concepts §3.3): a lexical form with a datatype
/// IRI, and a language tag when the datatype is `rdf:langString`.
///
///     Literal("Vienna")                       // "Vienna" (xsd:string)
///     Literal("Wien", language: "de")         // "Wien"@de
///     Literal("2020-05-11", datatype: XSD.date)
///     Literal(100)                            // "100"^^xsd:integer
///
/// The lexical form is kept as given (no canonicalisation); equality is
/// term equality (same lexical form, datatype and language tag).
/// Language tags are stored as written; `init(_:language:)` validates them
/// against BCP 47's basic shape `[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*`.
///
/// Source: RDF 1.1 Concepts §3.3.
public struct Literal: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let lexicalForm: String
    public let datatype: IRI
    /// The language tag, or `nil` when the datatype is not `rdf:langString`.
    public let language: String?

    /// A simple literal (`xsd:string`).
    public init(_ lexicalForm: String) {
        self.lexicalForm = lexicalForm
        self.datatype = XSD.string
        self.language = nil
    }

    /// A typed literal. The lexical form is not checked against the datatype.
    public init(_ lexicalForm: String, datatype: IRI) {
        self.lexicalForm = lexicalForm
        self.datatype = datatype
        self.language = nil
    }

    /// A language-tagged string (`rdf:langString`).
    /// - Throws: `RDFError` of kind `.invalidLanguageTag`.
    public init(_ lexicalForm: String, language: String) throws(RDFError) {
        guard Literal.isValidLanguageTag(language) else {
            throw RDFError(.invalidLanguageTag, "invalid language tag '\(language)'")
        }
        self.lexicalForm = lexicalForm
        self.datatype = RDFVocabulary.langString
        self.language = language
    }

    /// A language-tagged string; the caller guarantees the tag is valid.
    public init(_ lexicalForm: String, uncheckedLanguage language: String) {
        self.lexicalForm = lexicalForm
        self.datatype = RDFVocabulary.langString
        self.language = language
    }

    /// An `xsd:integer` literal in canonical form.
    public init(_ value: Int) {
        self.init(String(value), datatype: XSD.integer)
    }

    /// An `xsd:boolean` literal in canonical form (`true`/`false`).
    public init(_ value: Bool) {
        self.init(value ? "true" : "false", datatype: XSD.boolean)
    }

    /// The one message for a language tag that `isValidLanguageTag` refuses (every reader's).
    public static func languageTagProblem(_ tag: String) -> String {
        "invalid language tag '\(tag)': a tag is letters, then subtags of '-' and 1 to 8 letters or digits (BCP 47; RDF 1.1 LANGTAG)"
    }

    /// Whether `tag` has the basic BCP 47 shape.
    /// - Complexity: O(n) in the UTF-8 bytes of `tag`.
    public static func isValidLanguageTag(_ tag: String) -> Bool {
        var tag = tag
        return tag.withUTF8 { bytes -> Bool in
            var first = true  // in the first subtag (letters only)
            var length = 0  // of the current subtag
            for b in bytes {
                if b == UInt8(ascii: "-") {
                    guard (1...8).contains(length) else { return false }
                    first = false
                    length = 0
                    continue
                }
                let alpha = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                let digit = b >= 0x30 && b <= 0x39
                if !(alpha || (!first && digit)) { return false }
                length += 1
            }
            return (1...8).contains(length)
        }
    }

    /// The literal in N-Triples form, e.g. `"a\"b"@en` or `"5"^^<…#integer>`.
    public var description: String {
        let suffix: String
        if let language { suffix = "@" + language } else if datatype == XSD.string { suffix = "" } else {
            suffix = "^^" + datatype.description
        }
        return quotedLexicalForm + suffix
    }

    /// The lexical form as a quoted N-Triples/Turtle string (N-Triples §7,
    /// Turtle §6.4): `"` and `\` escaped, LF, CR and TAB as `\n \r \t`,
    /// other control characters as `\uXXXX`.
    public var quotedLexicalForm: String {
        // Fast path: nothing to escape (no quote, backslash or control character).
        if !lexicalForm.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) {
            return "\"" + lexicalForm + "\""
        }
        var out = "\""
        out.reserveCapacity(lexicalForm.utf8.count + 2)
        for s in lexicalForm.unicodeScalars {
            switch s {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if s.value < 0x20 || s.value == 0x7F {
                    let hex = String(s.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(s)
                }
            }
        }
        return out + "\""
    }

    public static func < (lhs: Literal, rhs: Literal) -> Bool {
        if lhs.lexicalForm != rhs.lexicalForm { return lhs.lexicalForm.utf8.lexicographicallyPrecedes(rhs.lexicalForm.utf8) }
        if lhs.datatype != rhs.datatype { return lhs.datatype < rhs.datatype }
        return (lhs.language ?? "").utf8.lexicographicallyPrecedes((rhs.language ?? "").utf8)
    }
}
