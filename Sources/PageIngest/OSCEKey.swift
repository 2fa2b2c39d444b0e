import OSCE

/// Comparison keys for post phrases.
enum OSCEKey {
    /// Case- and diacritic-folded, white space and apostrophes normalised (`OSCEReference.key`).
    static func normalize(_ s: String) -> String { OSCEReference.key(s) }

    /// True when both phrases name the same standing post of the reference data.
    static func samePost(_ a: String, _ b: String) -> Bool {
        guard let pa = OSCEReference.post(named: a), let pb = OSCEReference.post(named: b) else { return false }
        return pa.id == pb.id
    }
}
