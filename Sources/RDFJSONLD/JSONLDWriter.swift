import RDF

/// Writes a graph as a JSON-LD 1.1 document in compacted form, with one
/// context.
///
///     var out = ""
///     let context = try JSONLDContext(vocabulary: IRI(unchecked: "http://schema.org/"), prefixes: [])
///     try JSONLDWriter.write([Triple(IRI(unchecked: "http://ex.org/a"), IRI(unchecked: "http://schema.org/name"),
///                                    Literal("A"))], context: context, to: &out)
///     // {
///     //   "@context": {
///     //     "@vocab": "http://schema.org/"
///     //   },
///     //   "@graph": [
///     //     {
///     //       "@id": "http://ex.org/a",
///     //       "name": "A"
///     //     }
///     //   ]
///     // }
///
/// Shape: one object `{"@context": {…}, "@graph": [node, …]}`; one node
/// object per subject, sorted by subject (blank nodes first, then IRIs, by
/// code points); in a node, `@id`, then `@type` (the `rdf:type` objects that
/// are IRIs), then one key per predicate sorted by key; a key holds one value
/// or an array of values sorted by term. Values:
/// - an IRI or blank node: `{"@id": "state:se"}`, `{"@id": "_:b1"}`;
/// - a simple literal (`xsd:string`): a JSON string;
/// - `xsd:boolean` `true`/`false`, and `xsd:integer` in canonical form
///   within ±(2^53 − 1): the JSON literal (read back to the same lexical
///   form);
/// - a language-tagged literal: `{"@value": "…", "@language": "en"}`;
/// - any other literal: `{"@value": "…", "@type": "xsd:date"}` (the
///   lexical form is kept as it is).
/// The context has no type coercion, so each value says what it is; no
/// `@list`: `rdf:first`/`rdf:rest` are written as the triples they are.
/// Duplicate triples are written once. The output is byte-identical for the
/// same set of triples, whatever their order. Strings are escaped by
/// `JSONText.quoted` (non-ASCII as UTF-8).
///
/// Not supported: `rdf:JSON` literals are written as ordinary typed literals
/// (a JSON-LD processor reads them back in canonical JSON form), and text
/// direction (`@direction`) is not produced.
///
/// - Complexity: O(n log n) time and O(n) memory for n triples (the triples
///   are sorted to group them by subject); the text is written node by node
///   to the output stream, never held whole.
///
/// Source: JSON-LD 1.1 (W3C Recommendation, 16 July 2020) §4.1, §4.2 (typed
/// values, string internationalisation), §4.9 (named graphs: `@graph`); JSON-LD 1.1 Processing
/// Algorithms §8 (RDF serialization/deserialization).
public enum JSONLDWriter {
    /// The usual file extension, without the dot.
    public static let fileExtension = "jsonld"
    /// The IANA media type.
    public static let mediaType = "application/ld+json"

    /// Writes `triples` as one JSON-LD document to `out`.
    ///
    /// - Throws: `JSONLDError` of kind `.invalidTerm` (a literal subject, an
    ///   IRI that is not absolute) or `.confusedWithPrefix`, naming the term;
    ///   nothing is written after the node that holds it.
    public static func write(_ triples: some Sequence<Triple>, context: JSONLDContext,
                             to out: inout some TextOutputStream) throws(JSONLDError) {
        let sorted = Array(triples).sorted()
        out.write("{\n  \"@context\": ")
        out.write(context.contextObject(indent: "  "))
        out.write(",\n  \"@graph\": [")
        var compactor = Compactor(context: context)
        var start = sorted.startIndex
        var first = true
        while start < sorted.endIndex {
            var end = start + 1
            while end < sorted.endIndex && sorted[end].subject == sorted[start].subject { end += 1 }
            let node = try nodeObject(sorted[start..<end], compactor: &compactor)
            out.write(first ? "\n" : ",\n")
            out.write(node)
            first = false
            start = end
        }
        out.write(first ? "]\n}\n" : "\n  ]\n}\n")
    }

    /// The whole document as a string (for tests and small graphs).
    public static func document(_ triples: some Sequence<Triple>, context: JSONLDContext) throws(JSONLDError) -> String {
        var out = ""
        try write(triples, context: context, to: &out)
        return out
    }

