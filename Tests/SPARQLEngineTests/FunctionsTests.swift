import Testing
import RDF
import SPARQLSyntax
import TestSupport
@testable import SPARQLEngine

// Expected values follow SPARQL 1.1 §17.4 and the W3C suites
// (sparql11/functions, sparql10/expr-builtin).

@Suite struct FunctionsStringTests {
    @Test func strlenCountsCodePoints() throws {
        #expect(try FT.call("STRLEN", FT.s("食べ物")) == FT.int("3"))
        #expect(try FT.call("STRLEN", FT.lang("chat", "fr")) == FT.int("4"))
        #expect(try FT.call("STRLEN", FT.s("\u{1F600}x")) == FT.int("2"))
        #expect(FT.errorKind { try FT.call("STRLEN", FT.int("1")) } == .typeError)
        #expect(FT.errorKind { try FT.call("STRLEN", FT.iri("http://a/")) } == .typeError)
    }

    @Test func substrFollowsXPathRounding() throws {
        // fn:substring examples of XPath F&O §7.4.3.
        #expect(try FT.call("SUBSTR", FT.s("motor car"), FT.int("6")) == FT.s(" car"))
        #expect(try FT.call("SUBSTR", FT.s("metadata"), FT.int("4"), FT.int("3")) == FT.s("ada"))
        #expect(try FT.call("SUBSTR", FT.s("12345"), FT.dec("1.5"), FT.dec("2.6")) == FT.s("234"))
        #expect(try FT.call("SUBSTR", FT.s("12345"), FT.int("0"), FT.int("3")) == FT.s("12"))
        #expect(try FT.call("SUBSTR", FT.s("12345"), FT.int("5"), FT.int("-3")) == FT.s(""))
        #expect(try FT.call("SUBSTR", FT.s("12345"), FT.int("-3"), FT.int("5")) == FT.s("1"))
        #expect(try FT.call("SUBSTR", FT.s("12345"), FT.dbl("NaN"), FT.int("3")) == FT.s(""))
        #expect(try FT.call("SUBSTR", FT.s("12345"), FT.dbl("-INF"), FT.dbl("INF")) == FT.s(""))
        #expect(try FT.call("SUBSTR", FT.lang("foobar", "en"), FT.int("4")) == FT.lang("bar", "en"))
        #expect(try FT.call("SUBSTR", FT.s("\u{1F600}ab"), FT.int("2"), FT.int("1")) == FT.s("a"))
    }

    @Test func caseMapping() throws {
        #expect(try FT.call("UCASE", FT.lang("bar", "en")) == FT.lang("BAR", "en"))
        #expect(try FT.call("LCASE", FT.s("BAZ")) == FT.s("baz"))
        #expect(try FT.call("UCASE", FT.typed("abc", "string")) == FT.s("ABC"))
    }

    @Test func startsEndsContainsWithCompatibility() throws {
        #expect(try FT.call("STRSTARTS", FT.s("foobar"), FT.s("foo")) == FT.bool(true))
        #expect(try FT.call("STRSTARTS", FT.lang("foobar", "en"), FT.s("foo")) == FT.bool(true))
        #expect(try FT.call("STRSTARTS", FT.lang("foobar", "en"), FT.lang("foo", "en")) == FT.bool(true))
        #expect(try FT.call("STRENDS", FT.s("foobar"), FT.s("bar")) == FT.bool(true))
        #expect(try FT.call("STRENDS", FT.s("foobar"), FT.s("foo")) == FT.bool(false))
        #expect(try FT.call("CONTAINS", FT.s("foobar"), FT.s("oba")) == FT.bool(true))
        #expect(try FT.call("CONTAINS", FT.s("foobar"), FT.s("")) == FT.bool(true))
        // §17.4.3.1.1: a tagged second argument needs the same tag on the first.
        #expect(FT.errorKind { try FT.call("CONTAINS", FT.s("foobar"), FT.lang("foo", "en")) } == .typeError)
        #expect(FT.errorKind { try FT.call("CONTAINS", FT.lang("foobar", "fr"), FT.lang("foo", "en")) } == .typeError)
        #expect(FT.errorKind { try FT.call("STRSTARTS", FT.int("123"), FT.s("1")) } == .typeError)
    }

