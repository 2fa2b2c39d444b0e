/// The rows of a table of people written as text: a header line naming its columns, then one
/// line a person, the cells separated by `|` (a saved page's table cells, or a text table:
/// `Name | Post | Country`).
///
///     Name | Post | Country
///     Dr. Emma Whitfield-Hart | Senior Adviser, Australian Border Force | Australia
///     // → row: name `Emma Whitfield-Hart`, honorific `Dr.`, post `Senior Adviser, Australian Border Force`
///
/// The header is a line of two cells or more, each a column name of the lexicon (`columnNames`),
/// one of them a name column (`Name`, `Participant`) and at most one a post column (`Post`,
/// `Position`, `Function`); the other columns (`Country`, `Organisation`) stay text (a State
/// named in one is a mention like any other). The rows are
/// the lines right after it with as many cells; they end at the first line that has another
/// number of cells. A row's name cell opens with an optional honorific (`Lexicon.honorific
/// (before:in:)`); the rest must be two to five words of a name (capitalised words, particles).
/// A row whose name cell is none is skipped, and the table goes on.
///
/// Shape: token ranges of `TextUnit`s (`unit` = index into the units read).
/// - Complexity: O(n) in the tokens of the units.
struct TableRows {
    struct Row: Equatable {
        /// Index of the row's unit.
        var unit: Int
        /// The name's tokens (the honorific excluded).
        var name: Range<Int>
        /// The honorific written before the name, as written (`Dr.`), nil when none is.
        var honorific: String?
        /// The post cell's tokens, nil when the table has no post column or the cell is empty.
        var post: Range<Int>?
    }

    /// The rows found, in text order.
    private(set) var rows: [Row] = []
    /// The units that are a header or a row of a table (the people annotators pass them over).
    private(set) var tableUnits: Set<Int> = []

    /// Reads the tables of `units` (titles are never part of one).
    init(units: [TextUnit], lexicon: Lexicon, isNameWord: (Token) -> Bool) {
        var u = 0
        while u < units.count {
            // (A line without a `|` byte is read no further: no cost to a page without a table.)
            guard !units[u].isTitle, units[u].text.utf8Contains(byte: 0x7C), let columns = Self.header(units[u]) else { u += 1; continue }
            tableUnits.insert(u)
            var r = u + 1
            while r < units.count, !units[r].isTitle {
                let cells = Self.cells(units[r])
                guard cells.count == columns.count else { break }
                tableUnits.insert(r)
                if let row = Self.row(units[r], r, cells: cells, columns: columns, lexicon: lexicon, isNameWord: isNameWord) {
                    rows.append(row)
                }
                r += 1
            }
            u = r
        }
    }

    /// What a column holds.
    enum Column: Equatable { case name, post, other }

    /// The token ranges of the cells of a line (`|` between them), trimmed; empty when the line
    /// has no `|` or a cell is empty.
    static func cells(_ unit: TextUnit) -> [Range<Int>] {
        let tokens = unit.tokens
        var out: [Range<Int>] = []
        var start = 0
        for k in 0...tokens.count where k == tokens.count || (tokens[k].kind == .punct && tokens[k].utf8.count == 1 && tokens[k].utf8.first == 0x7C) {
            guard k > start else { return [] }
            out.append(start..<k)
            start = k + 1
        }
        return out.count >= 2 ? out : []
    }

    /// The columns of a header line: every cell a column name, one name column, at most one
    /// post column; nil when the line is no such header.
    static func header(_ unit: TextUnit) -> [Column]? {
        let cells = cells(unit)
        guard !cells.isEmpty else { return nil }
        return header(cells.map { unit.text($0.lowerBound, $0.upperBound) })
    }

    /// The columns a header's cell texts name (`header(_:)`), nil when they are no header.
    /// The column names are those of every language (`table-columns-*` in
    /// `Resources/people-lexicon.tsv`): a table's header is read before its language is known.
    static func header(_ cells: [String]) -> [Column]? {
        guard cells.count >= 2 else { return nil }
        var columns: [Column] = []
        for c in cells {
            let name = c.lowercased()
            if columnNames.name.contains(name) { columns.append(.name) }
            else if columnNames.post.contains(name) { columns.append(.post) }
            else if columnNames.other.contains(name) { columns.append(.other) }
            else { return nil }
        }
        guard columns.filter({ $0 == .name }).count == 1, columns.filter({ $0 == .post }).count <= 1 else { return nil }
        return columns
    }

    /// The column names of the lexicon, lower case, every language's.
    static let columnNames: (name: Set<String>, post: Set<String>, other: Set<String>) = {
        func names(_ list: String) -> Set<String> { Set(LexiconFile.table.entries(list).map { $0.lowercased() }) }
        return (names("table-columns-name"), names("table-columns-post"), names("table-columns-other"))
    }()

    /// The cells of a line of text as the layout reads it (split at ` | `), trimmed; empty when it
    /// has fewer than two or an empty one.
    static func cells(ofLine text: String) -> [String] {
        guard text.utf8Contains(byte: 0x7C) else { return [] }
        let cells = text.components(separatedBy: " | ").map { TextNormalization.collapse($0) }
        return cells.count >= 2 && !cells.contains(where: \.isEmpty) ? cells : []
    }

    /// The indices of `lines` that are a table of people: a header line (`header(_:)`) and the
    /// lines right after it with as many cells. The layout keeps them as text (`Name | Post |
    /// Country` is no breadcrumb).
    static func tableLines(_ lines: [String]) -> Set<Int> {
        var out = Set<Int>()
        var k = 0
        while k < lines.count {
            let cells = cells(ofLine: lines[k])
            guard !cells.isEmpty, header(cells) != nil else { k += 1; continue }
            out.insert(k)
            var r = k + 1
            while r < lines.count, self.cells(ofLine: lines[r]).count == cells.count {
                out.insert(r)
                r += 1
            }
            k = r
        }
        return out
    }

    /// The person a row names, nil when its name cell is no name.
    static func row(_ unit: TextUnit, _ u: Int, cells: [Range<Int>], columns: [Column], lexicon: Lexicon,
                    isNameWord: (Token) -> Bool) -> Row? {
        let tokens = unit.tokens
        guard let n = columns.firstIndex(of: .name) else { return nil }
        var name = cells[n]
        var honorific: String?
        if let e = lexicon.honorificEnd(from: name.lowerBound, in: tokens), e < name.upperBound {
            honorific = unit.text(name.lowerBound, e)
            name = e..<name.upperBound
        }
        let words = tokens[name].filter { !lexicon.nameParticles.contains($0) }
        guard (2...5).contains(words.count), tokens[name].allSatisfy({ $0.isWord }),
              isNameWord(tokens[name.lowerBound]), words.allSatisfy(isNameWord) else { return nil }
        let post = columns.firstIndex(of: .post).map { cells[$0] }
        return Row(unit: u, name: name, honorific: honorific, post: post)
    }
}
