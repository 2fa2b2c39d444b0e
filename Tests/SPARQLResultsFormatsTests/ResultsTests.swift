import Testing
import RDF
import SPARQLSyntax
import TestSupport
@testable import SPARQLResultsFormats

/// Terms that are hard to write: quotes, backslashes, newlines, tabs, commas,
/// language tags, datatypes, blank nodes, non-ASCII.
private enum Tricky {
    static let vars = [Variable("x"), Variable("y")]
    static let rows: [[Term?]] = [
        [FT.iri("http://example.org/a?b=1&c=2"), FT.s("say \"hi\", \\ ok")],
        [FT.bnode("b0"), FT.lang("line1\nline2\ttab", "en-GB")],
        [FT.int("42"), nil],
        [nil, FT.typed("<x>&", "token")],
        [FT.s("日本語, \r\n"), FT.dec("2.50")],
    ]

    static func write(_ format: SPARQLResultsFormat) -> String {
        var out = ""
        try! SPARQLResultsWriter.write(variables: vars, rows: rows, format: format, to: &out)
        return out
    }
}

@Suite struct ResultsWriterTests {
    @Test func jsonGolden() {
        let expected = """
        {
          "head": {
            "vars": [ "x", "y" ]
          },
          "results": {
            "bindings": [
              {
                "x": { "type": "uri", "value": "http://example.org/a?b=1&c=2" },
                "y": { "type": "literal", "value": "say \\"hi\\", \\\\ ok" }
              },
              {
                "x": { "type": "bnode", "value": "b0" },
                "y": { "type": "literal", "value": "line1\\nline2\\ttab", "xml:lang": "en-GB" }
              },
              {
                "x": { "type": "literal", "value": "42", "datatype": "http://www.w3.org/2001/XMLSchema#integer" }
              },
              {
                "y": { "type": "literal", "value": "<x>&", "datatype": "http://www.w3.org/2001/XMLSchema#token" }
              },
              {
                "x": { "type": "literal", "value": "日本語, \\r\\n" },
                "y": { "type": "literal", "value": "2.50", "datatype": "http://www.w3.org/2001/XMLSchema#decimal" }
              }
            ]
          }
        }

        """
        #expect(Tricky.write(.json) == expected)
    }

    @Test func xmlGolden() {
        let expected = """
        <?xml version="1.0"?>
        <sparql xmlns="http://www.w3.org/2005/sparql-results#">
          <head>
            <variable name="x"/>
            <variable name="y"/>
          </head>
          <results>
            <result>
              <binding name="x"><uri>http://example.org/a?b=1&amp;c=2</uri></binding>
              <binding name="y"><literal>say "hi", \\ ok</literal></binding>
            </result>
            <result>
              <binding name="x"><bnode>b0</bnode></binding>
              <binding name="y"><literal xml:lang="en-GB">line1
        line2\ttab</literal></binding>
            </result>
            <result>
              <binding name="x"><literal datatype="http://www.w3.org/2001/XMLSchema#integer">42</literal></binding>
            </result>
            <result>
              <binding name="y"><literal datatype="http://www.w3.org/2001/XMLSchema#token">&lt;x&gt;&amp;</literal></binding>
            </result>
            <result>
              <binding name="x"><literal>日本語, &#xD;
        </literal></binding>
              <binding name="y"><literal datatype="http://www.w3.org/2001/XMLSchema#decimal">2.50</literal></binding>
            </result>
          </results>
        </sparql>

        """
        #expect(Tricky.write(.xml) == expected)
    }

    @Test func csvGolden() {
        let expected = "x,y\r\n"
            + "http://example.org/a?b=1&c=2,\"say \"\"hi\"\", \\ ok\"\r\n"
            + "_:b0,\"line1\nline2\ttab\"\r\n"
            + "42,\r\n"
            + ",<x>&\r\n"
            + "\"日本語, \r\n\",2.50\r\n"
        #expect(Tricky.write(.csv) == expected)
    }

    @Test func tsvGolden() {
        let expected = "?x\t?y\n"
            + "<http://example.org/a?b=1&c=2>\t\"say \\\"hi\\\", \\\\ ok\"\n"
            + "_:b0\t\"line1\\nline2\\ttab\"@en-GB\n"
            + "42\t\n"
            + "\t\"<x>&\"^^<http://www.w3.org/2001/XMLSchema#token>\n"
            + "\"日本語, \\r\\n\"\t2.50\n"
        #expect(Tricky.write(.tsv) == expected)
    }

