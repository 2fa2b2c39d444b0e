import RDF

/// Reads a JSON-LD 1.1 document as RDF: expansion and deserialisation to RDF in one pass,
/// the reader beside `JSONLDWriter` (so `export --format jsonld` reads back, and JSON-LD from
/// elsewhere loads with `query --data`, `describe`, `push` and `serve`).
///
///     let read = try JSONLDReader.read(Array(#"{"@context": {"@vocab": "http://schema.org/"}, "@id": "http://x/a", "name": "A"}"#.utf8),
///                                      baseIRI: IRI(unchecked: "file:///tmp/a.jsonld"))
///     read.quads   // [<http://x/a> <http://schema.org/name> "A"]
///
/// What it reads (JSON-LD 1.1 §4 and Processing Algorithms §4.1, §5.2, §5.1 toRDF §8):
/// - contexts inline in the document (`@context` objects, arrays of them, `null`), with
///   `@vocab`, `@base`, `@language`, `@version`, prefixes, and expanded term definitions
///   (`@id`, `@reverse`, `@type` coercion to `@id`, `@vocab` or a datatype, `@language`,
///   `@container` `@list`/`@set`/`@language`/`@index`/`@id`/`@type`, `@context` of a
///   property (applied to its values)); keyword aliases (`"id": "@id"`); compact IRIs
///   (`prefix:suffix`); relative IRIs against `@base`, else the document's IRI;
/// - node objects (`@id`, `@type`, `@reverse`, `@graph`, `@included`, `@nest`, `@index`),
///   value objects (`@value` with `@type`, `@language`, `@direction` (not kept), `@index`;
///   `@json` gives an `rdf:JSON` literal of the value's JSON text with members sorted),
///   lists (`@list`, a list container; nested lists), sets, language and index maps;
/// - numbers as JSON-LD says: an integral number below 10²¹ is an `xsd:integer` (`1.0` is
///   `"1"`), any other an `xsd:double` in canonical form (`1.5E0`); `true`/`false` are
///   `xsd:boolean`.
///
/// What it refuses with a position (`JSONLDError`, kind `.syntax`, `.invalidDocument` or
/// `.unsupported`): JSON that is not JSON, a remote context (a context IRI: there is no
/// network access; put the context in the document), `@import`, a language tag that is not
/// BCP 47's shape, an IRI or datatype that holds characters no IRI may hold, a keyword used
/// with a value of the wrong kind. Like every JSON-LD processor it drops, with a warning each
/// (`warnings`), a member whose key expands to no absolute IRI (`"name"` with no `@vocab` and
/// no term `name`), and a node whose `@id` is relative with no base.
///
/// Blank nodes are labelled `b0`, `b1`, … in document order, a document label (`_:x`) keeping
/// one label throughout; labels are local to the document (a loader gives the document a
/// blank-node scope of its own).
///
/// - Complexity: O(n) in the document's bytes, plus the context lookups (O(1) each).
/// Source: JSON-LD 1.1 (W3C Recommendation, 16 July 2020); JSON-LD 1.1 Processing
/// Algorithms and API §4.1 (context processing), §4.2 (term definitions), §5.2 (IRI
/// expansion), §5.3 (value expansion), §8 (deserialize JSON-LD to RDF, object to RDF, list to RDF).
public enum JSONLDReader {
    /// A document's quads and what was dropped from it.
    public struct Result: Sendable {
        /// The quads, in document order; `graph` is nil for the default graph.
        public var quads: [Quad]
        /// One line for each member or node dropped, `LINE:COLUMN: why`.
        public var warnings: [String]
    }

    /// Reads the document in `bytes` (UTF-8 JSON).
    /// - Parameter baseIRI: the document's IRI, against which relative IRIs resolve (unless
    ///   the context gives `@base`); nil leaves relative `@id`s unresolved (and dropped).
    /// - Throws: `JSONLDError` with the position of the fault (see the type).
    public static func read(_ bytes: [UInt8], baseIRI: IRI?) throws(JSONLDError) -> Result {
        let document: JSONValue
        do { document = try JSONReader.read(bytes) } catch {
            throw JSONLDError(.syntax, error.message, at: error.position)
        }
        var state = Expansion(base: baseIRI?.value)
        try state.top(document)
        return Result(quads: state.quads, warnings: state.warnings)
    }
}

