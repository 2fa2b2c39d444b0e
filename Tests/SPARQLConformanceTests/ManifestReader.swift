import Foundation
import RDF
import RaptorIO

/// Reads manifests (Turtle, parsed with RaptorIO) and follows `mf:include`.
enum ManifestReader {
    static let mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"
    static let qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#"
    static let dawgt = "http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#"
    static let rdfType = RDFVocabulary.type

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// All entries of the manifest at `path` and of the manifests it includes, in order.
    static func entries(manifest path: String) throws -> [ManifestEntry] {
        let url = fileURL(path)
        let graph: Graph
        do {
            graph = try RDFParser.parseGraph(file: path, syntax: .turtle, baseIRI: IRI(unchecked: url))
        } catch {
            throw Failure(description: "cannot read manifest \(path): \(error)")
        }
        let index = GraphIndex(graph)
        let me = Term.iri(IRI(unchecked: url))
        var out: [ManifestEntry] = []
        for include in index.objects(me, mf + "include").flatMap({ index.list($0) }) {
            guard let iri = include.iri, let p = ManifestReader.path(fromFileURL: iri.value) else { continue }
            out += try entries(manifest: p)
        }
        for entries in index.objects(me, mf + "entries") {
            for e in index.list(entries) {
                if let entry = entry(e, index, manifestPath: path) { out.append(entry) }
            }
        }
        return out
    }

    static func entry(_ node: Term, _ g: GraphIndex, manifestPath: String) -> ManifestEntry? {
        guard let type = g.objects(node, rdfType.value).compactMap(\.iri).first else { return nil }
        let typeName = String(type.value.split(separator: "#").last ?? "")
        let kind: ManifestEntry.Kind
        switch typeName {
        case "PositiveSyntaxTest", "PositiveSyntaxTest11": kind = .positiveSyntax
        case "NegativeSyntaxTest", "NegativeSyntaxTest11": kind = .negativeSyntax
        case "QueryEvaluationTest": kind = .queryEvaluation
        case "CSVResultFormatTest": kind = .csvResultFormat
        default: kind = .other
        }
        var iri: String
        switch node {
        case .iri(let i): iri = i.value
        default: iri = "\(fileURL(manifestPath))#\(node)"
        }
        // Tests named relative to their manifest get a name that does not depend on the checkout's location.
        let fixtures = fileURL(ConformanceTests.fixtures) + "/"
        if iri.hasPrefix(fixtures) { iri = "fixtures:" + iri.dropFirst(fixtures.count) }
        var e = ManifestEntry(iri: iri, name: g.objects(node, mf + "name").first?.literal?.lexicalForm ?? iri,
                              kind: kind, typeName: typeName, manifestPath: manifestPath)
        e.approval = g.objects(node, dawgt + "approval").first?.iri.map { String($0.value.split(separator: "#").last ?? "") }
        e.laxCardinality = g.objects(node, mf + "resultCardinality").contains { $0.iri?.value == mf + "LaxCardinality" }
        e.resultPath = g.objects(node, mf + "result").first?.iri.flatMap { path(fromFileURL: $0.value) }
        for action in g.objects(node, mf + "action") {
            if let a = action.iri {
                e.queryPath = path(fromFileURL: a.value)
            } else {
                e.queryPath = g.objects(action, qt + "query").first?.iri.flatMap { path(fromFileURL: $0.value) }
                e.dataPaths = g.objects(action, qt + "data").compactMap { $0.iri.flatMap { path(fromFileURL: $0.value) } }
                e.graphData = g.objects(action, qt + "graphData").compactMap { t in
                    // qt:graphData is the file IRI, or a node with rdfs:label naming the graph (SPARQL 1.1).
                    if let i = t.iri, let p = path(fromFileURL: i.value) { return (i.value, p) }
                    if let file = g.objects(t, qt + "graph").first?.iri, let p = path(fromFileURL: file.value) {
                        let label = g.objects(t, "http://www.w3.org/2000/01/rdf-schema#label").first?.literal?.lexicalForm
                        return (label ?? file.value, p)
                    }
                    return nil
                }
                e.usesService = !g.objects(action, qt + "serviceData").isEmpty
            }
        }
        return e
    }

    static func fileURL(_ path: String) -> String {
        "file://" + path.split(separator: "/", omittingEmptySubsequences: false).map {
            String($0).addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? String($0)
        }.joined(separator: "/")
    }

    static func path(fromFileURL iri: String) -> String? {
        guard iri.hasPrefix("file://") else { return nil }
        let p = String(iri.dropFirst("file://".count))
        return p.removingPercentEncoding ?? p
    }
}
