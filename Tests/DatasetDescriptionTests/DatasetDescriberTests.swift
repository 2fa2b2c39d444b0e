import Foundation
import OSCE
import RDF
import Testing
@testable import DatasetDescription

@Suite struct DatasetDescriberTests {
    let policy = IRIPolicy()
    let dcat = Namespace.dcat, dct = Namespace.dcterms, void = Namespace.void, prov = Namespace.prov

    /// Two pages, one release, a person linked to Wikidata, a State.
    var content: Graph {
        var b = KnowledgeGraphBuilder(policy: policy, includeReferenceData: false)
        let page = b.addPage(path: "a.txt", url: "https://www.osce.org/x/1")
        b.addPage(path: "b.txt")
        var g = b.build()
        let release = policy.release(slug: "2020-01-01-x")
        let person = policy.person(named: "Ann Lee")
        g.insert(Triple(release, RDFVocabulary.type, Namespace.schema["NewsArticle"]))
        g.insert(Triple(release, Namespace.schema["inLanguage"], Literal("en")))
        g.insert(Triple(release, Namespace.prov["wasDerivedFrom"], page))
        g.insert(Triple(person, RDFVocabulary.type, Namespace.foaf["Person"]))
        g.insert(Triple(person, Namespace.owl["sameAs"], IRI(unchecked: "http://www.wikidata.org/entity/Q1")))
        g.insert(Triple(person, Namespace.skos["exactMatch"], IRI(unchecked: "http://www.wikidata.org/entity/Q1")))
        return g
    }

    var settings: DescriptionSettings {
        var s = DescriptionSettings(time: ExportTime(secondsSince1970: 1_700_000_000), toolVersion: "9.9")
        s.license = IRI(unchecked: "https://creativecommons.org/licenses/by/4.0/")
        s.publisherName = "Example Org"
        return s
    }

    func value(_ g: Graph, _ s: IRI, _ p: IRI) -> [Term] { g.triples(subject: .iri(s), predicate: p).map(\.object) }
    func count(_ n: Int) -> Term { .literal(Literal(String(n), datatype: XSD.integer)) }

    @Test func voidStatistics() {
        let c = content
        let d = DatasetDescriber.describe(c, policy: policy, settings: settings)
        let ds = policy.dataset
        #expect(value(d, ds, void["triples"]) == [count(c.count)])
        // Subjects: 2 pages, the release, the person.
        #expect(value(d, ds, void["distinctSubjects"]) == [count(4)])
        #expect(value(d, ds, void["entities"]) == [count(4)])
        // Classes: schema:WebPage, prov:Entity, schema:NewsArticle, foaf:Person.
        #expect(value(d, ds, void["classes"]) == [count(4)])
        #expect(value(d, ds, void["uriSpace"]) == [.literal(Literal(policy.base))])
        #expect(value(d, ds, void["exampleResource"]).contains(.iri(policy.person(named: "Ann Lee"))))
        // The WebPage partition counts two pages.
        let partitions = value(d, ds, void["classPartition"]).compactMap(\.iri)
        let webPages = partitions.first { value(d, $0, void["class"]) == [.iri(Namespace.schema["WebPage"])] }
        #expect(webPages.map { value(d, $0, void["entities"]) } == [count(2)])
        let typePartition = value(d, ds, void["propertyPartition"]).compactMap(\.iri).first { value(d, $0, void["property"]) == [.iri(RDFVocabulary.type)] }
        #expect(typePartition.map { value(d, $0, void["triples"]) } == [count(c.triples(predicate: RDFVocabulary.type).count)])
        // One linkset per link predicate, each counting its one link.
        let linksets = d.triples(predicate: RDFVocabulary.type, object: .iri(void["Linkset"])).compactMap(\.subject.iri)
        #expect(linksets.count == 2)
        #expect(Set(linksets.flatMap { value(d, $0, void["linkPredicate"]) }) == [.iri(Namespace.owl["sameAs"]), .iri(Namespace.skos["exactMatch"])])
        #expect(linksets.allSatisfy { value(d, $0, void["triples"]) == [count(1)] })
    }

    @Test func dcatAndProv() {
        let d = DatasetDescriber.describe(content, policy: policy, settings: settings)
        let ds = policy.dataset
        let time = Term.literal(Literal("2023-11-14T22:13:20Z", datatype: XSD.dateTime))
        #expect(value(d, ds, dct["issued"]) == [time])
        #expect(value(d, ds, dct["license"]) == [.iri(IRI(unchecked: "https://creativecommons.org/licenses/by/4.0/"))])
        #expect(value(d, ds, dct["language"]) == [.iri(IRI(unchecked: "http://publications.europa.eu/resource/authority/language/ENG"))])
        #expect(value(d, ds, prov["wasDerivedFrom"]).count == 2)
        let source = policy.describedNode("source")
        #expect(value(d, ds, dct["source"]) == [.iri(source)])
        #expect(value(d, source, dct["hasPart"]).count == 2)
        let activity = policy.describedNode("export")
        #expect(value(d, ds, prov["wasGeneratedBy"]) == [.iri(activity)])
        #expect(value(d, activity, prov["endedAtTime"]) == [time])
        #expect(value(d, activity, prov["used"]).count == 2)
        let software = policy.describedNode("software")
        #expect(value(d, software, Namespace.owl["versionInfo"]) == [.literal(Literal("9.9"))])
        #expect(value(d, policy.describedNode("catalog"), dcat["dataset"]) == [.iri(ds)])
        #expect(d.triples(predicate: RDFVocabulary.type, object: .iri(dcat["Distribution"])).isEmpty)
        #expect(d.triples(predicate: RDFVocabulary.type, object: .iri(dcat["DataService"])).isEmpty)
    }

