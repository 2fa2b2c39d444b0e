import CRaptor2
import RDF
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Receives statements from a Raptor parser's C callback and turns them into
/// `Quad`s, appending them to `quads`. The callback does nothing else; the
/// parse loop hands the quads to the caller after each chunk.
///
/// IRIs are interned by their bytes (`IRITable`), so equal IRIs share one
/// `IRI` value.
///
/// Blank-node labels are mapped to valid `BlankNode` labels, deterministically
/// and injectively within one parse: a valid label is kept; another is
/// sanitised (`BlankNode(sanitising:)`) and, if that collides with a label
/// already used, suffixed `_2`, `_3`, … With a `BlankNodeScope`, the label
/// is then moved into the document's scope.
final class StatementCollector {
    let world: RaptorWorld
    var quads: [Quad] = []
    /// Whether to strip trailing dots from blank-node labels (the N-Triples
    /// and N-Quads parsers take the statement's final `.` into `_:o.`).
    let stripTrailingDots: Bool
    /// The document's blank-node scope, applied after the label is made valid.
    let scope: BlankNodeScope?
    private var iris = IRITable()
    private var blanks = InternTable<InternedBlank>()
    private var usedLabels: Set<String> = []

    /// The first IRI the parser produced that is not a valid absolute IRI
    /// (Raptor's JSON parser passes relative references through, for one).
    var problem: RaptorMessage?
    private let parser: RaptorParser

    init(world: RaptorWorld, parser: RaptorParser, stripTrailingDots: Bool, scope: BlankNodeScope? = nil) {
        self.world = world
        self.parser = parser
        self.stripTrailingDots = stripTrailingDots
        self.scope = scope
        quads.reserveCapacity(1024)
    }

    func iri(_ uri: OpaquePointer) -> IRI {
        var length = 0
        guard let bytes = raptor_uri_as_counted_string(uri, &length) else { return IRI(unchecked: "") }
        return iris.value(bytes, length) { written in
            var value = written
            if memchr(bytes, 0x01, length) != nil {
                // TurtleIRIGuard's marker for a `.` of a dot segment in an absolute IRI.
                value = String(decoding: value.utf8.map { $0 == 0x01 ? UInt8(ascii: ".") : $0 }, as: UTF8.self)
            }
            if problem == nil, let why = IRI.problem(in: value) {
                var position: SourcePosition?
                if let locator = raptor_parser_get_locator(parser.pointer), locator.pointee.line >= 0 {
                    position = SourcePosition(line: Int(locator.pointee.line), column: max(Int(locator.pointee.column), 0), offset: max(Int(locator.pointee.byte), 0))
                }
                problem = RaptorMessage(level: .error, text: "invalid IRI <\(value)>: \(why)", position: position)
            }
            return IRI(unchecked: value)
        }
    }

    func blank(_ pointer: UnsafeMutablePointer<UInt8>?, _ length: Int) -> BlankNode {
        guard let pointer else { return BlankNode(unchecked: "b") }
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
            return InternedBlank(label: label, node: scope?.node(node) ?? node)
        }.node
    }

    func term(_ t: UnsafeMutablePointer<raptor_term>) -> Term {
        switch t.pointee.type {
        case RAPTOR_TERM_TYPE_URI:
            return .iri(iri(t.pointee.value.uri))
        case RAPTOR_TERM_TYPE_BLANK:
            let b = t.pointee.value.blank
            return .blankNode(blank(b.string, Int(b.string_len)))
        default:
            let l = t.pointee.value.literal
            let text = l.string.map { String(decoding: UnsafeBufferPointer(start: $0, count: Int(l.string_len)), as: UTF8.self) } ?? ""
            if l.language_len > 0, let language = l.language {
                let tag = String(decoding: UnsafeBufferPointer(start: language, count: Int(l.language_len)), as: UTF8.self)
                return .literal(Literal(text, uncheckedLanguage: tag))
            }
            guard let datatype = l.datatype else { return .literal(Literal(text)) }
            return .literal(Literal(text, datatype: iri(datatype)))
        }
    }

    func add(_ statement: UnsafeMutablePointer<raptor_statement>) {
        let s = statement.pointee
        guard let subject = s.subject, let predicate = s.predicate, let object = s.object,
              predicate.pointee.type == RAPTOR_TERM_TYPE_URI
        else { return }
        let triple = Triple(term(subject), iri(predicate.pointee.value.uri), term(object))
        quads.append(Quad(triple, graph: s.graph.map { term($0) }))
    }
}