    @Test func strBeforeAndAfter() throws {
        // §17.4.3.7 / §17.4.3.8 examples.
        #expect(try FT.call("STRBEFORE", FT.s("abc"), FT.s("b")) == FT.s("a"))
        #expect(try FT.call("STRBEFORE", FT.lang("abc", "en"), FT.s("bc")) == FT.lang("a", "en"))
        #expect(try FT.call("STRBEFORE", FT.lang("abc", "en"), FT.s("z")) == FT.s(""))
        #expect(try FT.call("STRBEFORE", FT.lang("abc", "en"), FT.s("")) == FT.lang("", "en"))
        #expect(FT.errorKind { try FT.call("STRBEFORE", FT.lang("abc", "en"), FT.lang("b", "cy")) } == .typeError)
        #expect(try FT.call("STRAFTER", FT.s("abc"), FT.s("b")) == FT.s("c"))
        #expect(try FT.call("STRAFTER", FT.lang("abc", "en"), FT.s("ab")) == FT.lang("c", "en"))
        #expect(try FT.call("STRAFTER", FT.lang("abc", "en"), FT.s("z")) == FT.s(""))
        #expect(try FT.call("STRAFTER", FT.lang("abc", "en"), FT.s("")) == FT.lang("abc", "en"))
    }

    @Test func encodeForURI() throws {
        #expect(try FT.call("ENCODE_FOR_URI", FT.s("Los Angeles")) == FT.s("Los%20Angeles"))
        #expect(try FT.call("ENCODE_FOR_URI", FT.lang("100%", "en")) == FT.s("100%25"))
        #expect(try FT.call("ENCODE_FOR_URI", FT.s("食べ物")) == FT.s("%E9%A3%9F%E3%81%B9%E7%89%A9"))
        #expect(try FT.call("ENCODE_FOR_URI", FT.s("a-b_c.d~e/f")) == FT.s("a-b_c.d~e%2Ff"))
    }

    @Test func concatKeepsCommonLanguageTag() throws {
        #expect(try FT.call("CONCAT", FT.s("foo"), FT.s("bar")) == FT.s("foobar"))
        #expect(try FT.call("CONCAT", FT.lang("foo", "en"), FT.lang("bar", "en")) == FT.lang("foobar", "en"))
        #expect(try FT.call("CONCAT", FT.lang("foo", "en"), FT.s("bar")) == FT.s("foobar"))
        #expect(try FT.call("CONCAT", FT.lang("foo", "en"), FT.lang("bar", "fr")) == FT.s("foobar"))
        #expect(try FT.call("CONCAT") == FT.s(""))
        #expect(try FT.call("CONCAT", FT.lang("x", "en")) == FT.lang("x", "en"))
        #expect(FT.errorKind { try FT.call("CONCAT", FT.s("a"), FT.int("1")) } == .typeError)
    }

    @Test func langMatchesIsBasicFiltering() throws {
        #expect(try FT.call("LANGMATCHES", FT.s("en-US"), FT.s("en")) == FT.bool(true))
        #expect(try FT.call("LANGMATCHES", FT.s("ja-Latn"), FT.s("JA")) == FT.bool(true))
        #expect(try FT.call("LANGMATCHES", FT.s("en"), FT.s("en-US")) == FT.bool(false))
        #expect(try FT.call("LANGMATCHES", FT.s("english"), FT.s("en")) == FT.bool(false))
        #expect(try FT.call("LANGMATCHES", FT.s("fr"), FT.s("*")) == FT.bool(true))
        #expect(try FT.call("LANGMATCHES", FT.s(""), FT.s("*")) == FT.bool(false))
        #expect(try FT.call("LANGMATCHES", FT.s("de-DE"), FT.s("de-de")) == FT.bool(true))
    }

