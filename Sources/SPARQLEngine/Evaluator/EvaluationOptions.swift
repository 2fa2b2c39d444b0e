import RDF

/// Options of one query evaluation.
public struct EvaluationOptions: Sendable {
    /// When set, evaluation stops with `QueryEvaluationError.Kind.timeout`
    /// once this instant has passed (checked every few thousand steps of
    /// every loop, and while results are being pulled).
    public var deadline: ContinuousClock.Instant?
    /// The value of NOW() (§17.4.5.1) as an `xsd:dateTime` lexical form with
    /// timezone; nil means the current time, fixed for the whole query.
    public var now: String?
    /// Loads the graph named by a FROM or FROM NAMED IRI (§13.2). Returning
    /// nil (or no loader) falls back to the named graph of that name in the
    /// dataset being queried; if neither exists, the graph is empty.
    public var graphLoader: (@Sendable (IRI) throws -> Graph?)?
    /// The base IRI used by IRI()/URI() when the query has no BASE.
    public var baseIRI: IRI?
    /// Whether the algebra goes through `QueryOptimizer` (the default);
    /// false evaluates it as written (same results, by the optimiser's
    /// contract: the conformance tests run both ways).
    public var optimize: Bool

    public init(deadline: ContinuousClock.Instant? = nil, now: String? = nil,
                graphLoader: (@Sendable (IRI) throws -> Graph?)? = nil, baseIRI: IRI? = nil, optimize: Bool = true) {
        self.optimize = optimize
        self.deadline = deadline
        self.now = now
        self.graphLoader = graphLoader
        self.baseIRI = baseIRI
    }

    /// Options whose deadline is `seconds` from now.
    public static func timeout(_ seconds: Double) -> EvaluationOptions {
        EvaluationOptions(deadline: .now + .milliseconds(Int64(seconds * 1000)))
    }
}
