import RDF
import ScratchFile

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
    /// The pages (`schema:WebPage` instances), in IRI order: in memory, or, for an
    /// accumulator that spills, partly in a temporary file (read back as they are listed).
    public let pages: PageList

    /// The Wikidata entity namespace.
    public static let wikidata = "http://www.wikidata.org/entity/"

    /// Counts `graph`; `uriSpace` is the prefix of the dataset's own IRIs.
    public init(_ graph: Graph, uriSpace: String) {
        var accumulator = Accumulator(uriSpace: uriSpace)
        for t in graph { accumulator.add(t) }
        do { self = try accumulator.statistics } catch {
            preconditionFailure("an accumulator that does not spill reads no file: \(error)")
        }
    }

    /// Counts triples one at a time, as an export writes them, so the
    /// statistics need no graph in memory: `add` each distinct triple once,
    /// then read `statistics` (the same as `GraphStatistics(graph, …)` over
    /// those triples).
    ///
    ///     var counts = GraphStatistics.Accumulator(uriSpace: policy.base)
    ///     for t in triples { counts.add(t) }   // each distinct triple once
    ///     let s = counts.statistics
    ///
    /// Distinct subjects, objects, entities and class instances are kept as
    /// 16-byte `Fingerprint`s, not as terms, in a `DistinctCounter`: all in
    /// memory, or, with `spillingAfter`, at most that many in memory and the
    /// rest in sorted runs in a nameless temporary file.
    ///
    /// The pages (`schema:WebPage` instances) are kept as their IRIs' text, all in
    /// memory, or, with `spillingAfter`, at most `pagesInMemory` bytes of them and
    /// the rest in sorted runs in a nameless temporary file (`SortedPairs`).
    ///
    /// - Complexity: `add` is O(bytes of the triple) amortised; memory
    ///   O(distinct terms × 24 bytes + pages, or `spillingAfter` × 24 bytes + `pagesInMemory`,
    ///   + classes + properties).
    public struct Accumulator: Sendable {
        /// The prefix of the dataset's own IRIs.
        public let uriSpace: String
        fileprivate var triples = 0
        /// Distinct subjects (tag 0), objects (1), entities (2), and instances of class i (`classTags`, 3 + i).
        private(set) var distinct: DistinctCounter
        /// By the class's fingerprint: the class, its tag in `distinct`, and its least instance IRI.
        fileprivate var classTags: [Fingerprint: (class: IRI, tag: Int, first: IRI?)] = [:]
        /// Triples per predicate, by the predicate's fingerprint (16 bytes hashed, not its string).
        fileprivate var perProperty: [Fingerprint: (property: IRI, triples: Int)] = [:]
        fileprivate var links: [IRI: Int] = [:]
        fileprivate var languages = Set<String>()
        /// The pages' IRIs (each the key of a pair with an empty value).
        fileprivate var pageList: SortedPairs
        fileprivate var pageCount = 0
        fileprivate let schemaWebPage = Namespace.schema["WebPage"]
        /// The fingerprints of the predicates `add` looks for.
        fileprivate let typeKey = Fingerprint(RDFVocabulary.type)
        fileprivate let inLanguageKey = Fingerprint(Namespace.schema["inLanguage"])

        /// The bytes of page IRIs a spilling accumulator holds in memory.
        public static let pagesInMemory = 2 << 20

        /// An accumulator holding its distinct fingerprints in memory, or at most
        /// `spillingAfter` of them (`DistinctCounter`) and `pagesInMemory` bytes of
        /// page IRIs (`SortedPairs`); the statistics are the same.
        public init(uriSpace: String, spillingAfter memoryLimit: Int? = nil) {
            self.uriSpace = uriSpace
            distinct = DistinctCounter(memoryLimit: memoryLimit ?? .max)
            pageList = SortedPairs(memoryLimit: memoryLimit == nil ? .max : Self.pagesInMemory, prefix: "osce-kg-pages")
        }

        /// Counts `t`; give each distinct triple once.
        public mutating func add(_ t: Triple) {
            triples += 1
            // An entity's triples come together: the subject of the last triple is counted already.
            if lastSubject != t.subject {
                lastSubjectKey = Fingerprint(t.subject)
                lastSubject = t.subject
                distinct.insert(lastSubjectKey, tag: 0)
                if case .iri(let s) = t.subject, s.starts(with: uriSpace) { distinct.insert(lastSubjectKey, tag: 2) }
            }
            let subject = lastSubjectKey
            let object = Fingerprint(t.object)
            distinct.insert(object, tag: 1)
            let predicate = Fingerprint(t.predicate)
            perProperty[predicate, default: (t.predicate, 0)].triples += 1
            let isType = predicate == typeKey
            if isType, case .iri(let c) = t.object {
                let tag: Int
                if let known = classTags[object]?.tag { tag = known } else { tag = 3 + classTags.count; classTags[object] = (c, tag, nil) }
                distinct.insert(subject, tag: tag)
                if case .iri(let i) = t.subject {
                    if let first = classTags[object]?.first, first.value <= i.value {} else { classTags[object]?.first = i }
                }
            }
            if case .iri(let o) = t.object, o.starts(with: GraphStatistics.wikidata) { links[t.predicate, default: 0] += 1 }
            if predicate == inLanguageKey, case .literal(let l) = t.object { languages.insert(l.lexicalForm) }
            if isType, t.object == .iri(schemaWebPage), case .iri(let page) = t.subject {
                pageList.insert(page.value, "")
                pageCount += 1
            }
        }
        /// The last subject counted and its fingerprint (separate fields: no tuple copied per triple).
        fileprivate var lastSubject: Term?
        fileprivate var lastSubjectKey = Fingerprint(Term.iri(IRI(unchecked: "urn:none")))

        /// The statistics of the triples added so far.
        /// - Complexity: O(c log c + p log p + g log g) for c classes, p properties and g pages,
        ///   plus the merge of the spilled fingerprints (`DistinctCounter.counts`).
        /// - Throws: `ScratchFileError` when spilled fingerprints cannot be read back.
        public var statistics: GraphStatistics {
            get throws(ScratchFileError) { GraphStatistics(self, distinct: try distinct.counts(tags: 3 + classTags.count)) }
        }
    }

    private init(_ a: Accumulator, distinct: [Int]) {
        triples = a.triples
        entities = distinct[2]
        classes = a.classTags.count
        properties = a.perProperty.count
        distinctSubjects = distinct[0]
        distinctObjects = distinct[1]
        classEntities = a.classTags.values.map { ($0.class, distinct[$0.tag]) }.sorted { $0.0.value < $1.0.value }
        propertyTriples = a.perProperty.values.map { ($0.property, $0.triples) }.sorted { $0.0.value < $1.0.value }
        wikidataLinks = a.links.map { ($0.key, $0.value) }.sorted { $0.0.value < $1.0.value }
        firstInstance = Dictionary(uniqueKeysWithValues: a.classTags.values.compactMap { c in c.first.map { (c.class, $0) } })
        languages = a.languages.sorted()
        pages = PageList(pairs: a.pageList, count: a.pageCount)
    }

    /// The pages of a graph in IRI order (`String`'s `<` on the IRIs' text), each
    /// once: read from memory or, when they were spilled, from a temporary file.
    public struct PageList: Sendable {
        let pairs: SortedPairs
        /// The number of pages.
        public let count: Int

        /// Calls `body` with each page in order.
        /// - Throws: `ScratchFileError` when spilled pages cannot be read back; `body`'s error.
        public func forEach(_ body: (IRI) throws -> Void) throws {
            var merge = try pairs.merged()
            while let (page, _) = try merge.next() { try body(IRI(unchecked: page)) }
        }

        /// The pages in order, read one at a time.
        public func iterator() throws(ScratchFileError) -> Iterator { Iterator(merge: try pairs.merged()) }

        /// The pages in order, one at a time (`next()` may throw `ScratchFileError`).
        public struct Iterator: Sendable {
            var merge: SortedPairs.Merge
            /// The next page, or `nil` after the last.
            public mutating func next() throws(ScratchFileError) -> IRI? {
                try merge.next().map { IRI(unchecked: $0.key) }
            }
        }

        /// Every page, in order.
        /// - Throws: `ScratchFileError` when spilled pages cannot be read back.
        public func all() throws(ScratchFileError) -> [IRI] {
            var out: [IRI] = []
            var pages = try iterator()
            while let page = try pages.next() { out.append(page) }
            return out
        }
    }
}