    @Test func regexWithFlags() throws {
        #expect(try FT.call("REGEX", FT.s("Alice"), FT.s("^ali"), FT.s("i")) == FT.bool(true))
        #expect(try FT.call("REGEX", FT.s("Alice"), FT.s("^ali")) == FT.bool(false))
        #expect(try FT.call("REGEX", FT.lang("chat", "fr"), FT.s("ha")) == FT.bool(true))
        #expect(try FT.call("REGEX", FT.s("a\nb"), FT.s("a.b")) == FT.bool(false))
        #expect(try FT.call("REGEX", FT.s("a\nb"), FT.s("a.b"), FT.s("s")) == FT.bool(true))
        #expect(try FT.call("REGEX", FT.s("a\nb"), FT.s("^b$")) == FT.bool(false))
        #expect(try FT.call("REGEX", FT.s("a\nb"), FT.s("^b$"), FT.s("m")) == FT.bool(true))
        // Without m, $ is the very end: not before a final newline.
        #expect(try FT.call("REGEX", FT.s("ab\n"), FT.s("b$")) == FT.bool(false))
        #expect(try FT.call("REGEX", FT.s("hello world"), FT.s("o w o"), FT.s("x")) == FT.bool(false))
        #expect(try FT.call("REGEX", FT.s("hello world"), FT.s("lo w"), FT.s("x")) == FT.bool(false))
        #expect(try FT.call("REGEX", FT.s("hellowo"), FT.s("lo w"), FT.s("x")) == FT.bool(true))
        #expect(try FT.call("REGEX", FT.s("a.b*c"), FT.s(".b*"), FT.s("q")) == FT.bool(true))
        #expect(try FT.call("REGEX", FT.s("axbc"), FT.s(".b*"), FT.s("q")) == FT.bool(false))
        #expect(try FT.call("REGEX", FT.s("e"), FT.s("[a-z-[aeiou]]")) == FT.bool(false))
        #expect(try FT.call("REGEX", FT.s("x"), FT.s("[a-z-[aeiou]]")) == FT.bool(true))
        #expect(try FT.call("REGEX", FT.s("&"), FT.s("[&&]")) == FT.bool(true))
        // XPath class escapes: \s is only space/tab/CR/LF, \w includes symbols, . excludes only CR/LF.
        #expect(try FT.call("REGEX", FT.s("a\u{A0}b"), FT.s("a\\sb")) == FT.bool(false))
        #expect(try FT.call("REGEX", FT.s("a\tb"), FT.s("a\\sb")) == FT.bool(true))
        #expect(try FT.call("REGEX", FT.s("a\u{A0}b"), FT.s("^\\S+$")) == FT.bool(true))
        #expect(try FT.call("REGEX", FT.s("+$<"), FT.s("^\\w+$")) == FT.bool(true))
        #expect(try FT.call("REGEX", FT.s("a,b"), FT.s("^\\w+$")) == FT.bool(false))
        #expect(try FT.call("REGEX", FT.s("a,"), FT.s("a[\\W]")) == FT.bool(true))
        #expect(try FT.call("REGEX", FT.s("a\u{2028}b"), FT.s("a.b")) == FT.bool(true))
        #expect(try FT.call("REGEX", FT.s("a\rb"), FT.s("a.b")) == FT.bool(false))
        #expect(try FT.call("REGEX", FT.s("a.b"), FT.s("a[.]b")) == FT.bool(true))
        #expect(try FT.call("REGEX", FT.s("axb"), FT.s("a[.]b")) == FT.bool(false))
        #expect(FT.errorKind { try FT.call("REGEX", FT.s("a"), FT.s("a"), FT.s("z")) } == .invalidArgument)
        #expect(FT.errorKind { try FT.call("REGEX", FT.s("a"), FT.s("(")) } == .invalidArgument)
        #expect(FT.errorKind { try FT.call("REGEX", FT.int("1"), FT.s("1")) } == .typeError)
        #expect(FT.errorKind { try FT.call("REGEX", FT.s("a"), FT.lang("a", "en")) } == .typeError)
    }

