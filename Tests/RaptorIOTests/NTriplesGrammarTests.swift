import Testing
import RDF
@testable import RaptorIO

/// N-Triples and N-Quads lines that Raptor would accept against the grammar (no final `.`, a raw
/// CR inside a string, a colon in a blank-node label, a bad language tag) are refused at their
/// line and column, whichever reader meets them; language tags are checked on load in every syntax.
@Suite struct NTriplesGrammarTests {
    static let good = "<http://ex.org/a> <http://ex.org/p> \"x\" .\n"

    /// The error `text` gives as N-Triples (or `syntax`).
    func error(_ text: String, _ syntax: RDFSyntax = .ntriples) -> RaptorError? {
        do {
            _ = try RDFParser.parseGraph(string: text, syntax: syntax)
            return nil
        } catch {
            return error
        }
    }

    @Test func missingFinalDotIsRefusedAtTheLineEnd() throws {
        let e = try #require(error(Self.good + "<http://ex.org/a> <http://ex.org/p> \"y\"\n" + Self.good))
        #expect(e.kind == .parse)
        #expect(e.position?.line == 2)
        #expect(e.position?.column == 40)
        #expect(e.message == "the statement does not end with '.'")
        // The last line of the input, without a line end, too.
        let last = try #require(error(Self.good + "<http://ex.org/a> <http://ex.org/p> <http://ex.org/o>"))
        #expect(last.position?.line == 2)
        #expect(last.position?.column == 54)
    }

    @Test func rawCarriageReturnInAStringIsRefused() throws {
        let e = try #require(error(Self.good + "<http://ex.org/a> <http://ex.org/p> \"x\ry\" .\n"))
        #expect(e.position?.line == 2)
        #expect(e.position?.column == 37)
        #expect(e.message.hasPrefix("the string has no closing '\"' on its line"))
        // Escaped, it is fine.
        let graph = try RDFParser.parseGraph(string: "<http://ex.org/a> <http://ex.org/p> \"x\\ry\" .\n", syntax: .ntriples)
        #expect(graph.triples.first?.object == .literal(Literal("x\ry")))
    }

    @Test func colonInABlankNodeLabelIsRefused() throws {
        let e = try #require(error("_:abc:def <http://ex.org/p> <http://ex.org/o> .\n"))
        #expect(e.position == SourcePosition(line: 1, column: 6, offset: 5))
        // Dots inside a label, non-ASCII letters and a final `.` right after the label are fine.
        let graph = try RDFParser.parseGraph(string: "_:a.b <http://ex.org/p> _:é.\n", syntax: .ntriples)
        #expect(graph.count == 1)
    }

    @Test func languageTagsAreCheckedOnLoad() throws {
        // N-Triples: the grammar (`en-`) and BCP 47 (a subtag of 9), at the `@`.
        let dash = try #require(error(Self.good + "<http://ex.org/a> <http://ex.org/p> \"x\"@en- .\n"))
        #expect(dash.position == SourcePosition(line: 2, column: 44, offset: 85))
        #expect(dash.message == "a language subtag after '-' needs letters or digits")
        let long = try #require(error("<http://ex.org/a> <http://ex.org/p> \"x\"@abcdefghi .\n"))
        #expect(long.position?.column == 40)
        #expect(long.message.hasPrefix("invalid language tag 'abcdefghi'"))
        // N-Quads likewise.
        #expect(error("<http://ex.org/a> <http://ex.org/p> \"x\"@en- <http://ex.org/g> .\n", .nquads)?.position?.column == 44)
        // Turtle: Raptor accepts `en-`; the lexer before it refuses it, at the `@`.
        let turtle = try #require(error("<http://ex.org/a> <http://ex.org/p> \"ok\"@en .\n<http://ex.org/a> <http://ex.org/p> \"x\"@en- .\n", .turtle))
        #expect(turtle.position == SourcePosition(line: 2, column: 40, offset: 85))
        #expect(turtle.message.hasPrefix("invalid language tag 'en-'"))
        // After a long string and an empty one, and in TriG.
        #expect(error("<http://ex.org/a> <http://ex.org/p> \"\"\"a\nb\"\"\"@x-abcdefghi .\n", .turtle)?.position == SourcePosition(line: 2, column: 5, offset: 45))
        #expect(error("<http://ex.org/a> <http://ex.org/p> ''@-en .\n", .turtle)?.position?.column == 39)
        #expect(error("<http://ex.org/g> { <http://ex.org/a> <http://ex.org/p> \"x\"@en- . }\n", .trig)?.position?.column == 60)
        // Valid tags load.
        let graph = try RDFParser.parseGraph(string: "<http://ex.org/a> <http://ex.org/p> \"x\"@en-GB-oxendict .\n", syntax: .turtle)
        guard case .literal(let literal)? = graph.triples.first?.object else { Issue.record("no literal"); return }
        #expect(literal.language == "en-GB-oxendict")
    }

    @Test func grammarOfOneLine() {
        func problem(_ line: String, graph: Bool = false) -> Int? {
            var bytes = Array(line.utf8)
            return bytes.withUnsafeMutableBufferPointer { NTriplesGrammar.problem(in: UnsafeBufferPointer($0), allowsGraph: graph)?.index }
        }
        #expect(problem("") == nil)
        #expect(problem("   # a comment") == nil)
        #expect(problem("<http://e/s><http://e/p>\"Alice\".") == nil)
        #expect(problem("<http://e/s> <http://e/p> \"a\\u00E9\\U0001F600\\t\\'\"^^<http://e/d> . # c") == nil)
        #expect(problem("<http://e/s> <http://e/p> <http://e/o> <http://e/g> .", graph: true) == nil)
        #expect(problem("<http://e/s> <http://e/p> <http://e/o> <http://e/g> .") == 39)
        #expect(problem("<http://e/s> <http://e/p> <http://e/o>, <http://e/o2> .") == 38)
        #expect(problem("<http://e/s> <http://e/p> <http://e/o> . x") == 41)
        #expect(problem("<http://e/s> <http://e/p> \"a\\zb\" .") == 28)
        #expect(problem("<http://e/s> <http://e/p> <http://e/a b> .") == 37)
        #expect(problem("<http://e/s> <http://e/p> \"x\"@1 .") == 30)
        #expect(problem("<http://e/s> <http://e/p> \"x\"^<http://e/d> .") == 29)
        #expect(problem("_:1a <http://e/p> _:-x .") == 20)
    }
}
