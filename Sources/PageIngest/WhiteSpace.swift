/// The white-space rule of the expected-facts schema, for code outside the ingester.
///
/// Every run of white space (U+00A0 and the other Unicode spaces included) becomes one
/// space, the ends are trimmed and zero-width characters are dropped: the form in which the
/// ingester and the expected files hold every text value.
///
///     WhiteSpace.collapse(" Ulrika\u{00A0}\u{00A0}Funered ")   // "Ulrika Funered"
///
/// Source: "Text values" in `Examples/pages/README.md`. A public door to the ingester's own
/// normaliser (`TextNormalization.collapse`), so the rule has one home.
public enum WhiteSpace {
    /// Collapses white space as the schema does. - Complexity: O(n).
    public static func collapse<S: StringProtocol>(_ text: S) -> String {
        TextNormalization.collapse(text)
    }
}
