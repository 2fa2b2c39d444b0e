/// A metadata label found on one line, in any of the text forms pages come in.
///
/// - capture form: `- Date:` alone, its values on the following `- value` lines, or `- Date: value`;
/// - inline form (browser or lynx rendering, listings): `Date: 11 May 2020`, or `Date:` alone.
///
/// Source: the label lexicon (`Resources/layout-lexicon.tsv`, roles `label.*` and `group-label.*`).
struct LabelLine: Hashable {
    enum Form: Hashable {
        /// `- Name:` (with or without a value).
        case dash
        /// `Name: value` or `Name:` with no leading dash.
        case inline
    }

    /// The label's meaning, or nil for a short `- Name:` line whose name is not in the lexicon
    /// (kept so that its value lines are not read as body text).
    var kind: LabelName?
    /// The name as written, without dash and colon.
    var name: String
    /// The value after the colon, white space collapsed; empty when the value is on the next lines.
    var value: String
    var form: Form
    /// True for a name read as a label only inside a label group (`Type:`, lexicon role
    /// `group-label.*`); `DocumentReader.scopeGroupLabels` drops the label elsewhere.
    var groupOnly = false

    /// Reads a collapsed line as a label line, or nil.
    static func parse(_ s: String) -> LabelLine? {
        // Most lines hold no colon: refuse them from the bytes.
        guard s.utf8Contains(byte: 0x3A) else { return nil }
        if s.hasPrefix("- ") {
            let rest = s.dropFirst(2)
            guard let colon = rest.firstIndex(of: ":") else { return nil }
            let name = String(rest[..<colon])
            let value = TextNormalization.collapse(rest[rest.index(after: colon)...])
            if let kind = LabelName.kind(of: name) { return LabelLine(kind: kind, name: name, value: value, form: .dash) }
            // Any short `- Name:` line with nothing after the colon is a label of an unknown name.
            guard value.isEmpty else { return nil }
            let words = name.split(separator: " ")
            guard (1...5).contains(words.count), name.count <= 40, name.first?.isUppercase == true,
                  !name.contains(where: { $0 == "." || $0 == "," || $0 == "!" || $0 == "?" }) else { return nil }
            return LabelLine(kind: nil, name: name, value: "", form: .dash)
        }
        guard let colon = s.firstIndex(of: ":") else { return nil }
        let name = String(s[..<colon])
        guard name.count <= 30 else { return nil }
        let value = TextNormalization.collapse(s[s.index(after: colon)...])
        if let kind = LabelName.kind(of: name) { return LabelLine(kind: kind, name: name, value: value, form: .inline) }
        guard let kind = LabelName.groupKind(of: name) else { return nil }
        return LabelLine(kind: kind, name: name, value: value, form: .inline, groupOnly: true)
    }
}
