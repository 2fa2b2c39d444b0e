import CRaptor2
import RDF

/// A streaming RDF writer backed by one of Raptor's serializers.
///
/// N-Triples and N-Quads lines are encoded in Swift, byte for byte as
/// Raptor's serializers write them (`NTriplesEncoder`), without a Raptor term
/// per triple; every other syntax goes through Raptor.
///
/// Triples go in one at a time and bytes come out as Raptor produces them:
/// N-Triples, N-Quads, RDF/XML, JSON and the other syntaxes stream to the
/// destination (through a 64 KiB buffer), so a large graph is never held as
/// one string. Raptor's Turtle, RDF/XML-abbrev, RDF/JSON and DOT
/// serializers themselves keep every triple until their end (they group by
/// subject); this writer gives Turtle to Raptor in batches of
/// `turtleBatchTriples` triples (cut where the subject changes), each to a
/// serializer of its own, and writes one `@prefix` header before them all
/// (`TurtleBatches`): each batch's subjects are grouped and sorted, and a
/// subject whose triples fall in two batches is written twice (the same graph).
///
///     let writer = try RDFWriter(syntax: .turtle, destination: .memory,
///                                namespaces: [Namespace.schema])
///     try writer.write(Triple(IRI(unchecked: "http://ex.org/a"), RDFVocabulary.type,
///                             Namespace.schema["Organization"]))
///     let text = try writer.finish()
///     // @prefix schema: <http://schema.org/> .
///     //
///     // <http://ex.org/a>
///     //     a schema:Organization .
///
/// Guards. Every term is checked before it reaches Raptor, and output that
/// Raptor would get wrong is avoided (see RAPTOR-LIMITS.md and the
/// "Writing" article):
/// - IRIs must pass `IRI.problem(in:)`; language tags must have the BCP 47
///   shape; blank-node labels must be valid `BlankNode` labels; literals
///   and IRIs must not contain U+0000, U+FFFE or U+FFFF (Raptor would cut
///   them there, silently, in every syntax). Otherwise
///   `RaptorError.Kind.invalidTerm` is thrown, naming the term.
/// - Turtle: triples Raptor's Turtle serializer would corrupt (numeric and
///   boolean literals whose bare token would read back differently, literals
///   holding CR or other control characters, blank-node cycles nothing
///   references, shared or subject-position `rdf:List` nodes) are written
///   after Raptor's Turtle as N-Triples lines (a subset of Turtle), with the
///   whole blank-node component they belong to, so the document reads back
///   to the same graph.
/// - RDF/XML: literals with characters XML 1.0 cannot hold throw
///   `.invalidTerm`; blank-node labels that are not XML names are relabelled.
/// - Turtle and RDF/XML: IRIs with `.`/`..` path segments throw
///   `.invalidTerm`, because reading resolves those segments (RFC 3986 §5.2).
///
/// Not thread-safe: one writer per task. Each writer owns its own Raptor world.
///
/// - Complexity: O(1) amortised per triple for the streaming syntaxes; for
///   Turtle, O(n) memory and O(n log n) time at `finish()` (Raptor sorts).
public final class RDFWriter {
    /// Where the output goes.
    public enum Destination: Hashable, Sendable {
        /// The process's standard output (file descriptor 1), written as the serializer produces bytes.
        case standardOutput
        /// A file, created or truncated.
        case file(path: String)
        /// A string, returned by `finish()`.
        case memory
    }

    /// The syntax being written.
    public let syntax: RDFSyntax
    /// The destination given at creation.
    public let destination: Destination

    private let world: RaptorWorld
    private let sink: OutputSink
    private let stream: RaptorIOStream
    /// The running serializer; for RDF/XML-abbrev it starts in `finish()`.
    private var serializer: RaptorSerializer?
    private let baseURI: RaptorURI?
    private let namespaces: [Namespace]
    private var namespaceURIs: [(prefix: String, uri: RaptorURI)] = []
    /// RDF/XML-abbrev: every triple, kept until `finish()` decides between
    /// `rdfxml-abbrev` and plain `rdfxml` (see `finish()`).
    private var heldForAbbreviation: [Triple]?
    /// Raptor terms of IRIs, by the IRI's fingerprint (hashed without SipHash; see `Fingerprint`).
    private var iriTerms: [Fingerprint: RaptorTerm] = [:]
    /// The subject and predicate IRIs of the last triple sent, with their terms: an
    /// entity's triples come together, so most subjects are the last one (an equality test, no hashing).
    private var lastSubject: (iri: IRI, term: RaptorTerm)?
    private var lastPredicate: (iri: IRI, term: RaptorTerm)?
    private var blankTerms: [BlankNode: RaptorTerm] = [:]
    private var datatypeURIs: [IRI: RaptorURI] = [:]
    private var blankRelabel: BlankNodeRelabelling?
    private var turtle: TurtleGuard?
    /// Turtle: the batches the triples go to Raptor in.
    private var batches: TurtleBatches?
    /// The triples Raptor's Turtle serializer holds at most (past that, the batch
    /// ends at the next change of subject): some tens of MiB.
    public static let turtleBatchTriples = 1 << 16
    /// N-Triples and N-Quads: the lines are encoded here, as Raptor's serializer writes them (`NTriplesEncoder`).
    private var lineEncoder: NTriplesEncoder?
    private var isFinished = false
    private var fileName: String? {
        if case .file(let path) = destination { return path }
        return nil
    }
    private static let termCacheLimit = 1 << 16

