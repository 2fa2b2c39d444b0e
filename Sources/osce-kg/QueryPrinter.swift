import Foundation
#if canImport(Glibc)
import Glibc
#endif
import RDF
import RaptorIO
import SPARQLEngine
import SPARQLResultsFormats
import SPARQLSyntax

/// Prints a query result on standard output in the chosen format.
enum QueryPrinter {
    /// Prints `result`; returns the number of solutions, triples, or 1 for ASK.
    ///
    /// - Parameter output: the `--results` format, already checked by
    ///   `QueryOutput.check(holds:name:)` against the query form.
    /// - Parameter bounded: the query has a deadline: results are printed
    ///   only once evaluation is complete.
    @discardableResult
    static func print(_ result: QueryResult, query: Query, output: QueryOutput?, bounded: Bool = false) throws -> Int {
        switch result {
        case .solutions(let variables, let stream):
            let rows = SolutionRows(stream: stream)
            let format = try tableFormat(output)
            if bounded {
                // Under --timeout, the document goes to a temporary file and is
                // printed once evaluation is complete, so a query that runs out
                // of time prints nothing rather than a well-formed but partial
                // document, and memory holds no rows (the table format excepted:
                // it needs every row for the column widths).
                var spool = try ResultSpool()
                do {
                    try SPARQLResultsWriter.write(variables: variables, rows: rows, format: format, prefixes: query.prefixes, to: &spool)
                } catch {
                    throw Failure(error.message + "; use --results json, tsv or csv")
                }
                if let error = rows.error { throw error }
                try spool.copyToStandardOutput()
            } else {
                var out = StandardOutputStream()
                do {
                    try SPARQLResultsWriter.write(variables: variables, rows: rows, format: format, prefixes: query.prefixes, to: &out)
                } catch {
                    try? out.finish()  // the rows before it
                    throw Failure(error.message + "; use --results json, tsv or csv")
                }
                try out.finish()
            }
            if let error = rows.error { throw error }
            return rows.count
        case .boolean(let value):
            var out = StandardOutputStream()
            SPARQLResultsWriter.write(boolean: value, format: try tableFormat(output), to: &out)
            try out.finish()
            return 1
        case .graph(let triples):
            var format = GraphFormat.raptor(.ntriples)
            if case .graph(let chosen) = output { format = chosen }
            let prefixes = query.prefixes.filter { !$0.prefix.isEmpty || format == .raptor(.turtle) }
            try format.write(triples, to: .standardOutput, namespaces: prefixes)
            return triples.count
        }
    }

    /// The results format for a SELECT or ASK result (`table` by default).
    private static func tableFormat(_ output: QueryOutput?) throws -> SPARQLResultsFormat {
        switch output ?? .results(.table) {
        case .results(let format): return format
        case .graph(let format):
            throw Failure("--results \(format) cannot hold a table; use a results format: \(QueryOutput.tableNames.joined(separator: ", "))")
        }
    }
}

/// Standard output (or a file) as a buffered `TextOutputStream`. A failed
/// write (a full disk, a closed pipe) is kept in `failure` instead of
/// trapping, and the rest of the output is dropped; the caller reports it.
struct StandardOutputStream: TextOutputStream {
    private var buffer: [UInt8] = []
    private(set) var failure: Failure?
    /// The file descriptor written to: 1, or a file this stream opened and `close()` closes.
    private let descriptor: Int32

    init() {
        descriptor = 1
        buffer.reserveCapacity(1 << 16)
    }

    /// A stream to the file at `path`, created or truncated; nil (with
    /// `errno` set) when it cannot be opened.
    init?(creatingFile path: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return nil }
        descriptor = fd
        buffer.reserveCapacity(1 << 16)
    }

    /// Closes the file opened by `init(creatingFile:)` (standard output stays open).
    mutating func close() {
        if descriptor != 1 { _ = Glibc.close(descriptor) }
    }

    mutating func write(_ string: String) {
        guard failure == nil else { return }
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard failure == nil, !buffer.isEmpty else { buffer.removeAll(keepingCapacity: true); return }
        if let error = FileDescriptor.writeAll(descriptor, buffer) { failure = Failure("write failed: \(error)") }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, then throws the first write failure, if any.
    mutating func finish() throws {
        flush()
        if let failure { throw failure }
    }
}
