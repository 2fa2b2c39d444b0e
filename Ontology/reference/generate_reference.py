#!/usr/bin/env python3
"""Generates Sources/OSCE/Reference/OSCEReference+States.swift,
OSCEReference+Cities.swift and OSCEReference+People.swift from wikidata.tsv
and wikidata-people.tsv (this folder) and the curated tables below.

    python3 Ontology/reference/generate_reference.py

Rules (see wikidata.md in this folder):
  * only rows whose `confidence` is `verified` give a QID;
  * the participating State items for the Netherlands, the Holy See and
    Denmark are Q29999, Q159583 and Q35; the "country" items Q55, Q237 and
    Q756617 are emitted only as close matches;
  * Kosovo is not a participating State and gets no StateRecord.

The generated Swift is committed; CI does not run this script. A test
(ReferenceDataTests) re-reads wikidata.tsv and checks every QID in the
generated Swift against a verified row.

Name columns, per State (the menu name first, as osce.org's navigation lists it):
  alt    alternative names: English variants, German, Russian (nominative).
  adj    national adjectives. English entries are whole words ("Swedish").
         German and Russian entries are lower-case STEMS without the
         inflectional ending ("schwedisch" matches schwedische, schwedischen,
         schwedischer, ...; "шведск" matches шведский, шведская, ...), so a
         caller matches them as a word prefix.
Names in French, Italian, Spanish, BCS and Albanian, and case forms, are matching data kept
(by ISO code) in Sources/PageIngest/Resources/state-names.tsv, not here.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "Sources", "OSCE", "Reference")

P, A, M = "participatingState", "asianPartner", "mediterraneanPartner"

# (menu name, group, ISO alpha-2, TSV entity key, alternative names, adjectives)
STATES = [
    ("Albania", P, "AL", "Albania", ["Republic of Albania", "Albanien", "Албания"], ["Albanian", "albanisch", "албанск"]),
    ("Andorra", P, "AD", "Andorra", ["Principality of Andorra", "Андорра"], ["Andorran", "andorranisch", "андоррск"]),
    ("Armenia", P, "AM", "Armenia", ["Republic of Armenia", "Armenien", "Армения"], ["Armenian", "armenisch", "армянск"]),
    ("Austria", P, "AT", "Austria", ["Republic of Austria", "Österreich", "Австрия"], ["Austrian", "österreichisch", "австрийск"]),
    ("Azerbaijan", P, "AZ", "Azerbaijan", ["Republic of Azerbaijan", "Aserbaidschan", "Азербайджан"], ["Azerbaijani", "Azeri", "aserbaidschanisch", "азербайджанск"]),
    ("Belgium", P, "BE", "Belgium", ["Kingdom of Belgium", "Belgien", "Бельгия"], ["Belgian", "belgisch", "бельгийск"]),
    ("Belarus", P, "BY", "Belarus", ["Republic of Belarus", "Weißrussland", "Беларусь", "Белоруссия"], ["Belarusian", "Belarussian", "belarussisch", "weißrussisch", "белорусск"]),
    ("Bosnia and Herzegovina", P, "BA", "Bosnia and Herzegovina", ["Bosnia-Herzegovina", "Bosnien und Herzegowina", "Bosnien-Herzegowina", "Босния и Герцеговина"], ["Bosnian", "bosnisch", "боснийск"]),
    ("Bulgaria", P, "BG", "Bulgaria", ["Republic of Bulgaria", "Bulgarien", "Болгария"], ["Bulgarian", "bulgarisch", "болгарск"]),
    ("Canada", P, "CA", "Canada", ["Kanada", "Канада"], ["Canadian", "kanadisch", "канадск"]),
    ("Croatia", P, "HR", "Croatia", ["Republic of Croatia", "Kroatien", "Хорватия"], ["Croatian", "kroatisch", "хорватск"]),
    ("Cyprus", P, "CY", "Cyprus", ["Republic of Cyprus", "Zypern", "Кипр"], ["Cypriot", "zyprisch", "zypriotisch", "кипрск"]),
    ("Czechia", P, "CZ", "Czechia", ["Czech Republic", "Tschechien", "Tschechische Republik", "Чехия", "Чешская Республика"], ["Czech", "tschechisch", "чешск"]),
    ("Denmark", P, "DK", "Denmark", ["Kingdom of Denmark", "Dänemark", "Дания"], ["Danish", "dänisch", "датск"]),
    ("Estonia", P, "EE", "Estonia", ["Republic of Estonia", "Estland", "Эстония"], ["Estonian", "estnisch", "эстонск"]),
    ("Finland", P, "FI", "Finland", ["Republic of Finland", "Finnland", "Финляндия"], ["Finnish", "finnisch", "финск", "финляндск"]),
    ("France", P, "FR", "France", ["French Republic", "Frankreich", "Франция"], ["French", "französisch", "французск"]),
    ("Georgia", P, "GE", "Georgia", ["Georgien", "Грузия"], ["Georgian", "georgisch", "грузинск"]),
    ("Germany", P, "DE", "Germany", ["Federal Republic of Germany", "Deutschland", "Bundesrepublik Deutschland", "Германия"], ["German", "deutsch", "германск", "немецк"]),
    ("Greece", P, "GR", "Greece", ["Hellenic Republic", "Griechenland", "Греция"], ["Greek", "Hellenic", "griechisch", "греческ"]),
    ("Holy See", P, "VA", "Holy See", ["Heiliger Stuhl", "Святой Престол"], []),
    ("Hungary", P, "HU", "Hungary", ["Ungarn", "Венгрия"], ["Hungarian", "ungarisch", "венгерск"]),
    ("Iceland", P, "IS", "Iceland", ["Исландия"], ["Icelandic", "isländisch", "исландск"]),
    ("Ireland", P, "IE", "Ireland", ["Irland", "Ирландия"], ["Irish", "irisch", "ирландск"]),
    ("Italy", P, "IT", "Italy", ["Italian Republic", "Italien", "Италия"], ["Italian", "italienisch", "итальянск"]),
    ("Kazakhstan", P, "KZ", "Kazakhstan", ["Republic of Kazakhstan", "Kasachstan", "Казахстан"], ["Kazakh", "Kazakhstani", "kasachisch", "казахск", "казахстанск"]),
    ("Kyrgyzstan", P, "KG", "Kyrgyzstan", ["Kyrgyz Republic", "Kirgisistan", "Kirgistan", "Кыргызстан", "Киргизия", "Кыргызская Республика"], ["Kyrgyz", "Kyrgyzstani", "kirgisisch", "кыргызск", "киргизск"]),
    ("Latvia", P, "LV", "Latvia", ["Republic of Latvia", "Lettland", "Латвия"], ["Latvian", "lettisch", "латвийск", "латышск"]),
    ("Liechtenstein", P, "LI", "Liechtenstein", ["Principality of Liechtenstein", "Лихтенштейн"], ["liechtensteinisch", "лихтенштейнск"]),
    ("Lithuania", P, "LT", "Lithuania", ["Republic of Lithuania", "Litauen", "Литва"], ["Lithuanian", "litauisch", "литовск"]),
    ("Luxembourg", P, "LU", "Luxembourg", ["Grand Duchy of Luxembourg", "Luxemburg", "Люксембург"], ["Luxembourgish", "Luxembourgian", "luxemburgisch", "люксембургск"]),
    ("Malta", P, "MT", "Malta", ["Republic of Malta", "Мальта"], ["Maltese", "maltesisch", "мальтийск"]),
    ("Moldova", P, "MD", "Moldova", ["Republic of Moldova", "Moldau", "Republik Moldau", "Moldawien", "Молдова", "Республика Молдова", "Молдавия"], ["Moldovan", "Moldavian", "moldauisch", "moldawisch", "молдавск", "молдовск"]),
    ("Monaco", P, "MC", "Monaco", ["Principality of Monaco", "Монако"], ["Monegasque", "monegassisch", "монегаск"]),
    ("Mongolia", P, "MN", "Mongolia", ["Mongolei", "Монголия"], ["Mongolian", "mongolisch", "монгольск"]),
    ("Montenegro", P, "ME", "Montenegro", ["Черногория"], ["Montenegrin", "montenegrinisch", "черногорск"]),
    ("The Netherlands", P, "NL", "Netherlands", ["Netherlands", "Kingdom of the Netherlands", "Holland", "Niederlande", "Königreich der Niederlande", "Нидерланды"], ["Dutch", "niederländisch", "нидерландск", "голландск"]),
    ("North Macedonia", P, "MK", "North Macedonia", ["Republic of North Macedonia", "Macedonia", "former Yugoslav Republic of Macedonia", "FYROM", "Nordmazedonien", "Северная Македония", "Македония"], ["Macedonian", "North Macedonian", "nordmazedonisch", "mazedonisch", "македонск"]),
    ("Norway", P, "NO", "Norway", ["Kingdom of Norway", "Norwegen", "Норвегия"], ["Norwegian", "norwegisch", "норвежск"]),
    ("Poland", P, "PL", "Poland", ["Republic of Poland", "Polen", "Польша"], ["Polish", "polnisch", "польск"]),
    ("Portugal", P, "PT", "Portugal", ["Portuguese Republic", "Португалия"], ["Portuguese", "portugiesisch", "португальск"]),
    ("Romania", P, "RO", "Romania", ["Rumänien", "Румыния"], ["Romanian", "rumänisch", "румынск"]),
    ("Russian Federation", P, "RU", "Russian Federation", ["Russia", "Russland", "Russische Föderation", "Россия", "Российская Федерация"], ["Russian", "russisch", "российск", "русск"]),
    ("San Marino", P, "SM", "San Marino", ["Republic of San Marino", "Сан-Марино"], ["Sammarinese", "san-marinesisch", "сан-маринск"]),
    ("Serbia", P, "RS", "Serbia", ["Republic of Serbia", "Serbien", "Сербия"], ["Serbian", "serbisch", "сербск"]),
    ("Slovakia", P, "SK", "Slovakia", ["Slovak Republic", "Slowakei", "Slowakische Republik", "Словакия"], ["Slovak", "Slovakian", "slowakisch", "словацк"]),
    ("Slovenia", P, "SI", "Slovenia", ["Republic of Slovenia", "Slowenien", "Словения"], ["Slovenian", "Slovene", "slowenisch", "словенск"]),
    ("Spain", P, "ES", "Spain", ["Kingdom of Spain", "Spanien", "Испания"], ["Spanish", "spanisch", "испанск"]),
    ("Sweden", P, "SE", "Sweden", ["Kingdom of Sweden", "Schweden", "Швеция"], ["Swedish", "schwedisch", "шведск"]),
    ("Switzerland", P, "CH", "Switzerland", ["Swiss Confederation", "Schweiz", "Швейцария"], ["Swiss", "schweizer", "швейцарск"]),
    ("Tajikistan", P, "TJ", "Tajikistan", ["Republic of Tajikistan", "Tadschikistan", "Таджикистан"], ["Tajik", "Tajikistani", "tadschikisch", "таджикск"]),
    ("Türkiye", P, "TR", "Türkiye", ["Turkey", "Republic of Türkiye", "Republic of Turkey", "Türkei", "Турция"], ["Turkish", "türkisch", "турецк"]),
    ("Turkmenistan", P, "TM", "Turkmenistan", ["Туркменистан", "Туркмения"], ["Turkmen", "turkmenisch", "туркменск"]),
    ("Ukraine", P, "UA", "Ukraine", ["Украина"], ["Ukrainian", "ukrainisch", "украинск"]),
    ("United Kingdom", P, "GB", "United Kingdom", ["United Kingdom of Great Britain and Northern Ireland", "UK", "Great Britain", "Britain", "Vereinigtes Königreich", "Großbritannien", "Соединённое Королевство", "Соединенное Королевство", "Великобритания"], ["British", "britisch", "британск"]),
    ("United States of America", P, "US", "United States of America", ["United States", "USA", "U.S.", "Vereinigte Staaten", "Vereinigte Staaten von Amerika", "Соединённые Штаты Америки", "Соединенные Штаты Америки", "США"], ["American", "us-amerikanisch", "amerikanisch", "американск"]),
    ("Uzbekistan", P, "UZ", "Uzbekistan", ["Republic of Uzbekistan", "Usbekistan", "Узбекистан"], ["Uzbek", "Uzbekistani", "usbekisch", "узбекск"]),
    # Asian Partners for Co-operation
    ("Afghanistan", A, "AF", "Afghanistan", ["Афганистан"], ["Afghan", "afghanisch", "афганск"]),
    ("Australia", A, "AU", "Australia", ["Commonwealth of Australia", "Australien", "Австралия"], ["Australian", "australisch", "австралийск"]),
    ("Japan", A, "JP", "Japan", ["Япония"], ["Japanese", "japanisch", "японск"]),
    ("Republic of Korea", A, "KR", "Republic of Korea", ["South Korea", "Korea, Republic of", "Republik Korea", "Südkorea", "Республика Корея", "Южная Корея"], ["South Korean", "südkoreanisch", "южнокорейск"]),
    ("Thailand", A, "TH", "Thailand", ["Kingdom of Thailand", "Таиланд"], ["Thai", "thailändisch", "тайск", "таиландск"]),
    # Mediterranean Partners for Co-operation
    ("Algeria", M, "DZ", "Algeria", ["Algerien", "Алжир"], ["Algerian", "algerisch", "алжирск"]),
    ("Egypt", M, "EG", "Egypt", ["Arab Republic of Egypt", "Ägypten", "Египет"], ["Egyptian", "ägyptisch", "египетск"]),
    ("Israel", M, "IL", "Israel", ["State of Israel", "Израиль"], ["Israeli", "israelisch", "израильск"]),
    ("Jordan", M, "JO", "Jordan", ["Hashemite Kingdom of Jordan", "Jordanien", "Иордания"], ["Jordanian", "jordanisch", "иорданск"]),
    ("Morocco", M, "MA", "Morocco", ["Kingdom of Morocco", "Marokko", "Марокко"], ["Moroccan", "marokkanisch", "марокканск"]),
    ("Tunisia", M, "TN", "Tunisia", ["Tunesien", "Тунис"], ["Tunisian", "tunesisch", "тунисск"]),
]

# Close-match items from wikidata.md §3 (State versus country), keyed by ISO code,
# each with the TSV entity prefix that must hold it as a verified row.
CLOSE_MATCHES = {
    "NL": [("Alternate item: Netherlands", "Q55")],
    "DK": [("Alternate item: Kingdom of Denmark", "Q756617")],
    "VA": [("Alternate item: Vatican City", "Q237")],
}
# The State item for each of the three pitfall cases (wikidata.md §3).
PINNED = {"NL": "Q29999", "VA": "Q159583", "DK": "Q35"}

# (id, name, alternative names, TSV entity prefix or None)
CITIES = [
    ("vienna", "Vienna", ["Wien", "Вена"], "City: Vienna"),
    ("warsaw", "Warsaw", ["Warschau", "Warszawa", "Варшава"], "City: Warsaw"),
    ("the-hague", "The Hague", ["Den Haag", "'s-Gravenhage", "Hague", "Гаага"], "City: The Hague"),
    ("copenhagen", "Copenhagen", ["Kopenhagen", "København", "Копенгаген"], "City: Copenhagen"),
    ("prague", "Prague", ["Prag", "Praha", "Прага"], "City: Prague"),
    ("geneva", "Geneva", ["Genf", "Genève", "Женева"], "City: Geneva"),
    # Seats of field operations (no verified QID yet: no link).
    ("tirana", "Tirana", ["Tirana", "Tiranë", "Тирана"], None),
    ("ashgabat", "Ashgabat", ["Aschgabat", "Ashkhabad", "Ашхабад"], None),
    ("astana", "Astana", ["Nur-Sultan", "Астана", "Нур-Султан"], None),
    ("bishkek", "Bishkek", ["Bischkek", "Бишкек"], None),
    ("sarajevo", "Sarajevo", ["Сараево"], None),
    ("dushanbe", "Dushanbe", ["Duschanbe", "Душанбе"], None),
    ("pristina", "Pristina", ["Prishtina", "Prishtinë", "Priština", "Priština", "Приштина"], None),
    ("chisinau", "Chisinau", ["Chișinău", "Chişinău", "Kischinau", "Кишинёв", "Кишинев"], None),
    ("podgorica", "Podgorica", ["Подгорица"], None),
    ("belgrade", "Belgrade", ["Belgrad", "Beograd", "Белград"], None),
    ("skopje", "Skopje", ["Skopien", "Скопье"], None),
    ("tashkent", "Tashkent", ["Taschkent", "Ташкент"], None),
    ("kyiv", "Kyiv", ["Kiev", "Kiew", "Київ", "Киев"], None),
    # Seats of closed field activities.
    ("yerevan", "Yerevan", ["Eriwan", "Ереван"], None),
    ("baku", "Baku", ["Баку"], None),
    ("tbilisi", "Tbilisi", ["Tiflis", "Тбилиси"], None),
    ("minsk", "Minsk", ["Минск"], None),
    ("zagreb", "Zagreb", ["Загреб"], None),
]


def swift_string(s):
    out = s.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + out + '"'


def swift_array(items):
    return "[" + ", ".join(swift_string(i) for i in items) + "]"


def load_tsv():
    with open(os.path.join(HERE, "wikidata.tsv"), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def verified(rows, prefix):
    hits = [r for r in rows if r["entity"].startswith(prefix) and r["confidence"] == "verified" and r["qid"]]
    if len(hits) > 1:
        sys.exit("ambiguous TSV prefix %r" % prefix)
    return hits[0] if hits else None


def main():
    rows = load_tsv()
    lines = [
        "// GENERATED by Ontology/reference/generate_reference.py from Ontology/reference/wikidata.tsv.",
        "// Do not edit by hand: edit the script and run it again.",
        "",
        "extension OSCEReference {",
        "    /// The 57 participating States (in the order of osce.org's navigation) and the",
        "    /// 11 Partners for Co-operation (5 Asian, 6 Mediterranean).",
        "    ///",
        "    /// Source: osce.org navigation (\"Participating States\"); Wikidata QIDs from",
        "    /// `Ontology/reference/wikidata.tsv`, verified rows only (wikidata.md §3).",
        "    public static let states: [StateRecord] = [",
    ]
    seen_iso = set()
    for name, group, iso, key, alt, adj in STATES:
        if iso in seen_iso:
            sys.exit("duplicate ISO " + iso)
        seen_iso.add(iso)
        prefix = ("Participating State: " if group == P else "Partner for Co-operation: ") + key
        row = verified(rows, prefix)
        qid = row["qid"] if row else None
        if row and row["iso3166_alpha2"] and row["iso3166_alpha2"] != iso:
            sys.exit("ISO mismatch for %s: %s vs %s" % (name, iso, row["iso3166_alpha2"]))
        if iso in PINNED and qid != PINNED[iso]:
            sys.exit("pinned QID mismatch for " + name)
        close = []
        for cprefix, cqid in CLOSE_MATCHES.get(iso, []):
            crow = verified(rows, cprefix)
            if crow and crow["qid"] == cqid:
                close.append(cqid)
        alt = [a for a in dict.fromkeys(alt) if a != name]
        lines.append("        StateRecord(")
        lines.append("            name: %s, group: .%s, iso3166Alpha2: %s," % (swift_string(name), group, swift_string(iso)))
        lines.append("            wikidata: %s, closeMatches: %s," % (swift_string(qid) if qid else "nil", swift_array(close)))
        lines.append("            alternativeNames: %s," % swift_array(alt))
        lines.append("            adjectives: %s" % swift_array(list(dict.fromkeys(adj))))
        lines.append("        ),")
    lines += ["    ]", "}", ""]
    with open(os.path.join(OUT, "OSCEReference+States.swift"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))

    lines = [
        "// GENERATED by Ontology/reference/generate_reference.py from Ontology/reference/wikidata.tsv.",
        "// Do not edit by hand: edit the script and run it again.",
        "",
        "extension OSCEReference {",
        "    /// Cities that seat OSCE structures: the host cities of the Secretariat and",
        "    /// Institutions (with verified Wikidata QIDs) and the seats of field operations",
        "    /// (no verified QID yet, so no link).",
        "    ///",
        "    /// Source: `Ontology/reference/wikidata.tsv` (\"City:\" rows, verified only).",
        "    public static let cities: [CityRecord] = [",
    ]
    for cid, name, alt, prefix in CITIES:
        row = verified(rows, prefix) if prefix else None
        qid = row["qid"] if row else None
        alt = [a for a in dict.fromkeys(alt) if a != name]
        lines.append("        CityRecord(id: %s, name: %s, alternativeNames: %s, wikidata: %s)," % (
            swift_string(cid), swift_string(name), swift_array(alt), swift_string(qid) if qid else "nil"))
    lines += ["    ]", "}", ""]
    with open(os.path.join(OUT, "OSCEReference+Cities.swift"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


# Offices that tie a page's person to the verified item of wikidata-people.tsv
# (wikidata.md, "People"): (standing post id, from, to), dates inclusive
# (YYYY-MM-DD), None for an end the file does not confirm. A person with no
# office here is never linked (Solomon Passy: the Chairpersonship is marked
# "NOT confirmed"). Curated from the `office` and `years` columns.
CIO = "chairperson-in-office"
PA_PRESIDENT = "president-of-the-parliamentary-assembly"
PEOPLE_OFFICES = {
    "Frank-Walter Steinmeier": [(CIO, "2016-01-01", "2016-12-31")],
    "Sebastian Kurz": [(CIO, "2017-01-01", "2017-12-31")],
    "Benita Ferrero-Waldner": [(CIO, "2000-01-01", "2000-12-31")],
    "Ivica Dačić": [(CIO, "2015-01-01", "2015-12-31")],
    "Edi Rama": [(CIO, "2020-01-01", "2020-12-31")],
    "Angelino Alfano": [(CIO, "2018-01-01", "2018-12-31")],
    "Ian Borg": [(CIO, "2024-01-01", "2024-12-31")],
    "Elina Valtonen": [(CIO, "2025-01-01", "2025-12-31")],
    "Ilkka Kanerva": [(CIO, "2008-01-01", "2008-04-04"), (PA_PRESIDENT, "2014-07-01", "2016-07-31")],
    "Alexander Stubb": [(CIO, "2008-04-04", "2008-12-31")],
    "Solomon Passy": [],
    "Ingibjörg Sólrún Gísladóttir": [("odihr-director", "2017-07-21", "2020-12-31")],
    "Ranko Krivokapić": [(PA_PRESIDENT, "2013-07-01", "2014-07-31")],
    "George Tsereteli": [(PA_PRESIDENT, None, None)],
    "Eva Biaudet": [("special-representative-for-combating-trafficking-in-human-beings", "2006-10-01", "2009-12-31")],
}


def page_name(name):
    """The name as pages write it: 'Elina Valtonen (née Lepomäki)' -> 'Elina Valtonen',
    "George (Giorgi 'Gigi') Tsereteli" -> 'George Tsereteli'."""
    out, depth = "", 0
    for ch in name:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            out += ch
    return " ".join(out.split())


def swift_optional(s):
    return swift_string(s) if s else "nil"


def generate_people(rows):
    """wikidata-people.tsv (every row verified) with the curated offices; the
    verified 'Person:' rows of wikidata.tsv must agree with it."""
    with open(os.path.join(HERE, "wikidata-people.tsv"), newline="", encoding="utf-8") as f:
        people = list(csv.DictReader(f, delimiter="\t"))
    by_name = {}
    for r in people:
        name = page_name(r["name"])
        if name not in PEOPLE_OFFICES:
            sys.exit("no curated offices for " + name)
        by_name[name] = r["qid"]
    for r in rows:
        if r["entity"].startswith("Person:") and r["confidence"] == "verified" and r["qid"]:
            if by_name.get(r["label"]) != r["qid"]:
                sys.exit("wikidata.tsv and wikidata-people.tsv disagree on " + r["label"])
    lines = [
        "// GENERATED by Ontology/reference/generate_reference.py from Ontology/reference/wikidata-people.tsv.",
        "// Do not edit by hand: edit the script and run it again.",
        "",
        "extension OSCEReference {",
        "    /// People with a verified Wikidata QID (wikidata-people.tsv), with the offices",
        "    /// that tie a page's person to the item. A person is linked with `owl:sameAs`",
        "    /// and `skos:exactMatch` only through a holding of one of these offices",
        "    /// (wikidata.md, \"People\"; `PersonRecord`).",
        "    public static let people: [PersonRecord] = [",
    ]
    for r in people:
        name = page_name(r["name"])
        offices = ", ".join(
            "PersonRecord.Office(post: %s, from: %s, to: %s)" % (swift_string(p), swift_optional(a), swift_optional(b))
            for p, a, b in PEOPLE_OFFICES[name])
        lines.append("        PersonRecord(")
        lines.append("            name: %s, wikidata: %s," % (swift_string(name), swift_string(r["qid"])))
        lines.append("            offices: [%s])," % offices)
    lines += ["    ]", "}", ""]
    with open(os.path.join(OUT, "OSCEReference+People.swift"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    generate_people(load_tsv())
    main()
