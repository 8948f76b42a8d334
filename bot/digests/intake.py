"""Documents that arrive by themselves: PDFs dropped in the inbox folder, PDFs sent to the bot in a DM.

Both paths read the file with `index.read.document.read_document`, store it through the engine and call
`ingest_announced` (the arrival staged before the commit, announced after), so channels get the
arrival post and followers their alerts. The inbox is
scanned by a scheduled job (`bot.digests:scan_inbox_job`); a scanned file ends in `done/`, or in
`failed/` with `<name>.error.txt` beside it saying why. Copy files in under a temporary name
(`.x.pdf`, `x.pdf.part`) and rename them: dotfiles and partial names are never picked up.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bot.digests.announce import Announcement, ingest_announced
from bot.digests.runtime import Runtime, current_runtime
from bot.render.labels import kind_label, label, labels
from bot.render.mrkdwn import esc, human_date
from bot.slack.files import FileError, FileRefused, FileTooLarge, download
from index.errors import IngestError, shown_name
from index.model import Meeting
from index.read.document import read_document
from index.read.front_matter import contents_check

if TYPE_CHECKING:
    from slack_sdk import WebClient

log = logging.getLogger(__name__)

SETTLE_SECONDS = 5.0  # a file younger than this may still be being written
MAX_DOWNLOAD = 50 * 1024 * 1024


@dataclass(frozen=True)
class Ingested:
    """One file taken in: the meeting read, what the store did, what was announced."""

    source: str
    meeting: Meeting | None
    status: str  # "added" | "unchanged" | "replaced agenda" | "replaced minutes" | "failed"
    item_count: int
    announcement: Announcement | None = None
    error: str | None = None  # for the log, and the person when it is a reading error (IngestError's line)
    said: str | None = None  # instead of `error`, a fixed sentence for the person (fetch or internal failures)


def ingest_path(rt: Runtime, path: Path, *, source: str | None = None) -> Ingested:
    """Read, store, announce. Typed ingest errors come back as a failed `Ingested`, not raised."""
    source = source or path.name
    try:
        meeting = read_document(path, source=source)
    except IngestError as e:
        return Ingested(source, None, "failed", 0, error=str(e))
    [result], announcement = ingest_announced(rt.engine, [meeting], posting=rt.posting, client=rt.client, now=rt.clock())
    return Ingested(source, meeting, result.status, result.count, announcement)


# --- (a) the inbox folder --------------------------------------------------------------------


def _waiting(inbox: Path, settle: float) -> list[Path]:
    # Not the bot's clock: a file's mtime is the file system's wall time, and the bot's clock may
    # stand on another day (`--today`, tests), which would make every file look settled or none.
    now = time.time()
    return sorted(
        p for p in inbox.iterdir()
        if p.is_file() and p.suffix.lower() == ".pdf" and not p.name.startswith(".")
        and now - p.stat().st_mtime >= settle
    )  # fmt: skip


def _move(path: Path, folder: Path) -> Path:
    """Move into `folder`, never over an earlier file of the same name."""
    folder.mkdir(exist_ok=True)
    target = folder / path.name
    n = 1
    while target.exists():
        target = folder / f"{path.stem}.{n}{path.suffix}"
        n += 1
    shutil.move(str(path), target)
    return target


def scan_inbox(rt: Runtime, *, settle: float = SETTLE_SECONDS) -> list[Ingested]:
    """Take in every settled PDF in the inbox; the folder must exist (it is the operator's)."""
    inbox = rt.settings.inbox_dir
    if inbox is None or not inbox.is_dir():
        return []
    done: list[Ingested] = []
    for path in _waiting(inbox, settle):
        try:
            outcome = ingest_path(rt, path)
        except Exception as e:  # noqa: BLE001 - one bad file must not block the rest of the inbox
            log.exception("inbox: %s could not be ingested", shown_name(path.name))
            outcome = Ingested(path.name, None, "failed", 0, error=f"internal error: {type(e).__name__}: {e}")
        if outcome.status == "failed":
            moved = _move(path, inbox / "failed")
            moved.with_name(moved.name + ".error.txt").write_text(f"{outcome.error}\n", encoding="utf-8")
            log.warning("inbox: %s failed: %s", shown_name(path.name), outcome.error)
        else:
            _move(path, inbox / "done")
            note = contents_check(outcome.meeting) if outcome.meeting else None
            log.info("inbox: %s %s (%d items)%s", shown_name(path.name), outcome.status, outcome.item_count, f" ({note})" if note else "")
        done.append(outcome)
    return done


def scan_inbox_job() -> int:
    """The scheduled job (referenced as text in the job store)."""
    return len(scan_inbox(current_runtime()))


# --- (b) a PDF sent to the bot in a DM --------------------------------------------------------


def is_pdf_share(event: dict) -> bool:
    return event.get("channel_type") == "im" and any(_is_pdf(f) for f in event.get("files") or [])


def _is_pdf(f: dict) -> bool:
    return f.get("filetype") == "pdf" or f.get("mimetype") == "application/pdf" or str(f.get("name", "")).lower().endswith(".pdf")


def handle_pdf_share(rt: Runtime, event: dict, client: WebClient) -> list[Ingested]:
    """Ingest each PDF in a DM file share and answer in the DM with what was found. The file is
    fetched with the bot token by bot/slack/files.py (Slack's hosts over https only); the person
    reads a fixed sentence when that or the reading fails unexpectedly, the log has the details."""
    token = rt.settings.slack_bot_token or ""
    outcomes: list[Ingested] = []
    for f in event.get("files") or []:
        if not _is_pdf(f):
            continue
        if not f.get("url_private"):  # a partial file object ("file_access": "check_file_info")
            f = client.files_info(file=f["id"])["file"]
        name = Path(str(f.get("name") or f"{f['id']}.pdf")).name
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / name
            try:
                download(str(f.get("url_private") or ""), token, path, api_url=rt.settings.slack_api_url, max_bytes=MAX_DOWNLOAD)
                outcomes.append(ingest_path(rt, path, source=name))
            except FileError as e:
                log.warning("DM upload %s not fetched: %s: %s", name, type(e).__name__, e)
                key = "file_too_big" if isinstance(e, FileTooLarge) else "file_refused" if isinstance(e, FileRefused) else "file_failed"
                said = label(key, name=esc(name), mb=MAX_DOWNLOAD >> 20)
                outcomes.append(Ingested(name, None, "failed", 0, error=f"{type(e).__name__}: {e}", said=said))
            except Exception as e:  # noqa: BLE001 - the person who sent it hears that it failed; the log has why
                log.exception("DM upload %s could not be ingested", name)
                said = label("file_failed", name=esc(name))
                outcomes.append(Ingested(name, None, "failed", 0, error=f"internal error: {type(e).__name__}", said=said))
    for o in outcomes:
        client.chat_postMessage(channel=event["channel"], text=reply_text(o), unfurl_links=False)
    return outcomes


def reply_text(o: Ingested, language: str = "da") -> str:
    """What the person who sent the file reads: what was found in it, or why it was not read."""
    if o.said:
        return o.said
    lab, name = labels(language), esc(o.source)
    if o.status == "failed" or o.meeting is None:
        return label("intake_unreadable", language, name=name, error=esc(o.error or lab["intake_unknown_error"]))
    m = o.meeting
    what = label("intake_what", language, kind=kind_label(m.document_kind, language),
                 council=esc(m.council), date=human_date(m.meeting_date, language), n=o.item_count)  # fmt: skip
    if o.status == "unchanged":
        return label("intake_known", language, name=name, what=what)
    titles = "\n".join(f"• {esc(i.item_number)} {esc(i.title)}" for i in m.items[:10])
    more = "\n" + label("intake_more", language, n=len(m.items) - 10) if len(m.items) > 10 else ""
    posted = ""
    if o.announcement and o.announcement.arrivals:
        posted = "\n" + label("intake_shared", language, n=len(o.announcement.arrivals))
    return f"{label('intake_thanks', language, name=name, what=what)}\n{titles}{more}{posted}"
