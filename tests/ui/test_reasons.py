"""A finding's reason in the interface's language: from its key and arguments, or (screened before
migration 0006) from its stored text."""

from __future__ import annotations

from pathlib import Path

import pytest
from fakedocs import OLD_REASON, make_0005_dossier

from redactor.review import ReviewSession
from redactor.store import DossierStore, sqlite_url
from ui.dossier_model import QtDossier, finding_row


def test_a_woo_dossier_in_the_english_interface_shows_english_reasons_from_their_key(dossier, monkeypatch) -> None:
    def no_reading_back(*_args: object) -> str:
        raise AssertionError("a reason with a key was read back from its text")

    monkeypatch.setattr("ui.dossier_model.reason_in", no_reading_back)
    qd = QtDossier(dossier, "small")  # the interface's language: English
    findings = [f for d in qd.reviewable() for f in qd.session.findings(d.id)]
    rows = {r.key[1]: r for d in qd.reviewable() for r in qd.rows(d.id) if not r.is_manual}
    assert rows and all(f.candidate.reason_key for f in findings)
    assert "name in the field 'Van:'" in {r.reason for r in rows.values()}
    assert not any("naam" in r.reason or "behouden" in r.reason for r in rows.values())

    passage = next(f.candidate for f in findings if f.candidate.entity == "PASSAGE")
    said = next(rule.reason for rule in dossier.rules.passages if rule.id == passage.rule)
    cue = passage.reason_args["cue"]
    assert passage.reason == f"{said.nl}; signaalwoord: \u201c{cue}\u201d"  # stored in the dossier's language
    assert rows[passage.id].reason == f"{said.en}; cue: \u201c{cue}\u201d"


@pytest.fixture
def old_store(tmp_path: Path) -> DossierStore:
    url = sqlite_url(tmp_path / "old.sqlite")
    make_0005_dossier(url)
    return DossierStore(url)


def test_a_finding_screened_before_0006_shows_its_stored_text(old_store: DossierStore) -> None:
    [old] = ReviewSession(old_store).findings(1)
    assert old.candidate.reason_key is None
    assert finding_row(old, "nl", stored="nl").reason == OLD_REASON  # as stored
    assert finding_row(old, "en", stored="nl").reason == "name in the field 'Van:'"  # read back
