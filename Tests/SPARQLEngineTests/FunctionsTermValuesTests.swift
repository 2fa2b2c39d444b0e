import Testing
import RDF
import SPARQLSyntax
import TestSupport
@testable import SPARQLEngine

@Suite struct FunctionsTermValuesTests {
    @Test func effectiveBooleanValue() throws {
        // practice ebv-of-literal-kinds: only "abc" and 1.0 are true.
        #expect(try TermValues.effectiveBooleanValue(FT.s("")) == false)
        #expect(try TermValues.effectiveBooleanValue(FT.s("abc")) == true)
        #expect(try TermValues.effectiveBooleanValue(FT.int("0")) == false)
        #expect(try TermValues.effectiveBooleanValue(FT.dec("0.0")) == false)
        #expect(try TermValues.effectiveBooleanValue(FT.dec("1.0")) == true)
        #expect(try TermValues.effectiveBooleanValue(FT.dbl("NaN")) == false)
        #expect(try TermValues.effectiveBooleanValue(FT.bool(false)) == false)
        #expect(try TermValues.effectiveBooleanValue(FT.int("abc")) == false)
        #expect(try TermValues.effectiveBooleanValue(FT.typed("1", "boolean")) == true)
        #expect(try TermValues.effectiveBooleanValue(FT.typed("TRUE", "boolean")) == false)
        #expect(try TermValues.effectiveBooleanValue(FT.lang("x", "en")) == true)
        #expect(try TermValues.effectiveBooleanValue(FT.dbl("-0.0E0")) == false)
        #expect(FT.errorKind { try TermValues.effectiveBooleanValue(FT.iri("http://a/")) } == .typeError)
        #expect(FT.errorKind { try TermValues.effectiveBooleanValue(FT.bnode("b")) } == .typeError)
        #expect(FT.errorKind { try TermValues.effectiveBooleanValue(FT.dt("2010-01-01T00:00:00Z")) } == .typeError)
        #expect(FT.errorKind { try TermValues.effectiveBooleanValue(FT.typed("x", "unknownType")) } == .typeError)
    }

    @Test func numericEquality() throws {
        #expect(try TermValues.equals(FT.int("1"), FT.int("01")))
        #expect(try TermValues.equals(FT.int("1"), FT.dec("1.0")))
        #expect(try TermValues.equals(FT.int("1"), FT.dbl("1.0E0")))
        #expect(try TermValues.equals(FT.typed("1", "byte"), FT.typed("1", "unsignedLong")))
        #expect(try !TermValues.equals(FT.int("1"), FT.int("2")))
        #expect(try !TermValues.equals(FT.dbl("NaN"), FT.dbl("NaN")))
        #expect(try TermValues.equals(FT.dbl("0.0E0"), FT.dbl("-0.0E0")))
    }

    @Test func stringAndLanguageEquality() throws {
        #expect(try TermValues.equals(FT.s("xyz"), FT.typed("xyz", "string")))
        #expect(try !TermValues.equals(FT.s("xyz"), FT.s("abc")))
        #expect(try TermValues.equals(FT.lang("xyz", "en"), FT.lang("xyz", "EN")))
        #expect(try !TermValues.equals(FT.lang("xyz", "en"), FT.lang("xyz", "fr")))
        #expect(try !TermValues.equals(FT.lang("xyz", "en"), FT.s("xyz")))
        // open-world open-eq-10: a tagged string is known to differ from anything else.
        #expect(try !TermValues.equals(FT.lang("xyz", "en"), FT.int("abc")))
        #expect(try !TermValues.equals(FT.lang("xyz", "en"), FT.typed("abc", "unknown")))
    }

