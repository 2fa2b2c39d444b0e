#!/usr/bin/env python3
"""Generate an OSCE-shaped RDF graph as N-Triples for `make bench-query`.

The graph has the shapes `osce-kg export` produces (same IRIs and vocabulary:
Sources/OSCE/Mapping, base https://w3id.org/osce-kg/resource/), at any size:

  * the OSCE (organisation/osce) and organisational units in
    org:subOrganizationOf chains up to it (named bodies at depth 1-2, a named
    "spine" of depth 8 ending at organisation/cpc-situation-room-east-desk,
    generated units organisation/unit-NNNNN at depths 2-8); units carry
    skos:prefLabel, plain (named bodies, as the export writes them) or in en
    (generated units), and in de / fr / ru (some);
  * the 57 participating States (osce:ParticipatingState, schema:Country) and
    11 Partners for Co-operation, skos:prefLabel in en, de, fr, ru (not every
    State has every language), osce:iso3166Alpha2, org:memberOf,
    skos:exactMatch a Wikidata item (a made-up QID);
  * the 23 fields of work (skos:Concept, skos:inScheme, labels en/de/fr);
  * people (foaf:Person, schema:Person, foaf:name, schema:name, a quarter
    with schema:honorificPrefix);
  * posts (org:Post, skos:prefLabel, org:postIn a unit, org:heldBy a person)
    and, for each holder, a holding as the export shapes it
    (PostHolding+RDF.swift: org:Membership, osce:PostHolding, org:member,
    osce:post, org:organization, org:memberDuring a time:Interval whose
    time:hasBeginning / time:hasEnd are time:Instants with time:inXSDDate);
    three named posts (the OSCE Secretary General, ...) have nine successive
    holders each, for the example query who-held-post-in-year;
  * releases (schema:NewsArticle + osce:PressRelease/NewsItem/...,
    schema:headline rdf:langString, schema:inLanguage, schema:datePublished
    xsd:date, osce:truncated, schema:articleBody, prov:wasDerivedFrom a page,
    schema:sourceOrganization, schema:about a field of work, schema:mentions
    States and people); pages (schema:WebPage, schema:url);
  * quotes (schema:Quotation, schema:text, schema:isPartOf the release,
    schema:position, schema:spokenByCharacter a person).

Popularity (which field, State, unit a release names) is Zipf-like, so
selectivities differ as in real data. Releases are added until the graph has
at least the requested number of triples. Same arguments, byte-identical
file; lines are written in blocks as they are made, so memory stays small
at 10M triples (about 30 s of CPU per 10M).

usage: generate_graph.py TRIPLES OUT.nt [--seed S]
"""
import argparse
import bisect
import itertools
import os
import random
import sys

BASE = "https://w3id.org/osce-kg/resource/"
OSCE = "https://w3id.org/osce-kg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
SCHEMA = "http://schema.org/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
FOAF = "http://xmlns.com/foaf/0.1/"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
WD = "http://www.wikidata.org/entity/"
TIME = "http://www.w3.org/2006/time#"
HONORIFICS = ["Ambassador", "Dr", "Ms", "Mr", "Professor"]
# Posts with a line of holders (post label, unit id): (who-held-post-in-year).
NAMED_POSTS = [("OSCE Secretary General", "secretariat"), ("Director of the Conflict Prevention Centre", "conflict-prevention-centre"),
               ("Head of the OSCE Mission in Kosovo", "mission-in-kosovo")]

