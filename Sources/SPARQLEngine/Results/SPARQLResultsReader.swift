import RDF
import SPARQLSyntax

/// Reads SPARQL results documents, for comparing an engine's answers with
/// expected results (the W3C suites' `.srx`, `.srj`, `.tsv`, `.csv` files).
///
/// - XML (SPARQL Query Results XML Format, Second Edition): `head/variable`,
///   `results/result/binding` with `uri`, `literal` (`xml:lang`,
///   `datatype`), `bnode`; or `boolean`.
/// - JSON (SPARQL 1.1 Query Results JSON Format): `head.vars`,
///   `results.bindings` (term types `uri`, `literal`, `typed-literal` of the
///   2007 note, `bnode`); or `boolean`.
/// - TSV: header `?a\t?b`, terms in Turtle syntax (bare numbers and
///   booleans read as xsd:integer/decimal/double/boolean), empty field = unbound.
/// - CSV: header of names; since CSV drops term kinds, every value reads
///   as a simple literal except `_:label`, which reads as a blank node; an
///   empty field is unbound. Compare with `csvProjection(_:)` of the other side.
///
/// IRIs are taken as written (not validated); language tags as written.
/// Line ends may be LF or CRLF in every format.
public enum SPARQLResultsReader {
    /// Reads a document in `format`.
    /// - Throws: `SPARQLResultsReadError` with the position of the fault;
    ///   `.structure` for `.table`, which has no reader.
    public static func read(_ text: String, format: SPARQLResultsFormat) throws(SPARQLResultsReadError) -> SPARQLResults {
        switch format {
        case .xml: return try readXML(text)
        case .json: return try readJSON(text)
        case .tsv: return try readTSV(text)
        case .csv: return try readCSV(text)
        case .table: throw SPARQLResultsReadError(.structure, "the text table format cannot be read back")
        }
    }

    /// The format for a file extension (`srx`/`xml`, `srj`/`json`, `tsv`, `csv`), or nil.
    public static func format(forExtension ext: String) -> SPARQLResultsFormat? {
        switch ext.lowercased() {
        case "srx", "xml": return .xml
        case "srj", "json": return .json
        case "tsv": return .tsv
        case "csv": return .csv
        default: return nil
        }
    }

    /// What the CSV reader gives back for a term written as CSV: blank nodes
    /// stay blank nodes, IRIs and literals become simple literals of their
    /// text (CSV/TSV Formats §2.3).
    public static func csvProjection(_ t: Term) -> Term {
        switch t {
        case .blankNode: return t
        case .iri(let i): return .literal(Literal(i.value))
        case .literal(let l): return .literal(Literal(l.lexicalForm))
        }
    }

    // MARK: XML

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

    // MARK: JSON

    public static func readJSON(_ text: String) throws(SPARQLResultsReadError) -> SPARQLResults {
        var parser = ResultsJSONParser(text)
        let doc = try parser.parseDocument()
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
            guard case .object(let members) = b else { throw SPARQLResultsReadError(.structure, "a binding is not an object") }
            var row: [Variable: Term] = [:]
            for (name, value) in members {
                row[Variable(name)] = try jsonTerm(value, name)
            }
            rows.append(row)
        }
        return .bindings(variables: variables, rows: rows)
    }

    private static func jsonTerm(_ v: ResultsJSONValue, _ name: String) throws(SPARQLResultsReadError) -> Term {
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

    // MARK: TSV

    public static func readTSV(_ text: String) throws(SPARQLResultsReadError) -> SPARQLResults {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let header = lines.first else { throw SPARQLResultsReadError(.structure, "empty TSV document") }
        var variables: [Variable] = []
        if !header.isEmpty {
            for (i, h) in header.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                guard h.first == "?" || h.first == "$" else {
                    throw SPARQLResultsReadError(.structure, "TSV header field '\(h)' does not start with '?'", at: SourcePosition(line: 1, column: i + 1))
                }
                variables.append(Variable(String(h.dropFirst())))
            }
        }
        var rows: [[Variable: Term]] = []
        for (n, line) in lines.dropFirst().enumerated() {
            var row: [Variable: Term] = [:]
            var column = 1
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if fields.count != max(variables.count, 1) && !(variables.isEmpty && line.isEmpty) {
                throw SPARQLResultsReadError(.structure, "TSV row has \(fields.count) fields, header has \(variables.count)", at: SourcePosition(line: n + 2, column: 1))
            }
            for (i, f) in fields.enumerated() where i < variables.count {
                if !f.isEmpty {
                    row[variables[i]] = try TurtleTermReader.read(String(f), line: n + 2, column: column)
                }
                column += f.unicodeScalars.count + 1
            }
            rows.append(row)
        }
        return .bindings(variables: variables, rows: rows)
    }

    // MARK: CSV

    public static func readCSV(_ text: String) throws(SPARQLResultsReadError) -> SPARQLResults {
        var cursor = TextCursor(text)
        var records: [[String?]] = []
        var record: [String?] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var fieldStarted = false
        func endField() { record.append(quoted || !field.isEmpty ? String(field) : nil); field = String.UnicodeScalarView(); quoted = false; fieldStarted = false }
        while let c = cursor.current {
            if c == "\"" && !fieldStarted {
                quoted = true; fieldStarted = true
                let start = cursor.position
                cursor.advance()
                while true {
                    guard let d = cursor.current else { throw SPARQLResultsReadError(.syntax, "unterminated quoted CSV field", at: start) }
                    cursor.advance()
                    if d == "\"" {
                        if cursor.current == "\"" { field.append("\""); cursor.advance() } else { break }
                    } else {
                        field.append(d)
                    }
                }
                continue
            }
            if c == "," { endField(); cursor.advance(); continue }
            if c == "\r" || c == "\n" {
                cursor.advance()
                if c == "\r" && cursor.current == "\n" { cursor.advance() }
                endField(); records.append(record); record = []
                continue
            }
            if quoted { throw SPARQLResultsReadError(.syntax, "text after a closing quote", at: cursor.position) }
            field.append(c); fieldStarted = true
            cursor.advance()
        }
        if fieldStarted || !record.isEmpty { endField(); records.append(record) }
        guard let header = records.first else { throw SPARQLResultsReadError(.structure, "empty CSV document") }
        let variables = header.map { Variable($0 ?? "") }
        var rows: [[Variable: Term]] = []
        for r in records.dropFirst() {
            var row: [Variable: Term] = [:]
            for (i, v) in r.enumerated() where i < variables.count {
                guard let v else { continue }
                if v.hasPrefix("_:") && v.count > 2 { row[variables[i]] = .blankNode(BlankNode(sanitising: String(v.dropFirst(2)))) } else { row[variables[i]] = .literal(Literal(v)) }
            }
            rows.append(row)
        }
        return .bindings(variables: variables, rows: rows)
    }
}

extension String {
    /// The string without leading and trailing XML white space (space, tab, CR, LF).
    func trimmingXMLSpace() -> String {
        let ws: Set<Unicode.Scalar> = [" ", "\t", "\n", "\r"]
        var s = Substring(self)
        while let f = s.unicodeScalars.first, ws.contains(f) { s = Substring(s.unicodeScalars.dropFirst()) }
        while let l = s.unicodeScalars.last, ws.contains(l) { s = Substring(s.unicodeScalars.dropLast()) }
        return String(s)
    }
}