    @Test func tableGolden() {
        let out = Tricky.write(.table)
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The widest y cell is the typed literal (48 scalars); widths count Unicode scalars.
        #expect(lines.count == 10 && lines[9] == "")
        #expect(lines[0] == String(repeating: "-", count: 85))
        #expect(lines[1] == "| x                              | y" + String(repeating: " ", count: 48) + "|")
        #expect(lines[2] == String(repeating: "=", count: 85))
        #expect(lines[3] == "| <http://example.org/a?b=1&c=2> | \"say \\\"hi\\\", \\\\ ok\"" + String(repeating: " ", count: 30) + "|")
        #expect(lines[4] == "| _:b0                           | \"line1\\nline2\\ttab\"@en-GB" + String(repeating: " ", count: 24) + "|")
        #expect(lines[5] == "| 42                             |" + String(repeating: " ", count: 50) + "|")
        #expect(lines[6] == "|                                | \"<x>&\"^^<http://www.w3.org/2001/XMLSchema#token> |")
        #expect(lines[7] == "| \"日本語, \\r\\n\"" + String(repeating: " ", count: 20) + "| 2.50" + String(repeating: " ", count: 45) + "|")
        #expect(lines[8] == lines[0])
    }

    @Test func tableUsesPrefixes() {
        var out = ""
        SPARQLResultsWriter.writeTable(
            variables: [Variable("s"), Variable("n")],
            rows: [[FT.iri("http://example.org/alice"), FT.typed("5", "short")], [FT.iri("http://example.org/a/b"), FT.dbl("1.0E6")],
                   [nil, FT.lang("x", "en")]],
            prefixes: [Namespace(prefix: "ex", iri: "http://example.org/"), Namespace(prefix: "xsd", iri: FT.xsd)],
            to: &out)
        let expected = """
        ---------------------------------------------
        | s                        | n              |
        =============================================
        | ex:alice                 | "5"^^xsd:short |
        | <http://example.org/a/b> | 1.0E6          |
        |                          | "x"@en         |
        ---------------------------------------------

        """
        #expect(out == expected)
    }

    @Test func emptyResults() throws {
        var json = ""
        try SPARQLResultsWriter.write(variables: [Variable("a")], rows: [[Term?]](), format: .json, to: &json)
        #expect(json == "{\n  \"head\": {\n    \"vars\": [ \"a\" ]\n  },\n  \"results\": {\n    \"bindings\": []\n  }\n}\n")
        var csv = ""
        try SPARQLResultsWriter.write(variables: [Variable("a"), Variable("b")], rows: [[Term?]](), format: .csv, to: &csv)
        #expect(csv == "a,b\r\n")
        var table = ""
        try SPARQLResultsWriter.write(variables: [Variable("a")], rows: [[Term?]](), format: .table, to: &table)
        #expect(table == "-----\n| a |\n=====\n-----\n")
        var emptyRow = ""
        try SPARQLResultsWriter.write(variables: [], rows: [[Term?]]([[]]), format: .json, to: &emptyRow)
        #expect(emptyRow == "{\n  \"head\": {\n    \"vars\": [ ]\n  },\n  \"results\": {\n    \"bindings\": [\n      {}\n    ]\n  }\n}\n")
    }

    /// U+FFFE and U+FFFF are not XML characters, not even as references (`&#xFFFE;` is
    /// ill-formed): XML results refuse the term, naming it, after the rows before it; JSON keeps it.
    @Test func xmlRefusesNoncharacters() throws {
        let rows: [[Term?]] = [[FT.s("fine")], [FT.s("odd \u{FFFE} char")], [FT.s("never")]]
        var xml = ""
        do {
            try SPARQLResultsWriter.write(variables: [Variable("t")], rows: rows, format: .xml, to: &xml)
            Issue.record("XML results written with U+FFFE: \(xml)")
        } catch {
            #expect(error.term == "\"odd \u{FFFE} char\"")
            #expect(error.message == "?t is bound to \"odd \\uFFFE char\", which holds U+FFFE or U+FFFF: XML cannot hold it")
        }
        #expect(xml.contains("<literal>fine</literal>") && !xml.contains("never") && xml.components(separatedBy: "<result>").count == 2 && !xml.contains("&#xFFFE;") && !xml.contains("\u{FFFE}"))
        let iri: [[Term?]] = [[.iri(IRI(unchecked: "http://ex.org/\u{FFFF}"))]]
        #expect(throws: SPARQLResultsWriteError.self) { var out = ""; try SPARQLResultsWriter.write(variables: [Variable("t")], rows: iri, format: .xml, to: &out) }
        var json = ""
        try SPARQLResultsWriter.write(variables: [Variable("t")], rows: rows, format: .json, to: &json)
        #expect(json.contains("odd \u{FFFE} char") && json.contains("never"))
    }

