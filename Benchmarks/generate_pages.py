#!/usr/bin/env python3
"""Generate N synthetic OSCE press-release pages for `make bench`.

Each page has the seed's layout (the navigation menu of
Examples/pages/000_0b91f1119559f398.txt, a type line, a title, the
Date/Place/Source/Fields of work labels, a dateline and paragraphs with
quotes attributed in the usual ways). Names, places, dates, States and
fields vary with a seeded RNG, so the output is the same for the same N.

usage: generate_pages.py N OUTDIR [--seed S]
"""
import argparse
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED_PAGE = os.path.join(HERE, "..", "Examples", "pages", "000_0b91f1119559f398.txt")

FIRST = ["Anna", "Jonas", "Maria", "Pieter", "Elif", "Tomas", "Sofia", "Mikhail", "Lena", "Arben",
         "Ines", "Karim", "Olga", "Dario", "Nina", "Viktor", "Aida", "Henrik", "Zeynep", "Marek"]
LAST = ["Novak", "Lindqvist", "Horvath", "Kowalski", "Ferreira", "Demir", "Petrov", "Moreau", "Rossi",
        "Jansen", "Berisha", "Ivanova", "Keller", "Nieminen", "Costa", "Popescu", "Halvorsen", "Kuznetsova",
        "Schmidt", "Dimitrov"]
POSTS = [
    ("Ambassador", "Head of the OSCE Mission to Serbia"),
    ("Ambassador", "Chair of the Permanent Council"),
    (None, "OSCE Secretary General"),
    (None, "Director of the Conflict Prevention Centre"),
    ("Ambassador", "Head of the OSCE Programme Office in Dushanbe"),
    (None, "OSCE Representative on Freedom of the Media"),
    ("Dr.", "Head of the OSCE Presence in Albania"),
    (None, "OSCE High Commissioner on National Minorities"),
]
CITIES = ["VIENNA", "BELGRADE", "SKOPJE", "TIRANA", "DUSHANBE", "WARSAW", "THE HAGUE", "BISHKEK", "CHISINAU", "PODGORICA"]
STATES = ["Sweden", "Albania", "Serbia", "Moldova", "Georgia", "Ukraine", "Kazakhstan", "Tajikistan",
          "Montenegro", "Austria", "Italy", "Poland", "Finland", "Norway", "Spain"]
SOURCES = ["OSCE Chairpersonship", "OSCE Mission to Serbia", "OSCE Secretariat", "OSCE Programme Office in Dushanbe",
           "Office for Democratic Institutions and Human Rights", "OSCE Presence in Albania"]
FIELDS = ["Combating trafficking in human beings", "Border management", "Elections", "Media freedom and development",
          "Rule of law", "Gender equality", "Youth", "Policing", "Countering terrorism", "Human rights"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
TOPICS = ["regional co-operation", "border security", "media freedom", "electoral reform", "youth engagement",
          "anti-corruption measures", "cyber security", "water management"]


def navigation():
    with open(SEED_PAGE, encoding="utf-8") as f:
        text = f.read()
    end = text.index("Press release\n")
    return text[:end]


def page(i, rng, nav):
    people = rng.sample(range(len(FIRST) * len(LAST)), 3)
    persons = []
    for p in people:
        first, last = FIRST[p % len(FIRST)], LAST[(p // len(FIRST)) % len(LAST)]
        honorific, post = POSTS[(p + i) % len(POSTS)]
        persons.append((first, last, honorific, post))
    city = rng.choice(CITIES)
    state = rng.choice(STATES)
    topic = rng.choice(TOPICS)
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2008, 2025)
    title = f"{state} hosts OSCE meeting on {topic} ({i})"
    lines = [nav + "Press release", title, "- Date:", "- Place:", f"- {city}", "- Source:",
             f"- {rng.choice(SOURCES)}", "- Fields of work:", f"- {rng.choice(FIELDS)}"]
    (f1, l1, h1, p1), (f2, l2, h2, p2), (f3, l3, h3, p3) = persons
    hon1 = f"{h1} " if h1 else ""
    hon2 = f"{h2} " if h2 else ""
    lines.append(f"{city}, {day} {MONTHS[month - 1]} {year} – Today, representatives of {state} and the OSCE "
                 f"met to discuss {topic} in the region.")
    lines.append(f"“We are committed to {topic} and to the work of the OSCE,” said {hon1}{f1} {l1}, {p1}. "
                 f"“Co-operation remains our strongest tool.”")
    lines.append(f"{hon2}{f2} {l2}, {p2}, welcomed the initiative. “This meeting shows what dialogue can achieve,” "
                 f"said {l2}.")
    lines.append(f"{p3} {f3} {l3} pointed out that “the work on {topic} must continue with all participating States.”")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=2020)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    nav = navigation()
    os.makedirs(a.outdir, exist_ok=True)
    for i in range(a.n):
        with open(os.path.join(a.outdir, f"page-{i:06d}.txt"), "w", encoding="utf-8") as f:
            f.write(page(i, rng, nav))


if __name__ == "__main__":
    main()
