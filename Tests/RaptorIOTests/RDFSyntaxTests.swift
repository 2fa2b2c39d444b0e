import Testing
import RDF
@testable import RaptorIO

@Suite struct RDFSyntaxTests {
    @Test func namesAndExtensions() {
        #expect(RDFSyntax(name: "turtle") == .turtle)
        #expect(RDFSyntax(name: "ntriples") == .ntriples)
        #expect(RDFSyntax(name: "nquads") == .nquads)
        #expect(RDFSyntax(name: "rdfxml") == .rdfxml)
        #expect(RDFSyntax(name: "rdfxml-abbrev") == .rdfxmlAbbrev)
        #expect(RDFSyntax(name: "json") == .json)
        #expect(RDFSyntax(name: "json-triples") == .jsonTriples)
        #expect(RDFSyntax(name: "rss-1.0") == .rss10)
        #expect(RDFSyntax(name: "TTL") == .turtle)
        #expect(RDFSyntax(name: "n-triples") == .ntriples)
        #expect(RDFSyntax(name: "yaml") == nil)
        #expect(RDFSyntax(fileExtension: "ttl") == .turtle)
        #expect(RDFSyntax(fileExtension: ".NT") == .ntriples)
        #expect(RDFSyntax(fileExtension: "nq") == .nquads)
        #expect(RDFSyntax(fileExtension: "trig") == .trig)
        for ext in ["rdf", "owl", "xml"] { #expect(RDFSyntax(fileExtension: ext) == .rdfxml) }
        for ext in ["json", "rj"] { #expect(RDFSyntax(fileExtension: ext) == .json) }
        #expect(RDFSyntax(fileExtension: "txt") == nil)
        for syntax in RDFSyntax.allCases where syntax.canWrite {
            #expect(RDFSyntax(fileExtension: syntax.fileExtension) != nil, "\(syntax)")
            #expect(RDFSyntax(name: syntax.rawValue) == syntax)
            #expect(syntax.mediaType.contains("/"))
        }
        // Reading prefers a syntax Raptor reads; the table lists every syntax an extension names.
        #expect(RDFSyntax(fileExtension: "html") == .rdfa)
        #expect(RDFSyntax(fileExtension: "rss") == .rssTagSoup)
        #expect(RDFSyntax(fileExtension: "xmp") == .rdfxmlXMP)
        #expect(RDFSyntax(fileExtension: "gv") == .dot)
        #expect(RDFSyntax.syntaxes(forFileExtension: ".RDF") == [.rdfxml, .rdfxmlAbbrev])
        #expect(RDFSyntax.syntaxes(forFileExtension: "json") == [.json, .jsonTriples])
        #expect(RDFSyntax.syntaxes(forFileExtension: "html") == [.html, .rdfa, .grddl])
        #expect(RDFSyntax.syntaxes(forFileExtension: "jsonld").isEmpty)
        for syntax in RDFSyntax.allCases where syntax != .guess {
            #expect(syntax.fileExtensions.first == syntax.fileExtension)
            #expect(RDFSyntax.syntaxes(forFileExtension: syntax.fileExtension).contains(syntax))
        }
        #expect(RDFSyntax.turtle.mediaType == "text/turtle")
        #expect(RDFSyntax.ntriples.mediaType == "application/n-triples")
    }

    /// `canRead`/`canWrite` agree with what this Raptor build offers.
    @Test(arguments: RDFSyntax.allCases)
    func capabilitiesMatchRaptor(_ syntax: RDFSyntax) throws {
        let writer = try? RDFWriter(syntax: syntax, destination: .memory)
        #expect((writer != nil) == syntax.canWrite)
        _ = try? writer?.finish()
        if syntax.canRead {
            let world = try RaptorWorld()
            #expect((try? RaptorParser(world: world, name: syntax.parserName!)) != nil)
        } else {
            #expect(throws: RaptorError.self) { try RDFParser.parseGraph(string: "", syntax: syntax) }
        }
    }
}
