"""Team mode, on SQLite and on a real PostgreSQL server: migrations, four eyes, concurrent
reviewers, crash safety and the hash-chained audit trail."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from redactor.errors import DossierError
from redactor.findings import Candidate
from redactor.ingest import ingest
from redactor.store import ConflictError, DossierStore, sqlite_url

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def screened(db_url: str, letter_pdf: Path) -> tuple[DossierStore, int, list[int]]:
    """A dossier with one document and five findings."""
    store = DossierStore(db_url)
    document = ingest(letter_pdf)
    page = document.pages[0]
    words = page.words()[:5]
    findings = [Candidate(document.name, 1, w.start, w.end, w.text, "PERSON", "personal_privacy", "5.1.2e", 0.8,
                          "test", "test", "a test finding", page.rects_for(w.start, w.end)) for w in words]
    doc_id = store.save_screening(document, findings, "v1")
    return store, doc_id, [c.id for c in store.candidates(doc_id)]


def test_decisions_record_who_and_when_and_are_append_only(screened) -> None:
    store, doc_id, ids = screened
    first = store.decide(doc_id, "accept", candidate_id=ids[0], ground="5.1.2e", reviewer="anna")
    second = store.decide(doc_id, "reject", candidate_id=ids[0], reviewer="bert")
    assert (second.reviewer, second.supersedes_id) == ("bert", first.id) and second.created_at is not None
    with pytest.raises(Exception, match="append-only"):
        with store.engine.begin() as conn:
            conn.execute(text("UPDATE decision SET action='accept' WHERE id=:id"), {"id": second.id})
    assert store.current_decisions(doc_id)[ids[0]].action == "reject"


def test_a_stale_decision_is_a_conflict_not_an_overwrite(screened) -> None:
    store, doc_id, ids = screened
    seen = {c.id: c.version for c in store.candidates(doc_id)}
    store.decide(doc_id, "accept", candidate_id=ids[1], reviewer="anna", expected_version=seen[ids[1]])
    with pytest.raises(ConflictError, match="anna"):
        store.decide(doc_id, "reject", candidate_id=ids[1], reviewer="bert", expected_version=seen[ids[1]])
    assert store.current_decisions(doc_id)[ids[1]].reviewer == "anna"


def test_four_eyes_refuses_export_until_a_second_reviewer_approves(screened, tmp_path: Path) -> None:
    from redactor.pipeline import Dossier

    store, doc_id, ids = screened
    store.set_four_eyes(True, reviewer="coordinator")
    dossier = Dossier(store)
    dossier.accept_all(store.documents(), reviewer="anna")
    report = dossier.export(store.documents(), tmp_path / "out1")
    assert report.outputs == [] and "four-eyes" in report.problems[0].message
    with pytest.raises(DossierError, match="second reviewer"):
        store.approve(doc_id, reviewer="anna")  # who decided cannot approve
    store.approve(doc_id, reviewer="bert")
    report = dossier.export(store.documents(), tmp_path / "out2")
    assert len(report.outputs) == 1 and report.problems == []
    row = report.rows[0]
    assert (row.reviewers, row.approver) == (["anna"], "bert")
    public = (tmp_path / "out2" / "inventarislijst.csv").read_text(encoding="utf-8-sig")
    assert "anna" not in public and "bert" not in public  # reviewers' names stay out of the published list

    # a decision after the approval is one the second reviewer has not seen: the approval lapses
    store.decide(doc_id, "reject", candidate_id=ids[0], reviewer="anna")
    assert store.approval(doc_id) == (None, ["anna"])
    report = dossier.export(store.documents(), tmp_path / "out3")
    assert report.outputs == [] and "four-eyes" in report.problems[0].message
    store.approve(doc_id, reviewer="bert")
    assert store.approval(doc_id) == ("bert", ["anna"])


def test_audit_chain_detects_changed_and_deleted_entries(screened) -> None:
    store, doc_id, ids = screened
    for cid in ids:
        store.decide(doc_id, "accept", candidate_id=cid, ground="5.1.2e", reviewer="anna")
    report = store.verify_audit()
    assert report.ok and report.rows == 1 + len(ids)  # dossier created + one per decision
    exported = store.export_audit("csv")
    assert exported.splitlines()[0].startswith("seq,at,actor,action") and "decision:accept" in exported

    with store.engine.begin() as conn:  # someone with database access edits the trail
        _drop_append_only_triggers(conn)
        conn.execute(text("UPDATE audit SET actor='mallory' WHERE seq=3"))
    assert any("entry 3 was changed" in p for p in store.verify_audit().problems)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit WHERE seq=(SELECT MAX(seq) FROM audit)"))
    assert any("removed from the end" in p for p in store.verify_audit().problems)


def _drop_append_only_triggers(conn) -> None:
    if conn.dialect.name == "sqlite":
        for trigger in ("audit_no_update", "audit_no_delete"):
            conn.exec_driver_sql(f"DROP TRIGGER {trigger}")
    else:
        conn.exec_driver_sql("DROP TRIGGER audit_append_only ON audit")


def _worker(url: str, reviewer: str, mode: str, n: int) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "tests.core.team_worker", url, reviewer, mode, str(n)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_reviewers_in_two_processes_lose_nothing(screened, db_url: str) -> None:
    store, doc_id, ids = screened
    procs = [_worker(db_url, name, "race", 40) for name in ("anna", "bert")]
    outputs = [p.communicate(timeout=240) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err[-500:] for _, err in outputs]
    saved = [int(line.split()[1]) for out, _ in outputs for line in out.splitlines() if line.startswith("saved")]
    assert len(saved) == 80
    history = {d.id: d for d in store.decision_history(doc_id)}
    assert set(saved) <= set(history)  # every decision reported as saved is there
    assert len(history) == 80
    # versions and decisions agree: each decision on a finding bumped its version exactly once
    for cand in store.candidates(doc_id):
        assert cand.version == sum(1 for d in history.values() if d.candidate_id == cand.id)
    assert store.verify_audit().ok


def test_killed_mid_batch_keeps_every_saved_decision(screened, db_url: str) -> None:
    store, doc_id, _ = screened
    proc = _worker(db_url, "anna", "loop", 0)
    saved: list[int] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("saved"):
            saved.append(int(line.split()[1]))
        if len(saved) >= 25:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    reopened = DossierStore(db_url)
    present = {d.id for d in reopened.decision_history(doc_id)}
    assert set(saved) <= present
    assert reopened.verify_audit().ok


def test_an_older_dossier_is_upgraded_after_a_backup(tmp_path: Path) -> None:
    from alembic import command

    from redactor.migrate import _config

    path = tmp_path / "old.sqlite"
    engine = create_engine(sqlite_url(path))
    with engine.begin() as conn:
        cfg = _config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(text("INSERT INTO dossier (name, ground_set, schema_version, created_at) "
                          "VALUES ('oud', 'wob', 1, '2024-01-01')"))
    engine.dispose()

    store = DossierStore(sqlite_url(path))
    assert store.backup is not None and store.backup.exists()
    assert (store.name, store.ground_set, store.four_eyes) == ("oud", "wob", False)
    assert store.verify_audit().ok


def test_a_dossier_from_a_newer_schema_is_refused(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "new.sqlite")
    DossierStore(url).engine.dispose()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num='9999'"))
    engine.dispose()
    with pytest.raises(DossierError, match="newer version"):
        DossierStore(url)


def test_a_0005_dossier_keeps_the_text_of_its_reasons_and_has_no_key_for_them(db_url: str) -> None:
    from fakedocs import OLD_REASON, make_0005_dossier

    make_0005_dossier(db_url)
    store = DossierStore(db_url)
    [old] = store.candidates(1)
    assert (old.reason, old.reason_key, old.reason_args) == (OLD_REASON, None, None)
