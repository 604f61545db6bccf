"""How fast one writer stores screening results: the ceiling for screening on a cluster, where every
worker's findings go through the process that runs ``redactor screen --cluster``.

    python bench/store_writes.py [--db postgresql+psycopg://user:pw@host/db] [--documents 100]

Writes ``--documents`` documents of 1,000 findings each with ``DossierStore.save_screening`` (as the
pipeline does) into a fresh SQLite file, and also into ``--db`` when given (an empty database).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from redactor.document import Document, Page
from redactor.findings import Candidate
from redactor.store import DossierStore, sqlite_url

PER_DOCUMENT = 1000


def rate(url: str, documents: int, folder: Path) -> float:
    store = DossierStore(url, name="store-writes")
    start = time.perf_counter()
    for i in range(documents):
        doc = Document(path=folder / f"doc{i}.pdf", sha256=f"{i:064x}", pages=[Page(1, 595, 842, "x", [None])])
        store.save_screening(doc, [
            Candidate(doc.name, 1 + j % 10, j, j + 15, "Pieter de Vries", "PERSON", "personal_privacy", "5.1.2e",
                      0.85, "people", "name.chain", "naam in de aanhef", [(72.0, 100.0 + j % 700, 160.0, 112.0)])
            for j in range(PER_DOCUMENT)], "bench")
    return documents * PER_DOCUMENT / (time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", help="also write into this (empty) database URL")
    ap.add_argument("--documents", type=int, default=100)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        urls = [sqlite_url(Path(tmp) / "dossier.sqlite")] + ([args.db] if args.db else [])
        for url in urls:
            print(f"{url.split(':')[0]:<20} {rate(url, args.documents, Path(tmp)):10,.0f} findings/s "
                  f"({args.documents} documents of {PER_DOCUMENT} findings, one writer)")


if __name__ == "__main__":
    main()
