"""What the commands that fetch figures from a web API share (dashboard/cli/kolada.py, scb.py).

- `get_json`: one GET, its JSON parsed; every network, HTTP and JSON failure becomes one error
  with a catalogue key. An HTTP 429 ("too many requests") is waited out and asked again, up to
  `retries` times, as long as the server's Retry-After says (bounded by MAX_WAIT), through an
  injectable `sleep` so tests never sleep.
- `run`: a command's frame: its options parsed, then its work, whose FetchError is one "Fel: …"
  line on stderr and exit 1 (a UsageError exit 2); `ready` checks, before anything is fetched,
  that the files' folders exist and sets the DuckDB limits.
- `write_observations`: the long CSV validated with the project's own reader, then written
  atomically (a temp file in the same folder, then os.replace), or nothing at all; `write_file`
  writes any file so.
- argparse types: `years_parser`, `parse_genders`, `checked`, `pairs`.

The messages they share are the catalogue's cli.fetch.* keys; each command's error class names its
source (NAME: cli.kolada.name, cli.scb.name), which every message may say as {source}, so Kolada's
messages say "Kolada" and SCB's "SCB".
"""

from __future__ import annotations

import argparse
import datetime as dt
import email.utils
import http.client
import json
import re
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pandas as pd

from dashboard.cli.duckdb_limits import configure_from_env
from dashboard.cli.importer import write_atomically
from dashboard.data.loading import read_text
from dashboard.data.writers import observations_to_csv_bytes
from dashboard.domain.messages import Message, Term
from dashboard.domain.problems import ERROR
from dashboard.domain.schema import GENDERS
from dashboard.i18n import describe_problem, render, text

MAX_RETRIES = 5  # asked again at most this many times after a 429
DEFAULT_WAIT = 10.0  # seconds to wait on a 429 without a usable Retry-After (SCB's time window)
MAX_WAIT = 60.0  # never wait longer than this for one retry, whatever Retry-After says


class FetchError(Exception):
    """Why nothing was written, as a catalogue key and parameters (`message`): the command renders it
    in Swedish, other callers in their own language. A subclass names its source (NAME, the key of
    its name: every message gets it as the parameter `source`) and what to check when a request is
    refused (ADVICE_CHECK)."""

    NAME = ""
    ADVICE_CHECK = ""
    EXIT_CODE = 1

    def __init__(self, key: str, **params):
        self.message = Message.of(key, **({"source": Term(self.NAME)} if self.NAME else {}), **params)
        super().__init__(self.message)

    @classmethod
    def http(cls, code: int, url: str, said: str, tries: int = 1) -> FetchError:
        """The error for an HTTP status after `tries` requests; `said` is the server's own explanation
        ('' when it gave none). A 429 ("too many requests") says how often it came; a 5xx: try later;
        any other: check what was asked. A command with more to say about its API's statuses
        overrides this."""
        if code == 429:
            return cls("cli.fetch.rate_limited", url=url, count=tries)
        return cls.refused(code, url, said, Term("cli.fetch.advice_later" if code >= 500 else cls.ADVICE_CHECK))

    @classmethod
    def refused(cls, code: int, url: str, said: str, advice: Term) -> FetchError:
        """The status, the server's explanation when it gave one, and what to do."""
        if said:
            return cls("cli.fetch.http_error_said", code=code, url=url, said=said, advice=advice)
        return cls("cli.fetch.http_error", code=code, url=url, advice=advice)


class UsageError(FetchError):
    """Options that parse but do not fit together: exit 2, as argparse's usage errors."""

    EXIT_CODE = 2


def run(parser: argparse.ArgumentParser, argv, work) -> int:
    """A command: `work(args)` checks, fetches and writes, and returns the lines to print; the exit code.
    A usage error is argparse's message and exit 2; a FetchError one "Fel: …" line on stderr, in
    Swedish like the rest of the command, and its EXIT_CODE (the work raises it before it writes,
    or for the one write that failed, which leaves its file as it was)."""
    try:
        args = parser.parse_args(argv)
    except SystemExit as usage:
        return int(usage.code or 0)
    try:
        lines = work(args)
    except FetchError as error:
        print(text("cli.fetch.error", message=render(error.message)), file=sys.stderr)
        return error.EXIT_CODE
    for line in lines:
        print(line)
    return 0


def ready(error: type[FetchError], *files: Path) -> None:
    """Before anything is fetched: the folder of every file to be written exists, and the process's
    DuckDB limits (MALBILD_DUCKDB_*) are set; else `error`."""
    for folder in dict.fromkeys(path.parent for path in files):
        if not folder.is_dir():
            raise error("cli.fetch.no_folder", folder=folder)
    wrong = configure_from_env()
    if wrong is not None:
        raise error(wrong.key, **wrong.params)


def get_json(url: str, timeout: float, error: type[FetchError], *, retries: int = 0, sleep=time.sleep):
    """GET `url` and parse its JSON (any JSON value); every failure raises `error`."""
    for attempt in range(retries + 1):
        try:
            body = _download(url, timeout, error)
            break
        except urllib.error.HTTPError as failure:
            said = _said(failure)
            if failure.code != 429 or attempt == retries:
                raise error.http(failure.code, url, said, attempt + 1) from None
            sleep(retry_wait(failure.headers.get("Retry-After") if failure.headers else None))
    try:
        return json.loads(body)
    except ValueError:
        raise error("cli.fetch.invalid_json", url=url) from None


