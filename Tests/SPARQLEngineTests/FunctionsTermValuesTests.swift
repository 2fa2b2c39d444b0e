import Testing
import RDF
import SPARQLSyntax
@testable import SPARQLEngine

@Suite struct FunctionsTermValuesTests {
    @Test func effectiveBooleanValue() throws {
        // practice ebv-of-literal-kinds: only "abc" and 1.0 are true.
        #expect(try TermValues.effectiveBooleanValue(T.s("")) == false)
        #expect(try TermValues.effectiveBooleanValue(T.s("abc")) == true)
        #expect(try TermValues.effectiveBooleanValue(T.int("0")) == false)
        #expect(try TermValues.effectiveBooleanValue(T.dec("0.0")) == false)
        #expect(try TermValues.effectiveBooleanValue(T.dec("1.0")) == true)
        #expect(try TermValues.effectiveBooleanValue(T.dbl("NaN")) == false)
        #expect(try TermValues.effectiveBooleanValue(T.bool(false)) == false)
        #expect(try TermValues.effectiveBooleanValue(T.int("abc")) == false)
        #expect(try TermValues.effectiveBooleanValue(T.typed("1", "boolean")) == true)
        #expect(try TermValues.effectiveBooleanValue(T.typed("TRUE", "boolean")) == false)
        #expect(try TermValues.effectiveBooleanValue(T.lang("x", "en")) == true)
        #expect(try TermValues.effectiveBooleanValue(T.dbl("-0.0E0")) == false)
        #expect(T.errorKind { try TermValues.effectiveBooleanValue(T.iri("http://a/")) } == .typeError)
        #expect(T.errorKind { try TermValues.effectiveBooleanValue(T.bnode("b")) } == .typeError)
        #expect(T.errorKind { try TermValues.effectiveBooleanValue(T.dt("2010-01-01T00:00:00Z")) } == .typeError)
        #expect(T.errorKind { try TermValues.effectiveBooleanValue(T.typed("x", "unknownType")) } == .typeError)
    }

    @Test func numericEquality() throws {
        #expect(try TermValues.equals(T.int("1"), T.int("01")))
        #expect(try TermValues.equals(T.int("1"), T.dec("1.0")))
        #expect(try TermValues.equals(T.int("1"), T.dbl("1.0E0")))
        #expect(try TermValues.equals(T.typed("1", "byte"), T.typed("1", "unsignedLong")))
        #expect(try !TermValues.equals(T.int("1"), T.int("2")))
        #expect(try !TermValues.equals(T.dbl("NaN"), T.dbl("NaN")))
        #expect(try TermValues.equals(T.dbl("0.0E0"), T.dbl("-0.0E0")))
    }

    @Test func stringAndLanguageEquality() throws {
        #expect(try TermValues.equals(T.s("xyz"), T.typed("xyz", "string")))
        #expect(try !TermValues.equals(T.s("xyz"), T.s("abc")))
        #expect(try TermValues.equals(T.lang("xyz", "en"), T.lang("xyz", "EN")))
        #expect(try !TermValues.equals(T.lang("xyz", "en"), T.lang("xyz", "fr")))
        #expect(try !TermValues.equals(T.lang("xyz", "en"), T.s("xyz")))
        // open-world open-eq-10: a tagged string is known to differ from anything else.
        #expect(try !TermValues.equals(T.lang("xyz", "en"), T.int("abc")))
        #expect(try !TermValues.equals(T.lang("xyz", "en"), T.typed("abc", "unknown")))
    }

    @Test func rdfTermEqualErrors() throws {
        // open-world open-eq-10: distinct literals with an unknown or ill-typed side are a type error.
        #expect(T.errorKind { try TermValues.equals(T.s("xyz"), T.int("abc")) } == .typeError)
        #expect(T.errorKind { try TermValues.equals(T.int("xyz"), T.int("abc")) } == .typeError)
        #expect(T.errorKind { try TermValues.equals(T.typed("xyz", "u"), T.typed("abc", "u")) } == .typeError)
        #expect(try TermValues.equals(T.typed("xyz", "u"), T.typed("xyz", "u")))
        #expect(try TermValues.equals(T.int("abc"), T.int("abc")))
        #expect(try !TermValues.equals(T.s("1"), T.int("1")))
        #expect(try !TermValues.equals(T.iri("http://a/"), T.s("http://a/")))
        #expect(try !TermValues.equals(T.bnode("a"), T.bnode("b")))
        #expect(try TermValues.equals(T.iri("http://a/"), T.iri("http://a/")))
    }