    /// Creates a writer and starts the document.
    ///
    /// - Parameters:
    ///   - syntax: a syntax with `canWrite` true.
    ///   - destination: standard output, a file, or memory.
    ///   - baseIRI: written as `@base` (Turtle) or `xml:base` (RDF/XML);
    ///     IRIs under it are then written relative to it.
    ///   - namespaces: prefixes to declare and abbreviate with (Turtle, RDF/XML).
    /// - Throws: `RaptorError` of kind `.unsupportedSyntax` (read-only syntax),
    ///   `.io` (the file cannot be created), `.invalidTerm` (bad base IRI or
    ///   namespace), `.library` (Raptor could not create an object).
    public convenience init(syntax: RDFSyntax, destination: Destination, baseIRI: IRI? = nil, namespaces: [Namespace] = []) throws(RaptorError) {
        try self.init(syntax: syntax, destination: destination, baseIRI: baseIRI, namespaces: namespaces, encodingLines: true)
    }

    /// `init(syntax:destination:baseIRI:namespaces:)`; with `encodingLines` false,
    /// N-Triples and N-Quads go through Raptor's serializers too (the tests
    /// compare `NTriplesEncoder` with them).
    init(syntax: RDFSyntax, destination: Destination, baseIRI: IRI? = nil, namespaces: [Namespace] = [],
         encodingLines: Bool, turtleBatch: Int = RDFWriter.turtleBatchTriples) throws(RaptorError) {
        guard syntax.canWrite else {
            throw RaptorError(kind: .unsupportedSyntax, message: "Raptor cannot write \(syntax.rawValue)")
        }
        self.syntax = syntax
        self.destination = destination
        self.namespaces = namespaces
        // No URI interning: the writer caches its own terms, and Raptor compares URIs by string where it must.
        world = try RaptorWorld(internURIs: false)
        switch destination {
        case .memory: sink = OutputSink()
        case .standardOutput: sink = OutputSink(descriptor: 1, owns: false)
        case .file(let path):
            guard let fileSink = OutputSink.file(path) else {
                throw RaptorError(kind: .io, message: "cannot open \(path) for writing: \(ErrorText.errno())", file: path)
            }
            sink = fileSink
        }
        if syntax == .json || syntax == .jsonTriples { sink.state.pointee.repairJSON = true }
        stream = try RaptorIOStream(world: world, sink: sink)
        if let baseIRI, syntax != .json && syntax != .jsonTriples && syntax != .ntriples && syntax != .nquads {
            // RDF/JSON, N-Triples and N-Quads hold absolute IRIs only; Raptor's
            // JSON writers would otherwise write relative ones.
            try TermCheck.iri(baseIRI, syntax: syntax, role: "base IRI")
            baseURI = try RaptorURI(world, baseIRI.value)
        } else {
            baseURI = nil
        }
        var declared: [String: String] = [:]
        for ns in namespaces {
            try TermCheck.namespace(ns)
            if let earlier = declared[ns.prefix] {
                if earlier == ns.iri { continue }
                throw RaptorError(kind: .invalidTerm, message: "prefix '\(ns.prefix)' declared twice (<\(earlier)> and <\(ns.iri)>)", term: ns.prefix)
            }
            declared[ns.prefix] = ns.iri
            namespaceURIs.append((ns.prefix, try RaptorURI(world, ns.iri)))
        }
        if syntax == .turtle { turtle = TurtleGuard() }
        if syntax.isXML { blankRelabel = BlankNodeRelabelling(rule: .xml) }
        if syntax == .turtle { blankRelabel = BlankNodeRelabelling(rule: .turtle) }
        if syntax == .rdfxmlAbbrev {
            heldForAbbreviation = []
        } else if encodingLines && (syntax == .ntriples || syntax == .nquads) {
            // Raptor's N-Triples and N-Quads serializers write a line per statement and nothing
            // before or after; `NTriplesEncoder` writes the same bytes without a Raptor term per triple.
            lineEncoder = NTriplesEncoder(syntax: syntax)
        } else if syntax == .turtle {
            let batches = try TurtleBatches(world: world, limit: turtleBatch)
            self.batches = batches
            serializer = try start("turtle", on: batches.stream)
        } else {
            serializer = try start(syntax.rawValue)
        }
    }

