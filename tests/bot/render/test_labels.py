"""The bot's words are data (bot/render/labels.toml): every message in Danish and English with the
same placeholders, every key the code asks for is there and every one there is asked for, and no
Danish sentence is left in the code of bot/ outside the labels (an AST scan of its string literals)."""

from __future__ import annotations

import ast
import re
import string
import tomllib
from pathlib import Path

import pytest

from bot.render.labels import LANGUAGES, LabelError, _by_language, label, labels, note_text
from bot.state.subscriptions import WEEKDAYS
from index.model import Note

ROOT = Path(__file__).resolve().parents[3]
BOT = ROOT / "bot"
DATA = BOT / "render" / "labels.toml"

# Words that mark a literal as Danish text for people (æ, ø and å mark it too). Not words that are
# also English or code ("for", "en", "side", "kl").
DANISH_WORDS = set("""
    og jeg du dig din dit ikke der er til på med af om har kan kunne den det fra som ingen punkt punkter
    møde møder kilde kilder sag bilag referat referater dagsorden dagsordener tak nyt ny nye beslutning
    beslutninger indstilling kanal kanalen mig mere flere seneste næste hver dag dato ukendt fejl brug
    hvad hvilken hvilket virker kun hele vis aldrig blev sidst eller følger emne emner overblik råd tekst
    spørg spørgsmål prøv fx svar sådan søger
""".split())

# Literals that are Danish on purpose, because they are what people type or what KL's site says
# (never shown as the bot's words): module → the names they are assigned to ("*": the whole module).
INPUT_WORDS: dict[str, set[str] | str] = {
    "bot/conversation.py": {"HELP_WORDS", "NEXT_WORDS", "ENGLISH"},
    "bot/digests/commands.py": {"WEEKDAY_WORDS", "CADENCE_WORDS", "OFF_WORDS", "SHOW_WORDS"},
    "bot/fetch/links.py": "*",  # KL's listing pages: "dagsorden", "referat", "bilag" in link texts
    "bot/fetch/archive.py": "*",  # file names of archived PDFs: æ → ae
    "bot/fetch/sources.py": "*",  # KL's addresses and council names
}
REGEX_CALLS = {"compile", "match", "search", "sub", "findall", "finditer", "fullmatch", "split"}


def danish(text: str) -> bool:
    return bool(re.search(r"[æøåÆØÅ]", text)) or any(w in DANISH_WORDS for w in re.findall(r"[a-zæøå]+", text.lower()))


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _exempt(tree: ast.AST, names: set[str] | str) -> set[int]:
    """Literals in regex calls, and in assignments to the module's input-word names."""
    out: set[int] = set()
    for node in ast.walk(tree):
        regex = isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in REGEX_CALLS
        assigned = isinstance(node, (ast.Assign, ast.AnnAssign)) and any(
            isinstance(t, ast.Name) and t.id in names for t in (node.targets if isinstance(node, ast.Assign) else [node.target]))
        if regex or assigned:
            out |= {id(n) for n in ast.walk(node) if isinstance(n, ast.Constant)}
    return out


def danish_literals(root: Path) -> list[str]:
    """`path:line: 'literal'` for each string literal of `root`'s bot/ that reads as Danish text."""
    found = []
    for path in sorted((root / "bot").rglob("*.py")):
        where = str(path.relative_to(root))
        names = INPUT_WORDS.get(where, set())
        if names == "*":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _docstrings(tree) | _exempt(tree, names)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip and danish(node.value):
                found.append(f"{where}:{node.lineno}: {node.value[:60]!r}")
    return found


def test_no_danish_text_is_left_in_the_code_outside_the_labels():
    assert danish_literals(ROOT) == []


def test_the_scan_finds_danish_text_in_code(tmp_path):
    module = tmp_path / "bot" / "render" / "some.py"
    module.parent.mkdir(parents=True)
    module.write_text('"""Docstrings may say Beslutning."""\n'
                      'OK = "kkrbot: how to ask"\n'
                      'def reply(n):\n    return f"Du følger {n} emner"\n'
                      'HELLO = "Søger …"\n', encoding="utf-8")  # fmt: skip
    assert {line.split(": ", 1)[0] for line in danish_literals(tmp_path)} == {"bot/render/some.py:4", "bot/render/some.py:5"}


