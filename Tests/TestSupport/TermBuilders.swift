import RDF

/// Short builders of RDF terms for tests: `FT.s("a")` is the simple
/// literal "a", `FT.int("1")` an xsd:integer, `FT.lang("x", "en")` a
/// language-tagged string, `FT.iri(…)`, `FT.bnode(…)`.
public enum FT {
    public static let xsd = "http://www.w3.org/2001/XMLSchema#"
    public static func s(_ v: String) -> Term { .literal(Literal(v)) }
    public static func lang(_ v: String, _ l: String) -> Term { .literal(Literal(v, uncheckedLanguage: l)) }
    public static func typed(_ v: String, _ dt: String) -> Term { .literal(Literal(v, datatype: IRI(unchecked: xsd + dt))) }
    public static func int(_ v: String) -> Term { typed(v, "integer") }
    public static func dec(_ v: String) -> Term { typed(v, "decimal") }
    public static func dbl(_ v: String) -> Term { typed(v, "double") }
    public static func flt(_ v: String) -> Term { typed(v, "float") }
    public static func bool(_ v: Bool) -> Term { .literal(Literal(v)) }
    public static func iri(_ v: String) -> Term { .iri(IRI(unchecked: v)) }
    public static func bnode(_ v: String) -> Term { .blankNode(BlankNode(unchecked: v)) }
    public static func dt(_ v: String) -> Term { typed(v, "dateTime") }
}