/// One term of an active context (JSON-LD 1.1 Processing §4.2).
struct JSONLDTerm {
    /// The IRI, blank node or keyword the term maps to; nil for a term mapped to null.
    var id: String?
    var reverse = false
    /// `@id`, `@vocab`, `@json`, `@none`, or a datatype IRI.
    var type: String?
    /// Set when the term definition gives `@language` (the inner nil: `"@language": null`).
    var language: String??
    var container: Set<String> = []
    /// A context applied to the term's values.
    var context: JSONValue?
    /// Whether `term:suffix` expands through this term.
    var isPrefix = false
}

/// The active context (JSON-LD 1.1 Processing §4.1).
struct JSONLDActiveContext {
    var base: String?
    var vocabulary: String?
    var language: String?
    var terms: [String: JSONLDTerm] = [:]
}

/// The state of one document's expansion to RDF.
struct Expansion {
    var quads: [Quad] = []
    var warnings: [String] = []
    let documentBase: String?
    private var labels: [String: BlankNode] = [:]
    private var nextLabel = 0

    init(base: String?) { documentBase = base }

    static let keywords: Set<String> = [
        "@base", "@container", "@context", "@direction", "@graph", "@id", "@import", "@included", "@index", "@json",
        "@language", "@list", "@nest", "@none", "@prefix", "@propagate", "@protected", "@reverse", "@set", "@type",
        "@value", "@version", "@vocab",
    ]

    static let genDelims: Set<Character> = [":", "/", "?", "#", "[", "]", "@"]
    static let rdfJSON = IRI(unchecked: "http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON")

    // MARK: Blank nodes

    mutating func freshBlankNode() -> Term {
        defer { nextLabel += 1 }
        return .blankNode(BlankNode(unchecked: "b\(nextLabel)"))
    }

    mutating func blankNode(label: String) -> Term {
        if let known = labels[label] { return .blankNode(known) }
        guard case .blankNode(let fresh) = freshBlankNode() else { fatalError("unreachable") }
        labels[label] = fresh
        return .blankNode(fresh)
    }

    // MARK: IRI expansion (§5.2)

    /// `value` expanded: a keyword, an absolute IRI, a blank-node identifier (`_:x`), or nil
    /// (a term mapped to null, a keyword-like `@word`, or a relative IRI left relative).
    func expand(_ value: String, _ context: JSONLDActiveContext, vocab: Bool, documentRelative: Bool) -> String? {
        if Self.keywords.contains(value) { return value }
        if value.hasPrefix("@"), value.dropFirst().allSatisfy({ $0.isLetter }), value.count > 1 { return nil }
        if vocab, let term = context.terms[value] { return term.id }
        if let colon = value.firstIndex(of: ":"), colon != value.startIndex {
            let prefix = String(value[..<colon])
            let suffix = value[value.index(after: colon)...]
            if prefix == "_" { return value }
            if suffix.hasPrefix("//") { return value }
            if let term = context.terms[prefix], let id = term.id, term.isPrefix { return id + suffix }
            if Self.isAbsolute(value) { return value }
        }
        if vocab, let vocabulary = context.vocabulary { return vocabulary + value }
        if documentRelative, let base = context.base { return IRIReference.resolve(value, against: base) }
        return documentRelative ? nil : value
    }

    static func isAbsolute(_ value: String) -> Bool { IRIReference.isAbsolute(value) }

    // MARK: Context processing (§4.1)

    func process(_ local: JSONValue, into active: JSONLDActiveContext, at position: SourcePosition) throws(JSONLDError) -> JSONLDActiveContext {
        var result = active
        let contexts: [JSONValue]
        if case .array(let items) = local { contexts = items } else { contexts = [local] }
        for context in contexts {
            switch context {
            case .null:
                result = JSONLDActiveContext(base: documentBase)
            case .string(let iri):
                throw JSONLDError(.unsupported, "a remote context ('\(iri)') is not loaded (osce-kg has no network access): put the context in the document", at: position)
            case .object(let object):
                try define(object, in: &result)
            default:
                throw JSONLDError(.invalidDocument, "@context must be an object, an array of them, or null, not \(context.kindName)", at: position)
            }
        }
        return result
    }