    @Test func replaceLikeXPath() throws {
        // XPath F&O §7.6.3 examples.
        #expect(try FT.call("REPLACE", FT.s("abracadabra"), FT.s("bra"), FT.s("*")) == FT.s("a*cada*"))
        #expect(try FT.call("REPLACE", FT.s("abracadabra"), FT.s("a.*a"), FT.s("*")) == FT.s("*"))
        #expect(try FT.call("REPLACE", FT.s("abracadabra"), FT.s("a.*?a"), FT.s("*")) == FT.s("*c*bra"))
        #expect(try FT.call("REPLACE", FT.s("abracadabra"), FT.s("a"), FT.s("")) == FT.s("brcdbr"))
        #expect(try FT.call("REPLACE", FT.s("abracadabra"), FT.s("a(.)"), FT.s("a$1$1")) == FT.s("abbraccaddabbra"))
        #expect(try FT.call("REPLACE", FT.s("AAAA"), FT.s("A+"), FT.s("b")) == FT.s("b"))
        #expect(try FT.call("REPLACE", FT.s("AAAA"), FT.s("A+?"), FT.s("b")) == FT.s("bbbb"))
        #expect(try FT.call("REPLACE", FT.s("darted"), FT.s("^(.*?)d(.*)$"), FT.s("$1c$2")) == FT.s("carted"))
        #expect(try FT.call("REPLACE", FT.lang("abcd", "en"), FT.s("b"), FT.s("Z")) == FT.lang("aZcd", "en"))
        #expect(try FT.call("REPLACE", FT.s("ABC"), FT.s("b"), FT.s("Z"), FT.s("i")) == FT.s("AZC"))
        #expect(try FT.call("REPLACE", FT.s("a$b"), FT.s("\\$"), FT.s("\\$\\\\")) == FT.s("a$\\b"))
        #expect(FT.errorKind { try FT.call("REPLACE", FT.s("abracadabra"), FT.s(".*?"), FT.s("$1")) } == .invalidArgument)
        #expect(FT.errorKind { try FT.call("REPLACE", FT.s("abc"), FT.s("b"), FT.s("$")) } == .invalidArgument)
        // q: pattern and replacement are both literal.
        #expect(try FT.call("REPLACE", FT.s("a.b.c"), FT.s("."), FT.s("$1\\"), FT.s("q")) == FT.s("a$1\\b$1\\c"))
    }

    @Test func regexCacheGivesSameAnswers() throws {
        var ctx = FunctionContext(now: "2026-11-29T18:00:00Z")
        for (text, expected) in [("Alice", true), ("Bob", false), ("alice", true), ("ALICE", true)] {
            #expect(try FunctionLibrary.call(.regex, [FT.s(text), FT.s("^al"), FT.s("i")], &ctx) == FT.bool(expected))
            #expect(try FunctionLibrary.call(.regex, [FT.s(text), FT.s("^al")], &ctx) == FT.bool(text == "alice"))
        }
    }

