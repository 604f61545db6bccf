"""Ingest: a source file becomes a :class:`Document` of normalised pages.

PDFs are read with PyMuPDF; ``.txt``/``.md`` files are first rendered to PDF, and
e-mails, office files and images are rendered or converted by ``redactor.formats``, so
that everything downstream works on one kind of page. Pages that are scans get their
text from OCR (``redactor.formats.ocr``). Per character of the normalised
text (NFKC; words hyphenated across line ends joined) we keep the box of the glyph
it came from.
"""

from __future__ import annotations

import hashlib
import io
import html
import logging
import re
import unicodedata
from pathlib import Path

import pymupdf

from redactor.document import Document, Page, Rect
from redactor.errors import EncryptedPdfError, InputFileError
from redactor.formats import CONVERTED_SUFFIXES, Source, SourceDocument, to_pdf
from redactor.formats.containers import ARCHIVE_SUFFIXES, expand, read_source

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md"}
SUPPORTED_SUFFIXES = {".pdf"} | TEXT_SUFFIXES | CONVERTED_SUFFIXES
# pre-wrap: runs of spaces stay (columns of a plain-text table stay apart, as in a PDF)
_PAGE_CSS = "p {font-family: sans-serif; font-size: 10.5pt; line-height: 1.35; margin: 0 0 6pt 0; white-space: pre-wrap;}"
_SPACE_CHARS = "".join(c for c in map(chr, range(128)) if c.isspace())  # what str.isspace() says
_WHITESPACE = re.compile(f"[{re.escape(_SPACE_CHARS)}]")
_ASCII_SPACES = str.maketrans(_SPACE_CHARS, " " * len(_SPACE_CHARS))
_MD_MARKUP = re.compile(r"^\s{0,3}#{1,6}\s*|\*\*|__")
_NL_HINTS = {"de", "het", "een", "en", "van", "is", "dat", "niet", "op", "voor", "met", "zijn", "wordt"}
_EN_HINTS = {"the", "and", "of", "to", "is", "that", "was", "for", "with", "on", "are", "by", "said"}


def collect_sources(paths: list[Path]) -> list[Path]:
    """Expand folders (recursively, sorted), .zip files and e-mail attachments into the documents."""
    return expand([Path(p) for p in paths])


def open_pdf(path: Path, password: str | None = None) -> pymupdf.Document:
    """Open a source as a PyMuPDF document, rendering text files to PDF.

    Raises:
        InputFileError: missing, empty, unsupported, not a PDF, corrupt or no pages.
        EncryptedPdfError: the PDF needs a password that was not given or is wrong.
    """
    return _open(Path(path), password)[0]


def _open(path: Path, password: str | None, data: bytes | None = None) -> tuple[pymupdf.Document, Source | None]:
    """The source as a PDF, and what its reader learnt about it (None for PDFs and text)."""
    suffix = path.suffix.lower()
    if suffix in ARCHIVE_SUFFIXES:  # a readable archive was opened by collect_sources, never read as a document
        raise InputFileError(path, "the zip file cannot be opened (damaged, encrypted or not a zip file)")
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputFileError(path, f"unsupported file type '{suffix or '(none)'}'; not processed (supported: PDF, "
                                   ".txt, .md, e-mail .eml/.msg, office files, images, .zip)")
    data = read_source(path) if data is None else data
    if not data.strip():
        raise InputFileError(path, "the file is empty")
    if suffix in TEXT_SUFFIXES:
        return _render_text(path, data), None
    if suffix in CONVERTED_SUFFIXES:
        return to_pdf(path, data)
    if b"%PDF-" not in data[:1024]:
        raise InputFileError(path, "not a PDF (the file does not start with a PDF header)")
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as exc:  # MuPDF raises plain RuntimeError/FileDataError subclasses
        raise InputFileError(path, f"corrupt PDF, cannot be opened ({_short(exc)})") from exc
    if doc.needs_pass and not (password and doc.authenticate(password)):
        raise EncryptedPdfError(path, wrong_password=bool(password))
    if doc.page_count == 0:
        raise InputFileError(path, "the PDF has no pages")
    return doc, None


