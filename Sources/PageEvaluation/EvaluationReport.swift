/// The evaluation of one folder of annotated pages: a total per field and the detail per page.
///
/// Totals add the pages' counts (micro-averaging), refused pages included: a refused page
/// extracts nothing, so its expected values are all misses.
///
/// Shape (JSON, keys sorted when encoded by `EvaluationReport.json`): `folder` (text),
/// `totals` ([{field, score}]), `pages` ([PageResult]), `refused_pages` (n),
/// `refused_pages_with_items` (n), `pages_without_expected_facts` ([path]),
/// `invalid_expected_files` ([error line]), `expected_files_without_page` ([path]).
public struct EvaluationReport: Hashable, Sendable, Codable {
    /// The folder (or page file) evaluated, as given.
    public var folder: String
    /// One result per page that has an expected-facts file, in path order.
    public var pages: [PageResult]
    /// Page files without an expected-facts file (not scored), relative to `folder`.
    public var pagesWithoutExpectedFacts: [String]
    /// One line per error of the expected-facts files that could not be read or break the schema
    /// (`EvaluationError.description`: `FILE:LINE:COLUMN: message`; every error of a file, in
    /// document order), files in path order; their pages are not scored, and `osce-kg eval`
    /// exits with status 1.
    public var invalidExpectedFiles: [String] = []
    /// How many expected-facts files the lines of `invalidExpectedFiles` are about.
    public var invalidExpectedFileCount = 0
    /// Expected-facts files whose page is not there (`X.expected.json` with no `X.txt`, `X.html`…
    /// beside it or, for `expected/X.expected.json`, in the folder above), relative to `folder`,
    /// in path order: not scored, and `osce-kg eval` warns about each (a misspelt page name).
    public var expectedFilesWithoutPage: [String] = []

    public init(folder: String, pages: [PageResult], pagesWithoutExpectedFacts: [String] = []) {
        self.folder = folder
        self.pages = pages
        self.pagesWithoutExpectedFacts = pagesWithoutExpectedFacts
    }

    /// The corpus score of `field`: the sum of the pages' counts.
    public func total(_ field: EvaluatedField) -> FieldScore {
        pages.reduce(FieldScore()) { sum, page in sum + (page.fields.first { $0.field == field }?.score ?? FieldScore()) }
    }

    /// The totals of every field, in `EvaluatedField.allCases` order.
    public var totals: [FieldTotal] { EvaluatedField.allCases.map { FieldTotal(field: $0, score: total($0)) } }

    /// The pages the ingester refused (threw on), in path order.
    public var refusedPages: [PageResult] { pages.filter { $0.refusal != nil } }

    /// The refused pages whose expected file holds at least one item.
    public var refusedPagesWithItems: [PageResult] { refusedPages.filter { $0.expectedItems > 0 } }

    enum CodingKeys: String, CodingKey {
        case folder, totals, pages
        case refusedPages = "refused_pages"
        case refusedPagesWithItems = "refused_pages_with_items"
        case pagesWithoutExpectedFacts = "pages_without_expected_facts"
        case invalidExpectedFiles = "invalid_expected_files"
        case invalidExpectedFileCount = "invalid_expected_file_count"
        case expectedFilesWithoutPage = "expected_files_without_page"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        folder = try c.decode(String.self, forKey: .folder)
        pages = try c.decode([PageResult].self, forKey: .pages)
        pagesWithoutExpectedFacts = try c.decodeIfPresent([String].self, forKey: .pagesWithoutExpectedFacts) ?? []
        invalidExpectedFiles = try c.decodeIfPresent([String].self, forKey: .invalidExpectedFiles) ?? []
        invalidExpectedFileCount = try c.decodeIfPresent(Int.self, forKey: .invalidExpectedFileCount) ?? invalidExpectedFiles.count
        expectedFilesWithoutPage = try c.decodeIfPresent([String].self, forKey: .expectedFilesWithoutPage) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(folder, forKey: .folder)
        try c.encode(totals, forKey: .totals)
        try c.encode(pages, forKey: .pages)
        try c.encode(refusedPages.count, forKey: .refusedPages)
        try c.encode(refusedPagesWithItems.count, forKey: .refusedPagesWithItems)
        try c.encode(pagesWithoutExpectedFacts, forKey: .pagesWithoutExpectedFacts)
        try c.encode(invalidExpectedFiles, forKey: .invalidExpectedFiles)
        try c.encode(invalidExpectedFileCount, forKey: .invalidExpectedFileCount)
        try c.encode(expectedFilesWithoutPage, forKey: .expectedFilesWithoutPage)
    }
}

/// A field's corpus score. Shape (JSON): `{"field": name, "score": FieldScore}`.
public struct FieldTotal: Hashable, Sendable, Codable {
    public var field: EvaluatedField
    public var score: FieldScore

    public init(field: EvaluatedField, score: FieldScore) {
        self.field = field
        self.score = score
    }
}

/// The evaluation of one page: its fields' results, or the ingester's refusal.
///
/// Shape (JSON): `page` (path relative to the folder), `expected_file` (path),
/// `expected_items` (n), `extracted_items` (n), `refusal` (the error line, or null),
/// `fields` ([FieldResult]).
public struct PageResult: Hashable, Sendable, Codable {
    /// The page file, relative to the evaluated folder.
    public var page: String
    /// The expected-facts file used.
    public var expectedFile: String
    /// Items in the expected file.
    public var expectedItems: Int
    /// Items the ingester read (0 when it refused the page).
    public var extractedItems: Int
    /// The ingester's error line (`FILE:LINE:COLUMN: why`) when it threw; nil otherwise.
    public var refusal: String?
    /// One result per field, in `EvaluatedField.allCases` order.
    public var fields: [FieldResult]

    public init(page: String, expectedFile: String, expectedItems: Int, extractedItems: Int, refusal: String?,
                fields: [FieldResult]) {
        self.page = page
        self.expectedFile = expectedFile
        self.expectedItems = expectedItems
        self.extractedItems = extractedItems
        self.refusal = refusal
        self.fields = fields
    }

    enum CodingKeys: String, CodingKey {
        case page, refusal, fields
        case expectedFile = "expected_file"
        case expectedItems = "expected_items"
        case extractedItems = "extracted_items"
    }
}
