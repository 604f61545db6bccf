"""What goes into the PyInstaller one-folder build; shared by the three platform spec files.

A spec file calls :func:`build` with its own globals (PyInstaller's ``Analysis``, ``PYZ``,
``EXE``, ``COLLECT``, ``BUNDLE``, ``SPECPATH``). The result is one folder holding two
programs that share every library: ``redactor-gui`` (the desktop app; a windowed program
on Windows and macOS) and ``redactor`` (the command line tool, a console program).

Everything the programs read at run time is inside the folder: the ground catalogues and
detection rules (``rules/``), the sample dossier, the Dutch translation, the Alembic
migration scripts (as ``.py`` files: Alembic loads them from disk), PyMuPDF's data, the
Qt plugins. Nothing is downloaded on first start: detection uses no spaCy model.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_NAME = "woo-redactor"  # the folder's (and archive's) name
GUI_NAME = "redactor-gui"  # same names as the pip-installed entry points
CLI_NAME = "redactor"

# Never imported by the app, but found by PyInstaller's import scan of optional code paths.
EXCLUDES = [
    "tkinter", "_tkinter", "matplotlib", "IPython", "jupyter_client", "notebook",
    "pytest", "_pytest", "pytestqt", "hypothesis",
    "torch", "tensorflow", "jax", "transformers", "stanza", "spacy_huggingface_pipelines", "cupy",
    "pandas", "dask", "distributed",  # --cluster (redactor.cluster) needs the 'cluster' extra: not in the app
    "spacy.tests", "thinc.tests", "numpy.tests", "scipy.tests",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtNetwork",  # pulled in by nothing the app uses
]
# the command line tool never loads Qt
CLI_EXCLUDES = EXCLUDES + ["PySide6", "shiboken6", "ui"]


def version() -> str:
    """The one version number, from ``redactor/__init__.py`` (read, not imported)."""
    text = (ROOT / "redactor" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE).group(1)


def _tree(source: Path, dest: str, patterns: tuple[str, ...] = ("*",)) -> list[tuple[str, str]]:
    """(file, destination folder) pairs for every file under ``source`` matching a pattern."""
    pairs = []
    for pattern in patterns:
        for path in sorted(source.rglob(pattern)):
            if path.is_file() and "__pycache__" not in path.parts:
                pairs.append((str(path), str(Path(dest) / path.parent.relative_to(source))))
    return pairs


def project_datas() -> list[tuple[str, str]]:
    """The project's own data files, at the same places relative to the packages as in the source tree.

    ``redactor.grounds`` finds ``rules/`` beside the ``redactor`` package, ``ui.app`` and
    ``redactor.selftest`` find ``seeds/``, ``ui.i18n`` finds ``ui/translations``, and
    ``redactor.migrate`` runs the scripts in ``redactor/migrations`` from disk.
    """
    datas = _tree(ROOT / "rules", "rules")
    datas += _tree(ROOT / "seeds" / "dossier", "seeds/dossier")
    datas += [(str(ROOT / "seeds" / "fictional_pii.json"), "seeds")]
    datas += _tree(ROOT / "ui" / "translations", "ui/translations", ("*.qm",))
    datas += _tree(ROOT / "redactor" / "migrations", "redactor/migrations", ("*.py", "*.mako"))
    # the detection fingerprint (redactor.pipeline) hashes these sources; the code itself runs from the archive
    datas += _tree(ROOT / "redactor" / "detect", "redactor/detect", ("*.py",))
    return datas


def migration_imports() -> list[str]:
    """Modules the Alembic scripts import: PyInstaller never sees those files as code."""
    modules: set[str] = set()
    for path in (ROOT / "redactor" / "migrations").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module != "__future__":
                modules.add(node.module)
                # `from alembic import op`: op is a module; `from redactor.models import Base` is not
                modules.update(f"{node.module}.{a.name}" for a in node.names if _is_module(f"{node.module}.{a.name}"))
    return sorted(modules)


def _is_module(name: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def collected() -> tuple[list, list, list]:
    """(datas, binaries, hiddenimports) of the third-party packages that need help."""
    from PyInstaller.utils.hooks import collect_all, collect_data_files, collect_submodules

    datas, binaries, hidden = project_datas(), [], migration_imports()
    # PyMuPDF: its shared libraries and data; 2.0 crashed at start without --collect-data pymupdf
    d, b, h = collect_all("pymupdf")
    datas, binaries, hidden = datas + d, binaries + b, hidden + h
    datas += collect_data_files("presidio_analyzer")  # its default configuration files (YAML)
    hidden += [
        # SQLAlchemy loads dialects by URL at run time: SQLite by default, PostgreSQL (psycopg 3) for teams
        "sqlalchemy.dialects.sqlite", "sqlalchemy.dialects.sqlite.pysqlite",
        "sqlalchemy.dialects.postgresql", "sqlalchemy.dialects.postgresql.psycopg",
        "psycopg", "psycopg_binary", "psycopg.pq",
        "alembic.ddl.sqlite", "alembic.ddl.postgresql",
        "platformdirs",
    ]
    hidden += collect_submodules("redactor") + collect_submodules("ui")
    return datas, binaries, hidden


def windows_version_file() -> str:
    """A Windows version resource (file properties) for the one version number; written to the work folder."""
    from PyInstaller.config import CONF

    numbers = [int(n) for n in re.findall(r"\d+", version())[:4]]
    numbers += [0] * (4 - len(numbers))
    fields = {"CompanyName": "woo-redactor", "FileDescription": "Woo redactor", "FileVersion": version(),
              "InternalName": GUI_NAME, "LegalCopyright": "AGPL-3.0-or-later", "OriginalFilename": f"{GUI_NAME}.exe",
              "ProductName": "Woo redactor", "ProductVersion": version()}
    strings = ", ".join(f"StringStruct({k!r}, {v!r})" for k, v in fields.items())
    text = (f"VSVersionInfo(ffi=FixedFileInfo(filevers={tuple(numbers)}, prodvers={tuple(numbers)}, mask=0x3f, "
            f"flags=0x0, OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)), kids=["
            f"StringFileInfo([StringTable('040904B0', [{strings}])]), "
            f"VarFileInfo([VarStruct('Translation', [1033, 1200])])])\n")
    path = Path(CONF["workpath"]) / "windows-version.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


def _keep(entry) -> bool:
    """Leave out what no user needs: Qt translations of languages the app does not offer (it is
    Dutch/English), and PyMuPDF's C headers and static library (``mupdf-devel``, for building extensions)."""
    dest = entry[0].replace("\\", "/")
    if "pymupdf/mupdf-devel/" in dest:
        return False
    if "/translations/" in dest and dest.endswith(".qm") and "PySide6" in dest:
        name = dest.rsplit("/", 1)[-1]
        return bool(re.match(r"^(qt|qtbase)_(nl|en)\b", name))
    return True


