import CRaptor2
import RDF
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Receives statements from a Raptor parser's C callback and turns them into
/// `Quad`s, in two steps: the callback only copies the statement's bytes
/// (`record`, into `raw`); `convert` turns a chunk's recorded statements
/// into quads, possibly on another thread while Raptor parses the next chunk
/// (`ConversionStage`). Statements are converted in the order recorded, so
/// the result does not depend on where conversion runs.
///
/// IRIs are interned by their bytes (`IRITable`), so equal IRIs share one
/// `IRI` value.
///
/// Blank-node labels are mapped to valid `BlankNode` labels, deterministically
/// and injectively within one parse: a valid label is kept; another is
/// sanitised (`BlankNode(sanitising:)`) and, if that collides with a label
/// already used, suffixed `_2`, `_3`, … With a `BlankNodeScope`, the label
/// is then moved into the document's scope.
///
/// Threads: `record` on the parsing thread; `convert` on one thread at a
/// time (the caller orders the hand-over).
final class StatementCollector: @unchecked Sendable {
    /// The statements recorded since the last `takeRaw()` (parsing thread).
    var raw = RawStatements()
    /// Whether to strip trailing dots from blank-node labels (the N-Triples
    /// and N-Quads parsers take the statement's final `.` into `_:o.`).
    let stripTrailingDots: Bool
    /// The document's blank-node scope, applied after the label is made valid.
    let scope: BlankNodeScope?
    private var iris = IRITable()
    private var blanks = InternTable<BlankNode>()
    private var usedLabels: Set<String> = []

    /// The first IRI converted that is not a valid absolute IRI (Raptor's
    /// JSON parser passes relative references through, for one), or the first
    /// language tag without the BCP 47 shape (`Literal.isValidLanguageTag`;
    /// Raptor accepts `"x"@en-`, which no writer could then write).
    var problem: RaptorMessage?
    private let parser: RaptorParser
    private var position = SourcePositionRecord(line: -1, column: -1, byte: -1)

    init(parser: RaptorParser, stripTrailingDots: Bool, scope: BlankNodeScope? = nil) {
        self.parser = parser
        self.stripTrailingDots = stripTrailingDots
        self.scope = scope
    }

    /// Where Raptor's input starts in the document, when `NTriplesReader`
    /// read the lines before it: Raptor's positions are moved by this many
    /// lines and bytes.
    var positionBase: (lines: Int, bytes: Int) = (0, 0)

    /// Copies a statement reported by Raptor (the C callback; parsing thread).
    func record(_ statement: UnsafeMutablePointer<raptor_statement>) {
        raw.append(statement, locator: raptor_parser_get_locator(parser.pointer), base: positionBase)
    }

    /// The statements recorded so far, leaving `raw` empty.
    func takeRaw() -> RawStatements {
        var taken = RawStatements()
        swap(&taken, &raw)
        return taken
    }

    /// Appends the quads of `statements` to `quads`, in order. Statements
    /// whose predicate is not an IRI, or that lack a term, are skipped.
    /// Sets `problem` at the first invalid IRI (the quads are still made).
    func convert(_ statements: RawStatements, into quads: inout [Quad]) {
        statements.bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var reader = RawStatementReader(base)
            for i in 0..<statements.count {
                position = statements.positions[i]
                let subject = term(&reader), predicate = predicateIRI(&reader), object = term(&reader), graph = term(&reader)
                guard let subject, let predicate, let object else { continue }
                quads.append(Quad(Triple(subject, predicate, object), graph: graph))
            }
        }
    }

    private func iri(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> IRI {
        iris.value(bytes, length) { written in
            var value = written
            if memchr(bytes, 0x01, length) != nil {
                // TurtleIRIGuard's marker for a `.` of a dot segment in an absolute IRI.
                value = String(decoding: value.utf8.map { $0 == 0x01 ? UInt8(ascii: ".") : $0 }, as: UTF8.self)
            }
            if problem == nil, let why = IRI.problem(in: value) {
                problem = RaptorMessage(level: .error, text: "invalid IRI <\(value)>: \(why)", position: statementPosition)
            }
            return IRI(unchecked: value)
        }
    }

    /// Where the statement being converted was reported, when Raptor knew.
    private var statementPosition: SourcePosition? {
        guard position.line >= 0 else { return nil }
        return SourcePosition(line: Int(position.line), column: max(Int(position.column), 0), offset: max(Int(position.byte), 0))
    }

    private func blank(_ pointer: UnsafePointer<UInt8>, _ length: Int) -> BlankNode {
        var n = length
        if stripTrailingDots { while n > 1 && pointer[n - 1] == UInt8(ascii: ".") { n -= 1 } }
        return blanks.value(pointer, n) { label in
            // A generated id (`!genid1`) becomes `genid1`, or `genid1_2` when the document wrote `_:genid1` first.
            let written = label.hasPrefix("!") ? String(label.dropFirst()) : label
            var candidate = BlankNode.isValidLabel(written) ? written : BlankNode(sanitising: written).id
            if usedLabels.contains(candidate) {
                var k = 2
                while usedLabels.contains("\(candidate)_\(k)") { k += 1 }
                candidate = "\(candidate)_\(k)"
            }
            usedLabels.insert(candidate)
            let node = BlankNode(unchecked: candidate)
            return scope?.node(node) ?? node
        }
    }

    private func text(_ s: (UnsafePointer<UInt8>, Int)) -> String {
        String(decoding: UnsafeBufferPointer(start: s.0, count: s.1), as: UTF8.self)
    }

    /// The next term as an IRI (a predicate), or nil when it is another term (read past).
    private func predicateIRI(_ reader: inout RawStatementReader) -> IRI? {
        guard reader.peekTag() == .iri else {
            _ = term(&reader)
            return nil
        }
        _ = reader.tag()
        let (p, n) = reader.string()
        return iri(p, n)
    }

    private func term(_ reader: inout RawStatementReader) -> Term? {
        switch reader.tag() {
        case .none: return nil
        case .iri:
            let (p, n) = reader.string()
            return .iri(iri(p, n))
        case .blank:
            let (p, n) = reader.string()
            return .blankNode(n == 0 ? BlankNode(unchecked: "b") : blank(p, n))
        case .plainLiteral:
            return .literal(Literal(text(reader.string())))
        case .languageLiteral:
            let value = text(reader.string())
            let language = text(reader.string())
            if problem == nil, !Literal.isValidLanguageTag(language) {
                problem = RaptorMessage(
                    level: .error,
                    text: Literal.languageTagProblem(language),
                    position: statementPosition)
            }
            return .literal(Literal(value, uncheckedLanguage: language))
        case .typedLiteral:
            let value = text(reader.string())
            let (p, n) = reader.string()
            return .literal(Literal(value, datatype: iri(p, n)))
        }
    }
}