def ingest(path: Path, password: str | None = None) -> Document:
    """Read one source file into a :class:`Document`.

    Raises:
        InputFileError: see :func:`open_pdf`; also when no page can be parsed.
    """
    path = Path(path)
    data = read_source(path)
    pdf, source = _open(path, password, data)
    sha = hashlib.sha256(data).hexdigest()
    pages: list[Page] = []
    warnings: list[str] = []
    try:
        for pno in range(pdf.page_count):
            try:
                pages.append(read_page(pdf[pno]))
            except Exception as exc:
                raise InputFileError(path, f"page {pno + 1} cannot be read ({_short(exc)})") from exc
        ocr = _ocr_scanned(path, pdf, pages, sha, warnings)
        if pdf.is_repaired:
            warnings.append(f"{path.name}: the PDF was damaged and has been repaired; check the pages")
        meta = pdf.metadata or {}
    except InputFileError:
        raise
    except Exception as exc:  # hostile input (a MuPDF limit, OCR of a huge image): this file's error, one line
        raise InputFileError(path, f"cannot be read ({type(exc).__name__}: {_short(exc)})") from exc
    finally:
        pdf.close()
    kind = source.kind if source else ("text" if path.suffix.lower() in TEXT_SUFFIXES else "pdf")
    kind = "scan" if ocr and kind == "pdf" else kind
    empty = [p.number for p in pages if not p.text.strip()]
    if len(empty) == len(pages):
        warnings.append(
            f"{path.name}: no text layer (scanned or image-only); nothing can be detected, review by eye"
        )
    elif empty:
        warnings.append(f"{path.name}: page(s) {_ranges(empty)} have no text layer; review them by eye")
    text = "\n".join(p.text for p in pages)
    from redactor.dedup import fingerprint

    return SourceDocument(
        path=path,
        sha256=sha,
        pages=pages,
        language=guess_language(text),
        kind=kind,
        title=_printable(source.title if source and source.title else (meta.get("title") or "")),
        # a converted file's PDF dates are the conversion's, not the document's
        date=source.date if source else _pdf_date(meta.get("creationDate") or meta.get("modDate") or ""),
        warnings=warnings,
        email=source.email if source else None,
        ocr=ocr,
        fingerprint=fingerprint(text, source.body if source and source.email is not None else None),
    )


def _ocr_scanned(path: Path, pdf: pymupdf.Document, pages: list[Page], sha: str,
                 warnings: list[str]) -> list[dict[str, object]]:
    """Replace scanned pages by their OCR text; say which need a human look, or that OCR is missing."""
    from redactor.formats import ocr

    scanned = [i for i, page in enumerate(pages) if ocr.needs_ocr(page)]
    if not scanned:
        return []
    if ocr.tesseract() is None:
        warnings.append(f"{path.name}: page(s) {_ranges([i + 1 for i in scanned])} are scans; {ocr.missing_message()}")
        return []
    results = []
    for i in scanned:
        try:
            pages[i], info = ocr.ocr_page(pdf[i], sha)
        except (OSError, RuntimeError, ocr.subprocess.SubprocessError) as exc:
            warnings.append(f"{path.name}: page {i + 1} could not be OCR'd ({_short(exc)}); review it by eye")
            continue
        results.append(info.as_dict())
        if info.needs_review and info.words:  # nothing read at all: the "no text layer" warning says it
            warnings.append(f"{path.name}: page {i + 1} needs a human look: {info.reason}")
    return results


