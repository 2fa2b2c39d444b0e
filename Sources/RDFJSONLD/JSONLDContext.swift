import RDF

/// The one `@context` of a JSON-LD document: an optional vocabulary
/// (`@vocab`) and prefixes, and the compaction of IRIs under it.
///
///     let context = try JSONLDContext(vocabulary: IRI(unchecked: "http://schema.org/"),
///                                      prefixes: [Namespace.org, Namespace(prefix: "state", iri: "https://w3id.org/osce-kg/resource/state/")])
///     try context.compact(vocabularyIRI: IRI(unchecked: "http://schema.org/name"))       // "name"
///     try context.compact(vocabularyIRI: IRI(unchecked: "http://www.w3.org/ns/org#role"))  // "org:role"
///     try context.compact(nodeIRI: IRI(unchecked: "https://w3id.org/osce-kg/resource/state/se"))  // "state:se"
///
/// Every prefix is a simple term definition whose IRI ends with a
/// gen-delim character (`/`, `#`, `:`, `?`, `[`, `]`, `@`), so JSON-LD 1.1
/// processors use it as a prefix; the context defines no type coercion, so
/// a value is read the same way under any key. Compaction only produces
/// strings that expand back to the same IRI:
/// - a property, class or datatype IRI under the vocabulary becomes its
///   local name when that name is no context term, holds no `:` and does
///   not start with `@`;
/// - otherwise an IRI under a prefix becomes `prefix:suffix` (the longest
///   matching prefix; not when the suffix is empty or starts with `//`);
/// - otherwise the absolute IRI is written as it is, unless its scheme is a
///   context term (it would be read as a compact IRI): that throws
///   `.confusedWithPrefix`.
///
/// Source: JSON-LD 1.1 §4.1 (Context), §4.4 (Compact IRIs); JSON-LD 1.1
/// Processing Algorithms §5.2 (IRI Expansion), §6.2 (IRI Compaction).
public struct JSONLDContext: Hashable, Sendable {
    /// The `@vocab` IRI, or nil for none.
    public let vocabulary: IRI?
    /// The prefixes, in the order given, each prefix once.
    public let prefixes: [Namespace]
    /// Every term the context defines (the prefix names).
    private let terms: Set<String>
    /// The prefixes, longest IRI first (ties by prefix name), for compaction.
    private let longestFirst: [Namespace]

    /// The characters an IRI must end with to act as a JSON-LD 1.1 prefix.
    static let genDelims: Set<Character> = [":", "/", "?", "#", "[", "]", "@"]

    /// Creates a context.
    ///
    /// - Parameters:
    ///   - vocabulary: the `@vocab` IRI (must end with a gen-delim), or nil.
    ///   - prefixes: the prefixes; a prefix listed twice with the same IRI
    ///     is kept once.
    /// - Throws: `JSONLDError` of kind `.invalidContext` for a prefix that
    ///   `isUsable` refuses, or one prefix with two IRIs.
    public init(vocabulary: IRI?, prefixes: [Namespace]) throws(JSONLDError) {
        if let vocabulary, let problem = JSONLDContext.problem(prefixIRI: vocabulary.value) {
            throw JSONLDError(.invalidContext, "@vocab <\(vocabulary.value)>: \(problem)")
        }
        var seen: [String: String] = [:]
        var kept: [Namespace] = []
        for ns in prefixes {
            if let problem = JSONLDContext.problem(in: ns) {
                throw JSONLDError(.invalidContext, "prefix '\(ns.prefix)' <\(ns.iri)>: \(problem)")
            }
            if let earlier = seen[ns.prefix] {
                if earlier == ns.iri { continue }
                throw JSONLDError(.invalidContext, "prefix '\(ns.prefix)' declared twice (<\(earlier)> and <\(ns.iri)>)")
            }
            seen[ns.prefix] = ns.iri
            kept.append(ns)
        }
        self.vocabulary = vocabulary
        self.prefixes = kept
        terms = Set(kept.map(\.prefix))
        longestFirst = kept.sorted {
            $0.iri.utf8.count != $1.iri.utf8.count ? $0.iri.utf8.count > $1.iri.utf8.count
                : $0.prefix.utf8.lexicographicallyPrecedes($1.prefix.utf8)
        }
    }

    /// Whether `namespace` can be a prefix of a JSON-LD context: a
    /// non-empty name that is not `_`, holds no `:` and does not start with
    /// `@`, for an absolute IRI ending with a gen-delim character.
    public static func isUsable(_ namespace: Namespace) -> Bool { problem(in: namespace) == nil }

