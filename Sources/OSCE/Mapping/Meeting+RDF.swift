import RDF

extension Meeting {
    /// The meeting's slug: `{date}-{slug(name)}`, or `slug(name)` without a date.
    public var slug: String { IRIPolicy.releaseSlug(title: name, date: startDate) }

    /// Emits the meeting, reported by `release` (if any).
    ///
    /// Shape:
    /// - subject `{base}meeting/{slug}`; `rdf:type schema:Event`
    /// - `schema:name` xsd:string, 1
    /// - `schema:startDate` xsd:date, 0..1
    /// - `schema:organizer` → organisation or State IRI, 0..1 (a name whose
    ///   leading words name a reference body, "OSCE PA President …", gives
    ///   that body)
    /// - `schema:eventAttendanceMode` → `schema:OnlineEventAttendanceMode` |
    ///   `schema:OfflineEventAttendanceMode` | `schema:MixedEventAttendanceMode`, 0..1
    /// - `osce:participantCount` xsd:nonNegativeInteger, 0..1
    /// - `osce:meetingKind` → `{base}meeting-kind/{id}`, 0..1
    /// - `schema:location` → place or State IRI, 0..1
    /// - `schema:subjectOf` → `{base}release/{slug}`, 0..n
    ///
    /// Returns `nil` (and emits nothing) for an empty name.
    func emit(into b: inout KnowledgeGraphBuilder, release: IRI?) -> IRI? {
        let name = KnowledgeGraphBuilder.clean(self.name)
        guard !name.isEmpty else { return nil }
        let iri = b.policy.meeting(slug: slug)
        b.insert(iri, V.type, V.schema["Event"])
        b.insertFunctional(iri, V.schema["name"], Literal(name).term, alternate: V.altLabel)
        if let d = startDate, IRIPolicy.isXSDDate(d) {
            b.insertFunctional(iri, V.schema["startDate"], Literal(d, datatype: XSD.date).term)
        }
        if let organizer, let o = b.organisationIRI(organizer, leadingWords: true) {
            b.insertFunctional(iri, V.schema["organizer"], o.term)
        }
        if let mode = attendanceMode {
            let term: IRI
            switch mode {
            case .virtual: term = V.schema["OnlineEventAttendanceMode"]
            case .offline: term = V.schema["OfflineEventAttendanceMode"]
            case .mixed: term = V.schema["MixedEventAttendanceMode"]
            }
            b.insertFunctional(iri, V.schema["eventAttendanceMode"], term.term)
        }
        if let n = participantCount, n >= 0 {
            b.insertFunctional(iri, OSCEVocabulary.participantCount, Literal(String(n), datatype: XSD.nonNegativeInteger).term)
        }
        if let kind, let k = b.meetingKindIRI(named: kind) { b.insertFunctional(iri, OSCEVocabulary.meetingKind, k.term) }
        if let place, let p = b.placeIRI(place) { b.insertFunctional(iri, V.schema["location"], p.term) }
        if let release { b.insert(iri, V.schema["subjectOf"], release) }
        return iri
    }
}
