import Foundation
import RDF

/// The policy that mints the IRIs of the knowledge graph: stable, readable
/// IRIs under a configurable base, so that the same State, organisation,
/// person or release gets the same IRI on every page and in every run.
///
/// Templates (`{base}` defaults to `https://w3id.org/osce-kg/resource/`):
///
/// | entity | IRI |
/// |---|---|
/// | participating State / Partner | `{base}state/{iso2 lower}` |
/// | organisation | `{base}organisation/{id or slug(name)}` |
/// | person | `{base}person/{personSlug(name)}` (Latin diacritics folded) |
/// | post | `{base}post/{id or slug}` (see `postSlug`, `roleKey`) |
/// | release | `{base}release/{date}-{slug(title)}` |
/// | quote | `{base}quote/{release slug}-{n}` (n from 1, page order) |
/// | place | `{base}place/{city id or slug(name)}` |
/// | field of work | `{base}field-of-work/{slug(name)}` |
/// | meeting kind | `{base}meeting-kind/{slug(name)}` |
/// | meeting | `{base}meeting/{date}-{slug(name)}` |
/// | Chairpersonship | `{base}chairpersonship/{year}` |
/// | page | `{base}page/{slug}` (`pageSlug(url:path:)`: the URL, else the path under the input root) |
/// | post holding | `{base}membership/{post slug}--{person slug}` |
/// | its interval | `{base}interval/{post slug}--{person slug}` |
/// | an instant (a day) | `{base}instant/{YYYY-MM-DD}` |
/// | role | `{base}role/{slug(role name)}` |
/// | person mention | `{base}mention/{release slug}--{person slug}` |
/// | page excerpt, its selector | `{base}excerpt/{page slug}-{start}-{end}` (`-r{start}-{end}` in rendered HTML text), `{base}selector/…` (same) |
/// | concept schemes | `{base}concept-scheme/fields-of-work`, `…/meeting-kinds`, `…/roles` |
/// | the dataset | `{base}dataset`; its description's nodes `{base}dataset/{kind}/…` (`describedNode`) |
/// | named graphs (N-Quads, TriG) | `{base}graph/reference`, `{base}graph/entities`, `{base}graph/description`; a page's graph is the page's IRI |
///
/// Every IRI minted is valid: `slug(_:)` keeps only characters of RFC 3987
/// `iunreserved` (ASCII letters and digits, `-`, and non-ASCII letters, marks
/// and digits in `ucschar`), and percent-encodes when nothing readable is left.
///
///     let p = IRIPolicy()
///     p.person(named: "Ulrika Funered")  // <https://w3id.org/osce-kg/resource/person/ulrika-funered>
///     p.state(iso: "SE")                 // <https://w3id.org/osce-kg/resource/state/se>
///
/// Source: RFC 3987 §2.2 (iunreserved, ucschar); W3C "Cool URIs for the
/// Semantic Web".
public struct IRIPolicy: Sendable, Hashable {
    /// The default base IRI.
    public static let defaultBase = "https://w3id.org/osce-kg/resource/"

    /// The base IRI, ending in `/` or `#`.
    public let base: String

    /// The policy with the default base.
    public init() { self.base = IRIPolicy.defaultBase }

    /// A policy with another base. A `/` is appended when `base` ends in
    /// neither `/` nor `#`.
    /// - Throws: `OSCEError` of kind `.invalidBaseIRI` when `base` is not an
    ///   absolute IRI.
    public init(base: String) throws(OSCEError) {
        var b = base
        if let problem = IRI.problem(in: b) {
            throw OSCEError(.invalidBaseIRI, "invalid base IRI <\(base)>: \(problem)")
        }
        if !(b.hasSuffix("/") || b.hasSuffix("#")) { b += "/" }
        self.base = b
    }

    func mint(_ path: String, _ slug: String) -> IRI { IRI(unchecked: base + path + "/" + slug) }

    // MARK: Entities

    /// `{base}state/{iso2 lower}`.
    public func state(iso code: String) -> IRI { mint("state", IRIPolicy.slug(code)) }

    /// `{base}state/{iso2 lower}`.
    public func state(_ record: StateRecord) -> IRI { state(iso: record.iso3166Alpha2) }

    /// `{base}organisation/{id}` for a reference id or a slug.
    public func organisation(id: String) -> IRI { mint("organisation", id) }

