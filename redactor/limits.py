"""Per-document limits: how long and how much memory reading or exporting one document may take.

A hostile or broken file (a decompression bomb, a page with millions of objects, a
damaged structure MuPDF loops over) must end as a clear error for that one file,
never as a hung or crashed batch. Two mechanisms:

* Work on an untrusted file runs in a worker process (:class:`Worker`), which lowers
  its own address-space limit (``setrlimit``) before it reads anything and is killed
  by its parent when a document overruns the time limit. The parent records a
  :class:`ResourceLimitError` for that file, starts a fresh worker and goes on.
  :func:`run_limited` drives a few of these workers over a list of tasks.
* Code that runs in the caller's own process (export, which the reviewer's decisions
  feed) checks a :class:`Deadline` between steps.

Both limits come from :meth:`Limits.from_env`: ``REDACTOR_DOC_TIMEOUT`` (seconds,
default 120) and ``REDACTOR_DOC_MEMORY_MB`` (default 2048); ``0`` switches one off.
The memory limit needs the ``resource`` module (not on Windows, where only the time
limit holds).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from redactor.errors import InputFileError, RedactorError

log = logging.getLogger(__name__)

DEFAULT_SECONDS = 120.0
DEFAULT_MEMORY_MB = 2048
STARTUP_SECONDS = 300.0  # a worker loading the detectors on a busy machine


@dataclass(frozen=True)
class Limits:
    """Time (wall clock) and memory (on top of what the worker already uses) per document."""

    seconds: float = DEFAULT_SECONDS
    memory_mb: int = DEFAULT_MEMORY_MB

    @classmethod
    def from_env(cls, environ: dict[str, str] | os._Environ[str] | None = None) -> Limits:
        """Limits from ``REDACTOR_DOC_TIMEOUT`` / ``REDACTOR_DOC_MEMORY_MB``, defaults where unset.

        Raises:
            RedactorError: a value is not a number.
        """
        env = os.environ if environ is None else environ
        try:
            seconds = float(env.get("REDACTOR_DOC_TIMEOUT", DEFAULT_SECONDS))
            memory = int(env.get("REDACTOR_DOC_MEMORY_MB", DEFAULT_MEMORY_MB))
        except ValueError as exc:
            raise RedactorError(f"REDACTOR_DOC_TIMEOUT / REDACTOR_DOC_MEMORY_MB must be numbers ({exc})") from exc
        return cls(max(seconds, 0.0), max(memory, 0))


class ResourceLimitError(InputFileError):
    """A document took longer or needed more memory than one document may."""


class Deadline:
    """The time limit for one document in this process: ``check`` between steps."""

    def __init__(self, path: Path | str, limits: Limits | None = None) -> None:
        self.path = Path(path)
        self.seconds = (limits or Limits.from_env()).seconds
        self.ends = time.monotonic() + self.seconds if self.seconds else float("inf")

    def check(self, step: str) -> None:
        """Raise if the time is up.

        Raises:
            ResourceLimitError: naming the step that was running.
        """
        if time.monotonic() > self.ends:
            raise ResourceLimitError(self.path, f"{step} took longer than the {self.seconds:g} s limit per "
                                                "document (REDACTOR_DOC_TIMEOUT); split the file or raise the limit")


def limit_memory(megabytes: int) -> None:
    """Cap this process's address space at what it uses now plus ``megabytes``.

    Measured from the current size, so a worker that has loaded its detectors still
    gets the full amount for the document. A no-op where ``resource`` is missing.
    """
    try:
        import resource
    except ImportError:  # Windows: only the time limit applies
        return
    if megabytes <= 0:
        return
    current = _address_space()
    limit = current + megabytes * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def quiet_mupdf() -> None:
    """Worker initializer: no MuPDF messages on the terminal (the file's error is reported once)."""
    import pymupdf

    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)


def _address_space() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


# -- worker processes ------------------------------------------------------------------------------------

# ("ok", value) | ("error", message of a RedactorError, which names the file) |
# ("failed", why, without the file's name: over a limit, the worker died, an unexpected exception)
Outcome = tuple[str, Any]


_PRELOAD = ["redactor.ingest", "redactor.limits"]


def _context() -> multiprocessing.context.BaseContext:
    # forkserver where there is one: a fresh worker costs a fork of a clean, single-threaded
    # server (milliseconds), and the desktop app's threads are never copied. spawn elsewhere.
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def start_workers_early(modules: list[str]) -> None:
    """Start the fork server now, importing ``modules`` once there, while the caller does other work.

    Every worker forked from it then starts with those modules loaded (the detection
    engine takes about a second to import); a server already running keeps its modules.
    """
    for module in modules:
        if module not in _PRELOAD:
            _PRELOAD.append(module)
    if "forkserver" in multiprocessing.get_all_start_methods():
        from multiprocessing import forkserver

        _context()
        forkserver.ensure_running()


def _worker_main(conn: Connection, memory_mb: int, initializer: Callable[..., None] | None,
                 initargs: tuple[Any, ...], env: dict[str, str]) -> None:
    """Loop of one worker: receive (function, args, environment), run it, send the outcome."""
    _set_environ(env)  # a forkserver child starts with the server's environment, not the caller's
    broken = ""
    try:
        if initializer is not None:
            initializer(*initargs)
    except Exception as exc:  # noqa: BLE001 - said once per task below, instead of dying on each restart
        broken = f"the worker could not start ({type(exc).__name__}: {_first_line(exc)})"
    limit_memory(memory_mb)
    conn.send(("ready", None))  # the parent's clock for the first task starts now, not before the detectors load
    while True:
        try:
            message = conn.recv_bytes()
        except EOFError:
            return
        if broken:
            conn.send(("failed", broken))
            continue
        try:
            fn, args, env = pickle.loads(message)  # may import the task's module: inside the limits
            _set_environ(env)
            outcome: Outcome = ("ok", fn(*args))
        except MemoryError:
            outcome = ("failed", _OVER_MEMORY.format(megabytes=memory_mb))
        except RedactorError as exc:
            outcome = ("error", str(exc))
        except Exception as exc:  # noqa: BLE001 - any failure on a hostile file is that file's error
            outcome = ("failed", f"could not be processed ({type(exc).__name__}: {_first_line(exc)})")
        try:
            conn.send(outcome)
        except MemoryError:
            conn.send(("failed", "the result is too large to return"))


