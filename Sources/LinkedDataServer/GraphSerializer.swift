import RDF
import RDFJSONLD
import RaptorIO

/// Writes a graph as text in a `GraphSyntax`, through the project's writers:
/// Raptor (`RDFWriter`, to memory) for Turtle, N-Triples and RDF/XML, and
/// `JSONLDWriter` for JSON-LD (compacted with schema.org as `@vocab` and the
/// given prefixes, as `export --format jsonld` writes it).
///
/// Deterministic: the triples are sorted first, so the same graph gives the
/// same bytes whatever order it was built in.
enum GraphSerializer {
    /// The text of `triples` in `syntax`, declaring `namespaces` as prefixes.
    /// - Throws: `ServerError` 500 when a writer refuses a term (Raptor's or JSON-LD's message).
    static func text(_ triples: [Triple], syntax: GraphSyntax, namespaces: [Namespace]) throws(ServerError) -> String {
        let sorted = triples.sorted()
        switch syntax {
        case .raptor(let rdfSyntax):
            // Turtle takes the empty prefix too; the other syntaxes are given the named ones only.
            let prefixes = namespaces.filter { !$0.prefix.isEmpty || rdfSyntax == .turtle }
            do {
                let writer = try RDFWriter(syntax: rdfSyntax, destination: .memory, namespaces: unique(prefixes))
                try writer.write(contentsOf: sorted)
                return try writer.finish() ?? ""
            } catch {
                throw ServerError(.internalServerError, "cannot write the graph as \(rdfSyntax.rawValue): \(error)")
            }
        case .jsonld:
            let usable = unique(namespaces.filter { JSONLDContext.isUsable($0) })
            do {
                let context = try JSONLDContext(vocabulary: IRI(unchecked: Namespace.schema.iri),
                                                prefixes: JSONLDContext.prefixes(usable, clearOfSchemesIn: sorted))
                return try JSONLDWriter.document(sorted, context: context)
            } catch {
                throw ServerError(.internalServerError, "cannot write the graph as JSON-LD: \(error)")
            }
        }
    }

    /// `namespaces` without a second declaration of a prefix (the first one wins).
    private static func unique(_ namespaces: [Namespace]) -> [Namespace] {
        var seen = Set<String>()
        return namespaces.filter { seen.insert($0.prefix).inserted }
    }
}