    private func define(_ object: JSONObject, in result: inout JSONLDActiveContext) throws(JSONLDError) {
        if let member = object.member("@import") {
            throw JSONLDError(.unsupported, "@import loads a remote context, which osce-kg does not (no network access)", at: member.position)
        }
        if let member = object.member("@version") {
            guard case .number(let v) = member.value, v == "1.1" else {
                throw JSONLDError(.invalidDocument, "@version must be the number 1.1", at: member.position)
            }
        }
        if let member = object.member("@base") {
            switch member.value {
            case .null: result.base = nil
            case .string(let iri):
                if Self.isAbsolute(iri) { result.base = iri } else if let base = result.base {
                    result.base = IRIReference.resolve(iri, against: base)
                } else {
                    throw JSONLDError(.invalidDocument, "@base '\(iri)' is relative and the document has no IRI to resolve it", at: member.position)
                }
            default: throw JSONLDError(.invalidDocument, "@base must be a string or null", at: member.position)
            }
        }
        if let member = object.member("@vocab") {
            switch member.value {
            case .null: result.vocabulary = nil
            case .string(let iri):
                guard let expanded = expand(iri, result, vocab: true, documentRelative: true) else {
                    throw JSONLDError(.invalidDocument, "@vocab '\(iri)' is no IRI", at: member.position)
                }
                result.vocabulary = expanded
            default: throw JSONLDError(.invalidDocument, "@vocab must be a string or null", at: member.position)
            }
        }
        if let member = object.member("@language") {
            switch member.value {
            case .null: result.language = nil
            case .string(let tag): result.language = try Self.checked(language: tag, at: member.position)
            default: throw JSONLDError(.invalidDocument, "@language must be a string or null", at: member.position)
            }
        }
        var defined: [String: Bool] = [:]
        for member in object.members where !member.key.hasPrefix("@") {
            try createTerm(member.key, from: object, in: &result, defined: &defined)
        }
    }

    /// Create Term Definition (§4.2), defining the terms it depends on first.
    private func createTerm(_ term: String, from local: JSONObject, in active: inout JSONLDActiveContext,
                            defined: inout [String: Bool]) throws(JSONLDError) {
        if let done = defined[term] {
            if done { return }
            throw JSONLDError(.invalidDocument, "the term '\(term)' is defined through itself (a cyclic IRI mapping)", at: local.member(term)?.position ?? local.position)
        }
        guard let member = local.member(term) else { return }
        defined[term] = false
        defer { defined[term] = true }
        let position = member.position
        var definition = JSONLDTerm()
        let body: JSONObject?
        var simple = false
        switch member.value {
        case .null:
            active.terms[term] = definition
            return
        case .string(let id):
            body = nil
            simple = true
            definition.id = id
        case .object(let object):
            body = object
        default:
            throw JSONLDError(.invalidDocument, "the definition of '\(term)' must be a string, an object or null, not \(member.value.kindName)", at: position)
        }
        // Terms this one's IRI is written with are defined first.
        func dependencies(_ value: String) throws(JSONLDError) {
            if let colon = value.firstIndex(of: ":"), colon != value.startIndex {
                let prefix = String(value[..<colon])
                if prefix != term, local.member(prefix) != nil { try createTerm(prefix, from: local, in: &active, defined: &defined) }
            } else if value != term, local.member(value) != nil {
                try createTerm(value, from: local, in: &active, defined: &defined)
            }
        }
        if let body {
            if let reverse = body.member("@reverse") {
                guard case .string(let id) = reverse.value else { throw JSONLDError(.invalidDocument, "@reverse must be a string", at: reverse.position) }
                definition.id = id
                definition.reverse = true
            } else if let id = body.member("@id") {
                switch id.value {
                case .null: definition.id = nil; active.terms[term] = definition; return
                case .string(let s): definition.id = s
                default: throw JSONLDError(.invalidDocument, "@id of the term '\(term)' must be a string or null", at: id.position)
                }
            }
            if let type = body.member("@type") {
                guard case .string(let t) = type.value else { throw JSONLDError(.invalidDocument, "@type of the term '\(term)' must be a string", at: type.position) }
                try dependencies(t)
                guard let expanded = expand(t, active, vocab: true, documentRelative: false),
                      ["@id", "@vocab", "@json", "@none"].contains(expanded) || Self.isAbsolute(expanded) else {
                    throw JSONLDError(.invalidDocument, "@type of the term '\(term)' is '\(t)': not @id, @vocab, @json, @none or an absolute datatype IRI", at: type.position)
                }
                definition.type = expanded
            }
            if let language = body.member("@language") {
                switch language.value {
                case .null: definition.language = .some(nil)
                case .string(let tag): definition.language = .some(try Self.checked(language: tag, at: language.position))
                default: throw JSONLDError(.invalidDocument, "@language of the term '\(term)' must be a string or null", at: language.position)
                }
            }
            if let container = body.member("@container") {
                let values: [JSONValue]
                if case .array(let items) = container.value { values = items } else { values = [container.value] }
                for value in values {
                    guard case .string(let c) = value, ["@list", "@set", "@language", "@index", "@id", "@type", "@graph"].contains(c) else {
                        throw JSONLDError(.invalidDocument, "@container of the term '\(term)' must be @list, @set, @language, @index, @id, @type or @graph", at: container.position)
                    }
                    definition.container.insert(c)
                }
            }
            if let context = body.member("@context") { definition.context = context.value }
            if let prefix = body.member("@prefix") {
                guard case .bool(let flag) = prefix.value else { throw JSONLDError(.invalidDocument, "@prefix must be true or false", at: prefix.position) }
                definition.isPrefix = flag
            }
        }
        if let id = definition.id {
            if !Self.keywords.contains(id) {
                try dependencies(id)
                guard let expanded = expand(id, active, vocab: true, documentRelative: false) else {
                    throw JSONLDError(.invalidDocument, "the term '\(term)' maps to '\(id)', which is no IRI", at: position)
                }
                definition.id = expanded
            }
        } else if body != nil {
            // No @id: the term itself, as a compact or absolute IRI, or under @vocab.
            try dependencies(term)
            if term.contains(":") || term.hasPrefix("_:") {
                definition.id = expand(term, active, vocab: true, documentRelative: false)
            } else if let vocabulary = active.vocabulary {
                definition.id = vocabulary + term
            } else {
                throw JSONLDError(.invalidDocument, "the term '\(term)' has no @id and the context no @vocab: it maps to no IRI", at: position)
            }
        }
        if simple, let id = definition.id, let last = id.last, Self.genDelims.contains(last) || id.hasPrefix("_:") {
            definition.isPrefix = !term.contains(":") && !term.contains("/")
        }
        active.terms[term] = definition
    }

