import RDF
import SPARQLSyntax

extension SPARQLResultsWriter {
    /// - Throws: `SPARQLResultsWriteError` for a term holding U+FFFE or U+FFFF (before any of its binding is written).
    static func writeXML(variables: [Variable], rows: some Sequence<[Term?]>, to out: inout some TextOutputStream) throws(SPARQLResultsWriteError) {
        out.write("<?xml version=\"1.0\"?>\n<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n  <head>\n")
        for v in variables { out.write("    <variable name=\"\(xmlEscape(v.name, attribute: true))\"/>\n") }
        out.write("  </head>\n  <results>\n")
        for row in rows {
            // Checked before the row's element is begun.
            for (i, v) in variables.enumerated() where i < row.count {
                if let t = row[i], Self.holdsNoncharacter(t) {
                    throw SPARQLResultsWriteError(
                        "?\(v.name) is bound to \(Noncharacters.escaped(t.description)), which holds U+FFFE or U+FFFF: XML cannot hold it",
                        term: t.description)
                }
            }
            out.write("    <result>\n")
            for (i, v) in variables.enumerated() where i < row.count {
                guard let t = row[i] else { continue }
                out.write("      <binding name=\"\(xmlEscape(v.name, attribute: true))\">")
                switch t {
                case .iri(let iri): out.write("<uri>\(xmlEscape(iri.value, attribute: false))</uri>")
                case .blankNode(let b): out.write("<bnode>\(xmlEscape(b.id, attribute: false))</bnode>")
                case .literal(let l):
                    if let lang = l.language {
                        out.write("<literal xml:lang=\"\(xmlEscape(lang, attribute: true))\">")
                    } else if l.datatype != XSD.string {
                        out.write("<literal datatype=\"\(xmlEscape(l.datatype.value, attribute: true))\">")
                    } else {
                        out.write("<literal>")
                    }
                    out.write(xmlEscape(l.lexicalForm, attribute: false) + "</literal>")
                }
                out.write("</binding>\n")
            }
            out.write("    </result>\n")
        }
        out.write("  </results>\n</sparql>\n")
    }

    /// Whether a term's text (IRI, label, lexical form, tag or datatype) holds U+FFFE or U+FFFF.
    static func holdsNoncharacter(_ t: Term) -> Bool {
        switch t {
        case .iri(let iri): return Noncharacters.occur(in: iri.value)
        case .blankNode(let b): return Noncharacters.occur(in: b.id)
        case .literal(let l):
            return Noncharacters.occur(in: l.lexicalForm) || Noncharacters.occur(in: l.datatype.value)
                || l.language.map(Noncharacters.occur(in:)) == true
        }
    }

    /// Escapes `&`, `<`, `>` (and `"` in attributes); CR and other C0 controls
    /// as character references. (U+FFFE and U+FFFF never reach it: `writeXML` refuses them.)
    static func xmlEscape(_ s: String, attribute: Bool) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\n" where attribute: out += "&#xA;"
            case "\t" where attribute: out += "&#x9;"
            case "\n", "\t": out.unicodeScalars.append(u)
            default:
                if u.value < 0x20 {
                    out += "&#x" + String(u.value, radix: 16, uppercase: true) + ";"
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }
}
