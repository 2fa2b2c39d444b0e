/// An ordering operator of SPARQL 1.1 §17.3 (XPath op:numeric-less-than,
/// op:numeric-greater-than, fn:compare, op:dateTime-less-than, … and their
/// `<=`/`>=` forms).
public enum ComparisonOperator: Hashable, Sendable {
    case less, lessOrEqual, greater, greaterOrEqual
}
