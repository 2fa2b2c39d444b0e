import RDF
@testable import RDFJSONLD
import Testing

/// `JSONLDReader`: JSON-LD 1.1 documents to quads (expansion and toRDF in one pass).
@Suite struct JSONLDReaderTests {
    static let base = IRI(unchecked: "file:///data/doc.jsonld")
    static let schema = "http://schema.org/"

    static func read(_ text: String) throws -> JSONLDReader.Result {
        try JSONLDReader.read(Array(text.utf8), baseIRI: base)
    }

    /// The quads as sorted N-Quads-like lines.
    static func lines(_ text: String) throws -> [String] {
        try read(text).quads.map { q in
            "\(q.subject) <\(q.predicate.value)> \(q.object)" + (q.graph.map { " \($0)" } ?? "") + " ."
        }.sorted()
    }

    static func failure(_ text: String) -> String? {
        do { _ = try read(text); return nil } catch { return "\(error)" }
    }

    @Test func vocabularyPrefixesTypesAndNestedNodes() throws {
        let text = """
            {"@context": {"@vocab": "http://schema.org/", "ex": "http://example.org/", "knows": {"@type": "@id"}},
             "@id": "ex:a", "@type": "Person", "name": "A", "knows": "ex:b", "ex:age": 5, "height": 1.5, "member": true,
             "colleague": {"@id": "ex:c", "name": "C"}}
            """
        #expect(try Self.lines(text) == [
            "<http://example.org/a> <http://example.org/age> \"5\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
            "<http://example.org/a> <http://schema.org/colleague> <http://example.org/c> .",
            "<http://example.org/a> <http://schema.org/height> \"1.5E0\"^^<http://www.w3.org/2001/XMLSchema#double> .",
            "<http://example.org/a> <http://schema.org/knows> <http://example.org/b> .",
            "<http://example.org/a> <http://schema.org/member> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean> .",
            "<http://example.org/a> <http://schema.org/name> \"A\" .",
            "<http://example.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> .",
            "<http://example.org/c> <http://schema.org/name> \"C\" .",
        ])
    }

    @Test func valueObjectsLanguagesAndRelativeIRIs() throws {
        let text = """
            {"@context": {"@vocab": "http://schema.org/", "@language": "en", "xsd": "http://www.w3.org/2001/XMLSchema#",
                          "label": {"@id": "http://www.w3.org/2000/01/rdf-schema#label", "@container": "@language"},
                          "plain": {"@id": "http://schema.org/plain", "@language": null}},
             "@id": "page", "name": "Vienna", "plain": "x", "label": {"de": "Wien", "fr": "Vienne"},
             "date": {"@value": "2020-05-11", "@type": "xsd:date"}, "count": 1.0}
            """
        #expect(try Self.lines(text) == [
            "<file:///data/page> <http://schema.org/count> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
            "<file:///data/page> <http://schema.org/date> \"2020-05-11\"^^<http://www.w3.org/2001/XMLSchema#date> .",
            "<file:///data/page> <http://schema.org/name> \"Vienna\"@en .",
            "<file:///data/page> <http://schema.org/plain> \"x\" .",
            "<file:///data/page> <http://www.w3.org/2000/01/rdf-schema#label> \"Vienne\"@fr .",
            "<file:///data/page> <http://www.w3.org/2000/01/rdf-schema#label> \"Wien\"@de .",
        ])
    }

    @Test func listsReverseGraphsAndBlankNodes() throws {
        let text = """
            {"@context": {"ex": "http://example.org/", "parent": {"@reverse": "http://example.org/child"}},
             "@graph": [
               {"@id": "_:x", "ex:items": {"@list": ["a", {"@id": "ex:b"}]}, "parent": {"@id": "ex:p"}},
               {"@id": "ex:g", "@graph": {"@id": "ex:s", "ex:q": {"@id": "_:x"}}},
               {"ex:empty": {"@list": []}}
             ]}
            """
        #expect(try Self.lines(text) == [
            "<http://example.org/p> <http://example.org/child> _:b0 .",
            "<http://example.org/s> <http://example.org/q> _:b0 <http://example.org/g> .",
            "_:b0 <http://example.org/items> _:b1 .",
            "_:b1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> \"a\" .",
            "_:b1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> _:b2 .",
            "_:b2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> <http://example.org/b> .",
            "_:b2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .",
            "_:b3 <http://example.org/empty> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .",
        ])
    }

    @Test func unmappedKeysAreDroppedWithAWarning() throws {
        let result = try Self.read("{\"@id\": \"http://example.org/a\",\n \"name\": \"A\", \"http://example.org/p\": \"x\"}")
        #expect(result.quads.count == 1)
        #expect(result.warnings == ["2:2: 'name' expands to no IRI (no term of that name and no @vocab): dropped"])
    }

    @Test func errorsNameLineAndColumn() {
        #expect(Self.failure("{\"@id\": \"http://example.org/a\",\n \"http://example.org/p\" 1}") == "2:25: expected ':' after a member name")
        #expect(Self.failure("{\"@context\": \"https://schema.org/\", \"name\": \"A\"}")
                == "1:2: a remote context ('https://schema.org/') is not loaded (osce-kg has no network access): put the context in the document")
        #expect(Self.failure("{\"@id\": \"http://example.org/a\",\n \"http://example.org/p\": {\"@value\": \"x\", \"@language\": \"en-\"}}")
                == "2:42: invalid language tag 'en-': a tag is letters, then subtags of '-' and 1 to 8 letters or digits (BCP 47; RDF 1.1 LANGTAG)")
        #expect(Self.failure("{\"@id\": \"http://example.org/a b\", \"http://example.org/p\": 1}")?.hasPrefix("1:2: 'http://example.org/a b' is not a valid IRI") == true)
        #expect(Self.failure("\"text\"") == "1:1: a JSON-LD document is an object or an array, not a string")
    }

    /// What `JSONLDWriter` writes reads back to the same triples.
    @Test func writerOutputReadsBack() throws {
        let context = try JSONLDContext(vocabulary: IRI(unchecked: Self.schema), prefixes: [Namespace.xsd, Namespace.rdf])
        let a = Term.iri(IRI(unchecked: "https://w3id.org/osce-kg/resource/person/a"))
        let triples = [
            Triple(a, IRI(unchecked: Self.schema + "name"), .literal(Literal("Ann"))),
            Triple(a, IRI(unchecked: Self.schema + "name"), .literal(Literal("Anna", uncheckedLanguage: "de"))),
            Triple(a, IRI(unchecked: Self.schema + "birthDate"), .literal(Literal("1970-01-01", datatype: XSD.date))),
            Triple(a, IRI(unchecked: Self.schema + "age"), .literal(Literal(54))),
            Triple(a, IRI(unchecked: Self.schema + "weight"), .literal(Literal("70.5", datatype: XSD.decimal))),
            Triple(a, RDFVocabulary.type, .iri(IRI(unchecked: Self.schema + "Person"))),
            Triple(a, IRI(unchecked: Self.schema + "knows"), .iri(IRI(unchecked: "http://example.org/b"))),
        ]
        let text = try JSONLDWriter.document(triples, context: context)
        let back = try JSONLDReader.read(Array(text.utf8), baseIRI: nil)
        #expect(Set(back.quads.map(\.triple)) == Set(triples))
        #expect(back.warnings.isEmpty)
    }
}
