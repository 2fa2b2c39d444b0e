/// A blank node (RDF 1.1 Concepts §3.4), identified by a label local to one
/// graph or document.
///
/// Labels are kept to the characters valid in an N-Triples BLANK_NODE_LABEL
/// that every Raptor parser also reads back: ASCII letters, digits, `_` and
/// `-`, not starting with `-`. `init(_:)` rejects anything else;
/// `init(sanitising:)` maps any string to a valid label deterministically.
///
/// Source: RDF 1.1 Concepts §3.4; N-Triples §2.3 [141s].
public struct BlankNode: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The label, without the `_:` prefix.
    public let id: String

    /// Creates a blank node with a checked label.
    /// - Throws: `RDFError` of kind `.invalidBlankNodeLabel`.
    public init(_ id: String) throws(RDFError) {
        guard BlankNode.isValidLabel(id) else {
            throw RDFError(.invalidBlankNodeLabel, "invalid blank node label '\(id)'")
        }
        self.id = id
    }

    /// Creates a blank node; the caller guarantees the label is valid.
    public init(unchecked id: String) { self.id = id }

    /// Creates a blank node whose label is derived from `text`: valid
    /// characters are kept, others become `_xHHHH_` escapes. Deterministic.
    public init(sanitising text: String) {
        if BlankNode.isValidLabel(text) { self.id = text; return }
        var out = "b"
        for s in text.unicodeScalars {
            if BlankNode.isLabelScalar(s) { out.unicodeScalars.append(s) } else {
                out += "_x\(String(s.value, radix: 16, uppercase: true))_"
            }
        }
        self.id = out
    }

    static func isLabelScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || s == "_" || s == "-"
    }

    /// Whether `label` is a label this package accepts.
    public static func isValidLabel(_ label: String) -> Bool {
        guard let first = label.unicodeScalars.first, first != "-" else { return false }
        return label.unicodeScalars.allSatisfy(isLabelScalar)
    }

    /// The blank node in N-Triples form, e.g. `_:b0`.
    public var description: String { "_:\(id)" }

    public static func < (lhs: BlankNode, rhs: BlankNode) -> Bool { lhs.id.utf8.lexicographicallyPrecedes(rhs.id.utf8) }
}
