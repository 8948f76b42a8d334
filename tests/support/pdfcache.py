"""Each distinct PDF the tests print is made once per test process: many modules print the same
samples (the readers, ingest, intake, the KL site), and a printed PDF is a pure function of its
arguments. A test gets a deep copy, so changing what it got changes nothing for the next."""

from __future__ import annotations

import copy
import functools
import pickle
from typing import Any, Callable, TypeVar

T = TypeVar("T")


def once_per_process(make: Callable[..., T]) -> Callable[..., T]:
    """`make`, remembered by the pickled value of its arguments (equal arguments, one PDF)."""
    made: dict[bytes, Any] = {}

    @functools.wraps(make)
    def printed(*args: Any, **kwargs: Any) -> T:
        key = pickle.dumps((args, sorted(kwargs.items())))
        if key not in made:
            made[key] = make(*args, **kwargs)
        return copy.deepcopy(made[key])

    return printed
