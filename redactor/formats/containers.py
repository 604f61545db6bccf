"""Folders, .zip files and e-mails with attachments: walking a dossier as it arrives.

A member of a container gets a path *inside* it, as if the container were a folder:
``dossier.zip/mails/bericht.eml`` is a message in a zip, and
``dossier.zip/mails/bericht.eml/offerte.pdf`` its attachment. Nothing is unpacked to
disk: every read opens the real file and takes the member out (nested as deep as
needed), so the dossier database can name each document by one stable path, export
can read it again, and no copy of the content is left behind.

Limits keep a hostile archive from exhausting memory: member size, member count and
nesting depth are capped, and members with ``..`` or absolute names are skipped.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from pathlib import Path, PurePosixPath

from redactor.errors import InputFileError
from redactor.formats.email import MESSAGE_SUFFIXES, parse

log = logging.getLogger(__name__)

ARCHIVE_SUFFIXES = {".zip"}
MAX_DEPTH = 5
MAX_MEMBERS = 10_000
MAX_MEMBER_BYTES = 512 * 1024 * 1024
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def is_container(path: Path) -> bool:
    return path.suffix.lower() in ARCHIVE_SUFFIXES | MESSAGE_SUFFIXES


def read_source(path: Path) -> bytes:
    """The bytes of a file, or of a member inside a .zip or an e-mail.

    Raises:
        InputFileError: the file or the member does not exist, or cannot be read.
    """
    path = Path(path)
    if path.is_file():
        return path.read_bytes()
    outer, inner = _split(path)
    if outer is None:
        raise InputFileError(path, "file not found")
    data = outer.read_bytes()
    current = outer
    depth = 0
    while inner:
        depth += 1
        if depth > MAX_DEPTH:
            raise InputFileError(path, f"nested more than {MAX_DEPTH} containers deep")
        members = dict(_members(current, data))
        for take in range(1, len(inner) + 1):  # a zip member name may contain folders
            name = "/".join(inner[:take])
            if name in members:
                data, current, inner = _load(current, members[name]), current / name, inner[take:]
                break
        else:
            raise InputFileError(path, f"no member '{'/'.join(inner)}' in {current.name}")
    return data


def exists(path: Path) -> bool:
    """True for a real file or a member that can be found in its container."""
    try:
        read_source(path)
    except InputFileError:
        return False
    return True


def _split(path: Path) -> tuple[Path | None, list[str]]:
    """The real container file at the start of ``path`` and the member names after it."""
    inner: list[str] = []
    current = path
    while current != current.parent:
        if current.is_file():
            return (current, inner) if is_container(current) else (None, [])
        inner.insert(0, current.name)
        current = current.parent
    return None, []


def expand(paths: list[Path]) -> list[Path]:
    """Every document under ``paths``: folders walked (sorted), containers opened.

    A message is listed before its attachments, so they get the numbers after it in the
    inventory. Hidden files are skipped. A container that cannot be opened is listed
    itself, and reading it later records why.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            for p in sorted(path.rglob("*")):
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts):
                    files.extend(_expand_file(p))
        else:
            files.extend(_expand_file(path))
    return files


def _expand_file(path: Path, data: bytes | None = None, depth: int = 0) -> list[Path]:
    suffix = path.suffix.lower()
    if suffix not in ARCHIVE_SUFFIXES | MESSAGE_SUFFIXES or depth > MAX_DEPTH:
        return [path]
    try:
        data = read_source(path) if data is None else data
        members = _members(path, data)
    except InputFileError as exc:
        log.warning("%s", exc)
        return [path]
    out = [] if suffix in ARCHIVE_SUFFIXES else [path]  # an archive is no document; a message is
    for name, ref in members:
        try:
            member_data = _load(path, ref) if is_container(PurePosixPath(name)) else None  # type: ignore[arg-type]
        except InputFileError as exc:
            log.warning("%s", exc)
            member_data = None
        out.extend(_expand_file(path / name, member_data, depth + 1) if member_data is not None else [path / name])
    return out


def _members(container: Path, data: bytes) -> list[tuple[str, object]]:
    """(name, reference) of each member, in order; the reference is what :func:`_load` needs."""
    suffix = container.suffix.lower()
    if suffix in MESSAGE_SUFFIXES:
        attachments = parse(container, data).attachments
        return list(zip(attachment_names([a.name for a in attachments]), [a.data for a in attachments]))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputFileError(container, f"not a readable zip file ({exc})") from exc
    infos = [i for i in archive.infolist() if not i.is_dir() and _safe_member(i.filename)]
    if len(infos) > MAX_MEMBERS:
        raise InputFileError(container, f"more than {MAX_MEMBERS} files in the archive")
    return sorted(((i.filename, (archive, i)) for i in infos), key=lambda m: m[0])


def _load(container: Path, ref: object) -> bytes:
    if isinstance(ref, bytes):
        return ref
    archive, info = ref  # type: ignore[misc]
    if info.flag_bits & 0x1:
        raise InputFileError(container / info.filename, "the zip member is encrypted (password protected)")
    if info.file_size > MAX_MEMBER_BYTES:
        raise InputFileError(container / info.filename, f"larger than {MAX_MEMBER_BYTES // 2**20} MB unpacked")
    try:
        with archive.open(info) as fh:
            data = fh.read(MAX_MEMBER_BYTES + 1)  # the size in the header may lie
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
        raise InputFileError(container / info.filename, f"cannot be unpacked ({exc})") from exc
    if len(data) > MAX_MEMBER_BYTES:
        raise InputFileError(container / info.filename, f"larger than {MAX_MEMBER_BYTES // 2**20} MB unpacked")
    return data


def _safe_member(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return bool(parts) and not name.startswith("/") and ".." not in parts and not any(
        p.startswith(".") or p == "__MACOSX" for p in parts)


def attachment_names(raw: list[str]) -> list[str]:
    """File names fit to be a path segment, unique within the message, order kept."""
    names: list[str] = []
    for i, name in enumerate(raw, start=1):
        clean = _UNSAFE.sub("_", name).strip(" .") or f"bijlage-{i}"
        stem, dot, ext = clean.rpartition(".")
        base, n = clean, 2
        while base in names:
            base = f"{stem} ({n}).{ext}" if dot else f"{clean} ({n})"
            n += 1
        names.append(base)
    return names


def parent_message(path: Path) -> Path | None:
    """The message a document is attached to, or None."""
    parent = Path(path).parent
    return parent if parent.suffix.lower() in MESSAGE_SUFFIXES and not Path(path).is_file() and not parent.is_dir() \
        else None


def family_root(path: Path) -> Path | None:
    """The outermost message of an attachment chain (the family head), or None."""
    root = None
    current = parent_message(path)
    while current is not None:
        root = current
        current = parent_message(current)
    return root
