import RDF
import SPARQLSyntax

extension SPARQLResultsReader {
    public static func readXML(_ text: String) throws(SPARQLResultsReadError) -> SPARQLResults {
        var parser = ResultsXMLParser(text)
        let root = try parser.parseDocument()
        guard root.name == "sparql" else { throw SPARQLResultsReadError(.structure, "root element is <\(root.name)>, not <sparql>", at: root.position) }
        if let b = root.child("boolean") {
            switch b.text.trimmingXMLSpace() {
            case "true": return .boolean(true)
            case "false": return .boolean(false)
            default: throw SPARQLResultsReadError(.structure, "invalid boolean '\(b.text)'", at: b.position)
            }
        }
        let variables = (root.child("head")?.children ?? []).filter { $0.name == "variable" }.compactMap { $0.attributes["name"] }.map(Variable.init)
        var rows: [[Variable: Term]] = []
        for result in root.child("results")?.children ?? [] where result.name == "result" {
            var row: [Variable: Term] = [:]
            for binding in result.children where binding.name == "binding" {
                guard let name = binding.attributes["name"] else {
                    throw SPARQLResultsReadError(.structure, "<binding> without name", at: binding.position)
                }
                guard let value = binding.children.first else {
                    throw SPARQLResultsReadError(.structure, "<binding name=\"\(name)\"> without a term", at: binding.position)
                }
                switch value.name {
                case "uri": row[Variable(name)] = .iri(IRI(unchecked: value.text.trimmingXMLSpace()))
                case "bnode": row[Variable(name)] = .blankNode(BlankNode(sanitising: value.text.trimmingXMLSpace()))
                case "literal":
                    if let lang = value.attributes["xml:lang"] {
                        row[Variable(name)] = .literal(Literal(value.text, uncheckedLanguage: lang))
                    } else if let dt = value.attributes["datatype"] {
                        row[Variable(name)] = .literal(Literal(value.text, datatype: IRI(unchecked: dt)))
                    } else {
                        row[Variable(name)] = .literal(Literal(value.text))
                    }
                default:
                    throw SPARQLResultsReadError(.structure, "unknown term element <\(value.name)>", at: value.position)
                }
            }
            rows.append(row)
        }
        return .bindings(variables: variables, rows: rows)
    }
}