    @Test func rdfTermEqualErrors() throws {
        // open-world open-eq-10: distinct literals with an unknown or ill-typed side are a type error.
        #expect(FT.errorKind { try TermValues.equals(FT.s("xyz"), FT.int("abc")) } == .typeError)
        #expect(FT.errorKind { try TermValues.equals(FT.int("xyz"), FT.int("abc")) } == .typeError)
        #expect(FT.errorKind { try TermValues.equals(FT.typed("xyz", "u"), FT.typed("abc", "u")) } == .typeError)
        #expect(try TermValues.equals(FT.typed("xyz", "u"), FT.typed("xyz", "u")))
        #expect(try TermValues.equals(FT.int("abc"), FT.int("abc")))
        #expect(try !TermValues.equals(FT.s("1"), FT.int("1")))
        #expect(try !TermValues.equals(FT.iri("http://a/"), FT.s("http://a/")))
        #expect(try !TermValues.equals(FT.bnode("a"), FT.bnode("b")))
        #expect(try TermValues.equals(FT.iri("http://a/"), FT.iri("http://a/")))
    }

    @Test func dateTimeEqualityByInstant() throws {
        // practice datetime-equality-compares-instants
        #expect(try TermValues.equals(FT.dt("2012-01-31T15:32:16-08:00"), FT.dt("2012-01-31T23:32:16Z")))
        #expect(try TermValues.equals(FT.dt("2012-01-31T23:32:16.000Z"), FT.dt("2012-01-31T23:32:16Z")))
        #expect(try TermValues.equals(FT.dt("2012-01-31T24:00:00Z"), FT.dt("2012-02-01T00:00:00Z")))
        #expect(try !TermValues.equals(FT.dt("2012-01-31T15:32:16-08:00"), FT.dt("2012-01-31T15:32:16Z")))
        // Indeterminate: one without timezone, within 14 hours.
        #expect(FT.errorKind { try TermValues.equals(FT.dt("2012-01-31T15:32:16"), FT.dt("2012-01-31T15:32:16Z")) } == .typeError)
        #expect(try !TermValues.equals(FT.dt("2012-01-31T15:32:16"), FT.dt("2012-03-31T15:32:16Z")))
        // open-world date-2: xsd:date vs xsd:dateTime are different values.
        #expect(try !TermValues.equals(FT.typed("2006-08-23", "date"), FT.dt("2006-08-23T09:00:00+01:00")))
        #expect(FT.errorKind { try TermValues.equals(FT.typed("2006-08-23Z", "date"), FT.typed("2006-08-23", "date")) } == .typeError)
    }

    @Test func ordering() throws {
        #expect(try TermValues.compare(FT.int("2"), FT.dec("10.5")) == -1)
        #expect(try TermValues.compare(FT.dbl("1.0E1"), FT.int("10")) == 0)
        #expect(try TermValues.compare(FT.s("b"), FT.s("a")) == 1)
        #expect(try TermValues.compare(FT.s("Z"), FT.s("a")) == -1)
        // Code point order: U+FF5E after U+1F600? No: supplementary characters sort after BMP.
        #expect(try TermValues.compare(FT.s("\u{FF5E}"), FT.s("\u{1F600}")) == -1)
        #expect(try TermValues.compare(FT.bool(false), FT.bool(true)) == -1)
        // practice datetime-less-than-compares-instants
        #expect(try TermValues.compare(FT.dt("2012-01-31T15:32:16-08:00"), FT.dt("2012-02-01T00:00:00Z")) == -1)
        #expect(try TermValues.compare(FT.dt("2012-01-31T15:32:16-08:00"), FT.dt("2012-01-31T23:00:00Z")) == 1)
        // open-world date-3
        #expect(try TermValues.compare(FT.typed("2006-08-23Z", "date"), FT.typed("2006-08-22", "date")) == 1)
        #expect(FT.errorKind { try TermValues.compare(FT.typed("2006-08-23", "date"), FT.dt("2006-08-22T00:00:00Z")) } == .typeError)
        #expect(FT.errorKind { try TermValues.compare(FT.s("a"), FT.int("1")) } == .typeError)
        #expect(FT.errorKind { try TermValues.compare(FT.lang("a", "en"), FT.lang("b", "en")) } == .typeError)
        #expect(FT.errorKind { try TermValues.compare(FT.iri("http://a/"), FT.iri("http://b/")) } == .typeError)
        #expect(FT.errorKind { try TermValues.compare(FT.dbl("NaN"), FT.int("1")) } == .typeError)
        #expect(FT.errorKind { try TermValues.compare(FT.int("x"), FT.int("1")) } == .typeError)
        // Same-shape values (the fast path) still follow the value rules.
        #expect(try TermValues.equals(FT.dt("2012-01-31T24:00:00Z"), FT.dt("2012-02-01T00:00:00Z")))
        #expect(try TermValues.compare(FT.dt("2012-01-31T10:00:00+05:00"), FT.dt("2012-01-31T09:00:00+05:00")) == 1)
        #expect(FT.errorKind { try TermValues.compare(FT.dt("2012-13-31T10:00:00Z"), FT.dt("2012-01-31T09:00:00Z")) } == .typeError)
        #expect(FT.errorKind { try TermValues.compare(FT.typed("2011-02-29", "date"), FT.typed("2011-02-28", "date")) } == .typeError)
        #expect(try TermValues.compare(FT.typed("2012-02-29", "date"), FT.typed("2012-02-28", "date")) == 1)
        #expect(try TermValues.compare(FT.int("-5"), FT.int("+3")) == -1)
        #expect(try TermValues.equals(FT.int("007"), FT.int("7")))
    }

