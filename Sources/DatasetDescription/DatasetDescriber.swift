import OSCE
import RDF
import ScratchFile

/// What the description says that the graph itself cannot tell: titles, the
/// publisher, the licence, the endpoint, the time and the tool.
///
/// Nothing here has an invented default that a portal would take as a fact:
/// without `license` there is no `dct:license`, without `publisherName` no
/// `dct:publisher` (the caller warns: portals need both).
public struct DescriptionSettings: Sendable {
    /// `dct:title` of the catalogue and the dataset (@en).
    public var title = "OSCE public pages as a knowledge graph"
    /// `dct:description` (@en).
    public var summary =
        "Press releases, news items, statements and reports of the Organization for Security and Co-operation in Europe (OSCE), read from its public web pages: who said what, who held which post, which participating States and Partners for Co-operation each release concerns, with the excerpt of the page each fact comes from."
    /// The publisher's name (`foaf:name` of the `dct:publisher` agent).
    public var publisherName: String?
    /// `dct:license` of the dataset and its distributions.
    public var license: IRI?
    /// A SPARQL endpoint serving the dataset (`dcat:DataService`, `void:sparqlEndpoint`).
    public var endpoint: IRI?
    /// Where the export file is published (`void:dataDump`), for a
    /// description without distributions (the one inside the export).
    public var dataDump: IRI?
    /// `dct:issued`, `dct:modified`, `prov:endedAtTime`.
    public var time: ExportTime
    /// The tool that made the export (`prov:wasAssociatedWith`).
    public var toolName = "osce-kg"
    public var toolVersion: String
    /// The key of this export: the activity is `{base}dataset/export/{exportKey}`
    /// (`{base}dataset/export` when `nil`), so the descriptions of two exports
    /// loaded into one store keep their activities apart. See `exportKey(time:inputDigest:)`.
    public var exportKey: String?

    /// A key that names one export: `{time, compact}-{first 16 hex digits of inputDigest}`,
    /// e.g. `20231114T221320Z-3f2a…` for the SHA-256 `inputDigest` of the pages
    /// read. The same inputs and time give the same key (byte-identical output).
    public static func exportKey(time: ExportTime, inputDigest: String) -> String {
        time.description.filter { $0 != "-" && $0 != ":" } + "-" + inputDigest.prefix(16)
    }

    public init(time: ExportTime, toolVersion: String) {
        self.time = time
        self.toolVersion = toolVersion
    }
}

