import Foundation
import RDF
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
        let data = try assembleDataset(query.dataset)
        var functions = FunctionContext(now: options.now ?? QueryEvaluator.currentDateTime(), baseIRI: query.baseIRI ?? options.baseIRI)
        functions.bnodePrefix = data.freshBlankNodePrefix
        functions.nextSolution()
        let context = QueryContext(dataset: data, functions: functions, deadline: options.deadline)
        let compiler = PlanCompiler(context: context)
        // Allocate the projected variables' slots first (stable layout).
        if case .select(let vars) = query.form { for v in vars { _ = context.slot(v) } }
        let root = try compiler.compile(FilterPushdown.rewrite(query.pattern))
        try context.checkDeadline()
        switch query.form {
        case .select(let vars):
            let it = try root.open(context.emptyRow, .defaultGraph)
            return .solutions(variables: vars, SolutionStream(variables: vars, slots: vars.map { context.slot($0) }, iterator: it, context: context))
        case .ask:
            let it = try root.open(context.emptyRow, .defaultGraph)
            return .boolean(try it.next() != nil)
        case .construct(let template):
            let compiled = template.map { ($0.subject, $0.predicate, $0.object) }
            for (s, p, o) in compiled { for x in [s, p, o] { if let v = x.variable { _ = context.slot(v) } } }
            let it = try root.open(context.emptyRow, .defaultGraph)
            return .graph(try construct(compiled, it, context))
        case .describe(let resources):
            for r in resources { if let v = r.variable { _ = context.slot(v) } }
            let it = try root.open(context.emptyRow, .defaultGraph)
            return .graph(try describe(resources, it, context))
        }
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
