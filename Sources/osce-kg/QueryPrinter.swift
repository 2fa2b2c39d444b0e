import Foundation
#if canImport(Glibc)
import Glibc
#endif
import RDF
import RaptorIO
import SPARQLEngine
import SPARQLSyntax

/// Prints a query result on standard output in the chosen format.
enum QueryPrinter {
    static let rs = Namespace(prefix: "rs", iri: "http://www.w3.org/2001/sw/DataAccess/tests/result-set#")

    /// Prints `result`; returns the number of solutions, triples, or 1 for ASK.
    @discardableResult
    /// - Parameter bounded: the query has a deadline: results are printed
    ///   only once evaluation is complete.
    static func print(_ result: QueryResult, query: Query, output: QueryOutput?, bounded: Bool = false) throws -> Int {
        switch result {
        case .solutions(let variables, let stream):
            let rows = RowSequence(stream: stream)
            switch output ?? .results(.table) {
            case .results(let format):
                if bounded {
                    // Under --timeout, the document goes to a temporary file and is
                    // printed once evaluation is complete, so a query that runs out
                    // of time prints nothing rather than a well-formed but partial
                    // document, and memory holds no rows (the table format excepted:
                    // it needs every row for the column widths).
                    var spool = try ResultSpool()
                    SPARQLResultsWriter.write(variables: variables, rows: rows, format: format, prefixes: query.prefixes, to: &spool)
                    if let error = rows.error { throw error }
                    try spool.copyToStandardOutput()
                } else {
                    var out = StandardOutputStream()
                    SPARQLResultsWriter.write(variables: variables, rows: rows, format: format, prefixes: query.prefixes, to: &out)
                    try out.finish()
                }
            case .rdf(let syntax):
                // The result-set graph is complete before anything is written.
                let graph = resultSetGraph(variables: variables, rows: rows)
                if let error = rows.error { throw error }
                try writeGraph(graph, syntax: syntax, prefixes: [rs] + query.prefixes)
            }
            if let error = rows.error { throw error }
            return rows.count
        case .boolean(let value):
            switch output ?? .results(.table) {
            case .results(let format):
                var out = StandardOutputStream()
                SPARQLResultsWriter.write(boolean: value, format: format, to: &out)
                try out.finish()
            case .rdf(let syntax):
                let set = IRI(unchecked: "urn:x-osce-kg:result-set")
                let triples = [Triple(set, RDFVocabulary.type, rs["ResultSet"]),
                               Triple(set, rs["boolean"], Literal(value))]
                try writeGraph(triples, syntax: syntax, prefixes: [rs])
            }
            return 1
        case .graph(let triples):
            var syntax = RDFSyntax.ntriples
            if case .rdf(let chosen) = output { syntax = chosen }
            try writeGraph(triples, syntax: syntax, prefixes: query.prefixes)
            return triples.count
        }
    }

    static func writeGraph(_ triples: [Triple], syntax: RDFSyntax, prefixes: [Namespace]) throws {
        let writer = try RDFWriter(syntax: syntax, destination: .standardOutput, namespaces: prefixes.filter { !$0.prefix.isEmpty || syntax == .turtle })
        try writer.write(contentsOf: triples)
        _ = try writer.finish()
    }

    /// A SELECT result in the DAWG result-set vocabulary (the form of the
    /// W3C suites' `.ttl` results), with deterministic blank-node labels.
    static func resultSetGraph(variables: [Variable], rows: RowSequence) -> [Triple] {
        let set = BlankNode(unchecked: "rs").term
        var triples = [Triple(set, RDFVocabulary.type, rs["ResultSet"].term)]
        for v in variables { triples.append(Triple(set, rs["resultVariable"], Literal(v.name).term)) }
        var n = 0
        for row in rows {
            let solution = BlankNode(unchecked: "s\(n)").term
            triples.append(Triple(set, rs["solution"], solution))
            for (i, value) in row.enumerated() {
                guard let value else { continue }
                let binding = BlankNode(unchecked: "s\(n)b\(i)").term
                triples.append(Triple(solution, rs["binding"], binding))
                triples.append(Triple(binding, rs["variable"], Literal(variables[i].name).term))
                triples.append(Triple(binding, rs["value"], value))
            }
            n += 1
        }
        return triples
    }
}

/// The rows of a solution stream as a non-throwing sequence: an evaluation
/// error (a timeout) ends the sequence and is kept in `error`, so that the
/// caller reports it instead of passing off partial results as complete.
final class RowSequence: Sequence, IteratorProtocol {
    let stream: SolutionStream
    private(set) var error: QueryEvaluationError?
    /// The rows delivered so far.
    private(set) var count = 0

    init(stream: SolutionStream) { self.stream = stream }

    func next() -> [Term?]? {
        guard error == nil else { return nil }
        do {
            let row = try stream.nextRow()
            if row != nil { count += 1 }
            return row
        } catch {
            self.error = error
            return nil
        }
    }

    func makeIterator() -> RowSequence { self }
}

/// Standard output as a buffered `TextOutputStream`. A failed write (a full
/// disk, a closed pipe) is kept in `failure` instead of trapping, and the
/// rest of the output is dropped; the caller reports it.
struct StandardOutputStream: TextOutputStream {
    private var buffer: [UInt8] = []
    private(set) var failure: Failure?

    init() { buffer.reserveCapacity(1 << 16) }

    mutating func write(_ string: String) {
        guard failure == nil else { return }
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard failure == nil, !buffer.isEmpty else { buffer.removeAll(keepingCapacity: true); return }
        if let error = FileDescriptor.writeAll(1, buffer) { failure = Failure("write failed: \(error)") }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, then throws the first write failure, if any.
    mutating func finish() throws {
        flush()
        if let failure { throw failure }
    }
}
