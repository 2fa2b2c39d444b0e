import Testing
import RDF
@testable import RaptorIO

/// `NTriplesEncoder` writes the bytes Raptor's own N-Triples and N-Quads
/// serializers write: the same triples through both, compared byte for byte,
/// over every class of character Raptor escapes.
@Suite struct NTriplesEncoderTests {
    static let p = IRI.ex("p")

    /// The text `triples` (with their graphs) become in `syntax`, through the encoder or through Raptor.
    func text(_ quads: [Quad], syntax: RDFSyntax, encoded: Bool) throws -> String {
        let writer = try RDFWriter(syntax: syntax, destination: .memory, encodingLines: encoded)
        for q in quads { try writer.write(q) }
        return try writer.finish() ?? ""
    }

    func expectSameAsRaptor(_ quads: [Quad], syntax: RDFSyntax = .ntriples) throws {
        let ours = try text(quads, syntax: syntax, encoded: true)
        let raptor = try text(quads, syntax: syntax, encoded: false)
        #expect(ours == raptor)
        #expect(ours.utf8.count == raptor.utf8.count)
        #expect(!ours.isEmpty)
    }

    /// Every code point from U+0001 to U+07FF, and a sample of the rest of
    /// each plane (the BMP's three-byte forms, the supplementary planes'
    /// four-byte forms and `\U` escapes), in literals and in IRIs.
    @Test func everyClassOfCharacter() throws {
        var scalars: [Unicode.Scalar] = (0x01...0x7FF).compactMap(Unicode.Scalar.init)
        for v in stride(from: 0x800, through: 0x10FFFF, by: 0x3FF) { if let s = Unicode.Scalar(UInt32(v)) { scalars.append(s) } }
        scalars += [0xFFFD, 0x10000, 0x1F600, 0x10FFFF].compactMap { Unicode.Scalar(UInt32($0)) }
        scalars.removeAll { $0.value == 0xFFFE || $0.value == 0xFFFF }  // see `nonCharactersThrowNamingTheTerm`
        var quads: [Quad] = []
        for chunk in stride(from: 0, to: scalars.count, by: 64) {
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[chunk..<min(chunk + 64, scalars.count)])
            quads.append(Quad(Triple(IRI.ex("s"), Self.p, Literal(text))))
            // The same characters in an IRI, where they are allowed there.
            let iriText = String(String.UnicodeScalarView(text.unicodeScalars.filter { IRI.problem(in: "http://ex.org/\($0)") == nil }))
            quads.append(Quad(Triple(IRI(unchecked: "http://ex.org/" + iriText), Self.p, IRI(unchecked: "http://ex.org/o" + iriText))))
        }
        try expectSameAsRaptor(quads)
        let escaped = try text(quads, syntax: .ntriples, encoded: true)
        #expect(escaped.contains(#"\u00E9"#) && escaped.contains(#"\U0001F600"#) && escaped.contains(#"\u007F"#) && escaped.contains(#"\t"#))
        #expect(escaped.utf8.allSatisfy { $0 < 0x80 })
    }

    /// Raptor 2.0.15 cuts a literal (or IRI) at U+FFFE or U+FFFF
    /// (`raptor_unicode_utf8_string_get_char` refuses them and the escaping
    /// stops there, silently), and its parsers refuse `\uFFFE`; so a term
    /// holding one throws `.invalidTerm` naming it, in every syntax, and
    /// nothing of its triple is written.
    @Test(arguments: [RDFSyntax.ntriples, .nquads, .turtle, .rdfxml, .rdfxmlAbbrev, .json])
    func nonCharactersThrowNamingTheTerm(syntax: RDFSyntax) throws {
        let good = Triple(IRI.ex("s"), Self.p, Literal("ok"))
        let bad: [(Triple, String)] = [
            (Triple(IRI.ex("s"), Self.p, Literal("a\u{FFFE}b")), "\"a\u{FFFE}b\""),
            (Triple(IRI.ex("s"), Self.p, try Literal("\u{FFFF}", language: "en")), "\"\u{FFFF}\"@en"),
            (Triple(IRI.ex("s"), Self.p, IRI(unchecked: "http://ex.org/\u{E9}\u{FFFE}x")), "<http://ex.org/\u{E9}\u{FFFE}x>"),
            (Triple(IRI(unchecked: "http://ex.org/\u{FFFF}"), Self.p, Literal("x")), "<http://ex.org/\u{FFFF}>"),
        ]
        for encoded in syntax == .ntriples || syntax == .nquads ? [true, false] : [false] {
            let writer = try RDFWriter(syntax: syntax, destination: .memory, encodingLines: encoded)
            try writer.write(good)
            for (triple, term) in bad {
                do {
                    try writer.write(triple)
                    Issue.record("\(syntax.rawValue) wrote \(triple)")
                } catch {
                    #expect(error.kind == .invalidTerm)
                    #expect(error.term == term)
                    #expect(error.message.contains("\(Noncharacters.escaped(term)) contains U+FFFE or U+FFFF"))
                    #expect(error.message.contains("\\uFFF"))
                }
            }
            let text = try writer.finish() ?? ""
            #expect(text.contains("ok"))
            #expect(!text.contains("ex.org"), "\(syntax.rawValue): \(text)")
            #expect(!text.contains("\u{FFFE}") && !text.contains("\u{FFFF}"))
            if syntax == .ntriples {
                #expect(text == "<http://example.org/s> <http://example.org/p> \"ok\" .\n")
            }
        }
    }

    @Test func languageTagsDatatypesBlankNodesAndGraphs() throws {
        let s = IRI.ex("s")
        var quads = [
            Quad(Triple(s, Self.p, try Literal("Wien", language: "de"))),
            Quad(Triple(s, Self.p, try Literal("x", language: "en-GB"))),
            Quad(Triple(s, Self.p, try Literal("y", language: "en-GB")), graph: .iri(IRI.ex("g"))),
            Quad(Triple(s, Self.p, Literal("5", datatype: XSD.decimal)), graph: .iri(IRI.ex("g"))),
            Quad(Triple(s, Self.p, Literal(7))),
            Quad(Triple(s, Self.p, Literal(true)), graph: .blankNode(BlankNode(unchecked: "g1"))),
            Quad(Triple(.blankNode(BlankNode(unchecked: "b0")), Self.p, .blankNode(BlankNode(unchecked: "b1")))),
            Quad(Triple(s, Self.p, Literal("é", datatype: IRI(unchecked: "http://ex.org/dt/é")))),
            Quad(Triple(s, Self.p, Literal(""))),
        ]
        try expectSameAsRaptor(quads.map { Quad($0.triple) })
        try expectSameAsRaptor(quads, syntax: .nquads)
        // N-Triples of quads in a graph: the graph is not written.
        quads = quads.filter { $0.graph == nil }
        #expect(try text(quads, syntax: .ntriples, encoded: true).hasPrefix("<http://example.org/s> <http://example.org/p> \"Wien\"@de .\n"))
    }

    @Test func badTermsThrowAsOnTheWayToRaptor() throws {
        let bad: [Triple] = [
            Triple(IRI(unchecked: "http://ex.org/a b"), Self.p, Literal("x")),
            Triple(IRI.ex("s"), IRI(unchecked: "no-scheme"), Literal("x")),
            Triple(IRI.ex("s"), Self.p, Literal("a\u{0}b")),
            Triple(IRI.ex("s"), Self.p, Literal("x", uncheckedLanguage: "en_GB")),
            Triple(IRI.ex("s"), Self.p, Literal("x", datatype: RDFVocabulary.langString)),
            Triple(IRI.ex("s"), Self.p, Literal("x", datatype: IRI(unchecked: "http://ex.org/{dt}"))),
            Triple(.blankNode(BlankNode(unchecked: "a b")), Self.p, .literal(Literal("x"))),
        ]
        for t in bad {
            var errors: [RaptorError] = []
            for encoded in [true, false] {
                do {
                    _ = try text([Quad(t)], syntax: .ntriples, encoded: encoded)
                    Issue.record("\(t) was written")
                } catch let e as RaptorError {
                    errors.append(e)
                }
            }
            #expect(errors.count == 2)
            #expect(errors.allSatisfy { $0.kind == .invalidTerm })
            #expect(errors.first?.message == errors.last?.message)
        }
    }
}
