"""Regular expressions compiled when first used, not when their module is imported.

Why: a `kkrbot ask` process imports ~90 modules of index/ holding ~340 module-level patterns, and Python's
`re` parses and compiles each in pure Python at import: ~0.1 s of the ~0.48 s of CPU a whole `ask`
takes on the sample index (round 18, SPEED18), a share that grew with every round's new patterns
(round 17's ten modules: ~9 ms). One question uses about 150 of them; the rest (another body's
words, another kind of question's) were compiled for nothing. `lazy` returns a stand-in that
compiles its pattern on the first call of any of its methods and then holds the compiled pattern's
own bound methods as its attributes: every later `search`, `finditer`, `sub` … is the compiled
pattern's C method, found in the stand-in's dict, with no Python call in between. What a pattern
matches is the same: the stand-in compiles the very string and flags it was given.

Not for patterns made inside a function (each call would make a new stand-in); not to be passed
to `re.search(pattern, …)` and the like (use the pattern's own methods, as everything here does),
nor to another library that wants a real `re.Pattern` (bot/ gives Slack's Bolt a pattern of action
ids: bot/ keeps `re.compile`). tests/index/test_lazy_patterns.py holds index/ to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, cast

from index.pattern_cache import compile_kept

__all__ = ["first_search", "lazy", "lazy_tuple"]

# The compiled pattern's methods the stand-in takes as its own once compiled.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


class _Lazy:
    """A pattern's source and flags until first used; then the compiled pattern's bound methods, in
    the instance's dict, where they shadow the class's (no `__getattr__`: a class with one sends every
    attribute read through a slower path, ~0.2 µs a call)."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern  # what `re.Pattern.pattern` gives, without compiling (patterns are built from others')
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def _compile(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = compiled = compile_kept(self.pattern, self._flags)  # re.compile's, kept between processes
            for name in _METHODS:
                setattr(self, name, getattr(compiled, name))
        return self._compiled

    # Each is called at most once per stand-in: then the compiled pattern's method is found first.
    def search(self, *args: Any, **kwargs: Any) -> Any:
        return self._compile().search(*args, **kwargs)

    def match(self, *args: Any, **kwargs: Any) -> Any:
        return self._compile().match(*args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> Any:
        return self._compile().fullmatch(*args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Any:
        return self._compile().finditer(*args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> Any:
        return self._compile().findall(*args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return self._compile().sub(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> Any:
        return self._compile().subn(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> Any:
        return self._compile().split(*args, **kwargs)

    def scanner(self, *args: Any, **kwargs: Any) -> Any:
        return self._compile().scanner(*args, **kwargs)

    @property
    def flags(self) -> int:
        return self._compile().flags

    @property
    def groups(self) -> int:
        return self._compile().groups

    @property
    def groupindex(self) -> Any:
        return self._compile().groupindex

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self._flags})"


def lazy(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, compiled on first use (see the module doc)."""
    return cast("re.Pattern[str]", _Lazy(pattern, int(flags)))


def lazy_tuple(patterns: Iterable[str], flags: int | re.RegexFlag = 0) -> tuple[re.Pattern[str], ...]:
    """`lazy` of each of `patterns`, in order: one reading's wordings, tried one after another
    (choice_asked's asking of a body's choice, opinion_asked's of a view, document_asked's frames)."""
    return tuple(lazy(p, flags) for p in patterns)


def first_search(patterns: Sequence[re.Pattern[str]], text: str) -> re.Match[str] | None:
    """The match of the first of `patterns`, in order, that `search` finds in `text`; None when none does."""
    for pattern in patterns:
        if (m := pattern.search(text)) is not None:
            return m
    return None
