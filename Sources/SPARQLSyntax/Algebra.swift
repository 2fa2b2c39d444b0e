import RDF

// The SPARQL 1.1 algebra (SPARQL 1.1 Query §18). The parser
// (`SPARQLParser`) turns query text into a `Query` whose `pattern` is
// already translated to algebra (§18.2); the engine (`SPARQLEngine`)
// evaluates it (§18.5). This file is the contract between the two.

/// A query variable, without its `?` or `$` sigil (SPARQL 1.1 §4.1.3).
public struct Variable: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let name: String
    public init(_ name: String) { self.name = name }
    public var description: String { "?\(name)" }
    public static func < (l: Variable, r: Variable) -> Bool { l.name < r.name }
}

/// A position in a triple pattern: an RDF term or a variable.
///
/// Blank nodes in a query's WHERE clause are turned into fresh variables
/// by the parser (§18.2.1 treats them as non-distinguished variables), so
/// the engine never sees `.term(.blankNode)` in a pattern to match; in a
/// CONSTRUCT template a blank node means "fresh per solution" (§16.2.1).
public enum TermPattern: Hashable, Sendable, CustomStringConvertible {
    case term(Term)
    case variable(Variable)

    public var description: String {
        switch self {
        case .term(let t): return t.description
        case .variable(let v): return v.description
        }
    }

    public var variable: Variable? { if case .variable(let v) = self { return v } else { return nil } }
    public var term: Term? { if case .term(let t) = self { return t } else { return nil } }
}

/// A triple pattern (§4.1, §18.1.3).
public struct TriplePattern: Hashable, Sendable, CustomStringConvertible {
    public var subject: TermPattern
    public var predicate: TermPattern
    public var object: TermPattern

    public init(_ subject: TermPattern, _ predicate: TermPattern, _ object: TermPattern) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }

    public var description: String { "\(subject) \(predicate) \(object) ." }

    /// The variables of the pattern, in subject-predicate-object order.
    public var variables: [Variable] { [subject, predicate, object].compactMap(\.variable) }
}

/// A property path expression (§9, §18.1.7).
public indirect enum PropertyPath: Hashable, Sendable {
    /// A single IRI (a path of length one).
    case iri(IRI)
    /// `^path` (§9.1 InversePath).
    case inverse(PropertyPath)
    /// `path1 / path2` (SequencePath).
    case sequence(PropertyPath, PropertyPath)
    /// `path1 | path2` (AlternativePath).
    case alternative(PropertyPath, PropertyPath)
    /// `path*` (ZeroOrMorePath).
    case zeroOrMore(PropertyPath)
    /// `path+` (OneOrMorePath).
    case oneOrMore(PropertyPath)
    /// `path?` (ZeroOrOnePath).
    case zeroOrOne(PropertyPath)
    /// `!(iri1 | … | ^iri2 | …)` (NegatedPropertySet): `forward` lists the
    /// excluded IRIs, `inverse` the excluded inverse IRIs.
    case negated(forward: [IRI], inverse: [IRI])
}

/// Aggregate functions (§11, §18.5.1).
public enum Aggregate: Hashable, Sendable {
    /// `COUNT(*)` when `expression` is nil.
    case count(distinct: Bool, Expression?)
    case sum(distinct: Bool, Expression)
    case avg(distinct: Bool, Expression)
    case min(distinct: Bool, Expression)
    case max(distinct: Bool, Expression)
    case sample(distinct: Bool, Expression)
    /// `GROUP_CONCAT(... ; SEPARATOR=s)`; the separator defaults to " ".
    case groupConcat(distinct: Bool, Expression, separator: String)
}

/// An expression (§17, §18.1.6). Built-in calls name their function by
/// `BuiltinFunction` (synonyms resolved: `URI` is `.iri`, `isURI` is
/// `.isIRI`); casts and extension functions use `.function(iri, args)`.
/// Variables the parser generates (blank nodes, path midpoints, aggregate
/// values) have names starting with `.` (`SPARQLParser.isGeneratedVariable`).
public indirect enum Expression: Hashable, Sendable {
    case term(Term)
    case variable(Variable)
    case or(Expression, Expression)
    case and(Expression, Expression)
    case not(Expression)
    case equal(Expression, Expression)
    case notEqual(Expression, Expression)
    case less(Expression, Expression)
    case lessOrEqual(Expression, Expression)
    case greater(Expression, Expression)
    case greaterOrEqual(Expression, Expression)
    case add(Expression, Expression)
    case subtract(Expression, Expression)
    case multiply(Expression, Expression)
    case divide(Expression, Expression)
    case unaryPlus(Expression)
    case unaryMinus(Expression)
    /// `expr IN (list)` / `expr NOT IN (list)` (§17.4.1.9–10).
    case `in`(Expression, [Expression], negated: Bool)
    /// `BOUND(?v)` (§17.4.1.1).
    case bound(Variable)
    /// A built-in call, e.g. `(.regex, [a, b, c])`, `(.if, …)`,
    /// `(.coalesce, …)`, `(.bnode, [])`, `(.concat, …)`.
    case builtin(BuiltinFunction, [Expression])
    /// An IRI function call: an XSD cast (§17.5) or an extension function.
    case function(IRI, [Expression])
    /// `EXISTS { … }` / `NOT EXISTS { … }` (§17.4.1.4, §18.6).
    case exists(GraphPattern, negated: Bool)
    /// A reference to an aggregate computed by the enclosing `.group`
    /// (the translation of §18.2.4.1 replaces aggregates by fresh
    /// variables; this case appears only before that step and in
    /// `GraphPattern.group` aggregate lists).
    case aggregate(Aggregate)
}

