"""How long a test waits for something it expects (a server up, a line printed, an answer posted)
before it fails. A wait returns as soon as its condition holds, so the deadline costs nothing when the
test passes and is only how long a broken one takes to say so: it is long because the machine may be
loaded. At load 17 on two cores, a `kkrbot serve` took 17-19 s to answer /healthz and a restarted
`kkrbot ingest` 17 s to print its line, against the 30 s these waits had (docs/benchmarks.md, "Test
suite under load"). What a test asserts about the product's own timing (acked at once, stopped within
10 s) keeps its own bound; never use this for that."""

from __future__ import annotations

WAIT = 120.0  # seconds
