/// The OSCE Chairpersonship held by a participating State for one calendar
/// year ("Finland – OSCE Chairpersonship 2025"; the Albanian Chairmanship in 2020).
///
/// Modelled as an `org:Membership` of the State in the Chairpersonship
/// structure (`{base}organisation/chairpersonship`), typed `osce:Chairpersonship`.
///
/// Shape in RDF: see `Chairpersonship+RDF.swift`.
///
/// Unit: `year` is a Gregorian calendar year (`xsd:gYear`).
///
/// Source: osce.org navigation chair tag; OSCE Chairpersonship list.
public struct Chairpersonship: Sendable, Hashable {
    public var year: Int
    /// ISO 3166-1 alpha-2 code of the State holding the Chairpersonship.
    public var stateCode: String

    public init(year: Int, stateCode: String) {
        self.year = year
        self.stateCode = stateCode
    }
}
