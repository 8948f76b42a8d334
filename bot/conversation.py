"""The Slack-free core of the bot: text in, `Reply` out. Slack listeners and `kkrbot chat` both
call it, so what the terminal shows is what Slack shows.

It cleans Slack's markup off a question, routes `/kkr` text (help, next, the digest
subcommands, else a question; a question about who took part in a meeting is answered from its
participant list), answers the buttons of bot/render/answers.py, and stores feedback.
Engine errors are not caught here: the listeners turn them into `blocks.apology` and a log trace.
"""

from __future__ import annotations

import html
import logging
import re
import time
from datetime import datetime
from typing import Callable, Mapping, Protocol

from bot.render.answers import (
    FEEDBACK_DOWN,
    FEEDBACK_UP,
    MORE,
    PAGE,
    SHARE,
    SHOW_ITEM,
    Reply,
    answer_reply,
    parse_value,
)
from bot.state.feedback import FeedbackStore
from bot.render.home import example_questions, home_view
from bot.render.meeting import SHOW_MEETING, attendance_reply, meeting_reply, missing_meeting_reply
from bot.render.labels import label
from bot.render.notices import notice_reply, with_note
from bot.render.replies import help_reply, item_reply, missing_item_reply, next_reply, text_reply
from index.councils import council_named
from index.engine import AnswerEngine
from index.model import Answer, Meeting
from index.question.text import detect_language
from index.search.upcoming import upcoming_meetings

log = logging.getLogger(__name__)

HELP_WORDS = {"help", "hjælp", "hjaelp", "-h", "--help", "?"}
ENGLISH = {"en", "english", "engelsk"}
MAX_OFFSET = 60
MEETINGS_TTL = 60.0  # seconds a read of all meetings is reused when the item count has not changed
NEXT_WORDS = {"next", "næste", "naeste"}
MAX_QUESTION = 1000  # characters answered; a longer question is answered on its first ones, with a note
_RAW_LIMIT = 8 * MAX_QUESTION  # of a message's raw text, read before cleaning (mentions and links shrink)
_USER_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")
_LABELLED = re.compile(r"<(?:[#!][^>|]*|[a-z]+://[^>|]*)\|([^>]*)>")
_BARE = re.compile(r"<([a-z]+://[^>|]*)>")
_SPECIAL = re.compile(r"<![^>]*>")


class Subcommand(Protocol):
    """A `/kkr <word> …` handler the Conversation routes to (the digest and follow commands,
    `/kkr status`): the rest of the text in, the reply (escaped mrkdwn) out."""

    def __call__(self, args: str, *, channel: str, user: str) -> str: ...


def clean_question(text: str) -> str:
    """A Slack message as the words the user typed: mentions dropped, links to their labels,
    Slack's &amp;/&lt;/&gt; undone, whitespace collapsed."""
    text = _USER_MENTION.sub(" ", text)
    text = _LABELLED.sub(lambda m: m.group(1), text)
    text = _BARE.sub(lambda m: m.group(1), text)
    text = _SPECIAL.sub(" ", text)
    return " ".join(html.unescape(text).split())


def capped_question(text: str) -> tuple[str, bool]:
    """The words of a question that get answered: at most MAX_QUESTION characters, cut between
    words; True when it was cut. (Search time grows faster than the question's length.)"""
    text = clean_question(text[:_RAW_LIMIT])
    if len(text) <= MAX_QUESTION:
        return text, False
    cut = text[: MAX_QUESTION + 1].rsplit(" ", 1)[0] if " " in text[:MAX_QUESTION] else text[:MAX_QUESTION]
    return cut[:MAX_QUESTION].rstrip(), True


def _offset(value: object) -> int:
    """A button's result offset, kept between 0 and MAX_OFFSET (values come back from Slack as sent,
    but a hand-made payload must not make the engine rank thousands of items)."""
    try:
        return min(max(int(value or 0), 0), MAX_OFFSET)
    except (TypeError, ValueError):
        return 0


def _is_help(text: str) -> bool:
    """"", "help", "hjælp", "help en": a call for help, not a question."""
    words = text.casefold().split()
    return not words or (words[0] in HELP_WORDS and all(w in ENGLISH for w in words[1:]))