    @Test func strAndLangAndDatatype() throws {
        #expect(try FT.call("STR", FT.iri("http://example.org/a")) == FT.s("http://example.org/a"))
        #expect(try FT.call("STR", FT.int("01")) == FT.s("01"))
        #expect(try FT.call("STR", FT.lang("chat", "fr")) == FT.s("chat"))
        #expect(FT.errorKind { try FT.call("STR", FT.bnode("b")) } == .typeError)
        #expect(try FT.call("LANG", FT.lang("chat", "fr")) == FT.s("fr"))
        #expect(try FT.call("LANG", FT.s("chat")) == FT.s(""))
        #expect(FT.errorKind { try FT.call("LANG", FT.iri("http://a/")) } == .typeError)
        #expect(try FT.call("DATATYPE", FT.s("a")) == FT.iri(FT.xsd + "string"))
        #expect(try FT.call("DATATYPE", FT.lang("a", "en")) == FT.iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"))
        #expect(try FT.call("DATATYPE", FT.typed("5", "short")) == FT.iri(FT.xsd + "short"))
    }

    @Test func strdtAndStrlang() throws {
        #expect(try FT.call("STRDT", FT.s("123"), FT.iri(FT.xsd + "integer")) == FT.int("123"))
        #expect(try FT.call("STRDT", FT.typed("123", "string"), FT.iri(FT.xsd + "integer")) == FT.int("123"))
        #expect(FT.errorKind { try FT.call("STRDT", FT.lang("123", "en"), FT.iri(FT.xsd + "integer")) } == .typeError)
        #expect(FT.errorKind { try FT.call("STRDT", FT.s("1"), FT.s("x")) } == .typeError)
        #expect(try FT.call("STRLANG", FT.s("chat"), FT.s("fr")) == FT.lang("chat", "fr"))
        #expect(FT.errorKind { try FT.call("STRLANG", FT.lang("chat", "en"), FT.s("fr")) } == .typeError)
        #expect(FT.errorKind { try FT.call("STRLANG", FT.s("chat"), FT.s("not a tag")) } == .invalidArgument)
    }

    @Test func termTests() throws {
        #expect(try FT.call("ISIRI", FT.iri("http://a/")) == FT.bool(true))
        #expect(try FT.call("ISURI", FT.s("x")) == FT.bool(false))
        #expect(try FT.call("ISBLANK", FT.bnode("b")) == FT.bool(true))
        #expect(try FT.call("ISLITERAL", FT.s("x")) == FT.bool(true))
        #expect(try FT.call("ISNUMERIC", FT.int("12")) == FT.bool(true))
        #expect(try FT.call("ISNUMERIC", FT.typed("1200", "byte")) == FT.bool(false))
        #expect(try FT.call("ISNUMERIC", FT.int("abc")) == FT.bool(false))
        #expect(try FT.call("ISNUMERIC", FT.s("12")) == FT.bool(false))
        #expect(try FT.call("ISNUMERIC", FT.dbl("NaN")) == FT.bool(true))
        #expect(try FT.call("SAMETERM", FT.int("1"), FT.int("01")) == FT.bool(false))
        #expect(try FT.call("SAMETERM", FT.s("a"), FT.typed("a", "string")) == FT.bool(true))
        #expect(FT.errorKind { try FT.call("NOSUCHFUNCTION") } == .unknownFunction)
        #expect(try FT.call("isIri", FT.iri("http://a/")) == FT.bool(true))
        #expect(try FT.call("strlen", FT.s("abc")) == FT.int("3"))
        #expect(BuiltinFunction(keyword: "strlen") == .strlen)
        #expect(BuiltinFunction(keyword: "isURI") == .isIRI)
        #expect(BuiltinFunction(keyword: "NOSUCHFUNCTION") == nil)
    }

    @Test func iriResolvesAgainstBase() throws {
        #expect(try FT.call("IRI", FT.s("http://example.org/x")) == FT.iri("http://example.org/x"))
        #expect(try FT.call("IRI", FT.s("x")) == FT.iri("http://example.org/base/x"))
        #expect(try FT.call("URI", FT.s("../y#f")) == FT.iri("http://example.org/y#f"))
        #expect(try FT.call("IRI", FT.s("")) == FT.iri("http://example.org/base/doc"))
        #expect(try FT.call("IRI", FT.iri("http://z/")) == FT.iri("http://z/"))
        #expect(FT.errorKind { try FT.call("IRI", FT.int("1")) } == .typeError)
        #expect(FT.errorKind { try FT.call("IRI", FT.s("a b")) } == .invalidArgument)
    }

