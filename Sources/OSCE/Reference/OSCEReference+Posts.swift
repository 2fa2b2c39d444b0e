extension OSCEReference {
    /// Standing posts of the OSCE, so that different role phrases for the same
    /// post ("OSCE Secretary General", "Secretary General of the OSCE") give one
    /// `org:Post`. Heads of field operations are added from `organisations`
    /// ("Head of the OSCE Mission to Serbia", id `head-of-mission-to-serbia`).
    ///
    /// Source: osce.org structure pages.
    public static let posts: [PostRecord] = fixedPosts + fieldOperationHeadPosts

    static let fixedPosts: [PostRecord] = [
        PostRecord(
            id: "secretary-general", name: "OSCE Secretary General",
            alternativeNames: [
                "Secretary General", "Secretary General of the OSCE", "OSZE-Generalsekretär", "OSZE-Generalsekretärin",
                "Generalsekretär der OSZE", "Генеральный секретарь ОБСЕ",
                "Secrétaire général de l’OSCE", "Secrétaire générale de l’OSCE", "Secretario General de la OSCE",
                "Secretaria General de la OSCE", "Segretario generale dell’OSCE",
            ],
            organisation: "secretariat"),
        PostRecord(
            id: "chairperson-in-office", name: "OSCE Chairperson-in-Office",
            alternativeNames: [
                "Chairperson-in-Office", "OSCE Chairman-in-Office", "Chairman-in-Office", "OSCE Chairwoman-in-Office",
                "Chairwoman-in-Office", "CiO", "OSCE CiO", "OSCE Chair", "OSCE Chairperson", "OSCE Chairman", "OSCE Chairwoman",
                "Amtierender Vorsitzender der OSZE", "Amtierende Vorsitzende der OSZE",
                "OSZE-Vorsitzender", "Действующий председатель ОБСЕ",
                "Président en exercice de l’OSCE", "Présidente en exercice de l’OSCE", "Presidente en ejercicio de la OSCE",
                "Presidente in esercizio dell’OSCE",
            ],
            organisation: "chairpersonship"),
        PostRecord(
            id: "personal-representative-on-the-minsk-conference-conflict",
            name: "Personal Representative of the OSCE Chairperson-in-Office on the Conflict Dealt with by the OSCE Minsk Conference",
            alternativeNames: [
                "Personal Representative of the Chairperson-in-Office on the Conflict Dealt with by the OSCE Minsk Conference",
                "Personal Representative of the OSCE Chairman-in-Office on the Conflict Dealt with by the OSCE Minsk Conference",
                "Personal Representative of the Chairman-in-Office on the Conflict Dealt with by the OSCE Minsk Conference",
                "Personal Representative on the Conflict Dealt with by the OSCE Minsk Conference",
            ],
            organisation: "chairpersonship"),
        PostRecord(
            id: "chair-of-the-permanent-council", name: "Chair of the Permanent Council",
            alternativeNames: ["Chairperson of the Permanent Council", "Permanent Council Chair", "Chair of the OSCE Permanent Council"],
            organisation: "permanent-council"),
        PostRecord(
            id: "odihr-director", name: "ODIHR Director",
            alternativeNames: [
                "Director of ODIHR", "OSCE/ODIHR Director", "Director of the OSCE Office for Democratic Institutions and Human Rights",
                "Director of the Office for Democratic Institutions and Human Rights",
                "Directeur du BIDDH", "Directrice du BIDDH", "Director de la OIDDH", "Directora de la OIDDH", "Директор БДИПЧ",
                "Директор БДИПЧ ОБСЕ",
            ],
            organisation: "odihr"),
        PostRecord(
            id: "odihr-first-deputy-director", name: "ODIHR First Deputy Director",
            alternativeNames: ["First Deputy Director of ODIHR"], organisation: "odihr"),
        PostRecord(
            id: "high-commissioner-on-national-minorities", name: "OSCE High Commissioner on National Minorities",
            alternativeNames: [
                "High Commissioner on National Minorities", "High Commissioner", "OSZE-Hochkommissar für nationale Minderheiten",
                "Haut-Commissaire de l’OSCE pour les minorités nationales", "Haut-Commissaire pour les minorités nationales",
                "Alto Comisionado de la OSCE para las Minorías Nacionales", "Alto Comisionado para las Minorías Nacionales",
                "Верховный комиссар ОБСЕ по делам национальных меньшинств", "Верховный комиссар по делам национальных меньшинств",
            ],
            organisation: "hcnm"),
        PostRecord(
            id: "representative-on-freedom-of-the-media", name: "OSCE Representative on Freedom of the Media",
            alternativeNames: [
                "Representative on Freedom of the Media", "OSCE Media Freedom Representative", "Media Freedom Representative",
                "OSZE-Beauftragter für Medienfreiheit", "OSZE-Beauftragte für Medienfreiheit",
                "Représentant de l’OSCE pour la liberté des médias", "Représentante de l’OSCE pour la liberté des médias",
                "Représentant pour la liberté des médias", "Représentante pour la liberté des médias",
                "Representante de la OSCE para la Libertad de los Medios de Comunicación",
                "Representante para la Libertad de los Medios de Comunicación", "Представитель ОБСЕ по вопросам свободы СМИ",
                "Представитель по вопросам свободы СМИ", "Rappresentante dell’OSCE per la libertà dei media",
            ],
            organisation: "rfom"),
        PostRecord(
            id: "special-representative-for-combating-trafficking-in-human-beings",
            name: "OSCE Special Representative and Co-ordinator for Combating Trafficking in Human Beings",
            alternativeNames: [
                "Special Representative and Co-ordinator for Combating Trafficking in Human Beings",
                "Représentant spécial et coordonnateur de l’OSCE pour la lutte contre la traite des êtres humains",
                "Représentante spéciale et coordonnatrice de l’OSCE pour la lutte contre la traite des êtres humains",
                "Représentant spécial et coordonnateur pour la lutte contre la traite des êtres humains",
                "Représentante spéciale et coordonnatrice pour la lutte contre la traite des êtres humains",
                "Representante Especial y Coordinador de la OSCE para la Lucha contra la Trata de Personas",
                "Representante Especial y Coordinadora de la OSCE para la Lucha contra la Trata de Personas",
                "Representante Especial y Coordinador para la Lucha contra la Trata de Personas",
                "Representante Especial y Coordinadora para la Lucha contra la Trata de Personas",
                "Специальный представитель и координатор ОБСЕ по борьбе с торговлей людьми",
                "Специальный представитель и координатор по борьбе с торговлей людьми",
                "OSZE-Sonderbeauftragter und Koordinator für die Bekämpfung des Menschenhandels",
                "OSZE-Sonderbeauftragte und Koordinatorin für die Bekämpfung des Menschenhandels",
            ],
            organisation: "office-of-the-special-representative-for-combating-trafficking-in-human-beings"),
        PostRecord(
            id: "co-ordinator-of-economic-and-environmental-activities",
            name: "Co-ordinator of OSCE Economic and Environmental Activities",
            alternativeNames: ["OSCE Co-ordinator of Economic and Environmental Activities", "Co-ordinator of Economic and Environmental Activities"],
            organisation: "office-of-the-co-ordinator-of-economic-and-environmental-activities"),
        PostRecord(
            id: "president-of-the-parliamentary-assembly", name: "President of the OSCE Parliamentary Assembly",
            alternativeNames: [
                "OSCE PA President", "PA President", "President of the Parliamentary Assembly", "OSCE Parliamentary Assembly President",
                "President of the OSCE PA", "Assembly President", "Präsident der Parlamentarischen Versammlung der OSZE",
                "Präsidentin der Parlamentarischen Versammlung der OSZE", "Председатель ПА ОБСЕ",
            ],
            organisation: "parliamentary-assembly"),
        // Nine Vice-Presidents at a time: one post, several holders (W3C ORG: org:Post, held by many).
        PostRecord(
            id: "vice-president-of-the-parliamentary-assembly", name: "Vice-President of the OSCE Parliamentary Assembly",
            alternativeNames: [
                "OSCE PA Vice-President", "PA Vice-President", "Vice-President of the Parliamentary Assembly",
                "OSCE Parliamentary Assembly Vice-President", "Vice-President of the OSCE PA", "Assembly Vice-President",
                "OSCE PA Vice President", "Vice President of the OSCE Parliamentary Assembly",
            ],
            organisation: "parliamentary-assembly"),
        PostRecord(
            id: "treasurer-of-the-parliamentary-assembly", name: "Treasurer of the OSCE Parliamentary Assembly",
            alternativeNames: ["OSCE PA Treasurer", "PA Treasurer", "Treasurer of the Parliamentary Assembly", "Assembly Treasurer",
                               "Treasurer of the OSCE PA"],
            organisation: "parliamentary-assembly"),
        PostRecord(
            id: "president-emeritus-of-the-parliamentary-assembly", name: "President Emeritus of the OSCE Parliamentary Assembly",
            alternativeNames: ["OSCE PA President Emeritus", "PA President Emeritus", "President Emeritus of the Parliamentary Assembly"],
            organisation: "parliamentary-assembly"),
        PostRecord(
            id: "secretary-general-of-the-parliamentary-assembly", name: "Secretary General of the OSCE Parliamentary Assembly",
            alternativeNames: ["OSCE PA Secretary General", "PA Secretary General", "OSCE Parliamentary Assembly Secretary General",
                               "Secretary General of the Parliamentary Assembly", "Secretary General of the OSCE PA",
                               "Assembly Secretary General"],
            organisation: "parliamentary-assembly"),
    ]

    static let fieldOperationHeadPosts: [PostRecord] = organisations.filter { $0.kind == .fieldOperation }.map { op in
        var names: [String] = []
        // (The English names: not the German ones, nor those of the languages that decline them,
        // whose head posts `fieldOperationHeadPost` reads in any case form, nor the Spanish ones
        // written in ASCII, `Oficina de la OSCE en Minsk`: a lower-case word must be an English
        // linking word.)
        for n in [op.name] + op.alternativeNames where !n.hasPrefix("OSZE") && n.unicodeScalars.allSatisfy(\.isASCII)
            && !n.split(separator: " ").contains(where: { organisationNameWords.contains(key(String($0))) })
            && n.split(separator: " ").allSatisfy({ $0.first?.isLowercase != true || englishLinkingWords.contains(String($0)) }) {
            names.append("Head of the \(n)")
            names.append("Head of \(n)")
        }
        for n in op.alternativeNames where n.hasPrefix("OSZE-") {
            let genitive = germanGenitive(n)
            names.append("Leiter \(genitive)")
            names.append("Leiterin \(genitive)")
        }
        // An office named by its head's title (`OSCE Project Co-ordinator in Uzbekistan`): its
        // English names name the head post too, as a person's title.
        for n in [op.name] + op.alternativeNames where namesItsHead(n) { names.append(n) }
        return PostRecord(id: "head-of-\(op.id)", name: "Head of the \(op.name)", alternativeNames: names, organisation: op.id)
    }

    /// The English entries of the list `role-linking-words` of `postLexicon` (of, the, to, in, and …).
    static let englishLinkingWords: Set<String> = Set(postLexicon.entries("role-linking-words", language: "en"))

    /// The German genitive of an organisation's name, with its article (`OSZE-Programmbüro in
    /// Bischkek` → `des OSZE-Programmbüros in Bischkek`, `OSZE-Mission in Serbien` → `der
    /// OSZE-Mission in Serbien`): the first word takes the article and ending that the list
    /// `german-genitives` of `postLexicon` gives for the noun it ends in (`germanGenitiveForms`);
    /// `der` and no ending when none is listed (a feminine noun).
    static func germanGenitive(_ name: String) -> String {
        let first = name.prefix { $0 != " " }
        let rest = name.dropFirst(first.count)
        let lower = first.lowercased()
        guard let form = germanGenitiveForms.first(where: { lower.hasSuffix($0.noun) }) else { return "der " + name }
        return "\(form.article) \(first)\(form.ending)\(rest)"
    }

    /// The list `german-genitives` of `postLexicon` (`NOUN=ARTICLE ENDING`: `programmbüro=des s`),
    /// longest noun first.
    static let germanGenitiveForms: [(noun: String, article: String, ending: String)] = postLexicon.entries("german-genitives").compactMap { entry in
        let parts = entry.split(separator: "=", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        let form = parts[1].split(separator: " ")
        guard let article = form.first else { return nil }
        return (String(parts[0]), String(article), form.count > 1 ? String(form[1]) : "")
    }.sorted { $0.noun.count > $1.noun.count || ($0.noun.count == $1.noun.count && $0.noun < $1.noun) }

    /// Whether an office's English name is its head's title: a post's word (`postHeadWords`:
    /// co-ordinator, representative…) among the capitalised words it opens with (`OSCE Project
    /// Co-ordinator in Uzbekistan`; not `Office of the Co-ordinator …`, not `Mission to Serbia`).
    static func namesItsHead(_ name: String) -> Bool {
        guard name.unicodeScalars.allSatisfy(\.isASCII) else { return false }
        return name.split(separator: " ").prefix { $0.first?.isUppercase == true }
            .contains { postHeadWords.contains($0.lowercased()) }
    }
}
