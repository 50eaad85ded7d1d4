"""`python -m dashboard.cli.backup export FILE` and `import FILE`: every text, version, account and
audit event of the follow-up database (MALBILD_DATABASE_URL) as one JSON file, and back into an
empty database. The file holds password hashes: it is written readable by its owner only."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from dashboard.cli.followup_database import run_with_database
from dashboard.followup import archive as backup
from dashboard.followup.archive import BackupError
from dashboard.i18n import text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.cli.backup", description=text("cli.backup.description"))
    parser.add_argument("action", choices=["export", "import"])
    parser.add_argument("file", type=Path, help=text("cli.backup.help_file"))
    args = parser.parse_args(argv)
    return run_with_database(lambda db: _export(db, args.file) if args.action == "export" else _import(db, args.file))


def _export(db, file: Path) -> None:
    document = backup.dump(db)
    descriptor = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=1)
    print(text("cli.backup.exported", file=file, **_counted(backup.counts(document))))


def _import(db, file: Path) -> None:
    try:
        document = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise BackupError("backup.unreadable", file=file, detail=str(error)[:200]) from None
    print(text("cli.backup.imported", **_counted(backup.load(db, document))))


def _counted(counts: dict[str, int]) -> dict[str, str]:
    names = {"texts": "count.texts", "versions": "count.versions", "users": "count.accounts"}
    return {name: text(key, count=counts[name]) for name, key in names.items()}


if __name__ == "__main__":
    sys.exit(main())