    static func checked(language tag: String, at position: SourcePosition) throws(JSONLDError) -> String {
        guard Literal.isValidLanguageTag(tag) else { throw JSONLDError(.invalidDocument, Literal.languageTagProblem(tag), at: position) }
        return tag
    }

    // MARK: Nodes and values (§5.1 expansion with §8 object to RDF)

    /// The top-level value: a node object, an array of them, or a `@graph` wrapper.
    mutating func top(_ document: JSONValue) throws(JSONLDError) {
        let context = JSONLDActiveContext(base: documentBase)
        switch document {
        case .array(let items):
            for item in items { try topItem(item, context, at: SourcePosition(line: 1, column: 1)) }
        case .object:
            try topItem(document, context, at: SourcePosition(line: 1, column: 1))
        default:
            throw JSONLDError(.invalidDocument, "a JSON-LD document is an object or an array, not \(document.kindName)", at: SourcePosition(line: 1, column: 1))
        }
    }

    private mutating func topItem(_ item: JSONValue, _ context: JSONLDActiveContext, at position: SourcePosition) throws(JSONLDError) {
        switch item {
        case .object(let object):
            _ = try node(object, context, graph: nil, topLevel: true)
        case .array(let items):
            for inner in items { try topItem(inner, context, at: position) }
        case .null:
            break
        default:
            warnings.append("\(position): a top-level \(item.kindName) is no node object: dropped")
        }
    }

    /// The keys of `object` expanded (keyword aliases resolved), with their members.
    private func expandedKeys(_ object: JSONObject, _ context: JSONLDActiveContext) -> [(key: String?, member: JSONObject.Member)] {
        object.members.map { member in
            (member.key == "@context" ? "@context" : expand(member.key, context, vocab: true, documentRelative: false), member)
        }
    }

