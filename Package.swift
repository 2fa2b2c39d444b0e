// swift-tools-version:6.0
//
// osce-kg: OSCE public pages as a linked-data knowledge graph.
//
// Layers (dependencies point downward only):
//
//   osce-kg (CLI, no domain logic)
//     ├── PageEvaluation (precision and recall of PageIngest on annotated pages)
//     ├── DatasetDescription (DCAT-AP, VoID and PROV description of an export)
//     ├── PageIngest  (page text → OSCE model)
//     │     ├── OSCE  (domain model, IRI policy, model → RDF, reference data)
//     │     └── HTMLReader (saved HTML pages → text lines through libxml2; the ONLY importer of CLibXML2)
//     │           └── CLibXML2 (system library, pkg-config libxml-2.0)
//     ├── DatasetLoading (RDF documents → the query store, one blank-node scope per document)
//     ├── SPARQLEngine (indexed store, evaluator, result formats)
//     │     └── SPARQLSyntax (lexer, parser, algebra; SPARQL 1.1 §18)
//     ├── RDFJSONLD   (JSON-LD 1.1 writer over the RDF core; pure Swift, Raptor writes no JSON-LD)
//     ├── RaptorIO    (parse and serialise through libraptor2; the ONLY importer of CRaptor2)
//     │     └── CRaptor2 (system library, pkg-config raptor2)
//     ├── RDF         (terms, triples, graphs, namespaces; no C, no I/O)
//     └── Digests     (SHA-256, the one implementation: distribution checksums and SPARQL SHA256())
import PackageDescription

let package = Package(
    name: "osce-kg",
    products: [
        .library(name: "RDF", targets: ["RDF", "RaptorIO", "RDFJSONLD"]),
        .library(name: "SPARQL", targets: ["SPARQLSyntax", "SPARQLEngine", "DatasetLoading"]),
        .library(name: "OSCEKnowledgeGraph", targets: ["OSCE", "PageIngest", "HTMLReader", "DatasetDescription"]),
        .executable(name: "osce-kg", targets: ["osce-kg"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CRaptor2",
            pkgConfig: "raptor2",
            providers: [.apt(["libraptor2-dev"]), .brew(["raptor"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "RDF"),
        .target(name: "RaptorIO", dependencies: ["RDF", "CRaptor2"]),
        .target(name: "RDFJSONLD", dependencies: ["RDF"]),
        .target(name: "SPARQLSyntax", dependencies: ["RDF"]),
        .target(name: "Digests"),
        .target(name: "SPARQLEngine", dependencies: ["RDF", "SPARQLSyntax", "Digests"]),
        .target(name: "DatasetLoading", dependencies: ["RDF", "RaptorIO", "SPARQLEngine"]),
        .target(name: "OSCE", dependencies: ["RDF"]),
        .target(name: "DatasetDescription", dependencies: ["RDF", "OSCE", "Digests"]),
        .target(name: "HTMLReader", dependencies: ["CLibXML2", "RDF"]),
        // The layout lexicon (Resources/*.tsv) is compiled in by the EmbedResources plugin, so the
        // binary needs no resource bundle beside it.
        .target(name: "PageIngest", dependencies: ["OSCE", "RDF", "HTMLReader"], exclude: ["Resources"],
                plugins: ["EmbedResources"]),
        .executableTarget(name: "embed-resource"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["embed-resource"]),
        .target(name: "PageEvaluation", dependencies: ["PageIngest", "OSCE", "RDF"]),
        .executableTarget(
            name: "osce-kg",
            dependencies: [
                "RDF", "RaptorIO", "RDFJSONLD", "SPARQLSyntax", "SPARQLEngine", "DatasetLoading", "OSCE", "PageIngest", "PageEvaluation",
                "DatasetDescription", "Digests",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The README's "Using the libraries from Swift" example, compiled and run by CLITests.
        .executableTarget(
            name: "library-usage",
            dependencies: ["RDF", "RaptorIO", "SPARQLSyntax", "SPARQLEngine", "OSCE", "PageIngest"],
            path: "Examples/LibraryUsage"
        ),
        .testTarget(name: "RDFTests", dependencies: ["RDF"]),
        .testTarget(name: "RDFJSONLDTests", dependencies: ["RDF", "RDFJSONLD"]),
        .testTarget(name: "RaptorIOTests", dependencies: ["RDF", "RaptorIO"], exclude: ["Fixtures"]),
        .testTarget(name: "SPARQLSyntaxTests", dependencies: ["RDF", "SPARQLSyntax"]),
        .testTarget(name: "SPARQLEngineTests", dependencies: ["RDF", "SPARQLSyntax", "SPARQLEngine"]),
        .testTarget(
            name: "SPARQLConformanceTests",
            dependencies: ["RDF", "RaptorIO", "SPARQLSyntax", "SPARQLEngine", "DatasetLoading"],
            exclude: ["Fixtures", "expected-failures.txt"]
        ),
        .testTarget(name: "OSCETests", dependencies: ["RDF", "OSCE"]),
        .testTarget(name: "DigestsTests", dependencies: ["Digests"]),
        .testTarget(name: "DatasetDescriptionTests", dependencies: ["RDF", "RaptorIO", "OSCE", "DatasetDescription"]),
        .testTarget(name: "HTMLReaderTests", dependencies: ["HTMLReader"], exclude: ["Fixtures"]),
        .testTarget(name: "PageIngestTests", dependencies: ["OSCE", "PageIngest", "HTMLReader"], exclude: ["Fixtures"]),
        .testTarget(name: "PageEvaluationTests", dependencies: ["PageIngest", "PageEvaluation"], exclude: ["floors.json"]),
        .testTarget(name: "CLITests", dependencies: ["RDF", "RaptorIO", "RDFJSONLD", "osce-kg", "library-usage"]),
    ]
)
