"""One scheduler across processes: several `kkrbot serve` behind a load balancer share one state
database, and APScheduler 3 does not coordinate schedulers on one job store (each would run every
job). So each process holds a `ScheduledDigests`, and only the one holding the `scheduler` lease
(bot/state/lease.py) runs a `DigestService`; the others stand by and take over when the lease runs out.

Every `RENEW_EVERY` seconds each process tries to take or renew the lease. The holder also brings
the jobs in step with the subscriptions then (`DigestService.sync`), so `/kkr digest …` answered by
another process reaches the scheduler within that time. A holder that cannot renew (lost the lease,
or the database is unreachable until the lease would have run out) stops its scheduler. The post
ledger still makes each post once if two schedulers ever overlap (a holder frozen past its lease).
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime
from typing import Callable


from bot.digests.announce import install_outbox
from bot.digests.runtime import Runtime
from bot.digests.scheduler import DigestService, trigger_for
from bot.state.db import state_for
from bot.state.lease import Lease
from bot.state.subscriptions import DigestSubscription

log = logging.getLogger(__name__)

LEASE_NAME = "scheduler"
LEASE_TTL = 30.0  # seconds: a dead holder's jobs are taken over within this (+ RENEW_EVERY)
RENEW_EVERY = 10.0


class ScheduledDigests:
    """The digests of one process: runs the scheduler while this process holds the lease. Offers what
    the /kkr digest commands need (`schedule`, `unschedule`, `next_run`) whichever process answers."""

    def __init__(self, runtime: Runtime, make_service: Callable[[], DigestService], lease: Lease, *,
                 every: float = RENEW_EVERY):  # fmt: skip
        self.runtime, self.lease, self.every = runtime, lease, every
        self._make_service = make_service
        self.service: DigestService | None = None  # running while this process leads
        self._held_until = float("-inf")  # monotonic: when our last renewal runs out
        self._stop = threading.Event()
        self._lock = threading.RLock()
        self._thread: threading.Thread | None = None

    @property
    def leading(self) -> bool:
        return self.service is not None

    def start(self) -> None:
        """Try for the lease at once (a single process starts its scheduler before this returns),
        then keep trying in a background thread."""
        self.tick()
        self._thread = threading.Thread(target=self._run, name="kkrbot-scheduler-lease", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            try:
                self.tick()
            except Exception:  # noqa: BLE001 - the thread must live on; the next tick tries again
                log.exception("scheduler: lease round failed")

    def tick(self) -> None:
        """Take or renew the lease; start, keep in step or stop the scheduler accordingly."""
        with self._lock:
            if self._stop.is_set():
                return
            try:
                held = self.lease.acquire()
            except Exception:  # noqa: BLE001 - the database is away: keep leading while the lease lasts
                log.exception("scheduler lease: cannot reach the state database")
                if self.leading and time.monotonic() > self._held_until - self.every:
                    self._step_down("the lease runs out before the state database is back")
                return
            if not held:
                if self.leading:
                    self._step_down(f"the lease is held by {self.lease.current_holder() or 'another process'}")
                return
            self._held_until = time.monotonic() + self.lease.ttl
            if self.service is None:
                service = self._make_service()
                service.start()  # a bad KKRBOT_FETCH_SCHEDULE raises here (ValueError), from start() too
                self.service = service
                log.info("scheduler: this process runs the scheduled jobs (lease %s)", self.lease.holder)
            else:
                try:
                    self.service.sync()  # subscriptions changed through another process
                except Exception:  # noqa: BLE001 - tried again at the next renewal
                    log.exception("scheduler: could not bring jobs in step with subscriptions")

    def _step_down(self, why: str) -> None:
        log.warning("scheduler: stopping this process's scheduler: %s", why)
        service, self.service = self.service, None
        if service is not None:
            service.shutdown(wait=False)

    def shutdown(self, wait: bool = True) -> None:
        """Stop trying, stop the scheduler, give the lease up so another process takes over at once."""
        self._stop.set()
        with self._lock:
            if self.service is not None:
                self.service.shutdown(wait=wait)
                self.service = None
                try:
                    self.lease.release()
                except Exception:  # noqa: BLE001 - it runs out by itself
                    log.exception("scheduler lease: could not release")
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(self.every + 5)

    # --- what the /kkr digest commands use -------------------------------------------------------

    def schedule(self, sub: DigestSubscription) -> None:
        with self._lock:
            if self.service is not None:
                self.service.schedule(sub)
        # elsewhere the leader picks the subscription up at its next renewal

    def unschedule(self, channel: str) -> None:
        with self._lock:
            if self.service is not None:
                self.service.unschedule(channel)

    def next_run(self, channel: str) -> datetime | None:
        """When the channel's digest runs next (in the bot's zone): the scheduler's answer where it
        runs, else the subscription's next time."""
        with self._lock:
            if self.service is not None:
                return self.service.next_run(channel)
        sub = self.runtime.posting.subscriptions.of(channel)
        if sub is None:
            return None
        now = self.runtime.clock()
        t = trigger_for(sub, self.runtime.settings.timezone).get_next_fire_time(None, now)
        return t.astimezone(self.runtime.tz) if t else None


def start_digests(runtime: Runtime, *, every: float = RENEW_EVERY) -> ScheduledDigests:
    """What `kkrbot serve` calls once (through bot/wiring.py): every ingest of the process stages its
    arrivals, and the scheduler runs whenever this process holds the lease."""
    install_outbox(runtime.engine, runtime.posting.arrivals, runtime.clock)  # every ingest in this process stages its arrivals
    fetch_schedule = runtime.settings.fetch_config().schedule
    digests = ScheduledDigests(runtime, lambda: DigestService(runtime, fetch_schedule=fetch_schedule),
                               Lease(state_for(runtime.settings), LEASE_NAME, ttl=LEASE_TTL), every=every)  # fmt: skip
    digests.start()
    return digests
