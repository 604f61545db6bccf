"""Command line: exit codes, one-line messages naming the file, the screen --json contract, end to end.

Most tests call ``redactor.cli.run(argv)`` in-process (fast, and faults can be injected);
two go through ``python -m redactor`` to prove the installed entry point.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pymupdf
import pypdf
import pytest
from fakedocs import OFFICIAL, SECRET_PHONE, SEEDS, SHARED

from redactor import export as export_module
from redactor.cli import run

PACKAGE = ("inventarislijst.pdf", "publicatie.pdf")  # the publication package beside the documents
ERROR_LINE = re.compile(r"^error: (?P<file>[^:]+): \S.*$")


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "dossier.sqlite")


def _errors(stderr: str) -> list[str]:
    """The error lines of stderr, each checked to be one line that names a file."""
    assert "Traceback" not in stderr
    lines = [ln for ln in stderr.splitlines() if ln.startswith("error:")]
    for line in lines:
        assert ERROR_LINE.match(line), line
    return lines


def _text(path: Path) -> str:
    with pymupdf.open(path) as doc:
        return "\n".join(p.get_text() for p in doc)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


# -- help and usage ----------------------------------------------------------------------------------


@pytest.mark.parametrize("argv", [["--help"], ["screen", "--help"], ["export", "--help"], ["verify", "--help"],
                                  ["grounds", "--help"]])
def test_help_works(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        run(argv)
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: redactor")
    if argv == ["--help"]:
        for word in ("screen", "export", "verify", "grounds", "Exit codes", "--accept-all"):
            assert word in out


def test_python_m_redactor_help_and_usage_error() -> None:
    ok = subprocess.run([sys.executable, "-m", "redactor", "--help"], capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0 and "redactor export" in ok.stdout
    bad = subprocess.run([sys.executable, "-m", "redactor"], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "usage: redactor" in bad.stderr


def test_unknown_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        run(["export", "x.pdf"])  # --out is required
    assert info.value.code == 2
    assert "--out" in capsys.readouterr().err


def test_grounds_lists_sets_and_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["grounds"]) == 0
    assert re.search(r"^woo\s+Wet open overheid", capsys.readouterr().out, re.M)
    assert run(["grounds", "woo", "--lang", "en"]) == 0
    assert re.search(r"^5\.1\.2e\s+Respect for private life", capsys.readouterr().out, re.M)


# -- screen --------------------------------------------------------------------------------------------


def test_screen_json_contract(letter_pdf: Path, indir: Path, tmp_path: Path, db: str,
                              capsys: pytest.CaptureFixture[str]) -> None:
    (indir / "broken.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    out = tmp_path / "findings.json"

    code = run(["screen", str(indir), "--json", str(out), "--db", db])

    assert code == 2  # one file could not be read
    assert _errors(capsys.readouterr().err) == [
        "error: broken.pdf: corrupt PDF, cannot be opened (Failed to open stream)"]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["documents"] == [{"name": "letter.pdf", "pages": 1,
                                  "sha256": hashlib.sha256(letter_pdf.read_bytes()).hexdigest()}]
    assert data["findings"], "the letter's phone number at least must be found"
    with pymupdf.open(letter_pdf) as pdf:
        page = pdf[0]
        for f in data["findings"]:
            assert {"document", "page", "text", "rects", "entity", "ground", "score", "source"} <= set(f)
            assert f["document"] == "letter.pdf" and f["page"] == 1
            assert isinstance(f["score"], float) and 0 < f["score"] <= 1 and f["source"]
            assert f["rects"] and all(len(r) == 4 and r[0] < r[2] and r[1] < r[3] for r in f["rects"])
            under = " ".join(page.get_textbox(pymupdf.Rect(r)) for r in f["rects"])
            assert _words(f["text"]) <= _words(under)  # the boxes are where the text is (PDF points)
    phone = [f for f in data["findings"] if f["text"] == SECRET_PHONE]
    assert phone and phone[0]["ground"] == "5.1.2e"
    assert OFFICIAL not in {f["text"] for f in data["findings"]}


def test_screen_uses_a_dossier_in_the_user_data_folder_by_default(letter_pdf: Path, user_dirs: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["screen", str(letter_pdf)]) == 0
    [line] = [ln for ln in capsys.readouterr().err.splitlines() if ln.startswith("dossier: ")]
    database = Path(line.removeprefix("dossier: "))
    assert database.is_file() and database.is_relative_to(user_dirs)


def test_missing_path_is_exit_2_naming_it(tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope"
    assert run(["screen", str(missing), "--db", db]) == 2
    assert capsys.readouterr().err.splitlines() == [f"error: {missing}: no such file or folder"]


@pytest.mark.parametrize("name,data,problem", [
    ("empty.pdf", b"", "the file is empty"),
    ("memo.pages", b"PK\x03\x04", "unsupported file type '.pages'"),  # .docx is converted (test_formats_office)
    ("mail.pdf", b"From: someone\n", "not a PDF"),
])
def test_each_bad_input_is_one_line_on_stderr(indir: Path, db: str, name: str, data: bytes, problem: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    (indir / name).write_bytes(data)
    assert run(["screen", str(indir / name), "--db", db]) == 2
    [line] = _errors(capsys.readouterr().err)
    assert line.startswith(f"error: {name}: {problem}")


def test_damaged_pdf_gives_one_warning_and_no_library_noise(indir: Path, db: str,
                                                           capfd: pytest.CaptureFixture[str]) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    for i in range(40):
        page.insert_text((72, 72 + 14 * i), f"regel {i} van het verslag")
    data = doc.tobytes()
    cut = data.rfind(b"endobj", 0, len(data) // 2) + len(b"endobj")  # lose the second half and the xref
    (indir / "truncated.pdf").write_bytes(data[:cut])

    assert run(["screen", str(indir), "--db", db]) == 0

    captured = capfd.readouterr()  # file descriptors: MuPDF prints from C through its own channel
    assert "MuPDF" not in captured.out + captured.err
    assert [ln for ln in captured.err.splitlines() if ln.startswith("warning:")] == [
        "warning: truncated.pdf: the PDF was damaged and has been repaired; check the pages"]


# -- export ----------------------------------------------------------------------------------------------


def test_export_accept_all_writes_pdfs_and_inventory(letter_pdf: Path, make_pdf, indir: Path, outdir: Path,
                                                     db: str, capsys: pytest.CaptureFixture[str]) -> None:
    make_pdf("public.pdf", ["De begroting voor 2023 is vastgesteld."])
    assert run(["export", str(indir), "--out", str(outdir), "--accept-all", "--db", db]) == 0
    assert _errors(capsys.readouterr().err) == []
    assert sorted(p.name for p in outdir.iterdir()) == [
        "inventarislijst-intern.csv", "inventarislijst-intern.xlsx", "inventarislijst.csv", "inventarislijst.pdf",
        "inventarislijst.xlsx", "letter.pdf", "public.pdf", "publicatie.pdf", "redaction-log.json",
        "weigeringsgronden.csv", "weigeringsgronden.xlsx"]
    assert "41873925" not in _text(outdir / "letter.pdf") and OFFICIAL in _text(outdir / "letter.pdf")
    assert run(["verify", str(outdir / "letter.pdf"), str(outdir / "public.pdf")]) == 0


def test_export_without_review_refuses_with_exit_2(letter_pdf: Path, outdir: Path, db: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["export", str(letter_pdf), "--out", str(outdir), "--db", db]) == 2
    [line] = _errors(capsys.readouterr().err)
    assert line.startswith("error: letter.pdf: ") and "not yet reviewed" in line and "--accept-all" in line
    assert not (outdir / "letter.pdf").exists()


def test_export_verification_failure_exits_non_zero_without_output(letter_pdf: Path, outdir: Path, db: str,
                                                                    monkeypatch: pytest.MonkeyPatch,
                                                                    capsys: pytest.CaptureFixture[str],
                                                                    export_here: None) -> None:
    monkeypatch.setattr(export_module, "_redact", lambda pdf, redactions: None)  # fault: nothing is removed
    assert run(["export", str(letter_pdf), "--out", str(outdir), "--accept-all", "--db", db]) == 1
    [line] = _errors(capsys.readouterr().err)
    assert line.startswith("error: letter.pdf: export refused, verification found")
    assert not (outdir / "letter.pdf").exists() and not list(outdir.glob("*.part"))


def test_encrypted_pdf_needs_the_password(indir: Path, outdir: Path, db: str,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), f"Bel {SECRET_PHONE} voor het dossier.")
    path = indir / "locked.pdf"
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="s3cret", owner_pw="owner-pw")

    assert run(["export", str(path), "--out", str(outdir), "--accept-all", "--db", db]) == 2
    assert _errors(capsys.readouterr().err) == [
        "error: locked.pdf: the PDF is encrypted (password protected); remove the protection or pass --password"]

    assert run(["screen", str(path), "--db", db, "--password", "wrong"]) == 2
    assert _errors(capsys.readouterr().err) == [
        ("error: locked.pdf: the PDF is encrypted and the password given does not open it; "
         "remove the protection or pass --password")]

    assert run(["export", str(path), "--out", str(outdir), "--accept-all", "--db", db, "--password", "s3cret"]) == 0
    published = outdir / "locked.pdf"
    assert "41873925" not in _text(published)
    assert not pypdf.PdfReader(published).is_encrypted  # the published copy opens for everyone


def test_verify_subprocess_exit_codes(letter_pdf: Path, indir: Path) -> None:
    (indir / "fake.pdf").write_text("geen pdf")
    result = subprocess.run([sys.executable, "-m", "redactor", "verify", str(indir / "fake.pdf")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.splitlines() == ["error: fake.pdf: not a PDF (the file does not start with a PDF header)"]


# -- end to end on the bundled sample dossier --------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seeds-out")
    db = tmp_path_factory.mktemp("seeds-db") / "dossier.sqlite"
    code = run(["-q", "export", str(SEEDS / "dossier"), "--out", str(out), "--accept-all", "--db", str(db)])
    assert code == 0
    return out


def test_seed_dossier_end_to_end(seeds_export: Path) -> None:
    pii = json.loads((SEEDS / "fictional_pii.json").read_text(encoding="utf-8"))
    outputs = sorted(p for p in seeds_export.glob("*.pdf") if p.name not in PACKAGE)
    assert [p.stem for p in outputs] == [Path(n).stem for n in sorted(pii["public_figures"])]
    secrets = [v for person in pii["people"] for v in (person["name"], person["phone"], person["email"]) if v]
    for pdf in [*outputs, seeds_export / "publicatie.pdf"]:
        texts = {"PyMuPDF": _text(pdf), "pypdf": "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(pdf).pages)}
        for extractor, text in texts.items():
            flat = " ".join(text.split())
            for secret in secrets:
                assert secret not in flat, f"{secret!r} extractable from {pdf.name} ({extractor})"
            # surnames on their own too (a wrapped or partly redacted name must not leave them)
            for person in pii["people"]:
                surname = person["name"].split()[-1]
                assert surname not in flat, f"{surname!r} extractable from {pdf.name} ({extractor})"
        source = next((n for n in pii["public_figures"] if Path(n).stem == pdf.stem), None)
        if source is None:  # the publication: every document in one file, checked above for secrets
            continue
        flat = " ".join(texts["PyMuPDF"].split())
        for figure in pii["public_figures"][source]:
            assert figure in flat, f"public figure {figure!r} lost from {pdf.name}"


def test_seed_dossier_outputs_pass_verify(seeds_export: Path, capsys: pytest.CaptureFixture[str]) -> None:
    outputs = sorted(str(p) for p in seeds_export.glob("*.pdf"))
    assert run(["verify", *outputs]) == 0
    assert capsys.readouterr().out.count("ok   ") == 4 + len(PACKAGE)


def test_seed_dossier_inventory(seeds_export: Path) -> None:
    with (seeds_export / "inventarislijst.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    memo = next(r for r in rows if r[1] == "01-nota-toezegging-cd-rbz.pdf")
    assert memo[4] == "Deels openbaar" and "5.1.2e" in memo[5].split("; ")


# -- the labelled dev corpus (optional: skipped when ../shared is not there) --------------------------------

DEVSET = SHARED / "devset"
SCORER = SHARED / "tools" / "score_redaction.py"


@pytest.mark.skipif(not (DEVSET / "gold.json").is_file() or not SCORER.is_file(), reason="../shared/devset absent")
def test_devset_scores_within_the_issue_thresholds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    code = run(["-q", "export", str(DEVSET / "documents"), "--out", str(out), "--accept-all",
                "--db", str(tmp_path / "dev.sqlite")])
    assert code == 0, capsys.readouterr().err
    result = subprocess.run([sys.executable, str(SCORER), "export", str(DEVSET), str(out)],
                            capture_output=True, text=True, timeout=120, check=True)
    summary = dict(re.findall(r"(\w+)=([\d.]+)", result.stdout.strip().splitlines()[-1]))
    assert float(summary["leak_rate"]) <= 0.05
    assert int(summary["officials_redacted"]) <= 2
    assert float(summary["collateral_loss"]) <= 0.02
    assert int(summary["missing_outputs"]) == 0
    assert run(["verify", *sorted(str(p) for p in out.glob("*.pdf"))]) == 0
