"""Scale benchmark: screening and export of an N-page dossier against plain PyMuPDF, in one run.

    python bench/scale.py --pages 1000 [--findings 1000000] [--cluster-workers 2] [--scans 0.05]

Prints, each with its baseline measured in the same run:
- screening pages/s (ingest + detection + store, local process pool) vs plain PyMuPDF word extraction
  on the same number of worker processes; re-screening an unchanged dossier;
- export pages/s (redact, sanitise, verify, publish) vs plain PyMuPDF redact-and-save of the same boxes,
  without and with the publication package (stamped numbers, merged PDF, inventory annex);
- peak memory (RSS) of the screening and export runs;
- optionally: a Dask LocalCluster run, and filtering a store with --findings rows.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).parent))
from make_dossier import make  # noqa: E402

REDACTOR = [sys.executable, "-m", "redactor", "-q"]


def _words(path: Path) -> int:
    with pymupdf.open(path) as doc:
        return sum(len(p.get_text("words")) for p in doc)


def _plain_redact(job: tuple[str, dict[int, list[list[float]]], str]) -> None:
    src, boxes, out = job
    with pymupdf.open(src) as doc:
        for pno, rects in boxes.items():
            page = doc[pno - 1]
            for r in rects:
                page.add_redact_annot(r, fill=(0, 0, 0))
            page.apply_redactions()
        doc.save(out, garbage=4, deflate=True)


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall time and peak RSS (MB) of a child process."""
    start = time.perf_counter()
    subprocess.run(cmd, check=True)
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return wall, peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--findings", type=int, default=0, help="also time filtering a store with this many findings")
    ap.add_argument("--cluster-workers", type=int, default=0, help="also screen on a Dask LocalCluster")
    ap.add_argument("--scans", type=float, default=0.0,
                    help="share of documents that are scans (OCR'd when screened; the baseline reads no text there)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        paths = make(tmp / "dossier", args.pages, scans=args.scans)
        db = str(tmp / "d.sqlite")

        start = time.perf_counter()
        with ProcessPoolExecutor(args.workers) as pool:
            list(pool.map(_words, paths))
        base_screen = time.perf_counter() - start
        screen, screen_mb = timed([*REDACTOR, "screen", str(tmp / "dossier"), "--db", db, "--json",
                                   str(tmp / "f.json"), "--workers", str(args.workers)])
        again, _ = timed([*REDACTOR, "screen", str(tmp / "dossier"), "--db", db])

        findings = json.loads((tmp / "f.json").read_text())["findings"]
        boxes: dict[str, dict[int, list[list[float]]]] = {}
        for f in findings:
            boxes.setdefault(f["document"], {}).setdefault(f["page"], []).extend(f["rects"])
        (tmp / "plain").mkdir()
        jobs = [(str(p), boxes.get(p.name, {}), str(tmp / "plain" / p.name)) for p in paths]
        start = time.perf_counter()
        with ProcessPoolExecutor(args.workers) as pool:
            list(pool.map(_plain_redact, jobs))
        base_export = time.perf_counter() - start
        export, export_mb = timed([*REDACTOR, "export", str(tmp / "dossier"), "--db", db, "--out",
                                   str(tmp / "out"), "--accept-all", "--no-publication", "--workers",
                                   str(args.workers)])
        # the same export again with the publication package (numbers stamped, merged PDF, annex)
        package, _ = timed([*REDACTOR, "export", str(tmp / "dossier"), "--db", db, "--out", str(tmp / "pub"),
                            "--workers", str(args.workers)])

        n = args.pages
        print(f"pages {n}, findings {len(findings)}, workers {args.workers}")
        print(f"screen  baseline (PyMuPDF words)        {n / base_screen:9.1f} pages/s")
        print(f"screen  redactor                        {n / screen:9.1f} pages/s   ratio {base_screen / screen:.3f}")
        print(f"screen  again, unchanged                {again:9.2f} s")
        print(f"export  baseline (PyMuPDF redact+save)  {n / base_export:9.1f} pages/s")
        print(f"export  redactor (sanitise + verify)    {n / export:9.1f} pages/s   ratio {base_export / export:.3f}")
        print(f"export  with the publication package    {n / package:9.1f} pages/s   ratio {base_export / package:.3f}")
        print(f"peak RSS of any child process           {max(screen_mb, export_mb):9.0f} MB")

        if args.cluster_workers:
            from distributed import LocalCluster

            with LocalCluster(n_workers=args.cluster_workers, threads_per_worker=1, host="127.0.0.1",
                              dashboard_address=None) as cluster:
                wall, _ = timed([*REDACTOR, "screen", str(tmp / "dossier"), "--db", str(tmp / "c.sqlite"),
                                 "--cluster", cluster.scheduler_address])
            print(f"cluster {args.cluster_workers} workers                       {n / wall:9.1f} pages/s")
        if args.findings:
            print(f"filter  {args.findings} findings: {filter_benchmark(tmp / 'big.sqlite', args.findings)}")


def filter_benchmark(path: Path, count: int) -> str:
    """Insert ``count`` findings over 1,000 documents, then time the review app's queries."""
    from sqlalchemy import func, insert, select
    from sqlalchemy.orm import Session

    from redactor.store import CandidateRow, DocumentRow, DossierStore, sqlite_url

    store = DossierStore(sqlite_url(path))
    with Session(store.engine) as s, s.begin():
        s.execute(insert(DocumentRow), [dict(dossier_id=1, number=i + 1, path=f"/d/{i}.pdf", name=f"{i}.pdf",
                                             pages=10, language="nl", title="", date="", warnings=[])
                                        for i in range(1000)])
        ids = list(s.scalars(select(DocumentRow.id)))
        entities = ["PERSON", "PHONE", "EMAIL", "BSN", "PASSAGE"]
        batch = []
        for i in range(count):
            batch.append(dict(document_id=ids[i % len(ids)], page=1 + i % 10, start=i, end=i + 5, text="x",
                              rects=[[0, 0, 1, 1]], entity=entities[i % 5], interest="personal_privacy",
                              ground="5.1.2e", score=0.8, source="bench", rule="bench", reason="", status="suggested",
                              version=0))
            if len(batch) == 50_000:
                s.execute(insert(CandidateRow), batch)
                batch = []
        if batch:
            s.execute(insert(CandidateRow), batch)
    start = time.perf_counter()
    one_doc = store.candidates(ids[500])
    t_doc = time.perf_counter() - start
    start = time.perf_counter()
    with Session(store.engine) as s:
        per_entity = s.execute(select(CandidateRow.entity, func.count()).group_by(CandidateRow.entity)).all()
    t_all = time.perf_counter() - start
    return (f"one document's {len(one_doc)} findings in {t_doc * 1000:.1f} ms; counts per entity over the "
            f"dossier ({sum(c for _, c in per_entity)}) in {t_all * 1000:.0f} ms")


if __name__ == "__main__":
    main()
