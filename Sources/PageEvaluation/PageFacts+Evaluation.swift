import OSCE
import PageIngest

extension EvaluatedPage {
    /// The ingester's facts for one page in the evaluation's form; `exportedReleases` are the
    /// releases `PageFacts.releases()` gives, which is what `osce-kg export` writes.
    public init(_ facts: PageFacts) {
        self.init(
            items: facts.items.map { item in
                EvaluatedItem(
                    title: item.isUntitled ? nil : item.title, date: item.date, truncated: item.truncated,
                    people: item.people.map { EvaluatedPerson(name: $0.name, roles: $0.roles) },
                    quotes: item.quotes.map { EvaluatedQuote(speaker: $0.speaker, passage: $0.text) },
                    states: item.statesMentioned)
            },
            exportedReleases: facts.releases().map { EvaluatedRelease(title: $0.title, truncated: $0.truncated) })
    }
}
