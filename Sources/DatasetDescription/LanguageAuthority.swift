/// ISO 639-1 codes and the EU language authority codes (ISO 639-2/T, upper
/// case) for the languages of the OSCE's participating States and Partners
/// for Co-operation, one pair a line.
///
/// Source: EU Publications Office, authority table "Language"
/// (`http://publications.europa.eu/resource/authority/language`); ISO 639-2.
enum LanguageAuthority {
    static let table = """
        ar ARA
        az AZE
        be BEL
        bg BUL
        bs BOS
        ca CAT
        cs CES
        da DAN
        de DEU
        el ELL
        en ENG
        es SPA
        et EST
        fi FIN
        fr FRA
        ga GLE
        he HEB
        hr HRV
        hu HUN
        hy HYE
        is ISL
        it ITA
        ja JPN
        ka KAT
        kk KAZ
        ko KOR
        ky KIR
        lb LTZ
        lt LIT
        lv LAV
        mk MKD
        mn MON
        mt MLT
        nl NLD
        no NOR
        pl POL
        pt POR
        ro RON
        ru RUS
        sk SLK
        sl SLV
        sq SQI
        sr SRP
        sv SWE
        tg TGK
        th THA
        tk TUK
        tr TUR
        uk UKR
        uz UZB
        """

    static let codes: [String: String] = {
        var out: [String: String] = [:]
        for line in table.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2 { out[String(parts[0])] = String(parts[1]) }
        }
        return out
    }()

    /// The EU code of an ISO 639-1 code (case-insensitive, region subtag ignored).
    static func code(_ iso6391: String) -> String? {
        codes[String(iso6391.lowercased().prefix { $0 != "-" })]
    }
}
