/// A namespace: a prefix label bound to an IRI stem (Turtle §2.4).
///
///     let schema = Namespace(prefix: "schema", iri: "http://schema.org/")
///     schema["NewsArticle"]   // <http://schema.org/NewsArticle>
public struct Namespace: Hashable, Sendable {
    public let prefix: String
    public let iri: String

    public init(prefix: String, iri: String) {
        self.prefix = prefix
        self.iri = iri
    }

    /// The IRI of `local` in this namespace (unchecked: for known names).
    public subscript(local: String) -> IRI { IRI(unchecked: iri + local) }

    public static let rdf = Namespace(prefix: "rdf", iri: "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
    public static let rdfs = Namespace(prefix: "rdfs", iri: "http://www.w3.org/2000/01/rdf-schema#")
    public static let xsd = Namespace(prefix: "xsd", iri: "http://www.w3.org/2001/XMLSchema#")
    public static let owl = Namespace(prefix: "owl", iri: "http://www.w3.org/2002/07/owl#")
    public static let skos = Namespace(prefix: "skos", iri: "http://www.w3.org/2004/02/skos/core#")
    public static let schema = Namespace(prefix: "schema", iri: "http://schema.org/")
    public static let foaf = Namespace(prefix: "foaf", iri: "http://xmlns.com/foaf/0.1/")
    public static let org = Namespace(prefix: "org", iri: "http://www.w3.org/ns/org#")
    public static let prov = Namespace(prefix: "prov", iri: "http://www.w3.org/ns/prov#")
    public static let dcterms = Namespace(prefix: "dcterms", iri: "http://purl.org/dc/terms/")
    public static let void = Namespace(prefix: "void", iri: "http://rdfs.org/ns/void#")
    public static let dcat = Namespace(prefix: "dcat", iri: "http://www.w3.org/ns/dcat#")
    public static let sh = Namespace(prefix: "sh", iri: "http://www.w3.org/ns/shacl#")
    public static let wd = Namespace(prefix: "wd", iri: "http://www.wikidata.org/entity/")

    /// The standard namespaces above, in a fixed order.
    public static let standard: [Namespace] = [rdf, rdfs, xsd, owl, skos, schema, foaf, org, prov, dcterms, void, dcat, wd]
}

/// Constants of the RDF vocabulary.
public enum RDFVocabulary {
    public static let type = IRI(unchecked: "http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    public static let langString = IRI(unchecked: "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString")
    public static let first = IRI(unchecked: "http://www.w3.org/1999/02/22-rdf-syntax-ns#first")
    public static let rest = IRI(unchecked: "http://www.w3.org/1999/02/22-rdf-syntax-ns#rest")
    public static let `nil` = IRI(unchecked: "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil")
}

/// Constants of the XML Schema datatypes used by RDF and SPARQL.
public enum XSD {
    public static let string = IRI(unchecked: "http://www.w3.org/2001/XMLSchema#string")
    public static let boolean = IRI(unchecked: "http://www.w3.org/2001/XMLSchema#boolean")
    public static let integer = IRI(unchecked: "http://www.w3.org/2001/XMLSchema#integer")
    public static let decimal = IRI(unchecked: "http://www.w3.org/2001/XMLSchema#decimal")
    public static let double = IRI(unchecked: "http://www.w3.org/2001/XMLSchema#double")
    public static let float = IRI(unchecked: "http://www.w3.org/2001/XMLSchema#float")
    public static let date = IRI(unchecked: "http://www.w3.org/2001/XMLSchema#date")
    public static let dateTime = IRI(unchecked: "http://www.w3.org/2001/XMLSchema#dateTime")
    public static let gYear = IRI(unchecked: "http://www.w3.org/2001/XMLSchema#gYear")
    public static let nonNegativeInteger = IRI(unchecked: "http://www.w3.org/2001/XMLSchema#nonNegativeInteger")
    public static let anyURI = IRI(unchecked: "http://www.w3.org/2001/XMLSchema#anyURI")
    public static let hexBinary = IRI(unchecked: "http://www.w3.org/2001/XMLSchema#hexBinary")
}
