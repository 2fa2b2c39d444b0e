// SPARQLOptimizer: the layer between the algebra (SPARQLSyntax) and
// evaluation (SPARQLEngine), as Oxigraph's sparopt sits between spargebra
// and spareval.
//
// CONTRACT. For every query, every dataset and every input binding, the
// optimised plan has the same solutions as the algebra it was made from,
// with the same multiplicities (SPARQL 1.1 §18.5); only the order of
// solutions may differ, and only where the query does not fix it (no
// ORDER BY above). Rewrites never read triples, only the statistics of
// `PlanStatistics`, so an estimate that is wrong makes a plan slower,
// never wrong. Each rewrite states why it keeps the results; the tests run
// the W3C and practice suites with the optimiser on and off and compare.
//
// Rewrites, in order:
//   1. BGP merging (`BGPMerging`): Join(BGP, BGP) → one BGP; Z dropped;
//   2. filter push-down (`FilterPushdown`), including an OPTIONAL's own
//      filter into its right side;
//   3. join order within each BGP from index statistics (`JoinOrder`);
//   4. ORDER BY + LIMIT as a bounded sort (`TopK`).
// All of them read the one "certainly bound" analysis
// (`QueryPlan.certainlyBound`), which the evaluator also uses.
import SPARQLSyntax

/// Turns a query's algebra into a plan (see the contract at the top of
/// this file).
///
///     let plan = QueryOptimizer(statistics: store).optimize(query.pattern)
///     print(plan.explain())
public struct QueryOptimizer {
    /// The statistics join order is chosen from; nil keeps each BGP's
    /// written order.
    public let statistics: (any PlanStatistics)?

    public init(statistics: (any PlanStatistics)?) { self.statistics = statistics }

    /// The optimised plan of `pattern`, evaluated where the variables in
    /// `bound` already have values (empty for a whole query; the outer
    /// variables for an EXISTS pattern).
    /// - Complexity: O(size × depth of the pattern + Σ patterns² per BGP × log n).
    public func optimize(_ pattern: GraphPattern, bound: Set<Variable> = []) -> QueryPlan {
        var plan = QueryPlan(unoptimized: pattern)
        plan = BGPMerging.rewrite(plan)
        plan = FilterPushdown.rewrite(plan)
        if let statistics {
            plan = JoinOrder(estimator: CardinalityEstimator(statistics: statistics)).rewrite(plan, bound: bound, graph: .defaultGraph)
        }
        plan = TopK.rewrite(plan)
        return plan
    }
}