# (iso2, en, de, fr, ru); an empty name means the State has no label in that language.
STATES = [
    ("al", "Albania", "Albanien", "Albanie", "Албания"), ("ad", "Andorra", "Andorra", "Andorre", ""),
    ("am", "Armenia", "Armenien", "Arménie", "Армения"), ("at", "Austria", "Österreich", "Autriche", "Австрия"),
    ("az", "Azerbaijan", "Aserbaidschan", "Azerbaïdjan", "Азербайджан"), ("by", "Belarus", "Belarus", "Bélarus", "Беларусь"),
    ("be", "Belgium", "Belgien", "Belgique", "Бельгия"), ("ba", "Bosnia and Herzegovina", "Bosnien und Herzegowina", "Bosnie-Herzégovine", "Босния и Герцеговина"),
    ("bg", "Bulgaria", "Bulgarien", "Bulgarie", "Болгария"), ("ca", "Canada", "Kanada", "Canada", ""),
    ("hr", "Croatia", "Kroatien", "Croatie", "Хорватия"), ("cy", "Cyprus", "Zypern", "Chypre", ""),
    ("cz", "Czechia", "Tschechien", "Tchéquie", "Чехия"), ("dk", "Denmark", "Dänemark", "Danemark", ""),
    ("ee", "Estonia", "Estland", "Estonie", "Эстония"), ("fi", "Finland", "Finnland", "Finlande", "Финляндия"),
    ("fr", "France", "Frankreich", "France", "Франция"), ("ge", "Georgia", "Georgien", "Géorgie", "Грузия"),
    ("de", "Germany", "Deutschland", "Allemagne", "Германия"), ("gr", "Greece", "Griechenland", "Grèce", ""),
    ("va", "Holy See", "Heiliger Stuhl", "Saint-Siège", ""), ("hu", "Hungary", "Ungarn", "Hongrie", "Венгрия"),
    ("is", "Iceland", "Island", "Islande", ""), ("ie", "Ireland", "Irland", "Irlande", ""),
    ("it", "Italy", "Italien", "Italie", "Италия"), ("kz", "Kazakhstan", "Kasachstan", "Kazakhstan", "Казахстан"),
    ("kg", "Kyrgyzstan", "Kirgisistan", "Kirghizistan", "Кыргызстан"), ("lv", "Latvia", "Lettland", "Lettonie", "Латвия"),
    ("li", "Liechtenstein", "Liechtenstein", "", ""), ("lt", "Lithuania", "Litauen", "Lituanie", "Литва"),
    ("lu", "Luxembourg", "Luxemburg", "Luxembourg", ""), ("mt", "Malta", "Malta", "Malte", ""),
    ("md", "Moldova", "Moldau", "Moldavie", "Молдова"), ("mc", "Monaco", "Monaco", "Monaco", ""),
    ("mn", "Mongolia", "Mongolei", "Mongolie", "Монголия"), ("me", "Montenegro", "Montenegro", "Monténégro", "Черногория"),
    ("nl", "Netherlands", "Niederlande", "Pays-Bas", "Нидерланды"), ("mk", "North Macedonia", "Nordmazedonien", "Macédoine du Nord", "Северная Македония"),
    ("no", "Norway", "Norwegen", "Norvège", "Норвегия"), ("pl", "Poland", "Polen", "Pologne", "Польша"),
    ("pt", "Portugal", "Portugal", "Portugal", ""), ("ro", "Romania", "Rumänien", "Roumanie", "Румыния"),
    ("ru", "Russian Federation", "Russische Föderation", "Fédération de Russie", "Российская Федерация"),
    ("sm", "San Marino", "San Marino", "Saint-Marin", ""), ("rs", "Serbia", "Serbien", "Serbie", "Сербия"),
    ("sk", "Slovakia", "Slowakei", "Slovaquie", "Словакия"), ("si", "Slovenia", "Slowenien", "Slovénie", "Словения"),
    ("es", "Spain", "Spanien", "Espagne", "Испания"), ("se", "Sweden", "Schweden", "Suède", "Швеция"),
    ("ch", "Switzerland", "Schweiz", "Suisse", "Швейцария"), ("tj", "Tajikistan", "Tadschikistan", "Tadjikistan", "Таджикистан"),
    ("tr", "Türkiye", "Türkei", "Türkiye", "Турция"), ("tm", "Turkmenistan", "Turkmenistan", "Turkménistan", "Туркменистан"),
    ("ua", "Ukraine", "Ukraine", "Ukraine", "Украина"), ("gb", "United Kingdom", "Vereinigtes Königreich", "Royaume-Uni", "Соединённое Королевство"),
    ("us", "United States of America", "Vereinigte Staaten", "États-Unis", "США"), ("uz", "Uzbekistan", "Usbekistan", "Ouzbékistan", "Узбекистан"),
]
# (iso2, en, de, fr, ru, group id, class)
PARTNERS = [
    ("af", "Afghanistan", "Afghanistan", "Afghanistan", "", "asian-partners-for-co-operation", "AsianPartnerForCooperation"),
    ("au", "Australia", "Australien", "Australie", "", "asian-partners-for-co-operation", "AsianPartnerForCooperation"),
    ("jp", "Japan", "Japan", "Japon", "Япония", "asian-partners-for-co-operation", "AsianPartnerForCooperation"),
    ("kr", "Republic of Korea", "Republik Korea", "République de Corée", "", "asian-partners-for-co-operation", "AsianPartnerForCooperation"),
    ("th", "Thailand", "Thailand", "Thaïlande", "", "asian-partners-for-co-operation", "AsianPartnerForCooperation"),
    ("dz", "Algeria", "Algerien", "Algérie", "", "mediterranean-partners-for-co-operation", "MediterraneanPartnerForCooperation"),
    ("eg", "Egypt", "Ägypten", "Égypte", "Египет", "mediterranean-partners-for-co-operation", "MediterraneanPartnerForCooperation"),
    ("il", "Israel", "Israel", "Israël", "", "mediterranean-partners-for-co-operation", "MediterraneanPartnerForCooperation"),
    ("jo", "Jordan", "Jordanien", "Jordanie", "", "mediterranean-partners-for-co-operation", "MediterraneanPartnerForCooperation"),
    ("ma", "Morocco", "Marokko", "Maroc", "", "mediterranean-partners-for-co-operation", "MediterraneanPartnerForCooperation"),
    ("tn", "Tunisia", "Tunesien", "Tunisie", "", "mediterranean-partners-for-co-operation", "MediterraneanPartnerForCooperation"),
]
# (id, en, de)
FIELDS = [
    ("arms-control", "Arms control", "Rüstungskontrolle"), ("border-management", "Border management", "Grenzmanagement"),
    ("combating-trafficking-in-human-beings", "Combating trafficking in human beings", "Bekämpfung des Menschenhandels"),
    ("conflict-prevention-and-resolution", "Conflict prevention and resolution", "Konfliktverhütung und -beilegung"),
    ("countering-terrorism", "Countering terrorism", "Terrorismusbekämpfung"), ("cyber-ict-security", "Cyber/ICT security", "Cyber/IKT-Sicherheit"),
    ("democratization", "Democratization", "Demokratisierung"), ("economic-activities", "Economic activities", "Wirtschaftliche Aktivitäten"),
    ("education", "Education", "Bildung"), ("elections", "Elections", "Wahlen"),
    ("environmental-activities", "Environmental activities", "Umweltaktivitäten"), ("gender-equality", "Gender equality", "Gleichstellung der Geschlechter"),
    ("good-governance", "Good governance", "Gute Regierungsführung"), ("human-rights", "Human rights", "Menschenrechte"),
    ("media-freedom-and-development", "Media freedom and development", "Medienfreiheit und -entwicklung"), ("migration", "Migration", "Migration"),
    ("national-minority-issues", "National minority issues", "Fragen nationaler Minderheiten"), ("policing", "Policing", "Polizeiarbeit"),
    ("reform-and-co-operation-in-the-security-sector", "Reform and co-operation in the security sector", "Reform und Zusammenarbeit im Sicherheitssektor"),
    ("roma-and-sinti", "Roma and Sinti", "Roma und Sinti"), ("rule-of-law", "Rule of law", "Rechtsstaatlichkeit"),
    ("tolerance-and-non-discrimination", "Tolerance and non-discrimination", "Toleranz und Nichtdiskriminierung"), ("youth", "Youth", "Jugend"),
]
# Named bodies: (id, English name, parent id, kind class)
BODIES = [
    ("chairpersonship", "OSCE Chairpersonship", "osce", "ChairpersonshipOffice"),
    ("secretariat", "OSCE Secretariat", "osce", "Secretariat"),
    ("odihr", "Office for Democratic Institutions and Human Rights", "osce", "Institution"),
    ("hcnm", "OSCE High Commissioner on National Minorities", "osce", "Institution"),
    ("rfom", "OSCE Representative on Freedom of the Media", "osce", "Institution"),
    ("permanent-council", "Permanent Council", "osce", "DecisionMakingBody"),
    ("mission-to-serbia", "OSCE Mission to Serbia", "osce", "FieldOperation"),
    ("presence-in-albania", "OSCE Presence in Albania", "osce", "FieldOperation"),
    ("mission-to-moldova", "OSCE Mission to Moldova", "osce", "FieldOperation"),
    ("programme-office-in-dushanbe", "OSCE Programme Office in Dushanbe", "osce", "FieldOperation"),
    ("mission-in-kosovo", "OSCE Mission in Kosovo", "osce", "FieldOperation"),
    ("mission-to-skopje", "OSCE Mission to Skopje", "osce", "FieldOperation"),
    ("office-of-the-secretary-general", "Office of the Secretary General", "secretariat", "SecretariatUnit"),
    ("transnational-threats-department", "Transnational Threats Department", "secretariat", "SecretariatUnit"),
    ("gender-issues-programme", "Gender Issues Programme", "secretariat", "SecretariatUnit"),
    # The spine: a chain of depth 8 (query 5 starts at its end).
    ("conflict-prevention-centre", "Conflict Prevention Centre", "secretariat", "SecretariatUnit"),
    ("cpc-operations-service", "CPC Operations Service", "conflict-prevention-centre", "SecretariatUnit"),
    ("cpc-planning-and-analysis", "CPC Planning and Analysis Section", "cpc-operations-service", "SecretariatUnit"),
    ("cpc-situation-room", "CPC Situation Room", "cpc-planning-and-analysis", "SecretariatUnit"),
    ("cpc-situation-room-monitoring", "CPC Situation Room Monitoring Team", "cpc-situation-room", "SecretariatUnit"),
    ("cpc-situation-room-regional-desks", "CPC Situation Room Regional Desks", "cpc-situation-room-monitoring", "SecretariatUnit"),
    ("cpc-situation-room-east-desk", "CPC Situation Room East Desk", "cpc-situation-room-regional-desks", "SecretariatUnit"),
]
FIRST = ["Anna", "Jonas", "Maria", "Pieter", "Elif", "Tomas", "Sofia", "Mikhail", "Lena", "Arben", "Ines", "Karim",
         "Olga", "Dario", "Nina", "Viktor", "Aida", "Henrik", "Zeynep", "Marek", "Helga", "Luca", "Irina", "Jan",
         "Tamara", "Goran", "Leila", "Andreas", "Marta", "Bekzod"]
