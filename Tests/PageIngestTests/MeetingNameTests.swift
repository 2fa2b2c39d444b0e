import Testing
@testable import PageIngest

/// Meeting names in a release's first sentences (`MeetingDetector`), made-up sentences.
@Suite struct MeetingNameTests {
    @Test func aLongCapitalisedMeetingName() throws {
        let m = try #require(MeetingDetector.meeting(
            in: "The Chair convened the Human Dimension Implementation Review Meeting in Warsaw today.", date: "2020-05-11"))
        #expect(m.description == "Human Dimension Implementation Review Meeting")
        #expect(m.organizer == "Chair")
        #expect(m.date == "2020-05-11")
    }

    @Test func aNameWithAConjunctionAndANumericOrdinal() throws {
        let m = try #require(MeetingDetector.meeting(
            in: "The Assembly held its 27th Economic and Environmental Forum in Prague.", date: nil))
        #expect(m.description == "27th Economic and Environmental Forum")
        #expect(m.ordinal == 27)
    }

    @Test func shortLowerCaseDescriptionsStayShort() throws {
        let m = try #require(MeetingDetector.meeting(in: "The Centre hosted a regional expert meeting on water.", date: nil))
        #expect(m.description == "regional expert meeting")
        #expect(MeetingDetector.meeting(in: "The Centre hosted a very long and winding list of many things.", date: nil) == nil)
    }
}