    /// The IRI of the organisation named `name`: the reference record's IRI
    /// when the name is known to `OSCEReference`, else `{base}organisation/{slug(name)}`.
    public func organisation(named name: String) -> IRI {
        organisation(id: OSCEReference.organisation(named: name)?.id ?? IRIPolicy.slug(name))
    }

    /// `{base}person/{personSlug(name)}`: diacritics of Latin letters folded,
    /// so "Ivica Dačić" and "Ivica Dacic" are one person (`personSlug`).
    public func person(named name: String) -> IRI { mint("person", IRIPolicy.personSlug(name)) }

    /// `person(named:)` of the cleaned name, or `nil` when nothing is left
    /// (the builder emits no person then).
    func personIRIIfNamed(_ name: String) -> IRI? {
        let n = KnowledgeGraphBuilder.clean(name)
        return n.isEmpty ? nil : person(named: n)
    }

    /// `{base}post/{slug}`; see `postSlug(role:organisationID:)`.
    public func post(id: String) -> IRI { mint("post", id) }

    /// The IRI of the post named by `role` in the organisation `organisationID`.
    public func post(role: String, organisationID: String?) -> IRI {
        post(id: IRIPolicy.postSlug(role: role, organisationID: organisationID))
    }

    /// `{base}release/{slug}`.
    public func release(slug: String) -> IRI { mint("release", slug) }

    /// `{base}quote/{release slug}-{n}`, `n` counted from 1.
    public func quote(releaseSlug: String, number n: Int) -> IRI { mint("quote", "\(releaseSlug)-\(n)") }

    /// `{base}place/{id}`.
    public func place(id: String) -> IRI { mint("place", id) }

    /// `{base}place/{city id}` for a known city ("VIENNA", "Wien" → `vienna`),
    /// else `{base}place/{slug(name)}`.
    public func place(named name: String) -> IRI {
        place(id: OSCEReference.city(named: name)?.id ?? IRIPolicy.slug(name))
    }

    /// `{base}field-of-work/{id}`.
    public func fieldOfWork(id: String) -> IRI { mint("field-of-work", id) }

    /// The field of work named `name` (reference id when known, else slug).
    public func fieldOfWork(named name: String) -> IRI {
        fieldOfWork(id: OSCEReference.fieldOfWork(named: name)?.id ?? IRIPolicy.slug(name))
    }

    /// `{base}meeting-kind/{id}`.
    public func meetingKind(id: String) -> IRI { mint("meeting-kind", id) }

    /// `{base}meeting/{slug}`.
    public func meeting(slug: String) -> IRI { mint("meeting", slug) }

    /// `{base}chairpersonship/{year}`.
    public func chairpersonship(year: Int) -> IRI { mint("chairpersonship", String(year)) }

    /// `{base}page/{slug}`.
    public func page(slug: String) -> IRI { mint("page", slug) }

    /// `{base}membership/{post slug}--{person slug}`: one person's holding of one post.
    /// (Slugs never contain `--`, so the two parts are unambiguous.)
    public func membership(postSlug: String, personSlug: String) -> IRI { mint("membership", postSlug + "--" + personSlug) }

    /// `{base}interval/{post slug}--{person slug}`: the time a holding is attested.
    public func interval(postSlug: String, personSlug: String) -> IRI { mint("interval", postSlug + "--" + personSlug) }

    /// `{base}instant/{date}` for an `xsd:date` lexical form (one instant per day).
    public func instant(date: String) -> IRI { mint("instant", IRIPolicy.slug(date)) }

    /// `{base}role/{slug}`.
    public func role(id: String) -> IRI { mint("role", id) }

    /// `{base}mention/{release slug}--{person slug}`.
    public func mention(releaseSlug: String, personSlug: String) -> IRI { mint("mention", releaseSlug + "--" + personSlug) }

    /// `{base}excerpt/{page slug}-{start}-{end}`, or `…-r{start}-{end}` for a
    /// span of rendered HTML text (`TextSpan.basis`).
    public func excerpt(pageSlug: String, span: TextSpan) -> IRI { mint("excerpt", IRIPolicy.excerptName(pageSlug, span)) }

    /// `{base}selector/…`, named as its excerpt.
    public func selector(pageSlug: String, span: TextSpan) -> IRI { mint("selector", IRIPolicy.excerptName(pageSlug, span)) }

