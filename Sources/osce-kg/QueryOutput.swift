import ArgumentParser
import RaptorIO
import SPARQLEngine
import SPARQLResultsFormats
import SPARQLSyntax

/// The `--results` choice: a SPARQL results format for SELECT/ASK, or a
/// graph syntax (`GraphFormat`: Raptor's, or JSON-LD) for CONSTRUCT/DESCRIBE.
///
/// `json` is the SPARQL JSON results format; RDF/JSON is `rdfjson`.
enum QueryOutput: Equatable {
    case results(SPARQLResultsFormat)
    case graph(GraphFormat)

    init?(name: String) {
        let lower = name.lowercased()
        if let format = SPARQLResultsFormat(rawValue: lower) { self = .results(format); return }
        switch lower {
        case "text": self = .results(.table); return
        case "srj": self = .results(.json); return
        case "srx": self = .results(.xml); return
        default: break
        }
        guard let format = GraphFormat(name: lower), GraphFormat.offered.contains(format) else { return nil }
        self = .graph(format)
    }

    /// The names `--help` and the errors list for tables (SELECT, ASK).
    static let tableNames = SPARQLResultsFormat.allCases.map(\.rawValue)
    /// The names `--help` and the errors list for graphs (CONSTRUCT, DESCRIBE).
    static let graphNames = GraphFormat.offered.map { $0 == .raptor(.json) ? "rdfjson" : $0.description }

    /// Checks that this format can hold what a query of `form` returns.
    ///
    /// - Throws: `ValidationError` (a usage error: exit status 64) naming the
    ///   format, the query form and the formats that can hold its result
    ///   (`--results json` for CONSTRUCT, `--results turtle` for SELECT).
    func check(holds form: QueryForm, name: String) throws {
        switch (self, form) {
        case (.results, .construct), (.results, .describe):
            throw ValidationError("--results \(name) cannot hold the graph a \(form.keyword) query returns; use a graph format: \(QueryOutput.graphNames.joined(separator: ", "))")
        case (.graph, .select), (.graph, .ask):
            throw ValidationError("--results \(name) cannot hold the \(form.keyword == "ASK" ? "boolean an" : "table a") \(form.keyword) query returns; use a results format: \(QueryOutput.tableNames.joined(separator: ", "))")
        default:
            return
        }
    }
}

extension QueryForm {
    /// The SPARQL keyword of the form (`SELECT`, `CONSTRUCT`, `ASK`, `DESCRIBE`).
    var keyword: String {
        switch self {
        case .select: return "SELECT"
        case .construct: return "CONSTRUCT"
        case .ask: return "ASK"
        case .describe: return "DESCRIBE"
        }
    }
}