LAST = ["Novak", "Lindqvist", "Horvath", "Kowalski", "Ferreira", "Demir", "Petrov", "Moreau", "Rossi", "Jansen",
        "Berisha", "Ivanova", "Keller", "Nieminen", "Costa", "Popescu", "Halvorsen", "Kuznetsova", "Schmidt",
        "Dimitrov", "Aliyev", "Sandberg", "Gashi", "Rahimov", "Weber", "Ortiz", "Kovac", "Larsen", "Bauer", "Tanaka"]
ROLES = ["Head", "Deputy Head", "Director", "Chief", "Senior Adviser", "Programme Manager", "Officer", "Co-ordinator"]
WORDS = ("the OSCE participating States today agreed continue support joint work regional security dialogue "
         "co-operation training experts officials border police election observers media freedom civil society "
         "human rights rule of law youth conference workshop report project mission government representatives "
         "countering trafficking national minorities environmental governance gender equality reform capacity").split()
UNIT_WORDS = ["Programme", "Section", "Unit", "Team", "Office", "Department", "Desk", "Cell", "Group", "Service"]
UNIT_TOPICS = ["Human Dimension", "Rule of Law", "Security Co-operation", "Media Development", "Elections",
               "Democratization", "Border Security", "Anti-Terrorism", "Gender", "Economic Governance",
               "Environmental", "Policing", "Human Resources", "Finance", "Legal Affairs", "Press and Public Information"]
