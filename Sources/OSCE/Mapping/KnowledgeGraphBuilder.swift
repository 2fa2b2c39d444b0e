import RDF
import ScratchFile

/// Accumulates the entities of many pages into one RDF graph, deduplicating
/// them through `IRIPolicy` (the same State, organisation, person, post,
/// place or release gets the same IRI on every page), and returns the graph
/// in a deterministic order.
///
///     var builder = KnowledgeGraphBuilder()          // reference graph included
///     builder.add(release)                            // one per release of each page
///     let graph = builder.build()                     // sorted triples
///
/// The reference graph (the OSCE and its structures, the 68 States, the
/// Chairpersonships, the fields-of-work and meeting-kind schemes, the host
/// cities, the standing posts) is added once, by `init` unless
/// `includeReferenceData` is `false`; see `OSCEReference+RDF.swift`.
///
/// Single-valued properties keep the first value seen for a subject: a later,
/// different label becomes `skos:altLabel` (for `skos:prefLabel`, `schema:name`
/// on places) or `schema:alternateName` (for `foaf:name`); a later, different
/// headline, date, body, text or count is dropped. The first value therefore
/// depends on the order of `add` calls: give pages in a fixed order (e.g.
/// sorted by path) for byte-identical output.
///
/// Post holdings (`PostHolding+RDF.swift`) are the exception: their dates
/// and attesting releases accumulate over every `add`, and `build()` emits
/// them once, after every other triple, sorted by their key, with the
/// Wikidata links of their holders. So the earliest and latest dates do not
/// depend on the order of pages.
///
/// Named graphs (`buildDataset()`): every triple also belongs to exactly one
/// graph, chosen when it is first emitted: the reference data to
/// `{base}graph/reference`; triples about a page's own things (the page, its
/// releases, quotes, person mentions, excerpts and selectors) to the graph
/// named by the page's IRI (the page being added when the triple was first
/// emitted); everything else pages say (people, posts, roles, holdings and
/// their intervals, places, minted organisations and concepts, meetings,
/// Wikidata links, and new labels of reference entities) to
/// `{base}graph/entities`, since those are shared by pages. The union of the
/// graphs is `build()`, each triple once.
///
/// Streaming (`init(policy:includeReferenceData:streaming:)` with `streaming:
/// true`): the builder keeps no graph, only a 16-byte `Fingerprint` of each
/// triple emitted (to emit it once); the caller takes the new triples after
/// each page with `takeEmitted()`, in the order `build()` would list them,
/// and ends with `emitClosingTriples()` (the post holdings and Wikidata
/// links). An export then writes each page's triples as the page is added.
///
/// Page windows (streaming): the fingerprints of page-bound triples (about a
/// page, release, quote, person mention, excerpt or selector: see
/// `pageBoundKinds`) need not be kept for the whole corpus. A caller that
/// knows which pages and releases recur (`PageCorpus.PageAdder`) opens a
/// window per page with `beginPageWindow(retained:)`: in a window that is
/// not retained, page-bound triples and single-valued values are deduplicated
/// in a table dropped when the next window opens, so memory holds only the
/// shared entities' fingerprints, not every triple's. The output is the same
/// as long as no page-bound subject of a window not retained is emitted again
/// in a later window.
/// With `namedGraphs: true` as well, each queued triple keeps the graph it
/// belongs to (the same graph `buildDataset()` would put it in), taken with
/// `takeEmittedQuads()`: N-Quads then stream too, each quad in emission order.
///
/// No blank nodes are created. Strings from pages are emitted as given;
/// empty names produce no entity.
///
/// - Complexity: `add` is O(t) in the triples it emits (amortised hash
///   insertions); `build()` is O(n log n) in the n triples.
///
/// Source: issue 2 "Vocabulary contract"; mapping files `*+RDF.swift`.
public struct KnowledgeGraphBuilder: Sendable {
    /// The IRI policy used to mint every IRI.
    public let policy: IRIPolicy