    @Test func booleanResults() throws {
        func w(_ b: Bool, _ f: SPARQLResultsFormat) -> String { var s = ""; SPARQLResultsWriter.write(boolean: b, format: f, to: &s); return s }
        #expect(w(true, .json) == "{\n  \"head\": { },\n  \"boolean\": true\n}\n")
        #expect(w(false, .xml).contains("<boolean>false</boolean>"))
        #expect(w(true, .table) == "Ask => Yes\n")
        #expect(w(false, .table) == "Ask => No\n")
        #expect(w(true, .csv) == "_askResult\r\ntrue\r\n")
        #expect(w(false, .tsv) == "?_askResult\nfalse\n")
        #expect(try SPARQLResultsReader.readJSON(w(true, .json)) == .boolean(true))
        #expect(try SPARQLResultsReader.readXML(w(false, .xml)) == .boolean(false))
    }

    @Test func turtleTermForms() {
        #expect(SPARQLResultsWriter.turtleTerm(FT.int("-5"), prefixes: []) == "-5")
        #expect(SPARQLResultsWriter.turtleTerm(FT.int("abc"), prefixes: []) == "\"abc\"^^<http://www.w3.org/2001/XMLSchema#integer>")
        #expect(SPARQLResultsWriter.turtleTerm(FT.dec("1."), prefixes: []) == "\"1.\"^^<http://www.w3.org/2001/XMLSchema#decimal>")
        #expect(SPARQLResultsWriter.turtleTerm(FT.dec(".5"), prefixes: []) == ".5")
        #expect(SPARQLResultsWriter.turtleTerm(FT.dbl("INF"), prefixes: []) == "\"INF\"^^<http://www.w3.org/2001/XMLSchema#double>")
        #expect(SPARQLResultsWriter.turtleTerm(FT.dbl("1.0e6"), prefixes: []) == "1.0e6")
        #expect(SPARQLResultsWriter.turtleTerm(FT.bool(true), prefixes: []) == "true")
        #expect(SPARQLResultsWriter.turtleTerm(FT.s("a\u{1}b"), prefixes: []) == "\"a\\u0001b\"")
        #expect(SPARQLResultsWriter.turtleTerm(FT.iri("http://x/a b"), prefixes: []) == "<http://x/a\\u0020b>")
        #expect(SPARQLResultsWriter.turtleTerm(FT.iri("http://x/a.b"), prefixes: [Namespace(prefix: "x", iri: "http://x/")]) == "<http://x/a.b>")
    }
}

@Suite struct ResultsReaderTests {
    let s = Variable("s"), p = Variable("p"), o = Variable("o")

    @Test func readsW3CTSV() throws {
        let r = try SPARQLResultsReader.readTSV(ResultsFixtures.csvtsv01Tsv)
        #expect(r.variables == [s, p, o])
        #expect(r.rows.count == 6)
        #expect(r.rows[0][o] == FT.iri("http://example.org/s2"))
        #expect(r.rows[1][o] == FT.s("foo"))
        #expect(r.rows[3][o] == FT.int("4"))
        #expect(r.rows[4][o] == FT.dec("5.5"))
        #expect(r.rows[5][o] == FT.bnode("b0"))
        let r2 = try SPARQLResultsReader.readTSV(ResultsFixtures.csvtsv02Tsv)
        #expect(r2.variables.count == 5)
        #expect(r2.rows[1][Variable("p2")] == nil)
        #expect(r2.rows[0][Variable("o2")] == FT.s("foo"))
        let r3 = try SPARQLResultsReader.readTSV(ResultsFixtures.csvtsv03Tsv)
        #expect(r3.rows[2][o] == FT.typed("-3", "negativeInteger"))
        #expect(r3.rows[3][o] == FT.s("4,4"))
        #expect(r3.rows[4][o] == .literal(Literal("5,5", datatype: IRI(unchecked: "http://example.org/myCustomDatatype"))))
        #expect(r3.rows[5][o] == FT.dbl("1.0e6"))
    }

    @Test func readsW3CCSV() throws {
        let r = try SPARQLResultsReader.readCSV(ResultsFixtures.csvtsv01Csv)
        #expect(r.variables == [s, p, o])
        #expect(r.rows.count == 6)
        #expect(r.rows[0][s] == FT.s("http://example.org/s1"))
        #expect(r.rows[5][o] == FT.bnode("a"))
        let r2 = try SPARQLResultsReader.readCSV(ResultsFixtures.csvtsv02Csv)
        #expect(r2.rows[1][Variable("o2")] == nil)
        let r3 = try SPARQLResultsReader.readCSV(ResultsFixtures.csvtsv03Csv)
        #expect(r3.rows[3][o] == FT.s("4,4"))
        #expect(r3.rows[5][o] == FT.s("1.0E6"))
        #expect(SPARQLResultsReader.csvProjection(FT.dbl("1.0E6")) == FT.s("1.0E6"))
        #expect(SPARQLResultsReader.csvProjection(FT.iri("http://a/")) == FT.s("http://a/"))
    }

