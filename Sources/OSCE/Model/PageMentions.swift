/// What a page names outside its releases: the people, States and organisations of the entries
/// it lists without a title (a listing of untitled teasers), attached to the page itself.
///
/// An untitled entry is no release (a release is identified by its title), but the people and
/// States it names are still facts the page states.
///
/// Shape in RDF (`PageMentions+RDF.swift`):
/// - the page `{base}page/{slug}` (`KnowledgeGraphBuilder.addPage`) gets `schema:mentions` → each
///   person (`Person+RDF`), State (`{base}state/{code}`) and organisation, 0..n.
///
/// Source: expected-facts `items[]` with `title: null` (`people`, `states_mentioned`).
public struct PageMentions: Sendable, Hashable {
    public var people: [Person]
    /// State names as the page writes them (resolved through the reference data).
    public var mentionedStates: [String]
    public var mentionedOrganisations: [Organisation]

    public init(people: [Person] = [], mentionedStates: [String] = [], mentionedOrganisations: [Organisation] = []) {
        self.people = people
        self.mentionedStates = mentionedStates
        self.mentionedOrganisations = mentionedOrganisations
    }

    /// True when the page names nothing outside its releases.
    public var isEmpty: Bool { people.isEmpty && mentionedStates.isEmpty && mentionedOrganisations.isEmpty }
}
