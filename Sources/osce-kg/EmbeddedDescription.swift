import DatasetDescription
import OSCE
import RDF

/// The description an export file carries about itself, read back: the base
/// it was minted under and the key of the export that wrote it.
struct EmbeddedDescription {
    /// The base: the `void:uriSpace` literal `B` of the node `{B}dataset`
    /// (the one `DatasetDescriber` writes), when exactly one base gives one.
    let base: String?
    private let activities: [IRI]

    init(_ graph: Graph) {
        let uriSpace = Namespace.void["uriSpace"], generatedBy = Namespace.prov["wasGeneratedBy"]
        var bases = Set<String>()
        for t in graph.triples(predicate: uriSpace) {
            guard case .iri(let s) = t.subject, let space = t.object.literal?.lexicalForm else { continue }
            if s.value == space + "dataset" { bases.insert(space) }
        }
        base = bases.count == 1 ? bases.first : nil
        var found: [IRI] = []
        if let base {
            let dataset = Term.iri(IRI(unchecked: base + "dataset"))
            for t in graph.triples(predicate: generatedBy) where t.subject == dataset {
                if case .iri(let a) = t.object { found.append(a) }
            }
        }
        activities = found
    }

    /// The policy of `base`, or `nil` (no base, or one `IRIPolicy` refuses).
    var policy: IRIPolicy? { base.flatMap { try? IRIPolicy(base: $0) } }

    /// The export key of the one activity `{base}dataset/export/{key}` that
    /// generated the dataset, under `policy`'s base, else `nil`.
    func exportKey(policy: IRIPolicy) -> String? {
        let prefix = policy.describedNode("export/").value
        let keys = activities.compactMap { a in a.value.hasPrefix(prefix) ? String(a.value.dropFirst(prefix.count)) : nil }
        return keys.count == 1 ? keys.first : nil
    }
}
