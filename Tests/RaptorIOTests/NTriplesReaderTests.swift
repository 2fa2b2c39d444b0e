import Foundation
import Testing
import RDF
import TestSupport
@testable import RaptorIO

/// The native N-Triples / N-Quads reader (`NTriplesReader`) against Raptor:
/// every document gives the same quads in the same order and the same
/// warnings, or the same error with the same positions, whether its lines
/// are read natively (with Raptor taking over at the first line the reader
/// does not accept) or all by Raptor. (Before an error, the handler may
/// have seen a different number of statements: those of the chunks before
/// the one where the error was found, and chunks of Raptor's input then
/// start elsewhere.)
@Suite struct NTriplesReaderTests {
    /// The quads (N-Quads text, in order) and the warnings, or the error, of one parse.
    static func outcome(_ data: [UInt8], _ syntax: RDFSyntax, native: Bool) -> String {
        var out: [String] = []
        var offset = 0
        do {
            let warnings = try RDFParser.run(syntax: syntax, baseIRI: IRI(unchecked: "file:///doc"), file: "doc", native: native,
                                             handler: { out.append("\($0)") }) { buffer in
                let n = min(buffer.count, data.count - offset)
                if n > 0 { data.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress! + offset, byteCount: n) } }
                offset += n
                return n
            }
            out += warnings.map { "warning: \($0)" }
        } catch {
            return (["error \(error.kind): \(error.message)"] + error.messages.map { "  \($0)" }).joined(separator: "\n")
        }
        return out.joined(separator: "\n")
    }

    static func expectSame(_ text: String, _ syntax: RDFSyntax = .ntriples, sourceLocation: SourceLocation = #_sourceLocation) {
        let data = Array(text.utf8)
        let native = outcome(data, syntax, native: true)
        let raptor = outcome(data, syntax, native: false)
        #expect(native == raptor, "\(text.prefix(200))", sourceLocation: sourceLocation)
    }

    static var suiteFiles: [URL] {
        let dir = TestSupport.fixtures.appendingPathComponent("rdf-n-triples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".nt") }.sorted().map { dir.appendingPathComponent($0) }
    }

    @Test func w3cNTriplesSuiteFilesReadAsRaptorReadsThem() throws {
        let files = Self.suiteFiles
        #expect(files.count == 72)
        for file in files {
            let data = Array(try Data(contentsOf: file))
            for syntax in [RDFSyntax.ntriples, .nquads] {
                let native = Self.outcome(data, syntax, native: true)
                let raptor = Self.outcome(data, syntax, native: false)
                #expect(native == raptor, "\(file.lastPathComponent) as \(syntax)")
            }
        }
    }

    @Test func termsAndEscapes() {
        let cases = [
            "<http://ex.org/s> <http://ex.org/p> <http://ex.org/o> .\n",
            "<http://ex.org/s><http://ex.org/p>\"x\"@en-GB.\n",
            "<http://ex.org/s> <http://ex.org/p> \"Grüße \\u00E9\\U0001F600 \\t\\b\\n\\r\\f\\\"\\'\\\\ end\" .\n",
            "<http://ex.org/s> <http://ex.org/p> \"MiXeD\"@DE-at .\n",
            "<http://ex.org/s> <http://ex.org/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n",
            "<http://ex.org/s> <http://ex.org/p> \"s\"^^<http://www.w3.org/2001/XMLSchema#string> .\n",
            "_:b1 <http://ex.org/p> _:b-2 .\n_:b1 <http://ex.org/p> _:o.\n_:0x <http://ex.org/p> _:_y .\n",
            "_:a.b <http://ex.org/p> _:c.d .\n_:a <http://ex.org/p> _:c .\n",
            "_:genid1 <http://ex.org/p> _:Genid1 .\n",
            "# comment\n\n   \t\n<http://ex.org/s> <http://ex.org/p> <http://ex.org/o> . # trailing\n",
            "<http://ex.org/s> <http://ex.org/p> <http://ex.org/o> .\r\n<http://ex.org/s> <http://ex.org/p> \"x\" .\r<http://ex.org/a> <http://ex.org/p> \"y\" .",
            "<http://ex.org/a/./b/../c> <http://ex.org/p> <urn:x:y> .\n",
            "<http://ex.org/é> <http://ex.org/p> <http://ex.org/%20> .\n",
            "<http://ex.org/s> <http://ex.org/p> \"\" .\n<http://ex.org/s> <http://ex.org/p> \"\"@en .\n",
            // Lines the reader leaves to Raptor, first or later in the document.
            "<http://ex.org/s> <http://ex.org/p> <http://ex.org/o> .\n<rel> <http://ex.org/p> <http://ex.org/o> .\n",
            "<http://ex.org/s> <http://ex.org/p> <http://ex.org/o> .\n<http://ex.org/s> <http://ex.org/p> \"\\u0041\\u00\" .\n",
            "<http://ex.org/s> <http://ex.org/p> <http://ex.org/o> .\n<http://ex.org/\\u0041> <http://ex.org/p> \"x\" .\n",
            "<http://ex.org/s> <http://ex.org/p> <http://ex.org/o> .\n<http://ex.org/s> <http://ex.org/p> \"x\\'y\" .\nbad line\n",
            "<http://ex.org/s> <http://ex.org/p> \"a\tb\" .\n",
            "<http://ex.org/s> <http://ex.org/p> \"x\" <http://ex.org/g> .\n",
            "<http://ex.org/s> <http://ex.org/p> <http://ex.org/o> . <http://ex.org/s> <http://ex.org/p> <http://ex.org/o> .\n",
            "<http://ex.org/s> <http://ex.org/p> <http://ex.org/o>\n",
            "<http://ex.org/s> <http://ex.org/p> \"unterminated .\n",
            "<http://ex.org/s> <http://ex.org/p> \"x\"@ .\n",
            "<http://ex.org/s> <http://ex.org/p> \"x\"@en- .\n",
            "<http://ex.org/s> <http://ex.org/p> \"\\uD800\" .\n",
            "<http://ex.org/s> <http://ex.org/p> _:a:b .\n",
            "<http://ex.org/s> <http://ex.org/p> <ht tp://x> .\n",
        ]
        for text in cases {
            Self.expectSame(text)
            Self.expectSame(text, .nquads)
        }
        // Invalid UTF-8 (an overlong form) in a literal and in an IRI.
        for bytes: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
            for template in ["<http://ex.org/s> <http://ex.org/p> \"a@b\" .\n", "<http://ex.org/s> <http://ex.org/p@> \"a\" .\n"] {
                var data: [UInt8] = []
                for b in template.utf8 { if b == UInt8(ascii: "@") { data += bytes } else { data.append(b) } }
                #expect(Self.outcome(data, .ntriples, native: true) == Self.outcome(data, .ntriples, native: false))
            }
        }
    }

    /// Every ASCII byte in an IRI: the reader reads it, or leaves the line to
    /// Raptor, with the same outcome; and what it reads `IRI.problem` accepts.
    @Test func everyASCIIByteInAnIRI() {
        for b in UInt8(1)..<0x80 where b != 0x0A && b != 0x0D && b != UInt8(ascii: ">") {
            var data = Array("<http://ex.org/a".utf8)
            data.append(b)
            data += Array("b> <http://ex.org/p> \"x\" .\n".utf8)
            #expect(Self.outcome(data, .ntriples, native: true) == Self.outcome(data, .ntriples, native: false), "byte \(b)")
            var reader = NTriplesReader(allowsGraph: false)
            var raw = RawStatements()
            let rest = data.withUnsafeBytes { reader.read($0, isEnd: true, into: &raw) }
            let value = "http://ex.org/a" + String(decoding: [b], as: UTF8.self) + "b"
            #expect((rest == nil) == (IRI.problem(in: value) == nil), "byte \(b)")
        }
    }

    @Test func nQuadsGraphs() {
        Self.expectSame("<http://ex.org/s> <http://ex.org/p> \"x\" <http://ex.org/g> .\n_:s <http://ex.org/p> _:o _:g .\n"
                        + "<http://ex.org/s> <http://ex.org/p> <http://ex.org/o> .\n", .nquads)
    }

    /// A document of several chunks: lines cut by chunk boundaries (one at a
    /// CR LF), then a line the reader leaves to Raptor, then an `\'` Raptor
    /// needs rewritten and an error: same quads and the same error position.
    @Test func raptorTakesOverInALaterChunk() {
        var text = ""
        var i = 0
        while text.utf8.count < 3 * RDFParser.chunkSize {
            let end = i % 7 == 0 ? "\r\n" : "\n"
            text += "<http://ex.org/s\(i)> <http://ex.org/p> \"value \(i) é\"@en .\(end)"
            i += 1
        }
        let good = text
        text += "<http://ex.org/s> <http://ex.org/p> \"taken by Raptor: \\u0041\" .\n"
        text += "<http://ex.org/s> <http://ex.org/p> \"it\\'s\" .\n"
        text += "<http://ex.org/s> <http://ex.org/p> \"x\\'y\" bad .\n"
        Self.expectSame(text)
        Self.expectSame(good + "<rel> <http://ex.org/p> \"it\\'s\" .\n")
        // A CR LF cut by the chunk boundary, then an error.
        var cut = String(repeating: "#", count: RDFParser.chunkSize - 1) + "\r\n"
        cut += "<http://ex.org/s> <http://ex.org/p> \"x\" .\n<http://ex.org/s> <http://ex.org/p> error .\n"
        Self.expectSame(cut)
    }

    /// The reader itself: it reads accepted lines and stops at the first other one.
    @Test func readerStopsAtTheFirstLineItDoesNotAccept() {
        let text = "<http://ex.org/s> <http://ex.org/p> \"x\" .\r\n# note\n<rel> <http://ex.org/p> \"y\" .\n<http://ex.org/s> <http://ex.org/p> \"z\" .\n"
        var reader = NTriplesReader(allowsGraph: false)
        var raw = RawStatements()
        let rest = Array(text.utf8).withUnsafeBytes { reader.read($0, isEnd: true, into: &raw) }
        #expect(raw.count == 1)
        #expect(reader.line == 3)
        #expect(reader.offset == Array("<http://ex.org/s> <http://ex.org/p> \"x\" .\r\n# note\n".utf8).count)
        #expect(rest.map { String(decoding: $0, as: UTF8.self) } == "<rel> <http://ex.org/p> \"y\" .\n<http://ex.org/s> <http://ex.org/p> \"z\" .\n")
    }

    @Test func utf8Validation() {
        func valid(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer { NTriplesReader.isValidUTF8($0.baseAddress!, $0.count) } }
        #expect(valid(Array("aé€😀".utf8)))
        #expect(!valid([0xC0, 0x80]))
        #expect(!valid([0xE0, 0x80, 0x80]))
        #expect(!valid([0xED, 0xA0, 0x80]))
        #expect(!valid([0xF4, 0x90, 0x80, 0x80]))
        #expect(!valid([0xE2, 0x82]))
        #expect(!valid([0x80]))
    }
}
