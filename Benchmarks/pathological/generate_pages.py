#!/usr/bin/env python3
"""Write pathological pages: a real page shape whose release body is one huge line.

Each shape repeats a short pattern until the line holds --megabytes MB: plain words, many
quotes, many names, many dates, many State names, no spaces, one huge quote, the whole seed page
flattened, and the shapes a broken page has (quotes or names in one endless sentence, opening
marks that are never closed, a run of capitalised words without punctuation, a line of pipes, a
table row repeated). The page around it is the seed example page (navigation, title, labels), so
the line reaches the release analysis, not just the reader.

usage: generate_pages.py --seed Examples/pages/000_0b91f1119559f398.txt --out DIR [--megabytes 50] [--shapes a,b]
"""
import argparse
import os

PATTERNS = {
    "plain": "the participants discussed co-operation in the region and agreed on further steps ",
    "quotes": "“We must act now and together,” said Ambassador Ulrika Funered. "
              "She added: “The programme is ambitious.” ",
    "names": "Ambassador Ulrika Funered, Dr. Anna Berg, Minister Igli Hasani and Thomas Greminger met Valiant Richey. ",
    "dates": "On 5 May 2019, 12 June 2020 and 3 March 2021 the meetings took place, ",
    "states": "Sweden, the Republic of Moldova, the Russian Federation, Bosnia and Herzegovina and Swedish experts ",
    "nospace": "abcdefghijklmnopqrstuvwxyz0123456789",
    "quotesentence": "“a passage” and “another passage” by Ambassador Ulrika Funered, ",
    "namesentence": "Ambassador Ulrika Funered and Minister Igli Hasani and ",
    "unclosed": "“We must act now and together said Ambassador Ulrika Funered ",
    "capitals": "Ambassador Ulrika Funered Head Of The Mission To Moldova Anna Berg Vienna Sweden ",
    "pipes": "|",
    "table": "| Ulrika Funered | Head of Mission | Sweden | 5 May 2019 | ",
    "hugequote": None,  # one opening mark, plain words, one closing mark
    "flat": None,       # the whole seed page with its line breaks made spaces
}


def body(shape: str, size: int, seed_text: str) -> str:
    if shape == "flat":
        unit = seed_text.replace("\n", " ")
    elif shape == "hugequote":
        inner = PATTERNS["plain"] * (size // len(PATTERNS["plain"].encode()) + 1)
        return "VIENNA, 11 May 2020 – Ambassador Ulrika Funered said: “" + inner[:size] + "” "
    else:
        unit = PATTERNS[shape]
    n = size // len(unit.encode()) + 1
    text = unit * n
    if shape == "flat":
        return text
    return "VIENNA, 11 May 2020 – " + text


def page(shape: str, size: int, seed_text: str) -> str:
    if shape == "flat":
        return body(shape, size, seed_text) + "\n"
    lines = seed_text.split("\n")
    # The seed's body starts at its dateline line; keep everything before it.
    start = next(i for i, l in enumerate(lines) if l.startswith("VIENNA, 11 May 2020"))
    return "\n".join(lines[:start]) + "\n" + body(shape, size, seed_text) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--megabytes", type=float, default=50)
    ap.add_argument("--shapes", default=",".join(PATTERNS))
    a = ap.parse_args()
    seed_text = open(a.seed, encoding="utf-8").read()
    os.makedirs(a.out, exist_ok=True)
    size = int(a.megabytes * 1_000_000)
    for shape in a.shapes.split(","):
        path = os.path.join(a.out, f"{shape}.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(page(shape, size, seed_text))
        print(path)


if __name__ == "__main__":
    main()
