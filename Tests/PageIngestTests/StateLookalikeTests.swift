import Testing
@testable import PageIngest

/// A State's name that names something else after a place (issue 6: a new user's page read
/// `Atlanta, Georgia` as the participating State), on made-up sentences.
@Suite struct StateLookalikeTests {
    func states(_ text: String) -> [String] {
        StateMentionFinder.find(in: [TextUnit(text)])
    }

    @Test func aUSCityBeforeGeorgiaNamesTheUSState() {
        #expect(states("The delegation flew from Savannah, Georgia, to Tbilisi, Georgia, on Monday.") == ["Georgia"])
        #expect(states("Experts from Sandy Springs, Georgia and from Armenia met in Vienna.") == ["Armenia"])
        #expect(StateGazetteer.shared.rejectedLines == [])
    }

    @Test func otherPlacesBeforeGeorgiaKeepTheState() {
        #expect(states("The minister travelled to Baku, Georgia and Armenia.") == ["Georgia", "Armenia"])
        #expect(states("Officials met in Batumi, Georgia, and in Yerevan.") == ["Georgia"])
    }
}