def read_page(page: pymupdf.Page) -> Page:
    """Normalised text of one page and the glyph box of every character."""
    raw = page.get_text("rawdict", flags=pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_PRESERVE_WHITESPACE)
    text: list[str] = []
    boxes: list[Rect | None] = []
    has_images = False
    for block in raw["blocks"]:
        if block["type"] != 0:
            has_images = True
            continue
        for line in block["lines"]:
            chars = [c for span in line["spans"] for c in span["chars"]]
            if not chars:
                continue
            if text and _joins_hyphenated(text, chars):
                _drop_line_hyphen(text, boxes)
            elif text:
                text.append("\n")
                boxes.append(None)
            line = "".join([ch["c"] for ch in chars])
            if line.isascii():  # the common case, done per line: NFKC leaves ASCII alone
                start = len(boxes)
                boxes.extend([ch["bbox"] for ch in chars])
                for m in _WHITESPACE.finditer(line):
                    boxes[start + m.start()] = None
                text.extend(line.translate(_ASCII_SPACES))
                continue
            append_text, append_box = text.append, boxes.append
            for ch in chars:
                c = ch["c"]
                if c.isascii():  # NFKC leaves ASCII alone: skip it for the common case
                    if c.isspace():
                        append_text(" ")
                        append_box(None)
                    else:
                        append_text(c)
                        append_box(ch["bbox"])
                    continue
                box = ch["bbox"]
                for piece in unicodedata.normalize("NFKC", c):
                    append_text(" " if piece.isspace() else piece)
                    append_box(None if piece.isspace() else box)
        if text and text[-1] != "\n":
            text.append("\n")
            boxes.append(None)
    rect = page.rect
    # Where pictures are (a signature, a stamp, a scan); the page is run again only if it has any.
    images = [tuple(info["bbox"]) for info in page.get_image_info()] if page.get_images() else []
    return Page(
        number=page.number + 1,
        width=rect.width,
        height=rect.height,
        text="".join(text),
        boxes=boxes,
        has_images=has_images or bool(images),
        images=images,
    )


def _joins_hyphenated(text: list[str], next_chars: list[dict]) -> bool:
    """A line ending in 'letter-' followed by a line starting lowercase: one word."""
    first = next_chars[0]["c"]
    return (
        len(text) >= 2
        and text[-1] in ("-", "\u00ad")
        and text[-2].isalpha()
        and first.isalpha()
        and first.islower()
    )


def _drop_line_hyphen(text: list[str], boxes: list[Rect | None]) -> None:
    """Join the word across the line end.

    A visible hyphen stays (it may be part of the word: "burn-out"); a soft hyphen
    (U+00AD) goes, its glyph box merged into the letter before it so a redaction of
    the word covers it too.
    """
    if text[-1] == "-":
        return
    text.pop()
    hyphen_box = boxes.pop()
    prev = boxes[-1]
    if prev is not None and hyphen_box is not None:
        boxes[-1] = (
            min(prev[0], hyphen_box[0]),
            min(prev[1], hyphen_box[1]),
            max(prev[2], hyphen_box[2]),
            max(prev[3], hyphen_box[3]),
        )


def guess_language(text: str) -> str:
    """'nl' or 'en' by counting frequent function words (enough to pick cues)."""
    words = re.findall(r"[a-z]+", text[:20000].lower())
    nl = sum(w in _NL_HINTS for w in words)
    en = sum(w in _EN_HINTS for w in words)
    return "en" if en > nl else "nl"


def _render_text(path: Path, data: bytes) -> pymupdf.Document:
    """Typeset a plain-text or Markdown file on A4 pages (deterministic)."""
    try:
        content = data.decode("utf-8")
    except UnicodeDecodeError:
        content = data.decode("cp1252", errors="replace")
    paragraphs = [p for p in re.split(r"\n\s*\n", content.replace("\r\n", "\n")) if p.strip()]
    body = "".join(
        # a tab stays a column's gap on the page (four spaces): one space would run a table's cells together
        "<p>" + "<br/>".join(html.escape(_MD_MARKUP.sub("", ln).replace("\t", "    ")) for ln in p.strip().split("\n")) + "</p>"
        for p in paragraphs
    )
    story = pymupdf.Story(html=body, user_css=_PAGE_CSS)
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    mediabox = pymupdf.paper_rect("a4")
    where = mediabox + (56, 56, -56, -56)
    more = True
    while more:
        device = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(device)
        writer.end_page()
    writer.close()
    doc = pymupdf.open(stream=buffer.getvalue(), filetype="pdf")
    doc.set_metadata({"title": path.stem, "producer": "redactor (text rendered to PDF)"})
    return doc


def _pdf_date(value: str) -> str:
    m = re.match(r"D:(\d{4})(\d{2})(\d{2})", value or "")
    return f"{m[1]}-{m[2]}-{m[3]}" if m else ""


def _ranges(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers[:10]) + (" ..." if len(numbers) > 10 else "")


def _printable(text: str) -> str:
    """Metadata text without control characters (ImageMagick ends titles with NUL; spreadsheets refuse them)."""
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text).strip()


def _short(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
