"""`python -m dashboard.cli.accessibility FILE...`: the automated accessibility check of .docx and
.pptx files (dashboard/exports/accessible_files.py). Exit 0 when every file passes, 2 otherwise, with
one line per problem."""

from __future__ import annotations

import sys
from pathlib import Path

from dashboard.exports.accessible_files import check_docx, check_pptx
from dashboard.i18n import text


def main(argv: list[str] | None = None) -> int:
    files = [Path(name) for name in (sys.argv[1:] if argv is None else argv)]
    failed = False
    for file in files:
        check = {".docx": check_docx, ".pptx": check_pptx}.get(file.suffix.lower())
        if check is None:
            print(text("cli.accessibility.unknown_kind", file=file), file=sys.stderr)
            failed = True
            continue
        problems = check(file.read_bytes())
        for where, rule in problems:
            print(f"{file}: {where}: {text(f'accessibility.{rule}')}")
        if not problems:
            print(text("cli.accessibility.passed", file=file))
        failed = failed or bool(problems)
    return 2 if failed or not files else 0


if __name__ == "__main__":
    sys.exit(main())