    /// Emits the triples of a node object and returns its subject (nil for a top-level
    /// `@graph` wrapper, whose nodes go to the default graph).
    @discardableResult
    mutating func node(_ object: JSONObject, _ outer: JSONLDActiveContext, graph: Term?, topLevel: Bool = false,
                       id forcedID: String? = nil, extraType: String? = nil) throws(JSONLDError) -> Term? {
        var context = outer
        if let local = object.member("@context") {
            context = try process(local.value, into: context, at: local.position)
        }
        let keys = expandedKeys(object, context)
        // Value objects and list/set objects are not nodes.
        if let member = keys.first(where: { $0.key == "@value" || $0.key == "@list" || $0.key == "@set" })?.member {
            throw JSONLDError(.invalidDocument, "\(member.key) is not allowed in a node object here (a top-level value or list has no subject)", at: member.position)
        }
        var subject: Term?
        if let id = forcedID {
            subject = try nodeTerm(id, context, at: object.position)
        }
        if let member = keys.first(where: { $0.key == "@id" })?.member {
            guard case .string(let id) = member.value else { throw JSONLDError(.invalidDocument, "@id must be a string, not \(member.value.kindName)", at: member.position) }
            subject = try nodeTerm(id, context, at: member.position)
            if subject == nil {
                warnings.append("\(member.position): the @id '\(id)' is relative and the document has no base IRI: the node is dropped")
                return nil
            }
        }
        let others = keys.filter { !["@context", "@id", "@graph", "@index"].contains($0.key ?? "") }
        if topLevel, subject == nil, others.isEmpty, let graphMember = keys.first(where: { $0.key == "@graph" })?.member {
            try nodes(in: graphMember.value, context, graph: graph)
            return nil
        }
        let me = subject ?? freshBlankNode()
        if let extraType, let type = expand(extraType, context, vocab: true, documentRelative: true) {
            try emit(me, RDFVocabulary.type, try iriTerm(type, at: object.position), graph)
        }
        for (key, member) in keys {
            guard let key else {
                warnings.append("\(member.position): '\(member.key)' expands to no IRI (no term of that name and no @vocab): dropped")
                continue
            }
            switch key {
            case "@context", "@id", "@index":
                continue
            case "@type":
                let values: [JSONValue]
                if case .array(let items) = member.value { values = items } else { values = [member.value] }
                for value in values {
                    guard case .string(let t) = value else { throw JSONLDError(.invalidDocument, "@type values must be strings, not \(value.kindName)", at: member.position) }
                    guard let type = expand(t, context, vocab: true, documentRelative: true) else {
                        warnings.append("\(member.position): the type '\(t)' expands to no IRI: dropped")
                        continue
                    }
                    try emit(me, RDFVocabulary.type, try nodeTerm(type, context, at: member.position, expanded: true) ?? .iri(IRI(unchecked: type)), graph)
                }
            case "@graph":
                try nodes(in: member.value, context, graph: me)
            case "@included":
                try nodes(in: member.value, context, graph: graph)
            case "@reverse":
                guard case .object(let reverse) = member.value else { throw JSONLDError(.invalidDocument, "@reverse must be an object", at: member.position) }
                for (property, inner) in expandedKeys(reverse, context) {
                    guard let property, let predicate = try predicate(property, at: inner.position) else {
                        warnings.append("\(inner.position): '\(inner.key)' expands to no IRI: dropped")
                        continue
                    }
                    for object in try values(inner.value, term: context.terms[inner.key], context, graph: graph, at: inner.position) {
                        try emit(object, predicate, me, graph)
                    }
                }
            case "@nest":
                let nested: [JSONValue]
                if case .array(let items) = member.value { nested = items } else { nested = [member.value] }
                for value in nested {
                    guard case .object(let inner) = value else { throw JSONLDError(.invalidDocument, "@nest values must be objects", at: member.position) }
                    try properties(of: inner, subject: me, context, graph: graph)
                }
            case "@value", "@list", "@set", "@language", "@direction", "@json":
                throw JSONLDError(.invalidDocument, "\(key) is not allowed in a node object", at: member.position)
            default:
                try property(key, member, subject: me, context, graph: graph)
            }
        }
        return me
    }

    /// The properties of a `@nest` object, as the node's own.
    private mutating func properties(of object: JSONObject, subject: Term, _ context: JSONLDActiveContext, graph: Term?) throws(JSONLDError) {
        for (key, member) in expandedKeys(object, context) {
            guard let key, !key.hasPrefix("@") else { continue }
            try property(key, member, subject: subject, context, graph: graph)
        }
    }

