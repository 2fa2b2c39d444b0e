import RDF

/// The value of a literal as the operators of SPARQL 1.1 §17.3 see it.
enum LiteralValue: Sendable {
    /// A simple literal or xsd:string (identical in RDF 1.1).
    case string(String)
    /// An rdf:langString; the tag is kept as written.
    case langString(String, String)
    case numeric(NumericValue)
    case boolean(Bool)
    case dateTime(XSDDateTime)
    /// An unknown datatype, or a known one with an invalid lexical form (ill-typed).
    case other

    init(_ literal: Literal) {
        if literal.language != nil { self = .langString(literal.lexicalForm, literal.language ?? ""); return }
        let dt = literal.datatype
        if dt == XSD.string { self = .string(literal.lexicalForm); return }
        if dt == XSD.boolean {
            switch literal.lexicalForm {
            case "true", "1": self = .boolean(true)
            case "false", "0": self = .boolean(false)
            default: self = .other
            }
            return
        }
        if dt == XSD.dateTime || dt == XSD.date || dt == XSDTypes.time || dt == XSDTypes.dateTimeStamp {
            if let d = XSDDateTime(literal) { self = .dateTime(d) } else { self = .other }
            return
        }
        if let n = NumericValue(literal) { self = .numeric(n); return }
        self = .other
    }
}
