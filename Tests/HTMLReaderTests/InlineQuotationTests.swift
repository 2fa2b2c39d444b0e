import Testing
@testable import HTMLReader

/// Inline quotations (`q`): the marks a browser draws around them are part of the rendered text.
@Suite struct InlineQuotationTests {
    /// A passage in `<q>` had no quotation marks in the rendered text, so the reader could not
    /// tell it from the sentence around it: it is written between `“…”` (`‘…’` inside another
    /// `q`), the closing mark right after the last word; a hidden `q` gives nothing.
    @Test func aQElementIsWrittenBetweenQuotationMarks() throws {
        #expect(try Fixture.texts("<p>The Mayor said <q>we will rebuild the bridge </q> and left.</p>")
            == ["The Mayor said “we will rebuild the bridge” and left."])
        #expect(try Fixture.texts("<p><q>He told me <q>never again</q>, and he meant it</q>, she said.</p>")
            == ["“He told me ‘never again’, and he meant it”, she said."])
        #expect(try Fixture.texts("<p>Before <q hidden>gone</q>after.</p>") == ["Before after."])
    }
}
