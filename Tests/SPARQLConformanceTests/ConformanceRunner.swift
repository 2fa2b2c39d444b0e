import DatasetLoading
import Foundation
import RDF
import RaptorIO
import SPARQLEngine
import SPARQLResultsFormats
import SPARQLSyntax
import TestSupport

/// Runs the tests of the W3C SPARQL manifests (syntax and evaluation) the
/// way the SPARQL 1.1 Test Cases document describes: `qt:data` into the
/// default graph, `qt:graphData` as named graphs named by their file IRI,
/// FROM / FROM NAMED loaded from files relative to the query, results
/// compared as multisets up to blank-node renaming (in order when the
/// query has ORDER BY), graphs compared by isomorphism.
enum ConformanceRunner {
    /// Per-query time limit.
    static let timeoutSeconds = 60.0

    /// Runs `e`; `optimize` false evaluates the algebra as written (`EvaluationOptions.optimize`).
    static func run(_ e: ManifestEntry, optimize: Bool = true) -> TestOutcome {
        if e.manifestPath.contains("/entailment/") { return .skipped("entailment regime (out of scope)") }
        if e.usesService || (e.manifestPath.contains("/service/") && e.kind == .queryEvaluation) {
            return .skipped("SERVICE (out of scope)")
        }
        switch e.kind {
        case .positiveSyntax, .negativeSyntax: return runSyntax(e)
        case .queryEvaluation, .csvResultFormat: return runEvaluation(e, optimize: optimize)
        case .other: return .skipped("test type \(e.typeName) is not a query test")
        }
    }

    static func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    static func runSyntax(_ e: ManifestEntry) -> TestOutcome {
        guard let path = e.queryPath else { return .failed("no action") }
        let positive = e.kind == .positiveSyntax
        if !path.hasSuffix(".rq") {
            // The practice suite's negative tests are RDF documents that must not load.
            do {
                _ = try RDFParser.parseGraph(file: path)
                return positive ? .passed : .failed("the RDF document was accepted")
            } catch {
                return positive ? .failed("\(error)") : .passed
            }
        }
        guard let text = read(path) else { return .failed("cannot read \(path)") }
        do {
            _ = try SPARQLParser.parse(text, baseIRI: IRI(unchecked: ManifestReader.fileURL(path)))
            return positive ? .passed : .failed("the query was accepted")
        } catch {
            return positive ? .failed("\(error)") : .passed
        }
    }

    /// Reads an expected-results file (a graph, or a result set written as RDF).
    static func loadGraph(_ path: String) throws -> Graph {
        try RDFParser.parseGraph(file: path, baseIRI: IRI(unchecked: ManifestReader.fileURL(path)))
    }