    private mutating func property(_ key: String, _ member: JSONObject.Member, subject: Term, _ context: JSONLDActiveContext,
                                   graph: Term?) throws(JSONLDError) {
        guard let predicate = try predicate(key, at: member.position) else {
            warnings.append(key == member.key && !key.contains(":")
                            ? "\(member.position): '\(member.key)' expands to no IRI (no term of that name and no @vocab): dropped"
                            : "\(member.position): '\(member.key)' expands to '\(key)', which is no absolute IRI: dropped")
            return
        }
        let term = context.terms[member.key]
        var valueContext = context
        if let scoped = term?.context { valueContext = try process(scoped, into: context, at: member.position) }
        for object in try values(member.value, term: term, valueContext, graph: graph, at: member.position) {
            if term?.reverse == true {
                try emit(object, predicate, subject, graph)
            } else {
                try emit(subject, predicate, object, graph)
            }
        }
    }

    /// A property IRI, or nil for one that is no absolute IRI (dropped, as JSON-LD does).
    private func predicate(_ key: String, at position: SourcePosition) throws(JSONLDError) -> IRI? {
        guard !key.hasPrefix("_:"), Self.isAbsolute(key) else { return nil }
        guard case .iri(let iri) = try iriTerm(key, at: position) else { return nil }
        return iri
    }

    /// The nodes of a `@graph` or `@included` value, into `graph`.
    private mutating func nodes(in value: JSONValue, _ context: JSONLDActiveContext, graph: Term?) throws(JSONLDError) {
        switch value {
        case .array(let items):
            for item in items { try nodes(in: item, context, graph: graph) }
        case .object(let object):
            try node(object, context, graph: graph)
        case .null:
            break
        default:
            throw JSONLDError(.invalidDocument, "@graph holds node objects, not \(value.kindName)", at: SourcePosition(line: 1, column: 1))
        }
    }

    /// The objects of one property's value (each list made into its `rdf:first`/`rdf:rest` chain).
    private mutating func values(_ value: JSONValue, term: JSONLDTerm?, _ context: JSONLDActiveContext, graph: Term?,
                                 at position: SourcePosition) throws(JSONLDError) -> [Term] {
        let container = term?.container ?? []
        if container.contains("@list"), !Self.isListObject(value, context) {
            let items: [JSONValue]
            if case .array(let array) = value { items = array } else { items = [value] }
            return [try list(items, term: term, context, graph: graph, at: position)]
        }
        switch value {
        case .null:
            return []
        case .array(let items):
            var out: [Term] = []
            for item in items { out += try values(item, term: term, context, graph: graph, at: position) }
            return out
        case .object(let object):
            if container.contains("@language"), object.member("@value") == nil {
                return try languageMap(object, context)
            }
            if !container.isDisjoint(with: ["@index", "@id", "@type"]), object.member("@value") == nil, object.member("@id") == nil,
               object.member("@list") == nil, object.member("@set") == nil {
                var out: [Term] = []
                for member in object.members {
                    if container.contains("@id") || container.contains("@type") {
                        for item in Self.array(member.value) {
                            guard case .object(let inner) = item else {
                                out += try values(item, term: JSONLDTerm(type: term?.type), context, graph: graph, at: member.position)
                                continue
                            }
                            let id = container.contains("@id") && member.key != "@none" ? member.key : nil
                            let type = container.contains("@type") && member.key != "@none" ? member.key : nil
                            if let made = try node(inner, context, graph: graph, id: id, extraType: type) { out.append(made) }
                        }
                    } else {
                        out += try values(member.value, term: JSONLDTerm(type: term?.type, language: term?.language), context, graph: graph, at: member.position)
                    }
                }
                return out
            }
            return try objectValue(object, term: term, context, graph: graph)
        case .string, .number, .bool:
            return [try scalar(value, term: term, context, at: position)]
        }
    }

    private static func array(_ value: JSONValue) -> [JSONValue] {
        if case .array(let items) = value { return items }
        return [value]
    }

    private static func isListObject(_ value: JSONValue, _ context: JSONLDActiveContext) -> Bool {
        guard case .object(let object) = value else { return false }
        return object.members.contains { $0.key == "@list" || context.terms[$0.key]?.id == "@list" }
    }