    private static func problem(in ns: Namespace) -> String? {
        if ns.prefix.isEmpty { return "an empty prefix is no JSON-LD term" }
        if ns.prefix == "_" { return "'_' is reserved for blank nodes" }
        if ns.prefix.contains(":") { return "a prefix holds no ':'" }
        if ns.prefix.hasPrefix("@") { return "a term may not start with '@'" }
        return problem(prefixIRI: ns.iri)
    }

    private static func problem(prefixIRI iri: String) -> String? {
        if let problem = IRI.problem(in: iri) { return problem }
        guard let last = iri.last, genDelims.contains(last) else {
            return "the IRI must end with one of : / ? # [ ] @ to act as a prefix"
        }
        return nil
    }

    /// `prefixes` without those whose name is the scheme of an absolute IRI
    /// among `triples` (subjects, predicates, IRI objects, datatypes) that
    /// would otherwise be read as a compact IRI: `<ex:zz>` next to a prefix
    /// `ex` (a scheme followed by `//` is never read so). Keeping such a
    /// prefix would make `compact(nodeIRI:)` throw `.confusedWithPrefix`;
    /// dropping it only makes other IRIs longer. The order of the kept
    /// prefixes is that of `prefixes`, so the result is deterministic.
    public static func prefixes(_ prefixes: [Namespace], clearOfSchemesIn triples: [Triple]) -> [Namespace] {
        let names = Set(prefixes.map(\.prefix))
        var clashing = Set<String>()
        func check(_ iri: IRI) {
            let value = iri.value
            guard let colon = value.firstIndex(of: ":") else { return }
            let scheme = String(value[..<colon])
            if names.contains(scheme) && !value[value.index(after: colon)...].hasPrefix("//") { clashing.insert(scheme) }
        }
        func check(_ term: Term) {
            switch term {
            case .iri(let iri): check(iri)
            case .literal(let literal): check(literal.datatype)
            case .blankNode: break
            }
        }
        for triple in triples {
            check(triple.subject)
            check(triple.predicate)
            check(triple.object)
        }
        return clashing.isEmpty ? prefixes : prefixes.filter { !clashing.contains($0.prefix) }
    }

    /// The JSON text of the `@context` object, one entry per line, indented by `indent`.
    public func contextObject(indent: String = "") -> String {
        var entries: [String] = []
        if let vocabulary { entries.append("\"@vocab\": " + JSONText.quoted(vocabulary.value)) }
        for ns in prefixes { entries.append(JSONText.quoted(ns.prefix) + ": " + JSONText.quoted(ns.iri)) }
        if entries.isEmpty { return "{}" }
        return "{\n" + entries.map { indent + "  " + $0 }.joined(separator: ",\n") + "\n" + indent + "}"
    }

    /// The shortest string that expands back to `iri` as a node identifier
    /// (`@id`: document-relative, no vocabulary): a compact IRI or the IRI.
    ///
    /// - Throws: `JSONLDError` `.invalidTerm` (not an absolute IRI) or
    ///   `.confusedWithPrefix`.
    public func compact(nodeIRI iri: IRI) throws(JSONLDError) -> String {
        if let problem = IRI.problem(in: iri.value) {
            throw JSONLDError(.invalidTerm, "\(problem) in IRI <\(iri.value)>")
        }
        for ns in longestFirst where iri.starts(with: ns.iri) {
            let suffix = iri.value.utf8.dropFirst(ns.iri.utf8.count)
            if suffix.isEmpty || suffix.starts(with: "//".utf8) { continue }
            return ns.prefix + ":" + String(decoding: suffix, as: UTF8.self)
        }
        // An absolute IRI: refused when its scheme would be read as a prefix.
        let scheme = iri.value.prefix { $0 != ":" }
        let rest = iri.value.dropFirst(scheme.count + 1)
        if terms.contains(String(scheme)) && !rest.hasPrefix("//") {
            throw JSONLDError(.confusedWithPrefix, "the IRI <\(iri.value)> would be read as a compact IRI with the prefix '\(scheme)'")
        }
        return iri.value
    }

    /// The shortest string that expands back to `iri` as a property, a
    /// class (`@type`) or a datatype: a term under the vocabulary, a compact
    /// IRI, or the IRI.
    ///
    /// - Throws: as `compact(nodeIRI:)`.
    public func compact(vocabularyIRI iri: IRI) throws(JSONLDError) -> String {
        if let problem = IRI.problem(in: iri.value) {
            throw JSONLDError(.invalidTerm, "\(problem) in IRI <\(iri.value)>")
        }
        if let vocabulary, iri.starts(with: vocabulary.value) {
            let local = String(decoding: iri.value.utf8.dropFirst(vocabulary.value.utf8.count), as: UTF8.self)
            if !local.isEmpty && !local.contains(":") && !local.hasPrefix("@") && !terms.contains(local) {
                return local
            }
        }
        return try compact(nodeIRI: iri)
    }
}
