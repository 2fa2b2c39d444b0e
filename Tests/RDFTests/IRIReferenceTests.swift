import Testing
import RDF

/// The exact code points of `s`, so that results are compared without Swift's canonical
/// equivalence (`"e\u{301}" == "é"` is true for `String`).
private func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

/// RFC 3986 §5.2 reference resolution, on the examples of §5.4 and on the cases where the
/// package's three former copies (SPARQL parser, SPARQL `IRI()`, HTML reader) disagreed.
@Suite struct IRIReferenceTests {
    static let base = "http://a/b/c/d;p?q"

    /// RFC 3986 §5.4.1, all 23 normal examples.
    static let normal: [(String, String)] = [
        ("g:h", "g:h"), ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"),
        ("/g", "http://a/g"), ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"),
        ("#s", "http://a/b/c/d;p?q#s"), ("g#s", "http://a/b/c/g#s"), ("g?y#s", "http://a/b/c/g?y#s"),
        (";x", "http://a/b/c/;x"), ("g;x", "http://a/b/c/g;x"), ("g;x?y#s", "http://a/b/c/g;x?y#s"),
        ("", "http://a/b/c/d;p?q"), (".", "http://a/b/c/"), ("./", "http://a/b/c/"), ("..", "http://a/b/"),
        ("../", "http://a/b/"), ("../g", "http://a/b/g"), ("../..", "http://a/"), ("../../", "http://a/"),
        ("../../g", "http://a/g"),
    ]

    /// RFC 3986 §5.4.2, all 19 abnormal examples (strict parser: `http:g` stays).
    static let abnormal: [(String, String)] = [
        ("../../../g", "http://a/g"), ("../../../../g", "http://a/g"), ("/./g", "http://a/g"), ("/../g", "http://a/g"),
        ("g.", "http://a/b/c/g."), (".g", "http://a/b/c/.g"), ("g..", "http://a/b/c/g.."), ("..g", "http://a/b/c/..g"),
        ("./../g", "http://a/b/g"), ("./g/.", "http://a/b/c/g/"), ("g/./h", "http://a/b/c/g/h"), ("g/../h", "http://a/b/c/h"),
        ("g;x=1/./y", "http://a/b/c/g;x=1/y"), ("g;x=1/../y", "http://a/b/c/y"), ("g?y/./x", "http://a/b/c/g?y/./x"),
        ("g?y/../x", "http://a/b/c/g?y/../x"), ("g#s/./x", "http://a/b/c/g#s/./x"), ("g#s/../x", "http://a/b/c/g#s/../x"),
        ("http:g", "http:g"),
    ]

    @Test func normalExamples() {
        #expect(Self.normal.count == 23)
        for (reference, expected) in Self.normal {
            #expect(scalars(IRIReference.resolve(reference, against: Self.base)) == scalars(expected), "<\(reference)>")
        }
    }

    @Test func abnormalExamples() {
        #expect(Self.abnormal.count == 19)
        for (reference, expected) in Self.abnormal {
            #expect(scalars(IRIReference.resolve(reference, against: Self.base)) == scalars(expected), "<\(reference)>")
        }
    }

    /// (reference, base, expected): edge cases beyond §5.4.
    static let edges: [(String, String, String)] = [
        // A base with an authority and an empty path: a relative path gets a "/" (§5.2.3).
        ("g", "http://a", "http://a/g"), ("../g", "http://a", "http://a/g"), ("..", "http://a", "http://a/"),
        ("", "http://a", "http://a"), ("?y", "http://a", "http://a?y"), ("#f", "http://a", "http://a#f"),
        ("g", "http://a?q", "http://a/g"),
        // Fragments: the base's is never kept; an empty one is kept as "#".
        ("#f", "http://a/b?q#old", "http://a/b?q#f"), ("", "http://a/b?q#old", "http://a/b?q"),
        ("#", "http://a/b?q", "http://a/b?q#"), ("g#a?b/../c", "http://a/b", "http://a/g#a?b/../c"),
        // Queries: an empty one is kept as "?", the base's only for a same-document reference.
        ("?", "http://a/b?q", "http://a/b?"), ("g?", "http://a/b?q", "http://a/g?"), ("//g?x", base, "http://g?x"),
        // ".." above the root is dropped, also in a reference with an authority or a scheme.
        ("../../../../g/../../h", "http://a/b", "http://a/h"), ("/../../g", "http://a/b", "http://a/g"),
        ("/..", "http://a/b", "http://a/"), ("/.", "http://a/b", "http://a/"), ("//g/../h", base, "http://g/h"),
        ("http://x/a/../../b", base, "http://x/b"), ("http://x/a/./b/..", base, "http://x/a/"),
        // Empty authority, and bases with no authority.
        ("//", base, "http://"), ("///x", base, "http:///x"), ("data.ttl", "file:///work/q.rq", "file:///work/data.ttl"),
        ("g", "urn:isbn:123", "urn:g"), ("g", "mailto:x@y", "mailto:g"), ("g", "file:q.rq", "file:g"),
        // Scheme grammar (§3.1): ASCII letter first; a colon after "/" or a non-scheme character is path.
        ("g:", base, "g:"), ("A+b.c-d:e", base, "A+b.c-d:e"), (":g", base, "http://a/b/c/:g"),
        ("1a:b", base, "http://a/b/c/1a:b"), ("g/h:i", base, "http://a/b/c/g/h:i"), ("./g:h", base, "http://a/b/c/g:h"),
        // IRIs: non-ASCII is ordinary text, kept code point for code point (RFC 3987).
        ("é:x", "http://a/b/c", "http://a/b/é:x"), ("é/../f", "http://a/b/c", "http://a/b/f"),
        ("../ü", "http://ä/b/ç/d", "http://ä/b/ü"), ("Київ?р#ф", "http://ex.org/a/b", "http://ex.org/a/Київ?р#ф"),
        ("g", "http://a/b/c\u{301}/d", "http://a/b/c\u{301}/g"), ("e\u{301}", "http://a/b/c", "http://a/b/e\u{301}"),
        // A delimiter followed by a combining mark is still a delimiter (scalars, not Characters).
        ("#\u{301}x", "http://a/b", "http://a/b#\u{301}x"), ("?\u{301}", "http://a/b", "http://a/b?\u{301}"),
        ("/\u{301}", "http://a/b", "http://a/\u{301}"), ("../\u{301}", "http://a/b/c/d", "http://a/b/\u{301}"),
        ("..\u{301}/g", "http://a/b/c", "http://a/b/..\u{301}/g"),
        // Nothing is validated: white space passes through (callers refuse it).
        ("a b", base, "http://a/b/c/a b"), ("g", "http://a/b c/d", "http://a/b c/g"),
        // A relative base gives a relative result.
        ("g", "a/b", "a/g"), ("g", "/a/b", "/a/g"), ("g", "", "g"),
    ]