    /// RFC 3986 resolution itself is tested in RDFTests (IRIReferenceTests); these are the
    /// IRI() rules around it.
    @Test func iriDotSegmentsAndMissingBase() throws {
        #expect(try FT.call("IRI", FT.s("http://x/a/../b")) == FT.iri("http://x/b"))
        #expect(try FT.call("IRI", FT.s("#\u{301}")) == FT.iri("http://example.org/base/doc#\u{301}"))
        var noBase = FunctionContext(now: "2026-11-29T18:00:00Z")
        #expect(try FunctionLibrary.call(.iri, [FT.s("http://x/a/../b")], &noBase) == FT.iri("http://x/a/../b"))
        #expect(FT.errorKind { try FunctionLibrary.call(.iri, [FT.s("x")], &noBase) } == .invalidArgument)
    }

    @Test func bnodeScopedPerSolution() throws {
        var ctx = FunctionContext(now: "2026-11-29T18:00:00Z")
        let a1 = try FunctionLibrary.call(.bnode, [FT.s("a")], &ctx)
        let a2 = try FunctionLibrary.call(.bnode, [FT.s("a")], &ctx)
        let b1 = try FunctionLibrary.call(.bnode, [FT.s("b")], &ctx)
        let fresh1 = try FunctionLibrary.call(.bnode, [], &ctx)
        let fresh2 = try FunctionLibrary.call(.bnode, [], &ctx)
        #expect(a1 == a2)
        #expect(a1 != b1)
        #expect(fresh1 != fresh2)
        #expect(a1.isBlankNode && fresh1.isBlankNode)
        ctx.nextSolution()
        let a3 = try FunctionLibrary.call(.bnode, [FT.s("a")], &ctx)
        #expect(a3 != a1)
    }

    @Test func uuidShapesAndDeterminism() throws {
        var ctx = FunctionContext(now: "2026-11-29T18:00:00Z")
        let u = try FunctionLibrary.call(.uuid, [], &ctx)
        let s = try FunctionLibrary.call(.struuid, [], &ctx)
        let iri = try #require(u.iri).value
        #expect(iri.hasPrefix("urn:uuid:"))
        let pattern = try Regex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
        #expect(String(iri.dropFirst(9)).wholeMatch(of: pattern) != nil)
        let str = try #require(s.literal)
        #expect(str.lexicalForm.wholeMatch(of: pattern) != nil && str.datatype == XSD.string)
        #expect(iri.dropFirst(9) != str.lexicalForm)
        var ctx2 = FunctionContext(now: "2026-11-29T18:00:00Z")
        #expect(try FunctionLibrary.call(.uuid, [], &ctx2) == u)
    }
}

@Suite struct FunctionsNumericTests {
    @Test func absCeilFloorRound() throws {
        // sparql11/functions abs01, ceil01, floor01, round01 data: -2, -1, -1.6, 1.1, 2.5
        #expect(try FT.call("ABS", FT.int("-2")) == FT.int("2"))
        #expect(try FT.call("ABS", FT.dec("-1.6")) == FT.dec("1.6"))
        #expect(try FT.call("CEIL", FT.dec("-1.6")) == FT.dec("-1.0"))
        #expect(try FT.call("CEIL", FT.dec("1.1")) == FT.dec("2.0"))
        #expect(try FT.call("FLOOR", FT.dec("-1.6")) == FT.dec("-2.0"))
        #expect(try FT.call("FLOOR", FT.dec("2.5")) == FT.dec("2.0"))
        #expect(try FT.call("ROUND", FT.dec("2.5")) == FT.dec("3.0"))
        #expect(try FT.call("ROUND", FT.dec("-2.5")) == FT.dec("-2.0"))
        #expect(try FT.call("ROUND", FT.dec("-1.6")) == FT.dec("-2.0"))
        #expect(try FT.call("ROUND", FT.dbl("-2.5")) == FT.dbl("-2.0E0"))
        #expect(try FT.call("ROUND", FT.dbl("0.49999999999999994")) == FT.dbl("0.0E0"))
        #expect(try FT.call("CEIL", FT.typed("-7", "short")) == FT.int("-7"))
        #expect(try FT.call("FLOOR", FT.flt("1.5")) == FT.flt("1.0E0"))
        #expect(FT.errorKind { try FT.call("ABS", FT.s("1")) } == .typeError)
        #expect(FT.errorKind { try FT.call("ABS", FT.int("x")) } == .typeError)
    }

