/// What an institution page or a field operation's "About us" page states about the structure:
/// its name, its head and its seat. Pages of these kinds hold no release.
///
/// Source: the page heading (`OSCE High Commissioner on National Minorities`), a `Leadership`
/// block (post line, then `[Honorific] Name`), or an apposition in the text (`The current High
/// Commissioner, Mirela Štefánková,`); the seat from `based in X`, `headquarters are in X`,
/// `premises in X`.
public struct StructureFacts: Codable, Hashable, Sendable {
    /// The structure's name as the page gives it; nil when the page does not name it.
    public var name: String?
    /// The head, with the post as written (`Head of the OSCE Mission to Montenegro`).
    public var head: PersonFacts?
    /// The seat (a city name as written).
    public var seat: String?

    public init(name: String? = nil, head: PersonFacts? = nil, seat: String? = nil) {
        self.name = name
        self.head = head
        self.seat = seat
    }
}
