"""The review app on a 10,000-page dossier with 100,000 findings: time to the first page, document
switches, the findings list (fill, filters, next finding) and memory, each against a baseline measured
in the same run (plain PyMuPDF open+render of the same page, plain SQLAlchemy selects of the same rows).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/app_dossier.py --pages 10000 --findings 100000

Quick run: ``--pages 1000 --findings 10000``. ``--dir DIR`` keeps the built dossier in DIR and reuses it
on the next run (the app's accept presses add a few decisions each run); ``--profile`` also prints
where opening the dossier spends its time.

How the dossier is built (in a child process, so its memory does not count as the app's):

- ``--sample`` 10-page memos/e-mails/letters from bench/make_dossier.py are generated and screened for
  real (``Dossier.screen``, 2 workers); every other document is a byte copy of one of them and gets
  findings copied from its source's real findings (so every box sits on its words, with the entities,
  grounds, rules, reasons and statuses screening produces). Rows are inserted in bulk with SQLAlchemy Core,
  as bench/scale.py does, so no 10-minute screening of 10,000 pages is needed.
- one large document (``--large-pages``, default 500 pages: the samples merged) keeps all the samples'
  findings (several thousand): the findings list's worst case. It sits in the middle of the list.
- the rest of ``--findings`` is spread evenly over the other documents, evenly over their pages.
- the first ``--decided`` share of the documents is fully reviewed (accept, some reject), as in a review
  in progress. These decisions are bulk inserted too, without audit entries.

The app part opens the real main window offscreen on that database through ``MainWindow.open_database``
(File > Open dossier database) and drives it with the keyboard and the list, as a reviewer does. Every
timing runs until the widgets concerned have received their paint event (Qt events processed), so
painting is included. Nothing is asserted; the figures are printed. Where PySide6 loses references to None
(6.12 on Python 3.11: the last line says so), the run ends with ``os._exit`` after printing, because the
interpreter's shutdown would abort.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CANDIDATE_COLUMNS = ("page", "start", "end", "text", "rects", "entity", "interest", "ground", "score", "source",
                     "rule", "reason", "status")


# -- building the dossier (child process) -------------------------------------------------------------------
def build(folder: Path, pages: int, findings: int, per_doc: int, sample: int, large_pages: int,
          decided: float) -> dict:
    """Write the PDFs and the dossier database into ``folder``; return what the app part needs."""
    import hashlib
    import random

    import pymupdf
    from make_dossier import make
    from sqlalchemy import insert, select
    from sqlalchemy.orm import Session

    from redactor.models import now
    from redactor.pipeline import Dossier
    from redactor.store import CandidateRow, DecisionRow, DocumentRow, DossierStore, sqlite_url

    started = time.perf_counter()
    rng = random.Random(11)
    docs_dir, sample_dir = folder / "dossier", folder / "sample"
    docs_dir.mkdir(parents=True)
    large_pages = max(0, min(large_pages, pages - per_doc))
    small_docs = max(1, (pages - large_pages) // per_doc)
    sample = max(1, min(sample, small_docs))
    sources = make(sample_dir, sample * per_doc, per_doc=per_doc)
    # screen the samples for real: their findings are the templates of every copy
    sample_store = DossierStore(sqlite_url(folder / "sample.sqlite"), name="sample")
    t = time.perf_counter()
    Dossier(sample_store, "woo").screen([sample_dir], workers=2)
    screen_seconds = time.perf_counter() - t
    by_name = {d.name: d for d in sample_store.documents()}
    templates: list[list[dict]] = []
    with Session(sample_store.engine) as s:
        for src in sources:
            row = by_name[src.name]
            cols = [getattr(CandidateRow, c) for c in CANDIDATE_COLUMNS]
            templates.append([dict(zip(CANDIDATE_COLUMNS, r)) for r in s.execute(
                select(*cols).where(CandidateRow.document_id == row.id, CandidateRow.status != "gone")
                .order_by(CandidateRow.page, CandidateRow.start))])
    detection_version = next(iter(by_name.values())).detection_version
    sample_store.engine.dispose()

    # the files: copies of the samples, and one large document merging them
    files: list[tuple[Path, int, list[dict]]] = []  # path, pages, findings available
    for i in range(small_docs):
        k = i % sample
        path = docs_dir / f"doc-{i + 1:05d}.pdf"
        shutil.copyfile(sources[k], path)
        files.append((path, per_doc, templates[k]))
    large_findings: list[dict] = []
    at = len(files) // 2  # the large document's place: the middle of the list
    if large_pages:
        merged = pymupdf.open()
        k = 0
        while merged.page_count < large_pages:
            offset = merged.page_count
            with pymupdf.open(sources[k % sample]) as src:
                merged.insert_pdf(src, to_page=min(src.page_count, large_pages - offset) - 1)
            large_findings += [{**f, "page": f["page"] + offset} for f in templates[k % sample]
                               if f["page"] + offset <= large_pages]
            k += 1
        path = docs_dir / "large-00000.pdf"
        merged.save(path, garbage=3, deflate=True)
        merged.close()
        large_findings = large_findings[:max(1, findings // 4)]
        files.insert(at, (path, large_pages, large_findings))

    # findings per document: the large one keeps its own, the rest is spread evenly
    quota = {at: len(large_findings)} if large_pages else {}
    others = [i for i in range(len(files)) if i not in quota]
    left = max(0, findings - sum(quota.values()))
    for n, i in enumerate(others):
        want = left // (len(others) - n)
        quota[i] = min(want, len(files[i][2]))
        left -= quota[i]

    store = DossierStore(sqlite_url(folder / "dossier.sqlite"), name="bench")
    stamp = now()
    with Session(store.engine) as s, s.begin():
        s.execute(insert(DocumentRow.__table__), [{
            "dossier_id": store.dossier_id, "number": n + 1, "path": str(path.resolve()), "name": path.name,
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest(), "pages": count, "language": "nl", "title": "",
            "date": "", "warnings": [], "detection_version": detection_version, "screened_at": stamp, "kind": "pdf"}
            for n, (path, count, _) in enumerate(files)])
        ids = list(s.scalars(select(DocumentRow.id).order_by(DocumentRow.number)))
        batch: list[dict] = []
        total = 0
        for i, (_, _, available) in enumerate(files):
            n = quota[i]
            # evenly over the document: every page keeps some of its findings
            for j in range(n):
                batch.append(dict(available[j * len(available) // n], document_id=ids[i], version=0))
            total += n
            if len(batch) >= 50_000:
                s.execute(insert(CandidateRow.__table__), batch)
                batch = []
        if batch:
            s.execute(insert(CandidateRow.__table__), batch)
        # a review in progress: the first documents are done
        done_docs = ids[:int(len(ids) * decided)]
        large_id = ids[at] if large_pages else None
        rows = s.execute(select(CandidateRow.id, CandidateRow.document_id).where(
            CandidateRow.document_id.in_([d for d in done_docs if d != large_id]),
            CandidateRow.status == "suggested")).all()
        decisions = [{"document_id": doc_id, "candidate_id": cid, "reviewer": "bench", "note": "",
                      "action": "reject" if rng.random() < 0.2 else "accept", "created_at": stamp}
                     for cid, doc_id in rows]
        for chunk in range(0, len(decisions), 50_000):
            s.execute(insert(DecisionRow.__table__), decisions[chunk:chunk + 50_000])
    store.engine.dispose()
    shutil.rmtree(sample_dir)
    return {"db": str(folder / "dossier.sqlite"), "documents": len(files), "pages": sum(f[1] for f in files),
            "findings": total, "decisions": len(decisions), "large_id": large_id,
            "large_findings": len(large_findings), "large_pages": large_pages, "sample_docs": sample,
            "sample_findings": sum(len(t) for t in templates), "screen_seconds": screen_seconds,
            "build_seconds": time.perf_counter() - started}


# -- measuring ---------------------------------------------------------------------------------------------
def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def med(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def p95(values: list[float]) -> float:
    return sorted(values)[min(len(values) - 1, int(len(values) * 0.95))] if values else float("nan")


class Table:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def row(self, what: str, app: float, base: float | None = None, note: str = "") -> None:
        b = f"{base * 1000:9.1f}" if base else f"{'—':>9}"
        r = f"{app / base:8.1f}" if base else f"{'—':>8}"
        self.lines.append(f"{what:<62}{app * 1000:9.1f}{b}{r}  {note}")

    def print(self) -> None:
        print(f"{'':<62}{'app ms':>9}{'base ms':>9}{'ratio':>8}")
        for line in self.lines:
            print(line)


def run_app(meta: dict, args: argparse.Namespace, tmp: Path, cleanup) -> None:
    import pymupdf
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import create_engine, select, text
    from sqlalchemy.orm import Session

    import ui.settings
    from redactor.store import CandidateRow, DecisionRow, DocumentRow, sqlite_url
    from ui.main_window import MainWindow
    from ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    ui.settings.SETTINGS_FILE = tmp / "settings.ini"  # the reviewer's own settings stay untouched
    from ui import i18n, style

    # as ui.app.create_window does: translations and the app's style (Fusion + style sheet) before the window
    app._translators = i18n.install(app, i18n.choose_language(args.lang))
    style.apply(app)
    pauses: list[float] = []  # full (generation 2) garbage collections while the app runs

    def on_gc(phase: str, info: dict) -> None:
        if info["generation"] == 2:
            if phase == "start":
                pauses.append(-time.perf_counter())
            elif pauses:
                pauses[-1] += time.perf_counter()

    db = Path(meta["db"])
    rss_start = rss_mb()

    class PaintProbe(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.painted: set[int] = set()

        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted.add(id(obj))
            return False

    probe = PaintProbe()
    misses: list[str] = []

    def timed(action, widgets, label: str) -> float:
        """Seconds from ``action`` until every widget in ``widgets`` has painted (events processed)."""
        probe.painted.clear()
        start = time.perf_counter()
        action()
        wanted = {id(w) for w in widgets}
        deadline = start + 10
        while not wanted <= probe.painted:
            app.processEvents()
            if time.perf_counter() > deadline:
                misses.append(label)
                break
        return time.perf_counter() - start

    # baselines' plain engine: no listeners, no ORM
    plain = create_engine(sqlite_url(db))
    cand = CandidateRow.__table__
    dec = DecisionRow.__table__

    def plain_rows(doc_id: int, **where) -> int:
        with plain.connect() as c:
            q = select(cand).where(cand.c.document_id == doc_id, cand.c.status != "gone")
            for k, v in where.items():
                q = q.where(cand.c[k] == v)
            rows = c.execute(q.order_by(cand.c.page, cand.c.start)).all()
            c.execute(select(dec).where(dec.c.document_id == doc_id, dec.c.candidate_id.is_not(None))).all()
        return len(rows)

    def plain_documents() -> int:
        with plain.connect() as c:
            return len(c.execute(select(DocumentRow.__table__).order_by(DocumentRow.number)).all())

    def plain_render(path: str, page: int, scale: float) -> None:
        with pymupdf.open(path) as pdf:
            pdf[page - 1].get_pixmap(matrix=pymupdf.Matrix(scale, scale), alpha=False)

    def best(fn, *a, repeat: int = 5, **kw) -> float:
        """Median of ``repeat`` runs."""
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            fn(*a, **kw)
            times.append(time.perf_counter() - t)
        return med(times)

    with Session(plain) as s:
        docs = list(s.execute(select(DocumentRow.id, DocumentRow.path).order_by(DocumentRow.number)).all())
    paths = dict(docs)
    # warm-up: MuPDF's one-time font setup and SQLite's first read are paid by neither side
    plain_render(docs[-1][1], 1, 1.0)
    plain_documents()

    gc.callbacks.append(on_gc)
    # PySide6 6.12 on Python < 3.12 (where None is not immortal) loses a reference to None on every call of a
    # Qt function returning None; when the count reaches 0 the interpreter aborts. Measure it once, up front.
    from PySide6.QtCore import QPoint

    point, refs = QPoint(), sys.getrefcount(None)
    for _ in range(1000):
        point.setX(1)
    none_leak = (refs - sys.getrefcount(None)) / 1000
    _compensation = [None] * max(0, refs - sys.getrefcount(None))  # give back what the probe took
    none_start = sys.getrefcount(None)
    t = time.perf_counter()
    window = MainWindow(Settings(), args.lang)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.activateWindow()
    app.processEvents()
    t_window = time.perf_counter() - t
    for w in (window.view.viewport(), window.documents.list.viewport(), window.panel.table.viewport()):
        w.installEventFilter(probe)
    view, doclist, table = window.view.viewport(), window.documents.list.viewport(), window.panel.table.viewport()
    rss_window = rss_mb()

    out = Table()
    profile_text = ""
    # 1. open the dossier: document list, first page and its findings painted
    if args.profile:
        import cProfile
        import io
        import pstats

        prof = cProfile.Profile()
        t_open = timed(lambda: prof.runcall(window.open_database, db), [view, doclist, table], "open")
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(25)
        profile_text = buf.getvalue()
    else:
        t_open = timed(lambda: window.open_database(db), [view, doclist, table], "open")
    qd = window.qd
    rss_open = rss_mb()
    first = window.cursor.document_id
    scale = window.view.zoom * window.view.devicePixelRatioF()
    b_docs = best(plain_documents)
    b_rows = best(plain_rows, first)
    b_render = best(plain_render, paths[first], 1, scale)
    out.row("open dossier -> list + first page + findings painted", t_open, b_docs + b_rows + b_render,
            "base: select documents + first doc's rows + PyMuPDF open+render p.1")
    # where the open goes: the same calls set_dossier makes, repeated on the side
    from ui.document_list import QtDocumentList
    from ui.groups import document_markers, dossier_groups

    t = time.perf_counter()
    progress = qd.session.progress_all()
    t_progress = time.perf_counter() - t
    out.row("  of which: progress of every document (progress_all)", t_progress, b_docs,
            "base: select documents")
    t = time.perf_counter()
    documents = qd.dossier.store.documents()
    t_docrows = time.perf_counter() - t
    out.row("  of which: document rows (store.documents, ORM)", t_docrows, b_docs, "base: select documents")
    side = QtDocumentList()
    t = time.perf_counter()
    side.set_documents(documents, progress.__getitem__, document_markers(dossier_groups(documents)))
    t_fill = time.perf_counter() - t
    out.row("  of which: fill document list widget (+ groups)", t_fill, None, f"{len(documents)} items")
    side.deleteLater()

    ids = window.documents.ids()
    large = meta["large_id"]

    # 2. next document (Alt+Down), a typical one
    window.view.setFocus()
    switches = []
    for _ in range(10):
        before = window.cursor.document_id
        switches.append(timed(lambda: QTest.keyClick(window.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
                              [view, table], "next document"))
        if window.cursor.document_id == before:
            misses.append("next document did not move")
    now_doc = window.cursor.document_id
    b_switch = best(lambda d=now_doc: (plain_rows(d), plain_render(paths[d], 1, scale)))
    out.row("next document (Alt+Down), median of 10", med(switches), b_switch,
            "base: its rows + PyMuPDF open+render p.1")

    # 3. the findings list on a typical document and on the large one
    from ui.dossier_model import QtDossier

    fresh = QtDossier(qd.dossier, "side")  # a second view of the open dossier: nothing cached yet

    def findings_list(doc_id: int, label: str) -> None:
        t = time.perf_counter()
        rows = fresh.rows(doc_id)
        load = time.perf_counter() - t
        out.row(f"findings of a document: store -> rows ({label}, {len(rows)})", load, best(plain_rows, doc_id),
                "base: plain select of the same rows")
        fill = timed(lambda: window.panel.set_rows(qd.rows(doc_id)), [table], f"fill {label}")
        out.row(f"findings list fill + paint ({label})", fill, None, "widgets only, rows already loaded")
        panel = window.panel
        for combo, name in ((panel.entity_filter, "entity"), (panel.ground_filter, "ground"),
                            (panel.state_filter, "state")):
            if combo.count() < 2:
                continue
            index = max(1, combo.findData({"entity": "PERSON", "ground": "5.1.2e", "state": "suggested"}[name]))
            value = combo.itemData(index)
            column = {"entity": "entity", "ground": "ground", "state": "status"}[name]
            t_set = timed(lambda c=combo, i=index: c.setCurrentIndex(i), [table], f"filter {name}")
            shown = len(panel.model.rows)
            t_clear = timed(lambda c=combo: c.setCurrentIndex(0), [table], f"clear {name}")
            base = best(plain_rows, doc_id, **{column: value})
            out.row(f"  filter by {name} ({label}, {shown} shown)", t_set, base, "base: select with that where")
            out.row(f"  clear {name} filter ({label})", t_clear, best(plain_rows, doc_id), "base: plain select")

    findings_list(window.cursor.document_id, "typical doc")

    # 4. next finding (N), on a typical document (base: PyMuPDF render of that page)
    def presses(label: str, count: int) -> None:
        window.view.setFocus()
        times = []
        for _ in range(count):
            doc_before = window.cursor.document_id
            times.append(timed(lambda: QTest.keyClick(window.view, Qt.Key.Key_N), [view, table], f"N {label}"))
            if window.cursor.document_id != doc_before:
                break
        renders = best(plain_render, paths[window.cursor.document_id], window.cursor.page, scale)
        out.row(f"next finding (N, {label}), median of {len(times)}", med(times), renders,
                f"p95 {p95(times) * 1000:.0f} ms; base: PyMuPDF render of the page")

    presses("typical doc", args.presses)

    # 5. accept (A): stored, the page, the findings list and the document list updated, next finding
    with plain.begin() as c:
        c.execute(text("CREATE TABLE IF NOT EXISTS bench_decision AS SELECT * FROM decision WHERE 0"))
    accepts = []
    for _ in range(10):
        accepts.append(timed(lambda: QTest.keyClick(window.view, Qt.Key.Key_A), [view, table], "accept"))

    def plain_insert() -> None:
        with plain.begin() as c:
            c.execute(text("INSERT INTO bench_decision (document_id, candidate_id, action, reviewer, note, created_at)"
                           " VALUES (1, 1, 'accept', 'bench', '', '2024-01-01')"))

    out.row("accept (A) -> stored, lists updated, next, median of 10", med(accepts), best(plain_insert),
            "base: plain insert+commit of one row")

    # 6. the large document: switch to it, its findings list, filters, N
    if large is not None:
        row_index = window.documents.ids().index(large)  # every document is selectable here
        t_large = timed(lambda: window.documents.list.setCurrentRow(row_index), [view, table], "large doc")
        out.row(f"click the large document ({meta['large_pages']} pages)", t_large,
                best(lambda: (plain_rows(large), plain_render(paths[large], 1, scale))),
                "base: its rows + PyMuPDF open+render p.1")
        findings_list(large, "large doc")
        presses("large doc", args.presses)

    # 7. document list: scroll to the end and back
    lst = window.documents.list
    out.row(f"document list scroll to end ({len(ids)} documents)", timed(lst.scrollToBottom, [doclist], "scroll"),
            note="no baseline")
    out.row("document list scroll to top", timed(lst.scrollToTop, [doclist], "scroll"), note="no baseline")

    # 8. memory: visit documents one after the other (Alt+Down), as a reviewer paging through the dossier
    lst.setCurrentRow(0)
    app.processEvents()
    window.view.setFocus()
    rss_before = rss_mb()
    visits, visited = [], [window.cursor.document_id]
    stopped = False
    for _ in range(args.visit):
        if sys.getrefcount(None) < 20_000:  # see the PySide6 line printed last: the next switches could abort
            stopped = True
            break
        visits.append(timed(lambda: QTest.keyClick(window.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
                            [view, table], "visit"))
        visited.append(window.cursor.document_id)
    rss_after = rss_mb()
    base_visits = [best(lambda d=d: (plain_rows(d), plain_render(paths[d], 1, scale)), repeat=1)
                   for d in visited[1:]]
    out.row(f"visit {len(visits)} documents (Alt+Down), median", med(visits), med(base_visits),
            f"p95 {p95(visits) * 1000:.0f} ms, max {max(visits) * 1000:.0f} ms; base: rows + open+render p.1")

    print(f"dossier: {meta['documents']} documents, {meta['pages']} pages, {meta['findings']} findings, "
          f"{meta['decisions']} decisions; large document {meta['large_pages']} pages with "
          f"{meta['large_findings']} findings")
    if meta.get("reused"):
        print(f"dossier reused from {Path(meta['db']).parent}")
    else:
        print(f"built in {meta['build_seconds']:.0f} s ({meta['sample_docs']} sample documents screened for real in "
              f"{meta['screen_seconds']:.1f} s: {meta['sample_findings']} findings; the rest copied in bulk)")
    print(f"main window created and shown in {t_window * 1000:.0f} ms; page scale {scale:.2f} px/pt")
    out.print()
    if stopped:
        print(f"visiting stopped after {len(visits)} documents: None's reference count fell below 20,000")
    print(f"RSS: after imports {rss_start:.0f} MB, empty window {rss_window:.0f} MB, dossier open {rss_open:.0f} MB, "
          f"after visiting {len(visits)} documents {rss_after:.0f} MB (growth {rss_after - rss_before:+.1f} MB, "
          f"{(rss_after - rss_before) * 1024 / max(1, len(visits)):.0f} kB/document); peak {peak_mb():.0f} MB")
    print(f"full garbage collections during the app part: {len(pauses)}, "
          f"median {med(pauses) * 1000:.0f} ms, max {max(pauses, default=0) * 1000:.0f} ms "
          f"({len(gc.get_objects())} tracked objects)")
    if misses:
        print(f"no repaint seen within 10 s for: {', '.join(sorted(set(misses)))}")
    if profile_text:
        print("\nopen_database, cumulative:\n" + profile_text)
    if none_leak > 0:
        import PySide6

        print(f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]} loses {none_leak:.0f} reference(s) "
              f"to None per Qt call returning None: None's reference count went from {none_start} to "
              f"{sys.getrefcount(None)} in this run; the process aborts (Fatal Python error: none_dealloc) at 0")
    gc.callbacks.remove(on_gc)
    window.close()
    fresh.session.store.engine.dispose()
    qd.dossier.store.engine.dispose()
    plain.dispose()
    sys.stdout.flush()
    if none_leak > 0:  # freeing the objects that hold None (at the latest at shutdown) would abort: end here
        cleanup()
        os._exit(0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=10_000)
    ap.add_argument("--findings", type=int, default=100_000)
    ap.add_argument("--per-doc", type=int, default=10, help="pages per document (default 10)")
    ap.add_argument("--sample", type=int, default=50, help="documents screened for real (default 50)")
    ap.add_argument("--large-pages", type=int, default=-1,
                    help="pages of the one large document (default: 5%% of the pages, at most 500; 0: none)")
    ap.add_argument("--decided", type=float, default=0.1, help="share of documents already reviewed (default 0.1)")
    ap.add_argument("--visit", type=int, default=200, help="documents visited for the memory figure (default 200)")
    ap.add_argument("--presses", type=int, default=30, help="N presses per document (default 30)")
    ap.add_argument("--lang", default="nl", choices=["nl", "en"], help="interface language (default nl)")
    ap.add_argument("--dir", type=Path, help="build the dossier here and keep it; reuse it when it is there")
    ap.add_argument("--profile", action="store_true", help="also print a profile of opening the dossier")
    ap.add_argument("--build-only", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    large = args.large_pages if args.large_pages >= 0 else min(500, args.pages // 20 // args.per_doc * args.per_doc)
    if args.build_only:
        meta = build(args.build_only, args.pages, args.findings, args.per_doc, args.sample, large, args.decided)
        (args.build_only / "meta.json").write_text(json.dumps(meta))
        return
    tmp = tempfile.mkdtemp(prefix="app-dossier-")
    try:
        folder = args.dir or Path(tmp) / "built"
        if not (folder / "meta.json").is_file():
            if folder.exists() and any(folder.iterdir()):
                sys.exit(f"{folder} is not empty and holds no meta.json")
            folder.mkdir(parents=True, exist_ok=True)
            subprocess.run([sys.executable, __file__, "--build-only", str(folder), "--pages", str(args.pages),
                            "--findings", str(args.findings), "--per-doc", str(args.per_doc), "--sample",
                            str(args.sample), "--large-pages", str(large), "--decided", str(args.decided)],
                           check=True)
            meta = json.loads((folder / "meta.json").read_text())
        else:
            meta = dict(json.loads((folder / "meta.json").read_text()), reused=True)
        run_app(meta, args, Path(tmp), lambda: shutil.rmtree(tmp, ignore_errors=True))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
