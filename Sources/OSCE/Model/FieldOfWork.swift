/// A field of work (topic) of the OSCE: a `skos:Concept` in the scheme
/// `{base}concept-scheme/fields-of-work`.
///
/// `id` is the slug of `{base}field-of-work/{id}`; it is `IRIPolicy.slug`
/// of the English name, so a field named on a page but missing from the
/// reference list gets the IRI its name gives.
///
/// Shape in RDF: see `FieldOfWork+RDF.swift`.
///
/// Source: osce.org navigation, "Our work" › "Fields of work" (23 topics);
/// page labels `Fields of work:`, `What we do:`, `Arbeitsbereiche:`.
public struct FieldOfWork: Sendable, Hashable {
    public var id: String
    /// The English name as the menu lists it ("Combating trafficking in human beings").
    public var name: String
    /// Other names: case variants the site uses ("Gender Equality"), German
    /// and Russian names.
    public var alternativeNames: [String]

    public init(id: String, name: String, alternativeNames: [String] = []) {
        self.id = id
        self.name = name
        self.alternativeNames = alternativeNames
    }

    /// A field of work known only by its name; `id` is `IRIPolicy.slug(name)`.
    public init(name: String) {
        self.init(id: IRIPolicy.slug(name), name: name)
    }
}
