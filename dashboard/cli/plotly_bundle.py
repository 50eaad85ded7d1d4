"""`python -m dashboard.cli.plotly_bundle`: fetch plotly.js's basic build (MIT) for the app.

Målbild draws only bars and lines. plotly.js's full build (4,8 MB) keeps the browser busy for about
half a second in one task just to start, when a chart is first drawn; the cartesian build (1,5 MB)
for about 250 ms on this team's machines, and the basic build of the same version (1,2 MB: scatter,
bar and pie, with every tool Målbild uses: legends, annotations, shapes, PNG/SVG export, locales)
for about 90 ms. It comes from the npm registry as a tarball whose sha512 is pinned here, and the app
serves it in place of the full build when it is there (MALBILD_PLOTLY_JS, default
.cache/plotly-basic.min.js); without it the app serves the full build from the plotly package.
"""

from __future__ import annotations

import base64
import hashlib
import io
import sys
import tarfile
import urllib.request
from pathlib import Path

from dashboard.settings import DEFAULT_PLOTLY_JS

# the version plotly.py's own build carries (a unit test keeps them equal)
VERSION = "4.1.1"
PACKAGE = "plotly.js-basic-dist-min"
TARBALL = f"https://registry.npmjs.org/{PACKAGE}/-/{PACKAGE}-{VERSION}.tgz"
INTEGRITY = "sha512-1oNF8PeQx2hv/y7tqEVWKD3JGwn/MGEMQ8mL9HUwsaqG9FGy/OU5FHUHvzqbqxN4mnwZGI9abTiE775C4kkjMQ=="
MEMBER = "package/plotly-basic.min.js"


def integrity(data: bytes) -> str:
    """npm's integrity string for these bytes."""
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


def extract(tarball: bytes) -> bytes:
    """The build out of the tarball, once its integrity matches the pinned one."""
    if integrity(tarball) != INTEGRITY:
        raise ValueError(f"{TARBALL}: integrity does not match the pinned {INTEGRITY}")
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
        return archive.extractfile(MEMBER).read()


def main(argv: list[str] | None = None) -> int:
    target = Path(argv[0]) if argv else DEFAULT_PLOTLY_JS
    if target.exists():
        return 0
    with urllib.request.urlopen(TARBALL, timeout=120) as response:
        build = extract(response.read())
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    partial.write_bytes(build)
    partial.replace(target)
    print(f"{target}: plotly.js {VERSION} (basic), {len(build) // 1024} kB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
