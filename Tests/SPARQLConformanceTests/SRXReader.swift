import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RDF

/// Reads SPARQL Query Results XML (https://www.w3.org/TR/rdf-sparql-XMLres/).
final class SRXReader: NSObject, XMLParserDelegate {
    private var variables: [String] = []
    private var rows: [[String: Term]] = []
    private var boolean: Bool?
    private var row: [String: Term]?
    private var binding: String?
    private var termKind: String?
    private var language: String?
    private var datatype: String?
    private var text = ""
    private var failure: String?
    private let baseIRI: String

    private init(baseIRI: String) { self.baseIRI = baseIRI }

    static func read(path: String) throws -> QueryOutcome {
        guard let data = FileManager.default.contents(atPath: path) else { throw ResultFileError("cannot read \(path)") }
        return try read(data: data, path: path)
    }

    static func read(data: Data, path: String) throws -> QueryOutcome {
        let reader = SRXReader(baseIRI: ManifestReader.fileURL(path))
        let parser = XMLParser(data: data)
        parser.delegate = reader
        parser.shouldProcessNamespaces = false
        guard parser.parse() else { throw ResultFileError("invalid XML in \(path): \(parser.parserError.map { "\($0)" } ?? "")") }
        if let f = reader.failure { throw ResultFileError("\(path): \(f)") }
        if let b = reader.boolean { return .boolean(b) }
        return .solutions(variables: reader.variables, rows: reader.rows)
    }

    private func local(_ name: String) -> String { String(name.split(separator: ":").last ?? Substring(name)) }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        let name = local(elementName)
        text = ""
        switch name {
        case "variable": if let n = attributes["name"] { variables.append(n) }
        case "result": row = [:]
        case "binding": binding = attributes["name"]
        case "uri", "bnode", "literal":
            termKind = name
            language = attributes["xml:lang"]
            datatype = attributes["datatype"]
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) { text += String(decoding: CDATABlock, as: UTF8.self) }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        let name = local(elementName)
        switch name {
        case "uri", "bnode", "literal":
            guard let b = binding else { break }
            let term: Term
            switch name {
            case "uri": term = .iri(IRI(unchecked: text))
            case "bnode": term = .blankNode(BlankNode(sanitising: text))
            default:
                if let language { term = .literal(Literal(text, uncheckedLanguage: language)) }
                else if let datatype { term = .literal(Literal(text, datatype: IRI(unchecked: datatype))) }
                else { term = .literal(Literal(text)) }
            }
            row?[b] = term
            termKind = nil
        case "binding": binding = nil
        case "result":
            if let r = row { rows.append(r) }
            row = nil
        case "boolean":
            let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if t == "true" { boolean = true } else if t == "false" { boolean = false } else { failure = "bad boolean '\(t)'" }
        default: break
        }
        text = termKind == nil ? "" : text
    }
}