    @Test func edgeCases() {
        for (reference, base, expected) in Self.edges {
            #expect(scalars(IRIReference.resolve(reference, against: base)) == scalars(expected), "<\(reference)> against <\(base)>")
        }
    }

    @Test func splitsIntoComponents() {
        let full = IRIReference("http://a/b/c/d;p?q#f")
        #expect(full.scheme == "http")
        #expect(full.authority == "a")
        #expect(full.path == "/b/c/d;p")
        #expect(full.query == "q")
        #expect(full.fragment == "f")
        #expect(full.isAbsolute)

        let empty = IRIReference("?#")
        #expect(empty.scheme == nil && empty.authority == nil && empty.path.isEmpty)
        #expect(empty.query == "" && empty.fragment == "")
        #expect(!empty.isAbsolute)

        let file = IRIReference("file:///x?a#b?c#d")
        #expect(file.authority == "" && file.path == "/x" && file.query == "a" && file.fragment == "b?c#d")

        let urn = IRIReference("urn:isbn:0451450523")
        #expect(urn.scheme == "urn" && urn.authority == nil && urn.path == "isbn:0451450523")

        #expect(IRIReference("é:x").scheme == nil)
        #expect(IRIReference("//host").authority == "host")
        #expect(IRIReference("//host").path.isEmpty)
    }

    @Test func joinsComponentsBack() {
        for s in ["http://a/b/c/d;p?q#f", "?#", "", "//", "file:///x", "g:h", "a/b?", "#", "http://ä/Київ?р#ф"] {
            #expect(scalars(IRIReference(s).string) == scalars(s), "<\(s)>")
            #expect(IRIReference(s).description == s)
        }
        let built = IRIReference(scheme: "https", authority: "www.osce.org", path: "/fr", query: nil, fragment: "x")
        #expect(built.string == "https://www.osce.org/fr#x")
    }

    @Test func absoluteMeansHasAScheme() {
        #expect(IRIReference.isAbsolute("http://a/b"))
        #expect(IRIReference.isAbsolute("urn:x#frag"))
        #expect(IRIReference.isAbsolute("g:"))
        #expect(!IRIReference.isAbsolute("//a/b"))
        #expect(!IRIReference.isAbsolute("a/b:c"))
        #expect(!IRIReference.isAbsolute(":a"))
        #expect(!IRIReference.isAbsolute("1a:b"))
        #expect(!IRIReference.isAbsolute("é:x"))
        #expect(!IRIReference.isAbsolute(""))
    }

    /// RFC 3986 §5.2.4's two worked examples, and the edges of each rule.
    @Test func removesDotSegments() {
        let cases: [(String, String)] = [
            ("/a/b/c/./../../g", "/a/g"), ("mid/content=5/../6", "mid/6"),
            ("", ""), (".", ""), ("..", ""), ("/.", "/"), ("/..", "/"), ("../a", "a"), ("./a", "a"),
            ("a/..", "/"), ("a/../b", "/b"), ("a/b/../../..", "/"), ("/a/./b/.", "/a/b/"), ("/a//../b", "/a/b"),
            ("/é/../ü", "/ü"), ("..\u{301}/x", "..\u{301}/x"), ("/../\u{301}", "/\u{301}"), ("./\u{301}", "\u{301}"),
            ("/x/..\u{301}", "/x/..\u{301}"),
        ]
        for (path, expected) in cases {
            #expect(scalars(IRIReference.removeDotSegments(path)) == scalars(expected), "<\(path)>")
        }
    }
}

@Suite struct IRIPrefixTests {
    /// A namespace test compares code points: an NFD spelling is not a prefix of an NFC IRI.
    @Test func startsWithComparesCodePoints() throws {
        let iri = try IRI("http://example.org/caf\u{E9}/x")
        #expect(iri.starts(with: "http://example.org/"))
        #expect(iri.starts(with: "http://example.org/caf\u{E9}"))
        #expect(!iri.starts(with: "http://example.org/cafe\u{301}"))
        #expect(!iri.starts(with: "http://example.org/caf\u{E9}/xy"))
        #expect(iri.starts(with: ""))
    }

    /// Term equality by code points, also on the contiguous fast path.
    @Test func equalityComparesCodePoints() throws {
        #expect(try IRI("http://a/\u{E9}") != IRI("http://a/e\u{301}"))
        #expect(try IRI("http://a/\u{E9}") == IRI("http://a/" + "\u{E9}"))
        #expect(try IRI("http://a/b") != IRI("http://a/c"))
    }
}
