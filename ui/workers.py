"""Long work (screening, searching, export) off the GUI thread, with progress and cancel.

A :class:`Job` wraps a plain function that takes the core's progress callback
(``progress(done, total, name)``). The callback raises :class:`Cancelled` once
:meth:`Job.cancel` was called, so the core stops between two files. Errors from the
core arrive as the ``failed`` signal with the core's message; nothing is lost.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from redactor.errors import RedactorError
from redactor.review import Cancelled, Progress

log = logging.getLogger(__name__)

__all__ = ["Cancelled", "Job"]


class Job(QObject):
    """One piece of background work. Keep a reference until it has finished."""

    progress = Signal(int, int, str)  # done, total, file name
    done = Signal(object)  # the function's result
    failed = Signal(str)  # the core's message
    cancelled = Signal()
    finished = Signal()  # after any of done / failed / cancelled

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None, subject: str = "") -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self.running = False
        self.subject = subject  # what the work is on (a folder, a dossier): named when it fails

    def start(self, pool: QThreadPool | None = None) -> None:
        self.running = True
        (pool or QThreadPool.globalInstance()).start(_Runnable(self))

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _report(self, done: int, total: int, name: str) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.progress.emit(done, total, name)

    def _run(self) -> None:
        try:
            result = self._work(self._report)
        except Cancelled:
            self.cancelled.emit()
        except RedactorError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # anything else is a bug: the traceback goes to the log, the reviewer gets a sentence
            log.exception("background work failed")
            self.failed.emit(self.unexpected(exc))
        else:
            self.done.emit(result)
        finally:
            self.running = False
            self.finished.emit()

    def unexpected(self, exc: BaseException) -> str:
        """A problem the core did not foresee, in one plain sentence: the file (or else what the work was on) and
        what went wrong, without the exception's class or a traceback (those are logged)."""
        where = Path(exc.filename).name if isinstance(exc, OSError) and exc.filename else self.subject
        problem = " ".join((exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)).split())
        problem = problem.rstrip(".") if len(problem) <= 160 else problem[:157] + "…"
        if not problem:
            problem = self.tr("no explanation given")
        if where:
            return self.tr("{file}: stopped by an unexpected problem ({problem}).").format(file=where, problem=problem)
        return self.tr("Stopped by an unexpected problem ({problem}).").format(problem=problem)


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job._run()
