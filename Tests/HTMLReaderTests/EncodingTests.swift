import Testing
@testable import HTMLReader

/// Bytes to characters: UTF-8 when the bytes are UTF-8, else what the page declares.
@Suite struct EncodingTests {
    @Test func utf8WithoutDeclarationIsUTF8() throws {
        // libxml2 2.9 alone would read undeclared UTF-8 as ISO-8859-1 ("cafÃ©").
        #expect(try Fixture.texts("<p>café Ğ Ж “q”</p>") == ["café Ğ Ж “q”"])
    }

    @Test func declaredLegacyEncodings() throws {
        let latin1: [UInt8] = Array("<meta charset=\"iso-8859-1\"><p>caf".utf8) + [0xE9] + Array("</p>".utf8)
        #expect(try HTMLReader.render(bytes: latin1, source: "l.html").lines.map(\.text) == ["café"])
        let cp1251: [UInt8] = Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><p>".utf8)
            + [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2] + Array("</p>".utf8)
        #expect(try HTMLReader.render(bytes: cp1251, source: "c.html").lines.map(\.text) == ["Привет"])
    }

    /// Numeric character references `&#128;`–`&#159;` are the Windows-1252 characters of those
    /// bytes, as browsers render them (HTML's table: `&#147;…&#148;` → “…”, `&#146;` → ’,
    /// `&#150;` → –, `&#128;` → €); libxml2 gave the C1 controls U+0093, U+0094…, so a 2003 page's
    /// quotation marks were no marks. The five references
    /// Windows-1252 leaves unassigned (`&#129;`) stay; `&#8220;` and the characters themselves
    /// are unchanged.
    @Test func windows1252NumericReferencesAreTheirCharacters() throws {
        let html = "<p>&#147;We don&#146;t wait,&#148; she said &#150; &#128;5 &#x93;x&#x94; &#8220;y&#8221; “z”</p>"
            + "<p>&#129;</p>"
        let page = try Fixture.render(html)
        #expect(page.lines.map(\.text) == ["“We don’t wait,” she said – €5 “x” “y” “z”", "\u{81}"])
        var bytes = Array("a\u{93}b\u{9F}".utf8)
        let mapped = bytes.withUnsafeBufferPointer { TextDecoding.replacingC1Controls($0) }
        #expect(mapped.map { String(decoding: $0, as: UTF8.self) } == "a“bŸ")
        bytes = Array("plain “text” é".utf8)
        #expect(bytes.withUnsafeBufferPointer { TextDecoding.replacingC1Controls($0) } == nil)
    }

    /// No declaration and bytes that are not UTF-8: Windows-1252 (the HTML standard's fallback;
    /// libxml2 alone chose ISO-8859-1, which has no `–` or `’` at 0x96 and 0x92), with the first
    /// bad byte named once.
    @Test func undeclaredNonUTF8IsWindows1252WithAWarning() throws {
        let bytes: [UInt8] = Array("<p>ok</p>\n<p>na".utf8) + [0xEF, 0x76, 0x65, 0x20, 0x96, 0x20, 0x92, 0x80] + Array("</p>".utf8)
        let page = try HTMLReader.render(bytes: bytes, source: "x.html")
        #expect(page.lines.map(\.text) == ["ok", "naïve – ’€"])
        let bad = try #require(page.undecodable)
        #expect(bad.encoding == "windows-1252")
        #expect(!bad.declared)
        #expect([bad.line, bad.column, bad.offset, bad.count] == [2, 6, 15, 4])
        #expect(bad.byte == 0xEF)
        #expect(bad.message == "not UTF-8 and no charset declared: byte 0xEF at byte offset 15 is not UTF-8 (4 bad sequences in the file); read as Windows-1252 (declare the charset with <meta charset=…> if it is another)")
    }

