"""Start the desktop app: ``redactor-gui [PATH... | --db FILE]`` or ``python -m ui``.

Without arguments the sample dossier in ``seeds/dossier`` is opened (screened into a
dossier database in the user's data folder), when it is there.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

SAMPLE_DOSSIER = Path(__file__).resolve().parent.parent / "seeds" / "dossier"


def get_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="redactor-gui", description="Review and redact a Woo/FOIA dossier.")
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                        help="a folder of documents, documents, or a dossier database (.sqlite)")
    parser.add_argument("--db", type=Path, metavar="FILE", help="dossier database to screen the documents into")
    parser.add_argument("--lang", choices=["nl", "en"], help="interface language (default: from the system)")
    return parser


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


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``redactor-gui``."""
    args = get_parser().parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(name)s: %(message)s")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Woo redactor")
    app.setOrganizationName("woo-redactor")
    window = create_window(args)
    window.show()
    return app.exec()