KINDS = [("PressRelease", 0.7), ("NewsItem", 0.2), ("PressStatement", 0.07), ("SpotReport", 0.03)]


def iri(s):
    return "<" + s + ">"


def res(path):
    return "<" + BASE + path + ">"


def lit(s, lang=None, dt=None):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    if lang:
        return '"' + s + '"@' + lang
    if dt:
        return '"' + s + '"^^<' + dt + ">"
    return '"' + s + '"'


class Zipf:
    """Draws indices 0..n-1 with weight 1/(i+1)^s, from a seeded RNG."""

    def __init__(self, rng, n, s=1.0):
        self.rng = rng
        self.cum = list(itertools.accumulate(1.0 / (i + 1) ** s for i in range(n)))

    def draw(self):
        return bisect.bisect_left(self.cum, self.rng.random() * self.cum[-1])

    def sample(self, k):
        out = []
        while len(out) < k:
            i = self.draw()
            if i not in out:
                out.append(i)
        return out


def generate(target, out, seed):
    rng = random.Random(seed)
    # Lines are written in blocks as they are made (bounded memory at 10M
    # triples); `written` counts those already on disk.
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    tmp = out + ".tmp"
    fh = open(tmp, "w", encoding="utf-8", newline="\n")
    lines = []
    written = 0
    emit = lines.append
    t_type = iri(RDF_TYPE)
    p = {name: iri(ns + name) for ns, names in [
        (SCHEMA, ["headline", "inLanguage", "datePublished", "articleBody", "sourceOrganization", "about", "mentions",
                  "text", "isPartOf", "position", "spokenByCharacter", "name", "url", "NewsArticle", "Quotation",
                  "Person", "Country", "WebPage", "honorificPrefix"]),
        (SKOS, ["prefLabel", "altLabel", "inScheme", "Concept", "topConceptOf", "ConceptScheme", "exactMatch"]),
        (FOAF, []), (ORG, ["Post", "heldBy", "postIn", "subOrganizationOf", "memberOf", "OrganizationalUnit",
                           "FormalOrganization", "Membership", "member", "organization", "memberDuring"]),
    ] for name in names}
    foaf_person, foaf_name = iri(FOAF + "Person"), iri(FOAF + "name")
    prov_derived = iri(PROV + "wasDerivedFrom")
    o = lambda name: iri(OSCE + name)  # noqa: E731
    xdate, xint, xbool = XSD + "date", XSD + "integer", XSD + "boolean"

    # Scale: about 24 triples per release; people, posts and units follow.
    n_releases_est = max(100, target // 24)
    n_people = max(50, n_releases_est // 5)
    n_posts = max(50, n_people * 6 // 5)
    n_units = max(40, n_releases_est // 40)

    # The OSCE, partner groups, named bodies.
    osce = res("organisation/osce")
    emit(f"{osce} {t_type} {p['FormalOrganization']} .")
    for lang, name in [("en", "Organization for Security and Co-operation in Europe"),
                       ("de", "Organisation für Sicherheit und Zusammenarbeit in Europa"),
                       ("fr", "Organisation pour la sécurité et la coopération en Europe"),
                       ("ru", "Организация по безопасности и сотрудничеству в Европе")]:
        emit(f"{osce} {p['prefLabel']} {lit(name, lang)} .")
    emit(f"{osce} {iri('http://www.w3.org/2002/07/owl#sameAs')} {iri(WD + 'Q81299')} .")
    for gid, name in [("asian-partners-for-co-operation", "Asian Partners for Co-operation"),
                      ("mediterranean-partners-for-co-operation", "Mediterranean Partners for Co-operation")]:
        g = res("organisation/" + gid)
        emit(f"{g} {t_type} {p['OrganizationalUnit']} .")
        emit(f"{g} {t_type} {o('PartnerGroup')} .")
        emit(f"{g} {p['prefLabel']} {lit(name, 'en')} .")
        emit(f"{g} {p['subOrganizationOf']} {osce} .")

    depth = {"osce": 0}
    units = []  # (iri, depth) of every unit that can hold posts and issue releases
    by_depth = {}

    def add_unit(uid, name, parent, cls, plain=False):
        # Named bodies have the export's plain (xsd:string) prefLabel; generated units an English one.
        u = res("organisation/" + uid)
        emit(f"{u} {t_type} {p['OrganizationalUnit']} .")
        emit(f"{u} {t_type} {o(cls)} .")
        emit(f"{u} {p['prefLabel']} {lit(name, None if plain else 'en')} .")
        r = rng.random()
        if r < 0.6:
            emit(f"{u} {p['prefLabel']} {lit(name + ' (Abteilung)', 'de')} .")
        if r < 0.4:
            emit(f"{u} {p['prefLabel']} {lit(name + ' (service)', 'fr')} .")
        if r < 0.3:
            emit(f"{u} {p['prefLabel']} {lit(name + ' (отдел)', 'ru')} .")
        emit(f"{u} {p['subOrganizationOf']} {res('organisation/' + parent)} .")
        d = depth[parent] + 1
        depth[uid] = d
        units.append(u)
        by_depth.setdefault(d, []).append(uid)

    for uid, name, parent, cls in BODIES:
        add_unit(uid, name, parent, cls, plain=True)
    # Generated units: depths 2..8, parents drawn from the level above.
    shares = [(2, 0.05), (3, 0.10), (4, 0.15), (5, 0.20), (6, 0.20), (7, 0.15), (8, 0.15)]
    n = 0
    for d, share in shares:
        parents = list(by_depth[d - 1])
        for _ in range(max(2, int(n_units * share))):
            n += 1
            name = f"{rng.choice(UNIT_TOPICS)} {rng.choice(UNIT_WORDS)} {n}"
            add_unit(f"unit-{n:05d}", name, rng.choice(parents), "SecretariatUnit")

    # States and Partners.
    states = []
    for iso, en, de, fr, ru in STATES:
        s = res("state/" + iso)
        states.append(s)
        emit(f"{s} {t_type} {p['Country']} .")
        emit(f"{s} {t_type} {o('ParticipatingState')} .")
        emit(f"{s} {p['memberOf']} {osce} .")
        for lang, name in [("en", en), ("de", de), ("fr", fr), ("ru", ru)]:
            if name:
                emit(f"{s} {p['prefLabel']} {lit(name, lang)} .")
        emit(f"{s} {p['name']} {lit(en)} .")
        emit(f"{s} {o('iso3166Alpha2')} {lit(iso.upper())} .")
        emit(f"{s} {p['exactMatch']} {iri(WD + 'Q' + str(900000 + len(states)))} .")
    for iso, en, de, fr, ru, group, cls in PARTNERS:
        s = res("state/" + iso)
        emit(f"{s} {t_type} {p['Country']} .")
        emit(f"{s} {t_type} {o('PartnerForCooperation')} .")
        emit(f"{s} {t_type} {o(cls)} .")
        emit(f"{s} {p['memberOf']} {res('organisation/' + group)} .")
        for lang, name in [("en", en), ("de", de), ("fr", fr), ("ru", ru)]:
            if name:
                emit(f"{s} {p['prefLabel']} {lit(name, lang)} .")
        emit(f"{s} {p['name']} {lit(en)} .")
        emit(f"{s} {o('iso3166Alpha2')} {lit(iso.upper())} .")

    # Fields of work.
    scheme = res("concept-scheme/fields-of-work")
    emit(f"{scheme} {t_type} {p['ConceptScheme']} .")
    fields = []
    for i, (fid, en, de) in enumerate(FIELDS):
        f = res("field-of-work/" + fid)
        fields.append(f)
        emit(f"{f} {t_type} {p['Concept']} .")
        emit(f"{f} {p['prefLabel']} {lit(en, 'en')} .")
        emit(f"{f} {p['prefLabel']} {lit(de, 'de')} .")
        if i % 2 == 0:
            emit(f"{f} {p['prefLabel']} {lit(en + ' (domaine)', 'fr')} .")
        emit(f"{f} {p['inScheme']} {scheme} .")
        emit(f"{f} {p['topConceptOf']} {scheme} .")

    # People.
    people = []
    for i in range(n_people):
        first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)]
        initial = chr(ord("A") + (i // (len(FIRST) * len(LAST))) % 26)
        rnd = i // (len(FIRST) * len(LAST) * 26)
        name = f"{first} {initial}. {last}" + (f" {rnd + 1}" if rnd else "")
        slug = name.lower().replace(". ", "-").replace(" ", "-")
        pe = res("person/" + slug)
        people.append(pe)
        emit(f"{pe} {t_type} {foaf_person} .")
        emit(f"{pe} {t_type} {p['Person']} .")
        emit(f"{pe} {foaf_name} {lit(name)} .")
        emit(f"{pe} {p['name']} {lit(name)} .")
        if i % 4 == 1:
            emit(f"{pe} {p['honorificPrefix']} {lit(HONORIFICS[(i // 4) % len(HONORIFICS)])} .")

    # Holdings (as PostHolding+RDF.swift shapes them): membership, interval, instants shared by date.
    instants = set()

    def holding(post, slug, person, unit, first, last):
        pslug = person[len(BASE) + len("person/") + 1:-1]
        m, iv = res(f"membership/{slug}--{pslug}"), res(f"interval/{slug}--{pslug}")
        emit(f"{m} {t_type} {p['Membership']} .")
        emit(f"{m} {t_type} {o('PostHolding')} .")
        emit(f"{m} {p['member']} {person} .")
        emit(f"{m} {o('post')} {post} .")
        emit(f"{m} {p['organization']} {unit} .")
        emit(f"{m} {p['memberDuring']} {iv} .")
        emit(f"{iv} {t_type} {iri(TIME + 'Interval')} .")
        for rel, date in (("hasBeginning", first), ("hasEnd", last)):
            inst = res("instant/" + date)
            emit(f"{iv} {iri(TIME + rel)} {inst} .")
            if date not in instants:
                instants.add(date)
                emit(f"{inst} {t_type} {iri(TIME + 'Instant')} .")
                emit(f"{inst} {iri(TIME + 'inXSDDate')} {lit(date, dt=xdate)} .")

    for k, (label, uid) in enumerate(NAMED_POSTS):
        slug = label.lower().replace(" ", "-")
        po, u = res("post/" + slug), res("organisation/" + uid)
        emit(f"{po} {t_type} {p['Post']} .")
        emit(f"{po} {p['prefLabel']} {lit(label)} .")
        emit(f"{po} {p['postIn']} {u} .")
        for term in range(9):  # three-year terms from 2000
            pe = people[(k * 7919 + term * 104729) % len(people)]
            emit(f"{po} {p['heldBy']} {pe} .")
            y = 2000 + 3 * term
            holding(po, slug, pe, u, f"{y:04d}-07-01", f"{y + 3:04d}-06-30")

    # Posts: a third in the named bodies (Zipf), the rest spread over all units.
    unit_zipf = Zipf(rng, len(units), 1.1)
    for i in range(n_posts):
        u = units[unit_zipf.draw()] if rng.random() < 0.35 else units[rng.randrange(len(units))]
        po = res(f"post/post-{i + 1:06d}")
        emit(f"{po} {t_type} {p['Post']} .")
        emit(f"{po} {p['prefLabel']} {lit(rng.choice(ROLES) + ' ' + str(i + 1))} .")
        emit(f"{po} {p['postIn']} {u} .")
        if rng.random() < 0.9:
            pe = people[rng.randrange(len(people))]
            emit(f"{po} {p['heldBy']} {pe} .")
            y = 2000 + (i * 13) % 24
            holding(po, f"post-{i + 1:06d}", pe, u, f"{y:04d}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                    f"{y + i % 4:04d}-{1 + (i * 5) % 12:02d}-{1 + (i * 3) % 28:02d}")

    # Releases until the target is reached.
    field_zipf = Zipf(rng, len(fields), 0.8)
    state_order = list(range(len(states)))
    rng.shuffle(state_order)
    state_zipf = Zipf(rng, len(states), 1.0)
    person_zipf = Zipf(rng, len(people), 0.7)
    kinds, kind_w = [k for k, _ in KINDS], list(itertools.accumulate(w for _, w in KINDS))
    i = 0
    while written + len(lines) < target:
        if len(lines) >= 1 << 16:
            fh.write("\n".join(lines))
            fh.write("\n")
            written += len(lines)
            lines.clear()
        i += 1
        year = 2000 + (i * 7919) % 27
        date = f"{year:04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        slug = f"{year}-{i:07d}"
        r = res("release/" + slug)
        lang = "en" if rng.random() < 0.85 else rng.choice(["ru", "de", "fr"])
        kind = kinds[bisect.bisect_left(kind_w, rng.random() * kind_w[-1])]
        emit(f"{r} {t_type} {p['NewsArticle']} .")
        emit(f"{r} {t_type} {o(kind)} .")
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 10)))
        emit(f"{r} {p['headline']} {lit(words.capitalize() + ' ' + str(i), lang)} .")
        emit(f"{r} {p['inLanguage']} {lit(lang)} .")
        emit(f"{r} {p['datePublished']} {lit(date, dt=xdate)} .")
        emit(f"{r} {o('truncated')} {lit('false', dt=xbool)} .")
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 60)))
        emit(f"{r} {p['articleBody']} {lit(body.capitalize() + '.', lang)} .")
        page = res(f"page/{i:07d}")
        emit(f"{r} {prov_derived} {page} .")
        emit(f"{page} {t_type} {p['WebPage']} .")
        emit(f"{page} {p['url']} {iri(f'https://www.osce.org/{slug}')} .")
        for u in unit_zipf.sample(rng.randint(1, 2)):
            emit(f"{r} {p['sourceOrganization']} {units[u]} .")
        for f in field_zipf.sample(rng.randint(1, 3)):
            emit(f"{r} {p['about']} {fields[f]} .")
        for s in state_zipf.sample(rng.randint(1, 4)):
            emit(f"{r} {p['mentions']} {states[state_order[s]]} .")
        mentioned = person_zipf.sample(rng.randint(0, 3))
        for pe in mentioned:
            emit(f"{r} {p['mentions']} {people[pe]} .")
        for k in range(rng.choice([0, 0, 1, 1, 1, 2, 2, 3])):
            q = res(f"quote/{slug}-{k + 1}")
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 25)))
            emit(f"{q} {t_type} {p['Quotation']} .")
            emit(f"{q} {p['text']} {lit(text.capitalize() + '.', lang)} .")
            emit(f"{q} {p['isPartOf']} {r} .")
            emit(f"{q} {p['position']} {lit(str(k + 1), dt=xint)} .")
            speaker = people[mentioned[k]] if k < len(mentioned) else people[person_zipf.draw()]
            emit(f"{q} {p['spokenByCharacter']} {speaker} .")

    if lines:
        fh.write("\n".join(lines))
        fh.write("\n")
    fh.close()
    os.replace(tmp, out)
    return written + len(lines), i, len(units), len(people), n_posts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("triples", type=int, help="minimum number of triples")
    ap.add_argument("out", help="output N-Triples file")
    ap.add_argument("--seed", type=int, default=20261129)
    a = ap.parse_args()
    n, releases, units, people, posts = generate(a.triples, a.out, a.seed)
    print(f"{a.out}: {n} triples ({releases} releases, {units} units, {people} people, {posts} posts)", file=sys.stderr)


if __name__ == "__main__":
    main()
