"""Serving Slack until told to stop, and stopping within 10 seconds.

`serve_until_stopped` runs the Bolt app over HTTP (bot/slack/http.py, waitress) or Socket Mode,
then waits for SIGTERM or Ctrl-C. On either it stops taking work (the listening socket is
closed, /readyz answers 503, or the Socket Mode connection is closed), gives the questions in
hand up to `GRACE` seconds to be answered and delivered (queued ones are told "busy"; the
sender's waits are cut short and what is unsent is kept, bot/slack/send.py), closes the
connections and returns: the caller stops the scheduler and the engine.
"""

from __future__ import annotations

import logging
import signal
import sys
import threading
from typing import TYPE_CHECKING, Callable

from bot.settings import Settings
from bot.slack.answering import Answering

if TYPE_CHECKING:
    from slack_bolt import App
    from slack_bolt.adapter.socket_mode import SocketModeHandler

log = logging.getLogger("kkrbot.serve")

GRACE = 7.0  # seconds for questions in hand; the whole stop stays under 10 s
SWITCH_INTERVAL = 0.001  # seconds a thread may hold the GIL while others wait (Python's default: 0.005)


def serve_until_stopped(app: App, answering: Answering, settings: Settings, *, http_mode: bool, host: str, port: int,
                        ready: Callable[[], str] | None = None, stop: threading.Event | None = None) -> None:  # fmt: skip
    """Serve until SIGTERM, SIGINT or `stop` is set; see the module doc."""
    stop = stop or threading.Event()
    # Acks are a millisecond of work each, questions tens of milliseconds of CPU on the answer
    # threads: a shorter switch interval lets the acks through while answers are being computed.
    sys.setswitchinterval(SWITCH_INTERVAL)
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: stop.set())
    if http_mode:
        from bot.slack.http import HttpServer, SlackGate

        server = HttpServer(SlackGate(app, settings.slack_signing_secret or "", ready=ready), host, port,
                            timeout=settings.http_timeout)  # fmt: skip
        thread = threading.Thread(target=server.run, name="kkrbot-http", daemon=True)
        thread.start()
        log.info("kkrbot serving Slack over HTTP on %s:%d/slack/events", host, server.port)
        _wait(stop)
        log.info("stopping: no new connections; answering the questions in hand (up to %.0f s)", GRACE)
        server.stop_accepting()
        _finish(answering)
        server.close()
        thread.join(2)
    else:
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        log.info("kkrbot connecting to Slack in Socket Mode")
        handler = SocketModeHandler(app, settings.slack_app_token)
        handler.connect()
        _wait(stop)
        log.info("stopping: Socket Mode closed; answering the questions in hand (up to %.0f s)", GRACE)
        close_socket_mode(handler)
        _finish(answering)


def close_socket_mode(handler: SocketModeHandler) -> None:
    """Close a Socket Mode connection without the client's idle second: slack-sdk's built-in client
    reads its message queue with a 1 s timeout and looks at `closed` only between reads, and its
    close() waits for that reader. An empty message (None, which the reader skips) wakes it."""
    handler.client.closed = True
    handler.client.message_queue.put(None)
    handler.close()


def _wait(stop: threading.Event) -> None:
    while not stop.wait(1.0):  # a timeout, so signal handlers run promptly on every platform
        pass


def _finish(answering: Answering) -> None:
    if answering.close(timeout=GRACE):
        log.info("every question in hand was answered")
    else:
        log.warning("stopped with questions still running or unsent after %.0f s (unsent answers are kept as undelivered)", GRACE)