    /// An object as a value: a value object, a list, a set, or a node (its subject).
    private mutating func objectValue(_ object: JSONObject, term: JSONLDTerm?, _ context: JSONLDActiveContext,
                                      graph: Term?) throws(JSONLDError) -> [Term] {
        var keyed: [String: JSONObject.Member] = [:]
        for (key, member) in expandedKeys(object, context) { if let key, keyed[key] == nil { keyed[key] = member } }
        if let listMember = keyed["@list"] {
            return [try list(Self.array(listMember.value), term: term, context, graph: graph, at: listMember.position)]
        }
        if let set = keyed["@set"] {
            return try values(set.value, term: term.map { var t = $0; t.container.remove("@list"); return t }, context, graph: graph, at: set.position)
        }
        guard let value = keyed["@value"] else {
            return try node(object, context, graph: graph).map { [$0] } ?? []
        }
        var type: String?
        if let member = keyed["@type"] {
            guard case .string(let t) = member.value, let expanded = expand(t, context, vocab: true, documentRelative: true) else {
                throw JSONLDError(.invalidDocument, "@type in a value object must be a string that names a datatype", at: member.position)
            }
            type = expanded
        }
        if type == "@json" {
            return [.literal(Literal(Self.canonicalJSON(value.value), datatype: Self.rdfJSON))]
        }
        var language: String?
        if let member = keyed["@language"] {
            guard case .string(let tag) = member.value else { throw JSONLDError(.invalidDocument, "@language must be a string", at: member.position) }
            language = try Self.checked(language: tag, at: member.position)
        }
        switch value.value {
        case .null:
            return []
        case .string(let s):
            if let type {
                if language != nil { throw JSONLDError(.invalidDocument, "a value object cannot have both @type and @language", at: value.position) }
                return [.literal(Literal(s, datatype: try datatype(type, at: value.position)))]
            }
            if let language { return [.literal(Literal(s, uncheckedLanguage: language))] }
            return [.literal(Literal(s))]
        case .number, .bool:
            if language != nil { throw JSONLDError(.invalidDocument, "@language is for strings only", at: value.position) }
            return [try native(value.value, datatype: type, at: value.position)]
        default:
            throw JSONLDError(.invalidDocument, "@value must be a string, a number, a boolean or null, not \(value.value.kindName)", at: value.position)
        }
    }

    /// A string, number or boolean under the term's coercion (§5.3 value expansion).
    private mutating func scalar(_ value: JSONValue, term: JSONLDTerm?, _ context: JSONLDActiveContext,
                                 at position: SourcePosition) throws(JSONLDError) -> Term {
        let type = term?.type
        if case .string(let s) = value {
            switch type {
            case "@id":
                guard let node = try nodeTerm(s, context, at: position) else {
                    throw JSONLDError(.invalidDocument, "'\(s)' is a relative IRI and the document has no base IRI", at: position)
                }
                return node
            case "@vocab":
                guard let expanded = expand(s, context, vocab: true, documentRelative: true) else {
                    throw JSONLDError(.invalidDocument, "'\(s)' expands to no IRI", at: position)
                }
                return try nodeTerm(expanded, context, at: position, expanded: true) ?? .iri(IRI(unchecked: expanded))
            case "@json":
                return .literal(Literal(Self.canonicalJSON(value), datatype: Self.rdfJSON))
            case let datatype? where datatype != "@none":
                return .literal(Literal(s, datatype: try self.datatype(datatype, at: position)))
            default:
                let language: String? = term?.language ?? context.language
                if let language { return .literal(Literal(s, uncheckedLanguage: language)) }
                return .literal(Literal(s))
            }
        }
        if type == "@json" { return .literal(Literal(Self.canonicalJSON(value), datatype: Self.rdfJSON)) }
        let datatype = type.flatMap { ["@id", "@vocab", "@none"].contains($0) ? nil : $0 }
        return try native(value, datatype: datatype, at: position)
    }

    /// A number or boolean as a literal (§8.6 object to RDF, steps 10–12).
    private func native(_ value: JSONValue, datatype: String?, at position: SourcePosition) throws(JSONLDError) -> Term {
        var dt: IRI?
        if let datatype { dt = try self.datatype(datatype, at: position) }
        switch value {
        case .bool(let b):
            return .literal(Literal(b ? "true" : "false", datatype: dt ?? XSD.boolean))
        case .number(let text):
            let isDouble = text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
            guard isDouble || dt == XSD.double else {
                let digits = text == "-0" ? "0" : text
                return .literal(Literal(digits, datatype: dt ?? XSD.integer))
            }
            let number = Double(text) ?? .nan
            if dt != XSD.double, number.rounded() == number, abs(number) < 1e21, abs(number) < 9.0e18 {
                return .literal(Literal(String(Int64(number)), datatype: dt ?? XSD.integer))
            }
            return .literal(Literal(DecimalText.scientific(number), datatype: dt ?? XSD.double))
        default:
            throw JSONLDError(.invalidDocument, "expected a number or a boolean", at: position)
        }
    }