/// Builds the description of an export: DCAT-AP 3.0.1 (catalogue, dataset,
/// distributions, data service), VoID (statistics, partitions, Wikidata
/// linksets) and PROV (the export activity).
///
///     let content = builder.build()
///     let description = DatasetDescriber.describe(content, policy: policy, settings: settings,
///                                                 distributions: [file])
///
/// Shape (every node under `{base}dataset`, so `IRIPolicy.isDescriptionNode`
/// tells description from content; no blank nodes):
/// - `{base}dataset/catalog`: `dcat:Catalog`; `dct:title`, `dct:description` (@en), 1;
///   `dct:publisher` 0..1; `dct:issued`, `dct:modified` xsd:dateTime, 1;
///   `dct:language` 0..n; `dct:license` 0..1; `dcat:dataset` → the dataset; `dcat:service` 0..1
/// - `{base}dataset`: `dcat:Dataset`, `void:Dataset`; `dct:title`, `dct:description`,
///   `dct:publisher`, `dct:license`, `dct:issued`, `dct:modified`, `dct:language`
///   → EU language authority (each `dct:LinguisticSystem`), `dcat:theme` → EU data
///   themes (`skos:Concept` with `skos:prefLabel`, in the EU data-theme
///   `skos:ConceptScheme`), `dct:source` → `{base}dataset/source`
///   (a `dcat:Dataset` with `dct:hasPart` → each page: DCAT-AP ranges `dct:source` over
///   datasets), `prov:wasDerivedFrom` → each page, `dcat:distribution` 0..n; VoID: `void:triples`, `void:entities`,
///   `void:classes`, `void:properties`, `void:distinctSubjects`, `void:distinctObjects`
///   (xsd:integer, 1), `void:uriSpace` (literal, 1), `void:exampleResource` 0..3,
///   `void:dataDump` 0..n (each distribution's URL, else `settings.dataDump`), `void:sparqlEndpoint` 0..1, `void:classPartition`
///   → `{base}dataset/class-partition/{slug}` (`void:class`, `void:entities`),
///   `void:propertyPartition` → `{base}dataset/property-partition/{slug}`
///   (`void:property`, `void:triples`); `prov:wasGeneratedBy` → the activity
/// - `{base}dataset/linkset/wikidata-{slug of predicate}`: `void:Linkset`;
///   `void:linkPredicate`, `void:triples`, `void:subjectsTarget` → the dataset,
///   `void:objectsTarget` → `{base}dataset/wikidata` (`void:Dataset`, `void:uriSpace`,
///   `foaf:homepage`)
/// - `{base}dataset/distribution/{slug of file name}[-{first 16 hex digits of its SHA-256}]`: `dcat:Distribution`; `dct:title`,
///   `dcat:accessURL`, `dcat:downloadURL`, `dcat:mediaType` → IANA (`dct:MediaType`),
///   `dct:format` → EU file type (`dct:MediaTypeOrExtent`), `dct:license` 0..1,
///   `dcat:byteSize` xsd:nonNegativeInteger 0..1 and `spdx:checksum` →
///   `…/checksum` (`spdx:Checksum`; `spdx:algorithm spdx:checksumAlgorithm_sha256`,
///   `spdx:checksumValue` xsd:hexBinary) 0..1, when measured
/// - `{base}dataset/service`: `dcat:DataService` when an endpoint is given; `dct:title`,
///   `dcat:endpointURL`, `dcat:servesDataset`, `dct:license` 0..1
/// - `{base}dataset/export/{settings.exportKey}` (`{base}dataset/export` without a key): `prov:Activity`; `prov:endedAtTime` xsd:dateTime,
///   `prov:wasAssociatedWith` → `{base}dataset/software` (`prov:SoftwareAgent`,
///   `foaf:Agent`; `foaf:name`, `owl:versionInfo`), `prov:used` → each page
/// - `{base}dataset/publisher`: `foaf:Agent` with `foaf:name`, when a publisher is named
///
/// The output is deterministic: the same content and settings give the same
/// triples in the same order.
///
/// - Complexity: O(n) in the content's n triples (`GraphStatistics`), plus
///   O(c log c + p log p) for c classes and p properties.
///
/// Source: DCAT-AP 3.0.1 (SEMIC); W3C DCAT 3; W3C VoID; W3C PROV-O; SPDX 2.3.
public enum DatasetDescriber {
    public static func describe(
        _ content: Graph, policy: IRIPolicy, settings: DescriptionSettings, distributions: [DistributionFile] = []
    ) -> Graph {
        do {
            return try describe(statistics: GraphStatistics(content, uriSpace: policy.base), policy: policy, settings: settings,
                                distributions: distributions)
        } catch {
            preconditionFailure("the pages of statistics that do not spill are in memory: \(error)")
        }
    }

    /// The description of content already counted: `stats` from a
    /// `GraphStatistics.Accumulator` fed while the content was written
    /// (uri space `policy.base`), so a streamed export needs no graph.
    /// The same triples as `describe(content, …)` over that content.
    /// - Throws: `ScratchFileError` when the pages of `stats`, spilled to a temporary file, cannot be read back.
    public static func describe(
        statistics stats: GraphStatistics, policy: IRIPolicy, settings: DescriptionSettings,
        distributions: [DistributionFile] = []
    ) throws(ScratchFileError) -> Graph {
        var g = Graph()
        var triples = stream(statistics: stats, policy: policy, settings: settings, distributions: distributions)
        while let t = try triples.next() { g.insert(t) }
        return g
    }

