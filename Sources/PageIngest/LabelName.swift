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

    /// Names read as labels only inside a label group (`type`), from the `group-label.*` lines:
    /// too common a word to be a label on its own line in a body.
    static let groupTable: [String: LabelName] = LayoutLexicon.shared.phrases(rolePrefix: "group-label.").compactMapValues(LabelName.init(rawValue:))

    /// The group-only label named `name` (case-insensitive, without the colon), or nil.
    static func groupKind(of name: String) -> LabelName? {
        groupTable[TextNormalization.collapse(name).lowercased()]
    }
}
