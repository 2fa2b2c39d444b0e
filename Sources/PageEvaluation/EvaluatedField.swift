/// A field the evaluation scores, in the order reports list them.
///
/// Raw values are the names the reports and `floors.json` use.
///
/// Source: "Data and measurement" in issue 6; the matching rules are in `PageComparison`.
public enum EvaluatedField: String, Codable, CaseIterable, Hashable, Sendable {
    /// Items matched one to one by title (`TitleMatcher`): matched / extracted, matched / expected.
    case titles
    /// Of matched items, `date` equal; nulls are neither extracted nor expected values.
    case dates
    /// Full names, as a set per page (the union of the page's items).
    case people
    /// Expected quotes with a speaker, found by opening words and the speaker's full name.
    case quoteSpeakers = "quote-speakers"
    /// (full name, role) pairs, as a set per page.
    case roles
    /// (item, State) pairs of matched items.
    case stateMentions = "state-mentions"
    /// Exported releases matched to annotated items by title.
    case releases
    /// Of matched items, those cut by the capture (`truncated: true`): extracted = matched items
    /// the ingester marked truncated, expected = matched items annotated truncated, TP = both.
    case truncation
}
