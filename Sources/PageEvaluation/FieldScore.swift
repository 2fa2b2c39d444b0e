/// The counts of one field: true positives, values extracted, values expected.
///
/// `precision` is truePositives / extracted and `recall` truePositives / expected, both
/// fractions in 0...1; nil when the denominator is 0 (nothing to measure). Scores add up
/// count by count, so a corpus total is the sum of its pages (micro-averaging).
///
/// Shape (JSON): `{"true_positives": n, "extracted": n, "expected": n, "precision": x|null,
/// "recall": x|null}`.
public struct FieldScore: Hashable, Sendable, Codable {
    public var truePositives: Int
    public var extracted: Int
    public var expected: Int

    public init(truePositives: Int = 0, extracted: Int = 0, expected: Int = 0) {
        self.truePositives = truePositives
        self.extracted = extracted
        self.expected = expected
    }

    /// truePositives / extracted; nil when nothing was extracted. Unit: a fraction in 0...1.
    public var precision: Double? { extracted == 0 ? nil : Double(truePositives) / Double(extracted) }
    /// truePositives / expected; nil when nothing was expected. Unit: a fraction in 0...1.
    public var recall: Double? { expected == 0 ? nil : Double(truePositives) / Double(expected) }

    public static func + (lhs: FieldScore, rhs: FieldScore) -> FieldScore {
        FieldScore(truePositives: lhs.truePositives + rhs.truePositives, extracted: lhs.extracted + rhs.extracted,
                   expected: lhs.expected + rhs.expected)
    }

    public static func += (lhs: inout FieldScore, rhs: FieldScore) { lhs = lhs + rhs }

    enum CodingKeys: String, CodingKey {
        case truePositives = "true_positives"
        case extracted, expected, precision, recall
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        truePositives = try c.decode(Int.self, forKey: .truePositives)
        extracted = try c.decode(Int.self, forKey: .extracted)
        expected = try c.decode(Int.self, forKey: .expected)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(truePositives, forKey: .truePositives)
        try c.encode(extracted, forKey: .extracted)
        try c.encode(expected, forKey: .expected)
        try c.encode(precision, forKey: .precision)
        try c.encode(recall, forKey: .recall)
    }
}

/// One field's score on a page (or a corpus) with what was missed and what was extracted
/// wrongly, as readable values (`"Ulrika Funered"`, `"Title…: 2020-05-11"`).
///
/// Shape (JSON): `{"field": name, "score": FieldScore, "misses": [text], "false_positives": [text]}`.
public struct FieldResult: Hashable, Sendable, Codable {
    public var field: EvaluatedField
    public var score: FieldScore
    /// Expected values not found, in page order.
    public var misses: [String]
    /// Extracted values that match nothing expected, in page order.
    public var falsePositives: [String]

    public init(field: EvaluatedField, score: FieldScore = FieldScore(), misses: [String] = [], falsePositives: [String] = []) {
        self.field = field
        self.score = score
        self.misses = misses
        self.falsePositives = falsePositives
    }

    enum CodingKeys: String, CodingKey {
        case field, score, misses
        case falsePositives = "false_positives"
    }
}
