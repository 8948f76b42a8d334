"""What fetching has seen, per listing page and per document address, in the state database.

Two tables, written with SQLAlchemy Core against a database URL, so they live wherever the
bot's state lives (the SQLite file today; any SQLAlchemy URL, PostgreSQL included) and other
state can join them on `url`:
- `fetch_sources`: a listing page: its validators and body hash (for conditional requests),
  last check, last change, documents found, last error;
- `fetch_documents`: a document address: what the page said of it (kind, council, date), its
  validators and content hash, where it is archived, what ingest made of it.
Times are stored in UTC.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Literal, TypeVar

from sqlalchemy import Column, Date, DateTime, Integer, String, Table, Text, select
from sqlalchemy.engine import Connection, RowMapping

from bot.state.db import StateDB, metadata, open_state

__all__ = ["DocumentState", "DocumentStatus", "FetchState", "SourceState", "metadata"]

# pending: downloaded and archived, not yet ingested (a killed run ingests it next time);
# ingested: in the index (or found there already); duplicate: the same bytes as another address;
# failed: the document could not be fetched or read (`last_error` says why); skipped: an attachment.
DocumentStatus = Literal["pending", "ingested", "duplicate", "failed", "skipped"]

fetch_sources = Table(
    "fetch_sources",
    metadata,
    Column("url", String, primary_key=True),
    Column("council", String, nullable=False),
    Column("etag", String),
    Column("last_modified", String),
    Column("page_sha256", String),
    Column("last_check", DateTime(timezone=True)),
    Column("last_change", DateTime(timezone=True)),
    Column("documents_found", Integer, nullable=False, default=0),
    Column("last_error", Text),
)

fetch_documents = Table(
    "fetch_documents",
    metadata,
    Column("url", String, primary_key=True),
    Column("source_url", String, nullable=False, index=True),
    Column("council", String),
    Column("kind", String, nullable=False),  # agenda | minutes | attachment (as the page says)
    Column("meeting_date", Date),
    Column("link_text", Text),
    Column("status", String, nullable=False),
    Column("etag", String),
    Column("last_modified", String),
    Column("sha256", String, index=True),
    Column("archive_path", Text),
    Column("items", Integer, nullable=False, default=0),
    Column("last_check", DateTime(timezone=True)),
    Column("last_change", DateTime(timezone=True)),
    Column("last_error", Text),
)


@dataclass(frozen=True)
class SourceState:
    url: str
    council: str
    etag: str | None = None
    last_modified: str | None = None
    page_sha256: str | None = None
    last_check: datetime | None = None
    last_change: datetime | None = None
    documents_found: int = 0
    last_error: str | None = None


@dataclass(frozen=True)
class DocumentState:
    url: str
    source_url: str
    kind: str
    status: DocumentStatus
    council: str | None = None
    meeting_date: date | None = None
    link_text: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    sha256: str | None = None
    archive_path: str | None = None
    items: int = 0
    last_check: datetime | None = None
    last_change: datetime | None = None
    last_error: str | None = None


class FetchState:
    """Read and write the two tables; every write is one transaction."""

    def __init__(self, database: str | Path | StateDB) -> None:
        """`database`: the bot's state (a URL, a SQLite path or an open bot.state.db.StateDB)."""
        self.db: StateDB = open_state(database)
        self.engine = self.db.engine

    @classmethod
    def sqlite(cls, path: str | Path) -> FetchState:
        return cls(f"sqlite:///{path}")

    # sources ------------------------------------------------------------------------------
    def source(self, url: str) -> SourceState | None:
        with self.engine.connect() as c:
            row = c.execute(select(fetch_sources).where(fetch_sources.c.url == url)).mappings().first()
        return _load(SourceState, row) if row else None

    def sources(self) -> list[SourceState]:
        with self.engine.connect() as c:
            rows = c.execute(select(fetch_sources).order_by(fetch_sources.c.council, fetch_sources.c.url)).mappings()
            return [_load(SourceState, r) for r in rows]

    def save_source(self, state: SourceState) -> None:
        with self.engine.begin() as c:
            _upsert(c, fetch_sources, _dump(state))

    # documents ----------------------------------------------------------------------------
    def document(self, url: str) -> DocumentState | None:
        with self.engine.connect() as c:
            row = c.execute(select(fetch_documents).where(fetch_documents.c.url == url)).mappings().first()
        return _load(DocumentState, row) if row else None

    def documents(self, source_url: str | None = None) -> list[DocumentState]:
        query = select(fetch_documents).order_by(fetch_documents.c.meeting_date.asc().nulls_first(), fetch_documents.c.url)
        if source_url is not None:
            query = query.where(fetch_documents.c.source_url == source_url)
        with self.engine.connect() as c:
            return [_load(DocumentState, r) for r in c.execute(query).mappings()]

    def holder_of(self, sha256: str, *, besides: str) -> DocumentState | None:
        """Another address whose content (same hash) is archived and in, or on its way in."""
        query = select(fetch_documents).where(
            fetch_documents.c.sha256 == sha256,
            fetch_documents.c.url != besides,
            fetch_documents.c.status.in_(("ingested", "pending")),
        )
        with self.engine.connect() as c:
            row = c.execute(query.order_by(fetch_documents.c.url)).mappings().first()
        return _load(DocumentState, row) if row else None

    def save_document(self, state: DocumentState) -> None:
        with self.engine.begin() as c:
            _upsert(c, fetch_documents, _dump(state))

    def close(self) -> None:
        """Nothing to do: the StateDB is the process's, shared with the other state stores."""


def _upsert(c: Connection, table: Table, values: dict[str, Any]) -> None:
    """Insert, or update the row with the same primary key (SQLite and PostgreSQL both say it
    as INSERT … ON CONFLICT DO UPDATE)."""
    dialect = c.dialect.name
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    elif dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:  # another database: update, else insert (one transaction)
        key = table.c.url == values["url"]
        if c.execute(table.update().where(key).values(**values)).rowcount == 0:
            c.execute(table.insert().values(**values))
        return
    stmt = insert(table).values(**values)
    c.execute(stmt.on_conflict_do_update(index_elements=["url"], set_={k: stmt.excluded[k] for k in values if k != "url"}))


def _dump(state: SourceState | DocumentState) -> dict[str, Any]:
    out = asdict(state)
    for k, v in out.items():
        if isinstance(v, datetime):
            out[k] = v.astimezone(timezone.utc)
    return out


State = TypeVar("State", SourceState, DocumentState)


def _load(cls: type[State], row: RowMapping) -> State:
    values = {f.name: row[f.name] for f in fields(cls)}
    for k, v in values.items():
        if isinstance(v, datetime) and v.tzinfo is None:  # SQLite keeps no zone: it was UTC
            values[k] = v.replace(tzinfo=timezone.utc)
    return cls(**values)
