import Foundation
import HTMLReader
import RDF

/// Reads one OSCE page (the plain-text rendering of an osce.org, oscepa.org or
/// field-operation page) and extracts its facts.
///
///     let facts = try PageIngester().ingest(text: page, source: "000_0b91f1119559f398.txt")
///     facts.kind                       // .pressRelease
///     facts.items[0].quotes[0].speaker // "Ulrika Funered"
///
/// The text is read once into a `Document` (lines with positions, blocks with their language,
/// labels in the capture or the inline form, the `URL:` header); `Segmenter` and `PageLayout`
/// label its lines and cut it into items.
///
/// Bad input never crashes the ingester: it throws an `IngestError` (empty file, binary bytes
/// with the offset and line of the first bad byte, text that is not a page — RDF, markup, source
/// code, a data table — or an unknown page kind), or returns facts with `warnings`
/// (navigation-only page, page cut off mid-word, a layout read by its best guess, bytes that are
/// not UTF-8 read as Windows-1252 (`TextDecoding`), noncharacters replaced by U+FFFD: they are
/// not text, and no RDF syntax carries U+FFFE/U+FFFF).
///
/// Source: the layouts and conventions of `Examples/pages/README.md`.
/// - Complexity: roughly O(n·k) in the page length n, with k ≤ 10 for the look-back windows.
public struct PageIngester: Sendable {
    public init() {}

    /// Ingests a file's bytes: UTF-8 (a character cut at the very end is dropped and reported as
    /// truncation), or, when the bytes are not UTF-8, as `TextDecoding` decides (a UTF-16
    /// byte-order mark; else Windows-1252, or UTF-8 with U+FFFD when mostly UTF-8) with an
    /// `.encoding` warning naming the first bad byte; then extracts. An HTML page (`.html`/`.htm`, or bytes that start
    /// with `<!DOCTYPE html` or `<html`) is rendered to text first (`ingest(html:source:)`); so is
    /// markup in a file of another name (`HTMLReader.sniffsAsHTML`: a fragment saved as `.txt`
    /// that opens with `<p>` or `<div>`), with an `.htmlContent` warning naming the file.
    /// - Throws: `IngestError` of kind `.empty`, `.binary`, `.notAPage` or
    ///   `.unknownKind` (and for HTML, `.tooLarge` and `.malformedMarkup`).
    ///
    /// The bytes are taken (`consuming`): once decoded they are let go, so a large page is not
    /// held as bytes and as text at once while it is read (when the caller hands its last copy over).
    public func ingest(bytes: consuming [UInt8], source: String) throws(IngestError) -> PageFacts {
        if Self.isHTML(bytes, source: source) { return try ingest(html: bytes, source: source) }
        if HTMLReader.sniffsAsHTML(bytes) {
            // Markup in a file not named as HTML (a fragment saved as `.txt`): read as a browser sniffs it.
            var facts = try ingest(html: bytes, source: source)
            facts.warnings.insert(IngestWarning(.htmlContent, file: source, message:
                "read as HTML: the file holds HTML markup (it opens with a tag and closes elements), though its name has no .html or .htm extension"), at: 0)
            return facts
        }
        if bytes.isEmpty {
            throw IngestError(.empty, file: source, message: "empty file (0 bytes)")
        }
        switch UTF8Validation.check(bytes) {
        case .binary(let position, let message):
            throw IngestError(.binary, file: source, position: position, message: message)
        case .invalid:
            // Not UTF-8: decoded as HTML pages are (`TextDecoding`: a byte-order mark, else
            // Windows-1252, or UTF-8 with U+FFFD when the file is mostly UTF-8), with a warning
            // naming the first bad byte.
            // Binary data after the first bad byte is refused at its offset in the file, not in
            // the decoded text (where each Windows-1252 byte ≥ 0x80 is two or three bytes).
            if let bad = Self.firstBinaryControl(in: bytes) {
                throw IngestError(.binary, file: source, position: bad, message: UTF8Validation.binaryMessage(bytes[bad.offset], offset: bad.offset))
            }
            let decoded = TextDecoding(bytes)
            let text = String(decoding: decoded.utf8, as: UTF8.self)
            var facts = try ingest(text: text, source: source, droppedTail: decoded.droppedTail)
            if let bad = decoded.problem {
                facts.warnings.insert(IngestWarning(.encoding, file: source, position: SourcePosition(line: bad.line, column: bad.column, offset: bad.offset),
                                                    message: bad.message(encoding: decoded.encoding)), at: 0)
            }
            let located = TextNormalization.replacingNoncharacters(text).text
            facts.locateSources(in: decoded.byteOrderMark > 0 ? "\u{FEFF}" + located : located)  // provenance: PageFacts+Sources.swift
            return facts
        case .valid(let text, let dropped):
            // Offsets count a leading byte-order mark as the file's first character (U+FEFF),
            // as a UTF-8 decoder that keeps it does (Python's `open(f, encoding="utf-8").read()`).
            let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
            _ = consume bytes   // (`text` holds the page now)
            var facts = try ingest(text: text, source: source, droppedTail: dropped)
            let located = TextNormalization.replacingNoncharacters(text).text  // as the facts read it
            facts.locateSources(in: hasBOM ? "\u{FEFF}" + located : located)  // provenance: PageFacts+Sources.swift
            return facts
        }
    }

