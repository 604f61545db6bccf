"""Office files (.docx, .odt, .doc, .rtf, .xlsx, ...) become PDF through LibreOffice, headless.

LibreOffice's PDF export keeps the text layer, so detection and redaction work on
real glyphs, not on a picture of the page. Converting takes seconds, and export must
see exactly the layout that screening saw, so each result is cached by the SHA-256 of
the source (``_cache``). Each conversion uses its own throw-away LibreOffice profile:
parallel workers would otherwise fight over the user's profile lock. Without
LibreOffice the file is refused with :class:`OfficeConversionError`, which says what
to install; the file then appears in the inventory as not processed, with that reason.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import signal
import subprocess
import tempfile
import zipfile
from pathlib import Path

from redactor.errors import InputFileError
from redactor.formats import _cache

OFFICE_SUFFIXES = {".docx", ".doc", ".docm", ".odt", ".rtf", ".wpd", ".xlsx", ".xls", ".ods", ".pptx", ".ppt",
                   ".odp"}
CONVERT_TIMEOUT_S = 180
_CACHE_VERSION = "lo1"


class OfficeConversionError(InputFileError):
    """An office file could not be converted to PDF (LibreOffice missing, failed or too slow)."""


def soffice() -> str | None:
    """The LibreOffice program, or None (``REDACTOR_SOFFICE`` names a non-standard one)."""
    configured = os.environ.get("REDACTOR_SOFFICE")
    if configured:
        return configured if Path(configured).is_file() else shutil.which(configured)
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(path: Path, data: bytes) -> bytes:
    """PDF bytes of an office document, from the cache when it was converted before.

    Raises:
        OfficeConversionError: no LibreOffice, or it failed, timed out or wrote nothing.
    """
    key = f"{hashlib.sha256(data).hexdigest()}-{_CACHE_VERSION}{path.suffix.lower()}.pdf"
    cached = _cache.load("office", key)
    if cached:
        return cached
    program = soffice()
    if program is None:
        raise OfficeConversionError(path, f"{path.suffix.lower()} files are converted to PDF with LibreOffice, which "
                                          "is not installed; install LibreOffice (Debian/Ubuntu: apt-get install "
                                          "libreoffice-writer-nogui) or save the file as PDF")
    pdf = _run(program, path, data)
    _cache.store("office", key, pdf)
    return pdf


def _run(program: str, path: Path, data: bytes) -> bytes:
    with tempfile.TemporaryDirectory(prefix="redactor-lo-") as tmp:
        folder = Path(tmp)
        source = folder / f"source{path.suffix.lower()}"  # the real name may be hostile or not fit the disk
        source.write_bytes(data)
        command = [program, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless", "--norestore",
                   "--nolockcheck", "--nodefault", "--convert-to", "pdf", "--outdir", str(folder / "out"), str(source)]
        # Its own process group, so a timeout ends soffice.bin and not just the wrapper script.
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                                env={**os.environ, "HOME": str(folder)})
        try:
            _, err = proc.communicate(timeout=CONVERT_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            raise OfficeConversionError(path, f"LibreOffice did not finish converting it within {CONVERT_TIMEOUT_S} s")
        out = folder / "out" / "source.pdf"
        if proc.returncode != 0 or not out.is_file() or out.stat().st_size == 0:
            detail = err.decode("utf-8", errors="replace").strip().splitlines()[-1:] or [f"exit {proc.returncode}"]
            raise OfficeConversionError(path, f"LibreOffice could not convert it to PDF ({detail[0][:120]})")
        return out.read_bytes()


def document_date(data: bytes) -> str:
    """The last-modified date the file itself records (OOXML core.xml, ODF meta.xml), or ''.

    The converted PDF's dates are those of the conversion, so they must not reach the inventory.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            part = next((n for n in ("docProps/core.xml", "meta.xml") if n in names), None)
            xml = archive.read(part).decode("utf-8", errors="replace") if part else ""
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return ""  # an older binary format (.doc, .xls, .rtf): no date we can read safely
    found = re.search(r"<(?:dcterms:modified|dc:date|meta:creation-date|dcterms:created)[^>]*>(\d{4}-\d{2}-\d{2})", xml)
    return found[1] if found else ""