    static func runEvaluation(_ e: ManifestEntry, optimize: Bool) -> TestOutcome {
        guard let queryPath = e.queryPath, let text = read(queryPath) else { return .failed("cannot read the query") }
        let query: Query
        do {
            query = try SPARQLParser.parse(text, baseIRI: IRI(unchecked: ManifestReader.fileURL(queryPath)))
        } catch {
            return .failed("parse error: \(error)")
        }
        if containsService(query.pattern) { return .skipped("SERVICE (out of scope)") }
        // The CLI's load path: one blank-node scope per document (RDF merge).
        let loader = DatasetLoader()
        do {
            for p in e.dataPaths { try loader.load(file: p, baseIRI: IRI(unchecked: ManifestReader.fileURL(p)), into: .defaultGraph) }
            for (name, p) in e.graphData {
                try loader.load(file: p, baseIRI: IRI(unchecked: ManifestReader.fileURL(p)), into: .named(.iri(IRI(unchecked: name))))
            }
        } catch {
            return .failed("cannot load data: \(error)")
        }
        let store = loader.store
        store.finishLoading()
        var options = EvaluationOptions.timeout(timeoutSeconds)
        options.baseIRI = IRI(unchecked: ManifestReader.fileURL(queryPath))
        options.optimize = optimize
        options.graphLoader = { iri in
            guard let p = ManifestReader.path(fromFileURL: iri.value) else { return nil }
            return try loader.graph(file: p, baseIRI: IRI(unchecked: ManifestReader.fileURL(p)))
        }
        let actual: QueryOutcome
        var writtenCSV: String?
        do {
            switch try QueryEvaluator(dataset: store, options: options).evaluate(query) {
            case .solutions(let variables, let stream):
                let rows = try stream.rows()
                var dicts: [[String: Term]] = []
                for r in rows {
                    var d: [String: Term] = [:]
                    for (v, t) in zip(variables, r) { if let t { d[v.name] = t } }
                    dicts.append(d)
                }
                actual = .solutions(variables: variables.map(\.name), rows: dicts)
                if let why = resultsRoundTrip(variables: variables, rows: rows, dicts) { return .failed(why) }
                if e.resultPath?.hasSuffix(".csv") == true {
                    var out = ""
                    try SPARQLResultsWriter.write(variables: variables, rows: rows, format: .csv, to: &out)
                    writtenCSV = out
                }
            case .boolean(let b):
                actual = .boolean(b)
            case .graph(let triples):
                actual = .graph(Graph(triples))
            }
        } catch {
            return .failed("evaluation error: \(error)")
        }
        guard let resultPath = e.resultPath else { return .failed("no mf:result") }
        do {
            if resultPath.hasSuffix(".csv") {
                return compareCSV(expectedPath: resultPath, written: writtenCSV ?? "", lax: e.laxCardinality)
            }
            let expected: QueryOutcome
            switch (resultPath as NSString).pathExtension {
            case "srx": expected = try SRXReader.read(path: resultPath)
            case "srj": expected = try SRJReader.read(path: resultPath)
            case "tsv": expected = try TabularResultReader.readTSV(path: resultPath)
            default:
                let graph = try loadGraph(resultPath)
                if case .graph = actual {
                    expected = .graph(graph)
                } else if let (rs, _) = RDFResultSetReader.read(graph) {
                    expected = rs
                } else {
                    return .failed("the result file holds no result set")
                }
            }
            return compare(expected: expected, actual: actual, query: query, lax: e.laxCardinality)
        } catch {
            return .failed("cannot read expected results: \(error)")
        }
    }

    static func compare(expected: QueryOutcome, actual: QueryOutcome, query: Query, lax: Bool) -> TestOutcome {
        switch (expected, actual) {
        case (.boolean(let x), .boolean(let y)):
            return x == y ? .passed : .failed("expected \(x), got \(y)")
        case (.solutions(let ev, let x), .solutions(let av, let y)):
            if !ev.isEmpty && Set(ev) != Set(av) {
                return .failed("expected variables \(ev.sorted()), got \(av.sorted())")
            }
            let order = orderVariables(query.pattern)
            if let why = ResultComparison.compareSolutions(expected: x, actual: y, lax: lax, orderVariables: order) {
                return .failed(why)
            }
            return .passed
        case (.graph(let x), .graph(let y)):
            guard GraphIsomorphism.isomorphic(x, y) else {
                return .failed("graph differs: expected \(x.count) triples, got \(y.count)\(graphDiff(x, y))")
            }
            // The product writes CONSTRUCT results through Raptor (N-Triples by
            // default, Turtle on request): check that both read back the same.
            for syntax in [RDFSyntax.ntriples, .turtle] {
                do {
                    let text = try RDFSerialization.string(from: y, syntax: syntax)
                    let back = try RDFParser.parseGraph(string: text, syntax: syntax)
                    if !GraphIsomorphism.isomorphic(x, back) { return .failed("\(syntax) round trip of the result differs\(graphDiff(x, back))") }
                } catch {
                    return .failed("\(syntax) round trip failed: \(error)")
                }
            }
            return .passed
        default:
            return .failed("expected \(kind(expected)), got \(kind(actual))")
        }
    }

