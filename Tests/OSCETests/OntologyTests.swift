import Foundation
import RDF
import Testing
@testable import OSCE

/// Every `osce:` term the Swift code uses is declared in Ontology/osce-kg.ttl.
@Suite struct OntologyTests {
    static let ontologyText = (try? String(contentsOf: RepositoryPath.ontology, encoding: .utf8)) ?? ""

    /// Local names declared as `osce:Name a owl:Class|owl:ObjectProperty|owl:DatatypeProperty`.
    static let declared: Set<String> = {
        var names = Set<String>()
        let regex = try! NSRegularExpression(pattern: #"(?m)^osce:([A-Za-z][A-Za-z0-9]*)\s+a\s+owl:(Class|ObjectProperty|DatatypeProperty)"#)
        let text = ontologyText
        for m in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            if let r = Range(m.range(at: 1), in: text) { names.insert(String(text[r])) }
        }
        return names
    }()

    @Test func ontologyFileIsFound() {
        #expect(!Self.ontologyText.isEmpty, "missing \(RepositoryPath.ontology.path)")
        #expect(Self.declared.count >= 30)
    }

    @Test func vocabularyConstantsAreDeclared() {
        for term in OSCEVocabulary.allTerms {
            let local = String(term.value.dropFirst(OSCEVocabulary.namespace.iri.count))
            #expect(Self.declared.contains(local), "osce:\(local) is not declared in Ontology/osce-kg.ttl")
        }
        for kind in ReleaseKind.allCases {
            if let c = kind.className { #expect(Self.declared.contains(c), "osce:\(c)") }
        }
    }

    @Test func everyOSCETermInTheSwiftSourcesIsDeclared() throws {
        // `ns["Name"]` / `namespace["Name"]` in Sources/OSCE and any `osce:Name` in doc comments or strings.
        let patterns = [#"\bns\["([A-Za-z][A-Za-z0-9]*)"\]"#, #"OSCEVocabulary\.namespace\["([A-Za-z][A-Za-z0-9]*)"\]"#, #"\bosce:([A-Za-z][A-Za-z0-9]*)"#]
        let regexes = try patterns.map { try NSRegularExpression(pattern: $0) }
        let files = FileManager.default.enumerator(at: RepositoryPath.sources, includingPropertiesForKeys: nil)
        var checked = 0
        while let url = files?.nextObject() as? URL {
            guard url.pathExtension == "swift", let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            for regex in regexes {
                for m in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    guard let r = Range(m.range(at: 1), in: text) else { continue }
                    let name = String(text[r])
                    checked += 1
                    #expect(Self.declared.contains(name), "osce:\(name) used in \(url.lastPathComponent) is not declared")
                }
            }
        }
        #expect(checked > 30)
    }

    @Test func everyOSCETermInTheExportedGraphIsDeclared() {
        var b = KnowledgeGraphBuilder()
        b.add(SeedRelease.release)
        let ns = OSCEVocabulary.namespace.iri
        for t in b.build() {
            for iri in [t.predicate, t.object.iri].compactMap({ $0 }) where iri.value.hasPrefix(ns) {
                #expect(Self.declared.contains(String(iri.value.dropFirst(ns.count))), "\(iri)")
            }
        }
    }
}