    @Test func arithmeticWithPromotion() throws {
        // practice numeric-division-and-type-promotion
        #expect(try TermValues.arithmetic(.divide, FT.int("1"), FT.int("2")) == FT.dec("0.5"))
        #expect(try TermValues.arithmetic(.divide, FT.int("6"), FT.int("3")) == FT.dec("2.0"))
        #expect(try TermValues.arithmetic(.add, FT.int("1"), FT.dec("1.5")) == FT.dec("2.5"))
        #expect(try TermValues.arithmetic(.multiply, FT.int("2"), FT.dbl("1.5e0")) == FT.dbl("3.0E0"))
        #expect(FT.errorKind { try TermValues.arithmetic(.divide, FT.int("1"), FT.int("0")) } == .divisionByZero)
        #expect(FT.errorKind { try TermValues.arithmetic(.divide, FT.dec("1.0"), FT.dec("0.0")) } == .divisionByZero)
        #expect(try TermValues.arithmetic(.divide, FT.dbl("1"), FT.int("0")) == FT.dbl("INF"))
        #expect(try TermValues.arithmetic(.divide, FT.dbl("-1"), FT.int("0")) == FT.dbl("-INF"))
        #expect(try TermValues.arithmetic(.divide, FT.flt("0"), FT.int("0")) == FT.flt("NaN"))
        #expect(try TermValues.arithmetic(.add, FT.typed("1", "short"), FT.typed("2", "byte")) == FT.int("3"))
        #expect(try TermValues.arithmetic(.add, FT.flt("1.5"), FT.int("1")) == FT.flt("2.5E0"))
        #expect(try TermValues.arithmetic(.subtract, FT.dec("0.1"), FT.dec("0.3")) == FT.dec("-0.2"))
        #expect(try TermValues.arithmetic(.multiply, FT.int("12345678901234567890"), FT.int("10")) == FT.int("123456789012345678900"))
        #expect(try TermValues.arithmetic(.divide, FT.int("1"), FT.int("3")) == FT.dec("0.33333333333333333333333333333333333333"))
        #expect(FT.errorKind { try TermValues.arithmetic(.add, FT.int("abc"), FT.int("1")) } == .typeError)
        #expect(FT.errorKind { try TermValues.arithmetic(.add, FT.s("1"), FT.int("1")) } == .typeError)
        #expect(try TermValues.unaryMinus(FT.int("5")) == FT.int("-5"))
        #expect(try TermValues.unaryMinus(FT.dbl("0")) == FT.dbl("-0.0E0"))
        #expect(try TermValues.unaryPlus(FT.typed("+05", "integer")) == FT.int("5"))
        #expect(FT.errorKind { try TermValues.unaryMinus(FT.s("5")) } == .typeError)
    }

