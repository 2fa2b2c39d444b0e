import Foundation
import RDF

/// Reads SPARQL 1.1 Query Results JSON (https://www.w3.org/TR/sparql11-results-json/).
enum SRJReader {
    static func read(path: String) throws -> QueryOutcome {
        guard let data = FileManager.default.contents(atPath: path) else { throw ResultFileError("cannot read \(path)") }
        return try read(data: data, path: path)
    }

    static func read(data: Data, path: String) throws -> QueryOutcome {
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw ResultFileError("\(path): not a JSON object")
        }
        if let b = root["boolean"] as? Bool { return .boolean(b) }
        let head = root["head"] as? [String: Any]
        let variables = head?["vars"] as? [String] ?? []
        guard let results = root["results"] as? [String: Any], let bindings = results["bindings"] as? [[String: Any]] else {
            throw ResultFileError("\(path): no results.bindings")
        }
        var rows: [[String: Term]] = []
        for b in bindings {
            var row: [String: Term] = [:]
            for (name, value) in b {
                guard let v = value as? [String: Any], let type = v["type"] as? String, let s = v["value"] as? String else {
                    throw ResultFileError("\(path): bad binding for \(name)")
                }
                switch type {
                case "uri": row[name] = .iri(IRI(unchecked: s))
                case "bnode": row[name] = .blankNode(BlankNode(sanitising: s))
                case "literal", "typed-literal":
                    if let lang = v["xml:lang"] as? String { row[name] = .literal(Literal(s, uncheckedLanguage: lang)) }
                    else if let dt = v["datatype"] as? String { row[name] = .literal(Literal(s, datatype: IRI(unchecked: dt))) }
                    else { row[name] = .literal(Literal(s)) }
                default: throw ResultFileError("\(path): unknown term type \(type)")
                }
            }
            rows.append(row)
        }
        return .solutions(variables: variables, rows: rows)
    }
}
