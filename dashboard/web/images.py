"""Charts as PNG images for documents, drawn by kaleido in the Chromium the server has (Debian's
/usr/bin/chromium; BROWSER_PATH points elsewhere). One browser per worker, started on the first
report and kept (a chart then takes about 0,1 s instead of 1,5 s)."""

from __future__ import annotations

import logging
import threading
import warnings

log = logging.getLogger("malbild")
_lock = threading.Lock()
_started = False


def render_png(figure, width: int, height: int) -> bytes:
    """The figure as PNG bytes at `width` × `height` pixels (doubled for sharp print)."""
    global _started
    import kaleido  # imported when a document asks for charts

    with _lock:
        if not _started:
            kaleido.start_sync_server(silence_warnings=True)
            _started = True
        with warnings.catch_warnings():  # plotly warns that its kaleido options go unused with a server
            warnings.simplefilter("ignore", UserWarning)
            return figure.to_image(format="png", width=width, height=height, scale=2)


def png_renderer():
    """`render_png`, or None when no browser can draw (the report then carries the charts' texts)."""
    try:
        import kaleido  # noqa: F401
    except ImportError:
        log.warning("kaleido is not installed: reports carry the charts' texts instead of images")
        return None
    return render_png
