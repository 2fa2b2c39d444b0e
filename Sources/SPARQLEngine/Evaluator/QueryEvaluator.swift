import Foundation
import RDF
import SPARQLOptimizer
import SPARQLSyntax

/// Evaluates SPARQL 1.1 queries (algebra of §18) over a `QueryableDataset`.
///
///     let data = IndexedDataset(graph: graph)
///     let result = try QueryEvaluator(dataset: data).evaluate(query)
///     if case .solutions(let vars, let stream) = result {
///         while let s = try stream.next() { print(s) }
///     }
///
/// SELECT results stream (evaluated as they are pulled); ASK stops at the
/// first solution; CONSTRUCT and DESCRIBE build the whole graph.
/// - Throws: `QueryEvaluationError` — `.timeout` past `options.deadline`,
///   `.unsupported` for SERVICE, `.datasetLoad` when a FROM graph's loader fails.
public struct QueryEvaluator {
    public let dataset: any QueryableDataset
    public var options: EvaluationOptions

    public init(dataset: any QueryableDataset, options: EvaluationOptions = EvaluationOptions()) {
        self.dataset = dataset
        self.options = options
    }

    /// Evaluates `query` on `dataset` (see the type's documentation).
    public static func evaluate(_ query: Query, on dataset: any QueryableDataset,
                                options: EvaluationOptions = EvaluationOptions()) throws(QueryEvaluationError) -> QueryResult {
        try QueryEvaluator(dataset: dataset, options: options).evaluate(query)
    }

    /// Evaluates `query`.
    public func evaluate(_ query: Query) throws(QueryEvaluationError) -> QueryResult {
        try run(query, analyze: false).result
    }

    /// The plan `query` is evaluated with: optimised from the dataset's
    /// statistics (`QueryOptimizer`), or the algebra as written when
    /// `options.optimize` is false. Queries with FROM / FROM NAMED are
    /// planned on the dataset those build (so the loader runs).
    /// - Throws: `QueryEvaluationError` as `evaluate` (dataset loading).
    public func plan(_ query: Query) throws(QueryEvaluationError) -> QueryPlan {
        planner(for: try assembleDataset(query.dataset))(query.pattern, [])
    }

    /// EXPLAIN: the query's algebra (SSE, `SSEPrinter`) and its plan with
    /// estimated row counts per operator (`QueryPlan.explain`). With
    /// `analyze`, the query also runs to completion (all solutions pulled,
    /// nothing returned) and each operator shows the rows it produced.
    /// IRIs are shortened with the query's prefixes. Deterministic for a
    /// given query and dataset.
    /// - Throws: `QueryEvaluationError` as `evaluate`.
    public func explain(_ query: Query, analyze: Bool = false) throws(QueryEvaluationError) -> String {
        let (result, context, plan, data) = try run(query, analyze: analyze)
        if analyze {
            switch result {
            case .solutions(_, let stream): while try stream.next() != nil {}
            case .boolean, .graph: break
            }
        }
        let estimator = options.optimize ? CardinalityEstimator(statistics: DatasetStatistics(data)) : nil
        let declared = Set(query.prefixes.map(\.prefix))
        let prefixes = query.prefixes + Namespace.standard.filter { !declared.contains($0.prefix) }
        var out = "algebra:\n"
        out += PrefixShortener.shorten(SSEPrinter.format(query), prefixes: prefixes) + "\n"
        out += options.optimize ? "plan:\n" : "plan (not optimised):\n"
        out += plan.explain(estimator: estimator, actualRows: analyze ? context.rowCounts : nil, prefixes: prefixes)
        return out
    }

    /// The plan maker for `data`: the optimiser or the plain translation.
    private func planner(for data: any QueryableDataset) -> (GraphPattern, Set<Variable>) -> QueryPlan {
        if options.optimize {
            let optimizer = QueryOptimizer(statistics: DatasetStatistics(data))
            return { optimizer.optimize($0, bound: $1) }
        }
        return { p, _ in QueryPlan(unoptimized: p) }
    }

    private func run(_ query: Query, analyze: Bool) throws(QueryEvaluationError) -> (result: QueryResult, context: QueryContext, plan: QueryPlan, data: any QueryableDataset) {
        let data = try assembleDataset(query.dataset)
        var functions = FunctionContext(now: options.now ?? QueryEvaluator.currentDateTime(), baseIRI: query.baseIRI ?? options.baseIRI)
        functions.bnodePrefix = data.freshBlankNodePrefix
        functions.nextSolution()
        let context = QueryContext(dataset: data, functions: functions, deadline: options.deadline)
        let planner = planner(for: data)
        let plan = planner(query.pattern, [])
        if analyze { context.rowCounts = Array(repeating: 0, count: plan.operatorCount) }
        let compiler = PlanCompiler(context: context, planner: planner)
        // Allocate the projected variables' slots first (stable layout).
        if case .select(let vars) = query.form { for v in vars { _ = context.slot(v) } }
        let root = try compiler.compile(plan)
        try context.checkDeadline()
        let result: QueryResult
        switch query.form {
        case .select(let vars):
            let it = try root.open(context.emptyRow, .defaultGraph)
            result = .solutions(variables: vars, SolutionStream(variables: vars, slots: vars.map { context.slot($0) }, iterator: it, context: context))
        case .ask:
            let it = try root.open(context.emptyRow, .defaultGraph)
            result = .boolean(try it.next() != nil)
        case .construct(let template):
            let compiled = template.map { ($0.subject, $0.predicate, $0.object) }
            for (s, p, o) in compiled { for x in [s, p, o] { if let v = x.variable { _ = context.slot(v) } } }
            let it = try root.open(context.emptyRow, .defaultGraph)
            result = .graph(try construct(compiled, it, context))
        case .describe(let resources):
            for r in resources { if let v = r.variable { _ = context.slot(v) } }
            let it = try root.open(context.emptyRow, .defaultGraph)
            result = .graph(try describe(resources, it, context))
        }
        return (result, context, plan, data)
    }