    /// JSON text of `value` with object members sorted by name and no white space (the
    /// lexical form of an `rdf:JSON` literal, JSON-LD 1.1 §4.2.2 after RFC 8785's ordering).
    static func canonicalJSON(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n
        case .string(let s): return JSONText.quoted(s)
        case .array(let items): return "[" + items.map(canonicalJSON).joined(separator: ",") + "]"
        case .object(let object):
            let sorted = object.members.sorted { $0.key.utf16.lexicographicallyPrecedes($1.key.utf16) }
            return "{" + sorted.map { JSONText.quoted($0.key) + ":" + canonicalJSON($0.value) }.joined(separator: ",") + "}"
        }
    }

    /// A language map's strings (`@container: @language`).
    private func languageMap(_ object: JSONObject, _ context: JSONLDActiveContext) throws(JSONLDError) -> [Term] {
        var out: [Term] = []
        for member in object.members {
            let language = member.key == "@none" || expand(member.key, context, vocab: true, documentRelative: false) == "@none"
                ? nil : try Self.checked(language: member.key, at: member.position)
            for item in Self.array(member.value) {
                switch item {
                case .null: continue
                case .string(let s): out.append(.literal(language.map { Literal(s, uncheckedLanguage: $0) } ?? Literal(s)))
                default: throw JSONLDError(.invalidDocument, "a language map holds strings, not \(item.kindName)", at: member.position)
                }
            }
        }
        return out
    }

    /// The `rdf:first`/`rdf:rest` chain of `items` (§8.7 list to RDF); `rdf:nil` when empty.
    private mutating func list(_ items: [JSONValue], term: JSONLDTerm?, _ context: JSONLDActiveContext, graph: Term?,
                               at position: SourcePosition) throws(JSONLDError) -> Term {
        var inner = term
        inner?.container.remove("@list")
        var objects: [Term] = []
        for item in items {
            if case .array(let nested) = item {
                objects.append(try list(nested, term: inner, context, graph: graph, at: position))
            } else {
                objects += try values(item, term: inner, context, graph: graph, at: position)
            }
        }
        guard !objects.isEmpty else { return .iri(RDFVocabulary.nil) }
        let nodes = objects.map { _ in freshBlankNode() }
        for (i, object) in objects.enumerated() {
            try emit(nodes[i], RDFVocabulary.first, object, graph)
            try emit(nodes[i], RDFVocabulary.rest, i + 1 < nodes.count ? nodes[i + 1] : .iri(RDFVocabulary.nil), graph)
        }
        return nodes[0]
    }

    // MARK: Terms

    /// The node an `@id` (or an `@id`-coerced string) names: a blank node for `_:x`, else an
    /// IRI resolved against the base; nil for a relative IRI with no base.
    private mutating func nodeTerm(_ id: String, _ context: JSONLDActiveContext, at position: SourcePosition,
                                   expanded: Bool = false) throws(JSONLDError) -> Term? {
        let value = expanded ? id : expand(id, context, vocab: false, documentRelative: true)
        guard let value, !Self.keywords.contains(value) else { return nil }
        if value.hasPrefix("_:") { return blankNode(label: String(value.dropFirst(2))) }
        guard Self.isAbsolute(value) else { return nil }
        return try iriTerm(value, at: position)
    }

    private func iriTerm(_ value: String, at position: SourcePosition) throws(JSONLDError) -> Term {
        do { return .iri(try IRI(value)) } catch {
            throw JSONLDError(.invalidDocument, "'\(value)' is not a valid IRI: \(error.message)", at: position)
        }
    }

    private func datatype(_ value: String, at position: SourcePosition) throws(JSONLDError) -> IRI {
        guard Self.isAbsolute(value), !value.hasPrefix("_:"), case .iri(let iri) = try iriTerm(value, at: position) else {
            throw JSONLDError(.invalidDocument, "the datatype '\(value)' is no absolute IRI", at: position)
        }
        return iri
    }

    private mutating func emit(_ subject: Term, _ predicate: IRI, _ object: Term, _ graph: Term?) throws(JSONLDError) {
        guard !subject.isLiteral else { return }
        quads.append(Quad(Triple(subject, predicate, object), graph: graph))
    }
}
