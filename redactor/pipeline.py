"""Screening and export of a whole dossier: the calls the CLI and the app share.

One bad file never stops a batch: its problem is recorded in the dossier (and so in
the inventory) and reported, and the next file is processed.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from redactor import __version__, relations
from redactor.dedup import Result as DuplicateResult
from redactor.errors import RedactorError
from redactor.export import FileExport, export_file
from redactor.grounds import GroundSet, Status, load_ground_set
from redactor.ingest import collect_sources
from redactor.inventory import (
    InventoryRow,
    LogEntry,
    duplicate_remark,
    language_of,
    not_processed,
    sort_grounds,
    withheld_remark,
    write_grounds_summary,
    write_inventory,
    write_log,
)
from redactor.limits import Limits, quiet_mupdf, run_limited, start_workers_early
from redactor.passwords import Passwords
from redactor.public_names import mask, secret_grounds
from redactor.publication import PUBLICATION, RESERVED, Part, stamp, write_annex, write_publication
from redactor.review import live_manual_boxes
from redactor.rulepack import RulePack, load_rule_pack
from redactor.screening import WORKER_MODULES, default_workers, screen_files
from redactor.store import CandidateRow, DecisionRow, DocumentRow, DossierStore
from redactor.verify import Redaction

if TYPE_CHECKING:  # the detection engine loads presidio (a second): only when screening here
    from redactor.detect.engine import Screener

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]  # done, total, file name
BATCH_REVIEWER = "batch (--accept-all)"


@dataclass
class Problem:
    """A file that could not be processed, and why (one line, names the file)."""

    name: str
    message: str


@dataclass
class ScreenReport:
    documents: list[DocumentRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    reused: int = 0  # unchanged since the last screening
    duplicates: DuplicateResult = field(default_factory=DuplicateResult)  # duplicate groups and threads


@dataclass
class ExportReport:
    outputs: list[Path] = field(default_factory=list)
    inventory: list[Path] = field(default_factory=list)
    log: Path | None = None
    problems: list[Problem] = field(default_factory=list)
    rows: list[InventoryRow] = field(default_factory=list)
    publication: Path | None = None  # every published document in one PDF, the inventory as its annex
    annex: Path | None = None  # the inventory list as a PDF of its own


@dataclass
class _Job:
    """One document to publish: planned from the store here, redacted in a worker process."""

    doc: DocumentRow
    row: InventoryRow
    redactions: list[Redaction]
    entries: list[LogEntry]
    out: Path
    stamp: str | None


@functools.lru_cache(maxsize=1)
def _detector_code_hash() -> str:
    """Fingerprint of the detection code: a changed detector means stored findings are stale."""
    digest = hashlib.sha256()
    for path in sorted((Path(__file__).parent / "detect").glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


class Dossier:
    """A dossier: its store, ground set and detector, opened once."""

    def __init__(self, store: DossierStore, ground_set: GroundSet | str = "woo", rules: RulePack | str = "default",
                 password: str | Passwords | None = None) -> None:
        self.store = store
        self.ground_set = load_ground_set(ground_set) if isinstance(ground_set, str) else ground_set
        self.rules = load_rule_pack(rules) if isinstance(rules, str) else rules
        # how worker processes load the same ground set and rule pack
        self.ground_set_ref = ground_set if isinstance(ground_set, str) else self.ground_set.id
        self.rules_ref = str(self.rules.path)
        # the CLI's --password is the default for every file; the app adds one per file it unlocks
        self.passwords = password if isinstance(password, Passwords) else Passwords(password)
        self._screener: Screener | None = None

    @property
    def screener(self) -> Screener:
        if self._screener is None:  # loading lexicons takes a moment; only when screening
            from redactor.detect.engine import Screener

            self._screener = Screener(self.ground_set, self.rules)
        return self._screener

    def label(self, status: Status) -> str:
        """A judgement as the inventory prints it, in the ground set's language."""
        return status.label_nl if language_of(self.ground_set) == "nl" else status.label_en

    @property
    def detection_version(self) -> str:
        return f"{__version__}:{_detector_code_hash()}:{self.rules.id}:{self.rules.version}:{self.ground_set.id}"

    # -- screening ------------------------------------------------------------------------------
    def screen(self, paths: list[Path], progress: Progress | None = None, force: bool = False,
               workers: int | None = None, cluster: str | None = None) -> ScreenReport:
        """Ingest and detect every file under ``paths``; store the candidates.

        Files unchanged since they were screened with the same rules are not read again.
        """
        report = ScreenReport()
        files = collect_sources(paths)
        todo: list[Path] = []
        for path in files:
            if not force and self.store.is_current(path, relations.source_sha256(path) or "", self.detection_version):
                report.reused += 1
                row = self.store.document_by_path(path)
                report.warnings.extend(row.warnings if row else [])
            else:
                todo.append(path)
        if todo and cluster is None:
            start_workers_early(WORKER_MODULES)  # the detectors load there while the store is read here
        done = report.reused
        screened: dict[int, object] = {}
        if progress:
            progress(done, len(files), "")
        for result in screen_files(todo, lambda: self.screener, self.ground_set_ref, self.rules_ref,
                                   self.passwords, workers, cluster):
            if result.error is not None or result.document is None:
                self.store.save_error(result.path, result.error or "unknown error")
                report.problems.append(Problem(result.path.name, result.error or "unknown error"))
            else:
                doc_id = self.store.save_screening(result.document, result.candidates or [], self.detection_version)
                screened[doc_id] = result.document
                report.warnings.extend(result.document.warnings)
            done += 1
            if progress:
                progress(done, len(files), result.path.name)
        # families, duplicates, threads and OCR near-matches need the whole dossier
        report.duplicates = relations.after_screening(self.store, files, screened, self.passwords)
        wanted = {str(p.resolve()) for p in files}
        report.documents = [d for d in self.store.documents() if d.path in wanted and not d.error]
        return report

    def accept_all(self, documents: list[DocumentRow], reviewer: str = BATCH_REVIEWER) -> int:
        """Accept every open suggestion (not the kept officials) of these documents."""
        decisions = []
        for doc in documents:
            decided = self.store.current_decisions(doc.id)
            decisions += [dict(document_id=doc.id, candidate_id=c.id, action="accept", ground=c.ground,
                               note="accepted without review")
                          for c in self.store.candidates(doc.id) if c.status == "suggested"
                          and (c.id not in decided or decided[c.id].action == "reset")]
        return self.store.decide_many(decisions, reviewer=reviewer) if decisions else 0

    # -- export ------------------------------------------------------------------------------------
    def export(self, documents: list[DocumentRow], out_dir: Path, progress: Progress | None = None,
               inventory: bool = True, log: bool | None = None, *, publication: bool = True,
               workers: int | None = None) -> ExportReport:
        """Redact, verify and publish each document; write the inventory, the log and the publication PDF.

        With ``publication`` every page carries its document number, and the documents are also
        merged into one PDF with the inventory list as annex (see ``redactor.publication``).
        """
        start_workers_early(["redactor.export"])  # imported once in the fork server, while the store is read
        report = ExportReport()
        entries: list[LogEntry] = []
        parts: list[Part] | None = [] if publication else None
        # a decision on a thread's longest message (or an assessed original) covers its copies
        relations.propagate_groups(self.store, documents)
        self._numbers = {d.id: d.number for d in self.store.documents()}
        # What to export is worked out here, from the store; the redacting runs in worker processes
        # (one document each, under the per-document limits), as many as there are cores.
        jobs: list[_Job] = []
        for doc in documents:
            row, job = self._plan(doc, out_dir, report, jobs, publication)
            report.rows.append(row)
            if job is not None:
                jobs.append(job)
        done = len(documents) - len(jobs)
        if progress:
            progress(done, len(documents), "")
        tasks = [(Path(j.doc.path), j.doc.sha256 or "", j.redactions, j.out, self.passwords(j.doc.path), j.stamp)
                 for j in jobs]
        outcomes = run_limited(export_file, tasks, Limits.from_env(), min(workers or default_workers(), len(jobs)),
                               initializer=quiet_mupdf)
        exported: list[tuple[_Job, FileExport]] = []
        try:
            for job, (kind, value) in zip(jobs, outcomes):
                if kind == "ok":
                    self._exported(job, value, report, parts)
                    entries.extend(job.entries)
                    exported.append((job, value))
                else:
                    message = value if kind == "error" else f"{job.doc.name}: {value}"
                    report.problems.append(Problem(job.doc.name, message))
                    job.row.judgement, job.row.remark = not_processed(language_of(self.ground_set)), message
                done += 1
                if progress:
                    progress(done, len(documents), job.doc.name)
        finally:
            outcomes.close()  # on cancel: stop the workers, and leave no half-written file behind
            for leftover in out_dir.glob(".*.pdf.part"):
                leftover.unlink(missing_ok=True)
        errors = [d for d in self.store.documents() if d.error and d.id not in {x.id for x in documents}]
        numbers = {d.id: str(d.number) for d in self.store.documents()}
        unread = not_processed(language_of(self.ground_set))
        report.rows += [InventoryRow(d.number, d.name, "", "", unread, [], 0, d.error or "",
                                     family=numbers.get(d.family_id, "") if d.family_id else "") for d in errors]
        report.rows.sort(key=lambda r: r.number)
        secrets = self._public_names(exported, report, parts, out_dir)
        if inventory:
            report.inventory = write_inventory(report.rows, out_dir, self.ground_set)
            boxes = Counter(r.ground for job, _ in exported for r in job.redactions)
            report.inventory += write_grounds_summary(report.rows, boxes, out_dir, self.ground_set)
        if inventory if log is None else log:
            report.log = write_log(entries, out_dir, self.ground_set)
        if parts is not None:
            if progress:  # merging and checking the whole publication takes a while on a large dossier
                progress(len(documents), len(documents), PUBLICATION[language_of(self.ground_set)])
            try:
                report.annex = write_annex(report.rows, out_dir, self.ground_set, frozenset(secrets))
                report.publication = write_publication(parts, report.annex, out_dir, self.ground_set)
            except RedactorError as exc:
                report.problems.append(Problem("publication", str(exc)))
        self.store.record("export", f"dossier:{self.store.dossier_id}", {
            "folder": str(out_dir.resolve()),
            "outputs": [{"file": p.name, "sha256": hashlib.sha256(p.read_bytes()).hexdigest()} for p in report.outputs],
            "publication": [{"file": p.name, "sha256": hashlib.sha256(p.read_bytes()).hexdigest()}
                            for p in (report.publication, report.annex) if p],
            "problems": len(report.problems), "ground_set": self.ground_set.id,
        })
        return report

    def _plan(self, doc: DocumentRow, out_dir: Path, report: ExportReport, jobs: list[_Job],
              publication: bool) -> tuple[InventoryRow, _Job | None]:
        """The document's inventory row and, when it is to be published, what to redact and where to write it."""
        statuses = self.ground_set
        row = InventoryRow(doc.number, doc.name, doc.title, doc.date, self.label(statuses.status_public), [], 0)
        row.family, row.thread, row.duplicate_of = (str(self._numbers.get(i, "")) if i else "" for i in
                                                    (doc.family_id, doc.thread_id, doc.duplicate_of_id))
        row.file_type = doc.kind
        judgement = next((d for d in reversed(self.store.document_decisions(doc.id)) if d.action == "judge"), None)
        if judgement and judgement.judgement:
            # Stored as the status code ("niet openbaar"); printed as its label like the other rows.
            status = next((st for st in statuses.statuses if st.code == judgement.judgement), None)
            row.judgement = self.label(status) if status else judgement.judgement
            row.grounds = [judgement.ground] if judgement.ground else []
            row.remark = judgement.note
            if judgement.judgement != statuses.status_public.code:
                return row, None
        elif doc.duplicate_of_id:
            # Woo practice: a copy is listed as "dubbel" with where its content was assessed, not published again.
            row.judgement = "dubbel" if language_of(statuses) == "nl" else "duplicate"
            row.remark = duplicate_remark(row.duplicate_of, language_of(statuses))
            return row, None
        approver, deciders = self.store.approval(doc.id)
        row.reviewers, row.approver = deciders, approver or ""
        lang = language_of(statuses)
        if self.store.four_eyes and not approver:
            report.problems.append(Problem(doc.name, f"{doc.name}: four-eyes review is required and no second "
                                                     "reviewer has approved this document yet"))
            row.judgement, row.remark = not_processed(lang), withheld_remark(lang)
            return row, None
        candidates = self.store.candidates(doc.id)
        decisions = self.store.current_decisions(doc.id)
        open_count = sum(1 for c in candidates if c.status == "suggested"
                         and (c.id not in decisions or decisions[c.id].action == "reset"))
        if open_count:
            report.problems.append(Problem(doc.name, f"{doc.name}: {open_count} suggestion(s) not yet reviewed; "
                                                     "review them in the app or export with --accept-all"))
            row.judgement, row.remark = not_processed(lang), withheld_remark(lang, open_count)
            return row, None
        try:
            redactions, entries = self._redactions(doc, candidates, decisions)
        except RedactorError as exc:
            report.problems.append(Problem(doc.name, str(exc)))
            row.judgement, row.remark = not_processed(lang), str(exc)
            return row, None
        out = out_dir / f"{Path(doc.name).stem}.pdf"
        # two attachments called "offerte.pdf" must not overwrite each other, nor the publication files
        if any(j.out == out for j in jobs) or (publication and out.stem in RESERVED):
            out = out_dir / f"{Path(doc.name).stem}-{doc.number}.pdf"
        number_stamp = stamp(doc.number, self.ground_set) if publication else None
        return row, _Job(doc, row, redactions, entries, out, number_stamp)

    def _exported(self, job: _Job, result: FileExport, report: ExportReport, parts: list[Part] | None) -> None:
        report.outputs.append(job.out)
        if parts is not None:
            parts.append(Part(job.doc.number, job.doc.name, job.out, job.redactions, result.kept_text))
        row = job.row
        row.redactions = len(job.redactions)
        row.grounds = sort_grounds({r.ground for r in job.redactions}, self.ground_set)
        if job.redactions:
            row.judgement = self.label(self.ground_set.status_partly)
        if result.warnings:
            row.remark = "; ".join(w.split(": ", 1)[-1] for w in result.warnings)

    @staticmethod
    def _public_names(exported: list[tuple[_Job, FileExport]], report: ExportReport, parts: list[Part] | None,
                      out_dir: Path) -> dict[str, str]:
        """Published file names, bookmarks and inventory rows never name a word redacted everywhere.

        Returns those words, each with its ground.
        """
        grounds = secret_grounds([r for job, _ in exported for r in job.redactions],
                                 [t for _, result in exported for t in result.kept_text.values()])
        if not grounds:
            return grounds
        for row in report.rows:
            name, title = mask(row.name, grounds), mask(row.title, grounds)
            if (name, title) != (row.name, row.title):
                row.internal_name, row.name, row.title = row.name, name, title
        taken = {p.name for p in report.outputs}
        renamed: dict[Path, Path] = {}
        for job, _ in exported:
            stem = mask(job.out.stem, grounds)
            if stem == job.out.stem:
                continue
            target = out_dir / f"{stem}.pdf"
            if target.name in taken or target.stem in RESERVED:
                target = out_dir / f"{stem}-{job.doc.number}.pdf"
            job.out.replace(target)  # a rename: the verified bytes stay as they are
            taken.add(target.name)
            renamed[job.out] = target
        report.outputs = [renamed.get(p, p) for p in report.outputs]
        for part in parts or []:
            part.path, part.name = renamed.get(part.path, part.path), mask(part.name, grounds)
        return grounds

    def _redactions(self, doc: DocumentRow, candidates: list[CandidateRow],
                    decisions: dict[int, DecisionRow]) -> tuple[list[Redaction], list[LogEntry]]:
        redactions: list[Redaction] = []
        entries: list[LogEntry] = []
        by_id = {c.id: c for c in candidates}
        for cid, d in decisions.items():
            c = by_id.get(cid)
            if c is None or d.action not in ("accept", "adjust"):
                continue
            ground = d.ground or c.ground
            if not ground:
                raise RedactorError(f"{doc.name}: an accepted {c.entity} finding on page {c.page} has no ground; "
                                    "choose one")
            rects = [tuple(r) for r in (d.rects or c.rects)]
            redactions.append(Redaction(c.page, rects, ground, c.text, c.entity, c.source, d.action, d.reviewer))
            entries += [LogEntry(doc.name, c.page, [round(v, 2) for v in r], ground, c.entity, c.source, d.action,
                                 d.reviewer, d.created_at.isoformat() if d.created_at else "", c.rule) for r in rects]
        # Only boxes still in force: a box the reviewer removed or undid has a later row retracting it.
        for d in live_manual_boxes(self.store.document_decisions(doc.id)):
            if d.page and d.rects and d.ground:
                rects = [tuple(r) for r in d.rects]
                redactions.append(Redaction(d.page, rects, d.ground, "", "MANUAL", "reviewer", "manual", d.reviewer))
                entries += [LogEntry(doc.name, d.page, list(r), d.ground, "MANUAL", "reviewer", "manual",
                                     d.reviewer) for r in rects]
        return redactions, entries
