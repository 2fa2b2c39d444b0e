import Foundation
import RDF
import RaptorIO
import RDFJSONLD

/// Reads one RDF document (a file or standard input) in any syntax the tool reads: Raptor's
/// parsers, and JSON-LD through `JSONLDReader`. The one read path of `query --data`,
/// `--named-graph`, FROM, `describe`, `push` and `serve --data`, so every command reads the
/// same syntaxes and reports a bad document the same way: one line,
/// `FILE:LINE:COLUMN: message` (`FILE:LINE: message` where the parser gives no column:
/// Raptor's RDF/XML parser, and its Turtle and TriG parsers unless `TurtleErrorColumn` finds
/// the offending token on the line).
///
///     try RDFDocument.read(file: "a.jsonld", format: .jsonld, baseIRI: base) { quads.append($0) }
enum RDFDocument {
    /// Parses `path` in `format`, handing each quad (graph nil for the default graph) to `handler`.
    /// - Parameters:
    ///   - blankNodeScope: the document's scope in an RDF merge (`BlankNodeScope`); nil keeps labels.
    ///   - warn: receives each warning line (`FILE:LINE:COLUMN: why`: a JSON-LD member dropped).
    /// - Throws: `Failure` with the one-line diagnostic; the quads read before it were handed on.
    static func read(file path: String, format: GraphFormat, baseIRI: IRI, blankNodeScope: BlankNodeScope? = nil,
                     warn: (String) -> Void = { _ in }, handler: (Quad) -> Void) throws {
        switch format {
        case .raptor(let syntax):
            do {
                try RDFParser.parse(file: path, syntax: syntax, baseIRI: baseIRI, blankNodeScope: blankNodeScope, handler: handler)
            } catch {
                throw Failure(diagnostic(error, file: path, syntax: syntax))
            }
        case .jsonld:
            guard let data = FileManager.default.contents(atPath: path) else {
                throw Failure("\(path): cannot read the file: \(FileManager.default.fileExists(atPath: path) ? "permission denied or a folder" : "no such file")")
            }
            try read(jsonld: [UInt8](data), name: path, baseIRI: baseIRI, blankNodeScope: blankNodeScope, warn: warn, handler: handler)
        }
    }

    /// Parses JSON-LD bytes (a file's or standard input's, named `name` in messages).
    static func read(jsonld bytes: [UInt8], name: String, baseIRI: IRI, blankNodeScope: BlankNodeScope? = nil,
                     warn: (String) -> Void = { _ in }, handler: (Quad) -> Void) throws {
        let result: JSONLDReader.Result
        do { result = try JSONLDReader.read(bytes, baseIRI: baseIRI) } catch {
            let position = error.position
            throw Failure(SourcePosition.diagnostic(file: name, line: position?.line, column: position?.column, message: error.message))
        }
        for warning in result.warnings { warn("\(name):\(warning)") }
        for quad in result.quads {
            guard let scope = blankNodeScope else { handler(quad); continue }
            handler(Quad(Triple(scope.term(quad.subject), quad.predicate, scope.term(quad.object)), graph: quad.graph.map(scope.term)))
        }
    }

    /// A Raptor error as one line: the first error's `FILE:LINE[:COLUMN]: message`, with the
    /// count of the errors after it (Raptor's RDF/XML parser logs a second error for the same
    /// fault). Raptor's RDF/JSON parser (YAJL) gives no position: the JSON is then read with
    /// `JSONReader`, which finds the first syntax error's line and column. Raptor's Turtle and
    /// TriG parsers give the line only: `TurtleErrorColumn` adds the column when it is certain.
    static func diagnostic(_ error: RaptorError, file: String, syntax: RDFSyntax) -> String {
        if error.kind == .parse, error.position == nil, syntax == .json || syntax == .jsonTriples,
           let data = FileManager.default.contents(atPath: file) {
            do { _ = try JSONReader.read([UInt8](data)) } catch {
                return SourcePosition.diagnostic(file: file, line: error.position.line, column: error.position.column,
                                                 message: "not JSON: \(error.message)")
            }
        }
        let position = error.position
        var column = position?.column
        if let line = position?.line, column == 0, [.turtle, .trig, .guess].contains(syntax),
           let data = FileManager.default.contents(atPath: file) {
            column = TurtleErrorColumn.find(message: error.message, line: line, in: [UInt8](data)) ?? 0
        }
        let more = error.messages.filter(\.isError).count - 1
        let message = error.message + (more > 0 ? " (and \(more) more error\(more == 1 ? "" : "s") after it)" : "")
        return SourcePosition.diagnostic(file: error.file ?? file, line: position?.line, column: column, message: message)
    }
}
