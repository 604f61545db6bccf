"""Screenshots of the main states of the real window: ``python -m ui.screenshots [OUT_DIR] [--lang nl]``.

Runs offscreen on the sample dossier, in a temporary dossier database and settings
folder (the user's own are not touched), and saves PNGs named ``ui-*.png``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path


def _wait(app, predicate, timeout_ms: int = 60000) -> None:
    from PySide6.QtCore import QDeadlineTimer, QThread

    deadline = QDeadlineTimer(timeout_ms)
    while not predicate():
        if deadline.hasExpired():
            raise TimeoutError("the window did not reach the expected state")
        app.processEvents()
        QThread.msleep(10)


def _add_copies_and_thread(folder: Path) -> None:
    """Make the sample dossier look like a real one: a copy of the memo and a three-message e-mail thread.

    The people are the fictional civil servants of ``seeds/fictional_pii.json``.
    """
    from email.message import EmailMessage

    shutil.copy(folder / "01-nota-toezegging-cd-rbz.pdf", folder / "05-nota-toezegging-kopie.pdf")
    joris, femke = "Joris Ploegmaker <joris.ploegmaker@minbuza.nl>", "Femke Tromp-Haverkamp <femke.tromp@minbuza.nl>"
    texts = ["Femke, kun je de nota over de toezegging aan de Kamer voor vrijdag nakijken? Groet, Joris",
             "Joris, ik kijk er vandaag naar en laat het je morgen weten. Femke",
             "Hierbij de nagekeken nota met twee opmerkingen over de planning. Femke"]
    body = ""
    for i, text in enumerate(texts, start=1):
        body = text + ("\n\n> " + body.replace("\n", "\n> ") if body else "")  # each reply quotes the one before
        msg = EmailMessage()
        msg["From"], msg["To"] = (joris, femke) if i % 2 else (femke, joris)
        msg["Subject"] = ("Re: " if i > 1 else "") + "Nota toezegging CD-RBZ"
        msg["Date"], msg["Message-ID"] = f"Tue, 12 Mar 2024 1{i}:00:00 +0100", f"<m{i}@minbuza.example>"
        if i > 1:
            msg["In-Reply-To"] = msg["References"] = f"<m{i - 1}@minbuza.example>"
        msg.set_content(body)
        (folder / f"06-mail-{i}.eml").write_bytes(bytes(msg))


def take(out: Path, lang: str) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui import i18n, style
    from ui.app import SAMPLE_DOSSIER
    from ui.main_window import MainWindow
    from ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp(prefix="redactor-shots-"))
    os.environ["XDG_DATA_HOME"] = str(work / "data")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
    app._translators = i18n.install(app, lang)
    style.apply(app)
    sources = work / "dossier"
    shutil.copytree(SAMPLE_DOSSIER, sources)
    window = MainWindow(Settings(), lang)
    window.show()
    window.open_sources([sources])
    _wait(app, lambda: window.qd is not None and not (window.job and window.job.running))
    saved: list[Path] = []

    def shot(name: str, widget=None) -> None:
        app.processEvents()
        path = out / f"ui-{name}{'' if lang == 'en' else '-' + lang}.png"
        (widget or window).grab().save(str(path))
        saved.append(path)

    session, doc = window.qd.session, window.cursor.document_id
    rows = window.qd.rows(doc)
    session.accept(doc, [r.key[1] for r in rows if r.state == "suggested" and r.entity in ("PHONE", "EMAIL")])
    session.reject(doc, [r.key[1] for r in rows if r.text == "Thijs van Opmeer"])
    target = next(r for r in rows if r.entity == "PERSON" and r.state == "suggested")
    window.cursor.set_finding(target.key, target.page)
    shot("review")
    window.a.preview.setChecked(True)
    shot("preview")
    window.a.preview.setChecked(False)
    window.a.change_ground.trigger()
    # wait until the dialog is shown and laid out: a grab before that paints rows at their unstyled height
    _wait(app, lambda: window.controller.dialog.isVisible())
    window.controller.dialog.list.doItemsLayout()
    shot("ground-picker", window.controller.dialog)
    window.controller.dialog.reject()
    page = window.view.source.page(1)
    start = page.text.index("Toivo Klaar")
    window.view.select_text(start, start + len("Toivo Klaar"))
    window.a.redact_everywhere.trigger()
    finder = window.controller.dialog
    _wait(app, lambda: finder.search is not None)
    shot("redact-everywhere", finder)
    finder.reject()
    window.view.clear_selection()
    for doc_id in window.controller.documents:
        session.accept(doc_id, [r.key[1] for r in window.qd.rows(doc_id) if r.state == "suggested"])
    dialog = window.show_export()
    dialog.folder.setText(str(work / "export"))
    dialog.start()
    _wait(app, lambda: dialog.outcome is not None and dialog.export_button.isEnabled())
    shot("export", dialog)
    dialog.reject()
    # a dossier with a copy and a thread: the list's tags and the "Duplicates and threads" view
    _add_copies_and_thread(sources)
    window.open_sources([sources])
    _wait(app, lambda: not (window.job and window.job.running) and len(window.qd.documents) > 4)
    copy = next(d.id for d in window.qd.documents if d.name.startswith("05-"))
    first_mail = next(d.id for d in window.qd.documents if d.name == "06-mail-1.eml")
    window.controller.mark_duplicate(first_mail, True)  # one copy confirmed, as the reviewer does from the view
    window.cursor.set_document(copy)
    window.a.show_groups.setChecked(True)
    window.groups.set_current(copy)
    shot("duplicates")
    window.close()
    shutil.rmtree(work, ignore_errors=True)
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--lang", choices=["en", "nl"], default="en")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.out.mkdir(parents=True, exist_ok=True)
    for path in take(args.out, args.lang):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
