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

    @Test func undeclaredNonUTF8FallsBackToLatin1() throws {
        let bytes: [UInt8] = Array("<p>na".utf8) + [0xEF, 0x76, 0x65] + Array("</p>".utf8)
        #expect(try HTMLReader.render(bytes: bytes, source: "x.html").lines.map(\.text) == ["naïve"])
    }

    @Test func byteOrderMarks() throws {
        let utf8: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<p>é</p>".utf8)
        #expect(try HTMLReader.render(bytes: utf8, source: "b.html").lines.map(\.text) == ["é"])
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "<p>Ж</p>".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try HTMLReader.render(bytes: utf16, source: "w.html").lines.map(\.text) == ["Ж"])
    }
}
