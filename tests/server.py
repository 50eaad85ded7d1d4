"""The app under gunicorn on a free loopback port, for browser and integration tests."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dashboard.settings import PROJECT_ROOT


def _limit_memory(limit: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(
    data_path: Path,
    log_path: Path,
    extra_env: dict | None = None,
    workers: int = 1,
    preload: bool = False,
    app: str = "dashboard.wsgi:server",
    timeout: float = 60,
    own_group: bool = False,
    memory_limit_bytes: int | None = None,
):
    """gunicorn serving `data_path` on a free loopback port; returns (process, base URL).
    `own_group` starts it in a process group of its own, so the benchmark can end master and
    workers together with os.killpg whatever state they are in; `memory_limit_bytes` caps each of
    its processes' address space (an allocation past it fails in that process alone)."""
    port = _free_port()
    # each server writes its follow-up texts to a database of its own, beside its log
    own_database = {"MALBILD_DATABASE_URL": f"sqlite:///{log_path.parent / 'followup.sqlite3'}"}
    env = {**os.environ, **own_database, "MALBILD_DATA": str(data_path), **(extra_env or {})}
    log = open(log_path, "wb")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            app,
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--no-control-socket",
            *(["--preload"] if preload else []),
        ],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=own_group,
        preexec_fn=None if memory_limit_bytes is None else lambda: _limit_memory(memory_limit_bytes),
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"gunicorn exited: {log_path.read_text(errors='replace')[-2000:]}")
            try:
                urllib.request.urlopen(url + "/healthz", timeout=2)
                return process, url
            except urllib.error.HTTPError as error:  # 503: up, but every data file was refused
                failed = json.loads(error.read() or b"{}").get("failed_files")
                if failed:
                    raise RuntimeError(f"the app refused its data: {failed}; see {log_path}") from None
                time.sleep(0.05)
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"gunicorn did not answer /healthz within {timeout:g} s")
    except BaseException:  # timed out, exited or interrupted: never leave a server behind
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL) if own_group else process.kill()
            process.wait(timeout=10)
        raise


@contextmanager
def serving(data_path: Path, tmp_path_factory) -> Iterator[str]:
    """The app serving `data_path` (start_server) for a test module: its base URL, stopped after."""
    process, url = start_server(data_path, tmp_path_factory.mktemp("logs") / "gunicorn.log")
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
