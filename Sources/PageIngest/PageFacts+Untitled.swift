import OSCE

extension PageFacts {
    /// What the page's untitled entries name (`ReleaseFacts.isUntitled`: a listing of teasers
    /// without titles), for the page itself: their people (first mention first, each once), the
    /// States they mention and the OSCE structures named in their text. Empty when every item
    /// has a title. See `PageMentions` for the shape in RDF.
    public func untitledMentions() -> PageMentions {
        var mentions = PageMentions()
        var people = Set<String>()
        var states = Set<String>()
        var organisations = Set<Organisation>()
        for item in items where item.isUntitled {
            for p in item.people where people.insert(p.name).inserted {
                mentions.people.append(Person(name: p.name, honorific: p.honorific, position: p.position))
            }
            for s in item.statesMentioned where states.insert(s).inserted { mentions.mentionedStates.append(s) }
            for o in Self.organisationsMentioned(in: item.paragraphs) where organisations.insert(o).inserted {
                mentions.mentionedOrganisations.append(o)
            }
        }
        return mentions
    }
}
