/// A participating State or Partner for Co-operation, as reference data.
///
/// `name` is the name osce.org's navigation uses ("Türkiye", "Russian
/// Federation", "Moldova", "The Netherlands", "Czechia"); it is the name
/// expected facts use for `states_mentioned`.
///
/// Name matching (`OSCEReference.state(named:)`) uses `name` and
/// `alternativeNames`: English variants, German names and Russian names in
/// the nominative.
///
/// `adjectives` are national adjectives:
/// - English entries are whole words, capitalised ("Swedish", "Slovak").
/// - German and Russian entries are lower-case stems without the
///   inflectional ending ("schwedisch", "slowakisch", "шведск"), to be
///   matched as a word prefix (schwedische, schwedischen, шведский, …).
///   Use `OSCEReference.state(adjective:)` to match one word.
///
/// Names and adjectives in the other languages of OSCE pages (French, Italian, Spanish,
/// Croatian/Bosnian/Serbian, Albanian) and the case forms of inflected names are matching data,
/// not labels: they live in `Sources/PageIngest/Resources/state-names.tsv`, keyed by
/// `iso3166Alpha2`, not here.
///
/// Shape in RDF: see `StateRecord+RDF.swift`.
///
/// Source: osce.org navigation; Wikidata identifiers from
/// `Ontology/reference/wikidata.tsv`, verified rows only, with the
/// State-versus-country rules of wikidata.md §3 (Netherlands Q29999,
/// Holy See Q159583, Denmark Q35).
public struct StateRecord: Sendable, Hashable {
    /// The name as osce.org's navigation lists it.
    public let name: String
    public let group: StateGroup
    /// ISO 3166-1 alpha-2 code, upper case ("SE").
    public let iso3166Alpha2: String
    /// The Wikidata QID of the sovereign-state item ("Q34"), verified rows only.
    public let wikidata: String?
    /// QIDs of related items that are not the State itself (Q55 for the
    /// Netherlands, Q237 for the Holy See, Q756617 for Denmark).
    public let closeMatches: [String]
    /// Other names: English variants, German names, Russian names.
    public let alternativeNames: [String]
    /// National adjectives (English whole words; German and Russian stems).
    public let adjectives: [String]

    public init(
        name: String, group: StateGroup, iso3166Alpha2: String, wikidata: String?, closeMatches: [String],
        alternativeNames: [String], adjectives: [String]
    ) {
        self.name = name
        self.group = group
        self.iso3166Alpha2 = iso3166Alpha2
        self.wikidata = wikidata
        self.closeMatches = closeMatches
        self.alternativeNames = alternativeNames
        self.adjectives = adjectives
    }

    /// Whether this is a participating State (not a Partner for Co-operation).
    public var isParticipatingState: Bool { group == .participatingState }

    /// The slug used in IRIs: the ISO code in lower case ("se").
    public var id: String { iso3166Alpha2.lowercased() }
}