    /// `describe(statistics:…)`'s triples in the same order, one at a time: the
    /// three lists of every page (`prov:wasDerivedFrom`, `dct:hasPart`,
    /// `prov:used`) are read from `stats.pages` as they are written, so the
    /// description of a streamed export holds no triple per page in memory.
    /// - Complexity: memory O(the description without its page lists).
    public static func stream(
        statistics stats: GraphStatistics, policy: IRIPolicy, settings: DescriptionSettings,
        distributions: [DistributionFile] = []
    ) -> Stream {
        var g = Graph()
        var lists: [Stream.PageList] = []
        // Each page is the object of one triple of `subject` and `predicate`, here: they
        // are in no other triple of the description, which `g` deduplicates.
        func addPages(_ subject: IRI, _ predicate: IRI) { lists.append(.init(at: g.count, subject: subject, predicate: predicate)) }
        let V = DescriptionVocabulary.self
        let dcat = V.dcat, dct = V.dct, void = V.void, prov = V.prov, foaf = V.foaf, skos = V.skos
        let a = RDFVocabulary.type
        func add(_ s: IRI, _ p: IRI, _ o: IRI) { g.insert(Triple(s, p, o)) }
        func add(_ s: IRI, _ p: IRI, _ o: Literal) { g.insert(Triple(s, p, o)) }
        func en(_ text: String) -> Literal { Literal(text, uncheckedLanguage: "en") }
        func count(_ n: Int) -> Literal { Literal(String(n), datatype: XSD.integer) }
        let time = Literal(settings.time.description, datatype: XSD.dateTime)

        let catalog = policy.describedNode("catalog")
        let dataset = policy.dataset
        let activity = policy.describedNode(settings.exportKey.map { "export/" + $0 } ?? "export")
        let software = policy.describedNode("software")
        let publisher = settings.publisherName.map { _ in policy.describedNode("publisher") }
        let service = settings.endpoint.map { _ in policy.describedNode("service") }
        let languages = stats.languages.compactMap(V.language)

        // The catalogue.
        add(catalog, a, dcat["Catalog"])
        add(catalog, dct["title"], en(settings.title + " (catalogue)"))
        add(catalog, dct["description"], en("The catalogue of one export of osce-kg: the dataset and, when one is given, its SPARQL endpoint."))
        if let publisher { add(catalog, dct["publisher"], publisher) }
        add(catalog, dct["issued"], time)
        add(catalog, dct["modified"], time)
        for l in languages { add(catalog, dct["language"], l) }
        if let license = settings.license { add(catalog, dct["license"], license) }
        add(catalog, dcat["dataset"], dataset)
        if let service { add(catalog, dcat["service"], service) }

        // The dataset: DCAT.
        add(dataset, a, dcat["Dataset"])
        add(dataset, a, void["Dataset"])
        add(dataset, dct["title"], en(settings.title))
        add(dataset, dct["description"], en(settings.summary))
        if let publisher { add(dataset, dct["publisher"], publisher) }
        if let license = settings.license { add(dataset, dct["license"], license) }
        add(dataset, dct["issued"], time)
        add(dataset, dct["modified"], time)
        for l in languages { add(dataset, dct["language"], l) }
        for t in V.themes { add(dataset, dcat["theme"], V.theme(t.code)) }
        // DCAT-AP ranges `dct:source` over datasets: the pages read form one source dataset.
        let source = policy.describedNode("source")
        add(dataset, dct["source"], source)
        addPages(dataset, prov["wasDerivedFrom"])
        // Node paths: `{kind}/{slug}`, a counter appended when two texts give one slug.
        var paths = Set<String>()
        func node(_ kind: String, _ text: String) -> IRI {
            let slug = IRIPolicy.slug(text)
            let base = kind + "/" + (slug.isEmpty ? "x" : slug)
            var path = base
            var n = 2
            while !paths.insert(path).inserted { path = "\(base)-\(n)"; n += 1 }
            return policy.describedNode(path)
        }
        // A measured file's node carries its checksum: two exports' distributions stay apart.
        let distributionNodes = distributions.map { node("distribution", $0.name + ($0.sha256.map { " " + $0.prefix(16) } ?? "")) }
        for d in distributionNodes { add(dataset, dcat["distribution"], d) }

        // The dataset: VoID.
        add(dataset, void["triples"], count(stats.triples))
        add(dataset, void["entities"], count(stats.entities))
        add(dataset, void["classes"], count(stats.classes))
        add(dataset, void["properties"], count(stats.properties))
        add(dataset, void["distinctSubjects"], count(stats.distinctSubjects))
        add(dataset, void["distinctObjects"], count(stats.distinctObjects))
        add(dataset, void["uriSpace"], Literal(policy.base))
        for c in [Namespace.schema["NewsArticle"], Namespace.foaf["Person"], Namespace.org["Post"]] {
            if let example = stats.firstInstance[c] { add(dataset, void["exampleResource"], example) }
        }
        for d in distributions { add(dataset, void["dataDump"], d.url) }
        if distributions.isEmpty, let dump = settings.dataDump { add(dataset, void["dataDump"], dump) }
        if let endpoint = settings.endpoint { add(dataset, void["sparqlEndpoint"], endpoint) }
        for (c, n) in stats.classEntities {
            let part = node("class-partition", c.value)
            add(dataset, void["classPartition"], part)
            add(part, void["class"], c)
            add(part, void["entities"], count(n))
        }
        for (p, n) in stats.propertyTriples {
            let part = node("property-partition", p.value)
            add(dataset, void["propertyPartition"], part)
            add(part, void["property"], p)
            add(part, void["triples"], count(n))
        }
        add(dataset, prov["wasGeneratedBy"], activity)

        // Links to Wikidata: one linkset per link predicate.
        if !stats.wikidataLinks.isEmpty {
            let wikidata = policy.describedNode("wikidata")
            add(wikidata, a, void["Dataset"])
            add(wikidata, dct["title"], en("Wikidata"))
            add(wikidata, void["uriSpace"], Literal(GraphStatistics.wikidata))
            add(wikidata, foaf["homepage"], IRI(unchecked: "https://www.wikidata.org/"))
            for (p, n) in stats.wikidataLinks {
                let linkset = node("linkset", "wikidata " + p.value)
                add(linkset, a, void["Linkset"])
                add(linkset, void["linkPredicate"], p)
                add(linkset, void["triples"], count(n))
                add(linkset, void["subjectsTarget"], dataset)
                add(linkset, void["objectsTarget"], wikidata)
                add(dataset, void["subset"], linkset)
            }
        }

        // Distributions.
        for (file, node) in zip(distributions, distributionNodes) {
            add(node, a, dcat["Distribution"])
            add(node, dct["title"], en("\(settings.title): \(file.name)"))
            add(node, dcat["accessURL"], file.url)
            add(node, dcat["downloadURL"], file.url)
            if let media = V.ianaMediaType(file.mediaType) {
                add(node, dcat["mediaType"], media)
                add(media, a, dct["MediaType"])
            }
            if let code = V.fileTypes[file.mediaType] {
                add(node, dct["format"], V.fileType(code))
                add(V.fileType(code), a, dct["MediaTypeOrExtent"])
            }
            if let license = settings.license { add(node, dct["license"], license) }
            add(node, dct["issued"], time)
            if let size = file.byteSize { add(node, dcat["byteSize"], Literal(String(size), datatype: XSD.nonNegativeInteger)) }
            if let digest = file.sha256 {
                let checksum = IRI(unchecked: node.value + "/checksum")
                add(node, V.spdx["checksum"], checksum)
                add(checksum, a, V.spdx["Checksum"])
                add(checksum, V.spdx["algorithm"], V.spdx["checksumAlgorithm_sha256"])
                add(V.spdx["checksumAlgorithm_sha256"], a, V.spdx["ChecksumAlgorithm"])
                add(checksum, V.spdx["checksumValue"], Literal(digest, datatype: XSD.hexBinary))
            }
        }

        // The endpoint.
        if let service, let endpoint = settings.endpoint {
            add(service, a, dcat["DataService"])
            add(service, dct["title"], en(settings.title + " (SPARQL endpoint)"))
            add(service, dcat["endpointURL"], endpoint)
            add(service, dcat["servesDataset"], dataset)
            if let license = settings.license { add(service, dct["license"], license) }
        }

        // The pages read.
        add(source, a, dcat["Dataset"])
        add(source, dct["title"], en("The OSCE web pages read by this export"))
        add(source, dct["description"], en("The OSCE public web pages (text captures or saved HTML) the export was read from; each page is a schema:WebPage of the dataset, with its schema:url when it has one."))
        addPages(source, dct["hasPart"])

        // The export activity.
        add(activity, a, prov["Activity"])
        add(activity, prov["endedAtTime"], time)
        add(activity, prov["wasAssociatedWith"], software)
        addPages(activity, prov["used"])
        add(software, a, prov["SoftwareAgent"])
        add(software, a, foaf["Agent"])
        add(software, foaf["name"], Literal(settings.toolName))
        add(software, Namespace.owl["versionInfo"], Literal(settings.toolVersion))

        // Ranges the DCAT-AP shapes check by class.
        if let publisher, let name = settings.publisherName {
            add(publisher, a, foaf["Agent"])
            add(publisher, foaf["name"], Literal(name))
        }
        if let license = settings.license { add(license, a, dct["LicenseDocument"]) }
        for l in languages { add(l, a, dct["LinguisticSystem"]) }
        let themes = V.themeScheme
        add(themes, a, skos["ConceptScheme"])
        add(themes, skos["prefLabel"], Literal("Data theme"))
        add(themes, dct["title"], Literal("Data theme"))
        for t in V.themes {
            add(V.theme(t.code), a, skos["Concept"])
            add(V.theme(t.code), skos["prefLabel"], Literal(t.label))
            add(V.theme(t.code), skos["inScheme"], themes)
            add(themes, skos["hasTopConcept"], V.theme(t.code))
        }
        return Stream(fixed: g.triples, lists: lists, pages: stats.pages)
    }

