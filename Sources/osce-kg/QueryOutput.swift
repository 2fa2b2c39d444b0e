import RaptorIO
import SPARQLEngine

/// The `--results` choice: a SPARQL results format for SELECT/ASK, or an RDF
/// syntax for CONSTRUCT/DESCRIBE (and for SELECT written in the W3C
/// result-set vocabulary, as arq does with `--results turtle`).
enum QueryOutput {
    case results(SPARQLResultsFormat)
    case rdf(RDFSyntax)

    init?(name: String) {
        let lower = name.lowercased()
        if let format = SPARQLResultsFormat(rawValue: lower) { self = .results(format); return }
        switch lower {
        case "text": self = .results(.table); return
        case "srj": self = .results(.json); return
        case "srx": self = .results(.xml); return
        case "ttl": self = .rdf(.turtle); return
        case "nt", "n-triples": self = .rdf(.ntriples); return
        default: break
        }
        guard let syntax = RDFSyntax(name: lower), syntax.canWrite else { return nil }
        self = .rdf(syntax)
    }
}
