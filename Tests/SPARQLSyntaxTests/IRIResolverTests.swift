import Testing
@testable import SPARQLSyntax

/// RFC 3986 §5.4 examples, base `http://a/b/c/d;p?q`.
@Suite struct IRIResolverTests {
    static let cases: [(String, String)] = [
        ("g:h", "g:h"), ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"),
        ("/g", "http://a/g"), ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"),
        ("#s", "http://a/b/c/d;p?q#s"), ("g#s", "http://a/b/c/g#s"), ("g?y#s", "http://a/b/c/g?y#s"),
        (";x", "http://a/b/c/;x"), ("g;x", "http://a/b/c/g;x"), ("", "http://a/b/c/d;p?q"), (".", "http://a/b/c/"),
        ("./", "http://a/b/c/"), ("..", "http://a/b/"), ("../", "http://a/b/"), ("../g", "http://a/b/g"),
        ("../..", "http://a/"), ("../../g", "http://a/g"), ("../../../g", "http://a/g"), ("/./g", "http://a/g"),
        ("/../g", "http://a/g"), ("g.", "http://a/b/c/g."), (".g", "http://a/b/c/.g"), ("g..", "http://a/b/c/g.."),
        ("./../g", "http://a/b/g"), ("./g/.", "http://a/b/c/g/"), ("g/./h", "http://a/b/c/g/h"), ("g/../h", "http://a/b/c/h"),
        ("g;x=1/./y", "http://a/b/c/g;x=1/y"), ("g;x=1/../y", "http://a/b/c/y"), ("g?y/./x", "http://a/b/c/g?y/./x"),
        ("g#s/../x", "http://a/b/c/g#s/../x"),
    ]

    @Test(arguments: cases) func resolves(_ c: (String, String)) {
        #expect(IRIResolver.resolve(c.0, against: "http://a/b/c/d;p?q") == c.1)
    }

    @Test func fileBase() {
        #expect(IRIResolver.resolve("data.ttl", against: "file:///work/tests/q.rq") == "file:///work/tests/data.ttl")
    }
}

@Suite struct IRIResolverScalarTests {
    /// A delimiter followed by a combining mark is still a delimiter (scalars, not Characters).
    @Test func combiningMarksAfterDelimiters() {
        #expect(IRIResolver.resolve("#\u{301}x", against: "http://a/b") == "http://a/b#\u{301}x")
        #expect(IRIResolver.resolve("../\u{301}", against: "http://a/b/c/d") == "http://a/b/\u{301}")
        #expect(IRIResolver.resolve("e\u{301}", against: "http://a/b/c") == "http://a/b/e\u{301}")
    }
}
