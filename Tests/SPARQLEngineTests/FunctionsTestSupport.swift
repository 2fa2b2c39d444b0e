import RDF
import SPARQLSyntax
import TestSupport
@testable import SPARQLEngine

/// The function-library calls of the tests (term builders: `FT` in TestSupport).
extension FT {
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