    /// The export key names the activity: `{base}dataset/export/{compact time}-{16 hex digits}`.
    @Test func exportKeyNamesTheActivity() {
        let key = DescriptionSettings.exportKey(time: settings.time, inputDigest: "0123456789abcdef" + String(repeating: "f", count: 48))
        #expect(key == "20231114T221320Z-0123456789abcdef")
        var s = settings
        s.exportKey = key
        let d = DatasetDescriber.describe(content, policy: policy, settings: s)
        let activity = policy.describedNode("export/20231114T221320Z-0123456789abcdef")
        #expect(value(d, policy.dataset, prov["wasGeneratedBy"]) == [.iri(activity)])
        #expect(value(d, activity, prov["used"]).count == 2)
        #expect(value(d, policy.describedNode("export"), prov["used"]).isEmpty)
        #expect(policy.isDescriptionNode(activity))
    }

    @Test func noLicenceNoPublisherMeansNoTriple() {
        var s = settings
        s.license = nil
        s.publisherName = nil
        let d = DatasetDescriber.describe(content, policy: policy, settings: s)
        #expect(d.triples(predicate: dct["license"]).isEmpty)
        #expect(d.triples(predicate: dct["publisher"]).isEmpty)
    }

    /// Inside an export (no distribution) the dump URL is still the dataset's `void:dataDump`.
    @Test func dataDumpWithoutDistribution() {
        var s = settings
        s.dataDump = IRI(unchecked: "https://example.org/osce.nt")
        let d = DatasetDescriber.describe(content, policy: policy, settings: s)
        #expect(value(d, policy.dataset, void["dataDump"]) == [.iri(IRI(unchecked: "https://example.org/osce.nt"))])
        #expect(value(DatasetDescriber.describe(content, policy: policy, settings: settings), policy.dataset, void["dataDump"]).isEmpty)
    }

    @Test func distributionsAndEndpoint() {
        var s = settings
        s.endpoint = IRI(unchecked: "https://example.org/sparql")
        let file = DistributionFile(name: "osce.ttl", mediaType: "text/turtle", url: IRI(unchecked: "https://example.org/osce.ttl"),
                                    byteSize: 1234, sha256: String(repeating: "ab", count: 32))
        let d = DatasetDescriber.describe(content, policy: policy, settings: s, distributions: [file])
        let dist = policy.describedNode("distribution/osce-ttl-abababababababab")
        #expect(value(d, policy.dataset, dcat["distribution"]) == [.iri(dist)])
        #expect(value(d, dist, dcat["byteSize"]) == [.literal(Literal("1234", datatype: XSD.nonNegativeInteger))])
        #expect(value(d, dist, dcat["mediaType"]) == [.iri(IRI(unchecked: "http://www.iana.org/assignments/media-types/text/turtle"))])
        #expect(value(d, dist, dct["format"]) == [.iri(IRI(unchecked: "http://publications.europa.eu/resource/authority/file-type/RDF_TURTLE"))])
        let checksum = IRI(unchecked: dist.value + "/checksum")
        #expect(value(d, checksum, Namespace(prefix: "spdx", iri: "http://spdx.org/rdf/terms#")["checksumValue"])
            == [.literal(Literal(String(repeating: "ab", count: 32), datatype: XSD.hexBinary))])
        #expect(value(d, policy.dataset, void["dataDump"]) == [.iri(IRI(unchecked: "https://example.org/osce.ttl"))])
        let service = policy.describedNode("service")
        #expect(value(d, service, dcat["endpointURL"]) == [.iri(IRI(unchecked: "https://example.org/sparql"))])
        #expect(value(d, policy.dataset, void["sparqlEndpoint"]) == [.iri(IRI(unchecked: "https://example.org/sparql"))])
    }

    @Test func contentIsSeparatedFromItsDescription() {
        let c = content
        var merged = c
        merged.insert(contentsOf: DatasetDescriber.describe(c, policy: policy, settings: settings))
        #expect(merged.count > c.count)
        #expect(DatasetDescriber.content(of: merged, policy: policy) == c)
        #expect(DatasetDescriber.describe(c, policy: policy, settings: settings).triples
            == DatasetDescriber.describe(c, policy: policy, settings: settings).triples)
    }

    @Test func measuringAFile() throws {
        let path = "/tmp/osce-kg-describe-\(UInt32.random(in: 0...UInt32.max)).txt"
        try "abc".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let f = try DistributionFile.measuring(path: path, mediaType: "text/plain", url: IRI(unchecked: "https://example.org/f"))
        #expect(f.byteSize == 3)
        #expect(f.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(throws: DescriptionError.self) { try DistributionFile.measuring(path: "/nonexistent/f", mediaType: "text/plain", url: f.url) }
    }
}
