import Testing
import RDF
import TestSupport
@testable import RaptorIO

/// Every fault case, written in every syntax that reads back, must read
/// back to an isomorphic graph through RaptorIO and through `rapper`.
@Suite struct RoundTripTests {
    static let syntaxes = RDFSyntax.allCases.filter(\.roundTrips)
    static let namespaces = [Namespace(prefix: "ex", iri: "http://example.org/"), Namespace(prefix: "ns", iri: "http://example.org/ns#"), Namespace.xsd, Namespace.rdf]

    /// Parsers that lowercase language tags (RAPTOR-LIMITS.md).
    static func lowercasesLanguage(_ syntax: RDFSyntax) -> Bool {
        switch syntax {
        case .ntriples, .nquads, .rdfxml, .rdfxmlAbbrev, .rdfxmlXMP: return true
        default: return false
        }
    }

    @Test(arguments: FaultCase.all, syntaxes)
    func roundTrip(_ fault: FaultCase, _ syntax: RDFSyntax) throws {
        for base in [nil, IRI(unchecked: "http://example.org/base/")] {
            if fault.xmlRefuses && syntax.isXML {
                #expect(throws: RaptorError.self) {
                    try RDFSerialization.string(from: fault.graph, syntax: syntax, baseIRI: base, namespaces: Self.namespaces)
                }
                continue
            }
            let text = try RDFSerialization.string(from: fault.graph, syntax: syntax, baseIRI: base, namespaces: Self.namespaces)
            let ci = Self.lowercasesLanguage(syntax)
            let back = try RDFParser.parseGraph(string: text, syntax: syntax, baseIRI: IRI(unchecked: "http://example.org/base/"))
            #expect(GraphIsomorphism.isomorphic(fault.graph, back, caseInsensitiveLanguage: ci),
                    "RaptorIO read back a different graph (base \(base?.value ?? "none")):\n\(GraphIsomorphism.difference(fault.graph, back, caseInsensitiveLanguage: ci))\n--- text:\n\(text)")
            if TestSupport.rapper != nil {
                let viaRapper = try TestSupport.rapperRead(text, syntax: syntax)
                #expect(GraphIsomorphism.isomorphic(fault.graph, viaRapper, caseInsensitiveLanguage: true),
                        "rapper read back a different graph (base \(base?.value ?? "none")):\n\(GraphIsomorphism.difference(fault.graph, viaRapper, caseInsensitiveLanguage: true))\n--- text:\n\(text)")
            }
        }
    }
}
