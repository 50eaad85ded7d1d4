"""Local accounts: `python -m dashboard.cli.users add NAME --role ROLE`, `assign`, `password`, `remove`, `list`.

For small installations without an identity provider. The database is MALBILD_DATABASE_URL's (the
SQLite file in var/ by default), created if it is not there yet. Passwords are asked for twice
without echo, or read from standard input with --password-stdin (for scripts), and stored as
Argon2id hashes. Exit 0 on success, 2 with the reason on stderr otherwise.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from dashboard.cli.followup_database import run_with_database
from dashboard.domain.followup import ANY, Role
from dashboard.followup import accounts
from dashboard.followup.accounts import AccountError
from dashboard.followup.database import Database
from dashboard.i18n import text


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m dashboard.cli.users", description=text("cli.users.description"))
    commands = parser.add_subparsers(dest="command", required=True)
    add = commands.add_parser("add")
    add.add_argument("name", help=text("cli.users.help_name"))
    add.add_argument("--role", required=True, choices=[role.value for role in Role], help=text("cli.users.help_role"))
    add.add_argument("--password-stdin", action="store_true", help=text("cli.users.help_password_stdin"))
    _where(add)
    assign = commands.add_parser("assign")
    assign.add_argument("name", help=text("cli.users.help_name"))
    _where(assign)
    password = commands.add_parser("password")
    password.add_argument("name", help=text("cli.users.help_name"))
    password.add_argument("--password-stdin", action="store_true", help=text("cli.users.help_password_stdin"))
    remove = commands.add_parser("remove")
    remove.add_argument("name", help=text("cli.users.help_name"))
    commands.add_parser("list")
    return parser.parse_args(argv)


def _where(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--municipality", default=ANY, help=text("cli.users.help_municipality"))
    parser.add_argument("--goal-area", default=ANY, help=text("cli.users.help_goal_area"))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    return run_with_database(lambda db: _run(db, args))


def _run(db: Database, args: argparse.Namespace) -> None:
    if args.command == "add":
        role = Role(args.role)
        accounts.add_user(db, args.name, role, _password(args))
        print(text("cli.users.added", name=args.name, role=role.value))
        if role in (Role.ANALYST, Role.APPROVER):
            _assign(db, args)
    elif args.command == "assign":
        _assign(db, args)
    elif args.command == "password":
        accounts.set_password(db, args.name, _password(args))
        print(text("cli.users.password_set", name=args.name))
    elif args.command == "remove":
        accounts.remove_user(db, args.name)
        print(text("cli.users.removed", name=args.name))
    else:
        listed = accounts.users(db)
        for name, role, assignments in listed:
            where = ", ".join(f"{a.municipality} / {a.goal_area}" for a in assignments)
            print(f"{name}\t{role}\t{where}")
        if not listed:
            print(text("cli.users.none"))


def _assign(db: Database, args: argparse.Namespace) -> None:
    accounts.assign(db, args.name, args.municipality, args.goal_area)
    print(text("cli.users.assigned", name=args.name, municipality=args.municipality, goal_area=args.goal_area))


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(text("cli.users.password_prompt"))
    if getpass.getpass(text("cli.users.password_again")) != first:
        raise AccountError("cli.users.password_mismatch")
    return first


if __name__ == "__main__":
    sys.exit(main())
