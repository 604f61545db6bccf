#!/usr/bin/env python3
"""Build the bundled sample dossier in seeds/dossier/ from the texts in seeds/sources/.

Run from the repository root:

    .venv/bin/python seeds/make_seeds.py

Output (overwritten on every run, byte-for-byte the same each time):

    seeds/dossier/01-nota-toezegging-cd-rbz.pdf              beslisnota, UNREDACTED, fictional officials
    seeds/dossier/02-ontwerpresolutie-ep-nagorno-karabach.pdf EP draft resolution, public document
    seeds/dossier/03-news-war-crimes-images.txt               news article (English)
    seeds/dossier/04-news-eu-envoy-probes.txt                 news article (English)
    seeds/fictional_pii.json                                  the fictional personal data planted in 01

The PDFs are laid out line by line with pymupdf's TextWriter (not the HTML Story),
so the text layer has no ligature glyphs and every header field extracts as one
line ("Van: DEU/ Joris Ploegmaker"). Only the sources folder is read: the script
does not need anything outside the repository.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
DOSSIER = HERE / "dossier"

A4 = pymupdf.paper_rect("a4")  # 595.28 x 841.89 pt
BLACK = (0, 0, 0)
GREY = (0.35, 0.35, 0.35)
RIJKSBLAUW = (0.082, 0.259, 0.451)  # dark blue of the Rijkshuisstijl
INK = (0.10, 0.22, 0.62)  # ball-point blue for the handwritten margin note

_FONTS: dict[str, pymupdf.Font] = {}


def font(name: str) -> pymupdf.Font:
    """Built-in base-14 fonts (Helvetica, Times) via pymupdf, embedded as Unicode fonts."""
    if name not in _FONTS:
        _FONTS[name] = pymupdf.Font(name)
    return _FONTS[name]


def tlen(text: str, fontname: str, size: float) -> float:
    return font(fontname).text_length(text, fontsize=size)


# ---------------------------------------------------------------------------
# The fictional personal data planted in the memo. The script checks that all of
# it ends up in the PDF's text layer, and writes it to seeds/fictional_pii.json.
# ---------------------------------------------------------------------------

FICTIONAL_PEOPLE = [
    {
        "name": "Joris Ploegmaker",
        "field": "Van",
        "unit": "DEU",
        "phone": "06-41873925",
        "email": "joris.ploegmaker@minbuza.nl",
        "also_in_body": True,
    },
    {"name": "Wendelmoet Kraaijeveld", "field": "Via", "unit": "DGES", "phone": None, "email": None, "also_in_body": False},
    {"name": "Sanne Wieringa-Tol", "field": "Kopie aan", "unit": "DVB", "phone": None, "email": None, "also_in_body": False},
    {"name": "Pieter-Jan Zwanenburg", "field": "Kopie aan", "unit": "DIO", "phone": None, "email": None, "also_in_body": False},
    {"name": "Thijs van Opmeer", "field": "Kopie aan", "unit": "Bakoe", "phone": None, "email": None, "also_in_body": False},
    {
        "name": "Femke Tromp-Haverkamp",
        "field": "Opgesteld door",
        "unit": None,
        "phone": "070-3487712",
        "email": "femke.tromp@minbuza.nl",
        "also_in_body": False,
    },
]

# The paragraph "Informatie die niet openbaar gemaakt kan worden" of the memo was
# blacked out in the released version; its three bullets are FICTIONAL fill-ins,
# each with the ground the released version printed over it.
WITHHELD_PASSAGES = [
    {
        "starts_with": "Een gerubriceerde duiding (Stg. Confidentieel)",
        "ground": "5.1.1b",
        "label_in_release": "Veiligheid van de staat",
    },
    {
        "starts_with": "Over deze duiding is op 7 oktober jl. afstemming geweest",
        "ground": "5.1.1b",
        "label_in_release": "Veiligheid van de staat",
    },
    {
        "starts_with": "In de COEST van oktober jl. gaven enkele lidstaten in vertrouwen",
        "ground": "5.1.2a",
        "label_in_release": "Internationale en diplomatieke belangen",
    },
]

# Label strings of the released version that must not survive in the unredacted one.
REDACTION_LABELS = [
    "Bescherming persoonlijke levenssfeer",
    "Veiligheid van de staat",
    "Internationale en diplomatieke belangen",
]

# Real public figures that must stay exactly as written in the sources.
PUBLIC_FIGURES = {
    "01-nota-toezegging-cd-rbz.pdf": ["Toivo Klaar"],
    "02-ontwerpresolutie-ep-nagorno-karabach.pdf": [
        "António Guterres",
        "Volker Türk",
        "Nikol Pasjinjan",
        "Samvel Shahramanyan",
        "Recep Tayyip Erdoğan",
        "Nikol Pasjinian",
    ],
    "03-news-war-crimes-images.txt": ["Hasmik Samvelyan", "Toivo Klaar"],
    "04-news-eu-envoy-probes.txt": ["Toivo Klaar", "Ned Price"],
}


# ---------------------------------------------------------------------------
# Source parsing: a tiny markdown subset (#, ##, ###, "- " lists, paragraphs,
# [^n] footnote markers and "[^n]: text" definitions, <!-- comments -->).
# ---------------------------------------------------------------------------


@dataclass
class Block:
    kind: str  # h1 | h2 | h3 | p | li | gap | anchor
    text: str = ""


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    meta: dict[str, str] = {}
    if not text.startswith("---\n"):
        return meta, text
    head, body = text[4:].split("\n---\n", 1)
    for line in head.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, value = line.split(":", 1)
        meta[key.strip()] = value.strip()
    return meta, body


def parse_markdown(body: str) -> tuple[list[Block], dict[str, str]]:
    body = re.sub(r"<!--.*?-->", "", body, flags=re.S)
    blocks: list[Block] = []
    notes: dict[str, str] = {}
    para: list[str] = []

    def flush() -> None:
        if para:
            blocks.append(Block("p", " ".join(para)))
            para.clear()

    prev_blank = True
    for raw in body.splitlines():
        line = raw.strip()
        m = re.match(r"^\[\^(\w+)\]:\s*(.*)$", line)
        if m:
            flush()
            notes[m.group(1)] = m.group(2)
        elif not line:
            flush()
            if blocks and blocks[-1].kind == "li":
                blocks.append(Block("gap"))
        elif line == "{kanttekening}":
            flush()
            blocks.append(Block("anchor", "kanttekening"))
        elif line.startswith("#"):
            flush()
            level = len(line) - len(line.lstrip("#"))
            blocks.append(Block(f"h{level}", line[level:].strip()))
        elif line.startswith("- "):
            flush()
            blocks.append(Block("li", line[2:].strip()))
        elif blocks and blocks[-1].kind == "li" and not prev_blank:
            blocks[-1].text += " " + line
        else:
            para.append(line)
        prev_blank = not line
    flush()
    while blocks and blocks[-1].kind == "gap":
        blocks.pop()
    return blocks, notes


def strip_markdown(text: str) -> str:
    """Plain text for the .txt documents: no #, **, _, [link](url) or <sup>."""
    text = re.sub(r"^#{1,6}\s*", "", text, flags=re.M)
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    text = re.sub(r"(?<!\w)[*_](.+?)[*_](?!\w)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"</?sup>", "", text)
    text = text.replace("\r\n", "\n")
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"


# ---------------------------------------------------------------------------
# Line layout with TextWriter
# ---------------------------------------------------------------------------


@dataclass
class Run:
    text: str
    font: str
    size: float
    rise: float = 0.0
    note: str | None = None  # footnote id carried by this run

    @property
    def width(self) -> float:
        return tlen(self.text, self.font, self.size)


Word = list  # list[Run]


MONTHS = (
    "januari februari maart april mei juni juli augustus september oktober november december "
    "January February March April May June July August September October November December"
).split()


def words_of(text: str, fontname: str, size: float) -> list[Word]:
    """Split text into words; [^n] becomes a raised footnote number glued to its word.

    A day number stays on one line with its month ("16 november"), and a thousands
    group with its number ("100 000"), as a word processor's non-breaking space
    would do; the space drawn between them is an ordinary one.
    """
    out: list[Word] = []
    tokens = text.split()
    for k, token in enumerate(tokens):
        if k and out and (
            (re.fullmatch(r"\d{1,2}", tokens[k - 1]) and token.strip(",;.") in MONTHS)
            or (re.fullmatch(r"\d{1,3}", tokens[k - 1]) and re.fullmatch(r"\d{3}\b.*", token))
        ):
            out[-1].append(Run(" ", fontname, size))
            out[-1].append(Run(token, fontname, size))
            continue
        runs: list[Run] = []
        for part in re.split(r"(\[\^\w+\])", token):
            if not part:
                continue
            m = re.fullmatch(r"\[\^(\w+)\]", part)
            if m:
                runs.append(Run(m.group(1), fontname, size * 0.62, rise=size * 0.36, note=m.group(1)))
            else:
                runs.append(Run(part, fontname, size))
        out.append(runs)
    return out


def wrap(words: list[Word], first_width: float, width: float) -> list[list[Word]]:
    lines: list[list[Word]] = []
    cur: list[Word] = []
    cur_w = 0.0
    for w in words:
        ww = sum(r.width for r in w)
        space = tlen(" ", w[0].font, w[0].size) if cur else 0.0
        limit = first_width if not lines else width
        if cur and cur_w + space + ww > limit:
            lines.append(cur)
            cur, cur_w = [w], ww
        else:
            cur.append(w)
            cur_w += space + ww
    if cur:
        lines.append(cur)
    return lines


def wrap_plain(text: str, fontname: str, size: float, width: float) -> list[str]:
    return [
        " ".join("".join(r.text for r in w) for w in line)
        for line in wrap(words_of(text, fontname, size), width, width)
    ]


class Canvas:
    """Collects text per page and colour; writes it all at the end."""

    def __init__(self, doc: pymupdf.Document):
        self.doc = doc
        self.writers: dict[tuple[int, tuple], pymupdf.TextWriter] = {}
        self.order: list[tuple[int, tuple]] = []

    def tw(self, pno: int, color: tuple) -> pymupdf.TextWriter:
        key = (pno, color)
        if key not in self.writers:
            self.writers[key] = pymupdf.TextWriter(A4, color=color)
            self.order.append(key)
        return self.writers[key]

    def text(self, pno: int, x: float, y: float, text: str, fontname: str, size: float, color=BLACK) -> float:
        """Draw text with its baseline at y; returns the x where it ends."""
        if text:
            self.tw(pno, color).append((x, y), text, font=font(fontname), fontsize=size)
        return x + tlen(text, fontname, size)

    def text_right(self, pno: int, x_right: float, y: float, text: str, fontname: str, size: float, color=BLACK):
        self.text(pno, x_right - tlen(text, fontname, size), y, text, fontname, size, color)

    def line_of_words(self, pno: int, x: float, y: float, line: list[Word], color=BLACK) -> list[str]:
        """Draw one wrapped line; returns the footnote ids it carries."""
        notes = []
        for i, word in enumerate(line):
            if i:
                x = self.text(pno, x, y, " ", word[0].font, word[0].size, color)
            for run in word:
                self.text(pno, x, y - run.rise, run.text, run.font, run.size, color)
                x += run.width
                if run.note:
                    notes.append(run.note)
        return notes

    def finish(self) -> None:
        for pno, color in self.order:
            self.writers[(pno, color)].write_text(self.doc[pno])


@dataclass
class ParaStyle:
    font: str
    size: float
    leading: float
    before: float = 0.0
    after: float = 0.0
    keep_with_next: bool = False


@dataclass
class FootnoteStyle:
    font: str
    size: float
    leading: float


@dataclass
class Flow:
    """Flows paragraphs over pages. frame(pno) gives (x0, top, x1, bottom) of the body."""

    doc: pymupdf.Document
    canvas: Canvas
    frame: callable
    notes_text: dict[str, str]
    fn_style: FootnoteStyle
    fn_bottom: float  # baseline area of the footnotes ends here
    on_new_page: callable = None
    pno: int = -1
    y: float = 0.0
    page_notes: dict[int, list[str]] = field(default_factory=dict)
    anchors: dict[str, tuple[int, float]] = field(default_factory=dict)

    def new_page(self) -> None:
        self.doc.new_page(width=A4.width, height=A4.height)
        self.pno += 1
        self.page_notes.setdefault(self.pno, [])
        if self.on_new_page:
            self.on_new_page(self.pno)  # may fix the page's frame (page 1 header height)
        self.y = self.frame(self.pno)[1]

    def note_lines(self, note_id: str, pno: int | None = None) -> tuple[float, list[str]]:
        """Indent and wrapped lines of a footnote; the number plus one space is the indent,
        so "1 PB C 214 ..." extracts as one line."""
        st = self.fn_style
        x0, _, x1, _ = self.frame(self.pno if pno is None else pno)
        indent = tlen(note_id + " ", st.font, st.size)
        return indent, wrap_plain(self.notes_text[note_id], st.font, st.size, x1 - x0 - indent)

    def notes_height(self, ids: list[str], pno: int | None = None) -> float:
        if not ids:
            return 0.0
        lines = sum(len(self.note_lines(i, pno)[1]) for i in ids)
        return 10 + lines * self.fn_style.leading

    def limit(self, extra: list[str] = ()) -> float:
        ids = self.page_notes[self.pno] + list(extra)
        bottom = self.frame(self.pno)[3]
        if ids:
            bottom = min(bottom, self.fn_bottom - self.notes_height(ids) - 4)
        return bottom

    def space(self, amount: float) -> None:
        if self.y > self.frame(self.pno)[1] + 0.1:
            self.y += amount

    def paragraph(
        self,
        text: str,
        st: ParaStyle,
        indent_first: float = 0.0,
        indent_rest: float = 0.0,
        color=BLACK,
        bullet: bool = False,
        hanging_label: str | None = None,
    ) -> None:
        if self.pno < 0:
            self.new_page()
        words = words_of(text, st.font, st.size)
        if hanging_label:
            label_w = tlen(hanging_label + " ", st.font, st.size)
            words = [[Run(hanging_label, st.font, st.size)]] + words
            indent_rest = indent_first + label_w
        x0, _, x1, _ = self.frame(self.pno)
        lines = wrap(words, x1 - x0 - indent_first, x1 - x0 - indent_rest)
        self.space(st.before)
        needed_first = st.leading * (min(len(lines), 2) + (2 if st.keep_with_next else 0))
        if self.y + needed_first > self.limit():
            self.new_page()
        for i, line in enumerate(lines):
            line_notes = [r.note for w in line for r in w if r.note]
            if self.y + st.leading > self.limit(line_notes):
                self.new_page()
            x0, _, x1, _ = self.frame(self.pno)
            baseline = self.y + st.size * 0.95
            if bullet and i == 0:
                r = st.size * 0.16
                bx = x0 + indent_first - st.size * 0.9
                shape = self.doc[self.pno].new_shape()
                shape.draw_circle((bx, baseline - st.size * 0.3), r)
                shape.finish(color=color, fill=color, width=0)
                shape.commit()
            self.canvas.line_of_words(self.pno, x0 + (indent_first if i == 0 else indent_rest), baseline, line, color)
            self.page_notes[self.pno].extend(line_notes)
            self.y += st.leading
        self.y += st.after

    def anchor(self, name: str) -> None:
        self.anchors[name] = (self.pno, self.y)

    def draw_footnotes(self) -> None:
        st = self.fn_style
        for pno, ids in self.page_notes.items():
            if not ids:
                continue
            x0, _, x1, _ = self.frame(pno)
            y = self.fn_bottom - self.notes_height(ids, pno) + 4
            page = self.doc[pno]
            page.draw_line((x0, y), (x0 + 72, y), color=BLACK, width=0.5)
            y += 6
            for nid in ids:
                indent, lines = self.note_lines(nid, pno)
                for k, line in enumerate(lines):
                    base = y + st.size * 0.95
                    if k == 0:
                        self.canvas.text(pno, x0, base, nid + " " + line, st.font, st.size)
                    else:
                        self.canvas.text(pno, x0 + indent, base, line, st.font, st.size)
                    y += st.leading


def save(doc: pymupdf.Document, path: Path, metadata: dict[str, str]) -> None:
    doc.set_metadata(metadata)
    doc.subset_fonts()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    path.write_bytes(data)


def checkbox(page: pymupdf.Page, x: float, baseline: float, size: float, checked: bool) -> None:
    side = size * 0.9
    r = pymupdf.Rect(x, baseline - side + 0.5, x + side, baseline + 0.5)
    page.draw_rect(r, color=BLACK, width=0.6)
    if checked:
        page.draw_line(r.tl + (1.5, 1.5), r.br - (1.5, 1.5), color=BLACK, width=0.9)
        page.draw_line(r.tr + (-1.5, 1.5), r.bl + (1.5, -1.5), color=BLACK, width=0.9)


# ---------------------------------------------------------------------------
# 01 - beslisnota (unredacted, fictional officials)
# ---------------------------------------------------------------------------

MEMO_LEFT, MEMO_TEXT_RIGHT = 70.0, 400.0  # main text column
COL_LEFT, COL_RIGHT = 430.0, 560.0  # right-hand colofon column
MEMO_TOP, MEMO_BOTTOM = 72.0, 770.0


def build_memo() -> None:
    src = (SOURCES / "01-nota-toezegging-cd-rbz.md").read_text(encoding="utf-8")
    meta, body = split_front_matter(src)
    blocks, notes = parse_markdown(body)
    values = lambda key: [v.strip() for v in meta[key].split("|")]  # noqa: E731

    doc = pymupdf.open()
    canvas = Canvas(doc)
    body_top_page1 = [MEMO_TOP]
    colofon_bottom: dict[int, float] = {}

    label_size, value_size, col_lead = 7.5, 7.5, 10.0

    def colofon(pno: int, y: float, fields: list[tuple[str, list[str]]]) -> float:
        for label, vals in fields:
            canvas.text(pno, COL_LEFT, y, label, "hebo", label_size)
            y += col_lead
            for v in vals:
                for line in wrap_plain(v, "helv", value_size, COL_RIGHT - COL_LEFT):
                    canvas.text(pno, COL_LEFT, y, line, "helv", value_size)
                    y += col_lead
            y += col_lead * 0.6
        return y

    def first_page_header(pno: int) -> None:
        page = doc[pno]
        # Logo band in the Rijkshuisstijl manner: a dark-blue vertical strip with the
        # ministry's name beside it (no coat of arms).
        strip = pymupdf.Rect(A4.width / 2 - 12, 0, A4.width / 2 + 12, 62)
        page.draw_rect(strip, color=None, fill=RIJKSBLAUW)
        canvas.text(pno, strip.x1 + 8, 44, "Ministerie van Buitenlandse", "heit", 9.5)
        canvas.text(pno, strip.x1 + 8, 55, "Zaken", "heit", 9.5)

        # "Nota bevat informatie die niet openbaar gemaakt kan worden" box.
        box = pymupdf.Rect(MEMO_LEFT, 84, COL_RIGHT, 122)
        page.draw_rect(box, color=BLACK, width=0.6)
        canvas.text(pno, box.x0 + 8, box.y0 + 13, meta["Geheim-regel"], "hebo", 7.5)
        options = values("Geheim-opties")
        checked = meta.get("Geheim-aangevinkt", "")
        # One text line, options separated by spaces; the boxes are drawn in the gaps,
        # so the text layer reads "NEE    JA, ONDER BETREFFEND KOPJE    ...".
        gap = " " * 7
        line = gap.join(options)
        x = box.x0 + 8 + 11
        base = box.y0 + 28
        canvas.text(pno, x, base, line, "helv", 7.5)
        cursor = x
        for i, opt in enumerate(options):
            if i:
                cursor += tlen(gap, "helv", 7.5)
            checkbox(page, cursor - 10.0, base, 7.5, opt == checked)
            cursor += tlen(opt, "helv", 7.5)

        # Left header block: "Label: value" on one line, further lines under the value.
        y = 160.0
        size, lead = 9.0, 12.5
        for key in ("Aan", "Van", "Via", "Kopie aan"):
            label = key + ": "
            x_val = MEMO_LEFT + tlen(label, "hebo", size)
            canvas.text(pno, MEMO_LEFT, y, label, "hebo", size)
            for v in values(key):
                for wline in wrap_plain(v, "helv", size, MEMO_TEXT_RIGHT - x_val):
                    canvas.text(pno, x_val, y, wline, "helv", size)
                    y += lead
            y += 3
        y += 10
        canvas.text(pno, MEMO_LEFT, y, meta["Status"], "hebo", size)
        body_top_page1[0] = y + 26

        # Right column.
        fields = [
            (k, values(k))
            for k in (
                "Datum",
                "Onze Referentie",
                "Opgesteld door",
                "Uiterlijk bij",
                "Plandatum/Deadline Kamer",
                "Binnengekomen op",
            )
        ]
        colofon_bottom[pno] = colofon(pno, 160.0, fields)

    def next_page_header(pno: int) -> None:
        colofon_bottom[pno] = colofon(
            pno, MEMO_TOP + 8, [("Datum", values("Datum")), ("Onze Referentie", values("Onze Referentie"))]
        )

    def on_new_page(pno: int) -> None:
        (first_page_header if pno == 0 else next_page_header)(pno)

    def frame(pno: int):
        top = body_top_page1[0] if pno == 0 else MEMO_TOP
        return (MEMO_LEFT, top, MEMO_TEXT_RIGHT, MEMO_BOTTOM)

    flow = Flow(
        doc=doc,
        canvas=canvas,
        frame=frame,
        notes_text=notes,
        fn_style=FootnoteStyle("helv", 7.0, 9.0),
        fn_bottom=MEMO_BOTTOM + 30,
        on_new_page=on_new_page,
    )

    body = ParaStyle("helv", 9.0, 12.6, after=6.0)
    item = ParaStyle("helv", 9.0, 12.6, after=3.5)
    title = ParaStyle("hebo", 22.0, 26.0, after=4.0)
    subject = ParaStyle("hebo", 10.0, 13.5, after=8.0)
    h2 = ParaStyle("hebo", 9.0, 12.6, before=8.0, after=2.0, keep_with_next=True)
    h3 = ParaStyle("hebo", 9.0, 12.6, before=4.0, after=2.0, keep_with_next=True)

    after_title = False
    for b in blocks:
        if b.kind == "h1":
            flow.paragraph(b.text, title)
            after_title = True
        elif b.kind == "p" and after_title:
            flow.paragraph(b.text, subject)
            after_title = False
        elif b.kind == "h2":
            flow.paragraph(b.text, h2)
        elif b.kind == "h3":
            flow.paragraph(b.text, h3)
        elif b.kind == "li":
            flow.paragraph(b.text, item, indent_first=13, indent_rest=13, bullet=True)
        elif b.kind == "gap":
            flow.space(6.0)
        elif b.kind == "anchor":
            flow.anchor(b.text)
        else:
            flow.paragraph(b.text, body)
    flow.draw_footnotes()

    # Page numbers in the colofon column, and the handwritten margin note.
    total = len(doc)
    for pno in range(total):
        y = colofon_bottom[pno] + 2
        canvas.text(pno, COL_LEFT, y, f"Pagina {pno + 1} van {total}", "helv", 6.5, GREY)
        colofon_bottom[pno] = y + 8
    note = meta.get("Kanttekening")
    if note:
        pno, y = flow.anchors.get("kanttekening", (min(1, total - 1), MEMO_TOP))
        y = max(y, colofon_bottom[pno] + 24)
        lines = wrap_plain(note, "tiit", 10.5, 92)
        page = doc[pno]
        page.draw_line((COL_LEFT - 8, y - 6), (COL_LEFT - 8, y + 13 * len(lines) - 4), color=INK, width=0.9)
        for line in lines:
            canvas.text(pno, COL_LEFT, y + 5, line, "tiit", 10.5, INK)
            y += 13
    canvas.finish()

    save(
        doc,
        DOSSIER / "01-nota-toezegging-cd-rbz.pdf",
        {
            "title": "Nota - Toezegging CD RBZ d.d. 13 oktober jl. over vermeende oorlogsmisdrijven "
            "door Azerbeidzjan en positie",
            "author": "Ministerie van Buitenlandse Zaken",
            "subject": "Beslisnota " + meta["Onze Referentie"],
            "keywords": "beslisnota; Azerbeidzjan; Armenië; toezegging; CD RBZ",
            "creator": "Microsoft Word (sample dossier, seeds/make_seeds.py)",
            "producer": "seeds/make_seeds.py (PyMuPDF)",
            "creationDate": "D:20221102093412+01'00'",
            "modDate": "D:20221102161845+01'00'",
        },
    )


# ---------------------------------------------------------------------------
# 02 - EP draft resolution
# ---------------------------------------------------------------------------

EP_LEFT, EP_RIGHT = 72.0, 523.0
EP_TOP, EP_BOTTOM = 72.0, 735.0
EP_FOOTER_LINES = [
    "PE754.287v01-00 }",
    "PE754.291v01-00 }",
    "PE754.294v01-00 }",
    "PE754.296v01-00 }",
    "PE754.298v01-00 }",
    "PE754.299v01-00 } RC1",
]


def build_ep() -> None:
    src = (SOURCES / "02-ontwerpresolutie-ep-nagorno-karabach.md").read_text(encoding="utf-8")
    blocks, notes = parse_markdown(src)
    doc = pymupdf.open()
    canvas = Canvas(doc)

    def on_new_page(pno: int) -> None:
        if pno == 0:
            canvas.text(pno, EP_LEFT, 52, "Europees Parlement", "tibo", 13)
            canvas.text_right(pno, EP_RIGHT, 52, "2019-2024", "tiro", 11)
            doc[pno].draw_line((EP_LEFT, 60), (EP_RIGHT, 60), color=BLACK, width=0.6)

    def frame(pno: int):
        return (EP_LEFT, EP_TOP + (22 if pno == 0 else 0), EP_RIGHT, EP_BOTTOM)

    flow = Flow(
        doc=doc,
        canvas=canvas,
        frame=frame,
        notes_text=notes,
        fn_style=FootnoteStyle("tiro", 9.0, 11.0),
        fn_bottom=EP_BOTTOM + 28,
        on_new_page=on_new_page,
    )
    text = ParaStyle("tiro", 12.0, 15.0, after=9.0)
    title = ParaStyle("tibo", 12.0, 15.0, after=6.0)
    for b in blocks:
        if b.kind == "h1":
            flow.paragraph(b.text, title)
            continue
        m = re.match(r"^(–|[A-P]\.|\d{1,2}\.)\s+(.*)$", b.text)
        if m:
            flow.paragraph(m.group(2), text, hanging_label=m.group(1))
        else:
            flow.paragraph(b.text, text)
    flow.draw_footnotes()

    total = len(doc)
    for pno in range(total):
        y0 = 778.0
        canvas.text(pno, EP_LEFT, y0, "RC\\1287335NL.docx", "tiro", 8)
        canvas.text(pno, (EP_LEFT + EP_RIGHT) / 2 - 8, y0, f"{pno + 1}/{total}", "tiro", 8)
        for k, line in enumerate(EP_FOOTER_LINES):
            canvas.text_right(pno, EP_RIGHT, y0 + k * 9, line, "tiro", 8)
        canvas.text(pno, EP_LEFT, y0 + 5 * 9 + 4, "NL", "tibo", 9)
    canvas.finish()

    title_text = next(b.text for b in blocks if b.kind == "h1")
    save(
        doc,
        DOSSIER / "02-ontwerpresolutie-ep-nagorno-karabach.pdf",
        {
            "title": title_text + " (2023/2879(RSP))",
            "author": "Europees Parlement",
            "subject": "Gezamenlijke ontwerpresolutie RC1 - 2023/2879(RSP)",
            "keywords": "Nagorno-Karabach; Azerbeidzjan; Armenië; resolutie",
            "creator": "Microsoft Word (sample dossier, seeds/make_seeds.py)",
            "producer": "seeds/make_seeds.py (PyMuPDF)",
            "creationDate": "D:20231003171204+02'00'",
            "modDate": "D:20231003171204+02'00'",
        },
    )


# ---------------------------------------------------------------------------
# 03 / 04 - news articles as plain text
# ---------------------------------------------------------------------------


def build_texts() -> None:
    for name in ("03-news-war-crimes-images.txt", "04-news-eu-envoy-probes.txt"):
        text = strip_markdown((SOURCES / name).read_text(encoding="utf-8"))
        (DOSSIER / name).write_text(text, encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Self-check
# ---------------------------------------------------------------------------


def check() -> list[str]:
    problems: list[str] = []
    texts: dict[str, str] = {}
    for path in sorted(DOSSIER.iterdir()):
        if path.suffix == ".pdf":
            with pymupdf.open(path) as d:
                texts[path.name] = "\n".join(p.get_text() for p in d)
                if any(not p.get_text().strip() for p in d):
                    problems.append(f"{path.name}: a page without text layer")
                if d[0].rect.round() != A4.round():
                    problems.append(f"{path.name}: not A4")
        else:
            texts[path.name] = path.read_text(encoding="utf-8")
    memo = texts.get("01-nota-toezegging-cd-rbz.pdf", "")
    for label in REDACTION_LABELS:
        if label in memo:
            problems.append(f"memo still contains redaction label {label!r}")
    for person in FICTIONAL_PEOPLE:
        for key in ("name", "phone", "email"):
            if person.get(key) and person[key] not in memo:
                problems.append(f"memo lacks {person[key]!r}")
    flat = " ".join(memo.split())
    for passage in WITHHELD_PASSAGES:
        if passage["starts_with"] not in flat:
            problems.append(f"memo lacks withheld passage {passage['starts_with']!r}")
    if "Van: DEU/ Joris Ploegmaker" not in memo:
        problems.append("memo: 'Van: DEU/ Joris Ploegmaker' is not one extractable line")
    for name, figures in PUBLIC_FIGURES.items():
        for fig in figures:
            if fig not in texts.get(name, ""):
                problems.append(f"{name}: lacks public figure {fig!r}")
    for name, text in texts.items():
        if re.search(r"\*\*|^#", text, flags=re.M):
            problems.append(f"{name}: markdown left in text")
        if re.search("[\ufb00-\ufb06]", text):
            problems.append(f"{name}: ligature glyphs in text layer")
    return problems


def main() -> int:
    DOSSIER.mkdir(parents=True, exist_ok=True)
    build_memo()
    build_ep()
    build_texts()
    (HERE / "fictional_pii.json").write_text(
        json.dumps(
            {
                "document": "dossier/01-nota-toezegging-cd-rbz.pdf",
                "note": "All officials below are fictional; numbers and addresses are invented.",
                "people": FICTIONAL_PEOPLE,
                "withheld_passages": WITHHELD_PASSAGES,
                "public_figures": PUBLIC_FIGURES,
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    problems = check()
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    for path in sorted(DOSSIER.iterdir()):
        print(f"wrote {path.relative_to(HERE.parent)} ({path.stat().st_size} bytes)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
