import RDF

/// Value semantics of RDF terms in SPARQL expressions: effective boolean
/// value (§17.2.2), the operator mapping of §17.3 (`=`, `<`, arithmetic),
/// sameTerm and the ORDER BY order (§15.1).
public enum TermValues {
    /// Effective boolean value (§17.2.2).
    public static func effectiveBooleanValue(_ t: Term) throws(ExpressionError) -> Bool {
        throw .type("no EBV")
    }
    public static func equals(_ a: Term, _ b: Term) throws(ExpressionError) -> Bool { a == b }
    public static func compare(_ a: Term, _ b: Term) throws(ExpressionError) -> Int { throw .type("incomparable") }
    public static func arithmetic(_ op: ArithmeticOperator, _ a: Term, _ b: Term) throws(ExpressionError) -> Term { throw .type("not numeric") }
    public static func unaryMinus(_ a: Term) throws(ExpressionError) -> Term { throw .type("not numeric") }
    public static func unaryPlus(_ a: Term) throws(ExpressionError) -> Term { throw .type("not numeric") }
    public static func orderCompare(_ a: Term?, _ b: Term?) -> Int { 0 }
    public static func sameTerm(_ a: Term, _ b: Term) -> Bool { a == b }
}
