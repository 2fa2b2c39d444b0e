/// The site menu of a page: the counts the expected-facts files check, and
/// the taxonomy the menu lists.
///
/// Source: the leading menu block of an osce.org page (`-` header lines, each
/// followed by its label, then `- item` lines).
///
/// JSON keys: `fields_of_work` and `participating_states` hold the counts (as in
/// the expected files); the lists are under `menu`.
public struct NavigationFacts: Codable, Hashable, Sendable {
    /// Number of topic entries under `Fields of work` inside `Our work` (0 for the collapsed menu).
    public var fieldsOfWorkCount: Int
    /// Number of entries under `Participating States`, not counting the Partners groups.
    public var participatingStatesCount: Int
    /// The lists themselves.
    public var menu: MenuTaxonomy

    public init(fieldsOfWorkCount: Int, participatingStatesCount: Int, menu: MenuTaxonomy) {
        self.fieldsOfWorkCount = fieldsOfWorkCount
        self.participatingStatesCount = participatingStatesCount
        self.menu = menu
    }

    enum CodingKeys: String, CodingKey {
        case fieldsOfWorkCount = "fields_of_work"
        case participatingStatesCount = "participating_states"
        case menu
    }
}
