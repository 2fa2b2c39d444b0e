import RDF
import SPARQLSyntax

extension SPARQLResultsWriter {
    static func writeJSON(variables: [Variable], rows: some Sequence<[Term?]>, to out: inout some TextOutputStream) {
        out.write("{\n  \"head\": {\n    \"vars\": [")
        out.write(variables.map { " " + jsonString($0.name) }.joined(separator: ","))
        out.write(" ]\n  },\n  \"results\": {\n    \"bindings\": [")
        var first = true
        for row in rows {
            out.write(first ? "\n" : ",\n")
            first = false
            out.write("      {")
            var firstBinding = true
            for (i, v) in variables.enumerated() where i < row.count {
                guard let t = row[i] else { continue }
                out.write(firstBinding ? "\n" : ",\n")
                firstBinding = false
                out.write("        " + jsonString(v.name) + ": " + jsonTerm(t))
            }
            out.write(firstBinding ? "}" : "\n      }")
        }
        out.write(first ? "]\n  }\n}\n" : "\n    ]\n  }\n}\n")
    }

    static func jsonTerm(_ t: Term) -> String {
        switch t {
        case .iri(let i): return "{ \"type\": \"uri\", \"value\": \(jsonString(i.value)) }"
        case .blankNode(let b): return "{ \"type\": \"bnode\", \"value\": \(jsonString(b.id)) }"
        case .literal(let l):
            var s = "{ \"type\": \"literal\", \"value\": \(jsonString(l.lexicalForm))"
            if let lang = l.language { s += ", \"xml:lang\": \(jsonString(lang))" }
            else if l.datatype != XSD.string { s += ", \"datatype\": \(jsonString(l.datatype.value))" }
            return s + " }"
        }
    }

    /// A JSON string (RFC 8259 §7), through the package's one escaper, `JSONText.quoted`.
    static func jsonString(_ s: String) -> String { JSONText.quoted(s) }

    static func hex4(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }
}