    var store = Graph()
    /// Whether triples are queued in `emitted` instead of stored (see the type's discussion).
    public let streaming: Bool
    /// Streaming: the fingerprints of the triples emitted so far.
    var seen = Set<Fingerprint>()
    /// Streaming, in a page window not retained: the fingerprints of the
    /// window's page-bound triples (`beginPageWindow(retained:)`).
    var windowSeen = Set<Fingerprint>()
    /// Streaming, in a page window not retained: `functional` for the window's page-bound subjects.
    var windowFunctional: [Fingerprint: Fingerprint] = [:]
    /// Whether page-bound triples go to `windowSeen` and `windowFunctional` (a window not retained is open).
    var windowed = false
    /// Streaming: the triples emitted since the last `takeEmitted()`.
    var emitted: [Triple] = []
    /// Streaming with `namedGraphs`: the graph of each triple of `emitted` (see `tripleGraphs`).
    var emittedGraphs: [Int32] = []
    /// Whether a streaming builder records the graph of each emitted triple (`takeEmittedQuads()`).
    public let namedGraphs: Bool
    /// The graph of each triple of `store`, in the same order: 0 reference,
    /// 1 entities, 2 + i the page `pageGraphs[i]`.
    var tripleGraphs: [Int32] = []
    /// The pages in the order their graphs were opened. Streaming, only the pages
    /// of the triples not yet taken (`takeEmittedQuads()`), the current one first.
    var pageGraphs: [IRI] = []
    var pageGraphIndex: [IRI: Int32] = [:]
    /// The graph of page-bound triples emitted now (see `tripleGraphs`).
    var currentGraph: Int32 = 1
    /// The first value of each single-valued property, by `functionalKey`:
    /// the value's `Fingerprint` (later values are only compared with it), so
    /// an entry is 32 bytes whatever the value (a release's body). `skos:prefLabel`
    /// values are also kept whole in `labels`, for `firstLabel`.
    var functional: [Fingerprint: Fingerprint] = [:]
    var labels: [Fingerprint: Term] = [:]
    var referenceAdded = false
    /// The pages and releases added so far, by fingerprint (16 bytes each, not the IRI's string):
    /// only counted, and a page's triples emitted once. Streaming, those added in a page window
    /// not retained are in `windowPages` and `windowReleases` instead, dropped with the window
    /// (they are never added again), and only counted in `pagesInWindows` and `releasesInWindows`.
    var pages: Set<Fingerprint> = []
    var releases: Set<Fingerprint> = []
    var windowPages: Set<Fingerprint> = []
    var windowReleases: Set<Fingerprint> = []
    var pagesInWindows = 0
    var releasesInWindows = 0
    // Resolution caches: names repeat across pages (issuers, places, fields),
    // and resolving one costs a few look-ups; a cached name has already
    // emitted its triples.
    var organisationCache: [Organisation: IRI] = [:]
    var placeCache: [String: IRI] = [:]
    var fieldCache: [String: IRI] = [:]
    var stateCache: [String: IRI?] = [:]
    var roleCache: [String: Organisation?] = [:]
    /// People by name and honorific as given (`Person+RDF.swift`), once emitted.
    var personCache: [PersonKey: IRI?] = [:]
    /// A person's name and honorific, compared by code points (two spellings
    /// of a name that are canonically equivalent are two keys, as they are two labels).
    struct PersonKey: Hashable, Sendable {
        let name: String
        let honorific: String?

        static func == (a: PersonKey, b: PersonKey) -> Bool {
            guard a.name.utf8.elementsEqual(b.name.utf8) else { return false }
            switch (a.honorific, b.honorific) {
            case (nil, nil): return true
            case let (x?, y?): return x.utf8.elementsEqual(y.utf8)
            default: return false
            }
        }

