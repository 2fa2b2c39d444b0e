import RDF

extension Release {
    /// Emits the release and everything it names.
    ///
    /// Shape:
    /// - subject `{base}release/{slug}` (`Release.slug`); `rdf:type schema:NewsArticle`
    ///   and the kind's class (`osce:PressRelease`, `osce:NewsItem`,
    ///   `osce:PressStatement`, `osce:SpotReport`, `osce:DailyReport`,
    ///   `osce:Statement`, `osce:Report`; none for `.other`)
    /// - `schema:headline` rdf:langString (@`language`), 1
    /// - `schema:inLanguage` xsd:string, 1 (ISO 639-1, when a valid tag)
    /// - `schema:datePublished` xsd:date, 0..1 (only a valid `YYYY-MM-DD`)
    /// - `schema:locationCreated` → `{base}place/{id}` or `{base}state/{iso2}`, 0..n
    /// - `schema:sourceOrganization` → `{base}organisation/{id}` (or a State), 0..n
    /// - `schema:about` → `{base}field-of-work/{id}` (`skos:Concept`), 0..n
    /// - `schema:articleBody` rdf:langString, 0..1 (empty bodies are not emitted)
    /// - `schema:mentions` → `{base}state/…`, `{base}organisation/…`, `{base}person/…`, 0..n
    /// - `osce:contentType` xsd:string, 0..1 (type line as written)
    /// - `osce:truncated` xsd:boolean, 1
    /// - `prov:wasDerivedFrom` → `{base}page/{slug}`, 1..n (a release listed on
    ///   several pages has one per page)
    ///
    /// Then the page (`KnowledgeGraphBuilder.addPage`), people (`Person+RDF`),
    /// posts and the holdings this release attests (`Post+RDF`, dated with
    /// `date`), one mention per person (`PersonMention+RDF`, with the role
    /// phrases that made no post), quotes numbered from 1 (`Quote+RDF`) and
    /// meetings (`Meeting+RDF`).
    ///
    /// Source: issue 2 vocabulary contract, "release" row.
    func emit(into b: inout KnowledgeGraphBuilder) {
        let slug = self.slug
        let iri = b.policy.release(slug: slug)
        b.noteRelease(Fingerprint(iri))
        let lang = Literal.isValidLanguageTag(language) ? language.lowercased() : nil

        b.insert(iri, V.type, V.schema["NewsArticle"])
        if let c = kind.className { b.insert(iri, V.type, OSCEVocabulary.namespace[c]) }
        let title = KnowledgeGraphBuilder.clean(self.title)
        b.insertFunctional(iri, V.schema["headline"], KnowledgeGraphBuilder.text(title.isEmpty ? slug : title, language: lang).term)
        if let lang { b.insertFunctional(iri, V.schema["inLanguage"], Literal(lang).term) }
        if let date, IRIPolicy.isXSDDate(date) {
            b.insertFunctional(iri, V.schema["datePublished"], Literal(date, datatype: XSD.date).term)
        }
        if let ct = contentType.map(KnowledgeGraphBuilder.clean), !ct.isEmpty {
            b.insertFunctional(iri, OSCEVocabulary.contentType, Literal(ct).term)
        }
        b.insertFunctional(iri, OSCEVocabulary.truncated, Literal(truncated).term)
        let bodyText = KnowledgeGraphBuilder.bodyText(body)
        if !bodyText.isEmpty {
            b.insertFunctional(iri, V.schema["articleBody"], KnowledgeGraphBuilder.text(bodyText, language: lang).term)
        }
        let pageSlug = self.pageSlug
        let page = b.addPage(path: sourcePath, url: sourceURL, pagePath: pagePath)
        b.insert(iri, V.prov["wasDerivedFrom"], page)

        for place in places {
            if let p = b.placeIRI(place) { b.insert(iri, V.schema["locationCreated"], p) }
        }
        for issuer in issuers {
            if let o = b.organisationIRI(issuer) { b.insert(iri, V.schema["sourceOrganization"], o) }
        }
        for field in fieldsOfWork {
            if let f = b.fieldOfWorkIRI(named: field) { b.insert(iri, V.schema["about"], f) }
        }
        for name in mentionedStates {
            if let s = b.stateIRI(named: name) { b.insert(iri, V.schema["mentions"], s) }
        }
        for org in mentionedOrganisations {
            if let o = b.organisationIRI(org) { b.insert(iri, V.schema["mentions"], o) }
        }
        var personIRIs: [IRI?] = []
        for person in people {
            let p = person.emit(into: &b)
            personIRIs.append(p)
            if let p { b.insert(iri, V.schema["mentions"], p) }
        }
        // Posts attested by this release; a role naming no organisation stays
        // with its holder's mention.
        var unpostedRoles: [IRI: [String]] = [:]
        for post in posts {
            if post.emit(into: &b, release: iri, date: date) == nil, let holder = post.holder,
                let p = b.policy.personIRIIfNamed(holder.name)
            {
                unpostedRoles[p, default: []].append(post.role)
                // "German Foreign Minister" in 2016: the Chairperson-in-Office of the year
                // (evidence for a Wikidata link only; no post is asserted).
                if let date, IRIPolicy.isXSDDate(date), let year = Int(date.prefix(4)),
                    OSCEReference.namesChairpersonshipForeignMinister(post.role, year: year)
                {
                    b.recordOffice(person: p, personName: KnowledgeGraphBuilder.clean(holder.name), post: "chairperson-in-office", date: date)
                }
            }
        }
        for (person, p) in zip(people, personIRIs) {
            guard let p else { continue }
            person.emitMention(
                into: &b, person: p, release: iri, releaseSlug: slug, roles: unpostedRoles[p] ?? [], page: page, pageSlug: pageSlug)
        }
        var n = 0
        for quote in quotes {
            if quote.emit(into: &b, release: iri, releaseSlug: slug, number: n + 1, language: lang ?? "", page: page, pageSlug: pageSlug)
                != nil
            {
                n += 1
            }
        }
        for meeting in meetings { _ = meeting.emit(into: &b, release: iri) }
    }
}

extension String {
    /// The string without leading and trailing white space (U+00A0 included).
    var trimmingSpaces: String {
        if let f = utf8.first, let l = utf8.last, f > 0x20, f < 0x80, l > 0x20, l < 0x80 { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
