"""The Qt-free review helpers the app relies on (redactor/review.py), proven through export."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from redactor.ingest import open_pdf, read_page
from redactor.review import ManualBox, box_rects, find_occurrences, text_pattern
from redactor.verify import verify_file


def first_page(path: str):
    pdf = open_pdf(Path(path))
    try:
        return read_page(pdf[0])
    finally:
        pdf.close()


def export(dossier, out: Path) -> list[Path]:
    docs = dossier.store.documents()
    dossier.accept_all(docs)
    report = dossier.export(docs, out)
    assert not report.problems, report.problems
    return report.outputs


def test_a_large_drawn_box_removes_all_text_under_it_and_passes_verification(dossier, tmp_path):
    from redactor.review import ReviewSession

    doc = next(d for d in dossier.store.documents() if d.name.endswith(".txt"))
    page = first_page(doc.path)
    rect = (40.0, 40.0, page.width - 40, 260.0)
    rects = box_rects(page, rect)
    assert rects[0] == list(rect) and len(rects) > 3  # the drawn box, then the glyph lines inside it
    ReviewSession(dossier.store).add_box(doc.id, 1, rects, "5.1.2e")
    out = next(p for p in export(dossier, tmp_path / "out") if p.stem == Path(doc.name).stem)
    assert verify_file(out) == []
    with pymupdf.open(out) as pdf:
        inside = [w[4] for w in pdf[0].get_text("words") if pymupdf.Rect(w[:4]) in pymupdf.Rect(rect)]
    assert set(inside) <= {"5.1.2e"}  # only the printed ground codes


def test_a_marked_page_is_exported_black(dossier, tmp_path):
    from redactor.review import ReviewSession

    doc = next(d for d in dossier.store.documents() if d.name.endswith(".pdf"))
    session = ReviewSession(dossier.store)
    page = first_page(doc.path)
    box = session.mark_page(doc.id, page, "buiten reikwijdte")
    assert box.ground == "buiten reikwijdte" and box.rects[0] == [0.0, 0.0, page.width, page.height]
    out = next(p for p in export(dossier, tmp_path / "out") if p.stem == Path(doc.name).stem)
    with pymupdf.open(out) as pdf:
        assert pdf[0].get_text().split() == []  # nothing of the page's text; labels are drawn, not text
        white = [d for d in pdf[0].get_drawings() if d.get("fill") == (1.0, 1.0, 1.0)]
        assert len(white) >= len("buitenreikwijdte")  # the judgement printed on the box, as outlines
        assert pdf[1].get_text().strip()  # the other pages stay


def test_find_occurrences_is_whole_word_and_case_insensitive(dossier):
    search = find_occurrences(dossier.store, "toivo klaar")
    assert search.documents == 2 and not search.problems
    assert all(o.rects and "Toivo Klaar" in o.context for o in search.occurrences)
    assert find_occurrences(dossier.store, "Toivo Kla").occurrences == []
    assert text_pattern(" ") is None and text_pattern("a") is None


def test_find_occurrences_reports_progress_and_missing_files(dossier, small_sources):
    (small_sources / "04-news-eu-envoy-probes.txt").unlink()
    seen = []
    search = find_occurrences(dossier.store, "Klaar", progress=lambda *args: seen.append(args))
    assert search.problems and "file not found" in search.problems[0]
    assert seen[-1][0] == seen[-1][1] == 2


def test_removed_boxes_are_not_exported_and_undo_brings_them_back(dossier, tmp_path):
    from redactor.review import ReviewSession

    doc = next(d for d in dossier.store.documents() if d.name.endswith(".txt"))
    session = ReviewSession(dossier.store)
    search = find_occurrences(dossier.store, "Armenia", document_ids=[doc.id])
    boxes = session.add_boxes([ManualBox(0, o.document_id, o.page, [list(r) for r in o.rects], "5.1.2a")
                               for o in search.occurrences])
    session.remove_boxes(doc.id, [boxes[0].id])
    assert len(session.manual_boxes(doc.id)) == len(boxes) - 1
    session.undo()
    assert len(session.manual_boxes(doc.id)) == len(boxes)
    session.undo()
    assert session.manual_boxes(doc.id) == []
    audit = dossier.store.verify_audit()  # every removal went through the store, into the audit trail
    assert not audit.problems and "decision:remove" in dossier.store.export_audit()
    out = next(p for p in export(dossier, tmp_path / "out") if p.stem == Path(doc.name).stem)
    with pymupdf.open(out) as pdf:
        assert "Armenia" in pdf[0].get_text()  # nothing of the undone boxes was applied


def test_changing_a_box_ground_is_one_step(dossier):
    from redactor.review import ReviewSession

    doc = dossier.store.documents()[0]
    session = ReviewSession(dossier.store)
    box = session.add_boxes([ManualBox(0, doc.id, 1, [[10, 10, 50, 20]], "5.1.2e")])[0]
    new = session.change_box_ground(doc.id, box.id, "5.1.2a")
    assert [b.ground for b in session.manual_boxes(doc.id)] == ["5.1.2a"] and new.id != box.id
    session.undo()
    assert [b.ground for b in session.manual_boxes(doc.id)] == ["5.1.2e"]


def test_listeners_hear_after_the_undo_stack_is_updated(dossier):
    from redactor.review import ReviewSession

    doc = dossier.store.documents()[0]
    session = ReviewSession(dossier.store)
    heard = []
    session.subscribe(lambda doc_id, ids: heard.append((doc_id, ids, session.can_undo, session.can_redo)))
    cid = session.findings(doc.id)[0].candidate.id
    session.accept(doc.id, [cid])
    session.undo()
    assert heard == [(doc.id, [cid], True, False), (doc.id, [cid], False, True)]


def test_find_occurrences_finds_a_name_the_layout_hyphenated_at_a_line_end(tmp_path):
    from redactor.pipeline import Dossier
    from redactor.store import DossierStore, sqlite_url

    folder = tmp_path / "bron"
    folder.mkdir()
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((50, 60), "Aanwezig waren de heer Theodorus Wijn-", fontsize=11)
    page.insert_text((50, 75), "gaarden en mevrouw Hendrika van Lieshout-", fontsize=11)
    page.insert_text((50, 90), "Verhoeven. Later kwam ook Wijngaarden zelf.", fontsize=11)
    doc.save(folder / "verslag.pdf")
    dossier = Dossier(DossierStore(sqlite_url(tmp_path / "d.sqlite")), "woo")
    dossier.screen([folder])

    found = find_occurrences(dossier.store, "Wijngaarden")
    assert len(found.occurrences) == 2  # the broken one as well as the whole one
    broken = found.occurrences[0]
    assert len(broken.rects) == 2 and broken.rects[0][1] < broken.rects[1][1]  # a box on each line
    assert len(find_occurrences(dossier.store, "Lieshout-Verhoeven").occurrences) == 1
    assert find_occurrences(dossier.store, "Wijngaard").occurrences == []  # still whole words only
