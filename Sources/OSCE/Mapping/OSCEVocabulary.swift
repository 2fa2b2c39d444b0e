import RDF

/// The terms of the project's own namespace, `osce:` =
/// `https://w3id.org/osce-kg/ontology#`, and the standard terms the mapping
/// uses. Every `osce:` term here is declared in `Ontology/osce-kg.ttl` (a test
/// checks it).
///
/// Source: `Ontology/osce-kg.ttl`; schema.org; W3C ORG; FOAF; SKOS; PROV-O; OWL.
public enum OSCEVocabulary {
    /// The ontology namespace.
    public static let namespace = Namespace(prefix: "osce", iri: "https://w3id.org/osce-kg/ontology#")
    /// The ontology IRI (the namespace without `#`).
    public static let ontology = IRI(unchecked: "https://w3id.org/osce-kg/ontology")

    /// The prefixes a serialiser should declare for the exported graph, in a
    /// fixed order (`osce` first; `res` is added by callers for the base).
    public static let prefixes: [Namespace] = [
        namespace, Namespace.rdf, Namespace.rdfs, Namespace.xsd, Namespace.owl, Namespace.skos, Namespace.schema,
        Namespace.foaf, Namespace.org, Namespace.prov, Namespace.wd, time, oa,
    ]

    /// OWL-Time, `time:` = `http://www.w3.org/2006/time#` (intervals of post holdings).
    public static let time = Namespace(prefix: "time", iri: "http://www.w3.org/2006/time#")
    /// W3C Web Annotation, `oa:` = `http://www.w3.org/ns/oa#` (positions on pages).
    public static let oa = Namespace(prefix: "oa", iri: "http://www.w3.org/ns/oa#")

    static let ns = namespace

    // Classes: releases
    public static let PressRelease = ns["PressRelease"]
    public static let NewsItem = ns["NewsItem"]
    public static let PressStatement = ns["PressStatement"]
    public static let SpotReport = ns["SpotReport"]
    public static let DailyReport = ns["DailyReport"]
    public static let Statement = ns["Statement"]
    public static let Report = ns["Report"]
    // Classes: States
    public static let ParticipatingState = ns["ParticipatingState"]
    public static let PartnerForCooperation = ns["PartnerForCooperation"]
    public static let AsianPartnerForCooperation = ns["AsianPartnerForCooperation"]
    public static let MediterraneanPartnerForCooperation = ns["MediterraneanPartnerForCooperation"]
    // Classes: structures
    public static let ChairpersonshipOffice = ns["ChairpersonshipOffice"]
    public static let Secretariat = ns["Secretariat"]
    public static let SecretariatUnit = ns["SecretariatUnit"]
    public static let Institution = ns["Institution"]
    public static let FieldOperation = ns["FieldOperation"]
    public static let ParliamentaryAssembly = ns["ParliamentaryAssembly"]
    public static let Court = ns["Court"]
    public static let DecisionMakingBody = ns["DecisionMakingBody"]
    public static let PartnerGroup = ns["PartnerGroup"]
    public static let PermanentDelegation = ns["PermanentDelegation"]
    public static let Chairpersonship = ns["Chairpersonship"]
    public static let MeetingKind = ns["MeetingKind"]
    // Classes: people
    public static let PostHolding = ns["PostHolding"]
    public static let PersonMention = ns["PersonMention"]
    // Properties
    public static let iso3166Alpha2 = ns["iso3166Alpha2"]
    public static let seat = ns["seat"]
    public static let closed = ns["closed"]
    public static let delegationOf = ns["delegationOf"]
    public static let chairpersonshipYear = ns["chairpersonshipYear"]
    public static let participantCount = ns["participantCount"]
    public static let meetingKind = ns["meetingKind"]
    public static let convenedBy = ns["convenedBy"]
    public static let contentType = ns["contentType"]
    public static let truncated = ns["truncated"]
    public static let post = ns["post"]
    public static let mentionedPerson = ns["mentionedPerson"]
    public static let roleName = ns["roleName"]

    /// Every `osce:` term above, for the declaration test.
    public static let allTerms: [IRI] = [
        PressRelease, NewsItem, PressStatement, SpotReport, DailyReport, Statement, Report, ParticipatingState,
        PartnerForCooperation, AsianPartnerForCooperation, MediterraneanPartnerForCooperation, ChairpersonshipOffice,
        Secretariat, SecretariatUnit, Institution, FieldOperation, ParliamentaryAssembly, Court, DecisionMakingBody,
        PartnerGroup, PermanentDelegation, Chairpersonship, MeetingKind, iso3166Alpha2, seat, closed, delegationOf,
        chairpersonshipYear, participantCount, meetingKind, convenedBy, contentType, truncated, PostHolding, PersonMention,
        post, mentionedPerson, roleName,
    ]

    /// `http://www.wikidata.org/entity/{qid}` (wikidata.md §5).
    public static func wikidata(_ qid: String) -> IRI { IRI(unchecked: "http://www.wikidata.org/entity/" + qid) }
}

/// Standard terms used by the mapping (internal shorthand).
enum V {
    static let type = RDFVocabulary.type
    static let schema = Namespace.schema
    static let org = Namespace.org
    static let skos = Namespace.skos
    static let foaf = Namespace.foaf
    static let prov = Namespace.prov
    static let owl = Namespace.owl
    static let rdfs = Namespace.rdfs
    static let time = OSCEVocabulary.time
    static let oa = OSCEVocabulary.oa

    static let prefLabel = skos["prefLabel"]
    static let altLabel = skos["altLabel"]
    static let exactMatch = skos["exactMatch"]
    static let closeMatch = skos["closeMatch"]
    static let inScheme = skos["inScheme"]
    static let sameAs = owl["sameAs"]
}