    /// The node object of one subject, from its triples (sorted, so equal triples are adjacent).
    static func nodeObject(_ triples: ArraySlice<Triple>, compactor: inout Compactor) throws(JSONLDError) -> String {
        let subject = triples.first!.subject
        let id: String
        switch subject {
        case .iri(let iri): id = try compactor.node(iri)
        case .blankNode(let b): id = "_:" + b.id
        case .literal(let l): throw JSONLDError(.invalidTerm, "a literal cannot be a subject: \(l)")
        }
        var types: [String] = []
        var properties: [String: [String]] = [:]
        var previous: Triple?
        for t in triples {
            if t == previous { continue }
            previous = t
            if t.predicate == RDFVocabulary.type, case .iri(let type) = t.object {
                types.append(try compactor.vocabulary(type))
                continue
            }
            properties[try compactor.vocabulary(t.predicate), default: []].append(try value(t.object, compactor: &compactor))
        }
        let indent = "      "
        var lines = [indent + "\"@id\": " + JSONText.quoted(id)]
        if !types.isEmpty { lines.append(indent + "\"@type\": " + list(types.map { JSONText.quoted($0) })) }
        for key in properties.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            lines.append(indent + JSONText.quoted(key) + ": " + list(properties[key]!))
        }
        return "    {\n" + lines.joined(separator: ",\n") + "\n    }"
    }

    /// One value, or an array of several (in the order given: sorted by term).
    private static func list(_ values: [String]) -> String {
        values.count == 1 ? values[0] : "[" + values.joined(separator: ", ") + "]"
    }

    /// The JSON for an object term.
    static func value(_ term: Term, compactor: inout Compactor) throws(JSONLDError) -> String {
        switch term {
        case .iri(let iri): return "{\"@id\": " + JSONText.quoted(try compactor.node(iri)) + "}"
        case .blankNode(let b): return "{\"@id\": " + JSONText.quoted("_:" + b.id) + "}"
        case .literal(let l):
            if let language = l.language {
                return "{\"@value\": " + JSONText.quoted(l.lexicalForm) + ", \"@language\": " + JSONText.quoted(language) + "}"
            }
            if l.datatype == XSD.string { return JSONText.quoted(l.lexicalForm) }
            if l.datatype == XSD.boolean && (l.lexicalForm == "true" || l.lexicalForm == "false") { return l.lexicalForm }
            if l.datatype == XSD.integer && isNativeInteger(l.lexicalForm) { return l.lexicalForm }
            return "{\"@value\": " + JSONText.quoted(l.lexicalForm) + ", \"@type\": "
                + JSONText.quoted(try compactor.vocabulary(l.datatype)) + "}"
        }
    }

    /// Whether `s` is an `xsd:integer` in canonical form (no sign but `-`, no
    /// leading zero, not `-0`) that a JSON number holds exactly: a JSON-LD
    /// processor turns the number back into this lexical form.
    static func isNativeInteger(_ s: String) -> Bool {
        let digits = s.hasPrefix("-") ? s.utf8.dropFirst() : s.utf8.dropFirst(0)
        guard !digits.isEmpty, digits.count <= 16, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        if digits.first == 0x30 { return digits.count == 1 && !s.hasPrefix("-") }
        guard let n = Int(s) else { return false }
        return n.magnitude <= (1 << 53) - 1
    }
}

/// `JSONLDContext`'s compaction with a cache per IRI (a graph repeats its
/// predicates, classes, datatypes and linked nodes), bounded in size.
struct Compactor {
    let context: JSONLDContext
    private var nodes: [IRI: String] = [:]
    private var terms: [IRI: String] = [:]
    private static let limit = 1 << 16

    init(context: JSONLDContext) { self.context = context }

    mutating func node(_ iri: IRI) throws(JSONLDError) -> String {
        if let known = nodes[iri] { return known }
        let made = try context.compact(nodeIRI: iri)
        if nodes.count >= Compactor.limit { nodes.removeAll(keepingCapacity: true) }
        nodes[iri] = made
        return made
    }

    mutating func vocabulary(_ iri: IRI) throws(JSONLDError) -> String {
        if let known = terms[iri] { return known }
        let made = try context.compact(vocabularyIRI: iri)
        if terms.count >= Compactor.limit { terms.removeAll(keepingCapacity: true) }
        terms[iri] = made
        return made
    }
}
