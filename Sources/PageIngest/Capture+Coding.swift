import OSCE

/// A `PageCorpus.Capture` as bytes (`ByteWriter`'s encoding), for
/// `CaptureStore`'s spill file, and back: every stored field of the capture
/// and of the facts it holds (releases, posts, the page's mentions), in
/// declaration order, so a capture read back equals the one written.
///
/// A field added to one of these model types must be added here too:
/// `CaptureCodingTests` counts each type's stored properties and fails when
/// one is not encoded.
extension PageCorpus.Capture {
    /// The capture's bytes (see the extension's discussion).
    func encoded() -> [UInt8] {
        var w = ByteWriter(capacity: 1024)
        w.write(order)
        w.write(source)
        w.write(url)
        w.write(pagePath)
        w.write(isTruncated)
        w.write(releases, with: { $0.write($1) })
        w.write(posts, with: { $0.write($1) })
        w.write(mentions)
        w.write(slug)
        return w.bytes
    }

    /// The capture `encoded()` gave `bytes`.
    /// - Throws: `ByteReader.Malformed` when `bytes` are not such a record (all of it).
    init(decoding bytes: [UInt8]) throws(ByteReader.Malformed) {
        var r = ByteReader(bytes)
        self.init(
            order: try r.readInt(), source: try r.readString(), url: try r.readOptionalString(),
            pagePath: try r.readOptionalString(), isTruncated: try r.readBool(),
            releases: try r.readArray { r throws(ByteReader.Malformed) in try r.readRelease() },
            posts: try r.readArray { r throws(ByteReader.Malformed) in try r.readPost() },
            mentions: try r.readMentions(), slug: try r.readString())
        guard r.isAtEnd else { throw ByteReader.Malformed(offset: r.offset, reason: "bytes after the record") }
    }
}

extension ByteWriter {
    mutating func write<C: CaseIterable & Equatable>(case value: C) where C.AllCases.Index == Int {
        write(UInt64(C.allCases.firstIndex(of: value)! - C.allCases.startIndex))
    }

    mutating func write(_ r: Release) {
        write(case: r.kind)
        write(r.title)
        write(r.language)
        write(r.date)
        write(r.contentType)
        write(r.places, with: { $0.write($1) })
        write(r.issuers, with: { $0.write($1) })
        write(r.fieldsOfWork)
        write(r.body)
        write(r.mentionedStates)
        write(r.mentionedOrganisations, with: { $0.write($1) })
        write(r.people, with: { $0.write($1) })
        write(r.posts, with: { $0.write($1) })
        write(r.quotes, with: { $0.write($1) })
        write(r.meetings, with: { $0.write($1) })
        write(r.sourcePath)
        write(r.sourceURL)
        write(r.pagePath)
        write(r.truncated)
        write(r.id)
    }

    mutating func write(_ p: Place) { write(p.name) }

    mutating func write(_ o: Organisation) {
        write(o.name)
        write(o.id)
        write(case: o.kind)
        write(o.parent)
        write(o.representedState)
    }

    mutating func write(_ p: Person) {
        write(p.name)
        write(p.honorific)
        write(p.position, with: { $0.write($1) })
    }

    mutating func write(_ s: TextSpan) {
        write(s.start)
        write(s.end)
        write(s.basis == .rendered)
        write(s.exact)
        write(s.prefix)
        write(s.suffix)
    }

    mutating func write(_ p: Post) {
        write(p.role)
        write(p.holder, with: { $0.write($1) })
        write(p.organisation, with: { $0.write($1) })
        write(p.isHeld)
    }

    mutating func write(_ q: Quote) {
        write(q.text)
        write(q.speaker)
        write(q.position, with: { $0.write($1) })
    }

    mutating func write(_ m: Meeting) {
        write(m.name)
        write(m.startDate)
        write(m.organizer, with: { $0.write($1) })
        write(m.attendanceMode, with: { $0.write(case: $1) })
        write(m.participantCount)
        write(m.kind)
        write(m.place, with: { $0.write($1) })
    }

    mutating func write(_ m: PageMentions) {
        write(m.people, with: { $0.write($1) })
        write(m.mentionedStates)
        write(m.mentionedOrganisations, with: { $0.write($1) })
    }
}

extension ByteReader {
    typealias Failure = ByteReader.Malformed

    mutating func readRelease() throws(Failure) -> Release {
        Release(
            kind: try readCase(of: ReleaseKind.allCases), title: try readString(), language: try readString(),
            date: try readOptionalString(), contentType: try readOptionalString(),
            places: try readArray { r throws(Failure) in try r.readPlace() },
            issuers: try readArray { r throws(Failure) in try r.readOrganisation() },
            fieldsOfWork: try readStrings(), body: try readString(), mentionedStates: try readStrings(),
            mentionedOrganisations: try readArray { r throws(Failure) in try r.readOrganisation() },
            people: try readArray { r throws(Failure) in try r.readPerson() },
            posts: try readArray { r throws(Failure) in try r.readPost() },
            quotes: try readArray { r throws(Failure) in try r.readQuote() },
            meetings: try readArray { r throws(Failure) in try r.readMeeting() },
            sourcePath: try readString(), sourceURL: try readOptionalString(), pagePath: try readOptionalString(),
            truncated: try readBool(), id: try readOptionalString())
    }

    mutating func readPlace() throws(Failure) -> Place { Place(name: try readString()) }

    mutating func readOrganisation() throws(Failure) -> Organisation {
        Organisation(name: try readString(), id: try readOptionalString(), kind: try readCase(of: OrganisationKind.allCases),
                     parent: try readOptionalString(), representedState: try readOptionalString())
    }

    mutating func readPerson() throws(Failure) -> Person {
        Person(name: try readString(), honorific: try readOptionalString(),
               position: try readOptional { r throws(Failure) in try r.readTextSpan() })
    }

    mutating func readTextSpan() throws(Failure) -> TextSpan {
        TextSpan(start: try readInt(), end: try readInt(), basis: try readBool() ? .rendered : .file,
                 exact: try readOptionalString(), prefix: try readOptionalString(), suffix: try readOptionalString())
    }

    mutating func readPost() throws(Failure) -> Post {
        Post(role: try readString(), holder: try readOptional { r throws(Failure) in try r.readPerson() },
             organisation: try readOptional { r throws(Failure) in try r.readOrganisation() }, isHeld: try readBool())
    }

    mutating func readQuote() throws(Failure) -> Quote {
        Quote(text: try readString(), speaker: try readOptionalString(),
              position: try readOptional { r throws(Failure) in try r.readTextSpan() })
    }

    mutating func readMeeting() throws(Failure) -> Meeting {
        Meeting(name: try readString(), startDate: try readOptionalString(),
                organizer: try readOptional { r throws(Failure) in try r.readOrganisation() },
                attendanceMode: try readOptional { r throws(Failure) in try r.readCase(of: AttendanceMode.allCases) },
                participantCount: try readOptionalInt(), kind: try readOptionalString(),
                place: try readOptional { r throws(Failure) in try r.readPlace() })
    }

    mutating func readMentions() throws(Failure) -> PageMentions {
        PageMentions(people: try readArray { r throws(Failure) in try r.readPerson() }, mentionedStates: try readStrings(),
                     mentionedOrganisations: try readArray { r throws(Failure) in try r.readOrganisation() })
    }
}
