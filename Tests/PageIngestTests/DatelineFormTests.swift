import Testing

@testable import PageIngest

/// The forms of a dateline (issue 6 item 4) on made-up openings: every dash form, no dash, the
/// date before the place, a city with its country, parentheses, and the date forms of other languages.
@Suite struct DatelineFormTests {
    func read(_ text: String) throws -> Dateline {
        try #require(Dateline.parse(text), "no dateline in \(text)")
    }

    @Test func dateBeforeThePlaceBetweenDashes() throws {
        let line = try read("12 May 2020 – VIENNA – The Chair opened the meeting.")
        #expect(line.places == ["Vienna"])
        #expect(line.date?.iso == "2020-05-12")
        #expect(line.remainder == "The Chair opened the meeting.")
        let country = try read("12 May 2020 – North Macedonia – The Mission opened an office.")
        #expect(country.places == ["North Macedonia"])
        #expect(country.date?.iso == "2020-05-12")
    }

    @Test func placeThenDateBetweenDashesOfEveryForm() throws {
        for dash in ["—", "–", "‒", "―", "−", "-", "--"] {
            let line = try read("VIENNA \(dash) 12 May 2020 \(dash) The Chair opened the meeting.")
            #expect(line.places == ["Vienna"], "dash \(dash)")
            #expect(line.date?.iso == "2020-05-12", "dash \(dash)")
            #expect(line.remainder == "The Chair opened the meeting.", "dash \(dash)")
        }
        let tight = try read("VIENNA—12 May 2020—The Chair opened the meeting.")
        #expect(tight.places == ["Vienna"])
        #expect(tight.date?.iso == "2020-05-12")
    }

    @Test func placeCommaDateAndSeveralPlaces() throws {
        let line = try read("VIENNA, 12 May 2020 – The Chair opened the meeting.")
        #expect(line.places == ["Vienna"])
        #expect(line.date?.iso == "2020-05-12")
        let two = try read("VIENNA/BELGRADE, 12 May 2020 - The two offices opened.")
        #expect(two.places == ["Vienna", "Belgrade"])
        #expect(two.date?.iso == "2020-05-12")
        let noComma = try read("VIENNA 12 May 2020 – The Chair opened the meeting.")
        #expect(noComma.places == ["Vienna"])
        #expect(noComma.date?.iso == "2020-05-12")
    }

    @Test func dateInParentheses() throws {
        let line = try read("Vienna (12 May 2020) – The Chair opened the meeting.")
        #expect(line.places == ["Vienna"])
        #expect(line.date?.iso == "2020-05-12")
        #expect(line.remainder == "The Chair opened the meeting.")
    }

    @Test func cityWithItsCountry() throws {
        let line = try read("Skopje, North Macedonia, 12 May 2020 – The Mission opened an office.")
        #expect(line.places == ["Skopje"])
        #expect(line.countries == ["North Macedonia"])
        #expect(line.date?.iso == "2020-05-12")
    }

    @Test func noDashAfterAFullDate() throws {
        let line = try read("VIENNA, 12 May 2020 The Chair opened the meeting.")
        #expect(line.places == ["Vienna"])
        #expect(line.date?.iso == "2020-05-12")
        #expect(line.remainder == "The Chair opened the meeting.")
    }

    @Test func dateFormsOfOtherLanguages() throws {
        let cases: [(String, String, String)] = [
            ("WIEN, 12. Mai 2020 – Der Vorsitzende eröffnete das Treffen.", "Wien", "2020-05-12"),
            ("VIENNE, 12 mai 2020 – Le Président a ouvert la réunion.", "Vienne", "2020-05-12"),
            ("ВЕНА, 12 мая 2020 г. – Председатель открыл встречу.", "Вена", "2020-05-12"),
            ("ВЕНА — 12 мая 2020 года — Председатель открыл встречу.", "Вена", "2020-05-12"),
            ("VIENA, 12 de mayo de 2020 – El Presidente abrió la reunión.", "Viena", "2020-05-12"),
            ("VIENNA, 12 maggio 2020 – Il Presidente ha aperto la riunione.", "Vienna", "2020-05-12"),
            ("КИЇВ, 12 травня 2020 р. – Голова відкрив зустріч.", "Київ", "2020-05-12"),
        ]
        for (text, place, iso) in cases {
            let line = try read(text)
            #expect(line.places == [place], "\(text)")
            #expect(line.date?.iso == iso, "\(text)")
        }
    }

    /// A paragraph that opens with a date in running prose is no dateline.
    @Test func aDateOpeningRunningProseIsNoDateline() {
        #expect(Dateline.parse("12 May 2020 – the day the Mission opened – was a new start.") == nil)
        #expect(Dateline.parse("12 May 2020 was the day the Mission opened its office in the capital.") == nil)
        #expect(Dateline.parse("12 May 2020 – The Mission opened – a new start.") == nil)
        #expect(Dateline.parse("On 12 May 2020 The Chair opened the meeting.") == nil)
        #expect(Dateline.parse("In 2020 The Mission opened an office.") == nil)
        #expect(Dateline.parse("12 May 2020 (Tuesday) – the Mission opened an office.") == nil)
    }
}
