"""Start the desktop app: ``redactor-gui [PATH... | --db FILE]`` or ``python -m ui``.

Without arguments the sample dossier in ``seeds/dossier`` is opened (screened into a
dossier database in the user's data folder), when it is there.

``--self-test`` runs the packaged app's smoke test headless: the Qt-free pipeline check
of :mod:`redactor.selftest` on the sample dossier, then the main window once, offscreen
unless ``QT_QPA_PLATFORM`` says otherwise. It prints one line and exits 0 or 1.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

SAMPLE_DOSSIER = Path(__file__).resolve().parent.parent / "seeds" / "dossier"


def get_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="redactor-gui", description="Review and redact a Woo/FOIA dossier.")
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                        help="a folder of documents, documents, or a dossier database (.sqlite)")
    parser.add_argument("--db", type=Path, metavar="FILE", help="dossier database to screen the documents into")
    parser.add_argument("--lang", choices=["nl", "en"], help="interface language (default: from the system)")
    parser.add_argument("--version", action="version", version=f"redactor-gui {_version()}")
    parser.add_argument("--self-test", action="store_true",
                        help="screen, export and verify the sample dossier, open the window once (headless); "
                             "exit 0 when all passed")
    parser.add_argument("--self-test-report", type=Path, metavar="FILE",
                        help="also write the self-test's result line to FILE (Windows builds have no console)")
    return parser


def _version() -> str:
    from redactor import __version__

    return __version__


def create_window(args: argparse.Namespace):
    """The main window with translations installed, opening what the arguments say."""
    from PySide6.QtWidgets import QApplication

    from ui import i18n, style
    from ui.main_window import MainWindow
    from ui.settings import Settings

    app = QApplication.instance()
    settings = Settings()
    lang = i18n.choose_language(args.lang or settings.language)
    app._translators = i18n.install(app, lang)  # keep them alive as long as the app
    style.apply(app)
    window = MainWindow(settings, lang)
    paths = list(args.paths)
    if len(paths) == 1 and paths[0].suffix.lower() in (".sqlite", ".db") and paths[0].is_file():
        window.open_database(paths[0])
    elif paths:
        window.open_sources(paths, args.db)
    elif SAMPLE_DOSSIER.is_dir():
        window.open_sources([SAMPLE_DOSSIER])
    return window


def self_test(report: Path | None = None) -> int:
    """``--self-test``: the core pipeline on the sample dossier, then the main window on its result."""
    import tempfile

    from redactor import selftest

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is loaded: no display needed
    with tempfile.TemporaryDirectory(prefix="woo-redactor-selftest-", ignore_cleanup_errors=True) as tmp:
        result = selftest.run(Path(tmp))
        line = result.line()
        if result.ok:
            problem, seconds = _window_check(result.db, Path(tmp) / "settings", result.documents)
            if problem:
                result.problems.append(problem)
                line = result.line()
            else:
                line += f"; main window shown ({os.environ['QT_QPA_PLATFORM']}) in {seconds:.1f} s"
    if sys.stdout is not None:
        print(line, flush=True)
    if report is not None:
        report.write_text(line + "\n", encoding="utf-8")
    return 0 if result.ok else 1


def _window_check(db: Path, settings_dir: Path, documents: int) -> tuple[str, float]:
    """Open the main window on the self-test's dossier; return (problem or "", seconds to show it)."""
    started = time.monotonic()
    try:
        from PySide6.QtWidgets import QApplication

        import ui.settings

        # the reviewer's own settings (recent dossiers, positions) stay untouched
        previous, ui.settings.SETTINGS_FILE = ui.settings.SETTINGS_FILE, settings_dir / "settings.ini"
        app = QApplication.instance() or QApplication(sys.argv[:1])
        window = create_window(get_parser().parse_args([str(db), "--lang", "nl"]))
        window.show()
        app.processEvents()
        seconds = time.monotonic() - started
        shown = len(window.documents.ids())
        rendered = window.view.source is not None and not window.grab().isNull()
        window.close()
        if window.qd is not None:
            window.qd.dossier.store.engine.dispose()
        app.processEvents()
        ui.settings.SETTINGS_FILE = previous
    except Exception as exc:  # noqa: BLE001 - any failure of the window is the self-test's finding
        return f"main window: {type(exc).__name__}: {exc}", 0.0
    if shown != documents:
        return f"main window: {shown} of {documents} documents listed", seconds
    if not rendered:
        return "main window: the first page was not rendered", seconds
    return "", seconds


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``redactor-gui``."""
    args = get_parser().parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(name)s: %(message)s")
    if args.self_test:
        return self_test(args.self_test_report)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Woo redactor")
    app.setOrganizationName("woo-redactor")
    window = create_window(args)
    window.show()
    return app.exec()
