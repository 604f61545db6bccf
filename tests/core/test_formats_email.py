"""E-mail: rendered with its headers; each attachment its own document in the message's family."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from fakedocs import SECRET, SECRET_PHONE, FakeScreener
from fakeformats import FATIMA, JORIS, PIETER, eml, text_pdf

from redactor.formats import email as mail
from redactor.formats.containers import attachment_names, family_root, parent_message
from redactor.ingest import collect_sources, ingest
from redactor.pipeline import Dossier
from redactor.store import DossierStore, sqlite_url

NEEDLES = {SECRET: ("PERSON", "5.1.2e", "suggested"), SECRET_PHONE: ("PHONE", "5.1.2e", "suggested"),
           "f.elamrani@minbuza.nl": ("EMAIL", "5.1.2e", "suggested")}


@pytest.fixture
def dossier(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Dossier:
    screener = FakeScreener(NEEDLES)
    monkeypatch.setattr("redactor.detect.engine.Screener", lambda ground_set, rules: screener)
    return Dossier(DossierStore(sqlite_url(tmp_path / "dossier.sqlite")), "woo")


@pytest.fixture
def message(indir: Path) -> Path:
    """A message with a PDF and a text attachment, the PDF naming the secret person."""
    path = indir / "bericht.eml"
    path.write_bytes(eml(cc=PIETER, body=f"Beste Fatima,\n\nBel me op {SECRET_PHONE}.\n\nGroet,\nJoris",
                         attachments=[("notitie.pdf", text_pdf([f"Notitie van {SECRET}"]), "application/pdf"),
                                      ("memo.txt", b"Memo over de planning.", "text/plain")]))
    return path


def test_message_is_rendered_with_its_headers(message: Path) -> None:
    document = ingest(message)
    text = document.pages[0].text
    for line in (f"Van: {JORIS}", f"Aan: {FATIMA}", f"CC: {PIETER}", "Datum: 12-03-2024 10:15",
                 "Onderwerp: Toezegging aan de Kamer", "Bijlagen: notitie.pdf; memo.txt"):
        assert line in text, line
    assert SECRET_PHONE in text
    assert (document.kind, document.title, document.date) == ("email", "Toezegging aan de Kamer", "2024-03-12")
    assert document.email["message_id"] == "<1@minbuza.example>"
    assert document.fingerprint["body"], "an e-mail keeps its body shingles for thread containment"


def test_header_names_are_found_by_the_real_detectors(message: Path) -> None:
    from redactor.detect.engine import Screener
    from redactor.grounds import load_ground_set
    from redactor.rulepack import load_rule_pack

    found = Screener(load_ground_set("woo"), load_rule_pack("default")).detect(ingest(message))
    texts = {c.text for c in found if c.status == "suggested"}
    assert any("Ploegmaker" in t for t in texts) and any("elamrani" in t for t in texts), texts


def test_html_only_message_is_read_as_text(indir: Path) -> None:
    path = indir / "html.eml"
    path.write_bytes(eml(body="", html="<html><head><style>p{}</style></head><body><p>Beste Fatima,</p>"
                                       "<div>Zie <b>bijlage</b>.</div></body></html>"))
    text = ingest(path).pages[0].text
    assert "Beste Fatima," in text and "Zie bijlage." in text and "p{}" not in text


def test_a_forwarded_message_is_an_attachment_of_its_own(indir: Path) -> None:
    inner = eml(subject="Origineel", body="Doorgestuurd bericht met tekst.", message_id="<inner@x>")
    outer = indir / "doorgestuurd.eml"
    outer.write_bytes(eml(subject="Fw: Origineel", attachments=[("origineel.eml", inner, "message/rfc822")]))
    files = collect_sources([outer])
    assert [f.relative_to(indir).as_posix() for f in files] == ["doorgestuurd.eml", "doorgestuurd.eml/origineel.eml"]
    assert "Doorgestuurd bericht met tekst." in ingest(files[1]).pages[0].text


def test_attachments_become_documents_in_the_family(dossier: Dossier, message: Path, indir: Path,
                                                    outdir: Path) -> None:
    report = dossier.screen([indir])
    rows = {d.name: d for d in dossier.store.documents()}
    assert [(d.number, d.name) for d in report.documents] == [(1, "bericht.eml"), (2, "notitie.pdf"), (3, "memo.txt")]
    head = rows["bericht.eml"]
    assert head.kind == "email" and head.family_id == head.id and head.parent_id is None
    for name in ("notitie.pdf", "memo.txt"):
        assert rows[name].parent_id == head.id and rows[name].family_id == head.id
    dossier.accept_all(report.documents)
    exported = dossier.export(report.documents, outdir)
    assert sorted(p.name for p in exported.outputs) == ["bericht.pdf", "memo.pdf", "notitie.pdf"]
    with (outdir / "inventarislijst.csv").open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh, delimiter=";"))
    family = table[0].index("Family ID")
    assert {r[1]: r[family] for r in table[1:]} == {"bericht.eml": "1", "notitie.pdf": "1", "memo.txt": "1"}
    assert table[0][table[0].index("Bestandstype")] == "Bestandstype"
    by_name = {r[1]: r for r in table[1:]}
    assert by_name["notitie.pdf"][4] == "Deels openbaar"  # the name in the attachment was redacted


def test_attachment_names_are_safe_and_unique() -> None:
    assert attachment_names(["a.pdf", "a.pdf", "../../etc/passwd", "", "map/b.txt"]) == [
        "a.pdf", "a (2).pdf", "_.._etc_passwd", "bijlage-4", "map_b.txt"]


def test_family_of_a_nested_attachment(indir: Path) -> None:
    inner = eml(subject="Binnen", attachments=[("x.txt", b"tekst", "text/plain")])
    (indir / "buiten.eml").write_bytes(eml(attachments=[("binnen.eml", inner, "message/rfc822")]))
    files = collect_sources([indir])
    assert [f.relative_to(indir).as_posix() for f in files] == [
        "buiten.eml", "buiten.eml/binnen.eml", "buiten.eml/binnen.eml/x.txt"]
    assert parent_message(files[2]) == files[1] and family_root(files[2]) == files[0]
    assert parent_message(files[0]) is None


def test_a_file_named_eml_that_is_no_message_is_a_clear_error(indir: Path) -> None:
    from redactor.errors import InputFileError

    path = indir / "kapot.eml"
    path.write_bytes(b"dit is geen e-mail\n")
    with pytest.raises(InputFileError, match="kapot.eml: not an e-mail message"):
        ingest(path)


def test_html_to_text_drops_scripts_and_keeps_blocks() -> None:
    assert mail.html_to_text("<p>a</p><script>x()</script><div>b<br>c</div>") == "a\n\nb\nc"


def _outlook_message() -> bytes:
    from msgfile import msg_bytes

    headers = (f"From: {JORIS}\r\nTo: {FATIMA}\r\nCc: {PIETER}\r\nSubject: Re: Toezegging aan de Kamer\r\n"
               "Date: Tue, 12 Mar 2024 10:15:00 +0100\r\nMessage-ID: <7@minbuza.example>\r\n"
               "In-Reply-To: <6@minbuza.example>\r\nReferences: <5@minbuza.example> <6@minbuza.example>\r\n\r\n")
    return msg_bytes(subject="Re: Toezegging aan de Kamer", body=f"Beste Fatima,\r\nBel me op {SECRET_PHONE}.\r\nJoris",
                     headers=headers, attachments=[("notitie.pdf", text_pdf([f"Notitie van {SECRET}"])),
                                                   ("memo.txt", b"Memo over de planning.")])


def test_outlook_msg_is_rendered_with_headers_and_attachments(indir: Path) -> None:
    path = indir / "bericht.msg"
    path.write_bytes(_outlook_message())
    files = collect_sources([path])
    assert [f.relative_to(indir).as_posix() for f in files] == [
        "bericht.msg", "bericht.msg/notitie.pdf", "bericht.msg/memo.txt"]
    document = ingest(path)
    text = document.pages[0].text
    for line in (f"Van: {JORIS}", f"Aan: {FATIMA}", f"CC: {PIETER}", "Datum: 12-03-2024 10:15",
                 "Onderwerp: Re: Toezegging aan de Kamer", "Bijlagen: notitie.pdf; memo.txt", SECRET_PHONE):
        assert line in text, line
    assert document.email["references"] == ["<5@minbuza.example>", "<6@minbuza.example>"]
    assert (document.email["message_id"], document.email["in_reply_to"]) == ("<7@minbuza.example>",
                                                                             "<6@minbuza.example>")
    assert SECRET in ingest(files[1]).pages[0].text


def test_a_damaged_msg_is_one_clear_error(indir: Path) -> None:
    from redactor.errors import InputFileError

    path = indir / "kapot.msg"
    path.write_bytes(_outlook_message()[:1500])
    with pytest.raises(InputFileError, match="kapot.msg: not a readable Outlook message"):
        ingest(path)