    /// Ingests a file from disk.
    /// - Throws: `IngestError` of kind `.unreadable`, or any error of `ingest(bytes:source:)`.
    public func ingest(fileAt path: String) throws(IngestError) -> PageFacts {
        try Self.refuseOversizedHTML(atPath: path)
        guard let bytes = FileBytes.read(atPath: path) else {
            throw IngestError(.unreadable, file: path, message: "cannot read file")
        }
        return try ingest(bytes: consume bytes, source: path)
    }

    /// Ingests text that is already decoded.
    /// - Throws: `IngestError` of kind `.empty`, `.binary` (NUL or control characters), `.notAPage` or `.unknownKind`.
    public func ingest(text: String, source: String) throws(IngestError) -> PageFacts {
        var facts = try ingest(text: text, source: source, droppedTail: 0)
        facts.locateSources(in: TextNormalization.replacingNoncharacters(text).text)  // provenance: PageFacts+Sources.swift
        return facts
    }

    /// One `no-body` warning per release read with a title and nothing under it (no paragraph,
    /// quote or caption), at its title line. A cut capture (`truncated`) already says why its
    /// last item may be bare; a listing's entries may be titles alone.
    static func noBodyWarnings(_ items: [ReleaseFacts], _ rawItems: [PageLayout.RawItem], in content: [Document.Line],
                               truncated: Bool, source: String) -> [IngestWarning] {
        var warnings: [IngestWarning] = []
        for (item, raw) in zip(items, rawItems) where !raw.title.isEmpty && item.paragraphs.isEmpty && item.quotes.isEmpty
            && raw.captions.isEmpty && !(truncated && raw.containsEnd) {
            let position = content.first { $0.number == raw.titleLine }?.range.start
            let title = raw.title.count > 60 ? String(raw.title.prefix(60)) + "…" : raw.title
            warnings.append(IngestWarning(.noBody, file: source, position: position,
                                          message: "release with a title and no body: \"\(title)\" has no paragraph under it (read as an item with no text)"))
        }
        return warnings
    }

    /// One `unread-date` warning per release left undated whose `Date` label holds a value that
    /// is no date `DateParser` reads (`31 February 2021`: no such day), at the value's line, the
    /// first after the item's title line that holds it (the label's line when the value is inline).
    /// A cut item (`truncated`: `30 Ma` at the capture's end) is already warned about.
    static func unreadDateWarnings(_ items: [ReleaseFacts], _ rawItems: [PageLayout.RawItem], in content: [Document.Line],
                                   source: String) -> [IngestWarning] {
        var warnings: [IngestWarning] = []
        for (item, raw) in zip(items, rawItems) where item.date == nil && !item.truncated {
            guard let value = raw.labels.first(where: { $0.0 == .date })?.1.first.map(TextNormalization.collapse), !value.isEmpty
            else { continue }
            let line = content.first { $0.number >= raw.titleLine && $0.text.contains(value) }
                ?? content.first { $0.text.contains(value) }
            let excerpt = value.count > 40 ? String(value.prefix(40)) + "…" : value
            warnings.append(IngestWarning(.unreadDate, file: source, position: line?.range.start,
                                          message: "date label holds no calendar date: \"\(excerpt)\" (the release is kept undated)"))
        }
        return warnings
    }

    /// The position of the last character of `text` (whose end is `end`):
    /// where a cut-off capture stops, as a column that exists on the line.
    /// `end` itself when the last line is empty.
    static func lastCharacter(of text: String, end: SourcePosition) -> SourcePosition {
        guard end.column > 1, let last = text.unicodeScalars.last else { return end }
        return SourcePosition(line: end.line, column: end.column - 1, offset: end.offset - String(last).utf8.count)
    }

