"""Typed errors of the core. The CLI and the GUI translate them at the edge.

Each error carries the exit code the CLI uses and a message that says what is
wrong and, where possible, what to do next. Messages never contain document text.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    """Process exit codes, as promised in the guide."""

    ok = 0
    findings = 1  # verify found leaks / screen reported findings where asked
    bad_input = 2


class RedactorError(Exception):
    """Base class: something the user can act on."""

    exit_code: ExitCode = ExitCode.bad_input


class InputFileError(RedactorError):
    """A source file cannot be read as a document."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")


# How the core words an encrypted PDF; the edges add how to give the password (CLI: --password, app: unlock).
ENCRYPTED = "the PDF is encrypted (password protected)"
WRONG_PASSWORD = "the PDF is encrypted and the password given does not open it"


def needs_password(message: str) -> bool:
    """Whether a file's error message (as stored for a document) says it is an encrypted PDF."""
    return ENCRYPTED in message or WRONG_PASSWORD in message


class EncryptedPdfError(InputFileError):
    """The PDF needs a password we were not given (or the one given is wrong)."""

    def __init__(self, path: Path | str, wrong_password: bool = False) -> None:
        super().__init__(path, WRONG_PASSWORD if wrong_password else ENCRYPTED)


class RulePackError(RedactorError):
    """A rule pack or ground set does not validate."""

    def __init__(self, file: Path | str, rule: str, field: str, problem: str) -> None:
        self.file, self.rule, self.field, self.problem = Path(file), rule, field, problem
        super().__init__(f"{self.file.name}: rule '{rule}', field '{field}': {problem}")


class DossierError(RedactorError):
    """The dossier database cannot be opened or is inconsistent."""


class ExportVerificationError(RedactorError):
    """The exported file failed its leak check; nothing was published."""

    exit_code = ExitCode.findings

    def __init__(self, document: str, problems: list[str]) -> None:
        self.document, self.problems = document, problems
        super().__init__(
            f"{document}: export refused, verification found {len(problems)} problem(s): "
            + "; ".join(problems[:3])
        )
