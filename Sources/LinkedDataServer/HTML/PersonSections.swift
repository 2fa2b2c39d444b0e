import OSCE
import RDF

/// The parts of a person's page that follow the graph's paths: the posts the
/// person held, with the organisation and the dates of the attesting
/// releases, and the person's quotes with the release each came from.
///
/// Shape read (see the README's model table): `org:Membership` with
/// `org:member` → person, `osce:post` → post, `org:organization` →
/// organisation, `org:memberDuring` → interval with `time:hasBeginning` /
/// `time:hasEnd` → instant → `time:inXSDDate`; a post's `org:heldBy` →
/// person and `org:postIn` → organisation (for a post without a holding);
/// `schema:Quotation` with `schema:spokenByCharacter` → person,
/// `schema:text`, `schema:isPartOf` → release (`schema:headline`,
/// `schema:datePublished`), `schema:position`.
struct PersonSections {
    let data: ServedDataset
    let terms: TermRenderer

    private static let org = Namespace.org, schema = Namespace.schema, time = OSCEVocabulary.time

    /// True when `entity` is typed `foaf:Person` or `schema:Person`.
    func isPerson(_ entity: Term) -> Bool {
        let types = Set(data.objects(entity, RDFVocabulary.type))
        return types.contains(.iri(Namespace.foaf["Person"])) || types.contains(.iri(Namespace.schema["Person"]))
    }

    /// One post holding, as shown.
    struct Holding: Comparable {
        let post: Term?
        let organisation: Term?
        let from: String
        let to: String
        let sortKey: [String]
        static func < (a: Holding, b: Holding) -> Bool { a.sortKey.lexicographicallyPrecedes(b.sortKey) }
    }

    /// The posts of `person`, by start date then post IRI.
    func holdings(of person: Term) -> [Holding] {
        var out: [Holding] = []
        var postsSeen = Set<Term>()
        for membership in data.subjects(Self.org["member"], person) {
            let post = data.objects(membership, OSCEVocabulary.post).first
            let organisation = data.objects(membership, Self.org["organization"]).first
                ?? post.flatMap { data.objects($0, Self.org["postIn"]).first }
            guard post != nil || organisation != nil else { continue }  // a membership of another kind
            let interval = data.objects(membership, Self.org["memberDuring"]).first
            let from = interval.map { date(at: $0, Self.time["hasBeginning"]) } ?? ""
            let to = interval.map { date(at: $0, Self.time["hasEnd"]) } ?? ""
            if let post { postsSeen.insert(post) }
            out.append(Holding(post: post, organisation: organisation, from: from, to: to,
                               sortKey: [from, to, key(post), key(organisation), key(membership)]))
        }
        for post in data.subjects(Self.org["heldBy"], person) where !postsSeen.contains(post) {
            let organisation = data.objects(post, Self.org["postIn"]).first
            out.append(Holding(post: post, organisation: organisation, from: "", to: "", sortKey: ["", "", key(post), key(organisation), ""]))
        }
        return out.sorted()
    }

    /// The `time:inXSDDate` of the instant `interval` reaches by `edge`, or "".
    private func date(at interval: Term, _ edge: IRI) -> String {
        guard let instant = data.objects(interval, edge).first else { return "" }
        return data.objects(instant, Self.time["inXSDDate"]).compactMap(\.literal).first?.lexicalForm ?? ""
    }

    /// One quote, as shown.
    struct QuoteRow: Comparable {
        let text: Literal?
        let release: Term?
        let date: String
        let sortKey: [String]
        static func < (a: QuoteRow, b: QuoteRow) -> Bool { a.sortKey.lexicographicallyPrecedes(b.sortKey) }
    }

    /// The quotes of `person`, by release date, release, then position in the release.
    func quotes(of person: Term) -> [QuoteRow] {
        data.subjects(Self.schema["spokenByCharacter"], person).map { quote in
            let text = data.objects(quote, Self.schema["text"]).compactMap(\.literal).first
            let release = data.objects(quote, Self.schema["isPartOf"]).first
            let date = release.flatMap { data.objects($0, Self.schema["datePublished"]).compactMap(\.literal).first?.lexicalForm } ?? ""
            let position = data.objects(quote, Self.schema["position"]).compactMap(\.literal).first.flatMap { Int($0.lexicalForm) } ?? 0
            let paddedPosition = String(repeating: "0", count: max(0, 10 - String(position).count)) + String(position)
            return QuoteRow(text: text, release: release, date: date, sortKey: [date, key(release), paddedPosition, key(quote)])
        }.sorted()
    }

    private func key(_ term: Term?) -> String {
        switch term {
        case .iri(let iri)?: return iri.value
        case .blankNode(let b)?: return "_:" + b.id
        case .literal(let l)?: return l.lexicalForm
        case nil: return ""
        }
    }

    /// The HTML of both sections (empty when the person has neither posts nor quotes).
    func html(for person: Term) -> String {
        var out = ""
        let holdings = holdings(of: person)
        if !holdings.isEmpty {
            out += "<h2 id=\"posts\">Posts</h2>\n"
            out += PageLayout.table(id: "posts-table", headers: ["Post", "Organisation", "From", "To"], rows: holdings.map { h in
                [h.post.map { terms.html($0) } ?? "", h.organisation.map { terms.html($0) } ?? "",
                 HTMLText.escape(h.from), HTMLText.escape(h.to)]
            })
        }
        let quotes = quotes(of: person)
        if !quotes.isEmpty {
            out += "<h2 id=\"quotes\">Quotes</h2>\n"
            out += PageLayout.table(id: "quotes-table", headers: ["Quote", "Release", "Date"], rows: quotes.map { q in
                ["<blockquote>\(q.text.map { HTMLText.escape($0.lexicalForm) } ?? "")</blockquote>",
                 q.release.map { terms.html($0) } ?? "", HTMLText.escape(q.date)]
            })
        }
        return out
    }
}