    /// The triples of a description, one at a time (`stream(statistics:…)`):
    /// those held in memory, with each page list read from the statistics where it goes.
    public struct Stream: Sendable {
        /// `subject predicate page` for each page, before `fixed[at]`.
        struct PageList: Sendable {
            let at: Int
            let subject: IRI
            let predicate: IRI
        }

        let fixed: [Triple]
        let lists: [PageList]
        let pages: GraphStatistics.PageList
        private var index = 0
        private var list = 0
        private var current: GraphStatistics.PageList.Iterator?

        init(fixed: [Triple], lists: [PageList], pages: GraphStatistics.PageList) {
            self.fixed = fixed
            self.lists = lists
            self.pages = pages
        }

        /// The next triple, or `nil` after the last.
        /// - Throws: `ScratchFileError` when spilled pages cannot be read back.
        public mutating func next() throws(ScratchFileError) -> Triple? {
            while true {
                if current != nil {
                    if let page = try current!.next() { return Triple(lists[list].subject, lists[list].predicate, page) }
                    current = nil
                    list += 1
                    continue
                }
                if list < lists.count && lists[list].at == index {
                    current = try pages.iterator()
                    continue
                }
                guard index < fixed.count else { return nil }
                index += 1
                return fixed[index - 1]
            }
        }
    }
}

