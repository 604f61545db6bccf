"""The publication package: the dossier's published documents in one PDF, the inventory list as its annex.

``publicatie.pdf`` (``publication.pdf`` for English ground sets) holds the exported documents in
the order of their number, one bookmark each, then the inventory list with a bookmark of its own;
the list is also written on its own as ``inventarislijst.pdf``. Documents without a PDF (not
public, duplicates, files that could not be read) appear in the list only.

Both files are made from exports that passed their own check, and are checked again as written
(hidden data; no redacted text on any page of the merged file, with each document's redactions
moved to where its pages now are, nor in its bookmarks) before they take their names.
"""

from __future__ import annotations

import dataclasses
import html
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

from redactor.export import save_verified
from redactor.grounds import GroundSet
from redactor.inventory import InventoryRow, language_of, public_table
from redactor.verify import Redaction, _norm, check_hidden_data, check_published, secret_words

PUBLICATION = {"nl": "publicatie.pdf", "en": "publication.pdf"}
ANNEX = "inventarislijst.pdf"  # beside inventarislijst.xlsx and .csv
RESERVED = frozenset(Path(name).stem for name in (*PUBLICATION.values(), ANNEX))
_ANNEX_TITLE = {"nl": "Inventarislijst", "en": "Inventory"}
# Zero-padded, like Bates numbers: "12" beside a redacted "12 mei 1969" would read as a leak of
# the day to any word-by-word check of the page; "0012" is no word a redaction covers.
_STAMP = {"nl": "Documentnr. {number:04d}", "en": "Document no. {number:04d}"}
_CSS = """
* {font-family: sans-serif; font-size: 8pt;}
h1 {font-size: 14pt; margin-bottom: 8pt;}
table {border-collapse: collapse; width: 100%;}
th, td {border: 0.5pt solid #888; padding: 2pt; text-align: left; vertical-align: top;}
th {background-color: #e4e4e4;}
"""
_MARGIN = 36  # points around the annex table
_PADDING = 2.5  # points a cell takes besides its content width: padding on both sides and its share of the borders
# Shares of the annex's width: the published columns, then the related-document columns when there are any.
# A width on every cell keeps the columns where they are from page to page (MuPDF sizes them by content).
_SHARES = (4, 15, 22, 8, 10, 11, 7, 23)
_RELATED_SHARES = (6, 6, 6, 6)
_UNBREAKABLE = re.compile(r"[^\s-]{24,}")


@dataclass
class Part:
    """One exported document of the publication, with what its check needs."""

    number: int
    name: str
    path: Path
    redactions: list[Redaction] = field(default_factory=list, repr=False)
    kept_text: dict[int, str] = field(default_factory=dict, repr=False)  # ExportResult.kept_text


def stamp(number: int, ground_set: GroundSet) -> str:
    """The margin text of every page of document ``number`` (``export_pdf``'s ``stamp``)."""
    return _STAMP[language_of(ground_set)].format(number=number)


def write_annex(rows: list[InventoryRow], out_dir: Path, ground_set: GroundSet,
                secrets: frozenset[str] = frozenset()) -> Path:
    """Write the published inventory list as ``inventarislijst.pdf``; it must not show any of ``secrets``
    (words redacted everywhere, see ``redactor.public_names``).

    Raises:
        ExportVerificationError: the file failed its check; it is not written.
    """
    path = out_dir / ANNEX

    def check(doc: pymupdf.Document, data: bytes) -> list[str]:
        # No boxes on the annex, so no ground codes to allow on black.
        problems = check_hidden_data(doc, data, frozenset())
        if secrets & {w for page in doc for w in _norm(page.get_text()).split()}:
            problems.append("the inventory names redacted text")
        return problems

    with _render_annex(rows, ground_set) as table:
        save_verified(table, path, path.name, check)
    return path


def write_publication(parts: list[Part], annex: Path, out_dir: Path, ground_set: GroundSet) -> Path:
    """Write the exported documents in number order, then the written ``annex``, as one PDF.

    Raises:
        ExportVerificationError: the file failed its check; it is not written.
    """
    lang = language_of(ground_set)
    path = out_dir / PUBLICATION[lang]
    merged, redactions, kept_text = _merge(sorted(parts, key=lambda p: p.number), annex, _ANNEX_TITLE[lang])
    # Every page (with PyMuPDF) and the outline are checked again; the raw objects and pypdf's
    # reading were checked in each export (the merge copies them, adding only the outline and annex).
    with merged:
        save_verified(merged, path, path.name,
                      lambda doc, data: check_published(doc, data, redactions, kept_text, merged=True))
    return path