    /// Creates a serializer, declares the namespaces and starts the document on `target` (else the writer's stream).
    private func start(_ name: String, declaringNamespaces: Bool = true, base: Bool = true,
                       on target: RaptorIOStream? = nil) throws(RaptorError) -> RaptorSerializer {
        let stream = target ?? self.stream
        let made = try RaptorSerializer(world: world, name: name)
        // Raptor's serializers declare `rdf:` themselves; declaring it again
        // fails. Syntaxes without prefixes (N-Triples, N-Quads, RDF/JSON,
        // HTML) refuse declarations: they get none.
        let usesPrefixes: Set<String> = ["turtle", "rdfxml", "rdfxml-abbrev", "rdfxml-xmp", "dot", "atom", "rss-1.0"]
        if declaringNamespaces && usesPrefixes.contains(name) {
            for (prefix, uri) in namespaceURIs where !(prefix == "rdf" && raptorString(uri) == Namespace.rdf.iri) {
                let status = prefix.withCString { cPrefix in
                    raptor_serializer_set_namespace(made.pointer, uri.pointer, prefix.isEmpty ? nil : UnsafeRawPointer(cPrefix).assumingMemoryBound(to: UInt8.self))
                }
                // Serializers without prefixes (N-Triples, JSON, …) and the ones that
                // predeclare `rdf` return non-zero without logging: not an error.
                if status != 0 && world.log.hasNewError { throw failure(.serialize, "cannot declare prefix '\(prefix)'") }
            }
        }
        made.stream = stream
        if raptor_serializer_start_to_iostream(made.pointer, base ? baseURI?.pointer : nil, stream.pointer) != 0 || world.log.hasNewError {
            throw failure(.serialize, "cannot start the \(name) serializer")
        }
        return made
    }

    /// Writes one triple (to the default graph).
    ///
    /// - Throws: `RaptorError` of kind `.invalidTerm` (a term that cannot be
    ///   written correctly, named in `term`), `.serialize` (Raptor reported an
    ///   error), `.finished` (after `finish()`).
    public func write(_ triple: Triple) throws(RaptorError) {
        try write(triple, graph: nil)
    }

    /// Writes one quad. The graph name is written by N-Quads; the other
    /// syntaxes hold one graph, so a quad with a graph name throws
    /// `.unsupportedSyntax` there (write `quad.triple` to drop it on purpose).
    public func write(_ quad: Quad) throws(RaptorError) {
        if quad.graph != nil && syntax != .nquads {
            throw RaptorError(kind: .unsupportedSyntax, message: "\(syntax.rawValue) has no named graphs (quad \(quad))", file: fileName)
        }
        try write(quad.triple, graph: quad.graph)
    }

    /// Writes every triple of a sequence, in order.
    ///
    /// (Inlinable: specialised for the caller's sequence, each triple is taken from it without
    /// the generic value-witness copies an unspecialised loop makes: an export streams a million
    /// triples through here.)
    @inlinable
    public func write<S: Sequence>(contentsOf triples: S) throws(RaptorError) where S.Element == Triple {
        for t in triples { try write(t) }
    }

    private func write(_ triple: Triple, graph: Term?) throws(RaptorError) {
        guard !isFinished else { throw RaptorError(kind: .finished, message: "write after finish()", file: fileName) }
        guard !triple.subject.isLiteral else {
            throw RaptorError(kind: .invalidTerm, message: "a literal cannot be a subject: \(triple)", file: fileName, term: triple.subject.description)
        }
        if let graph, graph.isLiteral {
            throw RaptorError(kind: .invalidTerm, message: "a literal cannot name a graph: \(graph)", file: fileName, term: graph.description)
        }
        if turtle != nil {
            // A held-back triple is only converted at finish(), so check it now;
            // the others are checked as they are converted (once per distinct IRI).
            if TurtleGuard.holdsBack(triple) {
                try TermCheck.triple(triple, syntax: syntax)
                turtle!.hold(triple)
            } else {
                if batches!.isFull(before: triple.subject) { try nextTurtleBatch() }
                try send(triple, graph: nil)
                batches!.note(triple.subject)
            }
            return
        }
        if heldForAbbreviation != nil {
            try TermCheck.triple(triple, syntax: syntax)
            heldForAbbreviation!.append(triple)
            return
        }
        if lineEncoder != nil {
            try lineEncoder!.encode(triple, graph: graph)
            lineEncoder!.line.withUnsafeBytes { if let start = $0.baseAddress { OutputSink.append(sink.state, start, $0.count) } }
            return
        }
        try send(triple, graph: graph)
    }

