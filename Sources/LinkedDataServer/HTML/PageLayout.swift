/// The frame every HTML page of the server shares: doctype, title, a small
/// style sheet, and the header linking the landing page, the query form and
/// the dataset description. No script, nothing loaded from elsewhere.
enum PageLayout {
    /// The whole document; `title` is escaped here, `body` must already be HTML.
    static func document(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title)) · osce-kg</title>
        <style>
        body{font-family:system-ui,sans-serif;margin:0 auto;max-width:70em;padding:0 1em 2em;color:#1a1a1a;line-height:1.45}
        header{border-bottom:1px solid #ccc;padding:.6em 0;margin-bottom:1em}
        header a{margin-right:1.2em}
        table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}
        th,td{border:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
        th{background:#f3f3f3}
        code,textarea{font-family:ui-monospace,monospace}
        textarea{width:100%;box-sizing:border-box}
        .iri{color:#555;font-size:.9em;word-break:break-all}
        .lang,.datatype{color:#777;font-size:.85em}
        .note{color:#555;font-style:italic}
        blockquote{margin:.3em 0;padding-left:.8em;border-left:3px solid #ccc}
        </style>
        </head>
        <body>
        <header><a href="/">osce-kg</a><a href="/#query">Query</a><a href="/sparql">Service description</a><a href="/.well-known/void">Dataset description</a></header>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    /// A table with a header row; cells must already be HTML.
    static func table(id: String? = nil, headers: [String], rows: [[String]]) -> String {
        var out = "<table" + (id.map { " id=\"\(HTMLText.escape($0))\"" } ?? "") + ">\n<thead><tr>"
        for h in headers { out += "<th>\(HTMLText.escape(h))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }
}
