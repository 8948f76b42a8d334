"""Real `kkrbot` subprocesses for tests: started with an environment, their output collected line by
line in a thread, so a test can wait for a line (never sleep a fixed time) and kill them."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import Callable

from tests.support.deadline import WAIT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Kkrbot:
    """`python -m bot.cli ARGS` with `env` added to this environment, in `cwd`."""

    def __init__(self, args: list[str], env: dict[str, str], cwd: Path, *, python_args: list[str] | None = None):
        full_env = {**os.environ, **env}
        for name in ("SLACK_APP_TOKEN",):
            if name not in env:
                full_env.pop(name, None)
        cmd = [sys.executable, *(python_args or ["-m", "bot.cli"]), *args]
        self.proc = subprocess.Popen(cmd, env=full_env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                     text=True, bufsize=1)  # fmt: skip
        self.lines: list[str] = []
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with self._changed:
                self.lines.append(line.rstrip("\n"))
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    @property
    def output(self) -> str:
        return "\n".join(self.lines)

    def wait_for_line(self, predicate: Callable[[str], bool] | str, timeout: float = WAIT) -> str:
        """The first output line that `predicate` accepts (or that contains the string)."""
        test = (lambda line: predicate in line) if isinstance(predicate, str) else predicate
        end = time.monotonic() + timeout
        with self._changed:
            while True:
                found = next((line for line in self.lines if test(line)), None)
                if found is not None:
                    return found
                left = end - time.monotonic()
                if left <= 0 or (self.proc.poll() is not None and not self._reader.is_alive()):
                    raise AssertionError(f"no such line within {timeout} s; output so far:\n{self.output}")
                self._changed.wait(min(left, 0.5))

    def wait_healthy(self, port: int, timeout: float = WAIT) -> None:
        end = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as r:
                    if r.status == 200:
                        return
            except OSError:
                pass
            assert self.proc.poll() is None, f"the process ended:\n{self.output}"
            assert time.monotonic() < end, f"not up within {timeout} s:\n{self.output}"
            time.sleep(0.02)

    def kill(self) -> None:
        """kill -9: no clean-up runs in the process."""
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(WAIT)
        self._reader.join(5)

    def stop(self, timeout: float = WAIT) -> int:
        """SIGTERM, then wait; killed if it does not end."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(WAIT)
        self._reader.join(5)
        return self.proc.returncode

    def wait(self, timeout: float = WAIT) -> int:
        code = self.proc.wait(timeout)
        self._reader.join(5)
        return code
