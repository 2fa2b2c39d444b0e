@testable import osce_kg
import Testing

/// The column of a Turtle syntax error, which Raptor gives by line only: found when the token
/// it names is punctuation that occurs once on the line outside IRIs, strings and comments.
@Suite struct TurtleErrorColumnTests {
    static func column(_ message: String, line: Int, _ text: String) -> Int? {
        TurtleErrorColumn.find(message: message, line: line, in: Array(text.utf8))
    }

    @Test func theOnlyOccurrenceGivesTheColumn() {
        #expect(Self.column("syntax error, unexpected }", line: 2, "@prefix ex: <http://e/> .\nex:a ex:b } .\n") == 11)
        #expect(Self.column("syntax error, unexpected ]", line: 1, "<http://a/]> <http://b> \"]\" ; ] . # ]\n") == 31)
        #expect(Self.column("syntax error at '\"'", line: 1, "<http://a> <http://b> \"x .\n") == 23)
        // Columns count scalars: "é" before the token is one.
        #expect(Self.column("syntax error, unexpected ,", line: 1, "<http://a> <http://b> \"é\" , .\n") == 27)
        // A long string over lines: its quotes and braces are not tokens of the line.
        #expect(Self.column("syntax error, unexpected }", line: 2, "<http://a> <http://b> \"\"\"a\n} b\"\"\" } .\n") == 8)
    }

    @Test func noColumnRatherThanAGuess() {
        // Named by its kind, not its text.
        #expect(Self.column("syntax error, unexpected QName, expecting .", line: 1, "ex:a ex:b ex:c ex:d .\n") == nil)
        // Twice on the line.
        #expect(Self.column("syntax error, unexpected ,", line: 1, "<http://a> <http://b> <http://c> , , .\n") == nil)
        // Not a syntax error message.
        #expect(Self.column("The namespace prefix in \"ex:a\" was not declared.", line: 1, "ex:a <http://b> <http://c> .\n") == nil)
    }
}