    @Test func machineIntegerFastPathAgreesWithDecimalPath() throws {
        #expect(try TermValues.arithmetic(.add, FT.int("9223372036854775807"), FT.int("1")) == FT.int("9223372036854775808"))
        #expect(try TermValues.arithmetic(.multiply, FT.int("999999999999999999"), FT.int("999999999999999999"))
                == FT.int("999999999999999998000000000000000001"))
        #expect(try TermValues.arithmetic(.subtract, FT.int("-007"), FT.int("+3")) == FT.int("-10"))
        #expect(try TermValues.arithmetic(.add, FT.dec("0.05"), FT.int("1")) == FT.dec("1.05"))
        #expect(try TermValues.arithmetic(.add, FT.dec("-.5"), FT.dec("0.5")) == FT.dec("0.0"))
        #expect(try TermValues.arithmetic(.multiply, FT.dec("1.5"), FT.dec("-0.2")) == FT.dec("-0.3"))
        #expect(try TermValues.arithmetic(.subtract, FT.dec("0.001"), FT.dec("1")) == FT.dec("-0.999"))
        #expect(try TermValues.arithmetic(.multiply, FT.dec("0.000000001"), FT.dec("0.000000001")) == FT.dec("0.000000000000000001"))
        #expect(FT.errorKind { try TermValues.arithmetic(.add, FT.dec("1.2.3"), FT.int("1")) } == .typeError)
        #expect(FT.errorKind { try TermValues.arithmetic(.add, FT.int("1.0"), FT.int("1")) } == .typeError)
        #expect(try TermValues.compare(FT.dec("0.10"), FT.int("0")) == 1)
        #expect(try TermValues.compare(FT.dec("-0.10"), FT.dec("-0.1")) == 0)
        #expect(try TermValues.equals(FT.dec("2.000"), FT.int("2")))
        #expect(try TermValues.compare(FT.int("12345678901234567890"), FT.int("12345678901234567891")) == -1)
    }

    @Test func canonicalDoubleForms() throws {
        #expect(try TermValues.unaryPlus(FT.dbl("100")) == FT.dbl("1.0E2"))
        #expect(try TermValues.unaryPlus(FT.dbl("0.00012")) == FT.dbl("1.2E-4"))
        #expect(try TermValues.unaryPlus(FT.dbl("-1.02E4")) == FT.dbl("-1.02E4"))
        #expect(try TermValues.unaryPlus(FT.dbl("1e300")) == FT.dbl("1.0E300"))
        #expect(try TermValues.unaryPlus(FT.flt("0.1")) == FT.flt("1.0E-1"))
        #expect(try TermValues.unaryPlus(FT.dec("+033.3300")) == FT.dec("33.33"))
        #expect(try TermValues.unaryPlus(FT.dec("-.5")) == FT.dec("-0.5"))
        #expect(try TermValues.unaryPlus(FT.dec("-0")) == FT.dec("0.0"))
        #expect(try TermValues.unaryPlus(FT.int("-0")) == FT.int("0"))
        #expect(try TermValues.unaryPlus(FT.dec("-0.5")) == FT.dec("-0.5"))
        #expect(try TermValues.unaryPlus(FT.dec("12345678901234.5678")) == FT.dec("12345678901234.5678"))
        #expect(try TermValues.unaryPlus(FT.dec("123456789012345678901234.5678")) == FT.dec("123456789012345678901234.5678"))
        #expect(try TermValues.unaryPlus(FT.dec("1.50")) == FT.dec("1.5"))
    }

    @Test func orderByTotalOrder() {
        let ordered: [Term?] = [
            nil, FT.bnode("a"), FT.bnode("b"), FT.iri("http://a/"), FT.iri("http://b/"),
            FT.dbl("NaN"), FT.dbl("-INF"), FT.int("-1"), FT.dec("0.5"), FT.int("1"), FT.dec("1.0"), FT.int("2"), FT.dbl("1e10"),
            FT.bool(false), FT.bool(true),
            FT.dt("2012-01-01T00:00:00Z"), FT.dt("2012-01-01T00:00:00-05:00"),
            FT.typed("2012-01-01", "date"),
            FT.s("A"), FT.s("a"), FT.lang("a", "en"), FT.lang("a", "fr"), FT.s("b"),
            FT.typed("x", "zzz"),
        ]
        for i in ordered.indices {
            for j in ordered.indices {
                let expected = i < j ? -1 : (i == j ? 0 : 1)
                #expect(TermValues.orderCompare(ordered[i], ordered[j]) == expected, "\(String(describing: ordered[i])) vs \(String(describing: ordered[j]))")
            }
        }
    }

    @Test func comparisonOperatorsHandleNaN() throws {
        #expect(try TermValues.compare(.less, FT.dbl("NaN"), FT.int("1")) == false)
        #expect(try TermValues.compare(.greaterOrEqual, FT.dbl("NaN"), FT.int("1")) == false)
        #expect(try TermValues.compare(.lessOrEqual, FT.int("1"), FT.dec("1.0")) == true)
        #expect(try TermValues.compare(.greater, FT.s("b"), FT.s("a")) == true)
        #expect(FT.errorKind { try TermValues.compare(.less, FT.s("b"), FT.int("1")) } == .typeError)
    }

    @Test func stringsCompareByCodePointsNotCanonicalEquivalence() throws {
        let nfc = FT.s("r\u{E9}sum\u{E9}"), nfd = FT.s("re\u{301}sume\u{301}")
        #expect(try !TermValues.equals(nfc, nfd))
        #expect(try TermValues.compare(nfc, nfd) != 0)
        #expect(!TermValues.sameTerm(nfc, nfd))
        #expect(TermValues.orderCompare(nfc, nfd) != 0)
        var ctx = FunctionContext(now: "2026-11-29T18:00:00Z")
        let b1 = try FunctionLibrary.call(.bnode, [nfc], &ctx), b2 = try FunctionLibrary.call(.bnode, [nfd], &ctx)
        #expect(b1 != b2)
    }

    @Test func sameTermIsExact() {
        #expect(TermValues.sameTerm(FT.int("1"), FT.int("1")))
        #expect(!TermValues.sameTerm(FT.int("1"), FT.dec("1.0")))
        #expect(!TermValues.sameTerm(FT.lang("a", "en"), FT.s("a")))
    }
}

