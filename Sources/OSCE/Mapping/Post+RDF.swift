import Foundation
import RDF

extension Post {
    /// Emits the post, its organisation and its role, and records the
    /// holder's holding (`PostHolding+RDF.swift`), attested by `release` of
    /// `date` when given.
    ///
    /// A post is a position in an organisation: its IRI comes from the
    /// organisation and the role (`IRIPolicy.postSlug`), so one post collects
    /// its holders over time whichever page names it. A role phrase that names
    /// no organisation (no `organisation`, no standing post, no organisation
    /// in the phrase: "President", "television reporter", "MP, Italy") makes
    /// no post: `emit` returns `nil` and emits nothing, and the release keeps
    /// the phrase on the person's mention (`PersonMention+RDF.swift`); so
    /// does a post no longer held (`isHeld` false: "former ODIHR Director").
    ///
    /// Shape:
    /// - subject `{base}post/{slug}` (`IRIPolicy.postSlug`); `rdf:type org:Post`
    /// - `skos:prefLabel` xsd:string, 1 (the standing post's name, or the role
    ///   phrase first seen; other phrases `skos:altLabel`, 0..n)
    /// - `org:postIn` → organisation IRI, 1 (the given organisation; else
    ///   the standing post's; else the one the role phrase names,
    ///   `OSCEReference.organisation(inRole:)`)
    /// - `org:role` → `{base}role/{slug(role name)}`, 1: an `org:Role` and
    ///   `skos:Concept` labelled with the phrase without the organisation's
    ///   name ("Head of the OSCE Mission to Serbia" → "Head")
    /// - `org:heldBy` → `{base}person/{slug}`, 0..n
    ///
    /// Source: W3C ORG §5.3 (org:Post, org:role), §5.4 (org:Role).
    func emit(into b: inout KnowledgeGraphBuilder, release: IRI? = nil, date: String? = nil) -> IRI? {
        let written = KnowledgeGraphBuilder.clean(self.role)
        guard !written.isEmpty, isHeld else { return nil }
        // "new Head of … (BiH)": the post without the holding's qualifiers and acronyms.
        let role = OSCEReference.identityPhrase(written)
        var orgIRI: IRI?
        var orgID: String?
        var organisation = self.organisation
        if organisation == nil { organisation = b.organisation(inRole: role) }
        if let organisation {
            orgIRI = b.organisationIRI(organisation)
            orgID = orgIRI.map { KnowledgeGraphBuilder.lastSegment(of: $0) }
        }
        let slug = IRIPolicy.postSlug(role: role, organisationID: orgID)
        let reference = OSCEReference.posts.first { $0.id == slug }
        if orgIRI == nil, let reference {
            orgIRI = b.policy.organisation(id: reference.organisation)
            orgID = reference.organisation
        }
        guard let orgIRI else { return nil }
        let iri = b.policy.post(id: slug)
        let label = reference?.name ?? role
        b.insert(iri, V.type, V.org["Post"])
        b.insertFunctional(iri, V.prefLabel, Literal(label).term, alternate: V.altLabel)
        if reference != nil, reference?.name != role { b.insert(iri, V.altLabel, Literal(role)) }
        // The form with its acronym ("… (HCNM)") is another name of the post; "new …" is not.
        if written != role, written != label,
            !OSCEReference.temporalQualifiers.contains(written.prefix { !$0.isWhitespace }.lowercased())
        {
            b.insert(iri, V.altLabel, Literal(written))
        }
        b.insertFunctional(iri, V.org["postIn"], orgIRI.term)
        let roleIRI: IRI
        if let cached = b.postRoleCache[slug] {
            roleIRI = cached
        } else {
            roleIRI = b.roleIRI(postLabel: label, organisationID: orgID)
            b.postRoleCache[slug] = roleIRI
        }
        b.insertFunctional(iri, V.org["role"], roleIRI.term)
        if let holder, let person = holder.emit(into: &b) {
            b.insert(iri, V.org["heldBy"], person)
            b.recordHolding(
                post: iri, postSlug: slug, person: person, personName: KnowledgeGraphBuilder.clean(holder.name),
                organisation: orgIRI, role: roleIRI, release: release, date: date)
        }
        return iri
    }

