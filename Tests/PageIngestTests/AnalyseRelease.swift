@testable import PageIngest

/// The facts `ReleaseAnalyzer` reads from one made-up release: `title` on line 1, then `body`'s
/// paragraphs, not truncated. With `roles(_:_:)`, the helpers the person, post and attribution
/// suites share.
func analyse(_ title: String, _ body: [String]) -> ReleaseFacts {
    ReleaseAnalyzer.analyze(PageLayout.RawItem(title: title, titleLine: 1, body: body), truncated: false)
}

/// The roles read for the person named `name` in `release` (nil when no such person was read).
func roles(_ release: ReleaseFacts, _ name: String) -> [String]? {
    release.people.first { $0.name == name }?.roles
}
