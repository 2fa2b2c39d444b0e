import RDF

/// A syntax or static error in a SPARQL query (SPARQL 1.1 Query §19 grammar,
/// plus the static rules of §18.2 that the W3C suites treat as syntax
/// errors: BIND and SELECT-expression variables already in scope, aggregates
/// outside an aggregate context, ungrouped variables in an aggregate
/// projection, blank-node labels shared by two basic graph patterns, VALUES
/// rows of the wrong length).
///
/// `position` is where the offending token starts (see `SourcePosition`:
/// 1-based line and column in Unicode scalars, 0-based UTF-8 offset).
/// `description` reads e.g. `line 3, column 14: expected '}' but found 'WHERE'`.
public struct SPARQLSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Hashable, Sendable {
        /// A token that the grammar does not allow here. `found` is the token
        /// text (or `end of input`), `expected` what the grammar wanted.
        case unexpectedToken(found: String, expected: String)
        /// A character that starts no token (e.g. `§`, a lone `$`, `\` outside a string or IRI).
        case unexpectedCharacter(String)
        /// A string literal with no closing quote.
        case unterminatedString
        /// An IRI reference (`<…>`) with no closing `>` on the same token.
        case unterminatedIRI
        /// A bad `\` escape, or a `\u`/`\U` escape naming a surrogate or a
        /// value beyond U+10FFFF.
        case invalidEscape(String)
        /// A prefixed name whose prefix no PREFIX declaration bound.
        case undefinedPrefix(String)
        /// An IRI that is not valid after resolution against the base (or a
        /// relative IRI with no base to resolve it against).
        case invalidIRI(String)
        /// A number that does not fit where it is used (LIMIT, OFFSET).
        case invalidNumber(String)
        /// BIND or `(expr AS ?v)` assigns a variable already in scope (§18.2.1, §18.2.4.4).
        case variableAlreadyInScope(String)
        /// An aggregate where none is allowed (WHERE clause, GROUP BY, nested aggregate) (§11).
        case aggregateNotAllowed
        /// A variable projected from an aggregate query that is not a GROUP BY key (§11.4).
        case ungroupedVariable(String)
        /// `SELECT *` in an aggregate query (§11.4 / grammar note 18.2.4.1).
        case selectAllWithGroupBy
        /// A blank-node label used in two basic graph patterns (§4.1.4).
        case blankNodeLabelReused(String)
        /// A built-in call with the wrong number of arguments, e.g. `STRLEN(?a, ?b)`
        /// (§19.8 [121]); `expected` reads `1` or `2 to 3`.
        case wrongArgumentCount(function: String, expected: String, found: Int)
        /// A VALUES row whose length differs from the variable list (§10.2).
        case valuesArity(expected: Int, found: Int)
        /// Groups, brackets, blank-node property lists, collections and
        /// paths nested deeper than `SPARQLParser.maximumNesting` (a
        /// documented limit, so that recursion cannot exhaust the stack).
        case nestingTooDeep(limit: Int)
    }

    public let kind: Kind
    public let position: SourcePosition
    /// The human-readable explanation, without the position.
    public let message: String

    public init(_ kind: Kind, at position: SourcePosition, _ message: String) {
        self.kind = kind
        self.position = position
        self.message = message
    }

    /// `line L, column C: message`.
    public var description: String { "line \(position.line), column \(position.column): \(message)" }
}
