import GraphStoreClient
import RDF

/// Which graph of the store each part of an export goes to, and whether it
/// replaces that graph or is added to it (`osce-kg push`).
///
/// - `.defaultGraph` / `.graph(IRI)`: the union of every graph of the export
///   goes to the store's default graph or to that graph, added (POST), or,
///   with `replace`, replacing what the graph held (a PUT, then POSTs).
/// - `.perPage`: each named graph of the export goes to the graph of the same
///   name, replacing it, so that pushing a page again replaces that page's
///   graph only. Of the shared graphs, `{base}graph/reference` (the same
///   reference data every time) and `{base}graph/description` (the
///   description of this push) are replaced too, and `{base}graph/entities`
///   (people, posts, holdings, places, which several pages share) is added
///   to, so entities of pages pushed earlier stay; `replace` replaces it as
///   well (for a push of the whole corpus). Triples in the default graph of
///   an RDF input go to the store's default graph, added (replaced with `replace`).
struct PushPlan {
    enum Layout: Equatable {
        case defaultGraph
        case graph(String)
        case perPage
    }

    /// One graph to write.
    struct Step {
        var target: GraphTarget
        var triples: [Triple]
        var replace: Bool
    }

    let steps: [Step]

    /// - Parameter sharedGraph: the graph that `.perPage` adds to rather than replaces (unless `replace`).
    init(_ dataset: Dataset, layout: Layout, replace: Bool, sharedGraph: IRI) {
        switch layout {
        case .defaultGraph, .graph:
            var union = dataset.defaultGraph
            for name in dataset.graphNames { union.insert(contentsOf: dataset.namedGraph(name)) }
            let target: GraphTarget = if case .graph(let iri) = layout { .named(iri) } else { .defaultGraph }
            steps = [Step(target: target, triples: union.triples, replace: replace)]
        case .perPage:
            var steps: [Step] = []
            if !dataset.defaultGraph.isEmpty {
                steps.append(Step(target: .defaultGraph, triples: dataset.defaultGraph.triples, replace: replace))
            }
            for name in dataset.graphNames {
                // A blank-node graph name has no IRI to address in the store: its triples go to the default graph.
                guard case .iri(let iri) = name else {
                    steps.append(Step(target: .defaultGraph, triples: dataset.namedGraph(name).triples, replace: false))
                    continue
                }
                steps.append(Step(target: .named(iri.value), triples: dataset.namedGraph(name).triples,
                                  replace: replace || iri != sharedGraph))
            }
            self.steps = steps
        }
    }

    /// Triples in all the steps.
    var tripleCount: Int { steps.reduce(0) { $0 + $1.triples.count } }
}
