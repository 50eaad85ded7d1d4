"""The benchmark's measurements over HTTP on loopback: sequential replay, concurrent clients, a
burst released at once, and page weight. Requests carry a browser's Accept-Encoding, so the server
compresses as it would for a person and sizes are counted as they travel."""

from __future__ import annotations

import gzip
import http.client
import json
import re
import threading
import time
import zlib
from dataclasses import dataclass
from urllib.parse import urlsplit

import brotli
from backports import zstd

BROWSER_ENCODINGS = "gzip, deflate, br, zstd"
DECODERS = {
    "": lambda b: b,
    "identity": lambda b: b,
    "gzip": gzip.decompress,
    "deflate": zlib.decompress,
    "br": brotli.decompress,
    "zstd": zstd.decompress,
}
# Chunks dash's renderer loads on demand when such a component is on the page (not in the HTML).
LAZY_CHUNKS = {
    "Graph": (
        "/_dash-component-suites/dash/dcc/async-graph.js",
        "/_dash-component-suites/plotly/package_data/plotly.min.js",
    ),
    "Dropdown": ("/_dash-component-suites/dash/dcc/async-dropdown.js",),
    "Upload": ("/_dash-component-suites/dash/dcc/async-upload.js",),
    "Markdown": ("/_dash-component-suites/dash/dcc/async-markdown.js",),
    "Slider": ("/_dash-component-suites/dash/dcc/async-slider.js",),
    "DatePickerSingle": ("/_dash-component-suites/dash/dcc/async-datepicker.js",),
    "DatePickerRange": ("/_dash-component-suites/dash/dcc/async-datepicker.js",),
}

Request = tuple[str, str, "bytes | None"]  # (method, path, body)


@dataclass
class Reply:
    status: int  # 0: no answer (connection refused, reset, timeout)
    body: bytes  # as received on the wire
    encoding: str
    ms: float

    def decoded(self) -> bytes:
        return DECODERS[self.encoding](self.body)

    def callback_ok(self) -> bool:
        """200 with a Dash response body, or 204: a part not on screen that was left as it was
        (a failed callback answers 500 or without 'response')."""
        return self.status == 204 or (self.status == 200 and b'"response"' in self.decoded()[:200])


def fetch(base: str, method: str, path: str, body: bytes | None = None, timeout: float = 60) -> Reply:
    parts = urlsplit(base)
    headers = {"Accept-Encoding": BROWSER_ENCODINGS, "Accept": "*/*"}
    if body is not None:
        headers["Content-Type"] = "application/json"
    started = time.perf_counter()
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        data = response.read()
        return Reply(
            response.status,
            data,
            response.getheader("Content-Encoding", "") or "",
            (time.perf_counter() - started) * 1000,
        )
    except (OSError, http.client.HTTPException):
        return Reply(0, b"", "", (time.perf_counter() - started) * 1000)
    finally:
        connection.close()


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (0.0 for no values)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))] if ordered else 0.0


@dataclass
class Replay:
    request_ms: list[float]  # every POST
    change_ms: list[float]  # every filter change: its POSTs one after the other, as the browser waits
    errors: int


def replay(base: str, plans: list[list[Request]], budget_s: float, inspect=None) -> Replay:
    """One client, one change after another, until the plans or the time budget run out.
    `inspect(plan_index, request_index, reply)` looks at each reply after it was timed."""
    result, deadline = Replay([], [], 0), time.monotonic() + budget_s
    for index, plan in enumerate(plans):
        if time.monotonic() > deadline:
            break
        total = 0.0
        for position, (method, path, body) in enumerate(plan):
            reply = fetch(base, method, path, body)
            total += reply.ms
            result.request_ms.append(reply.ms)
            result.errors += not reply.callback_ok()
            if inspect is not None:
                inspect(index, position, reply)
        result.change_ms.append(total)
    return result


def throughput(base: str, plans: list[list[Request]], clients: int, seconds: float) -> tuple[int, int, float]:
    """(completed OK requests, errors, seconds) with `clients` threads replaying changes nonstop."""
    lock, stop, counts = threading.Lock(), threading.Event(), [0, 0]

    def client(offset: int) -> None:
        index = offset
        while not stop.is_set():
            for method, path, body in plans[index % len(plans)]:
                ok = fetch(base, method, path, body).callback_ok()
                with lock:
                    counts[0 if ok else 1] += 1
            index += clients

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join(timeout=90)
    return counts[0], counts[1], time.monotonic() - started


def burst(base: str, requests: list[Request]) -> tuple[list[float], int]:
    """Every request sent at the same moment (threads released by a barrier): latencies, errors."""
    barrier, replies = threading.Barrier(len(requests)), [None] * len(requests)

    def client(index: int) -> None:
        barrier.wait()
        replies[index] = fetch(base, *requests[index])

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(len(requests))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    done = [reply for reply in replies if reply is not None]
    return [reply.ms for reply in done], sum(not r.callback_ok() for r in done) + len(requests) - len(done)


def page_weight(base: str) -> tuple[int, int, int]:
    """(bytes on the wire, files, errors) of a first page load: the HTML, every script and
    stylesheet it names, the layout and callback list, and the chunks the renderer loads later."""
    page = fetch(base, "GET", "/")
    html = page.decoded().decode("utf-8", errors="replace")
    paths = re.findall(r'<script[^>]+src="([^"]+)"', html) + re.findall(r'<link[^>]+href="([^"]+)"', html)
    paths += ["/_dash-layout", "/_dash-dependencies"]
    layout = fetch(base, "GET", "/_dash-layout")
    types = set(re.findall(rb'"type":\s*"(\w+)"', layout.decoded() + page.decoded()))
    for name, chunks in LAZY_CHUNKS.items():
        if name.encode() in types:
            paths += [chunk for chunk in chunks if chunk not in paths]
    replies = [page] + [fetch(base, "GET", path) for path in dict.fromkeys(paths) if path.startswith("/")]
    return sum(len(r.body) for r in replies), len(replies), sum(r.status != 200 for r in replies)


def figure_sizes(reply: Reply, figure: str = "gap-chart") -> tuple[int, int, int, bool] | None:
    """(figure JSON bytes, whole response bytes, response bytes compressed, whether the chart has
    data rather than only saying why it is blank) of a redraw reply with the chart: the graph is
    found anywhere in the reply (since issue 15 it comes inside the part that shows it)."""
    if reply.status != 200:
        return None
    decoded = reply.decoded()
    drawn = _graph_figure(json.loads(decoded).get("response", {}), figure)
    if drawn is None:
        return None
    figure_json = json.dumps(drawn, separators=(",", ":"), ensure_ascii=False)
    return (len(figure_json.encode("utf-8")), len(decoded), len(reply.body), bool(drawn.get("data")))


def _graph_figure(tree, graph_id: str) -> dict | None:
    """The figure of the dcc.Graph with this id, anywhere in a callback reply."""
    if isinstance(tree, dict):
        props = tree.get("props")
        if isinstance(props, dict) and props.get("id") == graph_id and "figure" in props:
            return props["figure"]
        values = tree.values()
    elif isinstance(tree, list):
        values = tree
    else:
        return None
    for value in values:
        found = _graph_figure(value, graph_id)
        if found is not None:
            return found
    return None
