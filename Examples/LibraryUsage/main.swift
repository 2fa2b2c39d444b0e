// Using the osce-kg libraries from Swift: build a graph, write it through
// Raptor, read it back, ingest an OSCE page, and query it all with SPARQL.
//
//     $ swift run library-usage Examples/pages/000_0b91f1119559f398.txt
import Foundation
import OSCE          // product OSCEKnowledgeGraph
import PageIngest    // product OSCEKnowledgeGraph
import RDF           // product RDF
import RaptorIO      // product RDF
import SPARQLEngine  // product SPARQL
import SPARQLSyntax  // product SPARQL

// 1. Build a graph from terms.
let schema = Namespace.schema
let osce = try IRI("https://www.osce.org/")
var graph = Graph()
graph.insert(Triple(osce, RDFVocabulary.type, schema["Organization"]))
graph.insert(Triple(osce, schema["name"], try Literal("OSCE", language: "en")))
graph.insert(Triple(osce, schema["foundingDate"], Literal("1975-08-01", datatype: Namespace.xsd["date"])))

// 2. Serialise it through Raptor: to a file here (or `.standardOutput`, or `.memory`,
//    whose text `finish()` returns), in any syntax Raptor writes.
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("osce-kg-library-usage-\(getpid())")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
let file = folder.appendingPathComponent("osce.ttl").path
let writer = try RDFWriter(syntax: .turtle, destination: .file(path: file), namespaces: [schema, .xsd])
try writer.write(contentsOf: graph)
_ = try writer.finish()

// 3. Read the file back (the syntax is taken from the extension).
let readBack = try RDFParser.parseGraph(file: file)
print("read back \(readBack.count) triples, same graph: \(readBack == graph)")

// 4. Ingest a page (text or saved HTML): its facts, then its part of the knowledge graph.
let facts = try PageIngester().ingest(fileAt: CommandLine.arguments[1])
if let item = facts.items.first {
    print("\(facts.kind): \(item.title) (\(item.date ?? "no date"))")
} else {
    print("\(facts.kind): no news item on this page")  // a navigation or listing page
}
var builder = KnowledgeGraphBuilder(includeReferenceData: false)
for release in facts.releases() { builder.add(release) }
for post in facts.posts() { _ = builder.add(post) }
let pageGraph = builder.build()

// 5. Query both graphs with SPARQL 1.1.
let store = IndexedDataset()
for triple in readBack { store.add(triple) }
for triple in pageGraph { store.add(triple) }
store.finishLoading()
let query = try SPARQLParser.parse("""
    PREFIX schema: <http://schema.org/>
    SELECT DISTINCT ?name WHERE {
      { ?org a schema:Organization ; schema:name ?name }
      UNION { ?quote schema:spokenByCharacter/schema:name ?name }
    } ORDER BY ?name
    """)
if case .solutions(_, let solutions) = try QueryEvaluator.evaluate(query, on: store) {
    while let row = try solutions.nextRow() {
        print(row[0].map { "\($0)" } ?? "unbound")
    }
}