    @Test func dateTimeEqualityByInstant() throws {
        // practice datetime-equality-compares-instants
        #expect(try TermValues.equals(T.dt("2012-01-31T15:32:16-08:00"), T.dt("2012-01-31T23:32:16Z")))
        #expect(try TermValues.equals(T.dt("2012-01-31T23:32:16.000Z"), T.dt("2012-01-31T23:32:16Z")))
        #expect(try TermValues.equals(T.dt("2012-01-31T24:00:00Z"), T.dt("2012-02-01T00:00:00Z")))
        #expect(try !TermValues.equals(T.dt("2012-01-31T15:32:16-08:00"), T.dt("2012-01-31T15:32:16Z")))
        // Indeterminate: one without timezone, within 14 hours.
        #expect(T.errorKind { try TermValues.equals(T.dt("2012-01-31T15:32:16"), T.dt("2012-01-31T15:32:16Z")) } == .typeError)
        #expect(try !TermValues.equals(T.dt("2012-01-31T15:32:16"), T.dt("2012-03-31T15:32:16Z")))
        // open-world date-2: xsd:date vs xsd:dateTime are different values.
        #expect(try !TermValues.equals(T.typed("2006-08-23", "date"), T.dt("2006-08-23T09:00:00+01:00")))
        #expect(T.errorKind { try TermValues.equals(T.typed("2006-08-23Z", "date"), T.typed("2006-08-23", "date")) } == .typeError)
    }

    @Test func ordering() throws {
        #expect(try TermValues.compare(T.int("2"), T.dec("10.5")) == -1)
        #expect(try TermValues.compare(T.dbl("1.0E1"), T.int("10")) == 0)
        #expect(try TermValues.compare(T.s("b"), T.s("a")) == 1)
        #expect(try TermValues.compare(T.s("Z"), T.s("a")) == -1)
        // Code point order: U+FF5E after U+1F600? No: supplementary characters sort after BMP.
        #expect(try TermValues.compare(T.s("\u{FF5E}"), T.s("\u{1F600}")) == -1)
        #expect(try TermValues.compare(T.bool(false), T.bool(true)) == -1)
        // practice datetime-less-than-compares-instants
        #expect(try TermValues.compare(T.dt("2012-01-31T15:32:16-08:00"), T.dt("2012-02-01T00:00:00Z")) == -1)
        #expect(try TermValues.compare(T.dt("2012-01-31T15:32:16-08:00"), T.dt("2012-01-31T23:00:00Z")) == 1)
        // open-world date-3
        #expect(try TermValues.compare(T.typed("2006-08-23Z", "date"), T.typed("2006-08-22", "date")) == 1)
        #expect(T.errorKind { try TermValues.compare(T.typed("2006-08-23", "date"), T.dt("2006-08-22T00:00:00Z")) } == .typeError)
        #expect(T.errorKind { try TermValues.compare(T.s("a"), T.int("1")) } == .typeError)
        #expect(T.errorKind { try TermValues.compare(T.lang("a", "en"), T.lang("b", "en")) } == .typeError)
        #expect(T.errorKind { try TermValues.compare(T.iri("http://a/"), T.iri("http://b/")) } == .typeError)
        #expect(T.errorKind { try TermValues.compare(T.dbl("NaN"), T.int("1")) } == .typeError)
        #expect(T.errorKind { try TermValues.compare(T.int("x"), T.int("1")) } == .typeError)
    }

