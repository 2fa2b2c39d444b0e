import Foundation
import RDF
@testable import RDFJSONLD
import Testing

@Suite struct JSONLDWriterTests {
    static let schema = IRI(unchecked: "http://schema.org/")
    static let state = Namespace(prefix: "state", iri: "https://w3id.org/osce-kg/resource/state/")
    static let context = try! JSONLDContext(vocabulary: schema, prefixes: [Namespace.org, Namespace.xsd, Namespace.rdf, Namespace.schema, state])
    static let se = IRI(unchecked: "https://w3id.org/osce-kg/resource/state/se")

    /// The parsed document and its `@graph`.
    static func parse(_ text: String) throws -> (document: [String: Any], graph: [[String: Any]]) {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let graph = try #require(object["@graph"] as? [[String: Any]])
        return (object, graph)
    }

    @Test func compactsUnderTheVocabularyAndPrefixes() throws {
        let c = JSONLDWriterTests.context
        #expect(try c.compact(vocabularyIRI: IRI(unchecked: "http://schema.org/name")) == "name")
        #expect(try c.compact(vocabularyIRI: IRI(unchecked: "http://www.w3.org/ns/org#role")) == "org:role")
        #expect(try c.compact(nodeIRI: JSONLDWriterTests.se) == "state:se")
        // @id values never use the vocabulary: a schema.org IRI as a node is a compact IRI.
        #expect(try c.compact(nodeIRI: IRI(unchecked: "http://schema.org/Person")) == "schema:Person")
        // A local name that is a context term, or holds ':', or starts with '@', is not written bare.
        #expect(try c.compact(vocabularyIRI: IRI(unchecked: "http://schema.org/state")) == "schema:state")
        #expect(try c.compact(vocabularyIRI: IRI(unchecked: "http://schema.org/a:b")) == "schema:a:b")
        #expect(try c.compact(vocabularyIRI: IRI(unchecked: "http://schema.org/@id")) == "schema:@id")
        // The longest namespace wins; a namespace IRI itself and a '//' suffix stay absolute.
        let nested = try JSONLDContext(vocabulary: nil, prefixes: [
            Namespace(prefix: "res", iri: "https://w3id.org/osce-kg/resource/"), JSONLDWriterTests.state,
        ])
        #expect(try nested.compact(nodeIRI: JSONLDWriterTests.se) == "state:se")
        #expect(try nested.compact(nodeIRI: IRI(unchecked: "https://w3id.org/osce-kg/resource/person/x")) == "res:person/x")
        #expect(try nested.compact(nodeIRI: IRI(unchecked: "https://w3id.org/osce-kg/resource/state/")) == "res:state/")
        #expect(try nested.compact(nodeIRI: IRI(unchecked: "https://w3id.org/osce-kg/resource/")) == "https://w3id.org/osce-kg/resource/")
        #expect(try nested.compact(nodeIRI: IRI(unchecked: "https://w3id.org/osce-kg/resource///x")) == "https://w3id.org/osce-kg/resource///x")
    }