    /// - Parameter hints: what a page's markup says about it (HTML); empty for text captures.
    func ingest(text rawText: String, source: String, droppedTail: Int,
                hints: PageHints = PageHints()) throws(IngestError) -> PageFacts {
        var text = rawText
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if let bad = firstControl(text) {
            throw IngestError(.binary, file: source, position: bad.0, message: bad.1)
        }
        let noncharacters = TextNormalization.replacingNoncharacters(text)
        text = noncharacters.text
        if TextNormalization.isBlank(text) {
            throw IngestError(.empty, file: source, message: "empty page: the file holds only white space")
        }
        let document = DocumentReader.read(text)
        let url = hints.url ?? document.url
        if let refusal = NonPageDetector.check(document) {
            throw IngestError(.notAPage, file: source, position: refusal.position, message: refusal.message)
        }
        // Truncation: a character cut at the end, or no final newline and the last body line (the
        // page's footer left out: contact block, social links, credits) stopping mid-sentence.
        var truncated = droppedTail > 0 || hints.cutOff != nil
        var endsInSpace = false
        if !truncated, let last = text.last, !(last == "\n" || last == "\r" || last == "\r\n") {
            let lines = document.lines.map(\.text)
            let body = lines.prefix(BodyEnd.footerStart(lines))
            if let end = body.last(where: { !TextNormalization.isBlank($0) }), BodyEnd.endsMidSentence(end) { truncated = true }
            endsInSpace = last.isWhitespace
        }
        var warnings: [IngestWarning] = []
        if let first = noncharacters.first {
            warnings.append(.noncharacters(file: source, position: first, value: noncharacters.value, count: noncharacters.count))
        }
        if truncated {
            let cut = endsInSpace ? "the capture ends mid-sentence without a final newline" : "the capture ends mid-word without a final newline"
            let why = hints.cutOff ?? (droppedTail > 0 ? "the capture ends inside a UTF-8 character (\(droppedTail) byte(s) dropped)" : cut)
            warnings.append(IngestWarning(.truncated, file: source, position: Self.lastCharacter(of: text, end: document.end),
                                          message: "page is truncated: \(why); the last item is marked truncated"))
        }
        // Chrome above the site menu (`Skip navigation`, breadcrumbs) is not page text.
        let menuStart = Segmenter.leadingChrome(in: document)
        let navigation = NavigationParser.parse(document, from: menuStart, truncatedAtEnd: truncated)
        let content = document.contentLines(from: navigation.map { $0.endIndex } ?? menuStart)
        if content.isEmpty && navigation == nil {
            throw IngestError(.empty, file: source, message: "empty page: no text after the capture's header lines")
        }
        if content.isEmpty {
            warnings.insert(IngestWarning(.navigationOnly, file: source,
                                          message: "navigation-only page: the site menu has no release after it"), at: 0)
            return PageFacts(source: source, url: url, kind: .navigationOnly, language: "en", navigation: navigation?.facts,
                             items: [], warnings: warnings)
        }
        let layout = PageLayout.classify(content, truncated: truncated, hints: hints)
        switch layout.outcome {
        case .unknown(let line) where navigation != nil:
            // A site menu followed by lines that hold no release (a footer, links): navigation only.
            warnings.insert(IngestWarning(.navigationOnly, file: source, position: line.range.start,
                                          message: "navigation-only page: the lines after the site menu hold no release"), at: 0)
            return PageFacts(source: source, url: url, kind: .navigationOnly, language: "en", navigation: navigation?.facts,
                             items: [], warnings: warnings)
        case .unknown(let line):
            let excerpt = line.text.count > 60 ? String(line.text.prefix(60)) + "…" : line.text
            throw IngestError(.unknownKind, file: source, position: line.range.start,
                              message: "unknown page kind: no type line, dateline, listing labels or site menu, and no headline over prose (at \"\(excerpt)\")")
        case .page(let kind, let rawItems):
            for note in layout.notes {
                warnings.append(IngestWarning(note.kind, file: source, position: note.line.range.start, message: note.message))
            }
            var items: [ReleaseFacts] = []
            if kind.holdsReleases {
                var unclosed: [ReleaseAnalyzer.UnclosedQuotation] = []
                items = rawItems.map { ReleaseAnalyzer.analyze($0, truncated: truncated && $0.containsEnd, datelines: layout.datelines,
                                                               unclosed: { unclosed.append($0) }) }
                warnings += Self.unclosedQuotationWarnings(unclosed, in: content, source: source)
                if kind != .listing && kind != .statementListing {
                    warnings += Self.noBodyWarnings(items, rawItems, in: content, truncated: truncated, source: source)
                }
                warnings += Self.unreadDateWarnings(items, rawItems, in: content, source: source)
                // An unknown layout already said that no item was read: one warning, not two.
                if items.isEmpty && !layout.notes.contains(where: { $0.kind == .unknownLayout }) {
                    warnings.append(IngestWarning(.noRelease, file: source, message: "no release found on a page of kind \(kind.rawValue)"))
                }
            }
            // (`detect` reads the first scalars only: the sample is cut there, not the whole page joined.)
            var sample = LanguageDetector.sample(items.lazy.flatMap { [$0.title] + $0.paragraphs }, separator: " ")
            if sample.isEmpty { sample = LanguageDetector.sample(content.lazy.map(\.text), separator: " ") }
            var facts = PageFacts(source: source, url: url, kind: kind, language: LanguageDetector.detect(sample, hint: hints.language),
                                  navigation: navigation?.facts, items: items, warnings: warnings)
            if kind == .institutionPage || kind == .fieldOperationPage {
                facts.structure = StructurePageAnalyzer.analyze(content.map(\.text), kind: kind, language: facts.language)
            }
            return facts
        }
    }