    /// Ends the document and flushes the output.
    ///
    /// - Returns: the text for `.memory`, `nil` otherwise.
    /// - Throws: `RaptorError` of kind `.serialize` or `.io`.
    @discardableResult
    public func finish() throws(RaptorError) -> String? {
        guard !isFinished else { throw RaptorError(kind: .finished, message: "finish() called twice", file: fileName) }
        isFinished = true
        var tail: [Triple] = []
        if let guardState = turtle {
            let plan = guardState.plan()
            for t in plan.raptor { try send(t, graph: nil) }
            tail = plan.tail
        }
        if let held = heldForAbbreviation {
            // Raptor's RDF/XML-abbrev writer drops blank nodes that only a
            // cycle of blank nodes references (as its Turtle writer does), and
            // RDF/XML cannot append a second part; such graphs are written by
            // the plain RDF/XML serializer instead, which writes every triple.
            let name = TurtleGuard.hasBlankNodeCycle(held) ? "rdfxml" : "rdfxml-abbrev"
            serializer = try start(name)
            for t in held { try send(t, graph: nil) }
        }
        if batches != nil {
            try endTurtleBatch()
        } else if lineEncoder == nil {
            guard let serializer else { throw RaptorError(kind: .library, message: "no serializer", file: fileName) }
            if raptor_serializer_serialize_end(serializer.pointer) != 0 || world.log.hasNewError {
                throw failure(.serialize, "the \(syntax.rawValue) serializer failed at the end of the document")
            }
        }
        if !tail.isEmpty {
            // N-Triples is a subset of Turtle; these lines follow Raptor's Turtle.
            let nt = try start("ntriples", declaringNamespaces: false, base: false)
            for t in tail { try send(t, graph: nil, through: nt) }
            if raptor_serializer_serialize_end(nt.pointer) != 0 || world.log.hasNewError {
                throw failure(.serialize, "the N-Triples tail failed")
            }
        }
        raptor_iostream_write_end(stream.pointer)
        if let code = sink.close() {
            throw RaptorError(kind: .io, message: "write failed: \(ErrorText.errno(code))", file: fileName)
        }
        if sink.isMemory {
            return sink.takeText()
        }
        return nil
    }

    // MARK: - Turtle batches

    /// Ends the current Turtle batch (moving its text to the sink) and starts the next.
    private func nextTurtleBatch() throws(RaptorError) {
        try endTurtleBatch()
        guard let batches else { return }
        if batches.needsHeader {
            // A batch without triples writes the header alone.
            serializer = try start("turtle", on: batches.stream)
            try endSerializer("the Turtle serializer failed writing the header")
            batches.takeHeader()
        }
        serializer = try start("turtle", on: batches.stream)
    }

    /// Ends the current Turtle batch and moves its text to the sink, without the header after the first batch.
    private func endTurtleBatch() throws(RaptorError) {
        guard let batches else { return }
        try endSerializer("the turtle serializer failed at the end of the document")
        do { try batches.moveOutput(to: sink) } catch {
            var named = error
            named.file = fileName
            throw named
        }
    }

    /// Ends `serializer`'s document.
    private func endSerializer(_ message: String) throws(RaptorError) {
        guard let serializer else { throw RaptorError(kind: .library, message: "no serializer", file: fileName) }
        if raptor_serializer_serialize_end(serializer.pointer) != 0 || world.log.hasNewError {
            throw failure(.serialize, message)
        }
        self.serializer = nil
    }

    // MARK: - Handing terms to Raptor

