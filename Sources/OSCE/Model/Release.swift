/// One release read from a page: a press release, news item, statement,
/// report; a listing gives one release per entry.
///
/// Shape in RDF (`Release+RDF.swift`):
/// - subject `{base}release/{slug}` (`id`, else `IRIPolicy.releaseSlug`),
///   `rdf:type schema:NewsArticle` and the kind's class (`osce:PressRelease`, …)
/// - `schema:headline` rdf:langString (@`language`), 1
/// - `schema:inLanguage` xsd:string (ISO 639-1), 1
/// - `schema:datePublished` xsd:date, 0..1
/// - `schema:locationCreated` → place or State IRI, 0..n
/// - `schema:sourceOrganization` → organisation IRI, 0..n
/// - `schema:about` → field-of-work `skos:Concept`, 0..n
/// - `schema:articleBody` rdf:langString, 0..1
/// - `schema:mentions` → State, organisation or person IRI, 0..n
/// - `osce:contentType` xsd:string, 0..1 (the type line as written)
/// - `osce:truncated` xsd:boolean, 1
/// - `prov:wasDerivedFrom` → page IRI, 1..n
///
/// Units: `date` is an `xsd:date` lexical form `YYYY-MM-DD` (no time zone);
/// an invalid date is not emitted.
///
/// Source: expected-facts schema of `shared/pages/README.md` (title,
/// content_type, date, dateline_places, issuers, fields_of_work, people,
/// quotes, states_mentioned, truncated).
public struct Release: Sendable, Hashable {
    public var kind: ReleaseKind
    public var title: String
    /// ISO 639-1 code of the body text ("en", "de", "ru").
    public var language: String
    /// `YYYY-MM-DD`: the date field, else the dateline's date.
    public var date: String?
    /// The type line as written ("Press release", "Pressemitteilung").
    public var contentType: String?
    /// Dateline places and `Place:`/`Where we are:` values.
    public var places: [Place]
    /// Values of `Source:`, `Issued by:`, `Quelle:`.
    public var issuers: [Organisation]
    /// Values of `Fields of work:`, `What we do:`, `Arbeitsbereiche:`.
    public var fieldsOfWork: [String]
    public var body: String
    /// States mentioned, by the navigation's names ("Türkiye"); any name or
    /// alternative name `OSCEReference.state(named:)` knows is accepted.
    public var mentionedStates: [String]
    /// Organisations mentioned in the text (besides the issuers).
    public var mentionedOrganisations: [Organisation]
    /// People named in the title and body, in order of first mention.
    public var people: [Person]
    /// Posts of those people (and posts named with their holder).
    public var posts: [Post]
    public var quotes: [Quote]
    public var meetings: [Meeting]
    /// The page's file path (or name) as given to the tool.
    public var sourcePath: String
    /// The page's URL, when the capture states one (or the HTML canonical URL).
    public var sourceURL: String?
    /// The page's path relative to the input root it was found under
    /// (`news/index.txt`), or `nil` for the last component of `sourcePath`.
    /// With `sourceURL`, it identifies the page: see `IRIPolicy.pageSlug(url:path:)`.
    public var pagePath: String?
    /// Whether the text stops because the captured page was cut.
    public var truncated: Bool
    /// An explicit release slug; `nil` uses `IRIPolicy.releaseSlug(title:date:)`.
    public var id: String?

    public init(
        kind: ReleaseKind, title: String, language: String = "en", date: String? = nil, contentType: String? = nil,
        places: [Place] = [], issuers: [Organisation] = [], fieldsOfWork: [String] = [], body: String = "",
        mentionedStates: [String] = [], mentionedOrganisations: [Organisation] = [], people: [Person] = [],
        posts: [Post] = [], quotes: [Quote] = [], meetings: [Meeting] = [], sourcePath: String,
        sourceURL: String? = nil, pagePath: String? = nil, truncated: Bool = false, id: String? = nil
    ) {
        self.kind = kind
        self.title = title
        self.language = language
        self.date = date
        self.contentType = contentType
        self.places = places
        self.issuers = issuers
        self.fieldsOfWork = fieldsOfWork
        self.body = body
        self.mentionedStates = mentionedStates
        self.mentionedOrganisations = mentionedOrganisations
        self.people = people
        self.posts = posts
        self.quotes = quotes
        self.meetings = meetings
        self.sourcePath = sourcePath
        self.sourceURL = sourceURL
        self.pagePath = pagePath
        self.truncated = truncated
        self.id = id
    }

    /// The slug of the page the release was read from
    /// (`IRIPolicy.pageSlug(url:path:)` of `sourceURL` and `pagePath`, else
    /// of the file name of `sourcePath`).
    public var pageSlug: String { IRIPolicy.pageSlug(url: sourceURL, path: pagePath ?? IRIPolicy.fileName(of: sourcePath)) }

    /// The release's slug under `policy`: `id`, else `{date}-{slug(title)}`;
    /// for an empty title, the page's slug.
    public var slug: String {
        if let id, !id.isEmpty { return IRIPolicy.slug(id) }
        if title.unicodeScalars.contains(where: { IRIPolicy.isSlugScalar($0) }) {
            return IRIPolicy.releaseSlug(title: title, date: date)
        }
        let page = pageSlug
        guard let date, IRIPolicy.isXSDDate(date) else { return page }
        return date + "-" + page
    }
}
