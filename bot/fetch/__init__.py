"""Fetching KL's agendas and minutes by itself: the stage before `index/` reads a PDF.

listing page (HTML) → document links → polite download → archive folder → ingest.

- `sources`: which listing pages to watch (the five KKR pages by default) and the fetch settings;
- `links`: HTML of an unknown layout → candidate documents (pure);
- `http`: a polite httpx client (robots.txt, one request a second per host, retries, conditional
  requests, size cap, same-site redirects, PDF checks);
- `archive`: downloaded PDFs under stable names, one file per content;
- `bot.state.fetch` (beside the bot's other state): what was seen per listing page and per
  document address, SQLAlchemy Core against a database URL;
- `run`: one fetch run over the sources, one outcome per document;
- `status`: what `kkrbot sources` and `/kkr status` show; `service`: a run put together from
  Settings, and the scheduled job.

Nothing here knows Slack or parses a PDF: what a run downloads is handed to the ingest path the
inbox uses, so arrival posts and topic alerts follow as they do for a dropped file.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    """The job store names the fetch job "bot.fetch:run_fetch_job"; resolved lazily so importing
    a module of this package does not import the scheduler."""
    if name == "run_fetch_job":
        from bot.fetch.service import run_fetch_job

        return run_fetch_job
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