    static func excerptName(_ pageSlug: String, _ span: TextSpan) -> String {
        span.basis == .file ? "\(pageSlug)-\(span.start)-\(span.end)" : "\(pageSlug)-r\(span.start)-\(span.end)"
    }

    /// `{base}concept-scheme/fields-of-work`.
    public var fieldsOfWorkScheme: IRI { mint("concept-scheme", "fields-of-work") }

    /// `{base}concept-scheme/roles` (the roles of posts).
    public var rolesScheme: IRI { mint("concept-scheme", "roles") }

    /// `{base}concept-scheme/meeting-kinds`.
    public var meetingKindsScheme: IRI { mint("concept-scheme", "meeting-kinds") }

    /// `{base}dataset`.
    public var dataset: IRI { IRI(unchecked: base + "dataset") }

    /// `{base}dataset/{path}`: a node of the dataset description (the
    /// catalogue, a distribution, a partition, the export activity).
    public func describedNode(_ path: String) -> IRI { IRI(unchecked: base + "dataset/" + path) }

    /// Whether `iri` is the dataset or a node of its description
    /// (`{base}dataset` or `{base}dataset/…`).
    public func isDescriptionNode(_ iri: IRI) -> Bool {
        let v = iri.value
        guard v.hasPrefix(base + "dataset") else { return false }
        let rest = v.utf8.dropFirst(base.utf8.count + 7)
        return rest.isEmpty || rest.first == UInt8(ascii: "/")
    }

    /// The named graph holding the reference data (N-Quads, TriG): `{base}graph/reference`.
    public var referenceGraph: IRI { mint("graph", "reference") }

    /// The named graph holding what pages say about shared entities (people,
    /// posts, holdings, places, minted organisations): `{base}graph/entities`.
    public var entitiesGraph: IRI { mint("graph", "entities") }

    /// The named graph holding the dataset description: `{base}graph/description`.
    public var descriptionGraph: IRI { mint("graph", "description") }

    // MARK: Slugs

    /// The longest slug kept from a title (in Unicode scalars).
    public static let maximumTitleSlugLength = 100

