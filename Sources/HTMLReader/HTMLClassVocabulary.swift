/// The `class` names a content management system gives the parts of its pages that the HTML
/// elements alone do not tell: the rows of a listing, and the label and values of a field.
/// The reader knows none by itself (the default is empty); the caller supplies them as data (the
/// page reader takes them from its layout lexicon, roles `html.*`).
///
/// Names are whole class names (`views-row`, `field__label`), compared in lower case with each
/// name of an element's `class` attribute (split at HTML white space).
///
/// Source: Drupal's core templates (`views-view-unformatted.html.twig`: one `views-row` per row,
/// Drupal 7's `views-field-title` for a row of fields;
/// `field.html.twig`: `field__label`, `field__item`, `field--label-inline`; Drupal 7's
/// `field-label`, `field-item`, `field-label-inline`).
public struct HTMLClassVocabulary: Hashable, Sendable {
    /// An element with one of these is one row of a listing (Drupal Views' `views-row`): see
    /// `HTMLItemBlocks`.
    public var listingRows: Set<String>
    /// An element with one of these holds a row's title where the row has no heading (Drupal 7
    /// Views' `views-field-title`): see `HTMLItemBlocks`.
    public var rowTitles: Set<String>
    /// An element with one of these is the label of a field (`field__label`): its line ends with
    /// a colon, as a text capture writes a label.
    public var fieldLabels: Set<String>
    /// An element with one of these is one value of a field (`field__item`).
    public var fieldItems: Set<String>
    /// A field's wrapper with one of these shows its label inline (`field--label-inline`): the
    /// label and the field's values share one line, the values separated by `, ` (`Where we are:
    /// OSCE Mission to Skopje`), as a browser lays them out and a capture copies them.
    public var inlineFields: Set<String>
    /// An element with one of these is a pull quote (`pull-quote`, WordPress's
    /// `wp-block-pullquote`): a passage of the text set again in large type. Its lines are marked
    /// `RenderedLine.isPullQuote`.
    public var pullQuotes: Set<String>

    public init(listingRows: Set<String> = [], rowTitles: Set<String> = [], fieldLabels: Set<String> = [], fieldItems: Set<String> = [],
                inlineFields: Set<String> = [], pullQuotes: Set<String> = []) {
        self.listingRows = Set(listingRows.map { $0.lowercased() })
        self.rowTitles = Set(rowTitles.map { $0.lowercased() })
        self.fieldLabels = Set(fieldLabels.map { $0.lowercased() })
        self.fieldItems = Set(fieldItems.map { $0.lowercased() })
        self.inlineFields = Set(inlineFields.map { $0.lowercased() })
        self.pullQuotes = Set(pullQuotes.map { $0.lowercased() })
    }

    /// No class names: elements are read by their names and ARIA roles alone.
    public static let none = HTMLClassVocabulary()

    /// Whether the `class` attribute of `element` holds a name of `names`.
    static func has(_ element: HTMLElement, _ names: Set<String>) -> Bool {
        guard !names.isEmpty, let value = element["class"] else { return false }
        return value.lowercased().unicodeScalars.split(whereSeparator: HTMLWhiteSpace.contains).contains { names.contains(String($0)) }
    }
}