    /// Writes the solutions with `SPARQLResultsWriter` as JSON, XML and TSV
    /// and reads them back with this harness's own readers: nil when every
    /// format gives back the same solutions.
    static func resultsRoundTrip(variables: [Variable], rows: [[Term?]], _ dicts: [[String: Term]]) -> String? {
        let formats: [(SPARQLResultsFormat, (String) throws -> QueryOutcome)] = [
            (.json, { try SRJReader.read(data: Data($0.utf8), path: "written.srj") }),
            (.xml, { try SRXReader.read(data: Data($0.utf8), path: "written.srx") }),
            (.tsv, { try TabularResultReader.readTSV(text: $0, path: "written.tsv") }),
        ]
        for (format, read) in formats {
            var text = ""
            do {
                try SPARQLResultsWriter.write(variables: variables, rows: rows, format: format, to: &text)
            } catch {
                return "\(format) output cannot be written: \(error)"
            }
            do {
                guard case .solutions(let vars, let back) = try read(text) else { return "\(format) output reads back as no solutions" }
                if vars != variables.map(\.name) { return "\(format) output has variables \(vars)" }
                if let why = ResultComparison.compareSolutions(expected: dicts, actual: back, lax: false, orderVariables: nil, exact: true) {
                    return "\(format) output reads back differently: \(why)"
                }
            } catch {
                return "\(format) output cannot be read back: \(error)"
            }
        }
        return nil
    }

    static func graphDiff(_ x: Graph, _ y: Graph) -> String {
        let ground = { (t: Triple) in !t.subject.isBlankNode && !t.object.isBlankNode }
        let missing = x.filter { ground($0) && !y.contains($0) }.prefix(3).map(\.description)
        let extra = y.filter { ground($0) && !x.contains($0) }.prefix(3).map(\.description)
        return (missing.isEmpty ? "" : "; missing " + missing.joined(separator: " ")) + (extra.isEmpty ? "" : "; unexpected " + extra.joined(separator: " "))
    }

    static func kind(_ o: QueryOutcome) -> String {
        switch o {
        case .boolean: return "a boolean"
        case .solutions: return "solutions"
        case .graph: return "a graph"
        }
    }

    /// CSV loses datatypes, so both sides are compared as CSV cells; cells
    /// written `_:x` are blank nodes (SPARQL 1.1 Query Results CSV §3).
    static func compareCSV(expectedPath: String, written: String, lax: Bool) -> TestOutcome {
        guard let text = read(expectedPath) else { return .failed("cannot read \(expectedPath)") }
        let e = TabularResultReader.readCSV(text: text)
        let a = TabularResultReader.readCSV(text: written)
        guard e.variables == a.variables else { return .failed("CSV header differs: expected \(e.variables), got \(a.variables)") }
        func rows(_ t: (variables: [String], rows: [[String]])) -> [[String: Term]] {
            t.rows.map { r in
                var d: [String: Term] = [:]
                for (v, cell) in zip(t.variables, r) where !cell.isEmpty {
                    d[v] = cell.hasPrefix("_:") ? .blankNode(BlankNode(sanitising: String(cell.dropFirst(2)))) : .literal(Literal(cell))
                }
                return d
            }
        }
        if let why = ResultComparison.compareSolutions(expected: rows(e), actual: rows(a), lax: lax, orderVariables: nil) {
            return .failed("CSV: " + why)
        }
        return .passed
    }

    /// The variables of the outermost ORDER BY, when the query has one.
    static func orderVariables(_ p: GraphPattern) -> [String]? {
        switch p {
        case .slice(let a, _, _), .distinct(let a), .reduced(let a), .project(let a, _): return orderVariables(a)
        case .orderBy(_, let conditions):
            var out: [String] = []
            for c in conditions {
                if case .variable(let v) = c.expression { out.append(v.name) } else { return out }
            }
            return out
        default: return nil
        }
    }

    static func containsService(_ p: GraphPattern) -> Bool {
        switch p {
        case .service: return true
        case .bgp, .path, .values: return false
        case .join(let a, let b), .union(let a, let b), .minus(let a, let b), .leftJoin(let a, let b, _):
            return containsService(a) || containsService(b)
        case .filter(_, let a), .graph(_, let a), .extend(let a, _, _), .group(let a, _, _), .orderBy(let a, _),
             .project(let a, _), .distinct(let a), .reduced(let a), .slice(let a, _, _):
            return containsService(a)
        }
    }
}