    /// One warning per unclosed quotation mark, at the line and column where its excerpt is
    /// found in `lines` (searched in page order, each after the previous one; no position when
    /// the text is not found as written, a paragraph joined from several lines).
    static func unclosedQuotationWarnings(_ unclosed: [ReleaseAnalyzer.UnclosedQuotation], in lines: [Document.Line],
                                          source: String) -> [IngestWarning] {
        var cursor = 0
        return unclosed.map { quotation in
            var position: SourcePosition?
            for k in cursor..<lines.count {
                guard let r = lines[k].text.range(of: quotation.excerpt) else { continue }
                let column = lines[k].range.start.column + lines[k].text.unicodeScalars[..<r.lowerBound].count
                position = SourcePosition(line: lines[k].range.start.line, column: column)
                cursor = k
                break
            }
            return IngestWarning(.unclosedQuotation, file: source, position: position, message: quotation.message)
        }
    }

    /// The position in a file that is not UTF-8 of its first binary control byte
    /// (`UTF8Validation.isBinaryControl`), columns counted in the characters `TextDecoding` reads;
    /// nil for UTF-16 (whose bytes hold NULs) and for a file with none.
    private static func firstBinaryControl(in bytes: [UInt8]) -> SourcePosition? {
        guard !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]),
              let k = bytes.firstIndex(where: UTF8Validation.isBinaryControl) else { return nil }
        let decoded = TextDecoding(bytes)   // (a copy, on the error path only: its encoding decides columns)
        var line = 1, lineStart = 0
        for i in 0..<k where bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
        if line == 1 { lineStart = decoded.byteOrderMark }
        let column = decoded.encoding == "windows-1252" ? k - lineStart + 1
            : String(decoding: bytes[lineStart..<k], as: UTF8.self).unicodeScalars.count + 1
        return SourcePosition(line: line, column: column, offset: k)
    }

    /// The first NUL or other control character that never occurs in text.
    /// A scan of the UTF-8 bytes: every such character is ASCII, and only lead bytes count columns.
    private func firstControl(_ text: String) -> (SourcePosition, String)? {
        var text = text
        return text.withUTF8 { bytes -> (SourcePosition, String)? in
            var line = 1
            var lineStart = 0   // byte offset of the line's first byte
            var k = 0
            let n = bytes.count
            while k < n {
                let v = bytes[k]
                if v < 0x20 || v == 0x7F {
                    if v == 0x0A {
                        line += 1
                        lineStart = k + 1
                    } else if UTF8Validation.isBinaryControl(v) {
                        var column = 1
                        for b in bytes[lineStart..<k] where b & 0xC0 != 0x80 { column += 1 }
                        return (SourcePosition(line: line, column: column, offset: k), UTF8Validation.binaryMessage(v, offset: k))
                    }
                }
                k += 1
            }
            return nil
        }
    }
}
