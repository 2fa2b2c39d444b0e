import Foundation
import HTMLReader
import RDF

extension PageIngester {
    /// Ingests a saved HTML page: renders it through `HTMLReader` to the lines a text capture of the
    /// page shows, then runs the text pipeline on them.
    ///
    /// Lines of page furniture (`RenderedLine.isBoilerplate`: a cookie banner, a sidebar, the page
    /// footer) are left out of the text. From the markup: the lines of a photo's caption
    /// (`RenderedLine.isCaption`) are captions (`PageHints.captionLines`); the canonical URL (or `og:url`) is the
    /// page's URL; two dated schema.org items or more are a listing's entries (`PageHints.entries`); `<html lang>` is a hint
    /// to language detection; the schema.org headline, the sharing title and `<title>` name the
    /// title line (`PageHints.naming`: an article's headline when schema.org gives it or the page
    /// is dated, a page's title otherwise); the meta publication date (`article:published_time`, `DC.date`, …) is
    /// the date of a single-release page only when the page gives no date of its own (no date
    /// field, no dated dateline). Errors and warnings name the HTML source line (column 0:
    /// libxml2 gives lines only); an encoding warning (an undeclared file that is not UTF-8, see
    /// `HTMLEncoding`) names the first bad byte's line and column.
    ///
    /// - Throws: `IngestError` of kind `.empty` (no bytes, white space only, or no text in the
    ///   body), `.notAPage` (a file with no markup that holds RDF, code or a table), `.binary`, `.tooLarge`, `.malformedMarkup`, `.unreadable`, or any error of the text
    ///   pipeline (`.unknownKind`), positioned on the HTML line.
    public func ingest(html bytes: [UInt8], source: String) throws(IngestError) -> PageFacts {
        try refuseNonPageText(bytes, source: source)
        var page: RenderedHTML
        do {
            page = try HTMLReader.render(bytes: bytes, source: source, vocabulary: Self.htmlVocabulary)
        } catch {
            throw IngestError(Self.kind(of: error), file: source,
                              position: error.line.map { SourcePosition(line: $0, column: 0) }, message: error.message)
        }
        guard !page.lines.isEmpty else {
            throw IngestError(.empty, file: source, message: "empty page: the HTML has no text in its body")
        }
        // Page furniture (a cookie banner, a sidebar of related items, the page footer:
        // `RenderedLine.isBoilerplate`) is no page text, unless it holds all the prose.
        var kept = page.lines.indices.filter { !page.lines[$0].isBoilerplate }
        if !kept.contains(where: { Segmenter.isProse(page.lines[$0].text) }),
           kept.isEmpty || page.lines.contains(where: { $0.isBoilerplate && Segmenter.isProse($0.text) }) {
            // The furniture held all the prose (a sidebar class on the article's own wrapper): keep it.
            kept = Array(page.lines.indices)
        }
        // A pull quote that sets again a passage of the text is no new quotation.
        let repeated = Self.repeatedPullQuotes(page.lines, kept: kept)
        if !repeated.isEmpty { kept.removeAll { repeated.contains($0) } }
        var text = kept.lazy.map { page.lines[$0].text }.joined(separator: "\n")
        var droppedTail = 0
        var hints = PageHints(url: page.canonicalURL, language: Self.primaryLanguage(page.language), headline: page.headline,
                              titles: [page.socialTitle, page.title].compactMap { $0 }, dated: page.publishedDate != nil)
        hints.entries = Self.entries(page.itemBlocks, kept: kept)
        hints.captionLines = Set(kept.indices.lazy.filter { page.lines[kept[$0]].isCaption }.map { $0 + 1 })
        switch page.ending {
        case .afterMarkup: text += "\n"
        case .inText: break  // the last line decides, as for a text capture without a final newline
        case .insideMarkup: hints.cutOff = "the HTML file ends inside a tag"
        case .insideCharacter(let dropped): droppedTail = dropped
        }
        let sourceLines = kept.map { page.lines[$0].sourceLine }
        page.lines = []  // joined into `text`: not kept twice while the text is read
        var facts: PageFacts
        do {
            facts = try ingest(text: text, source: source, droppedTail: droppedTail, hints: hints)
        } catch {
            throw IngestError(error.kind, file: error.file, position: Self.htmlPosition(error.position, sourceLines),
                              message: error.message)
        }
        facts.warnings = facts.warnings.map { warning in
            guard let line = warning.line else { return warning }
            return IngestWarning(warning.kind, file: warning.file,
                                 position: Self.htmlPosition(SourcePosition(line: line, column: warning.column ?? 0), sourceLines),
                                 message: warning.message)
        }
        if let replaced = page.replacedNoncharacters {
            // Named where they stood in the HTML file (the rendered text holds U+FFFD there).
            let at = SourcePosition(line: replaced.line, column: replaced.column, offset: replaced.offset)
            facts.warnings.insert(.noncharacters(file: source, position: at, value: replaced.value, count: replaced.count), at: 0)
        }
        if let bad = page.undecodable {
            // Named where the bad byte stood in the HTML file, before any other warning.
            facts.warnings.insert(IngestWarning(.encoding, file: source, position: SourcePosition(line: bad.line, column: bad.column, offset: bad.offset),
                                                message: bad.message), at: 0)
        }
        if let date = page.publishedDate, facts.items.count == 1, facts.items[0].date == nil,
           facts.kind != .listing, facts.kind != .statementListing {
            facts.items[0].date = date
        }
        facts.locateSources(in: TextNormalization.replacingNoncharacters(text).text, basis: .rendered)  // provenance: PageFacts+Sources.swift
        return facts
    }

