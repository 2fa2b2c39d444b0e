import Foundation
import RDF
import Testing
@testable import OSCE
@testable import PageIngest

/// Two pages without a URL that give a release of one title and date are one release only when
/// their bodies agree (`ReleaseBodyAgreement`); two different articles stay two releases, and
/// neither loses a quote.
@Suite struct ReleaseIdentityTests {
    static let page = ExamplePageTests.pagesDirectory.appendingPathComponent("01-press-release-moldova-border-training.txt")
    static let slug = "2024-10-14-osce-trains-border-police-officers-in-moldova-to-detect-forged-travel-documents"
    static let base = "https://w3id.org/osce-kg/resource/"

    /// The release part of the example page (type line to the end): the header, then the body.
    static func release() throws -> (header: String, body: String) {
        let lines = try String(contentsOf: page, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex(of: "Press release"))
        let bodyStart = try #require(lines.firstIndex { $0.hasPrefix("CHISINAU, 14 October 2024") })
        return (lines[start..<bodyStart].joined(separator: "\n") + "\n", lines[bodyStart...].joined(separator: "\n"))
    }

    static let otherBody = """
        CHISINAU, 14 October 2024 – A second article about forged documents was published on the same day under the same headline.
        “Our new detectors will be installed at every crossing point by the end of the year,” said Minister Ion Popescu, Minister of Internal Affairs of Moldova.
        The equipment was funded by Japan.

        """

