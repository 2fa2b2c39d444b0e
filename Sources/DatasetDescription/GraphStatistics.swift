import RDF

/// The VoID statistics of a graph: counts of triples, entities, classes,
/// properties, distinct subjects and objects, the class and property
/// partitions, and the links to Wikidata.
///
///     let s = GraphStatistics(graph, uriSpace: "https://w3id.org/osce-kg/resource/")
///     s.triples          // graph.count
///     s.classEntities    // [schema:NewsArticle: 17, …]
///
/// Unit: every count is a number of distinct terms or triples
/// (`xsd:integer` in VoID).
///
/// - Complexity: O(n) time and memory in the n triples (hash sets).
///
/// Source: W3C VoID §4.5 (statistics), §4.6 (partitions), §5 (linksets).
public struct GraphStatistics: Sendable {
    /// `void:triples`.
    public let triples: Int
    /// `void:entities`: distinct IRI subjects in the URI space.
    public let entities: Int
    /// `void:classes`: distinct objects of `rdf:type`.
    public let classes: Int
    /// `void:properties`: distinct predicates.
    public let properties: Int
    /// `void:distinctSubjects`.
    public let distinctSubjects: Int
    /// `void:distinctObjects`.
    public let distinctObjects: Int
    /// Distinct instances per class (class partitions' `void:entities`), sorted by class IRI.
    public let classEntities: [(class: IRI, entities: Int)]
    /// Triples per predicate (property partitions' `void:triples`), sorted by property IRI.
    public let propertyTriples: [(property: IRI, triples: Int)]
    /// Triples per predicate whose object is a Wikidata entity, sorted by predicate IRI.
    public let wikidataLinks: [(predicate: IRI, triples: Int)]
    /// For each class, its least instance IRI (for `void:exampleResource`).
    public let firstInstance: [IRI: IRI]
    /// The `schema:inLanguage` values, sorted.
    public let languages: [String]
    /// The pages (`schema:WebPage` instances), sorted, with their `schema:url` when they have one.
    public let pages: [(page: IRI, url: IRI?)]

    /// The Wikidata entity namespace.
    public static let wikidata = "http://www.wikidata.org/entity/"

    /// Counts `graph`; `uriSpace` is the prefix of the dataset's own IRIs.
    public init(_ graph: Graph, uriSpace: String) {
        var subjects = Set<Term>(), objects = Set<Term>(), entitySet = Set<IRI>()
        var classInstances: [IRI: Set<Term>] = [:]
        var perProperty: [IRI: Int] = [:]
        var links: [IRI: Int] = [:]
        var languages = Set<String>()
        var urls: [IRI: IRI] = [:]
        let schemaWebPage = Namespace.schema["WebPage"], schemaURL = Namespace.schema["url"]
        let inLanguage = Namespace.schema["inLanguage"]
        for t in graph {
            subjects.insert(t.subject)
            objects.insert(t.object)
            if case .iri(let s) = t.subject, s.starts(with: uriSpace) { entitySet.insert(s) }
            perProperty[t.predicate, default: 0] += 1
            if t.predicate == RDFVocabulary.type, case .iri(let c) = t.object { classInstances[c, default: []].insert(t.subject) }
            if case .iri(let o) = t.object, o.starts(with: GraphStatistics.wikidata) { links[t.predicate, default: 0] += 1 }
            if t.predicate == inLanguage, case .literal(let l) = t.object { languages.insert(l.lexicalForm) }
            if t.predicate == schemaURL, case .iri(let s) = t.subject, case .iri(let u) = t.object { urls[s] = urls[s].map { min($0, u) } ?? u }
        }
        triples = graph.count
        entities = entitySet.count
        classes = classInstances.count
        properties = perProperty.count
        distinctSubjects = subjects.count
        distinctObjects = objects.count
        classEntities = classInstances.map { ($0.key, $0.value.count) }.sorted { $0.0.value < $1.0.value }
        propertyTriples = perProperty.map { ($0.key, $0.value) }.sorted { $0.0.value < $1.0.value }
        wikidataLinks = links.map { ($0.key, $0.value) }.sorted { $0.0.value < $1.0.value }
        var first: [IRI: IRI] = [:]
        for (c, instances) in classInstances {
            first[c] = instances.compactMap { if case .iri(let i) = $0 { return i } else { return nil } }.min { $0.value < $1.value }
        }
        firstInstance = first
        self.languages = languages.sorted()
        let pageIRIs = (classInstances[schemaWebPage] ?? []).compactMap { t -> IRI? in if case .iri(let i) = t { return i } else { return nil } }
        pages = pageIRIs.sorted { $0.value < $1.value }.map { ($0, urls[$0]) }
    }
}