    /// A readable IRI path segment for `text`.
    ///
    /// NFC-normalised and lower-cased; apostrophes dropped; ASCII letters and
    /// digits and non-ASCII letters, marks and digits (within RFC 3987
    /// `ucschar`) kept; every other run of characters becomes one `-`; no
    /// leading or trailing `-`. When nothing is kept, the trimmed text is
    /// percent-encoded instead (`"%"` → `%25`); an empty text gives `unnamed`.
    ///
    ///     IRIPolicy.slug("Ulrika Funered")        // "ulrika-funered"
    ///     IRIPolicy.slug("Cyber/ICT Security")    // "cyber-ict-security"
    ///     IRIPolicy.slug("Мирела Штефанкова")     // "мирела-штефанкова"
    ///
    /// - Complexity: O(n) in the length of `text`.
    public static func slug(_ text: String, maximumLength: Int = .max) -> String {
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        let normalised = isASCII ? text.lowercased() : text.precomposedStringWithCanonicalMapping.lowercased()
        var out = String.UnicodeScalarView()
        var count = 0
        var pendingDash = false
        for s in normalised.unicodeScalars {
            if s == "'" || s == "\u{2019}" || s == "\u{2018}" || s == "\u{02BC}" { continue }
            if isSlugScalar(s) {
                if pendingDash && !out.isEmpty {
                    if count + 1 >= maximumLength { break }
                    out.append("-")
                    count += 1
                }
                pendingDash = false
                if count >= maximumLength { break }
                out.append(s)
                count += 1
            } else {
                pendingDash = true
            }
        }
        var result = String(out)
        while result.hasSuffix("-") { result.removeLast() }
        if !result.isEmpty { return result }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return "unnamed" }
        return percentEncoded(trimmed.precomposedStringWithCanonicalMapping)
    }

    /// The slug of a person's name: `slug(name)` with the diacritics of Latin
    /// letters folded (`foldedLatin`), so the spellings with and without
    /// diacritics of one name give one IRI ("Ivica Dačić", "Ivica Dacic" →
    /// `ivica-dacic`). Other scripts are kept as they are ("Мирела Штефанкова"
    /// → `мирела-штефанкова`, "й" stays "й").
    public static func personSlug(_ name: String) -> String { slug(foldedLatin(name)) }

    /// `text` with every Latin letter carrying diacritics replaced by its base
    /// letter (canonical decomposition, the combining marks U+0300–U+036F
    /// after a Latin letter dropped), and the Latin letters that have no
    /// decomposition mapped by a table (đ → d, ł → l, ø → o, ß → ss, æ → ae,
    /// œ → oe, ı → i, ħ → h, þ → th). Non-Latin scripts are left as they are.
    public static func foldedLatin(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var out = String.UnicodeScalarView()
        var afterLatin = false
        for s in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if (0x300...0x36F).contains(s.value) {
                if afterLatin { continue }
                out.append(s)
                continue
            }
            if let mapped = latinFolding[s] {
                out.append(contentsOf: mapped.unicodeScalars)
                afterLatin = true
                continue
            }
            afterLatin = s.properties.isAlphabetic && (s.value < 0x250 || (0x1E00...0x1EFF).contains(s.value))
            out.append(s)
        }
        return String(out).precomposedStringWithCanonicalMapping
    }

    /// Latin letters without a canonical decomposition and their folded form.
    static let latinFolding: [Unicode.Scalar: String] = [
        "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE",
        "œ": "oe", "Œ": "OE", "ı": "i", "ħ": "h", "Ħ": "H", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
    ]

    /// The normalised key of a role phrase or of a minted organisation's name
    /// (one normaliser for both, so a post's slug and its organisation's agree
    /// on "the"): `slug(role)` with the articles
    /// ("the", "a", "an"; German "der", "die", "das", "dem", "den"; French
    /// "le", "la", "les", "l") dropped, so that "Acting Head of the OSCE
    /// Mission in Kosovo" and "Acting Head of OSCE Mission in Kosovo" give one
    /// key (`acting-head-of-osce-mission-in-kosovo`). Case, white space and
    /// punctuation are folded by `slug`. `slug(role)` when only articles are left.
    public static func roleKey(_ role: String) -> String {
        let words = slug(role).split(separator: "-")
        let kept = words.filter { !articles.contains(String($0)) }
        return kept.isEmpty ? slug(role) : kept.joined(separator: "-")
    }

    /// The articles `roleKey` drops: the list `identity-articles` of `OSCEReference.postLexicon`.
    static let articles: Set<String> = Set(OSCEReference.postLexicon.entries("identity-articles").map { $0.lowercased() })

    /// The linking words an organisation's initialism leaves out (`centre-for-civic-initiatives`
    /// → `cci`): the list `initialism-linking-words` of `OSCEReference.postLexicon`.
    static let initialismLinkingWords: Set<Substring> = Set(OSCEReference.postLexicon.entries("initialism-linking-words").map { Substring($0.lowercased()) })

    /// The slug of a post: the reference post's id when `role` names a
    /// standing post and `organisationID` is `nil` or that post's organisation;
    /// else `roleKey(role)` when there is no organisation or the key already
    /// contains the organisation's key or the id of a standing post of it
    /// ("Special Representative of the OSCE Chairperson-in-Office for …" in the
    /// Chairpersonship), e.g. ("Head of the Permanent Delegation of
    /// Sweden to the OSCE" in `permanent-delegation-of-sweden-to-osce` →
    /// `head-of-permanent-delegation-of-sweden-to-osce`); else
    /// `{organisation id}-{roleKey(role)}` ("parliamentary-assembly-mp-norway").
    /// Variants of one phrase that differ only in articles, case, white space
    /// or punctuation give one slug.
    public static func postSlug(role: String, organisationID: String?) -> String {
        if let record = OSCEReference.post(named: role), organisationID == nil || organisationID == record.organisation {
            return record.id
        }
        guard let org = organisationID else { return roleKey(role) }
        let r = withCanonicalName(roleKey(role), of: org)
        // The phrase names the organisation, or a standing post of it ("… of the OSCE
        // Chairperson-in-Office …" in the Chairpersonship): the phrase alone is the post.
        let bounded = "-\(r)-"
        if r.contains(roleKey(org)) || OSCEReference.posts.contains(where: { $0.organisation == org && bounded.contains("-\($0.id)-") }) {
            return r
        }
        // `CCI Director` in the Centre for Civic Initiatives: the organisation's acronym, which the
        // organisation's slug already spells out, is left out (`centre-for-civic-initiatives-director`).
        let acronyms = initialisms(of: org)
        let kept = r.split(separator: "-").filter { !acronyms.contains(String($0)) }
        return org + "-" + (kept.isEmpty ? r : kept.joined(separator: "-"))
    }

    /// `key` (a `roleKey`) with a short name of the organisation `organisationID` written in it
    /// replaced by the key of its full name, so that one post has one slug however the page names
    /// its organisation (`deputy-head-of-mission-to-bosnia-and-herzegovina` →
    /// `deputy-head-of-osce-mission-to-bosnia-and-herzegovina`, as `Deputy Head of the OSCE Mission
    /// to Bosnia and Herzegovina` gives); `key` when it holds the full name, or no name of the
    /// organisation (`OSCEReference.organisation(id:)`: its `alternativeNames`, longest first).
    static func withCanonicalName(_ key: String, of organisationID: String) -> String {
        guard let record = OSCEReference.organisation(id: organisationID) else { return key }
        let canonical = roleKey(record.name)
        let bounded = "-\(key)-"
        if bounded.contains("-\(canonical)-") { return key }
        for name in record.alternativeNames.sorted(by: { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }) {
            let short = roleKey(name)
            guard short != canonical, canonical.hasSuffix("-" + short), bounded.contains("-\(short)-") else { continue }
            return String(bounded.replacingOccurrences(of: "-\(short)-", with: "-\(canonical)-").dropFirst().dropLast())
        }
        return key
    }

    /// The lower-case initialisms of an organisation slug's words, with and without its linking
    /// words (`centre-for-civic-initiatives` → `cfci`, `cci`); none for a slug of one word.
    static func initialisms(of organisationSlug: String) -> Set<String> {
        let words = organisationSlug.split(separator: "-").filter { !$0.isEmpty }
        guard words.count >= 2 else { return [] }
        let linking = initialismLinkingWords
        let all = String(words.compactMap(\.first))
        let content = String(words.filter { !linking.contains($0) }.compactMap(\.first))
        return Set([all, content].filter { $0.count >= 2 })
    }

    /// The slug of a release: `{date}-{slug(title)}` with the title part cut
    /// to `maximumTitleSlugLength` at a word boundary (`cutAtWord`);
    /// `slug(title)` alone when the date is missing.
    /// - Parameter date: an `xsd:date` lexical form (`YYYY-MM-DD`) or `nil`.
    public static func releaseSlug(title: String, date: String?) -> String {
        let t = cutAtWord(slug(title), maximumLength: maximumTitleSlugLength)
        guard let date, isXSDDate(date) else { return t }
        return date + "-" + t
    }

    /// `slug` cut to at most `maximumLength` scalars, at the last `-` that
    /// keeps at least half of it (a word boundary), else exactly at the limit.
    static func cutAtWord(_ slug: String, maximumLength: Int) -> String {
        let scalars = Array(slug.unicodeScalars)
        guard scalars.count > maximumLength else { return slug }
        var end = maximumLength
        if scalars[maximumLength] != "-" {
            if let dash = scalars[..<maximumLength].lastIndex(of: "-"), dash >= maximumLength / 2 { end = dash }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[..<end])
        var result = String(out)
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }

    /// The slug of a page from its file path or URL: the last path component
    /// without its extension ("…/000_0b91f1119559f398.txt" → "000-0b91f1119559f398").
    public static func pageSlug(path: String) -> String {
        var p = Substring(path)
        while p.hasSuffix("/") { p.removeLast() }
        if let cut = p.lastIndex(where: { $0 == "/" || $0 == "\\" }) { p = p[p.index(after: cut)...] }
        if let dot = p.lastIndex(of: "."), dot != p.startIndex { p = p[..<dot] }
        return slug(String(p))
    }

    /// The slug that identifies a page: the page's URL when it has one (an
    /// `http`/`https` URL: `canonicalPageURL`), else `path`, its path relative
    /// to the input root, without extension, each folder and the name slugged
    /// on their own and joined by `--` (`news/index.txt` → `news--index`; a
    /// slug never holds `--` itself, so `news-index.txt` stays `news-index`).
    /// So the slug is a function of the page's own path: two `index.txt` in
    /// different folders are two pages, a folder's `/` never meets a name's
    /// `-`, and one URL captured twice is one page whatever the file is called.
    ///
    ///     IRIPolicy.pageSlug(url: "https://www.osce.org/cio/48120/", path: "a.txt")  // "osce-org-cio-48120"
    ///     IRIPolicy.pageSlug(url: nil, path: "news/index.txt")                        // "news--index"
    public static func pageSlug(url: String?, path: String) -> String {
        if let url, let canonical = canonicalPageURL(url) { return slug(canonical) }
        var p = Substring(path)
        while p.hasPrefix("./") { p = p.dropFirst(2) }
        while p.hasSuffix("/") { p.removeLast() }
        let name = p.lastIndex(where: { $0 == "/" || $0 == "\\" }).map { p.index(after: $0) } ?? p.startIndex
        if let dot = p[name...].lastIndex(of: "."), dot != name { p = p[..<dot] }
        return p.split(whereSeparator: { $0 == "/" || $0 == "\\" }).map { slug(String($0)) }.filter { !$0.isEmpty }
            .joined(separator: "--")
    }

    /// The last component of a file path (after the last `/` or `\\`).
    public static func fileName(of path: String) -> String {
        var p = Substring(path)
        while p.hasSuffix("/") { p.removeLast() }
        if let cut = p.lastIndex(where: { $0 == "/" || $0 == "\\" }) { p = p[p.index(after: cut)...] }
        return String(p)
    }

    /// The part of a page URL that identifies the page: host (lower case, a
    /// leading `www.` dropped), path (trailing `/` dropped) and query; the
    /// scheme (`http` = `https`) and fragment ignored. `nil` when `url` is not
    /// an absolute `http`/`https` URL with a host.
    ///
    ///     IRIPolicy.canonicalPageURL("HTTPS://WWW.OSCE.org/cio/48120/#top")  // "osce.org/cio/48120"
    public static func canonicalPageURL(_ url: String) -> String? {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") { rest = trimmed.dropFirst(8) } else if lower.hasPrefix("http://") { rest = trimmed.dropFirst(7) } else { return nil }
        var main = rest
        if let hash = main.firstIndex(of: "#") { main = main[..<hash] }
        let hostEnd = main.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? main.endIndex
        var host = main[..<hostEnd].lowercased()
        if host.hasPrefix("www.") { host.removeFirst(4) }
        guard !host.isEmpty, !host.contains(where: { $0.isWhitespace }) else { return nil }
        var tail = main[hostEnd...]
        let queryStart = tail.firstIndex(of: "?") ?? tail.endIndex
        var path = tail[..<queryStart]
        while path.hasSuffix("/") { path.removeLast() }
        tail = tail[queryStart...]
        return host + path + (tail == "?" ? "" : tail)
    }

    /// Whether `s` is kept in a slug: ASCII lower-case letters and digits, or a
    /// non-ASCII letter, mark or digit within `ucschar` (RFC 3987 §2.2).
    static func isSlugScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) }
        guard isUCSChar(v) else { return false }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// RFC 3987 `ucschar`.
    static func isUCSChar(_ v: UInt32) -> Bool {
        if (0xA0...0xD7FF).contains(v) || (0xF900...0xFDCF).contains(v) || (0xFDF0...0xFFEF).contains(v) { return true }
        if v >= 0x10000 && v <= 0xEFFFD { return (v & 0xFFFF) <= 0xFFFD && v < 0xE0000 || (0xE1000...0xEFFFD).contains(v) }
        return false
    }

    /// `text` with every character outside RFC 3986 `unreserved` percent-encoded
    /// as UTF-8 (upper-case hex); `.` is encoded too, so that no slug is a dot
    /// segment (`..` → `%2E%2E`).
    static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            let isUnreserved = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x2D || byte == 0x5F || byte == 0x7E
            if isUnreserved {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    /// Whether `s` has the `xsd:date` shape `YYYY-MM-DD` with a month 01–12 and
    /// a day valid for that month (leap years included).
    public static func isXSDDate(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return false }
        func num(_ r: Range<Int>) -> Int? {
            var n = 0
            for i in r {
                guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
                n = n * 10 + Int(b[i] - 0x30)
            }
            return n
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10), (1...12).contains(m), d >= 1 else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return d <= days
    }
}