    /// The graph of `texts` written as `a.txt`, `b.txt`, … and exported together.
    static func graph(_ texts: [String]) throws -> Graph {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("release-identity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var files: [String] = []
        for (i, text) in texts.enumerated() {
            let url = dir.appendingPathComponent(String(UnicodeScalar(UInt8(ascii: "a") + UInt8(i))) + ".txt")
            try text.write(to: url, atomically: true, encoding: .utf8)
            files.append(url.path)
        }
        var builder = KnowledgeGraphBuilder()
        let summary = PageCorpus.ingest(files: files, into: &builder, jobs: 1, diagnostic: { _ in })
        #expect(summary.pagesFailed == 0)
        return builder.build()
    }

    static func subjects(_ graph: Graph, under kind: String) -> [String] {
        Set(graph.triples.compactMap { t -> String? in
            guard case .iri(let s) = t.subject, s.value.hasPrefix(base + kind + "/") else { return nil }
            return String(s.value.dropFirst(base.count + kind.count + 1))
        }).sorted()
    }

    @Test func twoDifferentArticlesWithOneTitleAndDateAreTwoReleasesAndKeepTheirQuotes() throws {
        let (header, body) = try Self.release()
        let graph = try Self.graph([header + body, header + Self.otherBody])
        // The first page in input order keeps the plain slug; the second takes its page's slug after it.
        #expect(Self.subjects(graph, under: "release") == [Self.slug, Self.slug + "-b"])
        let quotes = Self.subjects(graph, under: "quote")
        #expect(quotes.contains(Self.slug + "-b-1"))
        #expect(quotes.filter { $0.hasPrefix(Self.slug + "-b-") }.count == 1)
        #expect(quotes.filter { !$0.hasPrefix(Self.slug + "-b-") }.count == 4)
        let texts = graph.triples.compactMap { t -> String? in
            guard case .literal(let l) = t.object, l.lexicalForm.hasPrefix("Our new detectors") else { return nil }
            return l.lexicalForm
        }
        #expect(!texts.isEmpty)
        // Input order decides, not the file names: given the other way round, the other page keeps the plain slug.
        let swapped = try Self.graph([header + Self.otherBody, header + body])
        #expect(Self.subjects(swapped, under: "release") == [Self.slug, Self.slug + "-b"])
        #expect(Self.subjects(swapped, under: "quote").contains(Self.slug + "-1"))
        #expect(Self.subjects(swapped, under: "quote").filter { $0.hasPrefix(Self.slug + "-b-") }.count == 4)
    }

    @Test func theSameArticleCapturedTwiceIsOneRelease() throws {
        let (header, body) = try Self.release()
        // White space, one word and a final sentence changed: one release, as before.
        let edited = body.replacingOccurrences(of: "Twenty-two", with: "Twenty two").replacingOccurrences(of: " ", with: "  ")
            + "\nThe next course is planned for spring.\n"
        let graph = try Self.graph([header + body, header + edited])
        #expect(Self.subjects(graph, under: "release") == [Self.slug])
        // A teaser (the body's first paragraph) and the full text: one release.
        let teaser = String(body.prefix { $0 != "\n" })
        #expect(Self.subjects(try Self.graph([header + teaser + "\n", header + body]), under: "release") == [Self.slug])
        // Three pages, two of them one article: two releases.
        let three = try Self.graph([header + body, header + Self.otherBody, header + edited])
        #expect(Self.subjects(three, under: "release") == [Self.slug, Self.slug + "-b"])
    }

    @Test func bodiesAgreeByPrefixOrSharedTrigrams() throws {
        let w = ReleaseBodyAgreement.words
        #expect(w("The OSCE’s “new” office, opened.").words == ["the", "osce", "s", "new", "office", "opened"])
        #expect(w("The OSCE’s “new” office, opened.").unquoted == ["the", "osce", "s", "office", "opened"])
        #expect(ReleaseBodyAgreement.agree(w(""), w("anything at all")))
        #expect(ReleaseBodyAgreement.agree(w("The course opened today"), w("The course  opened today in Chisinau, and more.")))
        #expect(ReleaseBodyAgreement.agree(w("one two three four five six"), w("one two three four FIVE seven")))
        #expect(!ReleaseBodyAgreement.agree(w("one two three four five six"), w("six five four three two one")))
        let (_, body) = try Self.release()
        #expect(!ReleaseBodyAgreement.agree(w(body), w(Self.otherBody)))
    }

    /// One long quoted sentence (a statement both articles quote), the rest in each article's own words.
    static let sharedQuote = "“The participating States reaffirmed today that free and independent media, safe journalists and open access to information remain essential to comprehensive security in the whole OSCE area, and they committed to report on their progress at the next meeting in Vienna,”"
    static let articleA = """
        VIENNA, 14 October 2024 – The Permanent Council met in Vienna. \(sharedQuote) said the Chair.
        Delegations then discussed the budget for the next year.

        """
    static let articleB = """
        VIENNA, 14 October 2024 – A media freedom conference closed in Skopje. \(sharedQuote) the Representative recalled.
        Journalists from twelve countries took part in workshops on safety.

        """

    /// Two different articles that quote one long sentence are two releases: the share of word
    /// trigrams is taken outside quoted passages (before, the shared quotation alone gave a share
    /// over 0.5, and the two were merged into one release).
    @Test func articlesSharingOnlyAQuotationAreTwoReleases() throws {
        let w = ReleaseBodyAgreement.words
        #expect(!ReleaseBodyAgreement.agree(w(Self.articleA), w(Self.articleB)))
        // On the whole words (quotation included) the shorter body's trigrams are mostly shared:
        // what the old rule measured.
        let a = w(Self.articleA).words, b = w(Self.articleB).words
        let gramsA = Set((0...(a.count - 3)).map { a[$0..<($0 + 3)].joined(separator: " ") })
        let gramsB = Set((0...(b.count - 3)).map { b[$0..<($0 + 3)].joined(separator: " ") })
        #expect(Double(gramsA.intersection(gramsB).count) >= 0.5 * Double(min(gramsA.count, gramsB.count)))
        let (header, _) = try Self.release()
        let graph = try Self.graph([header + Self.articleA, header + Self.articleB])
        #expect(Self.subjects(graph, under: "release") == [Self.slug, Self.slug + "-b"])
    }

    /// The true duplicates still merge: the same article captured twice, with a word changed
    /// outside and inside its quotation, or cut off inside it; and a body that is one quotation.
    @Test func theSameArticleWithAQuotationCapturedTwiceIsOneRelease() throws {
        let w = ReleaseBodyAgreement.words
        let edited = Self.articleA.replacingOccurrences(of: "the budget", with: "the draft budget")
            .replacingOccurrences(of: "safe journalists", with: "safe  journalists, ")
        #expect(ReleaseBodyAgreement.agree(w(Self.articleA), w(edited)))
        let cut = String(Self.articleA.prefix(180))
        #expect(ReleaseBodyAgreement.agree(w(cut), w(Self.articleA)))
        #expect(ReleaseBodyAgreement.agree(w(Self.sharedQuote + " she said."), w(Self.sharedQuote + " she said today.")))
        #expect(!ReleaseBodyAgreement.agree(w("“A short statement of one kind,” she said."), w("“Another statement entirely,” he said.")))
        let (header, _) = try Self.release()
        let graph = try Self.graph([header + Self.articleA, header + edited, header + Self.articleB])
        #expect(Self.subjects(graph, under: "release") == [Self.slug, Self.slug + "-c"])
    }
}
