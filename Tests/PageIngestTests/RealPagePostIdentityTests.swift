import Foundation
import RDF
import Testing
@testable import OSCE
@testable import PageIngest

/// Post and organisation identity on the real captures, when `../shared/pages-real` is there
/// (read in place, never copied): no post or minted organisation keeps a parenthetical acronym
/// or a temporal qualifier in its name, no organisation is named by a post phrase, and a post
/// whose name is a standing post's is that post.
@Suite struct RealPagePostIdentityTests {
    @Test func realPagesMintNoVariantPostsOrMadeUpOrganisations() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("../shared/pages-real").standardizedFileURL
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root.path) else { return }
        let files = names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }.sorted().map { root.appendingPathComponent($0).path }
        guard !files.isEmpty else { return }
        var builder = KnowledgeGraphBuilder(includeReferenceData: false)
        _ = PageCorpus.ingest(files: files, into: &builder) { _ in }
        let g = builder.build()
        let policy = IRIPolicy()
        func subjects(_ type: IRI) -> [IRI] {
            g.triples.filter { $0.predicate == RDFVocabulary.type && $0.object == type.term }.compactMap(\.subject.iri)
        }
        func label(_ s: IRI) -> String? {
            g.triples(subject: s.term, predicate: Namespace.skos["prefLabel"]).first?.object.literal?.lexicalForm
        }
        let posts = subjects(Namespace.org["Post"])
        #expect(posts.count >= 20)
        for post in posts {
            guard let name = label(post) else { continue }
            #expect(OSCEReference.identityPhrase(name) == name, "\(post.value): \(name)")
            if let record = OSCEReference.post(named: name) { #expect(post == policy.post(id: record.id)) }
        }
        let minted = Set(g.triples.filter { $0.predicate == Namespace.org["postIn"] }.compactMap(\.object.iri))
            .filter { iri in !OSCEReference.organisations.contains { policy.organisation(id: $0.id) == iri } }
        #expect(minted.count >= 3)
        for organisation in minted {
            guard let name = label(organisation) else { continue }
            #expect(OSCEReference.identityPhrase(name) == name, "\(organisation.value): \(name)")
            #expect(!OSCEReference.opensWithPost(name), "\(organisation.value): \(name)")
            #expect(organisation == policy.organisation(id: IRIPolicy.roleKey(name)) || OSCEReference.state(named: name) != nil)
        }
    }
}
