"""The bot's state behind one SQLAlchemy URL (Settings.state_url: KKRBOT_DATABASE_URL, else the
SQLite file KKRBOT_STATE_DB / `kkrbot.sqlite` beside the index).

Every table of the bot's state (subscriptions, follows, the post ledger, arrivals, feedback, seen
events, leases, fetch state) is declared on the one `metadata` here, so a database holds all of it
and several `kkrbot serve` processes on one PostgreSQL share one truth. APScheduler's job table
lives in the same database (bot/digests/scheduler.py passes `StateDB.engine` to its job store).

One `StateDB` (engine and connection pool) per URL per process. Writes are short transactions:
on SQLite each takes the write lock at BEGIN (`BEGIN IMMEDIATE`), so a read-then-write cannot
interleave with another's; on PostgreSQL claims are single `INSERT … ON CONFLICT` statements and a
read-then-write that must not interleave takes a transaction-scoped advisory lock (`serialize`).
A new SQLite file is created 0600 in a folder created 0700 (KKRBOT_UMASK widens that).
"""

from __future__ import annotations

import os
import threading
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from sqlalchemy import MetaData, Table, create_engine, event, inspect, text
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.schema import CreateColumn

if TYPE_CHECKING:
    from bot.settings import Settings

metadata = MetaData()

PRIVATE_DIR, PRIVATE_FILE = 0o700, 0o600


class StateError(Exception):
    """The state database cannot be opened; the message is one line for people (no password)."""


def state_url(where: str | Path) -> str:
    """A database URL from a URL or a SQLite file path. `postgres://` and `postgresql://` get the
    psycopg (3) driver, the one kkrbot installs (`pip install 'kkrbot[postgres]'`)."""
    raw = str(where)
    if "://" not in raw:  # absolute: the process keeps one StateDB per URL, whatever the cwd later
        return f"sqlite:///{Path(raw).absolute()}"
    for plain in ("postgres://", "postgresql://"):
        if raw.startswith(plain):
            return "postgresql+psycopg://" + raw[len(plain) :]
    return raw


def shown_url(url: str | URL) -> str:
    """The URL as logs and messages may show it: the password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparseable database URL>"


@dataclass(eq=False)
class StateDB:
    """One database of bot state: its engine, and the transactions kkrbot uses on it."""

    url: str
    engine: Engine
    created: set[str] = field(default_factory=set)  # tables known to exist

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def write(self):
        """One write transaction (committed on exit, rolled back on error)."""
        return self.engine.begin()

    def read(self):
        return self.engine.connect()

    def serialize(self, conn: Connection, name: str) -> None:
        """Within `conn`'s transaction, wait for anyone else serializing on `name` (PostgreSQL:
        an advisory lock released at commit; SQLite: BEGIN IMMEDIATE already serializes writes)."""
        if self.dialect == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": zlib.crc32(name.encode())})

    def insert(self, table: Table) -> Any:
        """`insert(table)` of this dialect, which knows `on_conflict_do_nothing/update`."""
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        return insert(table)

    def close(self) -> None:
        self.engine.dispose()


_open: dict[str, StateDB] = {}
_open_lock = threading.Lock()


def open_state(where: str | Path | StateDB, *, dir_mode: int = PRIVATE_DIR, file_mode: int = PRIVATE_FILE) -> StateDB:
    """The process's StateDB for `where` (a URL or a SQLite path), its tables created if missing."""
    if isinstance(where, StateDB):
        return where
    url = state_url(where)
    with _open_lock:
        found = _open.get(url)
        if found is None:
            found = _open[url] = _connect(url, dir_mode, file_mode)
        elif set(metadata.tables) - found.created:  # a module declaring tables was imported since
            _create(found)
        return found


def _connect(url: str, dir_mode: int, file_mode: int) -> StateDB:
    try:
        parsed = make_url(url)
    except ArgumentError as e:
        raise StateError(f"KKRBOT_DATABASE_URL is not a database URL: {shown_url(url)}") from e
    try:
        if parsed.get_backend_name() == "sqlite":
            engine = _sqlite_engine(parsed, dir_mode, file_mode)
        else:
            engine = create_engine(parsed, pool_pre_ping=True, pool_size=5, max_overflow=10)
    except NoSuchModuleError as e:
        raise StateError(f"{shown_url(url)}: no driver for this database") from e
    except ModuleNotFoundError as e:
        hint = " (pip install 'kkrbot[postgres]')" if parsed.get_backend_name() == "postgresql" else ""
        raise StateError(f"{shown_url(url)}: the database driver {e.name!r} is not installed{hint}") from e
    return _create(StateDB(url, engine))


def _create(db: StateDB) -> StateDB:
    try:
        create_tables(db)
    except OSError as e:
        raise StateError(f"{shown_url(db.url)}: cannot open the state database: {e.strerror or e}") from e
    except Exception as e:  # sqlalchemy.exc.OperationalError and kin: one line, no password
        raise StateError(f"{shown_url(db.url)}: cannot open the state database: {_first_line(e)}") from e
    return db


def _first_line(e: BaseException) -> str:
    orig = e.orig if isinstance(e, DBAPIError) and e.orig is not None else e
    return " ".join(str(orig).split("\n")[0].split()) or type(orig).__name__


def _sqlite_engine(url: URL, dir_mode: int, file_mode: int) -> Engine:
    if url.database and url.database != ":memory:":
        path = Path(url.database)
        if not path.parent.is_dir():
            path.parent.mkdir(parents=True, exist_ok=True)
            os.chmod(path.parent, dir_mode)
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, file_mode))
            os.chmod(path, file_mode)  # exactly the mode asked for, whatever the process umask
    engine = create_engine(url, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _autocommit_driver(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # the driver's own BEGIN is deferred; we send ours
        dbapi_conn.execute("PRAGMA busy_timeout = 30000")

    @event.listens_for(engine, "begin")
    def _begin_immediate(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def create_tables(db: StateDB) -> None:
    """Create missing tables and add columns that a newer kkrbot declares (nullable or with a
    default), one process at a time. The tables are those declared so far (by the modules imported:
    `open_state` comes back here when more are)."""
    names = set(metadata.tables)
    with db.write() as conn:
        db.serialize(conn, "kkrbot:create_tables")
        metadata.create_all(conn)
        _add_missing_columns(conn)
        from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore

        SQLAlchemyJobStore(engine=db.engine).jobs_t.create(conn, checkfirst=True)
    db.created |= names


def _add_missing_columns(conn: Connection) -> None:
    inspector = inspect(conn)
    for table in metadata.sorted_tables:
        have = {c["name"] for c in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name not in have:
                spec = CreateColumn(column).compile(dialect=conn.dialect)
                conn.execute(text(f"ALTER TABLE {conn.dialect.identifier_preparer.quote(table.name)} ADD COLUMN {spec}"))


@contextmanager
def transaction(db: StateDB, serialize_on: str | None = None) -> Iterator[Connection]:
    """A write transaction, serialized on `serialize_on` when given."""
    with db.write() as conn:
        if serialize_on:
            db.serialize(conn, serialize_on)
        yield conn


def state_for(settings: Settings) -> StateDB:
    """The StateDB of a `bot.settings.Settings`: its URL, and its modes for a new SQLite file."""
    return open_state(settings.state_url, dir_mode=settings.dir_mode, file_mode=settings.file_mode)
