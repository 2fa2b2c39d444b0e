import Foundation

extension OSCEReference {
    /// The structure whose own site or subsite a page address belongs to: `oscepa.org` → the
    /// Parliamentary Assembly; an osce.org path whose first segment (after an optional
    /// two-letter language segment) is an organisation's `id` → that organisation
    /// (`https://www.osce.org/ru/mission-to-moldova/…` → the Mission to Moldova); nil otherwise
    /// (the newsroom, the Secretariat's general pages, an unknown host).
    ///
    ///     OSCEReference.organisation(ofSite: "https://www.oscepa.org/en/news-a-media/press-releases/x")?.id
    ///     // "parliamentary-assembly"
    ///
    /// Source: the addresses of the captures (osce.org subsites use the organisation slugs of
    /// `organisations`; oscepa.org is the Assembly's own site).
    public static func organisation(ofSite url: String) -> OrganisationRecord? {
        guard let components = URLComponents(string: url), let host = components.host?.lowercased() else { return nil }
        if host == "oscepa.org" || host.hasSuffix(".oscepa.org") { return organisation(id: "parliamentary-assembly") }
        guard host == "osce.org" || host.hasSuffix(".osce.org") else { return nil }
        var segments = components.path.split(separator: "/").map(String.init)
        if let first = segments.first, first.count == 2, first.allSatisfy(\.isLetter) { segments.removeFirst() }
        guard let slug = segments.first?.lowercased(), slug != "osce" else { return nil }
        return organisation(id: slug)
    }

    /// The word that names an organisation's kind in its full name, used alone for it on its own
    /// pages (`OSCE Mission to Moldova` → `Mission`, `OSCE Parliamentary Assembly` → `Assembly`,
    /// `OSCE Programme Office in Dushanbe` → `Office`): the last capitalised word before the
    /// first lower-case word, not an acronym.
    public static func headWord(of record: OrganisationRecord) -> String? {
        var last: String?
        for w in record.name.split(separator: " ") {
            guard let c = w.first, c.isUppercase else { break }
            if w.count > 1, w.allSatisfy({ $0.isUppercase }) { continue }
            last = String(w)
        }
        return last
    }
}