def test_every_message_has_both_languages_with_the_same_placeholders():
    tables = tomllib.loads(DATA.read_text(encoding="utf-8"))
    assert len(tables) > 100
    for key, texts in tables.items():
        assert set(texts) == set(LANGUAGES), key
        fields = [{f for _, f, _, _ in string.Formatter().parse(texts[lang]) if f} for lang in LANGUAGES]
        assert fields[0] == fields[1], f"[{key}] takes {fields[0]} in Danish but {fields[1]} in English"
    assert set(labels("da")) == set(labels("en")) == set(tables)


def notes_in_index() -> dict[str, set[str]]:
    """The notes index/ makes (`Note("note_nothing_from", {"when": …})`): key → the values it fills."""
    found: dict[str, set[str]] = {}
    for path in (ROOT / "index").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Note":
                key, values = node.args[0], node.args[1] if len(node.args) > 1 else ast.Dict(keys=[], values=[])
                assert isinstance(key, ast.Constant) and isinstance(values, ast.Dict), f"{path}:{node.lineno}: a Note's key and values are literals"
                found.setdefault(key.value, set()).update(k.value for k in values.keys if isinstance(k, ast.Constant))
    return found


def keys_in_code() -> set[str]:
    """Every string literal of bot/ (a key is asked for by its name: `label("busy")`, `lab["page"]`),
    plus the weekday keys the digest command makes from a weekday (`weekday_{mon}`) and the keys of
    the notes the index puts on an answer (said by `note_text`)."""
    found = {f"weekday_{d}" for d in WEEKDAYS} | set(notes_in_index())
    for path in BOT.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found |= {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
    return found


def test_every_key_the_code_asks_for_is_there_and_every_key_there_is_used():
    keys = set(labels("da"))
    assert keys - keys_in_code() == set(), "labels nobody uses"
    asked = set()
    for path in BOT.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        asked |= set(re.findall(r"\blabel\(\s*\"(\w+)\"", source)) | set(re.findall(r"\blab\[\"(\w+)\"\]", source))
        asked |= set(re.findall(r"\blab\['(\w+)'\]", source)) | set(re.findall(r"labels\([^)]*\)\[\"(\w+)\"\]", source))
    assert len(asked) > 50 and asked - keys == set()


def test_every_note_the_index_makes_is_a_label_filled_by_its_values():
    notes = notes_in_index()
    assert {"note_correction", "note_nothing_for", "note_no_minutes", "note_nothing_from", "note_other_council"} <= set(notes)  # fmt: skip
    for key, values in notes.items():
        for lang in LANGUAGES:
            fields = {f for _, f, _, _ in string.Formatter().parse(labels(lang)[key]) if f}
            assert fields == values, f"[{key}] {lang} takes {fields} but the index gives {values}"
    assert note_text(Note("note_nothing_from", {"when": "2015"}), "da") == "intet fra 2015 i indekset"
    assert note_text(Note("note_nothing_from", {"when": "2015"}), "en") == "nothing from 2015 in the index"
    assert note_text(Note("note_other_council", {"council": "KKR Sjælland"}), "de") == "intet fra KKR Sjælland om det"


def test_a_label_is_filled_in_the_language_asked_and_danish_otherwise():
    assert label("cut", "en", n="1,000") == "Your question was over 1,000 characters; I answered its first 1,000."
    assert label("cut", "da", n="1.000") == label("cut", "de", n="1.000") == "Dit spørgsmål var over 1.000 tegn; jeg har svaret på de første 1.000."
    assert labels("en")["busy"] != labels("da")["busy"]
    with pytest.raises(KeyError):
        label("no such message")


def test_a_message_missing_a_language_stops_the_bot_at_its_first_label(monkeypatch, tmp_path):
    (tmp_path / "labels.toml").write_text('[busy]\nda = "Travlt"\n', encoding="utf-8")
    monkeypatch.setattr("bot.render.labels.resources.files", lambda package: tmp_path)
    _by_language.cache_clear()
    try:
        with pytest.raises(LabelError, match=r"\[busy\] has no en text"):
            label("busy")
    finally:
        monkeypatch.undo()
        _by_language.cache_clear()
    assert label("busy", "en").startswith("I am busy")
