/// The taxonomy a page's site menu lists, in menu order.
///
/// Every value is the menu label as written (white space collapsed).
public struct MenuTaxonomy: Codable, Hashable, Sendable {
    /// Topic entries under `Fields of work` (empty for the collapsed menu).
    public var fieldsOfWork: [String]
    /// Entries under `Participating States`, with a chair tag parsed off.
    public var participatingStates: [MenuStateEntry]
    /// The Partners groups listed after the States (`Asian Partners for Co-operation`, ...).
    public var partnerGroups: [String]
    /// Kinds of meetings and conferences (`Summit meetings`, `Plenary meetings of the Permanent Council`, ...).
    public var meetingKinds: [String]
    /// Structures and institutions (`Chairpersonship`, `Secretariat`, `Institutions`, `Parliamentary Assembly`, ...).
    public var structures: [String]
    /// Units listed under `Secretariat`.
    public var secretariatUnits: [String]
    /// Field operations listed under `Field operations` (`Mission to Serbia`, `Programme Office in Astana`, ...).
    public var fieldOperations: [String]

    public init(fieldsOfWork: [String] = [], participatingStates: [MenuStateEntry] = [], partnerGroups: [String] = [],
                meetingKinds: [String] = [], structures: [String] = [], secretariatUnits: [String] = [],
                fieldOperations: [String] = []) {
        self.fieldsOfWork = fieldsOfWork
        self.participatingStates = participatingStates
        self.partnerGroups = partnerGroups
        self.meetingKinds = meetingKinds
        self.structures = structures
        self.secretariatUnits = secretariatUnits
        self.fieldOperations = fieldOperations
    }

    enum CodingKeys: String, CodingKey {
        case fieldsOfWork = "fields_of_work"
        case participatingStates = "participating_states"
        case partnerGroups = "partner_groups"
        case meetingKinds = "meeting_kinds"
        case structures
        case secretariatUnits = "secretariat_units"
        case fieldOperations = "field_operations"
    }
}