    @Test func randIsDeterministicAndInRange() throws {
        var ctx = FunctionContext(now: "2026-11-29T18:00:00Z")
        var seen = Set<Term>()
        for _ in 0..<50 {
            let r = try FunctionLibrary.call(.rand, [], &ctx)
            let l = try #require(r.literal)
            #expect(l.datatype == XSD.double)
            let v = try #require(Double(l.lexicalForm))
            #expect(v >= 0 && v < 1)
            seen.insert(r)
        }
        #expect(seen.count > 45)
        var again = FunctionContext(now: "x")
        var ctx3 = FunctionContext(now: "x")
        #expect(try FunctionLibrary.call(.rand, [], &again) == FunctionLibrary.call(.rand, [], &ctx3))
    }
}

@Suite struct FunctionsDateTimeTests {
    @Test func accessors() throws {
        let d2 = FT.dt("2010-12-21T15:38:02-08:00")
        #expect(try FT.call("YEAR", d2) == FT.int("2010"))
        #expect(try FT.call("MONTH", d2) == FT.int("12"))
        #expect(try FT.call("DAY", d2) == FT.int("21"))
        #expect(try FT.call("HOURS", d2) == FT.int("15"))
        #expect(try FT.call("MINUTES", d2) == FT.int("38"))
        #expect(try FT.call("SECONDS", d2) == FT.dec("2.0"))
        #expect(try FT.call("SECONDS", FT.dt("2011-01-10T14:45:13.815-05:00")) == FT.dec("13.815"))
        #expect(try FT.call("TIMEZONE", d2) == FT.typed("-PT8H", "dayTimeDuration"))
        #expect(try FT.call("TIMEZONE", FT.dt("2010-06-21T11:28:01Z")) == FT.typed("PT0S", "dayTimeDuration"))
        #expect(try FT.call("TIMEZONE", FT.dt("2010-06-21T11:28:01+05:30")) == FT.typed("PT5H30M", "dayTimeDuration"))
        #expect(FT.errorKind { try FT.call("TIMEZONE", FT.dt("2011-02-01T01:02:03")) } == .typeError)
        #expect(try FT.call("TZ", d2) == FT.s("-08:00"))
        #expect(try FT.call("TZ", FT.dt("2010-06-21T11:28:01Z")) == FT.s("Z"))
        #expect(try FT.call("TZ", FT.dt("2011-02-01T01:02:03")) == FT.s(""))
        #expect(try FT.call("YEAR", FT.typed("-0044-03-15", "date")) == FT.int("-44"))
        #expect(FT.errorKind { try FT.call("YEAR", FT.s("2010-06-21T11:28:01Z")) } == .typeError)
        #expect(FT.errorKind { try FT.call("HOURS", FT.typed("2010-06-21", "date")) } == .typeError)
        #expect(try FT.call("MONTH", FT.typed("2010-06-21Z", "date")) == FT.int("6"))
        #expect(try FT.call("SECONDS", FT.dt("2010-06-21T11:28:01.000Z")) == FT.dec("1.0"))
        #expect(try FT.call("SECONDS", FT.dt("2010-06-21T11:28:59.999999999999Z")) == FT.dec("59.999999999999"))
        #expect(FT.errorKind { try FT.call("YEAR", FT.dt("2010-13-21T11:28:01Z")) } == .typeError)
        #expect(FT.errorKind { try FT.call("YEAR", FT.dt("2010-02-29T11:28:01Z")) } == .typeError)
    }