def _merge(parts: list[Part], annex: Path,
           annex_title: str) -> tuple[pymupdf.Document, list[Redaction], dict[int, str]]:
    """The documents and the annex in one PDF, with their bookmarks; the redactions and kept text per merged page."""
    merged = pymupdf.open()
    toc: list[list[object]] = []
    redactions: list[Redaction] = []
    kept_text: dict[int, str] = {}
    for part in parts:
        start = merged.page_count
        with pymupdf.open(part.path) as doc:
            merged.insert_pdf(doc, links=False, annots=False)
        toc.append([1, f"{part.number} — {part.name}", start + 1])
        redactions += [dataclasses.replace(r, page=r.page + start) for r in part.redactions]
        kept_text.update({page + start: text for page, text in part.kept_text.items()})
    # A file name may hold a word redacted everywhere in the dossier: then the bookmark shows only the number.
    secrets = secret_words(redactions, kept_text)
    for entry in toc:
        if secrets & set(_norm(str(entry[1])).split()):
            entry[1] = str(entry[1]).split(" — ")[0]
    toc.append([1, annex_title, merged.page_count + 1])
    with pymupdf.open(annex) as doc:
        merged.insert_pdf(doc)
    merged.set_toc(toc)
    return merged, redactions, kept_text


def _render_annex(rows: list[InventoryRow], ground_set: GroundSet) -> pymupdf.Document:
    """The published inventory as a table on landscape A4 pages (never the internal list's reviewers),
    its header row repeated on every page."""
    headers, table = public_table(rows, ground_set)
    page, area = pymupdf.paper_rect("a4-l"), pymupdf.paper_rect("a4-l") + (_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
    widths = _column_widths(len(headers), area.width)

    def row(cells: list[object], tag: str, row_id: str = "") -> str:
        cells_html = "".join(f'<{tag} style="width:{w:.1f}pt">{html.escape(_breakable(str(c)))}</{tag}>'
                             for c, w in zip(cells, widths))
        return f'<tr id="{row_id}">{cells_html}</tr>' if row_id else f"<tr>{cells_html}</tr>"

    title = f"<h1>{_ANNEX_TITLE[language_of(ground_set)]}</h1>"
    header = row(list(headers), "th")
    body = [row(cells, "td", f"r{i}") for i, cells in enumerate(table)]
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    start, first = 0, True
    while first or start < len(body):
        # A story per page: the rows that fit under the header row (a row taller than a page runs on).
        count = _rows_that_fit((title if first else "") + "<table>" + header, body, start, area)
        story = pymupdf.Story(html=(title if first else "") + "<table>" + header
                              + "".join(body[start:start + count]) + "</table>", user_css=_CSS)
        more = True
        while more:
            device = writer.begin_page(page)
            more, _ = story.place(area)
            story.draw(device)
            writer.end_page()
        start, first = start + count, False
    writer.close()
    return pymupdf.open("pdf", buffer.getvalue())


def _column_widths(columns: int, width: float) -> list[float]:
    """Content widths in points of the annex's columns, so that the table fills ``width``."""
    shares = (_SHARES + _RELATED_SHARES)[:columns]
    content = width - columns * 2 * _PADDING
    return [content * s / sum(shares) for s in shares]


_ROWS_TRIED = 60  # more rows than a landscape page holds at 8 pt (about 37 of one line)


def _rows_that_fit(head: str, rows: list[str], start: int, area: pymupdf.Rect) -> int:
    """How many rows from ``start`` (row ``i`` has the id ``r{i}``) fit wholly on one page below ``head``;
    at least one: a row taller than a page runs on."""
    if start >= len(rows):
        return 0
    story = pymupdf.Story(html=head + "".join(rows[start:start + _ROWS_TRIED]) + "</table>", user_css=_CSS)
    story.place(area)
    ended: set[str] = set()

    def seen(position) -> None:
        if position.id and position.open_close & 2:  # the row's end is on this page
            ended.add(position.id)

    story.element_positions(seen)
    count = 0
    while start + count < len(rows) and f"r{start + count}" in ended:
        count += 1
    return max(count, 1)


def _breakable(text: str) -> str:
    """Soft hyphens in long runs without a break ("verslag_overleg_definitief_v3.pdf"): a cell that
    cannot wrap pushes the table past the page edge, and the annex's own check refuses text there."""
    return _UNBREAKABLE.sub(lambda m: "\u00ad".join(m[0][i:i + 16] for i in range(0, len(m[0]), 16)), text)
