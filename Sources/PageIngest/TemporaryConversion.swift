import OSCE

// TEMPORARY: a minimal PageFacts → Release conversion so the CLI runs end to
// end; replaced by the ingest module's own conversion.
extension PageFacts {
    func releases() -> [Release] {
        items.map { item in
            let kind: ReleaseKind
            switch self.kind {
            case .pressRelease: kind = .pressRelease
            case .newsItem: kind = .newsItem
            case .pressStatement: kind = .pressStatement
            case .spotReport: kind = .spotReport
            case .dailyReport: kind = .dailyReport
            case .statementListing: kind = .statement
            default: kind = .other
            }
            var posts: [Post] = []
            for p in item.people {
                for role in p.roles { posts.append(Post(role: role, holder: Person(name: p.name, honorific: p.honorific))) }
            }
            return Release(
                kind: kind, title: item.title, language: language, date: item.date, contentType: item.contentType,
                places: (item.datelinePlaces + item.where).map { Place(name: $0) },
                issuers: item.issuers.map { Organisation(name: $0) }, fieldsOfWork: item.fieldsOfWork,
                body: item.paragraphs.joined(separator: "\n"), mentionedStates: item.statesMentioned,
                people: item.people.map { Person(name: $0.name, honorific: $0.honorific) }, posts: posts,
                quotes: item.quotes.map { Quote(text: $0.text, speaker: $0.speaker) }, sourcePath: source,
                truncated: item.truncated)
        }
    }
}
