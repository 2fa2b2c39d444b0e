// swift-tools-version:6.0
//
// osce-kg: OSCE public pages as a linked-data knowledge graph.
//
// Layers (dependencies point downward only):
//
//   osce-kg (CLI, no domain logic)
//     ├── LinkedDataServer (`serve`: SPARQL 1.1 Protocol endpoint and linked-data pages, on Hummingbird 2)
//     ├── PageEvaluation (precision and recall of PageIngest on annotated pages)
//     ├── DatasetDescription (DCAT-AP, VoID and PROV description of an export)
//     ├── PageIngest  (page text → OSCE model)
//     │     ├── OSCE  (domain model, IRI policy, model → RDF, reference data)
//     │     └── HTMLReader (saved HTML pages → text lines through libxml2; the ONLY importer of CLibXML2)
//     │           └── CLibXML2 (system library, pkg-config libxml-2.0)
//     ├── DatasetLoading (RDF documents → the query store, one blank-node scope per document)
//     ├── SPARQLResultsFormats (SPARQL results JSON/XML/CSV/TSV writers and readers, text table; one file per format)
//     ├── SPARQLEngine (indexed store, evaluator)
//     │     └── SPARQLOptimizer (algebra → plan: filter push-down, BGP merging, join order, top-k; EXPLAIN)
//     │           └── SPARQLSyntax (lexer, parser, algebra; SPARQL 1.1 §18)
//     ├── GraphStoreClient (SPARQL 1.1 Graph Store HTTP Protocol client for push; Foundation's URLSession)
//     ├── RDFJSONLD   (JSON-LD 1.1 writer over the RDF core; pure Swift, Raptor writes no JSON-LD)
//     ├── RaptorIO    (parse and serialise through libraptor2; the ONLY importer of CRaptor2)
//     │     └── CRaptor2 (system library, pkg-config raptor2)
//     ├── RDF         (terms, triples, graphs, namespaces; no C, no I/O)
//     ├── ScratchFile (nameless temporary files: an export's spilled page facts, statistics, page lists and holdings' releases, query result spools)
//     └── Digests     (SHA-256, the one implementation: distribution checksums, SPARQL SHA256(), colliding page names)
import PackageDescription

