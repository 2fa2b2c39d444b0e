import OSCE

/// The proper names of national institutions (`Jogorku Kenesh`, `Verkhovna Rada`, `Storting`) of
/// `Resources/institution-names.tsv`: names a page writes as capitalised words, like a person's,
/// that name no person (`PeopleExtractor` vetoes a name equal to one).
///
///     InstitutionNames.shared.state(of: "Jogorku Kenesh")   // "KG"
///     InstitutionNames.shared.state(of: "Aizhan Toktosunova") // nil
///
/// Format: UTF-8 text, `ISO<TAB>kind<TAB>name | other name | …` per line (`#` opens a comment
/// line); `ISO` is the State's ISO 3166-1 alpha-2 code, `kind` is `parliament`. The file is
/// compiled in by the `EmbedResources` build plugin (`EmbeddedResource.institutionNames`).
/// Names are compared by `OSCEReference.key` (case, diacritics and apostrophe forms folded).
///
/// Source: the file itself (its header names its sources).
struct InstitutionNames: Sendable {
    static let shared = InstitutionNames(tsv: EmbeddedResource.institutionNames)

    /// The State (ISO code) of each name's key.
    private let states: [String: String]

    init(tsv: String) {
        var states: [String: String] = [:]
        for line in tsv.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            for name in fields[2].split(separator: "|") {
                let key = OSCEReference.key(String(name))
                if !key.isEmpty, states[key] == nil { states[key] = String(fields[0]) }
            }
        }
        self.states = states
    }

    /// The ISO code of the State whose institution `name` is (any case), nil when it is none.
    /// - Complexity: O(n) in the name's length (one key and one hash look-up).
    func state(of name: String) -> String? {
        states[OSCEReference.key(name)]
    }
}