        func hash(into hasher: inout Hasher) {
            var name = name
            hasher.combine(name.utf8.count)
            name.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            if var honorific { honorific.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) } } else { hasher.combine(0xFF as UInt8) }
        }
    }
    /// The role of each post (by post slug), once emitted.
    var postRoleCache: [String: IRI] = [:]
    /// Post holdings by `{post slug}--{person slug}`, emitted by `build()`.
    var holdings: [String: PostHolding] = [:]
    /// The releases attesting each post holding: (holding key, release IRI). Streaming,
    /// they spill to a temporary file past `holdingReleasesInMemory` bytes.
    var holdingReleases: SortedPairs
    /// The bytes of release IRIs a streaming builder holds in memory for its post holdings.
    static let holdingReleasesInMemory = 2 << 20
    /// What releases say about people's offices (Wikidata links), by person.
    var officeEvidence: [IRI: OfficeEvidence] = [:]
    /// Streaming: the post holdings whose closing triples are still to be queued, in key
    /// order (`emitClosingTriples(atLeast:)`); nil before the first call.
    var closingHoldings: HoldingCursor?
    /// Streaming: whether every closing triple has been queued.
    var closingFinished = false

    /// The key of the single-valued property `p` of `s` in `functional` and `labels`.
    static func functionalKey(_ s: IRI, _ p: IRI) -> Fingerprint { Fingerprint(.iri(s), p) }

    /// A builder minting IRIs with `policy`.
    /// - Parameters:
    ///   - includeReferenceData: whether to add the reference graph now.
    ///   - streaming: keep no graph; queue each new triple for `takeEmitted()`
    ///     (then `build()`, `graph` and `buildDataset()` are empty, `tripleCount` 0).
    ///   - namedGraphs: streaming, also queue each new triple's graph, for `takeEmittedQuads()`.
    public init(policy: IRIPolicy = IRIPolicy(), includeReferenceData: Bool = true, streaming: Bool = false,
                namedGraphs: Bool = false) {
        self.policy = policy
        self.streaming = streaming
        self.namedGraphs = streaming && namedGraphs
        holdingReleases = SortedPairs(memoryLimit: streaming ? Self.holdingReleasesInMemory : .max, prefix: "osce-kg-holdings")
        if includeReferenceData { addReferenceData() }
    }

    /// The number of distinct triples `build()` would return now.
    /// - Complexity: O(h log h) in the h post holdings.
    public var tripleCount: Int { holdings.isEmpty && officeEvidence.isEmpty ? store.count : build().count }

    /// The number of distinct releases and pages added so far.
    public var releaseCount: Int { releases.count + releasesInWindows }
    public var pageCount: Int { pages.count + pagesInWindows }

    /// Notes page `key` as added (`pages`, or in a window not retained `windowPages`);
    /// returns whether it is new.
    mutating func notePage(_ key: Fingerprint) -> Bool {
        guard windowed else { return pages.insert(key).inserted }
        guard !pages.contains(key), windowPages.insert(key).inserted else { return false }
        pagesInWindows += 1
        return true
    }

    /// Notes release `key` as added, as `notePage` does pages.
    mutating func noteRelease(_ key: Fingerprint) {
        guard windowed else { releases.insert(key); return }
        if !releases.contains(key), windowReleases.insert(key).inserted { releasesInWindows += 1 }
    }

    /// The triples in insertion order (reference graph first); the same as `build()`.
    public var graph: Graph { build() }

    /// The graph: the reference graph first, then every triple in the order
    /// it was first emitted (each entity's triples mostly together), then the
    /// post holdings sorted by key. The same `add` calls in the same order
    /// give byte-identical output; Raptor's Turtle and RDF/XML-abbrev writers
    /// group subjects themselves.
    /// - Complexity: O(1) without post holdings (the graph is shared,
    ///   copy-on-write); else O(n + h log h) for n triples and h holdings.
    public func build() -> Graph {
        if streaming { return Graph() }
        if holdings.isEmpty && officeEvidence.isEmpty { return store }
        var g = store
        g.insert(contentsOf: holdingTriples())
        g.insert(contentsOf: wikidataLinkTriples())
        return g
    }

    /// The graph with its triples sorted by `Triple.<` (subject, predicate,
    /// object): independent of the order of `add` calls for the same content.
    /// - Complexity: O(n log n).
    public func sortedGraph() -> Graph { Graph(build().sorted()) }

    // MARK: Public entry points

    /// Adds one release and everything it names: page, places, issuers,
    /// fields of work, mentioned States/organisations/people, posts, quotes,
    /// meetings. See `Release+RDF.swift` for the shape.
    public mutating func add(_ release: Release) {
        enterPage(policy.page(slug: IRIPolicy.pageSlug(url: release.sourceURL, path: release.pagePath ?? IRIPolicy.fileName(of: release.sourcePath))))
        release.emit(into: &self)
    }

    /// Adds a post (e.g. the head of an institution named on an institution
    /// page), its holder (an undated holding) and its organisation. Returns
    /// the post's IRI, or `nil` (nothing emitted) when the role phrase is
    /// empty or names no organisation (`Post+RDF.swift`).
    @discardableResult
    public mutating func add(_ post: Post) -> IRI? {
        post.emit(into: &self)
    }

    /// Adds a person. Returns the person's IRI, or `nil` for an empty name.
    @discardableResult
    public mutating func add(_ person: Person) -> IRI? {
        person.emit(into: &self)
    }

    /// Adds an organisation, resolving it against the reference data. Returns
    /// its IRI, or `nil` for an empty name.
    @discardableResult
    public mutating func add(_ organisation: Organisation) -> IRI? {
        organisationIRI(organisation)
    }

    /// Adds the page a release came from, or a page that holds no release.
    ///
    /// The page is identified by `url` when it is an `http(s)` URL, else by
    /// `pagePath` (its path under the input root), else by the file name of
    /// `path`: `IRIPolicy.pageSlug(url:path:)`.
    ///
    /// Shape:
    /// - subject `{base}page/{slug}`, `rdf:type schema:WebPage, prov:Entity`
    /// - `schema:name` xsd:string, 1 (the file name as given, last path
    ///   component, cleaned; the slug when nothing is left)
    /// - `schema:url` → the page's URL (IRI), 0..1
    @discardableResult
    public mutating func addPage(path: String, url: String? = nil, pagePath: String? = nil) -> IRI {
        let iri = policy.page(slug: IRIPolicy.pageSlug(url: url, path: pagePath ?? IRIPolicy.fileName(of: path)))
        enterPage(iri)
        if notePage(Fingerprint(iri)) {
            insert(iri, V.type, V.schema["WebPage"])
            insert(iri, V.type, V.prov["Entity"])
            var name = Substring(path)
            if let cut = name.lastIndex(where: { $0 == "/" || $0 == "\\" }) { name = name[name.index(after: cut)...] }
            let label = Self.clean(String(name))
            insertFunctional(iri, V.schema["name"], Literal(label.isEmpty ? Self.lastSegment(of: iri) : label).term)
        }
        if let url, let u = try? IRI(url), url.hasPrefix("http") {
            insertFunctional(iri, V.schema["url"], u.term)
        }
        return iri
    }

    /// Adds the reference graph (idempotent). See `OSCEReference+RDF.swift`.
    public mutating func addReferenceData() {
        guard !referenceAdded else { return }
        referenceAdded = true
        let before = currentGraph
        currentGraph = 0
        OSCEReference.emit(into: &self)
        currentGraph = before
    }

    // MARK: Named graphs

    /// The dataset of named graphs: `{base}graph/reference` first, then
    /// `{base}graph/entities` (with the post holdings and Wikidata links of
    /// `build()`), then one graph per page, named by the page's IRI, in the
    /// order pages were added. The union of the graphs is `build()`; no
    /// triple is in two graphs and the default graph is empty. See the type's
    /// discussion for which triple goes where.
    /// - Complexity: O(n + h log h) for n triples and h holdings.
    public func buildDataset() -> Dataset {
        if streaming { return Dataset() }
        var graphs = [Graph](repeating: Graph(), count: 2 + pageGraphs.count)
        for (t, g) in zip(store.triples, tripleGraphs) { graphs[Int(g)].insert(t) }
        if !(holdings.isEmpty && officeEvidence.isEmpty) {
            for t in holdingTriples() + wikidataLinkTriples() where !store.contains(t) { graphs[1].insert(t) }
        }
        var dataset = Dataset()
        let names = [policy.referenceGraph, policy.entitiesGraph] + pageGraphs
        for (name, graph) in zip(names, graphs) where !graph.isEmpty { dataset.setNamedGraph(.iri(name), graph) }
        return dataset
    }

    /// Makes `page` the graph of page-bound triples emitted from now on.
    mutating func enterPage(_ page: IRI) {
        if streaming && !namedGraphs { return }  // no graph is named
        if let i = pageGraphIndex[page] { currentGraph = i; return }
        let i = Int32(2 + pageGraphs.count)
        pageGraphs.append(page)
        pageGraphIndex[page] = i
        currentGraph = i
    }

    /// The kinds of minted IRI (`{base}{kind}/…`) whose triples belong to a
    /// page's graph.
    static let pageBoundKinds: Set<Substring> = ["page", "release", "quote", "mention", "excerpt", "selector"]
    /// `pageBoundKinds` as UTF-8 bytes, for `isPageBound`'s byte scan.
    private static let pageBoundKindBytes: [[UInt8]] = pageBoundKinds.map { Array($0.utf8) }

    /// Whether `subject` is a minted IRI of one of `pageBoundKinds`.
    /// - Complexity: O(bytes of the base and the kind): byte comparisons, no `String` index walk.
    func isPageBound(_ subject: Term) -> Bool {
        guard case .iri(let iri) = subject else { return false }
        var value = iri.value
        var base = policy.base
        return value.withUTF8 { v in
            base.withUTF8 { b in
                guard v.count > b.count, Self.same(v, 0, b) else { return false }
                var slash = b.count
                while slash < v.count && v[slash] != UInt8(ascii: "/") { slash += 1 }
                guard slash < v.count else { return false }
                let length = slash - b.count
                for kind in Self.pageBoundKindBytes where kind.count == length {
                    if kind.withUnsafeBufferPointer({ Self.same(v, b.count, $0) }) { return true }
                }
                return false
            }
        }
    }

    /// Whether `bytes` holds `part` at `offset` (the caller checks the length).
    @inline(__always)
    private static func same(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, _ part: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < part.count {
            if bytes[offset + i] != part[i] { return false }
            i += 1
        }
        return true
    }

    /// The graph a new triple about `subject` goes to.
    func graphIndex(for subject: Term) -> Int32 {
        if currentGraph < 2 { return currentGraph }
        return isPageBound(subject) ? currentGraph : 1
    }

    /// Inserts `triple` into the store, recording its graph when it is new;
    /// streaming, queues it when it is new (deduplicated in the page window
    /// when it is page-bound and the window is not retained).
    mutating func record(_ triple: Triple) {
        if streaming {
            let fingerprint = Fingerprint(triple)
            let new = windowed && isPageBound(triple.subject)
                ? !seen.contains(fingerprint) && windowSeen.insert(fingerprint).inserted
                : seen.insert(fingerprint).inserted
            if new {
                emitted.append(triple)
                if namedGraphs { emittedGraphs.append(graphIndex(for: triple.subject)) }
            }
            return
        }
        if store.insert(triple) { tripleGraphs.append(graphIndex(for: triple.subject)) }
    }

    // MARK: Streaming

    /// Streaming: opens a page window (see the type's discussion), closing
    /// the previous one. With `retained` false, the page-bound triples and
    /// single-valued values emitted until the next call are deduplicated in a
    /// table dropped then: the caller promises that no page-bound subject
    /// emitted in this window (its page, its releases and their quotes,
    /// mentions, excerpts and selectors) is emitted again later. With
    /// `retained` true (or not streaming), they are kept for the whole corpus,
    /// as when no window is opened.
    /// - Complexity: O(1) amortised (the dropped table keeps its capacity).
    public mutating func beginPageWindow(retained: Bool) {
        windowSeen.removeAll(keepingCapacity: true)
        windowFunctional.removeAll(keepingCapacity: true)
        windowPages.removeAll(keepingCapacity: true)
        windowReleases.removeAll(keepingCapacity: true)
        windowed = streaming && !retained
    }

    /// Streaming: the triples first emitted since the last call, in emission
    /// order (the reference graph's, on the first call after `init`).
    /// Empty when not streaming.
    /// - Complexity: O(1).
    public mutating func takeEmitted() -> [Triple] {
        defer {
            emitted = []
            emittedGraphs = []
            forgetTakenPages()
        }
        return emitted
    }

    /// Streaming: forgets the page graphs of the triples just taken, but the current
    /// page's (which becomes graph 2), so the table does not grow with the pages.
    private mutating func forgetTakenPages() {
        guard streaming, !pageGraphs.isEmpty else { return }
        let current = currentGraph >= 2 ? pageGraphs[Int(currentGraph) - 2] : nil
        pageGraphs.removeAll(keepingCapacity: true)
        pageGraphIndex.removeAll(keepingCapacity: true)
        if let current {
            pageGraphs.append(current)
            pageGraphIndex[current] = 2
            currentGraph = 2
        }
    }

    /// Streaming with `namedGraphs`: `takeEmitted()` with each triple's
    /// graph: `{base}graph/reference`, `{base}graph/entities` or the page's
    /// IRI, as `buildDataset()` would place it; the entities graph's quads
    /// first (in emission order), then the others (in emission order), so
    /// that a stream of pages names the graphs in `buildDataset()`'s order:
    /// the reference, the entities, then the pages. Without `namedGraphs`,
    /// the triples in the default graph (`graph` nil).
    /// - Complexity: O(t) in the t triples taken.
    public mutating func takeEmittedQuads() -> [Quad] {
        let graphs = emittedGraphs
        let pages = pageGraphs
        let triples = takeEmitted()
        guard namedGraphs else { return triples.map { Quad($0) } }
        let names: [Term] = [.iri(policy.referenceGraph), .iri(policy.entitiesGraph)]
        var quads: [Quad] = []
        quads.reserveCapacity(triples.count)
        var others: [Quad] = []
        var lastIndex: Int32 = -1
        var lastName: Term = names[0]
        for (t, g) in zip(triples, graphs) {
            if g == 1 {
                quads.append(Quad(t, graph: names[1]))
                continue
            }
            if g != lastIndex {
                lastIndex = g
                lastName = g < 2 ? names[Int(g)] : .iri(pages[Int(g) - 2])
            }
            others.append(Quad(t, graph: lastName))
        }
        return quads + others
    }

    /// Streaming: queues the triples `build()` lists after the pages' (the
    /// post holdings sorted by key, then the holders' Wikidata links) that
    /// were not emitted yet. Call it once, after the last `add`.
    /// - Complexity: O(h log h) for h post holdings.
    /// - Throws: `ScratchFileError` when the releases of the post holdings, spilled
    ///   to a temporary file, cannot be read back.
    public mutating func emitClosingTriples() throws(ScratchFileError) {
        while try emitClosingTriples(atLeast: .max) {}
    }

    /// Streaming: queues the next closing triples of `emitClosingTriples()`,
    /// in the same order, a post holding at a time until at least `count`
    /// triples are queued (or none is left), so a stream takes them in
    /// batches instead of all at once. Returns `false` when no closing triple was left.
    /// - Complexity: O(h log h) for h post holdings at the first call, then
    ///   O(triples queued); memory one batch of triples, and a buffer per run of
    ///   spilled releases (`SortedPairs`).
    /// - Throws: `ScratchFileError` when the releases of the post holdings, spilled
    ///   to a temporary file, cannot be read back.
    public mutating func emitClosingTriples(atLeast count: Int) throws(ScratchFileError) -> Bool {
        guard streaming else { return false }
        if closingHoldings == nil {
            currentGraph = 1  // the entities graph, as in `buildDataset()`
            beginPageWindow(retained: true)
            closingHoldings = HoldingCursor(keys: holdings.keys.sorted(), releases: holdingReleases)
        }
        guard !closingFinished else { return false }
        let start = emitted.count
        while emitted.count - start < count {
            guard let (holding, releases) = try closingHoldings!.next(in: holdings) else {
                for t in wikidataLinkTriples() { record(t) }
                closingFinished = true
                break
            }
            for t in holding.triples(policy: policy, releases: releases) { record(t) }
        }
        return true
    }

    /// Streaming: whether `triple` has been emitted (by `Fingerprint`); else
    /// whether `build()` holds it.
    /// - Complexity: O(bytes of the triple); O(h log h) when not streaming and holdings exist.
    public func hasEmitted(_ triple: Triple) -> Bool {
        guard streaming else { return build().contains(triple) }
        let fingerprint = Fingerprint(triple)
        return seen.contains(fingerprint) || windowSeen.contains(fingerprint)
    }

    // MARK: Emission

    mutating func insert(_ s: IRI, _ p: IRI, _ o: IRI) { record(Triple(s, p, o)) }
    mutating func insert(_ s: IRI, _ p: IRI, _ o: Term) { record(Triple(s, p, o)) }
    mutating func insert(_ s: IRI, _ p: IRI, _ o: Literal) { record(Triple(s, p, o)) }

    /// Inserts `(s, p, o)` unless `s` already has a different `p` value; then
    /// inserts `(s, alternate, o)` when `alternate` is given.
    mutating func insertFunctional(_ s: IRI, _ p: IRI, _ o: Term, alternate: IRI? = nil) {
        let key = Self.functionalKey(s, p)
        let value = Fingerprint(o)
        let inWindow = windowed && isPageBound(.iri(s))
        if let existing = functional[key] ?? (inWindow ? windowFunctional[key] : nil) {
            if existing != value, let alternate { record(Triple(s, alternate, o)) }
            return
        }
        if inWindow { windowFunctional[key] = value } else { functional[key] = value }
        if p == V.prefLabel { labels[key] = o }
        record(Triple(s, p, o))
    }

    /// A literal tagged with `language` when it is a valid BCP 47 tag, else a
    /// plain `xsd:string`.
    static func text(_ value: String, language: String?) -> Literal {
        if let language, !language.isEmpty, Literal.isValidLanguageTag(language) {
            return Literal(value, uncheckedLanguage: language.lowercased())
        }
        return Literal(value)
    }

    /// `value` with white space runs (U+00A0 included) made one space, ends
    /// trimmed, and control characters dropped (`isControl`).
    static func clean(_ value: String) -> String {
        if isClean(value) { return value }
        var out = ""
        var pending = false
        for s in value.unicodeScalars {
            if isDroppedControl(s) { continue }
            if s.properties.isWhitespace {
                pending = !out.isEmpty
                continue
            }
            if pending { out.unicodeScalars.append(" "); pending = false }
            out.unicodeScalars.append(s)
        }
        return out
    }

    /// The text after the last `/` of `iri` (the slug of a minted IRI).
    static func lastSegment(of iri: IRI) -> String {
        guard let cut = iri.value.lastIndex(of: "/") else { return iri.value }
        return String(iri.value[iri.value.index(after: cut)...])
    }

    /// Whether `clean(value)` would return `value` unchanged: printable ASCII
    /// or non-ASCII other than white space, single inner spaces, no space at
    /// either end. A byte scan.
    static func isClean(_ value: String) -> Bool {
        var previousSpace = true  // a leading space is not clean
        var b1: UInt8 = 0  // the two bytes before the current one
        var b2: UInt8 = 0
        for b in value.utf8 {
            defer { b2 = b1; b1 = b }
            if b == 0x20 {
                if previousSpace { return false }
                previousSpace = true
                continue
            }
            previousSpace = false
            if b < 0x20 || b == 0x7F { return false }
            // Non-ASCII white space: U+0085, U+00A0 (C2 85, C2 A0); U+1680
            // (E1 9A 80); U+2000–U+200A, U+2028, U+2029, U+202F (E2 80 xx);
            // U+205F (E2 81 9F); U+3000 (E3 80 80).
            if b1 == 0xC2 && (b == 0x85 || b == 0xA0) { return false }
            if b2 == 0xE1 && b1 == 0x9A && b == 0x80 { return false }
            if b2 == 0xE2 && b1 == 0x80 && (b <= 0x8A || b == 0xA8 || b == 0xA9 || b == 0xAF) { return false }
            if b2 == 0xE2 && b1 == 0x81 && b == 0x9F { return false }
            if b2 == 0xE3 && b1 == 0x80 && b == 0x80 { return false }
        }
        return !previousSpace || value.isEmpty
    }

    /// Whether `s` is a control character that no literal keeps: C0 controls
    /// other than TAB, LF and CR, and DEL. U+0000 in particular would cut a
    /// literal short in every Raptor parser (RAPTOR-LIMITS.md).
    static func isDroppedControl(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0x7F
    }

    /// Multi-line text (a body) for a literal: CR LF and CR made LF, dropped
    /// controls removed (`isDroppedControl`), leading and trailing white space
    /// trimmed. Inner white space is kept.
    static func bodyText(_ value: String) -> String {
        if !value.utf8.contains(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A) || $0 == 0x7F }) {
            return value.trimmingSpaces
        }
        var out = String.UnicodeScalarView()
        var lastWasCR = false
        for s in value.unicodeScalars {
            if s == "\r" {
                out.append("\n")
                lastWasCR = true
                continue
            }
            defer { lastWasCR = false }
            if s == "\n" && lastWasCR { continue }
            if isDroppedControl(s) { continue }
            out.append(s)
        }
        return String(out).trimmingSpaces
    }

    // MARK: Resolution

    /// `OSCEReference.organisation(inRole:)` for a role that names no standing
    /// post, cached.
    mutating func organisation(inRole role: String) -> Organisation? {
        if let cached = roleCache[role] { return cached }
        let found = OSCEReference.post(named: role) == nil ? OSCEReference.organisation(inRole: role) : nil
        roleCache[role] = found
        return found
    }

    /// The IRI of the State named `name`, if it is a participating State or Partner.
    mutating func stateIRI(named name: String) -> IRI? {
        if let cached = stateCache[name] { return cached }
        let iri = OSCEReference.state(named: name).map { policy.state($0) }
        stateCache[name] = iri
        return iri
    }

    /// The IRI of `organisation`: a reference record's IRI (by id or name);
    /// a State's IRI when the name is a State's ("Sweden" as an organiser);
    /// with `leadingWords` (meeting organisers), the reference body its
    /// leading words name ("OSCE PA President …" → the Parliamentary
    /// Assembly; not the OSCE itself); else a minted
    /// `{base}organisation/{slug}` with its type and label.
    mutating func organisationIRI(_ organisation: Organisation, leadingWords: Bool = false) -> IRI? {
        if !leadingWords, let cached = organisationCache[organisation] { return cached }
        let iri = resolveOrganisation(organisation, leadingWords: leadingWords)
        if !leadingWords, let iri { organisationCache[organisation] = iri }
        return iri
    }

    private mutating func resolveOrganisation(_ organisation: Organisation, leadingWords: Bool) -> IRI? {
        let name = OSCEReference.identityPhrase(Self.clean(organisation.name))
        if let id = organisation.id, let record = OSCEReference.organisation(id: id) { return policy.organisation(id: record.id) }
        if let record = OSCEReference.organisation(named: name) { return policy.organisation(id: record.id) }
        if organisation.kind == .other, organisation.id == nil, let state = stateIRI(named: name) { return state }
        if leadingWords, organisation.kind == .other, organisation.id == nil,
            let record = OSCEReference.organisation(leadingWordsOf: name)
        {
            return policy.organisation(id: record.id)
        }
        let slug = organisation.id.map { IRIPolicy.slug($0) } ?? IRIPolicy.roleKey(name)
        guard !name.isEmpty || organisation.id != nil else { return nil }
        let iri = policy.organisation(id: slug)
        organisation.emit(iri, name: name, into: &self)
        return iri
    }

    /// The IRI of a place: a State's IRI when the name is a State's; a known
    /// city's `{base}place/{id}`; the seat of a known organisation
    /// ("OSCE Secretariat" → Vienna); else a minted `{base}place/{slug}`.
    mutating func placeIRI(_ place: Place) -> IRI? {
        if let cached = placeCache[place.name] { return cached }
        let name = Self.clean(place.name)
        guard !name.isEmpty else { return nil }
        let iri = resolvePlace(place, name: name)
        placeCache[place.name] = iri
        return iri
    }

    private mutating func resolvePlace(_ place: Place, name: String) -> IRI {
        if let state = stateIRI(named: name) { return state }
        if let city = OSCEReference.city(named: name) { return policy.place(id: city.id) }
        if let org = OSCEReference.organisation(named: name), let seat = org.seat { return policy.place(id: seat) }
        let iri = policy.place(id: IRIPolicy.slug(name))
        place.emit(iri, name: name, into: &self)
        return iri
    }

    /// The IRI of a field of work: the reference concept, or a minted concept
    /// in the fields-of-work scheme.
    mutating func fieldOfWorkIRI(named raw: String) -> IRI? {
        if let cached = fieldCache[raw] { return cached }
        let name = Self.clean(raw)
        guard !name.isEmpty else { return nil }
        let iri: IRI
        if let f = OSCEReference.fieldOfWork(named: name) {
            iri = policy.fieldOfWork(id: f.id)
        } else {
            let field = FieldOfWork(name: name)
            iri = policy.fieldOfWork(id: field.id)
            field.emit(into: &self, topConcept: false)
        }
        fieldCache[raw] = iri
        return iri
    }

    /// The IRI of a meeting kind: the reference concept, or a minted concept in
    /// the meeting-kinds scheme.
    mutating func meetingKindIRI(named raw: String) -> IRI? {
        let name = Self.clean(raw)
        guard !name.isEmpty else { return nil }
        if let k = OSCEReference.meetingKind(named: name) { return policy.meetingKind(id: k.id) }
        if let k = OSCEReference.meetingKinds.first(where: { $0.id == name }) { return policy.meetingKind(id: k.id) }
        let record = MeetingKindRecord(id: IRIPolicy.slug(name), name: name)
        record.emit(into: &self, topConcept: false)
        return policy.meetingKind(id: record.id)
    }
}
