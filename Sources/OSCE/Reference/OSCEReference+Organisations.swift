extension OSCEReference {
    /// The OSCE and its structures, institutions, field operations, decision-making
    /// bodies and Partners groups, parents before children.
    ///
    /// Wikidata QIDs only from verified rows of `Ontology/reference/wikidata.tsv`
    /// (the OSCE Q81299; the Court of Conciliation and Arbitration Q3001076);
    /// every other body has no verified identifier yet and gets no link.
    ///
    /// Source: osce.org navigation ("Structures and institutions", "Secretariat",
    /// "Field operations", "Meetings and conferences", "Participating States").
    public static let organisations: [OrganisationRecord] = [
        OrganisationRecord(
            id: "osce", name: "Organization for Security and Co-operation in Europe",
            alternativeNames: [
                "OSCE", "Organisation for Security and Co-operation in Europe",
                "Organization for Security and Cooperation in Europe", "OSZE",
                "Organisation für Sicherheit und Zusammenarbeit in Europa", "ОБСЕ",
                "Организация по безопасности и сотрудничеству в Европе",
            ],
            kind: .organisation, seat: "vienna", wikidata: "Q81299"),
        // Chairpersonship
        OrganisationRecord(
            id: "chairpersonship", name: "OSCE Chairpersonship",
            alternativeNames: [
                "Chairpersonship", "OSCE Chairmanship", "Chairmanship", "OSCE Chair", "OSCE Chairpersonship-in-Office",
                "OSZE-Vorsitz", "OSZE-Vorsitzes", "Vorsitzes", "Председательство ОБСЕ",
            ],
            kind: .chairpersonship, parent: "osce"),
        // Secretariat and its units
        OrganisationRecord(
            id: "secretariat", name: "OSCE Secretariat",
            alternativeNames: [
                "Secretariat", "Secretariat of the OSCE", "OSZE-Sekretariat", "Секретариат ОБСЕ", "Секретаріат ОБСЄ", "Secretariatul OSCE",
                "Sekretarijat OEBS-a", "Секретаријат ОЕБС-а", "Sekretarijat OSCE-a", "Sekretariati i OSBE-së",
            ],
            kind: .secretariat, parent: "osce", seat: "vienna"),
        OrganisationRecord(
            id: "office-of-the-secretary-general", name: "Office of the Secretary General",
            alternativeNames: ["OSCE Office of the Secretary General", "OSG"],
            kind: .secretariatUnit, parent: "secretariat", seat: "vienna"),
        OrganisationRecord(
            id: "conflict-prevention-centre", name: "Conflict Prevention Centre",
            alternativeNames: ["OSCE Conflict Prevention Centre", "CPC", "Konfliktverhütungszentrum"],
            kind: .secretariatUnit, parent: "secretariat", seat: "vienna"),
        OrganisationRecord(
            id: "transnational-threats-department", name: "Transnational Threats Department",
            alternativeNames: ["OSCE Transnational Threats Department", "TNTD"],
            kind: .secretariatUnit, parent: "secretariat", seat: "vienna"),
        OrganisationRecord(
            id: "office-of-the-special-representative-for-combating-trafficking-in-human-beings",
            name: "Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings",
            alternativeNames: [
                "OSCE Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings",
                "OSR/CTHB",
            ],
            kind: .secretariatUnit, parent: "secretariat", seat: "vienna"),
        OrganisationRecord(
            id: "office-of-the-co-ordinator-of-economic-and-environmental-activities",
            name: "Office of the Co-ordinator of OSCE Economic and Environmental Activities",
            alternativeNames: ["OCEEA", "Office of the Co-ordinator of Economic and Environmental Activities"],
            kind: .secretariatUnit, parent: "secretariat", seat: "vienna"),
        OrganisationRecord(
            id: "gender-issues-programme", name: "Gender Issues Programme",
            alternativeNames: ["OSCE Gender Issues Programme", "Programme for Gender Issues"],
            kind: .secretariatUnit, parent: "secretariat", seat: "vienna"),
        OrganisationRecord(
            id: "opportunities-for-youth", name: "Opportunities for Youth",
            alternativeNames: ["OSCE Opportunities for Youth"],
            kind: .secretariatUnit, parent: "secretariat", seat: "vienna"),
        OrganisationRecord(
            id: "department-of-human-resources", name: "Department of Human Resources",
            alternativeNames: ["OSCE Department of Human Resources"],
            kind: .secretariatUnit, parent: "secretariat", seat: "vienna"),
        OrganisationRecord(
            id: "department-of-management-and-finance", name: "Department of Management and Finance",
            alternativeNames: ["OSCE Department of Management and Finance", "DMF"],
            kind: .secretariatUnit, parent: "secretariat", seat: "vienna"),
        OrganisationRecord(
            id: "office-of-internal-oversight", name: "Office of Internal Oversight",
            alternativeNames: ["OSCE Office of Internal Oversight", "OIO"],
            kind: .secretariatUnit, parent: "secretariat", seat: "vienna"),
        OrganisationRecord(
            id: "documentation-centre-in-prague", name: "Documentation Centre in Prague",
            alternativeNames: [
                "OSCE Documentation Centre in Prague", "Prague Office of the OSCE Secretariat",
                "Prague Office of the Secretariat",
            ],
            kind: .secretariatUnit, parent: "secretariat", seat: "prague"),
        // Institutions
        OrganisationRecord(
            id: "odihr", name: "OSCE Office for Democratic Institutions and Human Rights",
            alternativeNames: [
                "Office for Democratic Institutions and Human Rights", "ODIHR", "OSCE/ODIHR", "OSCE ODIHR",
                "OSZE-Büro für demokratische Institutionen und Menschenrechte", "БДИПЧ", "БДИПЧ ОБСЕ",
            ],
            kind: .institution, parent: "osce", seat: "warsaw"),
        OrganisationRecord(
            id: "hcnm", name: "OSCE High Commissioner on National Minorities",
            alternativeNames: [
                "High Commissioner on National Minorities", "HCNM", "OSCE HCNM",
                "Office of the OSCE High Commissioner on National Minorities",
                "OSZE-Hochkommissar für nationale Minderheiten", "ВКНМ",
            ],
            kind: .institution, parent: "osce", seat: "the-hague"),
        OrganisationRecord(
            id: "rfom", name: "OSCE Representative on Freedom of the Media",
            alternativeNames: [
                "Representative on Freedom of the Media", "RFoM", "OSCE RFoM",
                "Office of the OSCE Representative on Freedom of the Media",
                "OSZE-Beauftragter für Medienfreiheit", "Представитель ОБСЕ по вопросам свободы СМИ",
            ],
            kind: .institution, parent: "osce", seat: "vienna"),
        // Field operations
        OrganisationRecord(
            id: "presence-in-albania", name: "OSCE Presence in Albania",
            alternativeNames: [
                "Presence in Albania", "OSZE-Präsenz in Albanien", "Prezenca e OSBE-së në Shqipëri", "Присутствие ОБСЕ в Албании",
                "Présence de l’OSCE en Albanie", "Presencia de la OSCE en Albania",
            ],
            kind: .fieldOperation, parent: "osce", seat: "tirana", hostState: "AL"),
        OrganisationRecord(
            id: "centre-in-ashgabat", name: "OSCE Centre in Ashgabat",
            alternativeNames: ["Centre in Ashgabat", "OSZE-Zentrum in Aschgabat", "Центр ОБСЕ в Ашхабаде", "Centre de l’OSCE à Achgabat", "Centro de la OSCE en Asjabad"],
            kind: .fieldOperation, parent: "osce", seat: "ashgabat", hostState: "TM"),
        OrganisationRecord(
            id: "programme-office-in-astana", name: "OSCE Programme Office in Astana",
            alternativeNames: [
                "Programme Office in Astana", "OSCE Programme Office in Nur-Sultan", "OSZE-Programmbüro in Astana",
                "Офис программ ОБСЕ в Астане", "Программный офис ОБСЕ в Астане", "Bureau de programme de l’OSCE à Astana", "Oficina de Programas de la OSCE en Astaná",
            ],
            kind: .fieldOperation, parent: "osce", seat: "astana", hostState: "KZ"),
        OrganisationRecord(
            id: "programme-office-in-bishkek", name: "OSCE Programme Office in Bishkek",
            alternativeNames: [
                "Programme Office in Bishkek", "OSZE-Programmbüro in Bischkek", "Офис программ ОБСЕ в Бишкеке", "Программный офис ОБСЕ в Бишкеке",
                "Bureau de programme de l’OSCE à Bichkek", "Oficina de Programas de la OSCE en Bishkek",
            ],
            kind: .fieldOperation, parent: "osce", seat: "bishkek", hostState: "KG"),
        OrganisationRecord(
            id: "mission-to-bosnia-and-herzegovina", name: "OSCE Mission to Bosnia and Herzegovina",
            alternativeNames: [
                "Mission to Bosnia and Herzegovina", "OSZE-Mission in Bosnien und Herzegowina", "Misija OSCE-a u Bosni i Hercegovini",
                "Misija OEBS-a u Bosni i Hercegovini", "Мисија ОЕБС-а у Босни и Херцеговини", "Миссия ОБСЕ в Боснии и Герцеговине",
                "Mission de l’OSCE en Bosnie-Herzégovine", "Misión de la OSCE en Bosnia y Herzegovina",
            ],
            kind: .fieldOperation, parent: "osce", seat: "sarajevo", hostState: "BA"),
        OrganisationRecord(
            id: "programme-office-in-dushanbe", name: "OSCE Programme Office in Dushanbe",
            alternativeNames: [
                "Programme Office in Dushanbe", "OSZE-Programmbüro in Duschanbe", "Офис программ ОБСЕ в Душанбе", "Программный офис ОБСЕ в Душанбе",
                "Bureau de programme de l’OSCE à Douchanbé", "Oficina de Programas de la OSCE en Dushanbé",
            ],
            kind: .fieldOperation, parent: "osce", seat: "dushanbe", hostState: "TJ"),
        OrganisationRecord(
            id: "mission-in-kosovo", name: "OSCE Mission in Kosovo",
            alternativeNames: [
                "Mission in Kosovo", "OMiK", "OSZE-Mission im Kosovo", "Миссия ОБСЕ в Косово", "Misioni i OSBE-së në Kosovë",
                "Misija OEBS-a na Kosovu", "Мисија ОЕБС-а на Косову", "Mission de l’OSCE au Kosovo", "Misión de la OSCE en Kosovo",
            ],
            kind: .fieldOperation, parent: "osce", seat: "pristina", area: "Kosovo"),
        OrganisationRecord(
            id: "mission-to-moldova", name: "OSCE Mission to Moldova",
            alternativeNames: [
                "Mission to Moldova", "OSZE-Mission in Moldau", "Миссия ОБСЕ в Молдове", "Misiunea OSCE în Moldova",
                "Misiunea OSCE din Moldova", "Misiunea OSCE în Republica Moldova", "Місія ОБСЄ в Молдові",
                "Mission de l’OSCE en Moldavie", "Misión de la OSCE en Moldavia", "Misión de la OSCE en Moldova",
            ],
            kind: .fieldOperation, parent: "osce", seat: "chisinau", hostState: "MD"),
        OrganisationRecord(
            id: "mission-to-montenegro", name: "OSCE Mission to Montenegro",
            alternativeNames: [
                "Mission to Montenegro", "OSZE-Mission in Montenegro", "Misija OEBS-a u Crnoj Gori", "Мисија ОЕБС-а у Црној Гори",
                "Миссия ОБСЕ в Черногории", "Mission de l’OSCE au Monténégro", "Misión de la OSCE en Montenegro",
            ],
            kind: .fieldOperation, parent: "osce", seat: "podgorica", hostState: "ME"),
        OrganisationRecord(
            id: "mission-to-serbia", name: "OSCE Mission to Serbia",
            alternativeNames: [
                "Mission to Serbia", "OSZE-Mission in Serbien", "Миссия ОБСЕ в Сербии", "Мисија ОЕБС-а у Србији",
                "Misija OEBS-a u Srbiji", "Mission de l’OSCE en Serbie", "Misión de la OSCE en Serbia",
            ],
            kind: .fieldOperation, parent: "osce", seat: "belgrade", hostState: "RS"),
        OrganisationRecord(
            id: "mission-to-skopje", name: "OSCE Mission to Skopje",
            alternativeNames: [
                "Mission to Skopje", "OSZE-Mission in Skopje", "Мисија на ОБСЕ во Скопје", "Misioni i OSBE-së në Shkup",
                "Миссия ОБСЕ в Скопье", "Mission de l’OSCE à Skopje", "Misión de la OSCE en Skopie",
            ],
            kind: .fieldOperation, parent: "osce", seat: "skopje", hostState: "MK"),
        OrganisationRecord(
            id: "project-co-ordinator-in-uzbekistan", name: "OSCE Project Co-ordinator in Uzbekistan",
            alternativeNames: [
                "Project Co-ordinator in Uzbekistan", "OSZE-Projektkoordinator in Usbekistan",
                "Координатор проектов ОБСЕ в Узбекистане", "Coordonnateur des projets de l’OSCE en Ouzbékistan", "Coordinador de Proyectos de la OSCE en Uzbekistán",
            ],
            kind: .fieldOperation, parent: "osce", seat: "tashkent", hostState: "UZ"),
        // Closed field activities (selection)
        OrganisationRecord(
            id: "special-monitoring-mission-to-ukraine", name: "OSCE Special Monitoring Mission to Ukraine",
            alternativeNames: [
                "Special Monitoring Mission to Ukraine", "OSCE SMM", "SMM", "OSCE Special Monitoring Mission",
                "Специальная мониторинговая миссия ОБСЕ в Украине", "СММ", "СММ ОБСЕ", "Спеціальна моніторингова місія ОБСЄ в Україні",
                "OSZE-Sonderbeobachtermission in der Ukraine", "Mission spéciale d’observation de l’OSCE en Ukraine", "Misión Especial de Observación de la OSCE en Ucrania",
            ],
            kind: .fieldOperation, parent: "osce", seat: "kyiv", hostState: "UA", closed: true),
        OrganisationRecord(
            id: "project-co-ordinator-in-ukraine", name: "OSCE Project Co-ordinator in Ukraine",
            alternativeNames: [
                "Project Co-ordinator in Ukraine", "Координатор проектів ОБСЄ в Україні", "Координатор проектов ОБСЕ в Украине",
                "Coordonnateur des projets de l’OSCE en Ukraine", "Coordinador de Proyectos de la OSCE en Ucrania",
            ],
            kind: .fieldOperation, parent: "osce", seat: "kyiv", hostState: "UA", closed: true),
        OrganisationRecord(
            id: "office-in-yerevan", name: "OSCE Office in Yerevan",
            alternativeNames: ["Office in Yerevan", "Bureau de l’OSCE à Erevan", "Oficina de la OSCE en Ereván"],
            kind: .fieldOperation, parent: "osce", seat: "yerevan", hostState: "AM", closed: true),
        OrganisationRecord(
            id: "project-co-ordinator-in-baku", name: "OSCE Project Co-ordinator in Baku",
            alternativeNames: ["Project Co-ordinator in Baku", "OSCE Office in Baku", "Office in Baku", "Bureau de l’OSCE à Bakou", "Oficina de la OSCE en Bakú"],
            kind: .fieldOperation, parent: "osce", seat: "baku", hostState: "AZ", closed: true),
        OrganisationRecord(
            id: "mission-to-georgia", name: "OSCE Mission to Georgia",
            alternativeNames: ["Mission to Georgia", "Mission de l’OSCE en Géorgie", "Misión de la OSCE en Georgia"],
            kind: .fieldOperation, parent: "osce", seat: "tbilisi", hostState: "GE", closed: true),
        OrganisationRecord(
            id: "office-in-minsk", name: "OSCE Office in Minsk",
            alternativeNames: ["Office in Minsk", "Bureau de l’OSCE à Minsk", "Oficina de la OSCE en Minsk"],
            kind: .fieldOperation, parent: "osce", seat: "minsk", hostState: "BY", closed: true),
        OrganisationRecord(
            id: "mission-to-croatia", name: "OSCE Mission to Croatia",
            alternativeNames: ["Mission to Croatia", "OSCE Office in Zagreb", "Mission de l’OSCE en Croatie", "Misión de la OSCE en Croacia"],
            kind: .fieldOperation, parent: "osce", seat: "zagreb", hostState: "HR", closed: true),
        // Parliamentary Assembly and Court
        OrganisationRecord(
            id: "parliamentary-assembly", name: "OSCE Parliamentary Assembly",
            alternativeNames: [
                "Parliamentary Assembly", "OSCE PA", "Parliamentary Assembly of the OSCE",
                "Parlamentarische Versammlung der OSZE", "Парламентская ассамблея ОБСЕ", "ПА ОБСЕ", "Парламентська асамблея ОБСЄ",
                "ПА ОБСЄ", "Adunarea Parlamentară a OSCE", "Parlamentarna skupština OEBS-a", "Парламентарна скупштина ОЕБС-а",
                "Parlamentarna skupština OSCE-a", "Asambleja Parlamentare e OSBE-së",
            ],
            kind: .parliamentaryAssembly, parent: "osce", seat: "copenhagen"),
        // The Assembly's three General Committees (oscepa.org, "Committees"), by their full names:
        // a name holding commas and an `and` is one name (`Chair of the General Committee on
        // Democracy, Human Rights and Humanitarian Questions X`).
        OrganisationRecord(
            id: "pa-general-committee-on-political-affairs-and-security",
            name: "General Committee on Political Affairs and Security",
            alternativeNames: ["OSCE PA General Committee on Political Affairs and Security", "Committee on Political Affairs and Security"],
            kind: .other, parent: "parliamentary-assembly"),
        OrganisationRecord(
            id: "pa-general-committee-on-economic-affairs-science-technology-and-environment",
            name: "General Committee on Economic Affairs, Science, Technology and Environment",
            alternativeNames: [
                "OSCE PA General Committee on Economic Affairs, Science, Technology and Environment",
                "Committee on Economic Affairs, Science, Technology and Environment",
            ],
            kind: .other, parent: "parliamentary-assembly"),
        OrganisationRecord(
            id: "pa-general-committee-on-democracy-human-rights-and-humanitarian-questions",
            name: "General Committee on Democracy, Human Rights and Humanitarian Questions",
            alternativeNames: [
                "OSCE PA General Committee on Democracy, Human Rights and Humanitarian Questions",
                "Committee on Democracy, Human Rights and Humanitarian Questions",
            ],
            kind: .other, parent: "parliamentary-assembly"),
        OrganisationRecord(
            id: "court-of-conciliation-and-arbitration", name: "Court of Conciliation and Arbitration within the OSCE",
            alternativeNames: ["Court of Conciliation and Arbitration", "OSCE Court of Conciliation and Arbitration"],
            kind: .court, parent: "osce", seat: "geneva", wikidata: "Q3001076"),
        // Decision-making bodies
        OrganisationRecord(
            id: "summit", name: "OSCE Summit",
            alternativeNames: ["Summit", "Summit of Heads of State or Government", "OSCE Summit of Heads of State or Government"],
            kind: .decisionMakingBody, parent: "osce"),
        OrganisationRecord(
            id: "ministerial-council", name: "OSCE Ministerial Council",
            alternativeNames: ["Ministerial Council", "OSZE-Ministerrat", "Ministerrat", "Совет министров ОБСЕ"],
            kind: .decisionMakingBody, parent: "osce"),
        OrganisationRecord(
            id: "permanent-council", name: "OSCE Permanent Council",
            alternativeNames: ["Permanent Council", "Ständiger Rat", "Ständiger Rat der OSZE", "Постоянный совет ОБСЕ"],
            kind: .decisionMakingBody, parent: "osce", seat: "vienna"),
        OrganisationRecord(
            id: "forum-for-security-co-operation", name: "OSCE Forum for Security Co-operation",
            alternativeNames: [
                "Forum for Security Co-operation", "FSC", "Forum for Security Cooperation",
                "Forum für Sicherheitskooperation", "Форум ОБСЕ по сотрудничеству в области безопасности",
            ],
            kind: .decisionMakingBody, parent: "osce", seat: "vienna"),
        // Partners groups
        OrganisationRecord(
            id: "asian-partners-for-co-operation", name: "Asian Partners for Co-operation",
            alternativeNames: [
                "Asian Partners for Co-operation Group", "OSCE Asian Partners for Co-operation",
                "Asian Contact Group", "Asian Partners", "Asian Partners for Cooperation",
            ],
            kind: .partnerGroup, parent: "osce"),
        OrganisationRecord(
            id: "mediterranean-partners-for-co-operation", name: "Mediterranean Partners for Co-operation",
            alternativeNames: [
                "Mediterranean Partners for Co-operation Group", "OSCE Mediterranean Partners for Co-operation",
                "Mediterranean Contact Group", "Mediterranean Partners", "Mediterranean Partners for Cooperation",
            ],
            kind: .partnerGroup, parent: "osce"),
    ]
}
