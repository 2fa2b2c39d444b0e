import RDF

/// The SPARQL 1.1 Service Description of the endpoint, sent on a GET of
/// `/sparql` without a query: the endpoint, the language (SPARQL 1.1
/// Query only: no Update), the result formats, the union-default-graph
/// feature when it is on, and the default dataset with the size of each graph.
///
/// Shape: `<endpoint> a sd:Service ; sd:endpoint <endpoint> ;
/// sd:supportedLanguage sd:SPARQL11Query ; sd:resultFormat <formats/…> ;
/// sd:defaultDataset _:dataset`; `_:dataset a sd:Dataset ; sd:defaultGraph
/// _:default-graph ; sd:namedGraph _:named-graph-N`; each graph an
/// `sd:Graph` with `void:triples` (xsd:integer); each named graph an
/// `sd:NamedGraph` with `sd:name` and `sd:graph`.
///
/// Source: SPARQL 1.1 Service Description (W3C Rec 2013) §3; W3C Unique
/// URIs for File Formats (`http://www.w3.org/ns/formats/`).
enum ServiceDescription {
    static let sd = Namespace(prefix: "sd", iri: "http://www.w3.org/ns/sparql-service-description#")
    static let formats = Namespace(prefix: "formats", iri: "http://www.w3.org/ns/formats/")

    /// The result formats the endpoint writes (`ResponseFormat`'s tables), by their W3C format IRIs.
    static let resultFormats = ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                                "Turtle", "N-Triples", "JSON-LD", "RDF_XML"]

    static func graph(endpoint: IRI, data: ServedDataset) -> [Triple] {
        var g: [Triple] = []
        let a = RDFVocabulary.type, sd = Self.sd
        func count(_ n: Int) -> Term { .literal(Literal(String(n), datatype: XSD.integer)) }
        g.append(Triple(endpoint, a, sd["Service"]))
        g.append(Triple(endpoint, sd["endpoint"], endpoint))
        g.append(Triple(endpoint, sd["supportedLanguage"], sd["SPARQL11Query"]))
        for name in resultFormats { g.append(Triple(endpoint, sd["resultFormat"], formats[name])) }
        if data.unionDefaultGraph { g.append(Triple(endpoint, sd["feature"], sd["UnionDefaultGraph"])) }
        let dataset = Term.blankNode(BlankNode(unchecked: "dataset"))
        let defaultGraph = Term.blankNode(BlankNode(unchecked: "default-graph"))
        g.append(Triple(.iri(endpoint), sd["defaultDataset"], dataset))
        g.append(Triple(dataset, a, .iri(sd["Dataset"])))
        g.append(Triple(dataset, sd["defaultGraph"], defaultGraph))
        g.append(Triple(defaultGraph, a, .iri(sd["Graph"])))
        g.append(Triple(defaultGraph, Namespace.void["triples"], count(data.store.defaultGraphCount)))
        for (n, id) in data.store.namedGraphs.enumerated() {
            let named = Term.blankNode(BlankNode(unchecked: "named-graph-\(n + 1)"))
            let graph = Term.blankNode(BlankNode(unchecked: "graph-\(n + 1)"))
            g.append(Triple(dataset, sd["namedGraph"], named))
            g.append(Triple(named, a, .iri(sd["NamedGraph"])))
            g.append(Triple(named, sd["name"], data.store.term(of: id)))
            g.append(Triple(named, sd["graph"], graph))
            g.append(Triple(graph, a, .iri(sd["Graph"])))
            g.append(Triple(graph, Namespace.void["triples"], count(data.store.count(subject: nil, predicate: nil, object: nil, in: .named(id)))))
        }
        return g
    }
}
