/// The metadata labels of release pages and listings (`Date:`, `Ort:`, `Источник:`, …).
///
/// The names per language are data: the `label.*` lines of `Resources/layout-lexicon.tsv`.
enum LabelName: String, Hashable, CaseIterable {
    case date, place, source, fieldsOfWork, whereWeAre, location, contentType

    /// Lower-cased label name → label, from the lexicon.
    static let table: [String: LabelName] = LayoutLexicon.shared.phrases(rolePrefix: "label.").compactMapValues(LabelName.init(rawValue:))

    /// The label named `name` (case-insensitive, without the colon), or nil.
    static func kind(of name: String) -> LabelName? {
        table[TextNormalization.collapse(name).lowercased()]
    }
}
