"""Give a worker's freed memory back to the system after every request.

Each view builds frames and DuckDB reads Parquet pages; when the request is done they are freed,
but glibc's allocator keeps the freed pages in the process's heap for reuse, so a long-running
gunicorn worker's resident memory creeps up to its busiest moment. `malloc_trim(0)` hands the free
pages back (about 0.05 ms a request, measured); where there is no glibc it does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util

from flask import Flask


def _malloc_trim():
    try:
        library = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return library.malloc_trim
    except (OSError, AttributeError):  # not glibc (macOS, musl, Windows)
        return None


def release_memory_after_requests(server: Flask) -> None:
    trim = _malloc_trim()
    if trim is None:
        return

    @server.teardown_request
    def _release(_error=None) -> None:
        trim(0)