    private func send(_ triple: Triple, graph: Term?, through target: RaptorSerializer? = nil) throws(RaptorError) {
        let s: RaptorTerm
        if case .iri(let iri) = triple.subject {
            if let last = lastSubject, last.iri == iri {
                s = last.term
            } else {
                s = try raptorTerm(iri: iri)
                lastSubject = (iri, s)
            }
        } else {
            s = try raptorTerm(triple.subject)
        }
        let p: RaptorTerm
        if let last = lastPredicate, last.iri == triple.predicate {
            p = last.term
        } else {
            p = try raptorTerm(iri: triple.predicate)
            lastPredicate = (triple.predicate, p)
        }
        let o = try raptorTerm(triple.object)
        let g = try graph.map { (t: Term) throws(RaptorError) -> RaptorTerm in try raptorTerm(t) }
        var statement = raptor_statement()
        raptor_statement_init(&statement, world.pointer)
        statement.subject = s.pointer
        statement.predicate = p.pointer
        statement.object = o.pointer
        statement.graph = g?.pointer
        guard let into = target ?? serializer else { throw RaptorError(kind: .library, message: "no serializer", file: fileName) }
        let status = raptor_serializer_serialize_statement(into.pointer, &statement)
        withExtendedLifetime((s, p, o, g)) {}
        if status != 0 || world.log.hasNewError {
            throw failure(.serialize, "Raptor could not write \(triple)")
        }
    }

    private func raptorTerm(_ term: Term) throws(RaptorError) -> RaptorTerm {
        switch term {
        case .iri(let iri): return try raptorTerm(iri: iri)
        case .blankNode(let b): return try raptorTerm(blank: b)
        case .literal(let l): return try raptorTerm(literal: l)
        }
    }

    private func raptorTerm(iri: IRI) throws(RaptorError) -> RaptorTerm {
        let key = Fingerprint(iri)
        if let cached = iriTerms[key] { return cached }
        try TermCheck.iri(iri, syntax: syntax, role: "IRI")
        let count = iri.value.utf8.count
        let made = iri.value.withCString {
            raptor_new_term_from_counted_uri_string(world.pointer, UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self), count)
        }
        guard let made else { throw failure(.invalidTerm, "Raptor rejected the IRI \(iri)", term: iri.description) }
        let term = RaptorTerm(world: world, adopting: made)
        if iriTerms.count >= RDFWriter.termCacheLimit { iriTerms.removeAll(keepingCapacity: true) }
        iriTerms[key] = term
        return term
    }

    private func raptorTerm(blank: BlankNode) throws(RaptorError) -> RaptorTerm {
        if let cached = blankTerms[blank] { return cached }
        try TermCheck.blankNode(blank)
        var label = blank.id
        if blankRelabel != nil { label = blankRelabel!.label(for: blank) }
        let count = label.utf8.count
        let made = label.withCString {
            raptor_new_term_from_counted_blank(world.pointer, UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self), count)
        }
        guard let made else { throw failure(.invalidTerm, "Raptor rejected the blank node \(blank)", term: blank.description) }
        let term = RaptorTerm(world: world, adopting: made)
        if blankTerms.count >= RDFWriter.termCacheLimit { blankTerms.removeAll(keepingCapacity: true) }
        blankTerms[blank] = term
        return term
    }

    private func raptorTerm(literal: Literal) throws(RaptorError) -> RaptorTerm {
        try TermCheck.literal(literal, syntax: syntax)
        var datatype: RaptorURI?
        if literal.language == nil && literal.datatype != XSD.string {
            if let cached = datatypeURIs[literal.datatype] {
                datatype = cached
            } else {
                try TermCheck.iri(literal.datatype, syntax: syntax, role: "datatype IRI")
                let uri = try RaptorURI(world, literal.datatype.value)
                datatypeURIs[literal.datatype] = uri
                datatype = uri
            }
        }
        let textCount = literal.lexicalForm.utf8.count
        let language = literal.language ?? ""
        let languageCount = language.utf8.count
        let made: UnsafeMutablePointer<raptor_term>? = literal.lexicalForm.withCString { textBytes in
            language.withCString { languageBytes in
                raptor_new_term_from_counted_literal(
                    world.pointer, UnsafeRawPointer(textBytes).assumingMemoryBound(to: UInt8.self), textCount,
                    datatype?.pointer,
                    languageCount == 0 ? nil : UnsafeRawPointer(languageBytes).assumingMemoryBound(to: UInt8.self),
                    UInt8(truncatingIfNeeded: languageCount))
            }
        }
        withExtendedLifetime(datatype) {}
        guard let made else { throw failure(.invalidTerm, "Raptor rejected the literal \(literal)", term: literal.description) }
        return RaptorTerm(world: world, adopting: made)
    }

    private func raptorString(_ uri: RaptorURI) -> String {
        var length = 0
        guard let bytes = raptor_uri_as_counted_string(uri.pointer, &length) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self)
    }

    private func failure(_ kind: RaptorError.Kind, _ message: String, term: String? = nil) -> RaptorError {
        let messages = world.log.take()
        let first = messages.first(where: \.isError)?.text
        return RaptorError(kind: kind, message: first.map { "\(message): \($0)" } ?? message, messages: messages, file: fileName, term: term)
    }
}
