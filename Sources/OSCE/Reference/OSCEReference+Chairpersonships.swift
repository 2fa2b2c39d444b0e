extension OSCEReference {
    /// The Chairpersonships (Chairmanships before 2013) by year, 1993–2026, by
    /// participating State (ISO 3166-1 alpha-2). 1991 (Germany, CSCE) is
    /// included; 1992 (Czechoslovakia, a historical participant) is not.
    ///
    /// Source: OSCE Chairpersonship list (osce.org "Chairpersonship"); the menu's
    /// "Finland – OSCE Chairpersonship 2025" and "Malta – OSCE Chairpersonship 2024".
    public static let chairpersonships: [Chairpersonship] = [
        (1991, "DE"), (1993, "SE"), (1994, "IT"), (1995, "HU"), (1996, "CH"), (1997, "DK"), (1998, "PL"),
        (1999, "NO"), (2000, "AT"), (2001, "RO"), (2002, "PT"), (2003, "NL"), (2004, "BG"), (2005, "SI"),
        (2006, "BE"), (2007, "ES"), (2008, "FI"), (2009, "GR"), (2010, "KZ"), (2011, "LT"), (2012, "IE"),
        (2013, "UA"), (2014, "CH"), (2015, "RS"), (2016, "DE"), (2017, "AT"), (2018, "IT"), (2019, "SK"),
        (2020, "AL"), (2021, "SE"), (2022, "PL"), (2023, "MK"), (2024, "MT"), (2025, "FI"), (2026, "CH"),
    ].map { Chairpersonship(year: $0.0, stateCode: $0.1) }
}
