"""A local HTTP server for the fetching commands' tests: recorded answers served by a handler class
on a free loopback port, and a sleep that records its waits instead of waiting."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class JsonHandler(BaseHTTPRequestHandler):
    """Answers with JSON bytes; a client that gave up (a timeout test) is no error. Quiet."""

    def _answer(self, status: int, body: bytes, headers=None) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            for header, value in (headers or {}).items():
                self.send_header(header, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass

    def log_message(self, *args):
        pass


@contextmanager
def local_api(handler) -> Iterator[ThreadingHTTPServer]:
    """`handler` serving on 127.0.0.1; the server has `address`, and `requests` and `busy` for the
    handler to record into."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.address = f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.requests, httpd.busy = [], 0
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()


class RecordedSleep:
    """Records the waits instead of sleeping."""

    def __init__(self):
        self.waits = []

    def __call__(self, seconds):
        self.waits.append(seconds)