    @Test func arithmeticWithPromotion() throws {
        // practice numeric-division-and-type-promotion
        #expect(try TermValues.arithmetic(.divide, T.int("1"), T.int("2")) == T.dec("0.5"))
        #expect(try TermValues.arithmetic(.divide, T.int("6"), T.int("3")) == T.dec("2.0"))
        #expect(try TermValues.arithmetic(.add, T.int("1"), T.dec("1.5")) == T.dec("2.5"))
        #expect(try TermValues.arithmetic(.multiply, T.int("2"), T.dbl("1.5e0")) == T.dbl("3.0E0"))
        #expect(T.errorKind { try TermValues.arithmetic(.divide, T.int("1"), T.int("0")) } == .divisionByZero)
        #expect(T.errorKind { try TermValues.arithmetic(.divide, T.dec("1.0"), T.dec("0.0")) } == .divisionByZero)
        #expect(try TermValues.arithmetic(.divide, T.dbl("1"), T.int("0")) == T.dbl("INF"))
        #expect(try TermValues.arithmetic(.divide, T.dbl("-1"), T.int("0")) == T.dbl("-INF"))
        #expect(try TermValues.arithmetic(.divide, T.flt("0"), T.int("0")) == T.flt("NaN"))
        #expect(try TermValues.arithmetic(.add, T.typed("1", "short"), T.typed("2", "byte")) == T.int("3"))
        #expect(try TermValues.arithmetic(.add, T.flt("1.5"), T.int("1")) == T.flt("2.5E0"))
        #expect(try TermValues.arithmetic(.subtract, T.dec("0.1"), T.dec("0.3")) == T.dec("-0.2"))
        #expect(try TermValues.arithmetic(.multiply, T.int("12345678901234567890"), T.int("10")) == T.int("123456789012345678900"))
        #expect(try TermValues.arithmetic(.divide, T.int("1"), T.int("3")) == T.dec("0.33333333333333333333333333333333333333"))
        #expect(T.errorKind { try TermValues.arithmetic(.add, T.int("abc"), T.int("1")) } == .typeError)
        #expect(T.errorKind { try TermValues.arithmetic(.add, T.s("1"), T.int("1")) } == .typeError)
        #expect(try TermValues.unaryMinus(T.int("5")) == T.int("-5"))
        #expect(try TermValues.unaryMinus(T.dbl("0")) == T.dbl("-0.0E0"))
        #expect(try TermValues.unaryPlus(T.typed("+05", "integer")) == T.int("5"))
        #expect(T.errorKind { try TermValues.unaryMinus(T.s("5")) } == .typeError)
    }

    @Test func canonicalDoubleForms() throws {
        #expect(try TermValues.unaryPlus(T.dbl("100")) == T.dbl("1.0E2"))
        #expect(try TermValues.unaryPlus(T.dbl("0.00012")) == T.dbl("1.2E-4"))
        #expect(try TermValues.unaryPlus(T.dbl("-1.02E4")) == T.dbl("-1.02E4"))
        #expect(try TermValues.unaryPlus(T.dbl("1e300")) == T.dbl("1.0E300"))
        #expect(try TermValues.unaryPlus(T.flt("0.1")) == T.flt("1.0E-1"))
        #expect(try TermValues.unaryPlus(T.dec("+033.3300")) == T.dec("33.33"))
        #expect(try TermValues.unaryPlus(T.dec("-.5")) == T.dec("-0.5"))
        #expect(try TermValues.unaryPlus(T.dec("-0")) == T.dec("0.0"))
        #expect(try TermValues.unaryPlus(T.int("-0")) == T.int("0"))
    }

    @Test func orderByTotalOrder() {
        let ordered: [Term?] = [
            nil, T.bnode("a"), T.bnode("b"), T.iri("http://a/"), T.iri("http://b/"),
            T.dbl("NaN"), T.dbl("-INF"), T.int("-1"), T.dec("0.5"), T.int("1"), T.dec("1.0"), T.int("2"), T.dbl("1e10"),
            T.bool(false), T.bool(true),
            T.dt("2012-01-01T00:00:00Z"), T.dt("2012-01-01T00:00:00-05:00"),
            T.typed("2012-01-01", "date"),
            T.s("A"), T.s("a"), T.lang("a", "en"), T.lang("a", "fr"), T.s("b"),
            T.typed("x", "zzz"),
        ]
        for i in ordered.indices {
            for j in ordered.indices {
                let expected = i < j ? -1 : (i == j ? 0 : 1)
                #expect(TermValues.orderCompare(ordered[i], ordered[j]) == expected, "\(String(describing: ordered[i])) vs \(String(describing: ordered[j]))")
            }
        }
    }

    @Test func sameTermIsExact() {
        #expect(TermValues.sameTerm(T.int("1"), T.int("1")))
        #expect(!TermValues.sameTerm(T.int("1"), T.dec("1.0")))
        #expect(!TermValues.sameTerm(T.lang("a", "en"), T.s("a")))
    }
}

@Suite struct FunctionsCastTests {
    func cast(_ dt: String, _ t: Term) throws -> Term { try FunctionLibrary.cast(IRI(unchecked: T.xsd + dt), t) }

    @Test func toString() throws {
        // sparql11/cast cast-string
        #expect(try cast("string", T.iri("http://example.org/z")) == T.s("http://example.org/z"))
        #expect(try cast("string", T.bool(true)) == T.s("true"))
        #expect(try cast("string", T.typed("0", "boolean")) == T.s("false"))
        #expect(try cast("string", T.dec("0.0")) == T.s("0"))
        #expect(try cast("string", T.dec("-2.5")) == T.s("-2.5"))
        #expect(try cast("string", T.dbl("1E0")) == T.s("1"))
        #expect(try cast("string", T.flt("-7.875")) == T.s("-7.875"))
        #expect(try cast("string", T.dbl("1.0E7")) == T.s("1.0E7"))
        #expect(try cast("string", T.int("01")) == T.s("1"))
        #expect(try cast("string", T.s("-10.2E3")) == T.s("-10.2E3"))
        #expect(throws: ExpressionError.self) { try cast("string", T.bnode("b")) }
    }

