"""The bot's own words in Danish and English, as data: bot/render/labels.toml, one table per
message with its `da` and `en` text (document words stay Danish in both). Read once per process.

`label("busy", "en")` is one message; `label("cut", "da", n="1.000")` fills its placeholders;
`labels("en")` is every message of a language, for renderers that use many; `note_text` says an
answer's notes (index.model.Note: a key of this file and its values). A language other
than "en" is Danish: the bot's default, and what it says when it does not know better.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Mapping

from index.model import Note

LANGUAGES = ("da", "en")
DATA = "labels.toml"


class LabelError(Exception):
    """labels.toml is not what the renderers need; the message names the table and what is wrong."""


def language_of(language: str | None) -> str:
    """"en" for English, else "da"."""
    return "en" if language == "en" else "da"


@cache
def _by_language() -> dict[str, Mapping[str, str]]:
    raw = resources.files("bot.render").joinpath(DATA).read_text(encoding="utf-8")
    try:
        tables = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as e:
        raise LabelError(f"bot/render/{DATA}: {e}") from e
    found: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}
    for key, texts in tables.items():
        if not isinstance(texts, dict):
            raise LabelError(f"bot/render/{DATA}: {key} is not a table of languages")
        missing = [lang for lang in LANGUAGES if not isinstance(texts.get(lang), str) or not texts[lang].strip()]
        if missing:
            raise LabelError(f"bot/render/{DATA}: [{key}] has no {' or '.join(missing)} text")
        for lang in LANGUAGES:
            found[lang][key] = texts[lang]
    return {lang: MappingProxyType(texts) for lang, texts in found.items()}


def labels(language: str) -> Mapping[str, str]:
    """Every message in `language` ("en"; anything else is Danish), by key."""
    return _by_language()[language_of(language)]


def label(key: str, language: str = "da", **values: object) -> str:
    """The message `key` in `language`, its {placeholders} filled from `values`."""
    text = labels(language)[key]
    return text.format(**values) if values else text


def kind_label(document_kind: str, language: str = "da") -> str:
    """What a document is called in `language`: minutes ("referat") or, else, an agenda."""
    return labels(language)["minutes" if document_kind == "minutes" else "agenda"]


def note_text(note: Note, language: str = "da") -> str:
    """An answer's note in `language`: the index says which remark (`note.key`), the labels say it."""
    return label(note.key, language, **note.values)