    /// The class names of a CMS's listing rows and fields that the HTML reader reads
    /// (`HTMLClassVocabulary`): the `html.listing-row`, `html.row-title`, `html.field-label`,
    /// `html.field-item` and `html.inline-field` roles of the layout lexicon.
    static let htmlVocabulary: HTMLClassVocabulary = {
        let lexicon = LayoutLexicon.shared
        return HTMLClassVocabulary(listingRows: lexicon.phrases(role: "html.listing-row"), rowTitles: lexicon.phrases(role: "html.row-title"),
                                   fieldLabels: lexicon.phrases(role: "html.field-label"),
                                   fieldItems: lexicon.phrases(role: "html.field-item"), inlineFields: lexicon.phrases(role: "html.inline-field"),
                                   pullQuotes: lexicon.phrases(role: "html.pull-quote"))
    }()

    /// The indices (into `lines`) of the pull quotes (`RenderedLine.isPullQuote`, runs of kept
    /// lines) whose passage another kept line holds: the passage of a run's first line, without
    /// its quotation marks and closing punctuation (`Segmenter.passageProbe`), found in a kept line that is no pull quote.
    /// A pull quote whose words stand nowhere else is kept (its passage is said only there).
    static func repeatedPullQuotes(_ lines: [RenderedLine], kept: [Int]) -> Set<Int> {
        var repeated: Set<Int> = []
        var p = 0
        while p < kept.count {
            guard lines[kept[p]].isPullQuote else { p += 1; continue }
            var end = p
            while end + 1 < kept.count, lines[kept[end + 1]].isPullQuote { end += 1 }
            if let probe = Segmenter.passageProbe(lines[kept[p]].text, trimmingPunctuation: true),
               kept.contains(where: { !lines[$0].isPullQuote && lines[$0].text.utf8Contains(probe) }) {
                for k in p...end { repeated.insert(kept[k]) }
            }
            p = end + 1
        }
        return repeated
    }

    /// The markup's dated items (`RenderedHTML.itemBlocks`) as listing entries over the text's
    /// lines: line n of the text is `kept[n - 1]` of the rendered lines. An item none of whose
    /// lines is kept (a related item in a sidebar) is left out.
    static func entries(_ blocks: [RenderedHTML.ItemBlock], kept: [Int]) -> [PageHints.Entry] {
        guard blocks.count >= 2 else { return [] }
        return blocks.compactMap { block in
            // The first and last kept lines inside the block (`kept` is sorted).
            var lo = 0, hi = kept.count
            while lo < hi { let mid = (lo + hi) / 2; if kept[mid] < block.lines.lowerBound { lo = mid + 1 } else { hi = mid } }
            guard lo < kept.count, kept[lo] < block.lines.upperBound else { return nil }
            var last = lo
            while last + 1 < kept.count, kept[last + 1] < block.lines.upperBound { last += 1 }
            return PageHints.Entry(title: block.title, date: block.date, lines: (lo + 1)...(last + 1))
        }
    }