    @Test func toNumbers() throws {
        #expect(try cast("integer", T.s("13")) == T.int("13"))
        #expect(try cast("integer", T.s(" 13 ")) == T.int("13"))
        #expect(throws: ExpressionError.self) { try cast("integer", T.s("1.5")) }
        #expect(throws: ExpressionError.self) { try cast("integer", T.s("1E0")) }
        #expect(throws: ExpressionError.self) { try cast("integer", T.s("string")) }
        #expect(try cast("integer", T.flt("-7.875")) == T.int("-7"))
        #expect(try cast("integer", T.dec("2.5")) == T.int("2"))
        #expect(try cast("integer", T.bool(true)) == T.int("1"))
        #expect(throws: ExpressionError.self) { try cast("integer", T.dbl("NaN")) }
        #expect(throws: ExpressionError.self) { try cast("integer", T.dbl("INF")) }
        #expect(try cast("decimal", T.s("+33.3300")) == T.dec("33.33"))
        #expect(throws: ExpressionError.self) { try cast("decimal", T.s("-10.2E3")) }
        #expect(try cast("decimal", T.flt("1.25")) == T.dec("1.25"))
        #expect(try cast("decimal", T.dbl("1E0")) == T.dec("1.0"))
        #expect(try cast("decimal", T.int("1")) == T.dec("1.0"))
        #expect(try cast("decimal", T.bool(false)) == T.dec("0.0"))
        #expect(try cast("double", T.s("-10.2E3")) == T.dbl("-1.02E4"))
        #expect(try cast("double", T.s("+33.3300")) == T.dbl("3.333E1"))
        #expect(try cast("double", T.bool(true)) == T.dbl("1.0E0"))
        #expect(try cast("double", T.flt("1.25")) == T.dbl("1.25E0"))
        #expect(try cast("float", T.s("0.0")) == T.flt("0.0E0"))
        #expect(try cast("float", T.dec("-2.5")) == T.flt("-2.5E0"))
        #expect(throws: ExpressionError.self) { try cast("double", T.s("2002-10-10T17:00:00Z")) }
        #expect(throws: ExpressionError.self) { try cast("double", T.int("abc")) }
        #expect(throws: ExpressionError.self) { try cast("double", T.lang("1", "en")) }
        #expect(throws: ExpressionError.self) { try cast("double", T.iri("http://a/")) }
        #expect(try cast("short", T.s("300")) == T.typed("300", "short"))
        #expect(throws: ExpressionError.self) { try cast("byte", T.s("300")) }
    }

    @Test func toBoolean() throws {
        #expect(try cast("boolean", T.s("1")) == T.bool(true))
        #expect(try cast("boolean", T.s("false")) == T.bool(false))
        #expect(throws: ExpressionError.self) { try cast("boolean", T.s("1.5")) }
        #expect(throws: ExpressionError.self) { try cast("boolean", T.s("TRUE")) }
        #expect(try cast("boolean", T.dbl("0E1")) == T.bool(false))
        #expect(try cast("boolean", T.dec("-2.5")) == T.bool(true))
        #expect(try cast("boolean", T.typed("0", "boolean")) == T.bool(false))
        #expect(try cast("boolean", T.dbl("NaN")) == T.bool(false))
    }

    @Test func toDateTime() throws {
        #expect(try cast("dateTime", T.s("2002-10-10T17:00:00Z")) == T.dt("2002-10-10T17:00:00Z"))
        #expect(try cast("dateTime", T.s("2002-10-10T17:00:00.500+00:00")) == T.dt("2002-10-10T17:00:00.5Z"))
        #expect(try cast("dateTime", T.typed("2002-10-10", "date")) == T.dt("2002-10-10T00:00:00"))
        #expect(try cast("date", T.dt("2002-10-10T17:00:00-05:00")) == T.typed("2002-10-10-05:00", "date"))
        #expect(throws: ExpressionError.self) { try cast("dateTime", T.s("2002-10-10")) }
        #expect(throws: ExpressionError.self) { try cast("dateTime", T.int("1")) }
        #expect(throws: ExpressionError.self) { try cast("gYear", T.s("2002")) }
        #expect(!FunctionLibrary.isCast(IRI(unchecked: "http://example.org/f")))
        #expect(FunctionLibrary.isCast(IRI(unchecked: T.xsd + "unsignedByte")))
    }
}