def _set_environ(env: dict[str, str]) -> None:
    if env != os.environ:
        os.environ.clear()
        os.environ.update(env)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:160] if text else "no message"


class Worker:
    """One worker process running tasks under the limits; started again after a crash or overrun."""

    def __init__(self, limits: Limits, initializer: Callable[..., None] | None = None,
                 initargs: tuple[Any, ...] = ()) -> None:
        self.limits = limits
        self.initializer, self.initargs = initializer, initargs
        self.process: multiprocessing.process.BaseProcess | None = None
        self.conn: Connection | None = None
        self.started_task = 0.0
        self.ready = False

    def start(self) -> None:
        context = _context()
        parent, child = context.Pipe()
        self.process = context.Process(target=_worker_main, daemon=True,
                                       args=(child, self.limits.memory_mb, self.initializer, self.initargs,
                                             dict(os.environ)))
        self.process.start()
        child.close()
        self.conn = parent
        self.ready = False

    def send(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        if self.process is None or not self.process.is_alive():
            self.start()
        assert self.conn is not None
        self.conn.send((fn, args, dict(os.environ)))
        self.started_task = time.monotonic()

    def receive(self) -> Outcome | None:
        """The outcome of the running task, or None if the worker only said it is ready (call when
        ``conn`` is readable)."""
        assert self.conn is not None and self.process is not None
        try:
            message = self.conn.recv()
            if message[0] == "ready":
                self.ready, self.started_task = True, time.monotonic()
                return None
            return message
        except (EOFError, OSError):
            self.process.join(5)
            code = self.process.exitcode
            self.stop()
            how = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
            why = (f"the process reading it stopped unexpectedly ({how}); the file is probably damaged or needs "
                   f"more than the {self.limits.memory_mb} MB memory limit")
            return ("failed", why)

    def overdue(self, now: float) -> bool:
        """Over the time limit for the task (starting a worker may take up to STARTUP_SECONDS more)."""
        allowed = self.limits.seconds if self.ready else max(self.limits.seconds, STARTUP_SECONDS)
        return bool(self.limits.seconds) and now - self.started_task > allowed

    def stop(self) -> None:
        """Kill the process (a running task is abandoned); ``send`` starts a new one."""
        if self.process is not None and self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        if self.conn is not None:
            self.conn.close()
        self.process, self.conn = None, None

    def close(self) -> None:
        if self.conn is not None and self.process is not None and self.process.is_alive():
            self.conn.close()  # the worker sees EOF and returns
            self.process.join(2)
        self.stop()


def run_limited(fn: Callable[..., Any], tasks: Iterable[tuple[Any, ...]], limits: Limits, workers: int = 1,
                initializer: Callable[..., None] | None = None, initargs: tuple[Any, ...] = ()) -> Iterator[Outcome]:
    """Run ``fn(*task)`` for every task in worker processes; outcomes in task order.

    ``fn`` and its arguments and result must pickle. A task that overruns the time
    limit, exhausts the memory limit or kills its worker yields ``("failed", why)``;
    the others are not affected.
    """
    todo = deque(enumerate(tasks))
    pool = [Worker(limits, initializer, initargs) for _ in range(max(1, min(workers, len(todo))))]
    idle = list(pool)
    busy: dict[Connection, tuple[Worker, int]] = {}
    finished: dict[int, Outcome] = {}
    next_out = 0
    try:
        while todo or busy:
            while idle and todo:
                worker = idle.pop()
                index, task = todo.popleft()
                worker.send(fn, task)
                busy[worker.conn] = (worker, index)  # type: ignore[index]
            for conn in wait(list(busy), timeout=_wait_time(busy, limits)):
                worker, index = busy[conn]  # type: ignore[index]
                outcome = worker.receive()
                if outcome is not None:
                    del busy[conn]  # type: ignore[arg-type]
                    finished[index] = outcome
                    idle.append(worker)
            now = time.monotonic()
            for conn, (worker, index) in list(busy.items()):
                if worker.overdue(now):
                    worker.stop()
                    del busy[conn]
                    finished[index] = ("failed", _OVERRUN.format(seconds=limits.seconds))
                    idle.append(worker)
            while next_out in finished:
                yield finished.pop(next_out)
                next_out += 1
    finally:
        for worker in pool:
            worker.close()


_OVER_MEMORY = "needs more than the {megabytes} MB memory limit per document (REDACTOR_DOC_MEMORY_MB)"
_OVERRUN = "took longer than the {seconds:g} s limit per document (REDACTOR_DOC_TIMEOUT)"


def _wait_time(busy: dict[Connection, tuple[Worker, int]], limits: Limits) -> float | None:
    if not limits.seconds:
        return None
    now = time.monotonic()
    ends = [w.started_task + (limits.seconds if w.ready else max(limits.seconds, STARTUP_SECONDS))
            for w, _ in busy.values()]
    return max(0.0, min(ends) - now) + 0.01