extension DatasetDescriber {
    /// The content of an export file read back: every triple except its
    /// description's, that is, the triples whose subject is a description
    /// node (`IRIPolicy.isDescriptionNode`) or an outside IRI that only the
    /// description leads to (a licence, a language, a theme and its scheme, a
    /// media type).
    /// - Complexity: O(n·d) in the n triples, for d the depth of the
    ///   description's chains (3).
    public static func content(of graph: Graph, policy: IRIPolicy) -> Graph {
        var described = Set<Term>()
        for t in graph {
            if case .iri(let s) = t.subject, policy.isDescriptionNode(s) { described.insert(t.subject) }
        }
        if described.isEmpty { return graph }
        // Outside IRIs reached from the description (a theme, then its scheme), to a fixed point.
        var changed = true
        while changed {
            changed = false
            for t in graph where described.contains(t.subject) {
                if case .iri(let o) = t.object, !o.starts(with: policy.base), described.insert(t.object).inserted { changed = true }
            }
        }
        var referencedByContent = Set<Term>()
        for t in graph where !described.contains(t.subject) { referencedByContent.insert(t.object) }
        return Graph(graph.lazy.filter { t in
            guard described.contains(t.subject) else { return true }
            if case .iri(let s) = t.subject, policy.isDescriptionNode(s) { return false }
            return referencedByContent.contains(t.subject)
        })
    }
}