    @Test func readsW3CJSON() throws {
        let r = try SPARQLResultsReader.readJSON(ResultsFixtures.jsonres01)
        #expect(r.variables == [s, p, o])
        #expect(r.rows.count == 6)
        #expect(r.rows[3][o] == FT.int("4"))
        #expect(r.rows[5][o] == FT.bnode("b0"))
        #expect(r.rows[2][o] == FT.s("bar"))
    }

    @Test func readsW3CXML() throws {
        let r = try SPARQLResultsReader.readXML(ResultsFixtures.aggErr01)
        #expect(r.variables == [Variable("g"), Variable("avg"), Variable("c")])
        #expect(r.rows.count == 3)
        #expect(r.rows[0][Variable("avg")] == FT.dec("2.5"))
        #expect(r.rows[1].count == 1)
        #expect(r.rows[2][Variable("g")] == FT.iri("http://example.com/data/#z"))
    }

    @Test func xmlEntitiesCDATAAndComments() throws {
        let doc = """
        <?xml version="1.0" encoding="utf-8"?>
        <!-- comment -->
        <sparql xmlns="http://www.w3.org/2005/sparql-results#"><head><variable name="v"/><link href="x"/></head>
        <results>
          <result><binding name="v"><literal xml:lang="fr">a &amp; b &#x1F600; &#233;<!-- c --><![CDATA[<raw>]]></literal></binding></result>
          <result><binding name="v"><literal>line&#xD;
        </literal></binding></result>
          <result/>
        </results></sparql>
        """
        let r = try SPARQLResultsReader.readXML(doc)
        #expect(r.rows.count == 3)
        #expect(r.rows[0][Variable("v")] == FT.lang("a & b 😀 é<raw>", "fr"))
        #expect(r.rows[1][Variable("v")] == FT.s("line\r\n"))
        #expect(r.rows[2].isEmpty)
    }

    @Test func roundTripsThroughEveryFormat() throws {
        for format in [SPARQLResultsFormat.json, .xml, .tsv] {
            let text = Tricky.write(format)
            let r = try SPARQLResultsReader.read(text, format: format)
            #expect(r.variables == Tricky.vars, "\(format)")
            #expect(r.rows.count == Tricky.rows.count, "\(format)")
            for (i, row) in Tricky.rows.enumerated() {
                for (j, v) in Tricky.vars.enumerated() {
                    #expect(r.rows[i][v] == row[j], "\(format) row \(i) \(v)")
                }
            }
        }
        let csv = try SPARQLResultsReader.readCSV(Tricky.write(.csv))
        for (i, row) in Tricky.rows.enumerated() {
            for (j, v) in Tricky.vars.enumerated() {
                #expect(csv.rows[i][v] == row[j].map(SPARQLResultsReader.csvProjection), "csv row \(i) \(v)")
            }
        }
    }

    @Test func errorsCarryPositions() {
        do {
            _ = try SPARQLResultsReader.readXML("<sparql>\n  <head></heed>\n</sparql>")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .syntax)
            #expect(error.position?.line == 2)
        }
        do {
            _ = try SPARQLResultsReader.readJSON("{\"head\": {\"vars\": [\"a\"]},\n \"results\": {\"bindings\": [ { \"a\": {\"type\": \"uri\" \"value\": \"x\"} } ] } }")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .syntax)
            #expect(error.position?.line == 2)
        }
        #expect(throws: SPARQLResultsReadError.self) { try SPARQLResultsReader.readJSON("{\"results\": {}}") }
        #expect(throws: SPARQLResultsReadError.self) { try SPARQLResultsReader.readTSV("?a\n\"unterminated\n") }
        #expect(throws: SPARQLResultsReadError.self) { try SPARQLResultsReader.readTSV("a\n") }
        #expect(throws: SPARQLResultsReadError.self) { try SPARQLResultsReader.readCSV("a\n\"x") }
        #expect(throws: SPARQLResultsReadError.self) { try SPARQLResultsReader.read("", format: .table) }
    }

    @Test func jsonEscapesAndOldTypedLiteral() throws {
        let doc = #"{"head":{"vars":["v"]},"results":{"bindings":[{"v":{"type":"typed-literal","datatype":"http://www.w3.org/2001/XMLSchema#integer","value":"1"}},{"v":{"type":"literal","value":"\ud83d\ude00\u00e9\n\/"}}]}}"#
        let r = try SPARQLResultsReader.readJSON(doc)
        #expect(r.rows[0][Variable("v")] == FT.int("1"))
        #expect(r.rows[1][Variable("v")] == FT.s("😀é\n/"))
    }
}
