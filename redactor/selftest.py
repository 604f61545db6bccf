"""Self-test: run the whole pipeline on the bundled sample dossier and check the result.

Used by ``redactor-gui --self-test`` (the packaged app's smoke test, which also opens the
main window) and by ``python -m redactor.selftest``. Qt-free. It screens ``seeds/dossier``
into a dossier database in a temporary folder, accepts every suggestion, exports, and
then checks that

* every document was read and exported, with the inventory list beside it;
* every exported PDF, and the publication PDF that merges them, passes
  :func:`redactor.verify.verify_file` (no hidden data);
* none of the sample's fictional names, phone numbers and e-mail addresses
  (``seeds/fictional_pii.json``) can be extracted from any of them.

It writes only into the folder it is given: never into the user's data folders and
never next to the program (the sample is read where it lies).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from redactor import __version__

ROOT = Path(__file__).resolve().parent.parent  # the source tree, or the bundle's folder when frozen
SAMPLE_DOSSIER = ROOT / "seeds" / "dossier"
SAMPLE_PII = ROOT / "seeds" / "fictional_pii.json"


@dataclass
class SelfTestResult:
    """What the self-test found; ``db`` and ``out`` stay valid while its work folder exists."""

    documents: int = 0
    outputs: int = 0
    secrets_checked: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)
    db: Path | None = None
    out: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.problems and self.documents > 0

    def line(self) -> str:
        """One line for the terminal or a CI log."""
        if self.ok:
            return (f"self-test passed: redactor {__version__}; {self.documents} sample documents screened, "
                    f"{self.outputs} PDFs exported and verified, {self.secrets_checked} fictional details "
                    f"not extractable; {self.seconds:.1f} s")
        return f"self-test FAILED: {'; '.join(self.problems) or 'nothing was screened'}"


def sample_secrets(pii_file: Path = SAMPLE_PII) -> list[str]:
    """The fictional names (and surnames), phone numbers and e-mail addresses of the sample memo."""
    data = json.loads(pii_file.read_text(encoding="utf-8"))
    secrets: list[str] = []
    for person in data["people"]:
        name = person["name"]
        secrets += [name, name.split()[-1]]
        secrets += [person[k] for k in ("phone", "email") if person.get(k)]
    return secrets


def _extracted_text(pdf: Path) -> str:
    import pymupdf

    with pymupdf.open(pdf) as doc:
        return " ".join(" ".join(page.get_text().split()) for page in doc).casefold()


def run(workdir: Path, sample: Path = SAMPLE_DOSSIER, pii_file: Path = SAMPLE_PII) -> SelfTestResult:
    """Screen, accept all, export and check the sample dossier; everything written goes under ``workdir``."""
    import pymupdf

    from redactor.errors import RedactorError
    from redactor.pipeline import Dossier
    from redactor.store import DossierStore, sqlite_url
    from redactor.verify import verify_file

    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)
    started = time.monotonic()
    result = SelfTestResult(db=workdir / "selftest.sqlite", out=workdir / "published")
    for needed in (sample, pii_file):
        if not needed.exists():
            result.problems.append(f"{needed}: not found (the sample dossier is missing from this installation)")
    if result.problems:
        return result
    try:
        store = DossierStore(sqlite_url(result.db), name="selftest")
        dossier = Dossier(store, "woo")
        screened = dossier.screen([sample], workers=1)
        result.documents = len(screened.documents)
        result.problems += [f"screening: {p.message}" for p in screened.problems]
        expected = sum(1 for p in sample.iterdir() if p.is_file())
        if result.documents != expected:
            result.problems.append(f"screening: {result.documents} of {expected} sample documents read")
        dossier.accept_all(screened.documents, reviewer="self-test")
        exported = dossier.export(screened.documents, result.out)
        store.engine.dispose()
    except (RedactorError, OSError) as exc:
        result.problems.append(f"{type(exc).__name__}: {exc}")
        return result
    result.problems += [f"export: {p.message}" for p in exported.problems]
    result.outputs = len(exported.outputs)
    if result.outputs != result.documents:
        result.problems.append(f"export: {result.outputs} PDFs written for {result.documents} documents")
    if not exported.inventory or not all(p.is_file() for p in exported.inventory):
        result.problems.append("export: no inventory list written")
    secrets = sample_secrets(pii_file)
    result.secrets_checked = len(secrets)
    if exported.publication is None:
        result.problems.append("export: no publication PDF written")
    for pdf in [*exported.outputs, *filter(None, [exported.publication])]:
        result.problems += [f"verify {pdf.name}: {p}" for p in verify_file(pdf)]
        text = _extracted_text(pdf)
        leaked = [s for s in secrets if s.casefold() in text]
        if leaked:
            result.problems.append(f"{pdf.name}: still extractable: {', '.join(leaked)}")
    result.seconds = time.monotonic() - started
    return result


def main(argv: list[str] | None = None) -> int:
    """``python -m redactor.selftest``: print one line, exit 0 when it passed, 1 when not."""
    del argv
    with tempfile.TemporaryDirectory(prefix="woo-redactor-selftest-", ignore_cleanup_errors=True) as tmp:
        result = run(Path(tmp))
    print(result.line())
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
