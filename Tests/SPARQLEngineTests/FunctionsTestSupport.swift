import RDF
import SPARQLSyntax
@testable import SPARQLEngine

/// Term builders for the function-library tests.
enum FT {
    static let xsd = "http://www.w3.org/2001/XMLSchema#"
    static func s(_ v: String) -> Term { .literal(Literal(v)) }
    static func lang(_ v: String, _ l: String) -> Term { .literal(Literal(v, uncheckedLanguage: l)) }
    static func typed(_ v: String, _ dt: String) -> Term { .literal(Literal(v, datatype: IRI(unchecked: xsd + dt))) }
    static func int(_ v: String) -> Term { typed(v, "integer") }
    static func dec(_ v: String) -> Term { typed(v, "decimal") }
    static func dbl(_ v: String) -> Term { typed(v, "double") }
    static func flt(_ v: String) -> Term { typed(v, "float") }
    static func bool(_ v: Bool) -> Term { .literal(Literal(v)) }
    static func iri(_ v: String) -> Term { .iri(IRI(unchecked: v)) }
    static func bnode(_ v: String) -> Term { .blankNode(BlankNode(unchecked: v)) }
    static func dt(_ v: String) -> Term { typed(v, "dateTime") }

    static func call(_ name: String, _ args: Term...) throws(ExpressionError) -> Term {
        var ctx = FunctionContext(now: "2026-11-29T18:00:00Z", baseIRI: IRI(unchecked: "http://example.org/base/doc"))
        // the parser's lookup: a keyword that is no built-in is unknown
        guard let function = BuiltinFunction(keyword: name) else { throw ExpressionError(.unknownFunction, name) }
        return try FunctionLibrary.call(function, args, &ctx)
    }

    /// The error kind thrown by `body`, or nil when it returns.
    static func errorKind<R>(_ body: () throws -> R) -> ExpressionError.Kind? {
        do { _ = try body(); return nil } catch let e as ExpressionError { return e.kind } catch { return nil }
    }
}
