/// Everything the ingester extracts from one page.
///
/// Mirrors the expected-facts schema (`Examples/pages/README.md`): `kind`,
/// `language` (ISO 639-1 code of the body text), `navigation` (nil when the page
/// has no site menu) and `items` (one per release; a listing has one per entry;
/// pages without a release have none). `source` and `warnings` are extra keys.
///
/// Encoding with `JSONEncoder` gives the snake_case keys of the expected files.
public struct PageFacts: Codable, Hashable, Sendable {
    /// Where the page came from (a file path or URL), as passed to the ingester.
    public var source: String
    /// The page's URL, from a leading `URL:` header line of the capture; nil when absent.
    public var url: String?
    public var kind: PageKind
    public var language: String
    public var navigation: NavigationFacts?
    public var items: [ReleaseFacts]
    /// For institution and field-operation pages: the structure's name, head and seat.
    public var structure: StructureFacts?
    /// Non-fatal problems: a navigation-only page, a page cut off mid-word, ...
    public var warnings: [IngestWarning]

    public init(source: String, url: String? = nil, kind: PageKind, language: String, navigation: NavigationFacts? = nil,
                items: [ReleaseFacts] = [], warnings: [IngestWarning] = []) {
        self.source = source
        self.url = url
        self.kind = kind
        self.language = language
        self.navigation = navigation
        self.items = items
        self.warnings = warnings
    }

    /// True when the capture was cut off (some warning says so).
    public var isTruncated: Bool { warnings.contains { $0.kind == .truncated } }

    enum CodingKeys: String, CodingKey {
        case source, url, kind, language, navigation, items, structure, warnings
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decodeIfPresent(String.self, forKey: .source) ?? ""
        url = try c.decodeIfPresent(String.self, forKey: .url)
        kind = try c.decode(PageKind.self, forKey: .kind)
        language = try c.decode(String.self, forKey: .language)
        navigation = try c.decodeIfPresent(NavigationFacts.self, forKey: .navigation)
        items = try c.decodeIfPresent([ReleaseFacts].self, forKey: .items) ?? []
        structure = try c.decodeIfPresent(StructureFacts.self, forKey: .structure)
        warnings = try c.decodeIfPresent([IngestWarning].self, forKey: .warnings) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(url, forKey: .url)
        try c.encode(kind, forKey: .kind)
        try c.encode(language, forKey: .language)
        try c.encode(navigation, forKey: .navigation)
        try c.encode(items, forKey: .items)
        try c.encode(structure, forKey: .structure)
        try c.encode(warnings, forKey: .warnings)
    }
}
