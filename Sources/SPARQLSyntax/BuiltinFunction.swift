/// A SPARQL 1.1 built-in function called by keyword (§17.4, grammar
/// [121] BuiltInCall), other than BOUND, EXISTS / NOT EXISTS, IN and the
/// aggregates, which have their own `Expression` cases.
///
/// The raw value is the keyword in upper case as the grammar writes it;
/// the synonyms URI and isURI are `.iri` and `.isIRI`
/// (`init?(keyword:)`). IF and COALESCE are here too: they are built-in
/// calls whose arguments are evaluated lazily (§17.4.1.2–3).
///
/// Source: SPARQL 1.1 Query §17.4 (Function Definitions), §19.8 [121].
public enum BuiltinFunction: String, CaseIterable, Hashable, Sendable {
    // §17.4.1 functional forms
    case `if` = "IF", coalesce = "COALESCE"
    // §17.4.2 functions on RDF terms
    case isIRI = "ISIRI", isBlank = "ISBLANK", isLiteral = "ISLITERAL", isNumeric = "ISNUMERIC"
    case sameTerm = "SAMETERM", str = "STR", lang = "LANG", datatype = "DATATYPE", iri = "IRI"
    case bnode = "BNODE", strdt = "STRDT", strlang = "STRLANG", uuid = "UUID", struuid = "STRUUID"
    // §17.4.3 functions on strings
    case strlen = "STRLEN", substr = "SUBSTR", ucase = "UCASE", lcase = "LCASE"
    case strstarts = "STRSTARTS", strends = "STRENDS", contains = "CONTAINS"
    case strbefore = "STRBEFORE", strafter = "STRAFTER", encodeForURI = "ENCODE_FOR_URI"
    case concat = "CONCAT", langMatches = "LANGMATCHES", regex = "REGEX", replace = "REPLACE"
    // §17.4.4 functions on numerics
    case abs = "ABS", round = "ROUND", ceil = "CEIL", floor = "FLOOR", rand = "RAND"
    // §17.4.5 functions on dates and times
    case now = "NOW", year = "YEAR", month = "MONTH", day = "DAY", hours = "HOURS"
    case minutes = "MINUTES", seconds = "SECONDS", timezone = "TIMEZONE", tz = "TZ"
    // §17.4.6 hash functions
    case md5 = "MD5", sha1 = "SHA1", sha256 = "SHA256", sha384 = "SHA384", sha512 = "SHA512"

    /// The function named by a keyword in any case, synonyms included
    /// (`uri` → `.iri`, `isURI` → `.isIRI`); nil for any other word.
    public init?(keyword: String) {
        let upper = keyword.uppercased()
        switch upper {
        case "URI": self = .iri
        case "ISURI": self = .isIRI
        default: self.init(rawValue: upper)
        }
    }

    /// The numbers of arguments the grammar allows; nil for CONCAT and
    /// COALESCE, which take any number.
    public var arity: ClosedRange<Int>? {
        switch self {
        case .concat, .coalesce: return nil
        case .rand, .now, .uuid, .struuid: return 0...0
        case .bnode: return 0...1
        case .substr, .regex: return 2...3
        case .replace: return 3...4
        case .if: return 3...3
        case .langMatches, .sameTerm, .strdt, .strlang, .strstarts, .strends, .contains, .strbefore, .strafter:
            return 2...2
        default: return 1...1
        }
    }

    /// Whether two calls with the same arguments give the same value within
    /// one query: false for RAND, BNODE, UUID and STRUUID (fresh per call)
    /// and NOW (fixed per query, but kept in place so rewrites never have
    /// to reason about it).
    public var isDeterministic: Bool {
        switch self {
        case .rand, .bnode, .uuid, .struuid, .now: return false
        default: return true
        }
    }

    /// The keyword as written in lower case (`strlen`), as SSE prints it.
    public var sseName: String { rawValue.lowercased() }
}
