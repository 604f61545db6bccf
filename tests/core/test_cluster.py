"""`redactor screen --cluster`: the same findings from a Dask cluster of several worker processes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from redactor.cli import run

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=3, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as local:
        yield local.scheduler_address


def test_cluster_screening_finds_what_local_screening_finds(cluster: str, letter_pdf: Path, make_pdf, indir: Path,
                                                            tmp_path: Path, db_url: str) -> None:
    for i in range(5):
        make_pdf(f"memo-{i}.pdf", [f"Van: Pieter de Vries{i}", "Aan: de Minister", "BSN 111222333",
                                    "Telefoon 06-12345678"])
    local_json, cluster_json = tmp_path / "local.json", tmp_path / "cluster.json"
    assert run(["-q", "screen", str(indir), "--json", str(local_json), "--db", str(tmp_path / "local.sqlite")]) == 0
    assert run(["-q", "screen", str(indir), "--json", str(cluster_json), "--db", db_url, "--cluster", cluster]) == 0

    def findings(path: Path) -> set[tuple]:
        data = json.loads(path.read_text())
        return {(f["document"], f["page"], f["text"], f["entity"], f["ground"]) for f in data["findings"]}

    assert findings(cluster_json) == findings(local_json)
    assert len(json.loads(cluster_json.read_text())["documents"]) == 6


def test_unreachable_cluster_is_a_one_line_error(indir: Path, letter_pdf: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("redactor.cluster.CONNECT_TIMEOUT", "1s")
    code = run(["-q", "screen", str(indir), "--db", str(tmp_path / "d.sqlite"), "--cluster", "tcp://127.0.0.1:9"])
    assert code == 2
    assert "cannot reach the cluster scheduler at tcp://127.0.0.1:9" in capsys.readouterr().err
