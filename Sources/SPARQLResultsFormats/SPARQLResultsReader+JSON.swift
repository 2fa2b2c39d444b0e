import RDF
import SPARQLSyntax

extension SPARQLResultsReader {
    public static func readJSON(_ text: String) throws(SPARQLResultsReadError) -> SPARQLResults {
        let doc: JSONValue
        do { doc = try JSONReader.read(text) } catch {
            throw SPARQLResultsReadError(.syntax, error.message, at: error.position)
        }
        if let b = doc["boolean"] {
            guard case .bool(let v) = b else { throw SPARQLResultsReadError(.structure, "\"boolean\" is not true or false") }
            return .boolean(v)
        }
        guard let head = doc["head"] else { throw SPARQLResultsReadError(.structure, "no \"head\" member") }
        var variables: [Variable] = []
        if case .array(let vars)? = head["vars"] {
            for v in vars {
                guard let s = v.string else { throw SPARQLResultsReadError(.structure, "a variable name is not a string") }
                variables.append(Variable(s))
            }
        }
        var rows: [[Variable: Term]] = []
        guard case .array(let bindings)? = doc["results"]?["bindings"] else {
            throw SPARQLResultsReadError(.structure, "no \"results\".\"bindings\" array")
        }
        for b in bindings {
            guard case .object(let object) = b else { throw SPARQLResultsReadError(.structure, "a binding is not an object") }
            var row: [Variable: Term] = [:]
            for member in object.members {
                let (name, value) = (member.key, member.value)
                row[Variable(name)] = try jsonTerm(value, name)
            }
            rows.append(row)
        }
        return .bindings(variables: variables, rows: rows)
    }

    private static func jsonTerm(_ v: JSONValue, _ name: String) throws(SPARQLResultsReadError) -> Term {
        guard let type = v["type"]?.string, let value = v["value"]?.string else {
            throw SPARQLResultsReadError(.structure, "binding of \(name) lacks \"type\" or \"value\"")
        }
        switch type {
        case "uri": return .iri(IRI(unchecked: value))
        case "bnode": return .blankNode(BlankNode(sanitising: value))
        case "literal", "typed-literal":
            if let lang = v["xml:lang"]?.string { return .literal(Literal(value, uncheckedLanguage: lang)) }
            if let dt = v["datatype"]?.string { return .literal(Literal(value, datatype: IRI(unchecked: dt))) }
            return .literal(Literal(value))
        default:
            throw SPARQLResultsReadError(.structure, "unknown term type \"\(type)\" for \(name)")
        }
    }
}
