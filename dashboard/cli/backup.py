"""`python -m dashboard.cli.backup export FILE` and `import FILE`: every text, version, account and
audit event of the follow-up database (MALBILD_DATABASE_URL) as one JSON file, and back into an
empty database. The file holds password hashes: it is written readable by its owner only."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from dashboard.followup import archive as backup
from dashboard.followup.archive import BackupError
from dashboard.followup.database import Database, DatabaseUnavailable
from dashboard.i18n import render, text
from dashboard.settings import Settings, SettingsError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.cli.backup", description=text("cli.backup.description"))
    parser.add_argument("action", choices=["export", "import"])
    parser.add_argument("file", type=Path, help=text("cli.backup.help_file"))
    args = parser.parse_args(argv)
    try:
        db = Database(Settings.from_env().database_url)
        db.migrate()
        if args.action == "export":
            document = backup.dump(db)
            descriptor = os.open(args.file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as file:
                json.dump(document, file, ensure_ascii=False, indent=1)
            print(text("cli.backup.exported", file=args.file, **_counted(backup.counts(document))))
        else:
            try:
                document = json.loads(args.file.read_text(encoding="utf-8"))
            except (OSError, ValueError) as error:
                raise BackupError("backup.unreadable", file=args.file, detail=str(error)[:200]) from None
            counts = backup.load(db, document)
            print(text("cli.backup.imported", **_counted(counts)))
    except BackupError as error:
        print(text(error.key, **error.params), file=sys.stderr)
        return 2
    except SettingsError as error:
        print(render(error.message), file=sys.stderr)
        return 2
    except DatabaseUnavailable as error:
        print(text("cli.database_unavailable", url="MALBILD_DATABASE_URL", reason=error), file=sys.stderr)
        return 2
    return 0


def _counted(counts: dict[str, int]) -> dict[str, str]:
    names = {"texts": "count.texts", "versions": "count.versions", "users": "count.accounts"}
    return {name: text(key, count=counts[name]) for name, key in names.items()}


if __name__ == "__main__":
    sys.exit(main())
