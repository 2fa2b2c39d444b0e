/// The kind of a release, which gives its class under `schema:NewsArticle`.
///
/// | kind | class |
/// |---|---|
/// | `pressRelease` | `osce:PressRelease` |
/// | `newsItem` | `osce:NewsItem` |
/// | `pressStatement` | `osce:PressStatement` |
/// | `spotReport` | `osce:SpotReport` |
/// | `dailyReport` | `osce:DailyReport` |
/// | `statement` | `osce:Statement` |
/// | `report` | `osce:Report` |
/// | `other` | (`schema:NewsArticle` only) |
///
/// Source: the page's type line (`Press release`, `News Item`, `Press
/// statement`, `Spot report`, `Pressemitteilung`, …) or layout.
public enum ReleaseKind: String, Sendable, Hashable, CaseIterable {
    case pressRelease
    case newsItem
    case pressStatement
    case spotReport
    case dailyReport
    case statement
    case report
    case other

    /// The local name of the class in the `osce:` namespace, `nil` for `other`.
    public var className: String? {
        switch self {
        case .pressRelease: return "PressRelease"
        case .newsItem: return "NewsItem"
        case .pressStatement: return "PressStatement"
        case .spotReport: return "SpotReport"
        case .dailyReport: return "DailyReport"
        case .statement: return "Statement"
        case .report: return "Report"
        case .other: return nil
        }
    }
}