def _download(url: str, timeout: float, error: type[FetchError]) -> bytes:
    """The body of a 200 answer; an HTTPError is left to the caller, every other failure is `error`."""
    try:
        request = urllib.request.Request(url, headers={"Accept": "application/json", "User-Agent": "Malbild"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.read()
    except urllib.error.HTTPError:
        raise
    except (TimeoutError, urllib.error.URLError) as failure:
        reason = getattr(failure, "reason", failure)
        if isinstance(failure, TimeoutError) or isinstance(reason, TimeoutError):
            raise error("cli.fetch.timeout", count=float(timeout), url=url) from None
        if isinstance(reason, ConnectionRefusedError):
            reason = Term("cli.fetch.connection_refused")
        raise error("cli.fetch.unreachable", url=url, reason=reason) from None
    except (OSError, http.client.HTTPException, ValueError) as failure:
        raise error("cli.fetch.fetch_failed", url=url, reason=str(failure) or type(failure).__name__) from None


def _said(failure: urllib.error.HTTPError) -> str:
    """The server's explanation of an error status: an RFC 7807 problem's `detail` or `title`
    (PxWebApi answers so), else ''. Cut to 300 characters: it is quoted, not a document."""
    try:
        problem = json.loads(failure.read() or b"null")
    except (OSError, ValueError, http.client.HTTPException):
        return ""
    if not isinstance(problem, dict):
        return ""
    for field in ("detail", "title"):
        if isinstance(problem.get(field), str) and problem[field].strip():
            return " ".join(problem[field].split())[:300]
    return ""


def retry_wait(header: str | None, now: dt.datetime | None = None) -> float:
    """Seconds to wait after a 429: Retry-After as seconds or as an HTTP date, else DEFAULT_WAIT;
    never less than 0 nor more than MAX_WAIT."""
    value = (header or "").strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return DEFAULT_WAIT
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        seconds = (when - (now or dt.datetime.now(dt.UTC))).total_seconds()
    if seconds != seconds:  # NaN
        return DEFAULT_WAIT
    return min(max(seconds, 0.0), MAX_WAIT)


def write_observations(frame: pd.DataFrame, out: Path, error: type[FetchError]) -> None:
    """Validate the CSV with the project's own reader, then replace `out` atomically."""
    data = observations_to_csv_bytes(frame)
    # the rows are numbered as in the file that would have been written (its header is row 1)
    typed, problems = read_text(data.decode("utf-8"), text("cli.fetch.fetched_table"))
    errors = [describe_problem(p) for p in problems if p.severity == ERROR]  # in Swedish, as the command prints
    if typed is None or errors:
        raise error("cli.fetch.invalid_data", problems="; ".join(errors[:5]))
    write_file(out, data, error)


def write_file(out: Path, data: bytes, error: type[FetchError]) -> None:
    """Replace `out` atomically (a temp file in the same folder, then os.replace); a failure is `error`."""
    try:
        write_atomically(out, data)
    except OSError as failure:
        raise error("cli.fetch.write_failed", out=out, reason=failure.strerror or failure) from None


def years_parser(key: str):
    """An argparse type for '2020', '2015-2024' or '2015,2017-2018': the sorted years; else a usage
    error with the text of `key` (which names the wrong part as {value})."""

    def parse_years(value: str) -> list[int]:
        years = []
        for part in value.split(","):
            match = re.fullmatch(r"\s*(\d{4})\s*(?:-\s*(\d{4})\s*)?", part)
            if not match or int(match[2] or match[1]) < int(match[1]):
                raise argparse.ArgumentTypeError(text(key, value=part.strip()))
            years += range(int(match[1]), int(match[2] or match[1]) + 1)
        return sorted(set(years))

    return parse_years


def parse_genders(value: str) -> tuple[str, ...]:
    """An argparse type for '--gender': 'm, k' → ('K', 'M'), in the contract's order (T, K, M); any
    other letter, or an empty part, is a usage error."""
    asked = {part.strip().upper() for part in value.split(",")}
    if not asked <= set(GENDERS):
        raise argparse.ArgumentTypeError(text("cli.fetch.not_genders", value=value))
    return tuple(gender for gender in GENDERS if gender in asked)


def checked(convert, accept, key: str):
    """An argparse type: convert the text, accept the value, else a usage error with the catalogue's
    text for `key` (which may name the given text as {value})."""

    def parse(given: str):
        try:
            value = convert(given)
        except ValueError:
            value = None
        if value is None or not accept(value):
            raise argparse.ArgumentTypeError(text(key, value=given))
        return value

    return parse


def pairs(value: str, option: str, key: str) -> dict[str, str]:
    """'A=1,B=2' as {'A': '1', 'B': '2'}; anything else a usage error with the text of `key`."""
    parts = [part.split("=", 1) for part in value.split(",")]
    if any(len(part) != 2 or not part[0].strip() or not part[1].strip() for part in parts):
        raise argparse.ArgumentTypeError(text(key, option=option, value=value))
    return {name.strip(): pair_value.strip() for name, pair_value in parts}


def add_connection_options(parser: argparse.ArgumentParser, default_url: str) -> None:
    """--base-url (another server, or a local one in tests) and --timeout, as both commands take them."""
    parser.add_argument(
        "--base-url",
        default=default_url,
        help=text("cli.fetch.help_base_url", url=default_url),
        type=checked(str, re.compile(r"https?://[^/]").match, "cli.fetch.not_an_address"),
    )
    parser.add_argument(
        "--timeout",
        default=30.0,
        help=text("cli.fetch.help_timeout"),
        type=checked(float, lambda seconds: 0 < seconds <= 3600, "cli.fetch.not_seconds"),
    )
