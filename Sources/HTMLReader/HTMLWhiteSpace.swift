/// HTML's white space: U+0009, U+000A, U+000C, U+000D and U+0020, and nothing else (U+00A0 is
/// text). The one home of the rule for the renderer and the metadata.
///
/// Source: HTML Living Standard §2.3 ("ASCII whitespace"); CSS Text 3 §4.1 (collapsing).
enum HTMLWhiteSpace {
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0C, 0x0D, 0x20: true
        default: false
        }
    }

    /// The text with each run of HTML white space as one space and none at the ends.
    static func collapse(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pending = false
        for scalar in text.unicodeScalars {
            if contains(scalar) {
                pending = !out.isEmpty
            } else {
                if pending { out.append(" ") }
                pending = false
                out.append(scalar)
            }
        }
        return String(out)
    }
}