@Suite struct FunctionsCastTests {
    func cast(_ dt: String, _ t: Term) throws -> Term { try FunctionLibrary.cast(IRI(unchecked: FT.xsd + dt), t) }

    @Test func toString() throws {
        // sparql11/cast cast-string
        #expect(try cast("string", FT.iri("http://example.org/z")) == FT.s("http://example.org/z"))
        #expect(try cast("string", FT.bool(true)) == FT.s("true"))
        #expect(try cast("string", FT.typed("0", "boolean")) == FT.s("false"))
        #expect(try cast("string", FT.dec("0.0")) == FT.s("0"))
        #expect(try cast("string", FT.dec("-2.5")) == FT.s("-2.5"))
        #expect(try cast("string", FT.dbl("1E0")) == FT.s("1"))
        #expect(try cast("string", FT.flt("-7.875")) == FT.s("-7.875"))
        #expect(try cast("string", FT.dbl("1.0E7")) == FT.s("1.0E7"))
        #expect(try cast("string", FT.int("01")) == FT.s("1"))
        #expect(try cast("string", FT.s("-10.2E3")) == FT.s("-10.2E3"))
        #expect(throws: ExpressionError.self) { try cast("string", FT.bnode("b")) }
    }

    @Test func toNumbers() throws {
        #expect(try cast("integer", FT.s("13")) == FT.int("13"))
        #expect(try cast("integer", FT.s(" 13 ")) == FT.int("13"))
        #expect(throws: ExpressionError.self) { try cast("integer", FT.s("1.5")) }
        #expect(throws: ExpressionError.self) { try cast("integer", FT.s("1E0")) }
        #expect(throws: ExpressionError.self) { try cast("integer", FT.s("string")) }
        #expect(try cast("integer", FT.flt("-7.875")) == FT.int("-7"))
        #expect(try cast("integer", FT.dec("2.5")) == FT.int("2"))
        #expect(try cast("integer", FT.bool(true)) == FT.int("1"))
        #expect(throws: ExpressionError.self) { try cast("integer", FT.dbl("NaN")) }
        #expect(throws: ExpressionError.self) { try cast("integer", FT.dbl("INF")) }
        #expect(try cast("decimal", FT.s("+33.3300")) == FT.dec("33.33"))
        #expect(throws: ExpressionError.self) { try cast("decimal", FT.s("-10.2E3")) }
        #expect(try cast("decimal", FT.flt("1.25")) == FT.dec("1.25"))
        #expect(try cast("decimal", FT.dbl("1E0")) == FT.dec("1.0"))
        #expect(try cast("decimal", FT.int("1")) == FT.dec("1.0"))
        #expect(try cast("decimal", FT.bool(false)) == FT.dec("0.0"))
        #expect(try cast("double", FT.s("-10.2E3")) == FT.dbl("-1.02E4"))
        #expect(try cast("double", FT.s("+33.3300")) == FT.dbl("3.333E1"))
        #expect(try cast("double", FT.bool(true)) == FT.dbl("1.0E0"))
        #expect(try cast("double", FT.flt("1.25")) == FT.dbl("1.25E0"))
        #expect(try cast("float", FT.s("0.0")) == FT.flt("0.0E0"))
        #expect(try cast("float", FT.dec("-2.5")) == FT.flt("-2.5E0"))
        #expect(throws: ExpressionError.self) { try cast("double", FT.s("2002-10-10T17:00:00Z")) }
        #expect(throws: ExpressionError.self) { try cast("double", FT.int("abc")) }
        #expect(throws: ExpressionError.self) { try cast("double", FT.lang("1", "en")) }
        #expect(throws: ExpressionError.self) { try cast("double", FT.iri("http://a/")) }
        #expect(try cast("short", FT.s("300")) == FT.typed("300", "short"))
        #expect(throws: ExpressionError.self) { try cast("byte", FT.s("300")) }
    }

