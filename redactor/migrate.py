"""Schema migrations (Alembic): new dossiers are created by them, older ones upgraded.

Before an SQLite dossier is upgraded, a copy of the file is kept next to it. A dossier
made by a newer version of the tool is refused, not touched.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import make_url

from redactor.errors import DossierError

log = logging.getLogger(__name__)
_MIGRATIONS = Path(__file__).parent / "migrations"
_FIRST = "0001"  # dossiers made before migrations existed have exactly this schema


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head() or _FIRST


def upgrade(url: str) -> Path | None:
    """Bring the database at ``url`` to the newest schema; return the backup made, if any.

    Raises:
        DossierError: the database was made by a newer version of the tool.
    """
    script = ScriptDirectory.from_config(_config())
    known = {rev.revision for rev in script.walk_revisions()}
    engine = create_engine(url)
    backup = None
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            tables = set(inspect(conn).get_table_names())
        if current is None and "dossier" in tables:
            current = _FIRST
            with engine.begin() as conn:
                cfg = _config()
                cfg.attributes["connection"] = conn
                command.stamp(cfg, _FIRST)
        if current is not None and current not in known:
            raise DossierError(f"the dossier database {_display(url)} was made by a newer version of this tool "
                               f"(schema {current}); install the newer version to open it")
        if current == script.get_current_head():
            return None
        if current is not None:
            backup = _backup(url, current)
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                # table rebuilds in batch migrations must not trip over foreign keys
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                conn.commit()
            with conn.begin():
                cfg = _config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        if backup:
            log.info("dossier upgraded from schema %s; backup kept at %s", current, backup)
        return backup
    finally:
        engine.dispose()


def _backup(url: str, revision: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    source = Path(parsed.database)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source.with_name(f"{source.stem}.schema-{revision}.{stamp}.backup{source.suffix}")
    shutil.copy2(source, target)
    for suffix in ("-wal", "-shm"):  # WAL content not yet checkpointed into the main file
        extra = source.with_name(source.name + suffix)
        if extra.exists():
            shutil.copy2(extra, target.with_name(target.name + suffix))
    return target


def _display(url: str) -> str:
    parsed = make_url(url)
    return parsed.database if parsed.get_backend_name() == "sqlite" else parsed.render_as_string(hide_password=True)
