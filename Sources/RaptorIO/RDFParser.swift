import CRaptor2
import RDF
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Streaming RDF parsing through Raptor's parsers.
///
/// Input is read and handed to Raptor in 64 KiB chunks; after each chunk the
/// statements Raptor produced are passed to `handler`, in document order,
/// so memory stays bounded whatever the input size.
///
///     try RDFParser.parse(file: "graph.ttl") { quad in
///         print(quad)    // <http://ex.org/a> <http://ex.org/p> "x" .
///     }
///     let graph = try RDFParser.parseGraph(string: "<http://ex.org/a> <http://ex.org/p> 1 .",
///                                          syntax: .turtle)
///     graph.count   // 1
///
/// Errors. A document that fails to parse may already have delivered
/// statements: `handler` has been called for every statement of the chunks
/// before the one where Raptor reported the first error (statements of that
/// chunk are not delivered). `parse` then throws `RaptorError` of kind
/// `.parse` with Raptor's messages and positions. `parseGraph` and
/// `parseDataset` throw and return nothing, so a caller never sees a partial graph.
///
/// Terms. Literals without datatype become `xsd:string`; blank-node labels
/// become valid `BlankNode` labels, deterministically (same input, same
/// labels; see `StatementCollector`); repeated IRIs share one `IRI` value.
///
/// Guards and known Raptor 2.0.15 limits (see RAPTOR-LIMITS.md and the
/// RaptorIO "Parsing" article):
/// - U+0000 (a raw NUL byte, or `\u0000`/`\U00000000` in Turtle, TriG,
///   N-Triples, N-Quads, JSON) would be silently cut by Raptor: the parse
///   throws `.parse` at its position instead.
/// - Surrogate code points escaped in Turtle/TriG/N-Triples/N-Quads
///   (`\uD800`) are accepted by Raptor; the parse throws `.parse` instead.
/// - The N-Triples and N-Quads parsers take a final `.` into a blank-node
///   label (`_:o.`); RaptorIO strips trailing dots from their labels (a
///   label cannot end in `.` in those syntaxes).
/// - The N-Triples, N-Quads and RDF/XML parsers lowercase language tags
///   (RDF 1.1 Concepts §3.3 allows it); the Turtle and TriG parsers keep
///   the case. Not recoverable.
/// - Raptor removes `./` and `../` segments inside absolute IRIs in Turtle,
///   TriG and RDF/XML (as RFC 3986 §5.2 resolution does). For Turtle and
///   TriG, `TurtleIRIGuard` keeps absolute IRIs as written; RDF/XML still
///   loses them.
/// - Network and file access from inside documents (GRDDL, XML entities)
///   is switched off.
/// - N-Triples and N-Quads are read by `NTriplesReader` (native, a strict
///   subset of the grammar, the same statements as Raptor's) up to the first
///   line it does not accept; from there they reach Raptor in whole lines
///   (its line buffer is quadratic in a line's length otherwise), with `\'`
///   in strings rewritten to `'` (Raptor refuses that ECHAR).
/// - Raptor's N-Triples parser accepts lines the grammar forbids (no final
///   `.`, a raw CR inside a string, `:` in a blank-node label): every line
///   it is given is checked first (`NTriplesGrammar`) and the first bad one
///   throws `.parse` at its line and column.
/// - Raptor accepts language tags without the BCP 47 shape (`"x"@en-`): the
///   N-Triples grammar check, the Turtle/TriG lexer (`TurtleIRIGuard`) and the
///   term conversion (other syntaxes) refuse them, at their position where known.
/// - Turtle nesting past Raptor's parser stack is reported with
///   `turtleNestingLimitMessage` instead of "memory exhausted".
/// - With a `BlankNodeScope`, blank-node labels are moved into the
///   document's scope, so documents of one merge never share a node.
///
/// - Complexity: O(n) in the input size; memory O(chunk + distinct IRIs + distinct blank labels).
public enum RDFParser {
    /// The number of bytes handed to Raptor at a time.
    public static let chunkSize = 1 << 16

    // MARK: Streaming

