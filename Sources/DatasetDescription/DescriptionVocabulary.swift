import RDF

/// The terms of DCAT, DCMI Terms, VoID, SPDX and PROV the dataset
/// description uses, and the EU authority tables it points at.
///
/// Source: W3C DCAT 3 (`dcat:`); DCMI Metadata Terms (`dct:`); W3C VoID
/// (`void:`); SPDX 2.3 RDF (`spdx:`); W3C PROV-O (`prov:`); the EU
/// Publications Office authority tables (`data-theme`, `file-type`,
/// `language`); IANA media types.
public enum DescriptionVocabulary {
    /// SPDX, `spdx:` = `http://spdx.org/rdf/terms#` (checksums).
    public static let spdx = Namespace(prefix: "spdx", iri: "http://spdx.org/rdf/terms#")

    /// The prefixes a description declares, beyond the export's own.
    public static let prefixes: [Namespace] = [Namespace.dcat, Namespace.dcterms, Namespace.void, spdx]

    static let dcat = Namespace.dcat
    static let dct = Namespace.dcterms
    static let void = Namespace.void
    static let prov = Namespace.prov
    static let foaf = Namespace.foaf
    static let skos = Namespace.skos
    static let type = RDFVocabulary.type

    /// EU data themes: the OSCE's pages are about government and public
    /// sector (`GOVE`) and international issues (`INTR`), with their English labels.
    static let themes: [(code: String, label: String)] = [
        ("GOVE", "Government and public sector"), ("INTR", "International issues"),
    ]
    /// The EU data-theme authority table (a `skos:ConceptScheme`).
    static let themeScheme = IRI(unchecked: "http://publications.europa.eu/resource/authority/data-theme")
    static func theme(_ code: String) -> IRI {
        IRI(unchecked: "http://publications.europa.eu/resource/authority/data-theme/" + code)
    }

    /// The IANA media-type IRI of `mediaType` (`text/turtle` →
    /// `http://www.iana.org/assignments/media-types/text/turtle`).
    static func ianaMediaType(_ mediaType: String) -> IRI? {
        try? IRI("http://www.iana.org/assignments/media-types/" + mediaType)
    }

    /// The EU file-type authority code of an RDF media type, when it has one.
    static let fileTypes: [String: String] = [
        "text/turtle": "RDF_TURTLE", "application/n-triples": "RDF_N_TRIPLES", "application/n-quads": "RDF_N_QUADS",
        "application/trig": "RDF_TRIG", "application/rdf+xml": "RDF_XML", "application/ld+json": "JSON_LD",
        "application/json": "JSON",
    ]
    static func fileType(_ code: String) -> IRI {
        IRI(unchecked: "http://publications.europa.eu/resource/authority/file-type/" + code)
    }

    /// The EU language authority IRI of an ISO 639-1 code (`en` →
    /// `…/language/ENG`), for the languages of the OSCE region and its
    /// Partners; `nil` for a code not in the table.
    static func language(_ iso6391: String) -> IRI? {
        LanguageAuthority.code(iso6391).map { IRI(unchecked: "http://publications.europa.eu/resource/authority/language/" + $0) }
    }
}
