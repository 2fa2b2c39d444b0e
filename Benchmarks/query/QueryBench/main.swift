// query-bench: the in-process measurement behind `make bench-query`.
//
//     query-bench --data GRAPH.nt [--min-time 0.5] [--max-runs 200] [--results-dir DIR] Q.rq...
//
// Loads GRAPH (any syntax Raptor reads, by extension) into an `IndexedDataset` the way
// `osce-kg query --data` does (RDFParser.parse → IndexedDataset.add, then finishLoading), then
// evaluates each query repeatedly, writing its results as SPARQL JSON each time (so a run is
// evaluation + serialisation, as `osce-kg query --timings` counts it): runs continue until they
// have taken --min-time seconds in all (at least one run, at most --max-runs), so sub-millisecond
// queries are resolved. With --results-dir, an untimed first run writes the JSON to DIR/NAME.json
// (the benchmark compares it with pyoxigraph's); timed runs write to a sink that only counts bytes.
//
// Prints one JSON object on standard output:
//   {"load": seconds, "triples": quads, "terms": n,
//    "queries": {"q1.rq": {"runs": k, "median": s, "min": s, "count": rows}, ...}}
// Errors: one line `query-bench: FILE: message` on standard error, exit status 1.
import Foundation
import RDF
import RaptorIO
import SPARQLEngine
import SPARQLResultsFormats
import SPARQLSyntax

/// A `TextOutputStream` that counts bytes and keeps nothing.
struct CountingSink: TextOutputStream {
    var bytes = 0
    mutating func write(_ string: String) { bytes &+= string.utf8.count }
}

/// A buffered `TextOutputStream` into a file (C stdio).
struct FileSink: TextOutputStream {
    let file: UnsafeMutablePointer<FILE>
    init?(path: String) {
        guard let f = fopen(path, "w") else { return nil }
        file = f
    }
    mutating func write(_ string: String) {
        var s = string
        s.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, file) }
    }
    func close() { fclose(file) }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("query-bench: \(message)\n".utf8))
    exit(1)
}

/// The rows of a solution stream as a sequence the results writer pulls
/// (streaming: no row is kept); an evaluation error ends it and is kept.
final class Rows: Sequence, IteratorProtocol {
    let stream: SolutionStream
    var error: QueryEvaluationError?
    var count = 0
    init(_ stream: SolutionStream) { self.stream = stream }
    func next() -> [Term?]? {
        do {
            guard let row = try stream.nextRow() else { return nil }
            count += 1
            return row
        } catch {
            self.error = error
            return nil
        }
    }
}

/// Evaluates `query` once and writes its results to `output`; returns the row count.
func runOnce(_ query: Query, on store: IndexedDataset, to output: inout some TextOutputStream) throws -> Int {
    switch try QueryEvaluator.evaluate(query, on: store) {
    case .solutions(let variables, let stream):
        let rows = Rows(stream)
        try SPARQLResultsWriter.write(variables: variables, rows: rows, format: .json, to: &output)
        if let error = rows.error { throw error }
        return rows.count
    case .boolean(let value):
        SPARQLResultsWriter.write(boolean: value, format: .json, to: &output)
        return 1
    case .graph(let triples):
        for t in triples { output.write("\(t)\n") }
        return triples.count
    }
}

var args = Array(CommandLine.arguments.dropFirst())
var data: String?
var minTime = 0.5
var maxRuns = 200
var resultsDir: String?
var queries: [String] = []
while !args.isEmpty {
    let a = args.removeFirst()
    func value() -> String {
        guard !args.isEmpty else { fail("\(a) needs a value") }
        return args.removeFirst()
    }
    switch a {
    case "--data": data = value()
    case "--min-time":
        guard let v = Double(value()) else { fail("--min-time: not a number") }
        minTime = v
    case "--max-runs":
        guard let v = Int(value()) else { fail("--max-runs: not a number") }
        maxRuns = max(1, v)
    case "--results-dir": resultsDir = value()
    default: queries.append(a)
    }
}
guard let data else { fail("usage: query-bench --data GRAPH [--min-time S] [--max-runs N] [--results-dir DIR] Q.rq...") }

let clock = ContinuousClock()
func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

let started = clock.now
let store = IndexedDataset()
do {
    let ext = (data as NSString).pathExtension
    _ = try RDFParser.parse(file: data, syntax: RDFSyntax(fileExtension: ext)) { store.add($0) }
} catch {
    fail("\(data): \(error)")
}
store.finishLoading()
let load = seconds(clock.now - started)

var report: [String: Any] = ["load": load, "triples": store.quadCount, "terms": store.termCount]
var perQuery: [String: Any] = [:]
for path in queries {
    let name = (path as NSString).lastPathComponent
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("\(path): cannot read") }
    let query: Query
    do { query = try SPARQLParser.parse(text, baseIRI: IRI(unchecked: "file://" + path)) } catch {
        fail("\(path):\(error.position.line):\(error.position.column): \(error.message)")
    }
    var times: [Double] = []
    var count = 0
    var total = 0.0
    do {
        // An untimed first run writes the results for comparison (and warms up, as pyoxigraph's worker does).
        if let dir = resultsDir {
            guard var sink = FileSink(path: dir + "/" + name + ".json") else { fail("\(dir): cannot write") }
            count = try runOnce(query, on: store, to: &sink)
            sink.close()
        }
        while times.isEmpty || (total < minTime && times.count < maxRuns) {
            let t0 = clock.now
            var sink = CountingSink()
            count = try runOnce(query, on: store, to: &sink)
            let t = seconds(clock.now - t0)
            if sink.bytes == 0 { fail("\(name): no output") }
            times.append(t)
            total += t
        }
    } catch {
        perQuery[name] = ["error": "\(error)"]
        continue
    }
    let sorted = times.sorted()
    perQuery[name] = ["runs": times.count, "median": sorted[sorted.count / 2], "min": sorted[0], "count": count]
}
report["queries"] = perQuery
let json = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys])
FileHandle.standardOutput.write(json)
FileHandle.standardOutput.write(Data("\n".utf8))
