extension Namespace {
    /// `iri` as a prefixed name `prefix:local` (Turtle §2.4, SPARQL §4.1.1.1)
    /// with the longest of `namespaces` it starts with (the first listed
    /// among equally long ones) whose remainder is a plain local name, or
    /// nil when there is none.
    ///
    /// A plain local name is non-empty, made of ASCII letters, digits, `_`
    /// and `-`, and does not start with `-`: a conservative PN_LOCAL, so the
    /// prefixed name is always valid Turtle and SPARQL.
    ///
    ///     Namespace.prefixedName(for: IRI(unchecked: "http://schema.org/name"), in: [.schema])  // "schema:name"
    /// - Complexity: O(namespaces × IRI length).
    public static func prefixedName(for iri: IRI, in namespaces: [Namespace]) -> String? {
        var best: Namespace?
        for ns in namespaces where iri.starts(with: ns.iri) && ns.iri.utf8.count > (best?.iri.utf8.count ?? -1) {
            if isPlainLocalName(iri.value.utf8.dropFirst(ns.iri.utf8.count)) { best = ns }
        }
        guard let ns = best else { return nil }
        return ns.prefix + ":" + String(decoding: iri.value.utf8.dropFirst(ns.iri.utf8.count), as: UTF8.self)
    }

    /// See `prefixedName(for:in:)`.
    static func isPlainLocalName(_ s: Substring.UTF8View) -> Bool {
        guard let f = s.first, f != UInt8(ascii: "-") else { return false }
        return s.allSatisfy { u in
            (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A) || u == UInt8(ascii: "_") || u == UInt8(ascii: "-")
        }
    }
}
