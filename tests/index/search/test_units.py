"""The passages' scoring (index/search/units.py) is the same on every run: a document word met
as the tail of two of the question's compounds credits the same one whatever Python's string
hashing (a set's order) is, so `kkrbot eval` gives the same figures on every run."""

from __future__ import annotations

import json
import os
import subprocess
import sys

SNIPPET = """
import json
from index.search.units import WordCredits
weights = {"sundhedsklynger": ("sundhedsklynger", 2.0), "erhvervsklynger": ("erhvervsklynger", 1.0),
           "klimasekretariat": ("klimasekretariat", 1.5), "projektsekretariat": ("projektsekretariat", 0.5)}
credits = WordCredits(weights)
print(json.dumps([credits.credits(frozenset({w}))[0] for w in ("klynger", "sekretariat", "sundhedsklyngerne")]))
"""


def test_a_shared_compound_tail_credits_the_same_question_word_whatever_the_hash_seed() -> None:
    seen = set()
    for seed in ("0", "1", "4", "5"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", SNIPPET], env=env, capture_output=True, text=True, check=True)
        seen.add(done.stdout.strip())
    assert len(seen) == 1, seen
    credits = json.loads(seen.pop())
    assert all(len(c) == 1 for c in credits[:2])  # one concept, half its weight: the part it is a tail of