    /// The role a post phrase names once its organisation's name (full name,
    /// alternative names, acronyms) is taken out, with the linking words left
    /// at either end and a leading "OSCE" dropped: "Head of the Permanent
    /// Delegation of Sweden to the OSCE" → "Head"; "ODIHR Director" →
    /// "Director"; "OSCE Secretary General" → "Secretary General". The phrase
    /// itself when nothing is left.
    static func roleName(of phrase: String, organisationNames: [String]) -> String {
        var words = phrase.split(separator: " ").map(String.init)
        func lower(_ w: [String]) -> [String] { w.map { $0.lowercased().replacingOccurrences(of: "’", with: "'") } }
        for name in organisationNames.sorted(by: { $0.count > $1.count }) {
            let target = lower(name.split(separator: " ").map(String.init))
            guard !target.isEmpty, target.count <= words.count else { continue }
            let have = lower(words)
            var found: Int?
            for i in 0...(have.count - target.count) {
                var ok = true
                for j in 0..<target.count {
                    let w = have[i + j]
                    // The last word may carry a possessive ("ODIHR's").
                    if w != target[j] && !(j == target.count - 1 && (w == target[j] + "'s")) { ok = false; break }
                }
                if ok { found = i; break }
            }
            if let i = found, target.count < words.count {
                words.removeSubrange(i..<(i + target.count))
                // "Head of the OSCE Secretariat’s Gender Issues Programme": the possessor before the
                // organisation's name (capitalised words ending in a possessive) goes with it.
                if i > 0, isPossessive(words[i - 1]) {
                    var j = i - 1
                    while j > 0, words[j - 1].first?.isUppercase == true { j -= 1 }
                    if j > 0 { words.removeSubrange(j..<i) }
                }
                break
            }
        }
        let linking = OSCEReference.roleLinkingWords
        while let w = words.first, linking.contains(w.lowercased()) { words.removeFirst() }
        // A national adjective before the organisation ("Special Envoy of the Slovak OSCE Chairmanship").
        while let w = words.last, linking.contains(w.lowercased()) || w == "," || (words.count > 1 && OSCEReference.state(adjective: w) != nil) {
            words.removeLast()
        }
        let name = words.joined(separator: " ").trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
        return name.isEmpty ? phrase : name
    }

    /// Whether `word` ends in a possessive `’s` or `'s` ("Secretariat’s").
    private static func isPossessive(_ word: String) -> Bool {
        word.count > 2 && (word.hasSuffix("’s") || word.hasSuffix("'s"))
    }
}

extension KnowledgeGraphBuilder {
    /// The role of a post (`Post.roleName`), emitted once.
    ///
    /// Shape: subject `{base}role/{slug(name)}`; `rdf:type org:Role, skos:Concept`;
    /// `skos:prefLabel` xsd:string, 1; `skos:inScheme` and `skos:topConceptOf` →
    /// `{base}concept-scheme/roles` (a `skos:ConceptScheme` labelled "Roles"), 1.
    mutating func roleIRI(postLabel: String, organisationID: String?) -> IRI {
        var names: [String] = []
        if let organisationID {
            if let record = OSCEReference.organisation(id: organisationID) {
                names = [record.name] + record.alternativeNames
            } else if let label = firstLabel(policy.organisation(id: organisationID)) {
                names = [label]
            }
        }
        let name = Post.roleName(of: postLabel, organisationNames: names)
        let iri = policy.role(id: IRIPolicy.slug(name))
        insert(iri, V.type, V.org["Role"])
        insert(iri, V.type, V.skos["Concept"])
        insertFunctional(iri, V.prefLabel, Literal(name).term)
        let scheme = policy.rolesScheme
        insert(scheme, V.type, V.skos["ConceptScheme"])
        insertFunctional(scheme, V.prefLabel, Literal("Roles").term)
        insert(scheme, V.skos["hasTopConcept"], iri)
        insertFunctional(iri, V.inScheme, scheme.term)
        insertFunctional(iri, V.skos["topConceptOf"], scheme.term)
        return iri
    }

    /// The first `skos:prefLabel` of `subject`, as a string (the one
    /// single-valued property whose values the builder keeps whole).
    func firstLabel(_ subject: IRI) -> String? {
        labels[Self.functionalKey(subject, V.prefLabel)]?.literal?.lexicalForm
    }
}

extension PostRecord {
    /// Emits a standing post of the reference data.
    ///
    /// Shape: subject `{base}post/{id}`; `rdf:type org:Post`; `skos:prefLabel`
    /// xsd:string, 1; `skos:altLabel` xsd:string, 0..n; `org:postIn` →
    /// `{base}organisation/{organisation}`, 1; `org:role` → `{base}role/…`, 1.
    func emit(into b: inout KnowledgeGraphBuilder) {
        let iri = b.policy.post(id: id)
        b.insert(iri, V.type, V.org["Post"])
        b.insertFunctional(iri, V.prefLabel, Literal(name).term, alternate: V.altLabel)
        for alt in alternativeNames where alt != name { b.insert(iri, V.altLabel, Literal(alt)) }
        b.insertFunctional(iri, V.org["postIn"], b.policy.organisation(id: organisation).term)
        b.insertFunctional(iri, V.org["role"], b.roleIRI(postLabel: name, organisationID: organisation).term)
    }
}
