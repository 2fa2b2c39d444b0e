/// A binary arithmetic operator of SPARQL 1.1 §17.3 (XPath op:numeric-add,
/// op:numeric-subtract, op:numeric-multiply, op:numeric-divide).
public enum ArithmeticOperator: Hashable, Sendable {
    case add, subtract, multiply, divide
}