class Conversation:
    """One per bot process; safe to share between threads (the engine gives each thread its own searcher)."""

    def __init__(
        self,
        engine: AnswerEngine,
        *,
        clock: Callable[[], datetime],
        subcommands: Mapping[str, Subcommand] | None = None,
        feedback: FeedbackStore | None = None,
    ) -> None:
        self.engine = engine
        self.clock = clock
        self.subcommands = dict(subcommands or {})
        self.feedback = feedback
        self._language: dict[str, str] = {}  # user → language of their last question (for buttons)
        self._meetings_cache: tuple[float, int, list[Meeting]] | None = None

    # --- ways in ---------------------------------------------------------------------------

    def question(self, text: str, *, user: str, ephemeral: bool = False) -> Reply:
        """A DM, an @mention or `/kkr <question>`; `ephemeral` restates it and offers sharing."""
        q, cut = capped_question(text)
        if _is_help(q):
            return self.help(self._help_language(q, user))
        if not self.engine.item_count():
            lang = detect_language(re.findall(r"\w+", q.lower()))
            return notice_reply("empty_index", lang)
        attendance = self.engine.attendance(q, today=self.clock().date())  # "hvem deltog i …": the list
        if attendance is not None and attendance.meeting is not None:
            self._language[user] = attendance.language
            return attendance_reply(attendance)
        answer = self._ask(q, 0)
        self._language[user] = answer.language
        reply = answer_reply(answer, ephemeral=ephemeral)
        if cut:
            n = f"{MAX_QUESTION:,}".replace(",", "," if answer.language == "en" else ".")
            reply = with_note(reply, label("cut", answer.language, n=n))
        return reply

    def command(self, text: str, *, user: str, channel: str) -> Reply:
        """The text after `/kkr`: help, `next [council]`, a digest subcommand, else a question."""
        text = clean_question(text[:_RAW_LIMIT])
        head, _, rest = text.partition(" ")
        word = head.casefold()
        if _is_help(text):
            return self.help(self._help_language(text, user))
        if word in NEXT_WORDS:
            council = self._council(rest)
            if not rest.strip() or council:
                return self.next(council, self._language.get(user, "da"))
        if word in self.subcommands:
            return text_reply(self.subcommands[word](rest.strip(), channel=channel, user=user))
        return self.question(text, user=user, ephemeral=True)

    def action(self, action_id: str, value: str, *, user: str) -> Reply | None:
        """A button of bot/render/answers.py. Returns the message to show: the item (SHOW_ITEM), the
        whole meeting (SHOW_MEETING, bot/render/meeting.py), the next results (MORE), the answer with
        thanks instead of 👍/👎 to replace the original (FEEDBACK_*), or the answer to post publicly
        (SHARE). None for an action that is not ours."""
        lang = self._language.get(user, "da")
        if action_id == SHOW_ITEM:
            item = self.engine.item(value)
            return item_reply(item, lang) if item else missing_item_reply(value, lang)
        if action_id == SHOW_MEETING:
            meeting = self.engine.meeting(value)
            return meeting_reply(meeting, lang) if meeting else missing_meeting_reply(value, lang)
        if action_id.startswith(f"{MORE}_"):  # a closest-topic button of a "not found" answer
            action_id = MORE
        if action_id not in (MORE, SHARE, FEEDBACK_UP, FEEDBACK_DOWN):
            return None
        data = parse_value(value)
        q = str(data.get("q") or "").strip()
        if not q:
            log.warning("button %s with an unreadable value", action_id)
            return None
        offset = _offset(data.get("offset"))
        ephemeral = bool(data.get("e"))
        answer = self._ask(q, offset)
        if action_id == MORE:
            self._language[user] = answer.language
            return answer_reply(answer, offset=offset, ephemeral=ephemeral)
        if action_id == SHARE:
            return answer_reply(answer, offset=offset, asked_by=user)
        vote = "up" if action_id == FEEDBACK_UP else "down"
        items = tuple(str(i) for i in data.get("items") or ())
        if self.feedback is not None:
            self.feedback.record(user, q, items, vote, at=self.clock(), answer_id=data.get("a"))
        else:
            log.warning("feedback %s not stored: no FeedbackStore configured", vote)
        return answer_reply(answer, offset=offset, ephemeral=ephemeral, voted=vote)

    def home(self, user: str, language: str = "da") -> dict:
        """The App Home view for `views.publish`, in `language` (the Slack listener reads the
        user's from Slack: bot/slack/languages.py)."""
        return home_view(self._meetings(), today=self.clock().date(), item_count=self.engine.item_count(), language=language)

    def language(self, user: str) -> str:
        """The language `user` last asked in ("da" before any question): for messages that are
        not answers, such as the note that the bot must be invited to a channel."""
        return self._language.get(user, "da")

    # --- pieces ----------------------------------------------------------------------------

    def help(self, language: str = "da") -> Reply:
        return help_reply(language, example_questions(self._meetings(), limit=3))

    def next(self, council: str | None, language: str = "da") -> Reply:
        """The next meetings (of `council`); when none is known, the latest one the index has."""
        meetings = self._meetings()
        today = self.clock().date()
        found = upcoming_meetings(meetings, today=today, council=council)
        held = [m for m in meetings if m.meeting_date and m.meeting_date <= today and council in (None, m.council)]
        latest = max(held, key=lambda m: m.meeting_date, default=None)
        return next_reply(found, council=council, latest=latest, language=language)

    def _help_language(self, text: str, user: str) -> str:
        """`help en` → English; `hjælp` → Danish; `help` → the language the user last asked in."""
        words = text.casefold().split()
        if any(w in ENGLISH for w in words[1:]):
            return "en"
        if words and words[0].startswith("hj"):
            return "da"
        return self._language.get(user, "da")

    def _meetings(self) -> list[Meeting]:
        """Every stored meeting, read again after an ingest or MEETINGS_TTL seconds. Reading them
        decodes every item (~1.5 s at 10k items): App Home, help and `next` should not pay that
        each time."""
        count, now = self.engine.item_count(), time.monotonic()
        cached = self._meetings_cache
        if cached is None or cached[1] != count or now - cached[0] > MEETINGS_TTL:
            cached = self._meetings_cache = (now, count, self.engine.meetings())
        return cached[2]

    def _ask(self, question: str, offset: int) -> Answer:
        # one more than shown, so the reply knows whether a "more" button has anything behind it
        return self.engine.ask(question, today=self.clock().date(), limit=offset + PAGE + 1)

    @staticmethod
    def _council(text: str) -> str | None:
        return council_named(text)
