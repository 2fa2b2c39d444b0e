/// One entry of the menu's `Participating States` list.
///
/// `Finland – OSCE Chairpersonship 2025` gives `name` "Finland" and
/// `chairpersonshipYear` 2025; a plain entry has no year.
public struct MenuStateEntry: Codable, Hashable, Sendable {
    public var name: String
    public var chairpersonshipYear: Int?

    public init(name: String, chairpersonshipYear: Int? = nil) {
        self.name = name
        self.chairpersonshipYear = chairpersonshipYear
    }

    enum CodingKeys: String, CodingKey {
        case name
        case chairpersonshipYear = "chairpersonship_year"
    }
}