/// One ORDER BY condition (§15.1).
public struct OrderCondition: Hashable, Sendable {
    public var expression: Expression
    public var ascending: Bool
    public init(_ expression: Expression, ascending: Bool = true) {
        self.expression = expression
        self.ascending = ascending
    }
}

/// A graph pattern in algebra form (§18.2). Each case names the algebra
/// operator of §18.2 it stands for.
public indirect enum GraphPattern: Hashable, Sendable {
    /// BGP(triples) (§18.2.1).
    case bgp([TriplePattern])
    /// Path(subject, path, object) (§18.2.2.4).
    case path(subject: TermPattern, path: PropertyPath, object: TermPattern)
    /// Join(P1, P2).
    case join(GraphPattern, GraphPattern)
    /// LeftJoin(P1, P2, expr); `expression` is the filter of the OPTIONAL
    /// group, `nil` meaning `true` (§18.2.2.6).
    case leftJoin(GraphPattern, GraphPattern, Expression?)
    /// Filter(expr, P).
    case filter(Expression, GraphPattern)
    /// Union(P1, P2).
    case union(GraphPattern, GraphPattern)
    /// Minus(P1, P2) (§18.5 Minus).
    case minus(GraphPattern, GraphPattern)
    /// Graph(term, P) (§18.2.2.8): `name` is an IRI or a variable.
    case graph(name: TermPattern, GraphPattern)
    /// Extend(P, var, expr) — BIND (§18.2.2.7 / §18.5 Extend).
    case extend(GraphPattern, Variable, Expression)
    /// ToMultiSet(VALUES) — inline data (§18.2.2.8 / §10.2). A `nil`
    /// entry is UNDEF.
    case values(variables: [Variable], rows: [[Term?]])
    /// Group(exprs, P) + aggregation (§18.2.4.1): `keys` are the GROUP BY
    /// expressions, each optionally bound to a variable (`GROUP BY (expr AS ?v)`),
    /// `aggregates` binds each aggregate to a fresh variable. With no
    /// GROUP BY and aggregates present, `keys` is empty (one group).
    case group(GraphPattern, keys: [GroupKey], aggregates: [AggregateBinding])
    /// OrderBy(P, conditions) (§18.2.5.1).
    case orderBy(GraphPattern, [OrderCondition])
    /// Project(P, vars) (§18.2.5.2).
    case project(GraphPattern, [Variable])
    /// Distinct(P).
    case distinct(GraphPattern)
    /// Reduced(P).
    case reduced(GraphPattern)
    /// Slice(P, offset, limit); `limit == nil` means no limit.
    case slice(GraphPattern, offset: Int, limit: Int?)
    /// SERVICE is parsed but not evaluated (out of scope).
    case service(name: TermPattern, GraphPattern, silent: Bool)

    /// The empty group pattern `{}`: one solution with no bindings (Z in §18.2.2).
    public static let empty = GraphPattern.bgp([])
}

/// A GROUP BY key: an expression, bound to `variable` when written
/// `GROUP BY (expr AS ?v)` or when the key is a plain variable (§18.2.4.1).
public struct GroupKey: Hashable, Sendable {
    public var expression: Expression
    public var variable: Variable?
    public init(_ expression: Expression, as variable: Variable? = nil) {
        self.expression = expression
        self.variable = variable
    }
}

/// An aggregate bound to the fresh variable that carries its value out of
/// the group (§18.2.4.1, "Aggregation").
public struct AggregateBinding: Hashable, Sendable {
    public var variable: Variable
    public var aggregate: Aggregate
    public init(_ variable: Variable, _ aggregate: Aggregate) {
        self.variable = variable
        self.aggregate = aggregate
    }
}

/// The dataset clause of a query: `FROM` and `FROM NAMED` IRIs (§13.2).
public struct DatasetClause: Hashable, Sendable {
    public var defaultGraphs: [IRI]
    public var namedGraphs: [IRI]
    public init(defaultGraphs: [IRI] = [], namedGraphs: [IRI] = []) {
        self.defaultGraphs = defaultGraphs
        self.namedGraphs = namedGraphs
    }
    public var isEmpty: Bool { defaultGraphs.isEmpty && namedGraphs.isEmpty }
}

/// The query form and what it returns (§16).
public enum QueryForm: Hashable, Sendable {
    /// SELECT: `variables` are the projected variables in order (for
    /// `SELECT *`, the in-scope variables in order of first appearance).
    case select(variables: [Variable])
    /// CONSTRUCT with its template (blank nodes in the template are
    /// `.term(.blankNode)`, fresh per solution).
    case construct(template: [TriplePattern])
    case ask
    /// DESCRIBE of the listed IRIs and variables.
    case describe(resources: [TermPattern])
}

/// A parsed and translated SPARQL query.
public struct Query: Hashable, Sendable {
    public var form: QueryForm
    /// The algebra expression to evaluate; for SELECT it already includes
    /// group, having, extend, order, project, distinct and slice (§18.2.4–5).
    public var pattern: GraphPattern
    public var dataset: DatasetClause
    /// The base IRI in force at the end of the prologue, if any.
    public var baseIRI: IRI?
    /// Prefixes declared in the prologue, in order.
    public var prefixes: [Namespace]

    public init(form: QueryForm, pattern: GraphPattern, dataset: DatasetClause = DatasetClause(),
                baseIRI: IRI? = nil, prefixes: [Namespace] = []) {
        self.form = form
        self.pattern = pattern
        self.dataset = dataset
        self.baseIRI = baseIRI
        self.prefixes = prefixes
    }
}
