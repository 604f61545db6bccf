"""Command line: ``redactor screen | export | verify | grounds``.

Thin by design: parse arguments, open the dossier, make one core call, print, exit.
Errors from the core arrive as typed exceptions and leave as one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from redactor import __version__
from redactor.errors import ExitCode, RedactorError, needs_password
from redactor.findings import AUTO_REDACT_SCORE

log = logging.getLogger("redactor")

_EPILOG = """\
Examples:
  redactor screen dossier/ --json findings.json      pre-screen a folder, list what was found
  redactor export dossier/ --out published/ --accept-all
                                                     redact every suggestion, write PDFs + inventory
  redactor export dossier/ --out published/          export the decisions reviewers made
  redactor verify published/*.pdf                    check published PDFs for hidden data

Exit codes: 0 ok; 1 verify found a leak (or export refused to publish one); 2 bad input or usage.
"""


def get_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="redactor",
        description="Find personal data and other refusal grounds in a Woo/FOIA dossier, "
                    "and publish truly redacted PDFs with an inventory list.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"redactor {__version__}")
    parser.add_argument("-q", "--quiet", action="store_true", help="only errors; no progress bar")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def dossier_options(p: argparse.ArgumentParser, screening: bool = True) -> None:
        g = p.add_argument_group("dossier")
        g.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                       help="documents, folders or .zip files (PDF, .txt, .md, .eml, .msg, office files, images)")
        g.add_argument("--db", metavar="URL_OR_FILE",
                       help="dossier database: a SQLite file or a database URL (default: one per dossier "
                            "in your user data folder)")
        g.add_argument("--grounds", default="woo", metavar="SET",
                       help="ground set: woo (default), wob, foia, ... (see 'redactor grounds')")
        if screening:  # approve only looks the documents up
            g.add_argument("--rules", default="default", metavar="PACK",
                           help="detection rule pack name or YAML file")
            g.add_argument("--password", help="password for encrypted PDFs")
            g.add_argument("--rescreen", action="store_true", help="screen again even if a file is unchanged")
            g.add_argument("--workers", type=int, metavar="N",
                           help="local worker processes (default: one per core)")
        g.add_argument("--reviewer", metavar="NAME",
                       help="who makes the decisions (default: $REDACTOR_REVIEWER, else your login name)")

    p = sub.add_parser("screen", help="pre-screen documents and store the findings",
                       description="Detect personal data and passages under refusal grounds; store them in the "
                                   "dossier for review.")
    dossier_options(p)
    p.add_argument("--json", type=Path, metavar="FILE", help="also write the findings as JSON")
    p.add_argument("--explain", action="store_true", help="print every finding with its rule, reason and score")
    p.add_argument("--cluster", metavar="ADDRESS",
                   help="screen on a Dask cluster (tcp://host:8786); workers must see the files at the same paths")

    p = sub.add_parser("export", help="write redacted PDFs and the inventory list",
                       description="Redact, sanitise and verify each document, then write it with the "
                                   "inventory list (XLSX, CSV, PDF), a redaction log and the publication PDF "
                                   "(every document, numbered, with the inventory as annex).")
    dossier_options(p)
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="output folder")
    p.add_argument("--accept-all", action="store_true",
                   help="redact every suggestion without review (kept public officials stay visible)")
    p.add_argument("--no-publication", dest="publication", action="store_false",
                   help="no document numbers on the pages, no merged publication PDF")

    p = sub.add_parser("verify", help="check published PDFs for hidden data",
                       description="Check PDFs for metadata, annotations, attachments, JavaScript, text under "
                                   "black boxes and earlier revisions.")
    p.add_argument("pdfs", nargs="+", type=Path, metavar="PDF")

    p = sub.add_parser("approve", help="four-eyes: approve documents as the second reviewer",
                       description="Record that you, a reviewer who made no decisions on them, approve these "
                                   "documents for publication.")
    dossier_options(p, screening=False)
    p.set_defaults(rules="default", password=None)
    p.add_argument("--four-eyes", choices=["on", "off"], help="require (or stop requiring) approval before export")

    p = sub.add_parser("audit", help="verify or export the dossier's audit trail",
                       description="The audit trail records every decision, approval, export and setting change, "
                                   "chained by hashes so that a changed or deleted entry is detected.")
    p.add_argument("action", choices=["verify", "export"])
    p.add_argument("--db", required=True, metavar="URL_OR_FILE", help="dossier database")
    p.add_argument("--format", choices=["csv", "json"], default="csv")
    p.add_argument("--out", type=Path, metavar="FILE", help="write the export here (default: standard output)")

    p = sub.add_parser("duplicates", help="screen, then show duplicate groups and e-mail threads",
                       description="Find exact and near duplicates (same normalised text; MinHash over word "
                                   "shingles) and e-mail threads; show which document of each group is assessed.")
    dossier_options(p)
    p.add_argument("--json", type=Path, metavar="FILE", help="also write the groups as JSON")

    p = sub.add_parser("grounds", help="list ground sets, or the grounds of one set")
    p.add_argument("set", nargs="?", metavar="SET")
    p.add_argument("--lang", choices=["nl", "en"], default="nl")
    return parser


@contextmanager
def _progress(quiet: bool, label: str) -> Iterator[object]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  TextColumn("{task.description}"), transient=True,
                  disable=quiet or not sys.stderr.isatty()) as bar:
        task = bar.add_task("", total=None)

        def update(done: int, total: int, name: str) -> None:
            bar.update(task, completed=done, total=total, description=name)

        yield update


def _open_dossier(args: argparse.Namespace):
    from redactor.pipeline import Dossier
    from redactor.store import DossierStore, default_dossier_path, sqlite_url

    db = args.db
    if db is None:
        db_path = default_dossier_path(args.paths)
        url = sqlite_url(db_path)
    else:
        url = db if "://" in db else sqlite_url(Path(db))
    missing = [p for p in args.paths if not p.exists()]
    if missing:
        raise RedactorError(f"{missing[0]}: no such file or folder")
    store = DossierStore(url, name=args.paths[0].resolve().name, ground_set=args.grounds)
    if not args.quiet:
        print(f"dossier: {url.removeprefix('sqlite:///')}", file=sys.stderr)
    return Dossier(store, args.grounds, args.rules, args.password)


def _error_line(message: str) -> str:
    """A core message as the CLI prints it: an encrypted PDF says how to give its password here."""
    if needs_password(message) and "--password" not in message:
        message += "; remove the protection or pass --password"
    return f"error: {message}"


def _report_problems(problems, warnings, quiet: bool) -> None:
    for p in problems:
        print(_error_line(p.message), file=sys.stderr)
    if not quiet:
        for w in warnings:
            print(f"warning: {w}", file=sys.stderr)


def cmd_screen(args: argparse.Namespace) -> int:
    dossier = _open_dossier(args)
    with _progress(args.quiet, "screening") as update:
        report = dossier.screen(args.paths, progress=update, force=args.rescreen, workers=args.workers,
                                cluster=args.cluster)
    _report_problems(report.problems, report.warnings, args.quiet)
    findings, kept = [], []
    for doc in report.documents:
        for c in dossier.store.candidates(doc.id):
            (kept if c.status == "kept" else findings).append({"document": doc.name, "page": c.page, "text": c.text, "rects": c.rects,
                             "entity": c.entity, "ground": c.ground, "score": c.score, "source": c.source,
                             "rule": c.rule, "reason": c.reason, "status": c.status})
            if args.explain:
                state = "kept" if c.status == "kept" else ("auto" if c.score >= AUTO_REDACT_SCORE else "suggest")
                shown = " ".join(c.text.split())
                shown = shown if len(shown) <= 48 else shown[:45] + "..."
                print(f"{doc.name} p{c.page} {c.entity:<15} {c.ground or '-':<8} {c.score:.2f} {state:<7} "
                      f"{shown!r:<52} {c.rule}: {c.reason}")
    if args.json:
        data = {"documents": [{"name": d.name, "pages": d.pages, "sha256": d.sha256} for d in report.documents],
                "findings": findings, "kept": kept}
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    if not args.quiet:
        print(f"screened {len(report.documents)} document(s): {len(findings)} finding(s), "
              f"{len(kept)} kept as public official; {len(report.problems)} file(s) could not be read", file=sys.stderr)
    return ExitCode.bad_input if report.problems else ExitCode.ok


def cmd_export(args: argparse.Namespace) -> int:
    dossier = _open_dossier(args)
    with _progress(args.quiet, "screening") as update:
        screened = dossier.screen(args.paths, progress=update, force=args.rescreen, workers=args.workers)
    _report_problems(screened.problems, screened.warnings, args.quiet)
    if args.accept_all:
        from redactor.pipeline import BATCH_REVIEWER

        dossier.accept_all(screened.documents, reviewer=args.reviewer or BATCH_REVIEWER)
    with _progress(args.quiet, "exporting") as update:
        report = dossier.export(screened.documents, args.out, progress=update, publication=args.publication,
                                workers=args.workers)
    _report_problems(report.problems, [], args.quiet)
    if not args.quiet:
        inventory = [p.name for p in [*report.inventory, report.annex] if p]
        print(f"exported {len(report.outputs)} PDF(s) to {args.out}; inventory: {', '.join(inventory)}"
              + (f"; publication: {report.publication.name}" if report.publication else ""), file=sys.stderr)
    if any("verification" in p.message for p in report.problems):
        return ExitCode.findings
    return ExitCode.bad_input if (report.problems or screened.problems) else ExitCode.ok


def cmd_approve(args: argparse.Namespace) -> int:
    dossier = _open_dossier(args)
    store = dossier.store
    if args.four_eyes:
        store.set_four_eyes(args.four_eyes == "on", reviewer=args.reviewer)
    from redactor.ingest import collect_sources

    wanted = {str(p.resolve()) for p in collect_sources(args.paths)}
    approved = 0
    for doc in store.documents():
        if doc.path in wanted and not doc.error:
            store.approve(doc.id, reviewer=args.reviewer)
            approved += 1
    if not args.quiet:
        print(f"approved {approved} document(s)", file=sys.stderr)
    return ExitCode.ok


def cmd_audit(args: argparse.Namespace) -> int:
    from redactor.store import DossierStore, sqlite_url

    url = args.db if "://" in args.db else sqlite_url(Path(args.db))
    if "://" not in args.db and not Path(args.db).is_file():
        raise RedactorError(f"{args.db}: no such dossier database")
    store = DossierStore(url)
    if args.action == "export":
        text = store.export_audit(args.format)
        if args.out:
            args.out.write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        return ExitCode.ok
    report = store.verify_audit()
    for problem in report.problems:
        print(f"TAMPERED {problem}")
    if report.ok:
        print(f"ok   audit trail intact ({report.rows} entries)")
    return ExitCode.ok if report.ok else ExitCode.findings


def cmd_verify(args: argparse.Namespace) -> int:
    from redactor.ingest import open_pdf
    from redactor.verify import verify_file

    worst = ExitCode.ok
    for path in args.pdfs:
        try:
            open_pdf(path).close()
            problems = verify_file(path)
        except RedactorError as exc:
            print(f"error: {exc}", file=sys.stderr)
            worst = max(worst, ExitCode.bad_input)
            continue
        if problems:
            worst = max(worst, ExitCode.findings) if worst != ExitCode.bad_input else worst
            for problem in problems:
                print(f"LEAK {path.name}: {problem}")
        else:
            print(f"ok   {path.name}")
    return worst


def cmd_duplicates(args: argparse.Namespace) -> int:
    dossier = _open_dossier(args)
    with _progress(args.quiet, "screening") as update:
        report = dossier.screen(args.paths, progress=update, force=args.rescreen, workers=args.workers)
    _report_problems(report.problems, [], args.quiet)
    docs = {d.id: d for d in dossier.store.documents()}
    result = report.duplicates
    groups = []
    for head, dups in sorted(result.groups().items(), key=lambda g: docs[g[0]].number):
        print(f"#{docs[head].number} {docs[head].name}  (assessed)")
        for d in sorted(dups, key=lambda d: docs[d.document_id].number):
            print(f"    #{docs[d.document_id].number} {docs[d.document_id].name}  dubbel ({d.reason}, "
                  f"{d.similarity:.0%})")
        groups.append({"assessed": docs[head].name, "number": docs[head].number, "duplicates": [
            {"document": docs[d.document_id].name, "number": docs[d.document_id].number, "reason": d.reason,
             "similarity": d.similarity} for d in dups]})
    threads: dict[int, list[int]] = {}
    for doc_id, head in result.threads.items():
        threads.setdefault(head, []).append(doc_id)
    for head, members in sorted(threads.items(), key=lambda t: docs[t[0]].number):
        others = ", ".join(f"#{docs[m].number}" for m in sorted(members, key=lambda m: docs[m].number) if m != head)
        print(f"thread: review #{docs[head].number} {docs[head].name} (longest message); also in it: {others}")
    if args.json:
        args.json.write_text(json.dumps({"groups": groups, "threads": [
            {"review": docs[h].name, "messages": sorted(docs[m].name for m in ms)} for h, ms in threads.items()]},
            ensure_ascii=False, indent=1), encoding="utf-8")
    if not args.quiet:
        print(f"{len(result.duplicates)} duplicate(s) in {len(groups)} group(s); {len(threads)} e-mail thread(s)",
              file=sys.stderr)
    return ExitCode.ok


def cmd_grounds(args: argparse.Namespace) -> int:
    from redactor.grounds import available_ground_sets, load_ground_set

    if not args.set:
        for name in available_ground_sets():
            gs = load_ground_set(name)
            print(f"{name:<14} {gs.name} ({len(gs.grounds)} grounds)")
        return ExitCode.ok
    gs = load_ground_set(args.set)
    for g in gs.grounds:
        if g.citable:
            print(f"{g.code:<12} {g.label(args.lang)}  [{g.kind}; {g.article}]")
    return ExitCode.ok


def run(argv: list[str] | None = None) -> int:
    """Entry point of the ``redactor`` console script."""
    parser = get_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR if args.quiet else logging.WARNING, format="%(levelname)s: %(message)s")
    # MuPDF prints every low-level repair message ("format error: object is not a stream",
    # dozens per damaged file) to stdout; the user gets one line per file from us instead.
    import pymupdf

    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)
    commands = {"screen": cmd_screen, "export": cmd_export, "verify": cmd_verify, "grounds": cmd_grounds,
                "duplicates": cmd_duplicates,
                "approve": cmd_approve, "audit": cmd_audit}
    try:
        return int(commands[args.command](args))
    except RedactorError as exc:
        print(_error_line(str(exc)), file=sys.stderr)
        return int(exc.exit_code)
    except BrokenPipeError:  # output piped into `head` and closed: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return int(ExitCode.ok)
    except KeyboardInterrupt:
        print("interrupted; every decision made so far is saved", file=sys.stderr)
        return 130