    @Test func nowIsFixedPerContext() throws {
        var ctx = FunctionContext(now: "2026-11-29T18:00:00.000Z")
        let a = try FunctionLibrary.call(.now, [], &ctx)
        let b = try FunctionLibrary.call(.now, [], &ctx)
        #expect(a == b)
        #expect(a == FT.dt("2026-11-29T18:00:00.000Z"))
    }
}

@Suite struct FunctionsHashTests {
    @Test func knownVectors() throws {
        // RFC 1321 / FIPS 180-4 example vectors.
        #expect(try FT.call("MD5", FT.s("")) == FT.s("d41d8cd98f00b204e9800998ecf8427e"))
        #expect(try FT.call("MD5", FT.s("abc")) == FT.s("900150983cd24fb0d6963f7d28e17f72"))
        #expect(try FT.call("MD5", FT.s("12345678901234567890123456789012345678901234567890123456789012345678901234567890"))
                == FT.s("57edf4a22be3c955ac49da2e2107b67a"))
        #expect(try FT.call("SHA1", FT.s("abc")) == FT.s("a9993e364706816aba3e25717850c26c9cd0d89d"))
        #expect(try FT.call("SHA1", FT.s("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))
                == FT.s("84983e441c3bd26ebaae4aa1f95129e5e54670f1"))
        #expect(try FT.call("SHA256", FT.s("")) == FT.s("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"))
        #expect(try FT.call("SHA256", FT.s("abc")) == FT.s("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"))
        #expect(try FT.call("SHA256", FT.s("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))
                == FT.s("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"))
        #expect(try FT.call("SHA384", FT.s("abc")) == FT.s("cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"))
        #expect(try FT.call("SHA512", FT.s("abc")) == FT.s("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"))
        #expect(try FT.call("SHA512", FT.s("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"))
                == FT.s("8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909"))
    }

    @Test func w3cUnicodeVectors() throws {
        // sparql11/functions md5-02, sha*-02 (UTF-8 of the string).
        #expect(try FT.call("MD5", FT.s("食べ物")) == FT.s("e7ada485d13b1decf628c9211bc3a97b"))
        #expect(try FT.call("SHA1", FT.s("食")) == FT.s("d46696735b6a09ff407bfc1a9407e008840db9c9"))
        #expect(try FT.call("SHA256", FT.s("食")) == FT.s("0fbe868d1df356ca9df7ebff346da3a56280e059a7ea81186ef885b140d254ee"))
        #expect(try FT.call("SHA384", FT.s("食")) == FT.s("adfda7e9ad8789b391855038d0d74dce3efe3af1eefcea35d50b91d6c244a0c546375445b518c9fb61e03e6a060bc95d"))
        #expect(try FT.call("SHA512", FT.s("食")) == FT.s("b433ed0e60c818bea72d3aa1a43db89b3ed2b624597407b7912bbb7685f2e45ae5500e092da5f938391d282b26bc43e4035b12460c93ab5e2e1a05d582331d85"))
        // Inputs spanning the padding boundaries (55, 56, 64, 111, 112 bytes).
        for n in [55, 56, 63, 64, 111, 112, 127, 128] {
            let s = String(repeating: "a", count: n)
            let digest = try #require(FT.call("SHA512", FT.s(s)).literal).lexicalForm
            #expect(digest.count == 128)
        }
        #expect(try FT.call("SHA256", FT.s(String(repeating: "a", count: 64)))
                == FT.s("ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"))
        #expect(FT.errorKind { try FT.call("MD5", FT.lang("abc", "en")) } == .typeError)
    }
}
