import RDF
import SPARQLSyntax

/// The landing page (`/`): the dataset's size, its kinds of entity with
/// their counts (each a link to a query listing them), and the query form,
/// which sends its query to `/sparql` and gets the results back as an HTML
/// table (`ResultsPage`).
struct LandingPage {
    let data: ServedDataset
    let terms: TermRenderer
    let endpointPath: String

    /// The example in the form when nothing was asked yet.
    static let exampleQuery = """
        PREFIX foaf: <http://xmlns.com/foaf/0.1/>
        PREFIX org:  <http://www.w3.org/ns/org#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

        SELECT ?person ?name ?post
        WHERE {
          ?p org:heldBy ?person ;
             skos:prefLabel ?post .
          ?person foaf:name ?name .
        }
        ORDER BY ?name ?post
        LIMIT 50
        """

    /// The counts shown: triples, named graphs, and entities per class (by count, then class IRI).
    struct Summary: Sendable {
        let triples: Int
        let namedGraphs: Int
        let classes: [(type: IRI, count: Int)]

        init(_ data: ServedDataset) {
            triples = data.store.quadCount
            namedGraphs = data.store.namedGraphs.count
            var members: [IRI: Set<Term>] = [:]
            for t in data.triples(predicate: RDFVocabulary.type).triples {
                guard case .iri(let type) = t.object else { continue }
                members[type, default: []].insert(t.subject)
            }
            classes = members.map { (type: $0.key, count: $0.value.count) }.sorted { a, b in a.count != b.count ? a.count > b.count : a.type < b.type }
        }
    }

    func html(summary: Summary) -> String {
        var body = "<h1>OSCE public pages as a knowledge graph</h1>\n"
        body += "<p id=\"summary\">\(summary.triples) triples"
        if summary.namedGraphs > 0 { body += " in the default graph and \(summary.namedGraphs) named graphs" }
        body += "; SPARQL 1.1 endpoint at <a href=\"\(HTMLText.escape(endpointPath))\"><code>\(HTMLText.escape(endpointPath))</code></a>.</p>\n"
        body += "<h2 id=\"query\">Query</h2>\n" + Self.form(query: Self.exampleQuery, endpointPath: endpointPath)
        if !summary.classes.isEmpty {
            body += "<h2 id=\"classes\">Kinds of entity</h2>\n"
            body += PageLayout.table(id: "classes-table", headers: ["Class", "Entities"], rows: summary.classes.map { entry in
                let list = "SELECT ?entity ?label WHERE {\n  ?entity a <\(entry.type.value)> .\n  OPTIONAL { ?entity <\(TermRenderer.labelPredicates[0].value)>|<\(TermRenderer.labelPredicates[1].value)>|<\(TermRenderer.labelPredicates[4].value)> ?label }\n}\nORDER BY ?entity\nLIMIT 500"
                let href = endpointPath + "?query=" + FormEncoding.encode(list)
                return [terms.link(entry.type, text: terms.compact(entry.type)),
                        "<a href=\"\(HTMLText.escape(href))\">\(entry.count)</a>"]
            })
        }
        return PageLayout.document(title: "OSCE knowledge graph", body: body)
    }

    /// The query form, holding `query`.
    static func form(query: String, endpointPath: String) -> String {
        """
        <form id="query-form" action="\(HTMLText.escape(endpointPath))" method="get">
        <textarea name="query" id="query-text" rows="14" spellcheck="false">\(HTMLText.escape(query))</textarea>
        <p><button type="submit" id="run-query">Run query</button> <span class="note">Results show as a table here; other clients negotiate JSON, XML, CSV, TSV or RDF.</span></p>
        </form>

        """
    }
}

/// The HTML answer of a query sent from a browser: the form again with the
/// query, then the solutions as a table (an ASK as yes or no, a graph as a
/// table of triples).
struct ResultsPage {
    let terms: TermRenderer
    let endpointPath: String

    func html(query: String, answer: QueryRunner.Answer) -> String {
        var body = "<h1>Query results</h1>\n" + LandingPage.form(query: query, endpointPath: endpointPath)
        switch answer {
        case .table(let variables, let rows):
            body += "<p id=\"result-count\">\(rows.count) \(rows.count == 1 ? "result" : "results")</p>\n"
            body += PageLayout.table(id: "results", headers: variables.map(\.name), rows: rows.map { row in
                variables.indices.map { i in i < row.count ? row[i].map { terms.html($0) } ?? "" : "" }
            })
        case .boolean(let value):
            body += "<p id=\"result-count\">ASK</p>\n<p id=\"results\">\(value ? "yes (true)" : "no (false)")</p>\n"
        case .graph(let triples):
            body += "<p id=\"result-count\">\(triples.count) \(triples.count == 1 ? "triple" : "triples")</p>\n"
            body += PageLayout.table(id: "results", headers: ["subject", "predicate", "object"], rows: triples.map { t in
                [terms.html(t.subject), terms.link(t.predicate, text: terms.compact(t.predicate)), terms.html(t.object)]
            })
        case .document(let text):
            body += "<pre>\(HTMLText.escape(text))</pre>\n"
        }
        return PageLayout.document(title: "Query results", body: body)
    }

    /// The page for a query that failed (a syntax error, a limit): the form again and the message.
    func html(query: String, error: ServerError) -> String {
        let body = "<h1>Query failed</h1>\n<p id=\"error\" class=\"note\">\(HTMLText.escape(error.message))</p>\n"
            + LandingPage.form(query: query, endpointPath: endpointPath)
        return PageLayout.document(title: "Query failed", body: body)
    }
}
