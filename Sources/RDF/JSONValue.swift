/// A JSON value (RFC 8259), as `JSONReader` reads it: the one JSON value type of the
/// package (SPARQL results JSON and JSON-LD are read into it).
///
/// Numbers keep their text (`"1.0"`, `"1e3"`), so a reader decides what they mean
/// (JSON-LD maps `1` to `xsd:integer` and `1.5` to `xsd:double`); objects keep their members
/// in document order, each with the position of its name (for diagnostics).
///
///     let value = try JSONReader.read(Array(#"{"a": [1, "x"]}"#.utf8))
///     value["a"]   // .array([.number("1"), .string("x")])
///
/// Source: RFC 8259 §3–§7.
public indirect enum JSONValue: Sendable {
    case object(JSONObject)
    case array([JSONValue])
    case string(String)
    /// A number's text as written (RFC 8259 §6 grammar).
    case number(String)
    case bool(Bool)
    case null

    /// The value of member `key` when this is an object that has one (the first, when
    /// the name repeats); nil otherwise.
    public subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    /// The string, when this is a string.
    public var string: String? { if case .string(let s) = self { return s } else { return nil } }

    /// What kind of value this is, for messages (`object`, `array`, `string`, `number`, `boolean`, `null`).
    public var kindName: String {
        switch self {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        }
    }
}

/// A JSON object: its members in document order (RFC 8259 §4 leaves names' uniqueness to
/// the reader; lookups take the first), and where it starts.
public struct JSONObject: Sendable {
    /// One member: its name, value, and the position of the name's opening quote (see `SourcePosition`).
    public struct Member: Sendable {
        public var key: String
        public var value: JSONValue
        public var position: SourcePosition

        public init(key: String, value: JSONValue, position: SourcePosition) {
            self.key = key
            self.value = value
            self.position = position
        }
    }

    public var members: [Member]
    /// The position of the opening `{`.
    public var position: SourcePosition

    public init(members: [Member], position: SourcePosition) {
        self.members = members
        self.position = position
    }

    /// The value of the first member called `key`, if any.
    /// - Complexity: O(m) in the members.
    public subscript(key: String) -> JSONValue? { members.first { $0.key == key }?.value }

    /// The first member called `key`, if any (its value and position).
    public func member(_ key: String) -> Member? { members.first { $0.key == key } }
}