    /// Refuses an HTML file over the reader's size cap before reading it into memory.
    /// - Throws: `IngestError` of kind `.tooLarge`.
    static func refuseOversizedHTML(atPath path: String) throws(IngestError) {
        guard hasHTMLExtension(path),
              let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
              size > HTMLReader.defaultMaximumBytes else { return }
        throw IngestError(.tooLarge, file: path, message:
            "file too large for the HTML reader: \(size) bytes, the limit is \(HTMLReader.defaultMaximumBytes) bytes")
    }

    /// True when the last component of `source` (a path; trailing `/`s ignored) has an HTML file
    /// extension, any case.
    /// - Complexity: O(path length); an ASCII path (every page of a site export) is read as bytes,
    ///   without splitting it into components.
    static func hasHTMLExtension(_ source: String) -> Bool {
        switch source.utf8.withContiguousStorageIfAvailable(asciiExtension) {
        case .some(.ascii(let ext)): return ext.map(HTMLReader.fileExtensions.contains) ?? false
        case .some(.notASCII), nil:
            let name = source.split(separator: "/").last ?? ""
            guard let dot = name.lastIndex(of: ".") else { return false }
            return HTMLReader.fileExtensions.contains(name[name.index(after: dot)...].lowercased())
        }
    }

    private enum PathExtension { case ascii(String?), notASCII }

    /// The lower-cased extension of the last non-empty component of an ASCII path (the text
    /// after its last `.`, nil when it has none), as `hasHTMLExtension` reads it from the
    /// `Character`s; `.notASCII` for other paths (a combining mark after `/` or `.` would join it).
    private static func asciiExtension(_ path: UnsafeBufferPointer<UInt8>) -> PathExtension {
        for b in path where b >= 0x80 { return .notASCII }
        var end = path.count
        while end > 0, path[end - 1] == 0x2F { end -= 1 }
        var k = end
        while k > 0, path[k - 1] != 0x2F {
            if path[k - 1] == 0x2E { return .ascii(String(decoding: path[k..<end], as: UTF8.self).lowercased()) }
            k -= 1
        }
        return .ascii(nil)
    }

    /// Whether `bytes` from `source` are read as HTML: an HTML file extension, or HTML content.
    static func isHTML(_ bytes: [UInt8], source: String) -> Bool {
        hasHTMLExtension(source) || HTMLReader.looksLikeHTML(bytes)
    }

    /// A position in the rendered text (line n = rendered line n) as the HTML source line it came from.
    static func htmlPosition(_ position: SourcePosition?, _ sourceLines: [Int]) -> SourcePosition? {
        guard let position, let last = sourceLines.last else { return position }
        let index = position.line - 1
        let line = sourceLines.indices.contains(index) ? sourceLines[index] : last
        return SourcePosition(line: line, column: 0)
    }

    /// `de-AT` → `de`: the ISO 639-1 primary subtag, lower-cased, or a three-letter one the word
    /// lists read (`cnr`, Montenegrin, which has no two-letter code: `Lexicon.hasLists`); nil for
    /// other tags (`deu`).
    static func primaryLanguage(_ tag: String?) -> String? {
        guard let tag else { return nil }
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        guard primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return primary.count == 2 || (primary.count == 3 && Lexicon.hasLists(primary)) ? primary : nil
    }

    /// A file named `.html` that holds no markup (neither `HTMLReader.looksLikeHTML` nor
    /// `sniffsAsHTML`) but RDF, code or a data table is refused as a text page would be, with the
    /// file's own lines counted: rendered as HTML, its lines would run into one paragraph
    /// ("1 of 1 lines"), and its position would be lost. UTF-8 text only; anything else goes on
    /// to the HTML reader, which reports it.
    /// - Throws: `IngestError` of kind `.notAPage`.
    private func refuseNonPageText(_ bytes: [UInt8], source: String) throws(IngestError) {
        guard !HTMLReader.looksLikeHTML(bytes), !HTMLReader.sniffsAsHTML(bytes),
              case .valid(let text, _) = UTF8Validation.check(bytes) else { return }
        if let refusal = NonPageDetector.check(DocumentReader.read(text)) {
            throw IngestError(.notAPage, file: source, position: refusal.position, message: refusal.message)
        }
    }

    static func kind(of error: HTMLReadError) -> IngestError.Kind {
        switch error.kind {
        case .empty: .empty
        case .binary: .binary
        case .tooLarge: .tooLarge
        case .parserStopped: .malformedMarkup
        default: .unreadable
        }
    }
}
