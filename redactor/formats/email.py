"""E-mail: .eml (standard library) and .msg (extract-msg) become a PDF page with their headers.

The message is typeset with its headers as the reviewer and the requester know them
(Van, Aan, CC, Datum, Onderwerp, Bijlagen) followed by the body, so names and addresses
in the headers are detected like any other text ("Van:"/"Aan:" lines are fields the
detectors know). Each attachment becomes its own document in the same family; this
module only lists them (``containers`` gives them their paths). The headers that tie a
conversation together (Message-ID, In-Reply-To, References, subject) are kept for
threading in ``redactor.dedup``.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import html
import io
import mimetypes
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

import pymupdf

from redactor.errors import InputFileError

MESSAGE_SUFFIXES = {".eml", ".msg"}
_CSS = ("p {font-family: sans-serif; font-size: 10.5pt; line-height: 1.35; margin: 0 0 6pt 0;}"
        "p.h {margin: 0 0 2pt 0;} p.rule {margin: 4pt 0 10pt 0;}")
_ID = re.compile(r"<[^<>\s]+>")
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


@dataclass
class Attachment:
    """One attachment: its file name as sent and its bytes."""

    name: str
    data: bytes


@dataclass
class Message:
    """The parts of an e-mail a reviewer reads, plus what threading needs."""

    sender: str = ""
    to: str = ""
    cc: str = ""
    date: dt.datetime | None = None
    subject: str = ""
    body: str = ""
    message_id: str = ""
    in_reply_to: str = ""
    references: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)

    def headers(self) -> dict[str, object]:
        """What is stored for threading and the inventory (no body text)."""
        return {"message_id": self.message_id, "in_reply_to": self.in_reply_to, "references": self.references,
                "subject": self.subject, "from": self.sender, "to": self.to, "cc": self.cc,
                "date": self.date.isoformat() if self.date else "",
                "attachments": [a.name for a in self.attachments]}


def parse(path: Path, data: bytes) -> Message:
    """Read an .eml or .msg file.

    Raises:
        InputFileError: the bytes are not a readable message of that kind.
    """
    if path.suffix.lower() == ".msg":
        return _parse_msg(path, data)
    return _parse_eml(path, data)


def _parse_eml(path: Path, data: bytes) -> Message:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(msg, EmailMessage) or not any(msg.get(h) for h in ("From", "To", "Subject", "Date")):
        raise InputFileError(path, "not an e-mail message (no From, To, Subject or Date header)")
    body_part = msg.get_body(preferencelist=("plain", "html"))
    body = _part_text(body_part) if body_part is not None else ""
    if not body.strip() and (html_part := msg.get_body(preferencelist=("html",))) is not None:
        body_part, body = html_part, _part_text(html_part)  # an empty plain part next to the real HTML one
    attachments = [a for part in _leaf_parts(msg) if part is not body_part and (a := _attachment(part))]
    return Message(
        sender=_header(msg, "From"), to=_header(msg, "To"), cc=_header(msg, "Cc"), date=_date(msg.get("Date")),
        subject=_header(msg, "Subject"), body=body, message_id=_first_id(_header(msg, "Message-ID")),
        in_reply_to=_first_id(_header(msg, "In-Reply-To")), references=_ID.findall(_header(msg, "References")),
        attachments=attachments,
    )


def _header(msg: EmailMessage, name: str) -> str:
    try:
        return " ".join(str(msg.get(name, "") or "").split())
    except (ValueError, TypeError, IndexError):  # a malformed header must not stop the message
        return " ".join(str(msg.get_all(name, [""])[0]).split()) if hasattr(msg, "get_all") else ""


def _leaf_parts(part: EmailMessage) -> Iterator[EmailMessage]:
    """Every non-container part; a forwarded message (message/rfc822) counts as one part."""
    if part.get_content_type() == "message/rfc822":
        yield part
    elif part.is_multipart():
        for sub in part.iter_parts():
            yield from _leaf_parts(sub)  # type: ignore[arg-type]
    else:
        yield part


def _attachment(part: EmailMessage) -> Attachment | None:
    name = part.get_filename()
    ctype = part.get_content_type()
    if ctype == "message/rfc822":
        inner = part.get_payload()
        inner = inner[0] if isinstance(inner, list) and inner else inner
        if hasattr(inner, "as_bytes"):
            data, subject = inner.as_bytes(), str(inner.get("Subject", "") or "")
        else:  # sent encoded (base64) although RFC 2046 forbids it: decode it like any attachment
            data, subject = part.get_payload(decode=True) or b"", ""
        return Attachment(name or f"{_UNSAFE_NAME.sub('_', subject).strip() or 'doorgestuurd bericht'}.eml", data)
    if not name and part.get_content_disposition() != "attachment":
        return None  # an alternative body or an unnamed inline part, not a document
    data = part.get_payload(decode=True) or b""
    return Attachment(name or f"bijlage{mimetypes.guess_extension(ctype) or '.bin'}", data)


def _part_text(part: EmailMessage) -> str:
    try:
        content = part.get_content()
    except (LookupError, ValueError):  # unknown charset: decode leniently
        content = (part.get_payload(decode=True) or b"").decode("latin-1", errors="replace")
    text = content if isinstance(content, str) else content.decode("utf-8", errors="replace")
    return html_to_text(text) if part.get_content_type() == "text/html" else text


def _date(value: object) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    try:
        return email.utils.parsedate_to_datetime(str(value)) if value else None
    except (TypeError, ValueError, IndexError):
        return None


def _first_id(value: str) -> str:
    found = _ID.findall(value or "")
    return found[0] if found else (value or "").strip()


def _parse_msg(path: Path, data: bytes) -> Message:
    try:
        import extract_msg
    except ImportError as exc:
        raise InputFileError(path, "reading .msg files needs extract-msg: pip install extract-msg") from exc
    try:
        msg = extract_msg.openMsg(data, delayAttachments=False)
    except Exception as exc:  # extract-msg raises many kinds (olefile, its own, struct) on bad input
        raise InputFileError(path, f"not a readable Outlook message ({str(exc).splitlines()[0][:100] if str(exc) else type(exc).__name__})") from exc
    try:
        header = getattr(msg, "header", None)
        refs = str(header.get("References", "") or "") if header is not None else ""
        in_reply = str(getattr(msg, "inReplyTo", "") or (header.get("In-Reply-To", "") if header is not None else ""))
        body = msg.body or ""
        if not body.strip() and getattr(msg, "htmlBody", None):
            body = html_to_text(msg.htmlBody.decode("utf-8", errors="replace"))
        sender = str(msg.sender or "")
        return Message(
            sender=" ".join(sender.split()), to=" ".join(str(msg.to or "").split()), cc=" ".join(str(msg.cc or "").split()),
            date=(msg.date if isinstance(msg.date, dt.datetime) else _date(msg.date))
            or _date(header.get("Date") if header is not None else None), subject=str(msg.subject or ""),
            body=body, message_id=_first_id(str(getattr(msg, "messageId", "") or "")), in_reply_to=_first_id(in_reply),
            references=_ID.findall(refs), attachments=[a for att in msg.attachments if (a := _msg_attachment(att))],
        )
    finally:
        msg.close()


def _msg_attachment(att: object) -> Attachment | None:
    name = str(getattr(att, "longFilename", None) or getattr(att, "shortFilename", None) or "").strip()
    data = getattr(att, "data", None)
    if isinstance(data, bytes):
        return Attachment(name or "bijlage.bin", data)
    if data is not None and hasattr(data, "exportBytes"):  # an embedded Outlook message
        subject = str(getattr(data, "subject", "") or "doorgestuurd bericht")
        return Attachment(name if name.lower().endswith(".msg") else f"{subject}.msg", data.exportBytes())
    return None


class _TextOfHtml(HTMLParser):
    """Visible text of an HTML body, with line breaks where blocks end."""

    _BLOCKS = frozenset({"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "hr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self._skip += 1
        elif tag in self._BLOCKS:
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCKS:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.out.append(data)


def html_to_text(markup: str) -> str:
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.out).splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def display_date(value: dt.datetime | None) -> str:
    return value.strftime("%d-%m-%Y %H:%M") if value else ""


def render(msg: Message, title: str) -> pymupdf.Document:
    """Typeset the message on A4 pages: headers first, then the body (deterministic)."""
    rows = [("Van", msg.sender), ("Aan", msg.to), ("CC", msg.cc), ("Datum", display_date(msg.date)),
            ("Onderwerp", msg.subject), ("Bijlagen", "; ".join(a.name for a in msg.attachments))]
    head = "".join(f'<p class="h"><b>{label}:</b> {html.escape(value)}</p>' for label, value in rows if value)
    paragraphs = [p for p in re.split(r"\n\s*\n", msg.body.replace("\r\n", "\n")) if p.strip()]
    body = "".join("<p>" + "<br/>".join(html.escape(line) for line in p.strip("\n").split("\n")) + "</p>"
                   for p in paragraphs)
    story = pymupdf.Story(html=head + '<p class="rule">&#160;</p>' + body, user_css=_CSS)
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    mediabox = pymupdf.paper_rect("a4")
    more = True
    while more:
        device = writer.begin_page(mediabox)
        more, _ = story.place(mediabox + (56, 56, -56, -56))
        story.draw(device)
        writer.end_page()
    writer.close()
    doc = pymupdf.open(stream=buffer.getvalue(), filetype="pdf")
    doc.set_metadata({"title": msg.subject or title, "producer": "redactor (e-mail rendered to PDF)"})
    return doc