    /// A UTF-8 file with one damaged byte is not Windows-1252 text: its UTF-8 characters stay
    /// themselves (no `Ã©`), the bad byte becomes U+FFFD, and the warning names it (line and column
    /// in the characters before it).
    @Test func undeclaredMostlyUTF8KeepsItsCharacters() throws {
        let bytes: [UInt8] = Array("<p>café Jürgen</p>\n<p>Müller na".utf8) + [0xEF] + Array("ve é</p>".utf8)
        let page = try HTMLReader.render(bytes: bytes, source: "x.html")
        #expect(page.lines.map(\.text) == ["café Jürgen", "Müller na\u{FFFD}ve é"])
        let bad = try #require(page.undecodable)
        #expect(bad.encoding == "UTF-8")
        #expect([bad.line, bad.column, bad.offset, bad.count] == [2, 13, 34, 1])
        #expect(bad.message == "not valid UTF-8 and no charset declared: byte 0xEF at byte offset 34; the rest of the file is UTF-8, so it was read as UTF-8 and it became U+FFFD")
        // Valid UTF-8 gives no warning.
        #expect(try Fixture.render("<p>café</p>").undecodable == nil)
    }

    /// A declaration wins over what the bytes look like: declared Windows-1252 (or its label
    /// `iso-8859-1`) is read so even when the bytes happen to be valid UTF-8, with no warning; a
    /// declared UTF-8 with a bad byte is UTF-8 with U+FFFD and a warning; a `<meta>` after a
    /// comment holding another `<meta>` is found by the prescan, and one past the first 1,024
    /// bytes is not.
    @Test func declaredCharsetWins() throws {
        let utf8Bytes: [UInt8] = Array("<meta charset=windows-1252><p>caf\u{E9}</p>".utf8)   // é as C3 A9
        let asDeclared = try HTMLReader.render(bytes: utf8Bytes, source: "d.html")
        #expect(asDeclared.lines.map(\.text) == ["cafÃ©"])
        #expect(asDeclared.undecodable == nil)
        let declaredUTF8: [UInt8] = Array("<head><meta http-equiv=content-type content='text/html;charset=\"utf-8\"'></head><p>a".utf8) + [0xFF] + Array("é</p>".utf8)
        let damaged = try HTMLReader.render(bytes: declaredUTF8, source: "u.html")
        #expect(damaged.lines.map(\.text) == ["a\u{FFFD}é"])
        #expect(damaged.undecodable?.declared == true)
        #expect(damaged.undecodable?.message == "declared UTF-8 but not valid UTF-8: byte 0xFF at byte offset 83; it became U+FFFD")
        let commented: [UInt8] = Array("<!-- <meta charset=koi8-r> --><META CHARSET=\"ISO-8859-1\"><p>".utf8) + [0xE9] + Array("</p>".utf8)
        #expect(try HTMLReader.render(bytes: commented, source: "c.html").lines.map(\.text) == ["é"])
        #expect(HTMLEncoding.prescan(Array("<!-- <meta charset=koi8-r> --><meta charset=latin1>".utf8)) == "latin1")
        let late = Array(("<p>" + String(repeating: "x", count: 1100) + "</p><meta charset=koi8-r>").utf8)
        #expect(HTMLEncoding.prescan(late) == nil)
        #expect(HTMLEncoding.charsetInContent("text/html; charset = 'windows-1251'") == "windows-1251")
        #expect(HTMLEncoding.charsetInContent("text/html; charset=utf-8; x=y") == "utf-8")
        #expect(HTMLEncoding.charsetInContent("text/html") == nil)
        // A meta with content but no http-equiv declares nothing (the standard's "need pragma").
        #expect(HTMLEncoding.prescan(Array("<meta content=\"text/html; charset=koi8-r\">".utf8)) == nil)
    }

    @Test func byteOrderMarks() throws {
        let utf8: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<p>é</p>".utf8)
        #expect(try HTMLReader.render(bytes: utf8, source: "b.html").lines.map(\.text) == ["é"])
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "<p>Ж</p>".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try HTMLReader.render(bytes: utf16, source: "w.html").lines.map(\.text) == ["Ж"])
    }
}
