import Foundation

extension EvaluationReport {
    /// The report as a table, one line per field:
    ///
    ///     Examples/pages: 17 annotated pages, 0 refused (0 holding items), 0 without expected facts
    ///     field            precision  recall  TP/extracted/expected
    ///     titles              1.000   1.000  22/22/22
    ///     ...
    ///
    /// Precision and recall have three decimals; `–` when there is nothing to measure. Refused
    /// pages follow, one line each with the ingester's error.
    public var table: String {
        let invalid = invalidExpectedFiles.isEmpty ? "" : ", \(invalidExpectedFileCount) with an invalid expected file (not scored)"
        let orphans = expectedFilesWithoutPage.isEmpty ? "" : ", \(expectedFilesWithoutPage.count) expected file\(expectedFilesWithoutPage.count == 1 ? "" : "s") without a page (not scored)"
        var lines = ["\(folder): \(pages.count) annotated pages, \(refusedPages.count) refused (\(refusedPagesWithItems.count) holding items), \(pagesWithoutExpectedFacts.count) without expected facts\(invalid)\(orphans)"]
        lines.append(pad("field", 16) + padLeft("precision", 9) + padLeft("recall", 8) + "  TP/extracted/expected")
        for total in totals {
            let s = total.score
            lines.append(pad(total.field.rawValue, 16) + padLeft(Self.format(s.precision), 9) + padLeft(Self.format(s.recall), 8)
                         + "  \(s.truePositives)/\(s.extracted)/\(s.expected)")
        }
        for page in refusedPages {
            lines.append("refused (\(page.expectedItems) annotated items): \(page.refusal ?? "")")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every miss and false positive, page by page (pages with none are left out):
    ///
    ///     seed.txt
    ///       people          miss   Valiant Richie
    ///       people          extra  Valiant Richey
    ///       quote-speakers  miss   Valiant Richie: “The future success of countries” (extracted speaker: Valiant Richey)
    public var missListing: String {
        var lines: [String] = []
        for page in pages {
            var pageLines: [String] = []
            if let refusal = page.refusal { pageLines.append("  refused: \(refusal)") }
            for result in page.fields {
                for miss in result.misses { pageLines.append("  " + pad(result.field.rawValue, 16) + "miss   " + miss) }
                for extra in result.falsePositives { pageLines.append("  " + pad(result.field.rawValue, 16) + "extra  " + extra) }
            }
            if !pageLines.isEmpty { lines.append(page.page); lines += pageLines }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// The reports as JSON, keys sorted, so the same run gives the same bytes.
    /// - Throws: any `EncodingError` of `JSONEncoder` (none for these types).
    public static func json(_ reports: [EvaluationReport]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(reports), as: UTF8.self) + "\n"
    }

    /// A fraction with three decimals, or `–` for nil.
    static func format(_ value: Double?) -> String {
        guard let value else { return "–" }
        return String(format: "%.3f", value)
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }

    private func padLeft(_ s: String, _ width: Int) -> String {
        s.count >= width ? " " + s : String(repeating: " ", count: width - s.count) + s
    }
}
