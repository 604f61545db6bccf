"""Generate a synthetic dossier of N pages (memos, e-mails, letters, optionally scans) with fake personal data.

    python bench/make_dossier.py OUT_DIR --pages 1000 [--scans 0.05]

``--scans`` is the share of documents delivered as scans: each page rendered at 200 dpi in grey and
saved as an image-only PDF, so screening has to OCR it (Tesseract, about 2 s a page here).
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import pymupdf

FIRST = ["Pieter", "Anna", "Sanne", "Joost", "Fatima", "Mohammed", "Lotte", "Daan", "Eva", "Ruben", "Armen", "Leyla"]
LAST = ["de Vries", "Jansen", "Bakker", "Visser", "El Amrani", "Yılmaz", "van Dijk", "Smit", "Petrosyan", "Mammadova"]
BODY = [
    "Tijdens het overleg is gesproken over de voortgang van het project en de planning voor het komende kwartaal.",
    "De directie heeft aangegeven dat de begroting voor dit onderdeel binnen de afgesproken kaders blijft.",
    "Naar mijn mening moeten we de reactie van de partners afwachten voordat we een standpunt innemen.",
    "Volgens informatie van de AIVD is er aanleiding om de beveiliging van de locatie te herzien.",
    "De Duitse collega deelde in vertrouwen dat Berlijn een eigen verklaring overweegt.",
    "Minister Hanna Verkerk heeft de Kamer toegezegd voor het zomerreces te rapporteren.",
    "The delegation discussed the humanitarian situation and the access of international organisations.",
]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def page_text(rng: random.Random, kind: str) -> str:
    a, b = _person(rng), _person(rng)
    phone = f"06-{rng.randint(20000000, 59999999)}"
    head = {
        "memo": f"Aan: de Minister\nVan: {a}\nKopie aan: {b}\nOpgesteld door: {a}, telefoon {phone}\n",
        "email": f"Van: {a} <{a.split()[0].lower()}@example.nl>\nAan: {b}\nOnderwerp: overleg\n\nHoi {b.split()[0]},\n",
        "letter": f"Geachte heer {b.split()[-1]},\n\nIn antwoord op uw brief van {rng.randint(1, 28)} mei.\n",
    }[kind]
    body = "\n".join(rng.choice(BODY) for _ in range(18))
    return f"{head}\n{body}\n\nMet vriendelijke groet,\n{a}\nBSN 111222333"


def make(out: Path, pages: int, per_doc: int = 10, seed: int = 7, scans: float = 0.0) -> list[Path]:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for d in range(0, pages, per_doc):
        doc = pymupdf.open()
        for _ in range(min(per_doc, pages - d)):
            page = doc.new_page()
            page.insert_textbox(page.rect + (56, 56, -56, -56), page_text(rng, rng.choice(["memo", "email", "letter"])),
                                fontsize=10, fontname="helv")
        path = out / f"doc-{d // per_doc:05d}.pdf"
        if scans and (d // per_doc) % round(1 / scans) == 0:
            doc = _scanned(doc)
        doc.save(path, garbage=3, deflate=True)
        paths.append(path)
    return paths


def _scanned(doc: pymupdf.Document) -> pymupdf.Document:
    """The document as a scanner delivers it: one grey image a page, no text layer."""
    scan = pymupdf.open()
    for page in doc:
        pix = page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
        scan.new_page(width=page.rect.width, height=page.rect.height).insert_image(page.rect, stream=pix.tobytes("png"))
    return scan


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--scans", type=float, default=0.0, help="share of documents that are scans (0-1)")
    args = ap.parse_args()
    print(f"{len(make(args.out, args.pages, scans=args.scans))} documents written to {args.out}")
