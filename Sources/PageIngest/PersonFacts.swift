import OSCE

/// A person named in a release, with the honorific and posts the text gives.
///
/// - `name`: the full name, without honorific or `(MP, Country)` suffix.
/// - `honorific`: `Ambassador`, `Dr.`, `Botschafter`, `Botschafterin`, ... as written, or nil.
/// - `roles`: post phrases attached to the name (before it or in apposition after it),
///   without a leading article or possessive pronoun, in text order; a chain of two posts
///   gives two roles; a PA member's `(MP, Norway)` gives `MP, Norway`.
/// - `position`: where the page first names the person in the item (`TextSpan`: Unicode
///   scalar offsets into the page file's text), filled after extraction by
///   `PageFacts.locateSources(in:)`; JSON key `position` (`{"start":…,"end":…}`), written only
///   when known (the expected-facts files have no such key).
public struct PersonFacts: Codable, Hashable, Sendable {
    public var name: String
    public var honorific: String?
    public var roles: [String]
    public var position: TextSpan?

    public init(name: String, honorific: String? = nil, roles: [String] = [], position: TextSpan? = nil) {
        self.name = name
        self.honorific = honorific
        self.roles = roles
        self.position = position
    }

    /// Equal facts: the same name, honorific and roles. `position` is provenance, not a
    /// fact of the page, and is not compared (an extraction equals its expected facts).
    public static func == (a: PersonFacts, b: PersonFacts) -> Bool {
        a.name == b.name && a.honorific == b.honorific && a.roles == b.roles
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(honorific)
        hasher.combine(roles)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(honorific, forKey: .honorific)
        try c.encode(roles, forKey: .roles)
        try c.encodeIfPresent(position, forKey: .position)
    }
}
