import Foundation
import Testing
import RDF
@testable import PageIngest

/// Bad input: each case gives an `IngestError` with a clear one-line message and a
/// position, or facts with a warning.
@Suite struct BadInputTests {
    let ingester = PageIngester()

    private func error(_ bytes: [UInt8], _ source: String = "page.txt") -> IngestError? {
        do {
            _ = try ingester.ingest(bytes: bytes, source: source)
            return nil
        } catch {
            return error
        }
    }

    @Test func emptyFile() throws {
        let e = try #require(error([], "empty.txt"))
        #expect(e.kind == .empty)
        #expect(e.description == "empty.txt: empty file (0 bytes)")
    }

    @Test func whiteSpaceOnly() throws {
        let e = try #require(error(Array(" \n\u{00A0}\n\t\n".utf8), "blank.txt"))
        #expect(e.kind == .empty)
        #expect(e.description == "blank.txt: empty page: the file holds only white space")
    }

    @Test func binaryFile() throws {
        let bytes: [UInt8] = Array("Press release\nTitle".utf8) + [0x00, 0x01, 0xFF]
        let e = try #require(error(bytes, "image.png"))
        #expect(e.kind == .binary)
        #expect(e.position == SourcePosition(line: 2, column: 6, offset: 19))
        #expect(e.description == "image.png:2:6: binary data: NUL byte at byte offset 19")
    }

