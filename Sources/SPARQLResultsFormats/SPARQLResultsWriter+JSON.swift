import RDF
import SPARQLSyntax

extension SPARQLResultsWriter {
    static func writeJSON(variables: [Variable], rows: some Sequence<[Term?]>, to out: inout some TextOutputStream) {
        out.write("{\n  \"head\": {\n    \"vars\": [")
        out.write(variables.map { " " + jsonString($0.name) }.joined(separator: ","))
        out.write(" ]\n  },\n  \"results\": {\n    \"bindings\": [")
        var first = true
        // `        "name": ` per variable, made once.
        let keys = variables.map { "        " + jsonString($0.name) + ": " }
        for row in rows {
            out.write(first ? "\n" : ",\n")
            first = false
            out.write("      {")
            var firstBinding = true
            for i in variables.indices where i < row.count {
                guard let t = row[i] else { continue }
                out.write(firstBinding ? "\n" : ",\n")
                firstBinding = false
                out.write(keys[i])
                writeJSONTerm(t, to: &out)
            }
            out.write(firstBinding ? "}" : "\n      }")
        }
        out.write(first ? "]\n  }\n}\n" : "\n    ]\n  }\n}\n")
    }

    /// Writes the JSON object of `t` (`type`, `value`, and `xml:lang` or
    /// `datatype`; SPARQL 1.1 Query Results JSON §3.2.2) to `out`, piece by
    /// piece (no intermediate strings).
    static func writeJSONTerm(_ t: Term, to out: inout some TextOutputStream) {
        switch t {
        case .iri(let i):
            out.write("{ \"type\": \"uri\", \"value\": ")
            JSONText.write(i.value, to: &out)
        case .blankNode(let b):
            out.write("{ \"type\": \"bnode\", \"value\": ")
            JSONText.write(b.id, to: &out)
        case .literal(let l):
            out.write("{ \"type\": \"literal\", \"value\": ")
            JSONText.write(l.lexicalForm, to: &out)
            if let lang = l.language {
                out.write(", \"xml:lang\": ")
                JSONText.write(lang, to: &out)
            } else if l.datatype != XSD.string {
                out.write(", \"datatype\": ")
                JSONText.write(l.datatype.value, to: &out)
            }
        }
        out.write(" }")
    }

    /// A JSON string (RFC 8259 §7), through the package's one escaper, `JSONText.quoted`.
    static func jsonString(_ s: String) -> String { JSONText.quoted(s) }

    static func hex4(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }
}
