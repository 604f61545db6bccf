"""A dossier as it arrives: nested folders, .zip files (nested too), unsupported files listed."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from fakedocs import SECRET, FakeScreener
from fakeformats import eml, text_pdf

from redactor.errors import InputFileError
from redactor.formats import containers
from redactor.ingest import collect_sources, ingest
from redactor.pipeline import Dossier
from redactor.store import DossierStore, sqlite_url


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.fixture
def folder(indir: Path) -> Path:
    """map/sub/nota.pdf, a zip holding a mail with an attachment and a nested zip, an unsupported file."""
    (indir / "map" / "sub").mkdir(parents=True)
    (indir / "map" / "sub" / "nota.pdf").write_bytes(text_pdf([f"Nota van {SECRET}"]))
    (indir / ".verborgen.txt").write_text("niet meenemen")
    inner = _zip({"diep.txt": b"Tekst diep in het archief."})
    (indir / "dossier.zip").write_bytes(_zip({
        "mail/bericht.eml": eml(attachments=[("bijlage.txt", b"Bijlage tekst.", "text/plain")]),
        "binnen.zip": inner, "../ontsnapt.txt": b"x", "__MACOSX/._x": b"x", "map/": b""}))
    (indir / "tabel.numbers").write_bytes(b"\0\1\2")
    return indir


def test_walk_opens_folders_zips_and_messages(folder: Path) -> None:
    names = [p.relative_to(folder).as_posix() for p in collect_sources([folder])]
    assert names == ["dossier.zip/binnen.zip/diep.txt", "dossier.zip/mail/bericht.eml",
                     "dossier.zip/mail/bericht.eml/bijlage.txt", "map/sub/nota.pdf", "tabel.numbers"]


def test_members_are_read_without_unpacking(folder: Path) -> None:
    assert containers.read_source(folder / "dossier.zip/binnen.zip/diep.txt") == b"Tekst diep in het archief."
    document = ingest(folder / "dossier.zip/mail/bericht.eml/bijlage.txt")
    assert "Bijlage tekst." in document.pages[0].text
    with pytest.raises(InputFileError, match="no member"):
        containers.read_source(folder / "dossier.zip/mail/weg.txt")
    with pytest.raises(InputFileError, match="file not found"):
        containers.read_source(folder / "nergens" / "x.pdf")


def test_the_dossier_lists_unsupported_files_as_not_processed(tmp_path: Path, folder: Path, outdir: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    screener = FakeScreener({SECRET: ("PERSON", "5.1.2e", "suggested")})
    monkeypatch.setattr("redactor.detect.engine.Screener", lambda ground_set, rules: screener)
    dossier = Dossier(DossierStore(sqlite_url(tmp_path / "dossier.sqlite")), "woo")
    report = dossier.screen([folder])
    assert [p.name for p in report.problems] == ["tabel.numbers"]
    assert "unsupported file type '.numbers'" in report.problems[0].message
    dossier.accept_all(report.documents)
    dossier.export(report.documents, outdir)
    with (outdir / "inventarislijst.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = {r[1]: r for r in csv.reader(fh, delimiter=";")}
    assert rows["tabel.numbers"][4] == "niet verwerkt" and "unsupported file type" in rows["tabel.numbers"][7]
    assert rows["diep.txt"][4] == "Openbaar" and rows["nota.pdf"][4] == "Deels openbaar"
    assert rows["bijlage.txt"][rows["Document"].index("Family ID")] == rows["bericht.eml"][0]
    # screening again reads nothing but the failed file: members are recognised as unchanged by their own hash
    assert dossier.screen([folder]).reused == 4


def test_limits_refuse_oversized_and_encrypted_members(indir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(containers, "MAX_MEMBER_BYTES", 100)
    (indir / "bom.zip").write_bytes(_zip({"groot.txt": b"a" * 10_000}))
    with pytest.raises(InputFileError, match="larger than"):
        containers.read_source(indir / "bom.zip/groot.txt")
    data = bytearray(_zip({"geheim.txt": b"x"}))
    # set the 'encrypted' flag bit in both the local and the central header
    for sig in (b"PK\x03\x04", b"PK\x01\x02"):
        at = data.find(sig)
        offset = at + (6 if sig == b"PK\x03\x04" else 8)
        data[offset] |= 1
    (indir / "dicht.zip").write_bytes(bytes(data))
    with pytest.raises(InputFileError, match="encrypted"):
        containers.read_source(indir / "dicht.zip/geheim.txt")


def test_a_broken_zip_is_listed_and_reported(indir: Path) -> None:
    (indir / "kapot.zip").write_bytes(b"PK\x03\x04 garbage")
    assert collect_sources([indir]) == [indir / "kapot.zip"]
    with pytest.raises(InputFileError, match="kapot.zip: the zip file cannot be opened"):
        ingest(indir / "kapot.zip")
