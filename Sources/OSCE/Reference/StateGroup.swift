/// The group a State belongs to in the OSCE: a participating State, or one of
/// the two groups of Partners for Co-operation.
///
/// Source: osce.org navigation, "Participating States", "Asian Partners for
/// Co-operation", "Mediterranean Partners for Co-operation".
public enum StateGroup: String, Sendable, Hashable, CaseIterable {
    /// One of the 57 participating States.
    case participatingState
    /// An Asian Partner for Co-operation (Afghanistan, Australia, Japan,
    /// Republic of Korea, Thailand).
    case asianPartner
    /// A Mediterranean Partner for Co-operation (Algeria, Egypt, Israel,
    /// Jordan, Morocco, Tunisia).
    case mediterraneanPartner

    /// Whether the State is a Partner for Co-operation (either group).
    public var isPartner: Bool { self != .participatingState }

    /// The `OrganisationRecord.id` of the Partners group, `nil` for
    /// participating States.
    public var partnerGroupID: String? {
        switch self {
        case .participatingState: return nil
        case .asianPartner: return "asian-partners-for-co-operation"
        case .mediterraneanPartner: return "mediterranean-partners-for-co-operation"
        }
    }
}