    /// CONSTRUCT (§16.2): the template instantiated with each solution;
    /// blank nodes of the template fresh per solution; triples with an
    /// unbound variable, a literal subject or a non-IRI predicate dropped.
    private func construct(_ template: [(TermPattern, TermPattern, TermPattern)], _ it: RowIterator, _ context: QueryContext) throws(QueryEvaluationError) -> [Triple] {
        var graph = Graph()
        var solution = 0
        var used = Set<String>()
        while let row = try it.next() {
            try context.tick()
            var fresh: [BlankNode: BlankNode] = [:]
            func value(_ p: TermPattern) -> Term? {
                switch p {
                case .variable(let v):
                    let id = row[context.slot(v)]
                    return id == 0 ? nil : context.term(id)
                case .term(.blankNode(let b)):
                    if let f = fresh[b] { return .blankNode(f) }
                    var label = "c\(solution)_\(b.id)"
                    while used.contains(label) || context.dataset.id(of: .blankNode(BlankNode(unchecked: label))) != nil { label += "x" }
                    used.insert(label)
                    let f = BlankNode(sanitising: label)
                    fresh[b] = f
                    return .blankNode(f)
                case .term(let t): return t
                }
            }
            for (s, p, o) in template {
                guard let st = value(s), let pt = value(p), let ot = value(o), case .iri(let pi) = pt, !st.isLiteral else { continue }
                graph.insert(Triple(st, pi, ot))
            }
            solution += 1
        }
        return graph.triples
    }

    /// DESCRIBE (§16.4): for each resource, its concise bounded description
    /// in the default graph — the triples with it as subject, and
    /// recursively those of blank-node objects.
    private func describe(_ resources: [TermPattern], _ it: RowIterator, _ context: QueryContext) throws(QueryEvaluationError) -> [Triple] {
        var targets = [TermID]()
        var seenTarget = Set<TermID>()
        for r in resources {
            if case .term(let t) = r, let id = context.dataset.id(of: t), seenTarget.insert(id).inserted { targets.append(id) }
        }
        let vars = resources.compactMap(\.variable).map { context.slot($0) }
        if !vars.isEmpty {
            while let row = try it.next() {
                for s in vars where row[s] != 0 && row[s] & TermID.queryLocalFlag == 0 && seenTarget.insert(row[s]).inserted { targets.append(row[s]) }
            }
        }
        var graph = Graph()
        var visited = Set<TermID>()
        var stack = targets.reversed() as [TermID]
        while let node = stack.popLast() {
            guard visited.insert(node).inserted else { continue }
            try context.tick()
            var c = context.dataset.match(subject: node, predicate: nil, object: nil, in: .defaultGraph)
            while let t = c.next() {
                guard case .iri(let p) = context.term(t.predicate) else { continue }
                let o = context.term(t.object)
                graph.insert(Triple(context.term(t.subject), p, o))
                if o.isBlankNode && !visited.contains(t.object) { stack.append(t.object) }
            }
        }
        return graph.triples
    }

    /// The dataset of the query (§13.2): the one given, or the one built
    /// from FROM (merged into the default graph) and FROM NAMED graphs.
    private func assembleDataset(_ clause: DatasetClause) throws(QueryEvaluationError) -> any QueryableDataset {
        guard !clause.isEmpty else { return dataset }
        let out = IndexedDataset()
        func load(_ iri: IRI) throws(QueryEvaluationError) -> [Triple] {
            if let loader = options.graphLoader {
                do {
                    if let g = try loader(iri) { return g.triples }
                } catch {
                    throw QueryEvaluationError(.datasetLoad, "cannot load <\(iri.value)>: \(error)")
                }
            }
            if let id = dataset.id(of: .iri(iri)), dataset.namedGraphs.contains(id) {
                var triples = [Triple]()
                var c = dataset.match(subject: nil, predicate: nil, object: nil, in: .named(id))
                while let t = c.next() {
                    guard case .iri(let p) = dataset.term(of: t.predicate) else { continue }
                    triples.append(Triple(dataset.term(of: t.subject), p, dataset.term(of: t.object)))
                }
                return triples
            }
            return []
        }
        for iri in clause.defaultGraphs { for t in try load(iri) { out.add(t) } }
        for iri in clause.namedGraphs {
            out.declareNamedGraph(.iri(iri))
            for t in try load(iri) { out.add(t, graph: .iri(iri)) }
        }
        out.finishLoading()
        return out
    }

    /// The current time as an `xsd:dateTime` in UTC with milliseconds.
    static func currentDateTime() -> String {
        let ms = Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
        let secs = ms / 1000
        var days = secs / 86400
        let rem = secs % 86400
        // civil from days (H. Hinnant)
        days += 719468
        let era = (days >= 0 ? days : days - 146096) / 146097
        let doe = days - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        var y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        if m <= 2 { y += 1 }
        func two(_ x: Int64) -> String { x < 10 ? "0\(x)" : "\(x)" }
        let msPart = ms % 1000
        let msText = msPart < 10 ? "00\(msPart)" : msPart < 100 ? "0\(msPart)" : "\(msPart)"
        return "\(y)-\(two(m))-\(two(d))T\(two(rem / 3600)):\(two(rem / 60 % 60)):\(two(rem % 60)).\(msText)Z"
    }
}