    /// An absolute IRI whose scheme is a prefix would be read as a compact IRI: refused, not corrupted.
    @Test func iriThatLooksLikeACompactIRIIsRefused() throws {
        let c = JSONLDWriterTests.context
        #expect(throws: JSONLDError(.confusedWithPrefix, "the IRI <state:se> would be read as a compact IRI with the prefix 'state'")) {
            try c.compact(nodeIRI: IRI(unchecked: "state:se"))
        }
        // "org://host" is an absolute IRI even though org is a prefix (a '//' suffix is never a compact IRI).
        #expect(try c.compact(nodeIRI: IRI(unchecked: "org://host/x")) == "org://host/x")
        // A scheme that is no prefix is fine.
        #expect(try c.compact(nodeIRI: IRI(unchecked: "urn:isbn:0451450523")) == "urn:isbn:0451450523")
        #expect(throws: JSONLDError.self) { try c.compact(nodeIRI: IRI(unchecked: "no scheme")) }
    }

    @Test func badContextsAreRefused() {
        for bad in [Namespace(prefix: "", iri: "http://ex.org/"), Namespace(prefix: "_", iri: "http://ex.org/"),
                    Namespace(prefix: "a:b", iri: "http://ex.org/"), Namespace(prefix: "@x", iri: "http://ex.org/"),
                    Namespace(prefix: "ex", iri: "http://ex.org/x"), Namespace(prefix: "ex", iri: "relative/")] {
            #expect(!JSONLDContext.isUsable(bad), "\(bad)")
            #expect(throws: JSONLDError.self) { try JSONLDContext(vocabulary: nil, prefixes: [bad]) }
        }
        #expect(throws: JSONLDError.self) {
            try JSONLDContext(vocabulary: nil, prefixes: [Namespace(prefix: "ex", iri: "http://a/"), Namespace(prefix: "ex", iri: "http://b/")])
        }
        #expect(throws: JSONLDError.self) { try JSONLDContext(vocabulary: IRI(unchecked: "http://schema.org"), prefixes: []) }
    }

    @Test func nodesAreGroupedBySubjectAndSorted() throws {
        let schema = Namespace.schema
        let person = IRI(unchecked: "https://w3id.org/osce-kg/resource/person/ulrika-funered")
        let triples = [
            Triple(person, schema["name"], Literal("Ulrika Funered")),
            Triple(JSONLDWriterTests.se, RDFVocabulary.type, schema["Country"]),
            Triple(person, RDFVocabulary.type, schema["Person"]),
            Triple(person, Namespace.org["memberOf"], JSONLDWriterTests.se),
            Triple(JSONLDWriterTests.se, schema["name"], try Literal("Sweden", language: "en")),
            Triple(JSONLDWriterTests.se, schema["name"], try Literal("Suède", language: "fr")),
            Triple(person, schema["name"], Literal("Ulrika Funered")),  // a duplicate
        ]
        let text = try JSONLDWriter.document(triples, context: JSONLDWriterTests.context)
        // Byte-identical whatever the input order.
        #expect(try JSONLDWriter.document(triples.reversed(), context: JSONLDWriterTests.context) == text)
        let (document, graph) = try JSONLDWriterTests.parse(text)
        let context = try #require(document["@context"] as? [String: String])
        #expect(context["@vocab"] == "http://schema.org/")
        #expect(context["state"] == "https://w3id.org/osce-kg/resource/state/")
        #expect(graph.map { $0["@id"] as? String } == ["https://w3id.org/osce-kg/resource/person/ulrika-funered", "state:se"])
        #expect(graph[0]["@type"] as? String == "Person")
        #expect(graph[0]["name"] as? String == "Ulrika Funered")
        #expect((graph[0]["org:memberOf"] as? [String: String]) == ["@id": "state:se"])
        let names = try #require(graph[1]["name"] as? [[String: String]])
        #expect(names == [["@value": "Suède", "@language": "fr"], ["@value": "Sweden", "@language": "en"]])
        // Keys in order: @id, @type, then the properties.
        #expect(text.contains("\"@id\": \"state:se\",\n      \"@type\": \"Country\",\n      \"name\": ["))
    }

    @Test func typedLiteralsAndNativeValues() throws {
        let s = JSONLDWriterTests.se
        let p = Namespace.schema["value"]
        let triples = [
            Triple(s, p, Literal("2020-05-11", datatype: XSD.date)),
            Triple(s, p, Literal(true)),
            Triple(s, p, Literal(57)),
            Triple(s, p, Literal("-12", datatype: XSD.integer)),
            Triple(s, p, Literal("007", datatype: XSD.integer)),  // not canonical: kept as a value object
            Triple(s, p, Literal("9007199254740993", datatype: XSD.integer)),  // beyond 2^53
            Triple(s, p, Literal("1", datatype: XSD.boolean)),
            Triple(s, p, Literal("x", datatype: IRI(unchecked: "http://schema.org/Text"))),
            Triple(s, p, Literal("y", datatype: IRI(unchecked: "http://ex.org/dt"))),
        ]
        let text = try JSONLDWriter.document(triples, context: JSONLDWriterTests.context)
        #expect(text.contains("{\"@value\": \"2020-05-11\", \"@type\": \"xsd:date\"}"))
        #expect(text.contains(" true"))
        #expect(text.contains(" 57,") || text.contains(" 57]") || text.contains("[57"))
        #expect(text.contains("-12"))
        #expect(text.contains("{\"@value\": \"007\", \"@type\": \"xsd:integer\"}"))
        #expect(text.contains("{\"@value\": \"9007199254740993\", \"@type\": \"xsd:integer\"}"))
        #expect(text.contains("{\"@value\": \"1\", \"@type\": \"xsd:boolean\"}"))
        #expect(text.contains("{\"@value\": \"x\", \"@type\": \"Text\"}"))
        #expect(text.contains("{\"@value\": \"y\", \"@type\": \"http://ex.org/dt\"}"))
        #expect(JSONLDWriter.isNativeInteger("0") && !JSONLDWriter.isNativeInteger("-0") && !JSONLDWriter.isNativeInteger("+1"))
        _ = try JSONLDWriterTests.parse(text)
    }

    /// Quotes, backslashes, newlines, every C0 control, DEL, U+2028 and
    /// characters above U+FFFF survive JSON parsing unchanged.
    @Test func trickyStringsAreEscaped() throws {
        let controls = String(String.UnicodeScalarView((0..<0x20).map { Unicode.Scalar($0)! }))
        let lexical = "say \"hi\" \\ back\nslash\r\t" + controls + "\u{7F}\u{2028}\u{2029} caf\u{E9} \u{1F600} \u{10FFFF}"
        let triples = [Triple(JSONLDWriterTests.se, Namespace.schema["description"], Literal(lexical)),
                       Triple(JSONLDWriterTests.se, Namespace.schema["name"], try Literal(lexical, language: "de-CH"))]
        let text = try JSONLDWriter.document(triples, context: JSONLDWriterTests.context)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })  // raw controls never reach the output
        #expect(text.contains("\\u0000") && text.contains("\\u001F") && text.contains("\\b") && text.contains("\\u2028"))
        let (_, graph) = try JSONLDWriterTests.parse(text)
        #expect(graph[0]["description"] as? String == lexical)
        #expect((graph[0]["name"] as? [String: String])?["@value"] == lexical)
        #expect((graph[0]["name"] as? [String: String])?["@language"] == "de-CH")
        // ASCII-only output writes surrogate pairs.
        #expect(JSONText.quoted("\u{1F600}é", asciiOnly: true) == "\"\\uD83D\\uDE00\\u00E9\"")
        #expect(JSONText.quoted("\u{10FFFF}", asciiOnly: true) == "\"\\uDBFF\\uDFFF\"")
    }

    @Test func blankNodesAndNonIRITypes() throws {
        let b = BlankNode(unchecked: "b1").term
        let triples = [
            Triple(b, RDFVocabulary.first, Literal("a").term),
            Triple(b, RDFVocabulary.rest, RDFVocabulary.nil.term),
            Triple(JSONLDWriterTests.se.term, Namespace.schema["items"], b),
            Triple(JSONLDWriterTests.se.term, RDFVocabulary.type, Literal("not a class").term),
        ]
        let text = try JSONLDWriter.document(triples, context: JSONLDWriterTests.context)
        let (_, graph) = try JSONLDWriterTests.parse(text)
        #expect(graph[0]["@id"] as? String == "_:b1")
        #expect((graph[0]["rdf:rest"] as? [String: String]) == ["@id": "rdf:nil"])
        #expect((graph[1]["items"] as? [String: String]) == ["@id": "_:b1"])
        #expect(graph[1]["rdf:type"] as? String == "not a class")
        #expect(graph[1]["@type"] == nil)
    }

    @Test func emptyGraphAndLiteralSubject() throws {
        let text = try JSONLDWriter.document([], context: try JSONLDContext(vocabulary: nil, prefixes: []))
        #expect(text == "{\n  \"@context\": {},\n  \"@graph\": []\n}\n")
        #expect(throws: JSONLDError.self) {
            try JSONLDWriter.document([Triple(Literal("x").term, Namespace.schema["name"], Literal("y").term)],
                                      context: JSONLDWriterTests.context)
        }
    }
}
