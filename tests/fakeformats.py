"""Builders for the non-PDF fixtures of the format tests: e-mails, threads, scans, office files.

Everything is made at test time from fictional data (see ``fakedocs`` for the names);
``tests/resources/README.md`` lists what each builder makes and why.
"""

from __future__ import annotations

import email
import email.policy
import random
import shutil
import subprocess
from email.message import EmailMessage
from pathlib import Path

import pymupdf
import pytest

from redactor.formats.ocr import tesseract
from redactor.formats.office import soffice

JORIS = "Joris Ploegmaker <j.ploegmaker@minbuza.nl>"
FATIMA = "Fatima el Amrani <f.elamrani@minbuza.nl>"
PIETER = "Pieter de Vries <p.devries@minbuza.nl>"

needs_tesseract = pytest.mark.skipif(
    tesseract() is None,
    reason="Tesseract OCR with Dutch or English data is not installed (apt-get install tesseract-ocr tesseract-ocr-nld)")
needs_libreoffice = pytest.mark.skipif(
    soffice() is None, reason="LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")


def eml(*, sender: str = JORIS, to: str = FATIMA, cc: str = "", subject: str = "Toezegging aan de Kamer",
        date: str = "Tue, 12 Mar 2024 10:15:00 +0100", body: str = "Beste Fatima,\n\nGroet,\nJoris",
        message_id: str = "<1@minbuza.example>", in_reply_to: str = "", references: str = "",
        attachments: list[tuple[str, bytes, str]] = (), html: str | None = None) -> bytes:
    """An RFC 5322 message; attachments as (file name, bytes, MIME type)."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"], msg["Date"], msg["Message-ID"] = sender, to, subject, date, message_id
    if cc:
        msg["Cc"] = cc
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = references
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    for name, data, mime in attachments:
        if mime == "message/rfc822":  # a forwarded message travels as a message, not as encoded bytes
            msg.add_attachment(email.message_from_bytes(data, policy=email.policy.default), filename=name)
            continue
        maintype, subtype = mime.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return bytes(msg)


def text_pdf(lines: list[str], fontsize: float = 11) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for i, line in enumerate(lines):
        page.insert_text((72, 80 + i * fontsize * 1.6), line, fontsize=fontsize)
    return doc.tobytes()


def thread(folder: Path) -> dict[str, Path]:
    """Five messages of one conversation; m3 branches off (m5 does not quote it).

    m1 <- m2 <- m4 <- m5 is the main line, each reply quoting everything before it;
    m3 answers m2 too, with its own text, so m5 (the longest) does not contain it.
    """
    own = {
        "m1": (JORIS, FATIMA, ("Beste Fatima, kun je de toezegging aan de Kamer voor vrijdag nakijken? "
                               "Groet, Joris Ploegmaker")),
        "m2": (FATIMA, JORIS, "Joris, ik kijk er vandaag naar en laat het je morgen weten. Fatima el Amrani"),
        "m3": (PIETER, JORIS, "Ik sluit bij het overleg aan; mijn nummer is 06-41873925. Pieter de Vries"),
        "m4": (JORIS, FATIMA, "Dank Fatima, de directie wil de tekst voor donderdag hebben. Joris Ploegmaker"),
        "m5": (FATIMA, JORIS, "Hierbij de nagekeken tekst met twee opmerkingen over de planning. Fatima el Amrani"),
    }
    parents = {"m2": "m1", "m3": "m2", "m4": "m2", "m5": "m4"}
    bodies: dict[str, str] = {}
    paths = {}
    for i, key in enumerate(own, start=1):
        sender, to, text = own[key]
        parent = parents.get(key)
        quoted = ""
        if parent:
            quoted = (f"\n\nVan: {own[parent][0]}\nOnderwerp: Toezegging\n\n"
                      + "\n".join("> " + line for line in bodies[parent].splitlines()))
        bodies[key] = text + quoted
        chain = []
        p = parent
        while p:
            chain.insert(0, f"<{p}@minbuza.example>")
            p = parents.get(p)
        path = folder / f"{key}.eml"
        path.write_bytes(eml(sender=sender, to=to, subject=("Re: " if parent else "") + "Toezegging aan de Kamer",
                             date=f"Tue, 12 Mar 2024 1{i}:00:00 +0100", body=bodies[key],
                             message_id=f"<{key}@minbuza.example>", in_reply_to=chain[-1] if chain else "",
                             references=" ".join(chain)))
        paths[key] = path
    return paths


def scan_pdf(lines: list[str], path: Path, dpi: int = 200, noise: float = 0.0, fontsize: float = 11) -> Path:
    """A page of text rendered to a greyscale image and saved as an image-only PDF (a 'scan')."""
    page = pymupdf.open(stream=text_pdf(lines, fontsize), filetype="pdf")[0]
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    if noise:
        import numpy as np

        pixels = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.h, pix.w).astype(int)
        pixels = np.clip(pixels + np.random.default_rng(0).normal(0, noise, pixels.shape), 0, 255).astype(np.uint8)
        pix = pymupdf.Pixmap(pymupdf.csGRAY, pix.w, pix.h, pixels.tobytes(), False)
    scan = pymupdf.open()
    scan.new_page(width=595, height=842).insert_image(pymupdf.Rect(0, 0, 595, 842), stream=pix.tobytes("png"))
    scan.save(path)
    return path


def office_file(source: Path, target_suffix: str) -> Path:
    """Convert a .txt or .html file with LibreOffice (e.g. to .docx), next to it."""
    program = soffice()
    assert program, "check needs_libreoffice first"
    out = source.parent / "converted"
    subprocess.run([program, f"-env:UserInstallation={(source.parent / 'lo-profile').as_uri()}", "--headless",
                    "--convert-to", target_suffix.lstrip("."), "--outdir", str(out), str(source)],
                   check=True, capture_output=True, timeout=180)
    made = out / f"{source.stem}{target_suffix}"
    target = source.with_suffix(target_suffix)
    shutil.move(made, target)
    shutil.rmtree(out, ignore_errors=True)
    return target


# A Word memo as a ministry writes one: who is private and who is public, spread over every part of the file.
MEMO_PRIVATE = ["Joris Ploegmaker", "06-41873925", "j.ploegmaker@minbuza.nl", "Pieter de Vries", "06-28471936",
                "Fatima el Amrani", "070-3486486", "f.elamrani@minbuza.nl"]
MEMO_PUBLIC = ["Toivo Klaar", "Minister van Buitenlandse Zaken"]


def word_memo(path: Path) -> Path:
    """A .docx made with python-docx: heading, body, a table of attendees, a header and a footer.

    The footer and the table cells matter: they are separate parts of the .docx (footer1.xml,
    table cells), and a conversion that dropped or moved them would leak or misplace boxes.
    """
    from docx import Document as Word  # test extra: python-docx

    memo = Word()
    section = memo.sections[0]
    section.header.paragraphs[0].text = "Ministerie van Buitenlandse Zaken · Directie Oost-Europa · intern"
    section.footer.paragraphs[0].text = "Contact: Fatima el Amrani, f.elamrani@minbuza.nl"
    memo.add_heading("Memo voorbereiding overleg Zuidelijke Kaukasus", level=1)
    memo.add_paragraph("Aan: de Minister van Buitenlandse Zaken")
    memo.add_paragraph("Van: DEU/ Joris Ploegmaker, tel. 06-41873925")
    memo.add_paragraph("Op 7 oktober sprak Joris Ploegmaker met Toivo Klaar, de Speciale Vertegenwoordiger van de EU, "
                       "over de toezegging aan de Kamer. Vragen over dit memo via j.ploegmaker@minbuza.nl.")
    memo.add_heading("Aanwezigen bij het overleg", level=2)
    table = memo.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["Naam", "Functie", "Telefoon"]):
        cell.text = text
    for person in [("Pieter de Vries", "beleidsmedewerker", "06-28471936"), ("Fatima el Amrani", "jurist", "070-3486486")]:
        for cell, text in zip(table.add_row().cells, person):
            cell.text = text
    memo.add_paragraph("Het verslag volgt in de volgende nota.")
    memo.save(path)
    return path


_VOCABULARY = ("de het een van en in is dat op te voor met niet zijn aan er ook als bij door maar om nog wel naar dan "
          "worden kunnen minister directie toezegging beleid uitvoering ambassade verslag overleg afspraak kamer "
          "brief nota begroting raming gemeente provincie subsidie aanvraag besluit bezwaar termijn wet artikel "
          "onderzoek rapport advies commissie vergadering agenda notulen actiepunt project planning budget")
_WORDS = _VOCABULARY.split()


def random_text(rng: random.Random, words: int) -> str:
    """Sentences of frequent Dutch words: documents alike in vocabulary, different in content."""
    out = []
    while len(out) < words:
        out.extend(rng.choice(_WORDS) for _ in range(rng.randint(6, 14)))
        out[-1] += "."
    return " ".join(out[:words])


def signature_png(width: int = 300, height: int = 90) -> bytes:
    """A handwritten-looking scribble in blue ink on white, as a scanned signature is pasted into a letter."""
    doc = pymupdf.open()
    page = doc.new_page(width=width, height=height)
    shape = page.new_shape()
    shape.draw_bezier((10, 60), (60, -20), (90, 120), (140, 40))
    shape.draw_bezier((140, 40), (170, 0), (200, 90), (240, 35))
    shape.draw_line((240, 35), (285, 70))
    shape.finish(color=(0.1, 0.1, 0.6), width=4, closePath=False)
    shape.commit()
    return page.get_pixmap(dpi=144).tobytes("png")


def signed_letter(path: Path, closing: str = "Met vriendelijke groet,", signer: str = "Pieter de Vries",
                  scanned: bool = False) -> Path:
    """A letter signed with a pasted signature image between the closing and the signer's name; with
    ``scanned`` the whole page is rasterised into one image, as a scanner delivers it."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    lines = ["Geachte mevrouw Bakker,", "", "Hierbij ontvangt u het besluit op uw verzoek van 3 maart.",
             "Tegen dit besluit kunt u binnen zes weken bezwaar maken.", "", closing]
    for i, line in enumerate(lines):
        page.insert_text((72, 300 + i * 17), line, fontsize=11)
    page.insert_image(pymupdf.Rect(72, 410, 222, 455), stream=signature_png())
    page.insert_text((72, 475), signer, fontsize=11)
    page.insert_text((72, 492), "Afdeling Juridische Zaken", fontsize=11)
    if scanned:
        pix = page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
        doc = pymupdf.open()
        doc.new_page(width=595, height=842).insert_image(pymupdf.Rect(0, 0, 595, 842), stream=pix.tobytes("png"))
    doc.save(path)
    return path
