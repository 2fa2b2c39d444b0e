@testable import PageIngest

/// The facts `ReleaseAnalyzer` reads from one made-up release: `title` on line 1, then `body`'s
/// paragraphs, not truncated. The one helper the person, post and attribution suites share.
func analyse(_ title: String, _ body: [String]) -> ReleaseFacts {
    ReleaseAnalyzer.analyze(PageLayout.RawItem(title: title, titleLine: 1, body: body), truncated: false)
}
