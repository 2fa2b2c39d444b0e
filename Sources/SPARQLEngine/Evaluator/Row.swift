/// A solution mapping inside the evaluator: one term id per variable slot
/// of the query (`TermID.unbound` = not bound). Decoded only at the output.
typealias Row = [TermID]

extension Array where Element == TermID {
    /// Whether two rows agree on every variable bound in both (§18.3
    /// compatible mappings).
    @inline(__always)
    func isCompatible(with other: Row) -> Bool {
        for i in indices {
            let a = self[i], b = other[i]
            if a != 0 && b != 0 && a != b { return false }
        }
        return true
    }

    /// The union of two compatible rows.
    @inline(__always)
    func merged(with other: Row) -> Row {
        var out = self
        for i in indices where out[i] == 0 { out[i] = other[i] }
        return out
    }
}
