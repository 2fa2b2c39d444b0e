import Testing
@testable import DatasetDescription

@Suite struct ExportTimeTests {
    @Test func datesAndEpochs() throws {
        #expect(try ExportTime(argument: "2024-05-01").description == "2024-05-01T00:00:00Z")
        #expect(try ExportTime(argument: "2024-05-01").secondsSince1970 == 1_714_521_600)
        #expect(try ExportTime(argument: "2024-02-29T23:59:59Z").description == "2024-02-29T23:59:59Z")
        #expect(try ExportTime(sourceDateEpoch: "1700000000").description == "2023-11-14T22:13:20Z")
        #expect(try ExportTime(sourceDateEpoch: "0").description == "1970-01-01T00:00:00Z")
        #expect(ExportTime(secondsSince1970: 951_782_400).date == "2000-02-29")
    }

    @Test func badInputIsRefused() {
        for bad in ["2023-02-29", "2024-13-01", "2024-5-1", "2024-05-01T24:00:00Z", "2024-05-01T10:00:00", "yesterday", ""] {
            #expect(throws: DescriptionError.self, "\(bad)") { try ExportTime(argument: bad) }
        }
        for bad in ["-1", "1.5", "abc", "", "99999999999999999999"] {
            #expect(throws: DescriptionError.self, "\(bad)") { try ExportTime(sourceDateEpoch: bad) }
        }
    }
}
