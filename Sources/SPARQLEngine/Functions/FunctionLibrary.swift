import RDF

/// The SPARQL 1.1 function library (§17.4) and XSD casts (§17.5), evaluated
/// on argument values that the evaluator has already computed.
///
/// The lazy forms — IF, COALESCE, BOUND, EXISTS, `&&`, `||`, IN/NOT IN — are
/// evaluated by the engine (their arguments must not all be evaluated); it
/// can use `TermValues.effectiveBooleanValue` and `TermValues.equals` for them.
public enum FunctionLibrary {
    /// Calls the built-in function `name` (an upper-case keyword such as
    /// `"STRLEN"`, `"REGEX"`, `"YEAR"`) on evaluated arguments.
    ///
    /// - Throws: `ExpressionError` — `.typeError` for arguments of the wrong
    ///   kind, `.invalidArgument` for a bad regex or language tag,
    ///   `.unknownFunction` when `name` is not a built-in.
    public static func call(_ name: String, _ args: [Term], _ context: inout FunctionContext) throws(ExpressionError) -> Term {
        throw ExpressionError(.unknownFunction, "unknown function \(name)")
    }

    /// Casts `arg` to `datatype` (an XSD constructor function, §17.5).
    /// - Throws: `.typeError` when the cast is not allowed or the value is not
    ///   in the target's lexical space; `.unknownFunction` for an IRI that is not a cast.
    public static func cast(_ datatype: IRI, _ arg: Term) throws(ExpressionError) -> Term {
        throw ExpressionError(.unknownFunction, "unknown function \(datatype)")
    }

    /// Whether `name` is a built-in call this library evaluates.
    public static func isKnownFunction(_ name: String) -> Bool { false }
}