    /// Parses a file, calling `handler` for each statement in document order.
    ///
    /// - Parameters:
    ///   - path: the file to read.
    ///   - syntax: the syntax, or `nil` to take it from the file extension
    ///     (`RDFSyntax(fileExtension:)`), falling back to Raptor's guesser.
    ///   - baseIRI: the base for relative IRIs; default `file://` + the absolute path.
    ///   - blankNodeScope: the document's blank-node scope in a merge of
    ///     several (`BlankNodeScope`); `nil` keeps the labels as parsed.
    /// - Returns: the warnings Raptor logged.
    /// - Throws: `RaptorError` of kind `.io` (cannot open or read), `.parse`
    ///   (invalid input; `messages` hold positions), `.unsupportedSyntax`.
    @discardableResult
    public static func parse(file path: String, syntax: RDFSyntax? = nil, baseIRI: IRI? = nil, blankNodeScope: BlankNodeScope? = nil,
                             handler: (Quad) -> Void) throws(RaptorError) -> [RaptorMessage] {
        let chosen = syntax ?? RDFSyntax(fileExtension: fileExtension(of: path)) ?? .guess
        guard let input = InputFile(path: path) else {
            throw RaptorError(kind: .io, message: "cannot open \(path): \(ErrorText.errno())", file: path)
        }
        let base = baseIRI ?? defaultBase(forFile: path)
        return try run(syntax: chosen, baseIRI: base, file: path, scope: blankNodeScope, handler: handler) { buffer in input.read(into: buffer) }
    }

    /// Parses standard input (read to its end in chunks).
    /// - Parameter baseIRI: default `file:///dev/stdin`.
    @discardableResult
    public static func parse(standardInput syntax: RDFSyntax, baseIRI: IRI? = nil, blankNodeScope: BlankNodeScope? = nil,
                             handler: (Quad) -> Void) throws(RaptorError) -> [RaptorMessage] {
        let input = InputFile(standardInput: ())
        return try run(syntax: syntax, baseIRI: baseIRI ?? IRI(unchecked: "file:///dev/stdin"), file: "<stdin>", scope: blankNodeScope,
                       handler: handler) { buffer in
            input.read(into: buffer)
        }
    }

    /// Parses text held in memory.
    /// - Parameter baseIRI: default `RDFParser.defaultBaseIRI`.
    @discardableResult
    public static func parse(string: String, syntax: RDFSyntax, baseIRI: IRI? = nil, blankNodeScope: BlankNodeScope? = nil,
                             handler: (Quad) -> Void) throws(RaptorError) -> [RaptorMessage] {
        try parse(data: Array(string.utf8), syntax: syntax, baseIRI: baseIRI, blankNodeScope: blankNodeScope, handler: handler)
    }

    /// Parses bytes held in memory (UTF-8 for the text syntaxes).
    /// - Parameter baseIRI: default `RDFParser.defaultBaseIRI`.
    @discardableResult
    public static func parse(data: [UInt8], syntax: RDFSyntax, baseIRI: IRI? = nil, blankNodeScope: BlankNodeScope? = nil,
                             handler: (Quad) -> Void) throws(RaptorError) -> [RaptorMessage] {
        var offset = 0
        return try run(syntax: syntax, baseIRI: baseIRI ?? defaultBaseIRI, file: nil, scope: blankNodeScope, handler: handler) { buffer in
            let n = min(buffer.count, data.count - offset)
            if n > 0 {
                data.withUnsafeBytes { all in buffer.baseAddress!.copyMemory(from: all.baseAddress! + offset, byteCount: n) }
            }
            offset += n
            return n
        }
    }

    /// The error text for a Turtle or TriG document nested deeper than
    /// Raptor 2.0.15's Turtle parser can hold. Its bison parser has a stack
    /// of 10,000 states and reports an overflow as "memory exhausted";
    /// measured: 4,997 levels of `[ … ]` or 9,990 of `( … )` still parse,
    /// and fewer when `;` and `,` lists nest too (about 1,650).
    public static let turtleNestingLimitMessage =
        "nesting deeper than 4997 levels: Raptor 2.0.15's Turtle parser limit (a stack of 10000 parser states: 4997 levels of [ ], 9990 of ( ), fewer when ';' and ',' lists nest)"