    /// Binary data after a byte that is not UTF-8 is refused at its offset in the file: before,
    /// the offset was counted in the Windows-1252 text decoded as UTF-8 (each é two bytes), and
    /// the byte was worded "control character U+1" where the UTF-8 check says "control byte 0x01".
    @Test func binaryDataAfterWindows1252IsRefusedAtItsFileOffset() throws {
        // "Caf\u{E9}s \u{E9}t\u{E9}\n" in Windows-1252 (10 bytes), then "ab", then 0x01.
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9] + Array("s ".utf8) + [0xE9] + Array("t".utf8) + [0xE9, 0x0A]
            + Array("ab".utf8) + [0x01] + Array(" more text\n".utf8)
        let e = try #require(error(bytes, "scan.txt"))
        #expect(e.kind == .binary)
        #expect(e.position == SourcePosition(line: 2, column: 3, offset: 12))
        #expect(e.description == "scan.txt:2:3: binary data: control byte 0x01 at byte offset 12")
        // Mostly UTF-8 (one bad byte): columns count characters, the offset counts file bytes.
        let mostly: [UInt8] = Array("é é é é x".utf8) + [0xFF] + Array(" y".utf8) + [0x00]
        let m = try #require(error(mostly, "mostly.txt"))
        #expect(m.description == "mostly.txt:1:13: binary data: NUL byte at byte offset 16")
    }

    /// A text page that is not UTF-8 is decoded as an HTML page is (`TextDecoding`): Windows-1252
    /// with a warning at the first bad byte (before: refused as "not UTF-8" while the same text
    /// as HTML was read).
    @Test func windows1252TextPageIsReadWithAWarning() throws {
        let page = try String(contentsOf: DatelineVariantTests.seed, encoding: .utf8) + "\nD\u{E9}claration of the Chair\u{2019}s office.\n"
        // The seed page saved in Windows-1252 (é is 0xE9, ’ is 0x92).
        let bytes = [UInt8](try #require(page.data(using: .windowsCP1252, allowLossyConversion: true)))
        let facts = try ingester.ingest(bytes: bytes, source: "cp1252.txt")
        let warning = try #require(facts.warnings.first)
        #expect(warning.kind == .encoding)
        let bad = try #require(bytes.firstIndex { $0 >= 0x80 })
        let line = bytes[..<bad].filter { $0 == 0x0A }.count + 1
        let column = bad - (bytes[..<bad].lastIndex(of: 0x0A) ?? -1)
        let byte = String(bytes[bad], radix: 16, uppercase: true)
        #expect(warning.description.hasPrefix("cp1252.txt:\(line):\(column): not UTF-8: byte 0x\(byte) at byte offset \(bad) is not UTF-8"))
        #expect(warning.description.hasSuffix("read as Windows-1252 (save the page as UTF-8 if it is in another encoding)"))
        let utf8 = try ingester.ingest(bytes: Array(page.utf8), source: "cp1252.txt")
        let titles: [String?] = facts.items.map { $0.title }
        #expect(titles == utf8.items.map { $0.title })
        #expect(facts.items.count == utf8.items.count)
    }

    /// Mostly UTF-8 with one bad byte: read as UTF-8, the bad byte a U+FFFD, with the warning.
    @Test func mostlyUTF8TextPageKeepsItsUTF8() throws {
        let page = try String(contentsOf: DatelineVariantTests.seed, encoding: .utf8)
        let bytes = Array(page.utf8) + Array("\nCaf\u{E9} ".utf8) + [0xFF] + Array("\n".utf8)
        let facts = try ingester.ingest(bytes: bytes, source: "damaged.txt")
        let warning = try #require(facts.warnings.first)
        #expect(warning.kind == .encoding)
        #expect(warning.message.hasPrefix("not valid UTF-8: byte 0xFF at byte offset"))
        #expect(warning.message.hasSuffix("the rest of the file is UTF-8, so it was read as UTF-8 and it became U+FFFD"))
    }

    /// A UTF-16 text page with its byte-order mark is decoded, as HTML pages are.
    @Test func utf16TextPageIsDecoded() throws {
        let page = try String(contentsOf: DatelineVariantTests.seed, encoding: .utf8)
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in page.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let facts = try ingester.ingest(bytes: bytes, source: "utf16.txt")
        let utf8 = try ingester.ingest(bytes: Array(page.utf8), source: "utf16.txt")
        let titles: [String?] = facts.items.map { $0.title }
        #expect(titles == utf8.items.map { $0.title })
        #expect(!facts.warnings.contains { $0.kind == .encoding })
    }

    @Test func binaryBytesAfterAFallbackAreStillBinary() throws {
        // A PNG signature: 0x89 is not UTF-8, and 0x1A is a control byte text never holds.
        let e = try #require(error([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00], "image.txt"))
        #expect(e.kind == .binary)
    }

    @Test func unknownKind() throws {
        let text = "Some notes about the weather.\nIt rained all day, and the wind was strong.\n"
        let e = try #require(error(Array(text.utf8), "notes.txt"))
        #expect(e.kind == .unknownKind)
        #expect(e.position?.line == 1)
        #expect(e.description.hasPrefix("notes.txt:1:1: unknown page kind: no type line, dateline, listing labels or site menu"))
    }

    @Test func navigationOnlyPageGivesFactsAndAWarning() throws {
        let text = "-\nOur work\n- Fields of work\n- Field operations\n- Projects\n-\nCountries\n- All\n-\nParticipating States\n- Albania\n- Malta – OSCE Chairpersonship 2024\n- Asian Partners for Co-operation\n"
        let facts = try ingester.ingest(bytes: Array(text.utf8), source: "menu.txt")
        #expect(facts.kind == .navigationOnly)
        #expect(facts.items.isEmpty)
        #expect(facts.navigation?.participatingStatesCount == 2)
        #expect(facts.navigation?.fieldsOfWorkCount == 0)
        #expect(facts.navigation?.menu.participatingStates.last == MenuStateEntry(name: "Malta", chairpersonshipYear: 2024))
        #expect(facts.warnings.map(\.description) == ["menu.txt: navigation-only page: the site menu has no release after it"])
    }

    @Test func truncatedPageMarksTheLastItem() throws {
        let text = "Press release\nTitle of the release\n- Date:\n- 3 May 2019\nVIENNA, 3 May 2019 – The OSCE today opened a cour"
        let facts = try ingester.ingest(bytes: Array(text.utf8), source: "cut.txt")
        #expect(facts.items.count == 1)
        #expect(facts.items[0].truncated)
        #expect(facts.warnings.count == 1)
        #expect(facts.warnings[0].kind == .truncated)
        #expect(facts.warnings[0].description == "cut.txt:5:49: page is truncated: the capture ends mid-word without a final newline; the last item is marked truncated")
    }

    /// U+FFFE and U+FFFF (noncharacters no RDF syntax carries) become U+FFFD, with one warning
    /// naming the first one's line and column and how many there were.
    @Test func noncharactersBecomeReplacementCharacters() throws {
        let text = "Press release\nOSCE title with odd \u{FFFE} char\nVIENNA, 11 May 2020 – The OSCE met today.\n"
        let facts = try ingester.ingest(bytes: Array(text.utf8), source: "b.txt")
        #expect(facts.items.count == 1)
        #expect(facts.items[0].title == "OSCE title with odd \u{FFFD} char")
        #expect(facts.warnings.map(\.description) == ["b.txt:2:21: noncharacter U+FFFE replaced by U+FFFD: noncharacters are not text (no RDF syntax carries U+FFFE or U+FFFF, and an HTML parser drops them)"])
        #expect(facts.warnings[0].kind == .noncharacter)
        // Three of them (U+FFFF too) after a multi-byte character: one warning, at the first, with the count.
        let more = "Press release\nTitle with odd char\nVIENNA, 11 May 2020 – Ж\u{FFFF} and \u{FFFE}\u{FFFF}.\n"
        let moreFacts = try ingester.ingest(text: more, source: "c.txt")
        #expect(moreFacts.warnings.map(\.description) == ["c.txt:3:24: noncharacter U+FFFF replaced by U+FFFD (3 in the page): noncharacters are not text (no RDF syntax carries U+FFFE or U+FFFF, and an HTML parser drops them)"])
        #expect(!Noncharacters.occur(in: moreFacts.items[0].bodyText))
        #expect(moreFacts.items[0].bodyText.contains("Ж\u{FFFD} and \u{FFFD}\u{FFFD}."))
        let replaced = TextNormalization.replacingNoncharacters("a\n\u{FFFF}b")
        #expect(replaced.text == "a\n\u{FFFD}b" && replaced.count == 1 && replaced.first == SourcePosition(line: 2, column: 1, offset: 2))
        #expect(TextNormalization.replacingNoncharacters("plain \u{FFFD} text").first == nil)
    }

    /// A capture cut after white space is cut mid-sentence, not mid-word; the
    /// warning names the last character's column, on a long line too.
    @Test func truncationAfterWhiteSpaceNamesTheLastColumn() throws {
        let line = "VIENNA, 3 May 2019 – The OSCE today opened a " + String(repeating: "course on border management and ", count: 3000)
        let text = "Press release\nTitle of the release\n- Date:\n- 3 May 2019\n" + line
        let facts = try ingester.ingest(bytes: Array(text.utf8), source: "cut.txt")
        #expect(facts.warnings.map(\.description)
            == ["cut.txt:5:\(line.unicodeScalars.count): page is truncated: the capture ends mid-sentence without a final newline; the last item is marked truncated"])
    }

    /// Prose with no headline is one warning (the unknown layout read no item), not two.
    @Test func unknownLayoutWithNoItemIsOneWarning() throws {
        let text = String(repeating: "The OSCE supports dialogue and co-operation in the region. ", count: 5) + "\n"
        let facts = try ingester.ingest(bytes: Array(text.utf8), source: "prose.txt")
        #expect(facts.warnings.map(\.description)
            == ["prose.txt:1:1: unknown layout: prose with no headline, type line, labels or dateline; no item read"])
    }

    @Test func characterCutAtTheEndIsTruncationNotAnError() throws {
        // "Яси" then the first byte of "н" (D0 BD): the cut split the character.
        let text = "Новости\nЕжедневный отчет СММ\nКИЕВ 4 сентября 2019\nНаблюдатели вблизи Яси"
        let facts = try ingester.ingest(bytes: Array(text.utf8) + [0xD0], source: "ru.txt")
        #expect(facts.kind == .dailyReport)
        #expect(facts.language == "ru")
        #expect(facts.items.first?.truncated == true)
        #expect(facts.items.first?.datelinePlaces == ["Киев"])
        #expect(facts.warnings.first?.message.contains("1 byte(s) dropped") == true)
    }

    @Test func completePageIsNotTruncated() throws {
        let text = "Press release\nTitle\n- Date:\n- 3 May 2019\nVIENNA, 3 May 2019 – The OSCE today opened a course."
        let facts = try ingester.ingest(text: text, source: "ok.txt")
        #expect(facts.warnings.isEmpty)
        #expect(facts.items.first?.truncated == false)
        #expect(facts.items.first?.date == "2019-05-03")
    }

    @Test func menuFollowedByAFooterIsNavigationOnly() throws {
        let text = "-\nCountries\n- All\n-\nParticipating States\n- Albania\n- Andorra\nPrivacy policy\nTerms of use\n"
        let facts = try ingester.ingest(bytes: Array(text.utf8), source: "footer.txt")
        #expect(facts.kind == .navigationOnly)
        #expect(facts.navigation?.participatingStatesCount == 2)
        #expect(facts.warnings.map(\.description) == ["footer.txt:8:1: navigation-only page: the lines after the site menu hold no release"])
    }
}
