/// The kind of an OSCE page, as the page's type line or layout shows it.
///
/// Raw values are the strings of the `kind` key in the expected-facts files
/// (`Examples/pages/*.expected.json`, schema in the pages README).
public enum PageKind: String, Codable, Hashable, Sendable, CaseIterable {
    case pressRelease = "press-release"
    case newsItem = "news-item"
    case pressStatement = "press-statement"
    case spotReport = "spot-report"
    case dailyReport = "daily-report"
    case statementListing = "statement-listing"
    case listing = "listing"
    case institutionPage = "institution-page"
    case fieldOperationPage = "field-operation-page"
    case navigationOnly = "navigation-only"
    /// A release whose type line names a content type with no kind of its own (e.g. `Feature`).
    case other = "other"

    /// True for the kinds that hold releases (one item, or one per listing entry).
    public var holdsReleases: Bool {
        switch self {
        case .institutionPage, .fieldOperationPage, .navigationOnly: false
        default: true
        }
    }
}