    /// The base IRI used for text and bytes when none is given.
    public static let defaultBaseIRI = IRI(unchecked: "file:///")

    // MARK: Whole graphs

    /// Parses a file into a graph; quads in named graphs are added to it too
    /// (their graph name is dropped). Throws on any error: no partial graph.
    public static func parseGraph(file path: String, syntax: RDFSyntax? = nil, baseIRI: IRI? = nil) throws(RaptorError) -> Graph {
        var graph = Graph()
        try parse(file: path, syntax: syntax, baseIRI: baseIRI) { graph.insert($0.triple) }
        return graph
    }

    /// Parses text into a graph (named-graph quads are merged in). Throws on any error.
    public static func parseGraph(string: String, syntax: RDFSyntax, baseIRI: IRI? = nil) throws(RaptorError) -> Graph {
        var graph = Graph()
        try parse(string: string, syntax: syntax, baseIRI: baseIRI) { graph.insert($0.triple) }
        return graph
    }

    /// Parses bytes into a graph (named-graph quads are merged in). Throws on any error.
    public static func parseGraph(data: [UInt8], syntax: RDFSyntax, baseIRI: IRI? = nil) throws(RaptorError) -> Graph {
        var graph = Graph()
        try parse(data: data, syntax: syntax, baseIRI: baseIRI) { graph.insert($0.triple) }
        return graph
    }

    /// Parses a file into a dataset: N-Quads and TriG fill named graphs;
    /// the other syntaxes fill the default graph. Throws on any error.
    public static func parseDataset(file path: String, syntax: RDFSyntax? = nil, baseIRI: IRI? = nil) throws(RaptorError) -> Dataset {
        var dataset = Dataset()
        try parse(file: path, syntax: syntax, baseIRI: baseIRI) { dataset.insert($0) }
        return dataset
    }

    /// Parses text into a dataset. Throws on any error.
    public static func parseDataset(string: String, syntax: RDFSyntax, baseIRI: IRI? = nil) throws(RaptorError) -> Dataset {
        var dataset = Dataset()
        try parse(string: string, syntax: syntax, baseIRI: baseIRI) { dataset.insert($0) }
        return dataset
    }

    // MARK: The parse loop

    static func fileExtension(of path: String) -> String {
        let name = path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path[...]
        guard let dot = name.lastIndex(of: ".") else { return "" }
        return String(name[name.index(after: dot)...])
    }

