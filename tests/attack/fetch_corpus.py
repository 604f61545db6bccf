"""Test-data setup: real-world PDFs nobody here wrote, from the source distributions of PDF libraries.

    python tests/attack/fetch_corpus.py [--dir DIR]

Downloads the sdists of pypdf, pikepdf and OCRmyPDF from PyPI (``pip download
--no-binary :all: --no-deps``, pinned versions, so a run is repeatable) and extracts
the PDFs their test suites ship into ``DIR/pdfs`` (default ``$REDACTOR_CORPUS_DIR`` or
``.cache/attack-corpus`` in the repository; never committed). pdfplumber's sdist ships
no PDFs, so it is not fetched. A second run finds the corpus in place and downloads
nothing. ``test_real_world.py`` calls :func:`ensure_corpus` and skips, saying why,
when the corpus cannot be had (no network).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tarfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGES = {"pypdf": "7.1.0", "pikepdf": "10.17.0", "ocrmypdf": "17.13.0"}
MAX_PDF_BYTES = 32 << 20  # nothing in these sdists comes close; a guard against a surprise


class CorpusUnavailable(Exception):
    """The corpus could not be downloaded or unpacked (the message says why)."""


def default_dir() -> Path:
    return Path(os.environ.get("REDACTOR_CORPUS_DIR") or REPO / ".cache" / "attack-corpus")


def ensure_corpus(directory: Path | None = None, timeout: float = 300) -> list[Path]:
    """The corpus PDFs, downloading and unpacking them first if they are not there yet.

    Raises:
        CorpusUnavailable: pip could not download a package, or an archive is unreadable.
    """
    directory = Path(directory or default_dir())
    directory.mkdir(parents=True, exist_ok=True)
    (directory / ".gitignore").write_text("# downloaded test data: never committed\n*\n")
    pdfs = directory / "pdfs"
    stamp = directory / "versions.txt"
    wanted = "\n".join(f"{name}=={version}" for name, version in sorted(PACKAGES.items()))
    if stamp.is_file() and stamp.read_text() == wanted and any(pdfs.glob("*.pdf")):
        return sorted(pdfs.glob("*.pdf"))
    sdists = directory / "sdists"
    sdists.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-binary", ":all:", "--no-deps",
               "--dest", str(sdists), *wanted.split("\n")]
    try:
        done = subprocess.run(command, capture_output=True, check=False, text=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise CorpusUnavailable(f"pip download did not finish: {exc}") from exc
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise CorpusUnavailable(f"pip download failed: {last}")
    pdfs.mkdir(exist_ok=True)
    for name, version in PACKAGES.items():
        archives = [p for p in sdists.iterdir() if p.name.lower().startswith(f"{name}-{version}".lower())]
        if not archives:
            raise CorpusUnavailable(f"no sdist of {name} {version} in {sdists}")
        _extract_pdfs(archives[0], pdfs)
    stamp.write_text(wanted)
    return sorted(pdfs.glob("*.pdf"))


def _extract_pdfs(archive: Path, into: Path) -> int:
    """Copy each PDF of the archive to ``into`` under a flat name (package__path__file.pdf)."""
    count = 0
    try:
        with tarfile.open(archive) as tar:
            for member in tar:
                if not (member.isfile() and member.name.lower().endswith(".pdf") and member.size <= MAX_PDF_BYTES):
                    continue
                source = tar.extractfile(member)
                if source is None:
                    continue
                # The name is built here, never taken as a path: nothing can land outside ``into``.
                flat = "__".join(part for part in Path(member.name).parts if part not in ("", ".", ".."))
                (into / flat).write_bytes(source.read())
                count += 1
    except (tarfile.TarError, OSError) as exc:
        raise CorpusUnavailable(f"{archive.name} cannot be unpacked: {exc}") from exc
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=None, help=f"corpus folder (default: {default_dir()})")
    args = parser.parse_args(argv)
    try:
        pdfs = ensure_corpus(args.dir)
    except CorpusUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"{len(pdfs)} real-world PDFs in {pdfs[0].parent if pdfs else args.dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