let package = Package(
    name: "osce-kg",
    products: [
        .library(name: "RDF", targets: ["RDF", "RaptorIO", "RDFJSONLD"]),
        .library(name: "SPARQL", targets: ["SPARQLSyntax", "SPARQLOptimizer", "SPARQLEngine", "SPARQLResultsFormats", "DatasetLoading"]),
        .library(name: "OSCEKnowledgeGraph", targets: ["OSCE", "PageIngest", "HTMLReader", "DatasetDescription"]),
        .executable(name: "osce-kg", targets: ["osce-kg"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
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
        .target(name: "ScratchFile"),
        .target(name: "RaptorIO", dependencies: ["RDF", "CRaptor2"]),
        .target(name: "RDFJSONLD", dependencies: ["RDF"]),
        .target(name: "GraphStoreClient", dependencies: ["RDF", "Digests"]),
        .target(name: "SPARQLSyntax", dependencies: ["RDF"]),
        .target(name: "Digests"),
        .target(name: "SPARQLOptimizer", dependencies: ["RDF", "SPARQLSyntax"]),
        .target(name: "SPARQLEngine", dependencies: ["RDF", "SPARQLSyntax", "SPARQLOptimizer", "Digests"]),
        .target(name: "SPARQLResultsFormats", dependencies: ["RDF", "SPARQLSyntax"]),
        .target(name: "DatasetLoading", dependencies: ["RDF", "RaptorIO", "SPARQLEngine"]),
        // The post lexicon (Resources/post-lexicon.tsv) is compiled in by the EmbedResources plugin.
        .target(name: "OSCE", dependencies: ["RDF", "ScratchFile"], exclude: ["Resources"], plugins: ["EmbedResources"]),
        .target(name: "DatasetDescription", dependencies: ["RDF", "OSCE", "Digests", "ScratchFile"]),
        .target(name: "HTMLReader", dependencies: ["CLibXML2", "RDF"]),
        // The layout lexicon (Resources/*.tsv) is compiled in by the EmbedResources plugin, so the
        // binary needs no resource bundle beside it.
        .target(name: "PageIngest", dependencies: ["OSCE", "RDF", "HTMLReader", "ScratchFile", "Digests"], exclude: ["Resources"],
                plugins: ["EmbedResources"]),
        .executableTarget(name: "embed-resource"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["embed-resource"]),
        .target(name: "PageEvaluation", dependencies: ["PageIngest", "OSCE", "RDF"]),
        // `osce-kg serve`: SPARQL 1.1 Protocol endpoint and linked-data pages over a loaded dataset.
        .target(
            name: "LinkedDataServer",
            dependencies: [
                "RDF", "RaptorIO", "RDFJSONLD", "SPARQLSyntax", "SPARQLEngine", "SPARQLResultsFormats", "OSCE",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .executableTarget(
            name: "osce-kg",
            dependencies: [
                "RDF", "RaptorIO", "RDFJSONLD", "SPARQLSyntax", "SPARQLEngine", "SPARQLResultsFormats", "DatasetLoading", "OSCE", "PageIngest",
                "PageEvaluation", "DatasetDescription", "Digests", "LinkedDataServer", "GraphStoreClient", "ScratchFile",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The README's "Using the libraries from Swift" example, compiled and run by CLITests.
        .executableTarget(
            name: "library-usage",
            dependencies: ["RDF", "RaptorIO", "SPARQLSyntax", "SPARQLEngine", "OSCE", "PageIngest"],
            path: "Examples/LibraryUsage"
        ),
        // `make bench-query`'s in-process measurement (load once, each query repeated).
        .executableTarget(
            name: "query-bench",
            dependencies: ["RDF", "RaptorIO", "SPARQLSyntax", "SPARQLEngine", "SPARQLResultsFormats"],
            path: "Benchmarks/query/QueryBench"
        ),
        .testTarget(name: "RDFTests", dependencies: ["RDF"]),
        .testTarget(name: "RDFJSONLDTests", dependencies: ["RDF", "RDFJSONLD"]),
        .testTarget(name: "GraphStoreClientTests", dependencies: ["RDF", "GraphStoreClient"]),
        // Shared by the test targets (like ArgumentParserTestHelpers): graph isomorphism, term builders.
        .target(name: "TestSupport", dependencies: ["RDF"], path: "Tests/TestSupport"),
        .testTarget(name: "RaptorIOTests", dependencies: ["RDF", "RaptorIO", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "SPARQLSyntaxTests", dependencies: ["RDF", "SPARQLSyntax"]),
        .testTarget(name: "SPARQLOptimizerTests", dependencies: ["RDF", "SPARQLSyntax", "SPARQLOptimizer", "SPARQLEngine"]),
        .testTarget(name: "SPARQLEngineTests", dependencies: ["RDF", "SPARQLSyntax", "SPARQLOptimizer", "SPARQLEngine", "TestSupport"]),
        .testTarget(name: "SPARQLResultsFormatsTests", dependencies: ["RDF", "SPARQLSyntax", "SPARQLResultsFormats", "TestSupport"]),
        .testTarget(
            name: "SPARQLConformanceTests",
            dependencies: ["RDF", "RaptorIO", "SPARQLSyntax", "SPARQLEngine", "SPARQLResultsFormats", "DatasetLoading", "TestSupport"],
            exclude: ["Fixtures", "expected-failures.txt"]
        ),
        .testTarget(name: "OSCETests", dependencies: ["RDF", "OSCE", "ScratchFile"]),
        .testTarget(name: "DigestsTests", dependencies: ["Digests"]),
        .testTarget(name: "DatasetDescriptionTests", dependencies: ["RDF", "RaptorIO", "OSCE", "DatasetDescription"]),
        .testTarget(name: "HTMLReaderTests", dependencies: ["HTMLReader"], exclude: ["Fixtures"]),
        .testTarget(name: "PageIngestTests", dependencies: ["OSCE", "PageIngest", "HTMLReader"], exclude: ["Fixtures"]),
        .testTarget(name: "PageEvaluationTests", dependencies: ["PageIngest", "PageEvaluation"], exclude: ["floors.json"]),
        .testTarget(name: "LinkedDataServerTests", dependencies: ["RDF", "SPARQLSyntax", "SPARQLEngine", "LinkedDataServer"]),
        .testTarget(name: "CLITests", dependencies: ["RDF", "RaptorIO", "RDFJSONLD", "osce-kg", "library-usage"]),
    ]
)