    static func defaultBase(forFile path: String) -> IRI {
        var absolute = path
        if !path.hasPrefix("/") {
            var buffer = [CChar](repeating: 0, count: 4096)
            if getcwd(&buffer, buffer.count) != nil {
                let cwd = String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
                absolute = cwd + "/" + path
            }
        }
        var out = "file://"
        for byte in absolute.utf8 {
            let c = Unicode.Scalar(byte)
            let unreserved = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || "-._~/!$&'()*+,;=:@".unicodeScalars.contains(c)
            if unreserved { out.unicodeScalars.append(c) } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return IRI(unchecked: out)
    }

    /// Runs one parse: `read` fills a buffer and returns the byte count
    /// (0 at the end, `nil` on a read error with `errno` set).
    ///
    /// `native: false` gives every N-Triples and N-Quads line to Raptor
    /// (for tests comparing `NTriplesReader` with it).
    static func run(syntax: RDFSyntax, baseIRI: IRI, file: String?, scope: BlankNodeScope? = nil, native: Bool = true,
                    handler: (Quad) -> Void, read: (UnsafeMutableRawBufferPointer) -> Int?) throws(RaptorError) -> [RaptorMessage] {
        // The handler runs on the conversion stage's thread, which ends before this returns.
        let result: Result<[RaptorMessage], RaptorError> = withoutActuallyEscaping(handler) { handler in
            do throws(RaptorError) {
                return .success(try runStages(syntax: syntax, baseIRI: baseIRI, file: file, scope: scope, native: native,
                                              handler: handler, read: read))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// `run`, with Raptor parsing on this thread and the statements turned
    /// into quads and handed to `handler` by a `ConversionStage`.
    private static func runStages(syntax: RDFSyntax, baseIRI: IRI, file: String?, scope: BlankNodeScope?, native: Bool,
                                  handler: @escaping (Quad) -> Void,
                                  read: (UnsafeMutableRawBufferPointer) -> Int?) throws(RaptorError) -> [RaptorMessage] {
        guard let parserName = syntax.parserName else {
            throw RaptorError(kind: .unsupportedSyntax, message: "Raptor cannot read \(syntax.rawValue)", file: file)
        }
        let world = try RaptorWorld(internURIs: false)
        let parser = try RaptorParser(world: world, name: parserName)
        raptor_parser_set_option(parser.pointer, RAPTOR_OPTION_NO_NET, nil, 1)
        raptor_parser_set_option(parser.pointer, RAPTOR_OPTION_NO_FILE, nil, 1)
        raptor_parser_set_option(parser.pointer, RAPTOR_OPTION_LOAD_EXTERNAL_ENTITIES, nil, 0)
        raptor_parser_set_option(parser.pointer, RAPTOR_OPTION_NORMALIZE_LANGUAGE, nil, 0)
        if syntax == .rdfxmlXMP {
            // XMP wraps rdf:RDF in x:xmpmeta; let the RDF/XML parser look inside.
            raptor_parser_set_option(parser.pointer, RAPTOR_OPTION_SCANNING, nil, 1)
        }
        let collector = StatementCollector(parser: parser, stripTrailingDots: parserName == "ntriples" || parserName == "nquads",
                                           scope: scope)
        raptor_parser_set_statement_handler(parser.pointer, Unmanaged.passUnretained(collector).toOpaque()) { context, statement in
            guard let context, let statement else { return }
            Unmanaged<StatementCollector>.fromOpaque(context).takeUnretainedValue().record(statement)
        }
        let base = try RaptorURI(world, baseIRI.value)
        let stage = ConversionStage(collector: collector, handler: handler)
        func problemError(_ problem: RaptorMessage) -> RaptorError {
            RaptorError(kind: .parse, message: problem.text, messages: world.log.take() + [problem], file: file)
        }
        do throws(RaptorError) {
            try parseChunks(world: world, parser: parser, parserName: parserName, syntax: syntax, base: base,
                            file: file, collector: collector, stage: stage, native: native, read: read)
        } catch {
            // An invalid IRI of an earlier chunk comes first, as when converting on one thread.
            stage.finish()
            if let problem = stage.problem { throw problemError(problem) }
            throw error
        }
        stage.finish()
        if let problem = stage.problem { throw problemError(problem) }
        withExtendedLifetime((world, parser, base, collector)) {}
        return world.log.messages.filter { !$0.isError }
    }

    /// Feeds the input to Raptor chunk by chunk; after each chunk, hands its
    /// statements to `stage` (stopping early once the stage has found an
    /// invalid IRI). N-Triples and N-Quads are read by `NTriplesReader`
    /// (when `native`) up to the first line it does not accept, and by
    /// Raptor from there on.
    private static func parseChunks(world: RaptorWorld, parser: RaptorParser, parserName: String, syntax: RDFSyntax, base: RaptorURI,
                                    file: String?, collector: StatementCollector, stage: ConversionStage, native: Bool,
                                    read: (UnsafeMutableRawBufferPointer) -> Int?) throws(RaptorError) {
        let isTurtle = parserName == "turtle" || parserName == "trig"
        func failure(_ kind: RaptorError.Kind, _ message: String) -> RaptorError {
            var messages = world.log.take()
            if isTurtle {
                // Bison's parser stack overflow, reported as "memory exhausted".
                for i in messages.indices where messages[i].isError && messages[i].text == "memory exhausted" {
                    messages[i].text = RDFParser.turtleNestingLimitMessage
                }
            }
            let first = messages.first(where: \.isError)
            return RaptorError(kind: kind, message: first?.text ?? message, messages: messages, file: file)
        }
        if raptor_parser_parse_start(parser.pointer, base.pointer) != 0 {
            throw failure(.parse, "cannot start the \(parserName) parser")
        }
        var scanner = InputScanner(syntax: syntax)
        let isNTriples = parserName == "ntriples" || parserName == "nquads"
        var reader = isNTriples && native ? NTriplesReader(allowsGraph: parserName == "nquads") : nil
        let allowsGraph = parserName == "nquads"
        var feeder = isNTriples && !native ? NTriplesFeeder(allowsGraph: allowsGraph) : nil
        /// Gives `bytes` to Raptor through the feeder; false when Raptor failed or a line is not in the grammar.
        func feed(_ bytes: UnsafeRawBufferPointer, isEnd: Bool) -> Bool {
            guard var block = feeder!.block(adding: bytes, isEnd: isEnd) else {
                guard let problem = feeder!.problem else { return true }
                world.log.messages.append(problem)
                return false
            }
            let count = block.count
            if block.isEmpty { block.append(0) }
            let before = world.log.messages.count
            let status = block.withUnsafeBufferPointer { raptor_parser_parse_chunk(parser.pointer, $0.baseAddress, count, isEnd ? 1 : 0) }
            feeder!.adjust(&world.log.messages[before...])
            return status == 0 && !world.log.hasNewError
        }
        var iriGuard = isTurtle ? TurtleIRIGuard() : nil
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 1)
        defer { buffer.deallocate() }
        var carry = 0
        while true {
            guard let n = read(UnsafeMutableRawBufferPointer(rebasing: buffer[carry...])) else {
                throw RaptorError(kind: .io, message: "read failed: \(ErrorText.errno())", messages: world.log.take(), file: file)
            }
            let isEnd = n == 0
            let available = carry + n
            let bytes = UnsafeRawBufferPointer(rebasing: buffer[..<available])
            let ready: Int
            do {
                ready = try scanner.scan(bytes, isEnd: isEnd)
            } catch {
                throw RaptorError(kind: .parse, message: error.message, messages: world.log.take() + [error.diagnostic], file: file)
            }
            if reader != nil {
                if let rest = reader!.read(UnsafeRawBufferPointer(rebasing: bytes[..<ready]), isEnd: isEnd, into: &collector.raw) {
                    // Raptor reads on from the first line the native reader did not accept.
                    feeder = NTriplesFeeder(line: reader!.line, offset: reader!.offset, allowsGraph: allowsGraph)
                    collector.positionBase = (reader!.line - 1, reader!.offset)
                    reader = nil
                    if !rest.withUnsafeBytes({ feed($0, isEnd: isEnd) }) {
                        throw failure(.parse, "\(parserName) parse failed")
                    }
                }
            } else if feeder != nil {
                if !feed(UnsafeRawBufferPointer(rebasing: bytes[..<ready]), isEnd: isEnd) {
                    throw failure(.parse, "\(parserName) parse failed")
                }
            } else if iriGuard != nil {
                var block: [UInt8]
                do {
                    block = try iriGuard!.rewrite(UnsafeRawBufferPointer(rebasing: bytes[..<ready]), isEnd: isEnd)
                } catch {
                    throw RaptorError(kind: .parse, message: error.message,
                                      messages: world.log.take() + [RaptorMessage(level: .error, text: error.message, position: error.position)], file: file)
                }
                let count = block.count
                if block.isEmpty { block.append(0) }
                let status = block.withUnsafeBufferPointer { raptor_parser_parse_chunk(parser.pointer, $0.baseAddress, count, isEnd ? 1 : 0) }
                if status != 0 || world.log.hasNewError {
                    throw failure(.parse, "\(parserName) parse failed")
                }
            } else {
                let status = bytes.baseAddress!.withMemoryRebound(to: UInt8.self, capacity: max(ready, 1)) {
                    raptor_parser_parse_chunk(parser.pointer, $0, ready, isEnd ? 1 : 0)
                }
                if status != 0 || world.log.hasNewError {
                    throw failure(.parse, "\(parserName) parse failed")
                }
            }
            if stage.problem != nil { return }
            stage.submit(collector.takeRaw())
            if isEnd { break }
            // Bytes held back by the scanner go to the front of the buffer.
            carry = available - ready
            if carry > 0 { buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + ready, byteCount: carry) }
        }
        withExtendedLifetime(base) {}
    }
}
