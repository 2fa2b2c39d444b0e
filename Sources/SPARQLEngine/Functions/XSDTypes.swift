import Foundation
import RDF

/// Datatype IRIs of XML Schema 1.1 Part 2 that the function library knows,
/// beyond the constants of `RDF.XSD`.
enum XSDTypes {
    static let ns = "http://www.w3.org/2001/XMLSchema#"
    static let time = IRI(unchecked: ns + "time")
    static let dayTimeDuration = IRI(unchecked: ns + "dayTimeDuration")
    static let dateTimeStamp = IRI(unchecked: ns + "dateTimeStamp")

    /// The xsd:integer-derived types (XSD 1.1 Part 2 §3.4.13–§3.4.25) with
    /// their value ranges (nil = unbounded on that side).
    static let integerRanges: [String: (min: Decimal?, max: Decimal?)] = [
        ns + "integer": (nil, nil),
        ns + "nonPositiveInteger": (nil, 0),
        ns + "negativeInteger": (nil, -1),
        ns + "long": (Decimal(string: "-9223372036854775808"), Decimal(string: "9223372036854775807")),
        ns + "int": (-2147483648, 2147483647),
        ns + "short": (-32768, 32767),
        ns + "byte": (-128, 127),
        ns + "nonNegativeInteger": (0, nil),
        ns + "unsignedLong": (0, Decimal(string: "18446744073709551615")),
        ns + "unsignedInt": (0, 4294967295),
        ns + "unsignedShort": (0, 65535),
        ns + "unsignedByte": (0, 255),
        ns + "positiveInteger": (1, nil),
    ]
}
