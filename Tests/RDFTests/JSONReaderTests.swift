import RDF
import Testing

/// The one JSON reader (SPARQL results JSON, JSON-LD): values, member positions, and errors at
/// their line and column.
@Suite struct JSONReaderTests {
    @Test func readsValuesAndKeepsMemberOrderAndPositions() throws {
        let value = try JSONReader.read("{\"b\": [1, -0.5e3, true, null],\n  \"a\": \"x\\u00e9\\ud83d\\ude00\"}")
        guard case .object(let object) = value else { Issue.record("not an object"); return }
        #expect(object.members.map(\.key) == ["b", "a"])
        #expect(object.members[1].position == SourcePosition(line: 2, column: 3, offset: 33))
        guard case .array(let items)? = value["b"] else { Issue.record("no array"); return }
        #expect(items.count == 4)
        if case .number(let n) = items[1] { #expect(n == "-0.5e3") } else { Issue.record("not a number") }
        #expect(value["a"]?.string == "xé😀")
    }

    @Test func errorsNameLineAndColumn() {
        func failure(_ text: String) -> String? {
            do { _ = try JSONReader.read(text); return nil } catch { return error.description }
        }
        #expect(failure("{\"a\": 1,\n  \"b\" 2}") == "2:7: expected ':' after a member name")
        #expect(failure("[1, 2,, 3]") == "1:7: expected a value, found ','")
        #expect(failure("{\"é\": tru}") == "1:7: expected a value (true, false, null, a number, a string, an array or an object)")
        #expect(failure("[01]") == "1:3: a number has no leading zero")
        #expect(failure("[1.]") == "1:4: a number needs a digit after its '.'")
        #expect(failure("\"a\nb\"") == "1:3: a line break in a string (write it as \\n)")
        #expect(failure("[\"\\ud800\"]") == "1:3: a lone surrogate \\uD800 is not a character")
        #expect(failure("{} x") == "1:4: content after the JSON value")
        #expect(failure("") == "1:1: the document is empty: no JSON value")
        #expect(failure("{\"a\": [") == "1:8: unexpected end of the document: expected a value")
        #expect(failure(String(repeating: "[", count: 600)) == "1:513: JSON nested too deeply (more than 512 arrays and objects)")
    }

    @Test func byteOrderMarkIsSkippedAndBadUTF8Refused() {
        #expect((try? JSONReader.read([0xEF, 0xBB, 0xBF] + Array("[true]".utf8)))?.kindName == "an array")
        do { _ = try JSONReader.read([0x22, 0x61, 0xE9, 0x22]); Issue.record("accepted") } catch {
            #expect(error.description == "1:3: not UTF-8: the sequence starting with byte 0xE9 is ill-formed")
        }
    }
}

/// Durations in messages and JSON-LD's doubles: plain decimal text, never Swift's `1e-06`.
@Suite struct DecimalTextTests {
    @Test func plainDecimalHasNoExponent() {
        #expect(DecimalText.plain(0.000001) == "0.000001")
        #expect(DecimalText.plain(1.5e-7) == "0.00000015")
        #expect(DecimalText.plain(30) == "30")
        #expect(DecimalText.plain(2.5) == "2.5")
        #expect(DecimalText.plain(-0.25) == "-0.25")
        #expect(DecimalText.plain(1234.5) == "1234.5")
        #expect(DecimalText.plain(1.5e21) == "1500000000000000000000")
        #expect(DecimalText.plain(0) == "0")
    }

    @Test func scientificIsTheCanonicalDouble() {
        #expect(DecimalText.scientific(1.5) == "1.5E0")
        #expect(DecimalText.scientific(1e21) == "1.0E21")
        #expect(DecimalText.scientific(-2.5e-7) == "-2.5E-7")
        #expect(DecimalText.scientific(1234.5) == "1.2345E3")
        #expect(DecimalText.scientific(0) == "0.0E0")
    }
}
