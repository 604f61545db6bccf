"""Screening on a Dask distributed cluster (``redactor screen --cluster ADDRESS``).

Dask is the natural fit for a Python batch job: tasks are plain functions, workers keep
state between tasks (each loads the detectors once), and a scheduler on one machine plus
workers on many needs no other infrastructure. Workers must see the files under the same
paths (a shared folder); results come back to the process that writes the dossier (a
shared PostgreSQL dossier for a team).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from redactor.errors import RedactorError
from redactor.screening import Screened, _work, worker_ready

CONNECT_TIMEOUT = "10s"


def _screen_on_worker(path: str, password: str | None, ground_set: str, rules: str) -> Screened:
    worker_ready(ground_set, rules)  # once per worker process
    return _work(Path(path), password)


def screen_on_cluster(files: list[Path], address: str, ground_set: str, rules: str,
                      passwords: Callable[[Path], str | None] | None = None) -> Iterator[Screened]:
    """Screen ``files`` on the cluster at ``address``; results as they complete.

    Raises:
        RedactorError: the cluster cannot be reached or dask.distributed is not installed.
    """
    try:
        from distributed import Client, as_completed
    except ImportError as exc:
        raise RedactorError("--cluster needs dask.distributed: pip install 'woo-redactor[cluster]'") from exc
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        raise RedactorError(f"cannot reach the cluster scheduler at {address}: {exc}") from exc
    try:
        futures = client.map(_screen_on_worker, [str(f) for f in files],
                             [passwords(f) if passwords else None for f in files],
                             ground_set=ground_set, rules=rules, pure=False)
        for future in as_completed(futures):
            yield future.result()
    finally:
        client.close()