def build(spec: dict, platform: str) -> None:
    """Make the one-folder build (and on macOS the .app) from inside a spec file."""
    Analysis, PYZ, EXE, COLLECT = spec["Analysis"], spec["PYZ"], spec["EXE"], spec["COLLECT"]
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    datas, binaries, hidden = collected()
    icon = {"windows": PACKAGING / "icons" / "woo-redactor.ico",
            "macos": PACKAGING / "icons" / "woo-redactor.icns"}.get(platform)
    icon_arg = [str(icon)] if icon and icon.is_file() else None

    gui = Analysis([str(PACKAGING / "launch_gui.py")], pathex=[str(ROOT)], binaries=binaries, datas=datas,
                   hiddenimports=hidden, excludes=EXCLUDES, noarchive=False)
    gui.datas, gui.binaries = [e for e in gui.datas if _keep(e)], [e for e in gui.binaries if _keep(e)]
    cli = Analysis([str(PACKAGING / "launch_cli.py")], pathex=[str(ROOT)], binaries=binaries, datas=datas,
                   hiddenimports=[h for h in hidden if not h.startswith("ui")], excludes=CLI_EXCLUDES,
                   noarchive=False)
    cli.datas, cli.binaries = [e for e in cli.datas if _keep(e)], [e for e in cli.binaries if _keep(e)]

    windowed = platform in ("windows", "macos")
    gui_exe = EXE(PYZ(gui.pure), gui.scripts, [], exclude_binaries=True, name=GUI_NAME,
                  console=not windowed, icon=icon_arg, strip=False, upx=False,
                  version=windows_version_file() if platform == "windows" else None)
    cli_exe = EXE(PYZ(cli.pure), cli.scripts, [], exclude_binaries=True, name=CLI_NAME,
                  console=True, icon=icon_arg, strip=False, upx=False)
    folder = COLLECT(gui_exe, gui.binaries, gui.datas, cli_exe, cli.binaries, cli.datas,
                     strip=False, upx=False, name=APP_NAME)
    if platform == "macos":
        spec["BUNDLE"](folder, name="Woo Redactor.app", icon=icon_arg[0] if icon_arg else None,
                       bundle_identifier="org.woo-redactor.app", version=version(),
                       info_plist={"CFBundleShortVersionString": version(), "NSHighResolutionCapable": True,
                                   "LSMinimumSystemVersion": "11.0",
                                   "CFBundleDocumentTypes": [{"CFBundleTypeName": "PDF document",
                                                              "CFBundleTypeRole": "Viewer",
                                                              "LSItemContentTypes": ["com.adobe.pdf"]}]})
