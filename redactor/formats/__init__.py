"""Every kind of file a Woo dossier holds, turned into a PDF that ingest reads like any other.

Ingest stays one path: a source becomes a PDF (as it is, rendered, converted, or
OCR'd page by page) and then pages of normalised text with glyph boxes. This package
holds the readers for what is not already a PDF with a text layer:

* ``email``: .eml and .msg, rendered with their headers; attachments are members;
* ``office``: .docx, .odt, .doc, .rtf, .xlsx, ... through LibreOffice;
* ``ocr``: scanned pages and images through Tesseract, with a confidence per page;
* ``containers``: folders, .zip files and e-mails, walked into member paths.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pymupdf

from redactor.document import Document
from redactor.errors import InputFileError
from redactor.formats.email import MESSAGE_SUFFIXES
from redactor.formats.office import OFFICE_SUFFIXES

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif"}
CONVERTED_SUFFIXES = MESSAGE_SUFFIXES | OFFICE_SUFFIXES | IMAGE_SUFFIXES

__all__ = ["CONVERTED_SUFFIXES", "IMAGE_SUFFIXES", "MESSAGE_SUFFIXES", "OFFICE_SUFFIXES", "Source",
           "SourceDocument", "to_pdf"]


@dataclass
class Source:
    """What a reader learnt about a file besides its pages."""

    kind: str  # email | office | image
    title: str = ""
    date: str = ""  # ISO date
    email: dict[str, Any] | None = None  # headers for threading (no body)
    body: str = ""  # an e-mail's own body text, for thread containment (not stored)


@dataclass
class SourceDocument(Document):
    """A :class:`Document` with what families, threads, duplicates and OCR need.

    ``kind`` is pdf, text, scan (OCR'd pages), image, email or office.
    """

    email: dict[str, Any] | None = None
    ocr: list[dict[str, Any]] = field(default_factory=list)  # per OCR'd page: confidence, needs_review
    fingerprint: dict[str, Any] = field(default_factory=dict)  # see redactor.dedup.fingerprint


def to_pdf(path: Path, data: bytes) -> tuple[pymupdf.Document, Source]:
    """Render or convert a non-PDF source (suffix in ``CONVERTED_SUFFIXES``).

    Raises:
        InputFileError: the file cannot be read as its suffix says.
    """
    suffix = path.suffix.lower()
    if suffix in MESSAGE_SUFFIXES:
        from redactor.formats import email

        message = email.parse(path, data)
        date = message.date.date().isoformat() if message.date else ""
        return email.render(message, path.stem), Source("email", message.subject, date, message.headers(), message.body)
    if suffix in OFFICE_SUFFIXES:
        from redactor.formats.office import convert_to_pdf, document_date

        return _open_pdf_bytes(path, convert_to_pdf(path, data)), Source("office", date=document_date(data))
    if suffix in IMAGE_SUFFIXES:
        return _image_pdf(path, data), Source("image", path.stem)
    raise InputFileError(path, f"no reader for '{suffix}' files")


def _open_pdf_bytes(path: Path, pdf: bytes) -> pymupdf.Document:
    try:
        doc = pymupdf.open(stream=pdf, filetype="pdf")
    except Exception as exc:  # MuPDF raises plain RuntimeError subclasses
        raise InputFileError(path, f"the converted PDF cannot be opened ({exc})") from exc
    if doc.page_count == 0:
        raise InputFileError(path, "the converted PDF has no pages")
    return doc


def _image_pdf(path: Path, data: bytes) -> pymupdf.Document:
    """One page per image frame (a multi-page TIFF gives several), the image filling the page."""
    try:
        with pymupdf.open(stream=data, filetype=path.suffix.lower().lstrip(".")) as image:
            pdf = image.convert_to_pdf()
    except Exception as exc:  # MuPDF's image decoders raise plain RuntimeErrors
        raise InputFileError(path, f"not a readable {path.suffix.lower().lstrip('.').upper()} image") from exc
    return _open_pdf_bytes(path, pdf)