    @Test func toBoolean() throws {
        #expect(try cast("boolean", FT.s("1")) == FT.bool(true))
        #expect(try cast("boolean", FT.s("false")) == FT.bool(false))
        #expect(throws: ExpressionError.self) { try cast("boolean", FT.s("1.5")) }
        #expect(throws: ExpressionError.self) { try cast("boolean", FT.s("TRUE")) }
        #expect(try cast("boolean", FT.dbl("0E1")) == FT.bool(false))
        #expect(try cast("boolean", FT.dec("-2.5")) == FT.bool(true))
        #expect(try cast("boolean", FT.typed("0", "boolean")) == FT.bool(false))
        #expect(try cast("boolean", FT.dbl("NaN")) == FT.bool(false))
    }

    @Test func toDateTime() throws {
        #expect(try cast("dateTime", FT.s("2002-10-10T17:00:00Z")) == FT.dt("2002-10-10T17:00:00Z"))
        #expect(try cast("dateTime", FT.s("2002-10-10T17:00:00.500+00:00")) == FT.dt("2002-10-10T17:00:00.5Z"))
        #expect(try cast("dateTime", FT.typed("2002-10-10", "date")) == FT.dt("2002-10-10T00:00:00"))
        #expect(try cast("date", FT.dt("2002-10-10T17:00:00-05:00")) == FT.typed("2002-10-10-05:00", "date"))
        #expect(throws: ExpressionError.self) { try cast("dateTime", FT.s("2002-10-10")) }
        #expect(throws: ExpressionError.self) { try cast("dateTime", FT.int("1")) }
        #expect(throws: ExpressionError.self) { try cast("gYear", FT.s("2002")) }
        #expect(!FunctionLibrary.isCast(IRI(unchecked: "http://example.org/f")))
        #expect(FunctionLibrary.isCast(IRI(unchecked: FT.xsd + "unsignedByte")))
    }
}
