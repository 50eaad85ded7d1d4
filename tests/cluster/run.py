"""`make cluster-test`: two Målbild instances (gunicorn, 2 workers each) behind nginx on loopback,
one PostgreSQL server and one data folder, as a municipality would run it on two machines.

It checks that (1) a text approved through one instance is served by the other on the very next
request (the database is the only state that matters between them; sessions are signed with the
shared secret key), and (2) killing one instance in the middle of a load loses under 1 % of the
requests (nginx retries an idempotent request on the other instance). Exit 0 when both hold; the
numbers are printed (docs/scaling.md records a run).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

from dashboard.domain.followup import Role, State
from dashboard.followup import accounts, texts
from dashboard.followup.database import Database
from dashboard.followup.texts import Key
from dashboard.settings import PROJECT_ROOT
from tests.postgres import Postgres, _free_port, wait_until
from tests.server import start_server

PASSWORD = "ett långt lösenord för klustret"
GOAL = Key("Borås", "Hela kommunen", 2020, "Bo, bygga och miljö")
LOAD_PATHS = ("/healthz", "/api/v1/assessments?municipality=Borås&year=2020", "/_dash-layout", "/export/goals.csv")
MAX_LOSS = 0.01

NGINX = """
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/nginx-error.log warn;
{user}
events {{ worker_connections 256; }}
http {{
    access_log off;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    upstream malbild {{
        server {first} max_fails=1 fail_timeout=10s;
        server {second} max_fails=1 fail_timeout=10s;
    }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://malbild;
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_connect_timeout 2s;
            proxy_next_upstream error timeout http_502 http_503;
        }}
    }}
}}
"""


def main() -> int:
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        print("nginx is missing: `make cluster-test` installs Debian's nginx-light", file=sys.stderr)
        return 2
    folder = Path(tempfile.mkdtemp(prefix="malbild-cluster-"))
    postgres = Postgres()
    started: list[subprocess.Popen] = []
    try:
        url = postgres.create_database("malbild")
        text_id = _prepare(url)
        env = {"MALBILD_DATABASE_URL": url, "MALBILD_SECRET_KEY": "cluster-test-shared-secret"}
        env |= {"MALBILD_REFRESH_SECONDS": "0", "MALBILD_CACHE_DIR": str(folder / "cache")}
        instances = []
        for name in ("a", "b"):
            (folder / name).mkdir()
            process, base = start_server(
                PROJECT_ROOT / "data", folder / name / "gunicorn.log", env, workers=2, preload=True, own_group=True
            )
            started.append(process)
            instances.append((process, base))
        port = _free_port()
        hosts = [base.removeprefix("http://") for _, base in instances]
        user = "user root;" if os.geteuid() == 0 else ""
        config = NGINX.format(folder=folder, user=user, first=hosts[0], second=hosts[1], port=port)
        (folder / "nginx.conf").write_text(config, encoding="utf-8")
        proxy = subprocess.Popen([nginx, "-c", str(folder / "nginx.conf"), "-p", str(folder), "-g", "daemon off;"])
        started.append(proxy)
        front = f"http://127.0.0.1:{port}"
        if not wait_until(lambda: _answers(front + "/healthz"), 20):
            print(f"nginx did not answer: {(folder / 'nginx-error.log').read_text(errors='replace')}", file=sys.stderr)
            return 1
        served = _approved_on_one_is_served_by_the_other(instances[0][1], instances[1][1], text_id)
        loss = _load_with_one_instance_killed(front, instances[0][0])
    finally:
        for process in reversed(started):
            _stop(process)
        postgres.stop()
        shutil.rmtree(folder, ignore_errors=True)
    print(f"text approved through instance A, served by instance B on the next request: {'yes' if served else 'NO'}")
    share = 100 * loss[0] / max(loss[1], 1)
    print(f"load through nginx with instance A killed: {loss[0]} of {loss[1]} requests failed ({share:.2f} %)")
    return 0 if served and loss[0] < MAX_LOSS * loss[1] else 1


def _prepare(url: str) -> int:
    """Accounts and a text ready for approval; returns the text's id."""
    db = Database(url)
    db.migrate()
    for name, role in (("anna", Role.ANALYST), ("gunnel", Role.APPROVER)):
        accounts.add_user(db, name, role, PASSWORD)
        accounts.assign(db, name, "Borås", "*")
    anna = accounts.actor(db, "anna")
    texts.save(db, anna, GOAL, "Analys skriven före klustertestet.", "Delvis uppfyllt", State.DRAFT, 0)
    ready = texts.save(db, anna, GOAL, "Analys skriven före klustertestet.", "Delvis uppfyllt", State.READY, 1)
    db.dispose()
    return ready.id


def _approved_on_one_is_served_by_the_other(first: str, second: str, text_id: int) -> bool:
    session = requests.Session()
    page = session.get(first + "/login", timeout=10).text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    signed = session.post(
        first + "/login", data={"name": "gunnel", "password": PASSWORD, "csrf_token": token}, allow_redirects=False
    )
    assert signed.status_code == 303, signed.text
    public = requests.get(second + "/api/v1/assessments?municipality=Borås&year=2020", timeout=10).json()
    assert public["assessments"] == [], "nothing is approved yet"
    body = {"analysis": "Godkänd i instans A.", "assessment": "Delvis uppfyllt", "state": "Godkänd", "version": 2}
    headers = {"X-CSRFToken": session.cookies["_csrf_token"]}
    approved = session.put(f"{first}/api/v1/assessments/{text_id}", json=body, headers=headers, timeout=10)
    assert approved.status_code == 200, approved.text
    public = requests.get(second + "/api/v1/assessments?municipality=Borås&year=2020", timeout=10).json()
    goals = requests.get(second + "/export/goals.csv?municipality=Borås&year=2020", timeout=10).text
    return [a["analysis"] for a in public["assessments"]] == [
        "Godkänd i instans A."
    ] and "Godkänd i instans A." in goals


def _load_with_one_instance_killed(front: str, victim: subprocess.Popen) -> tuple[int, int]:
    """Eight clients for 12 s through nginx; instance A's master and workers are killed after 4 s."""
    counts = {"failed": 0, "total": 0}
    lock = threading.Lock()
    stop = time.monotonic() + 12

    def client(offset: int) -> None:
        session = requests.Session()
        index = offset
        while time.monotonic() < stop:
            path = LOAD_PATHS[index % len(LOAD_PATHS)]
            index += 1
            try:
                ok = session.get(front + path, timeout=10).status_code == 200
            except requests.RequestException:
                ok = False
            with lock:
                counts["total"] += 1
                counts["failed"] += 0 if ok else 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    time.sleep(4)
    os.killpg(victim.pid, signal.SIGKILL)
    for thread in threads:
        thread.join()
    return counts["failed"], counts["total"]


def _answers(url: str) -> bool:
    try:
        return requests.get(url, timeout=2).status_code == 200
    except requests.RequestException:
        return False


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except (PermissionError, ProcessLookupError):
        process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


if __name__ == "__main__":
    sys.exit(main())
