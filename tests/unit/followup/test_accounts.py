"""Local accounts: Argon2id hashes, sign-in checked against them and logged, and the users CLI."""

from __future__ import annotations

import io

import pytest

from dashboard.cli import users as users_cli
from dashboard.domain.followup import Assignment, Role
from dashboard.followup import accounts, audit
from dashboard.followup.accounts import AccountError
from dashboard.followup.models import User

PASSWORD = "korrekt häst batteri"


def test_a_local_account_signs_in_with_its_password_only(db):
    accounts.add_user(db, "anna", Role.ANALYST, PASSWORD)
    accounts.assign(db, "anna", "Borås", "Barn och unga")
    signed_in = accounts.verify(db, "anna", PASSWORD)
    assert signed_in.name == "anna" and signed_in.role is Role.ANALYST
    assert signed_in.assignments == (Assignment("Borås", "Barn och unga"),)
    assert accounts.verify(db, "anna", PASSWORD + "x") is None
    assert accounts.verify(db, "ingen", PASSWORD) is None
    assert [(e.actor, e.action) for e in audit.recent(db)][:3] == [
        ("ingen", "sign_in_refused"),
        ("anna", "sign_in_refused"),
        ("anna", "sign_in"),
    ]


def test_passwords_are_stored_as_argon2id_hashes(db):
    accounts.add_user(db, "anna", Role.ADMIN, PASSWORD)
    with db.session() as session:
        stored = session.query(User).one().password_hash
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_an_account_without_a_password_cannot_sign_in_locally(db):
    accounts.signed_in_externally(db, "erik@kommun.se", Role.APPROVER, "https://idp")
    assert accounts.verify(db, "erik@kommun.se", "") is None
    assert accounts.actor(db, "erik@kommun.se").role is Role.APPROVER


def test_a_removed_account_loses_its_rights_at_the_next_request(db):
    accounts.add_user(db, "anna", Role.ANALYST, PASSWORD)
    assert accounts.actor(db, "anna") is not None
    accounts.remove_user(db, "anna")
    assert accounts.actor(db, "anna") is None


@pytest.mark.parametrize(
    ("name", "password", "key"),
    [("", PASSWORD, "accounts.name_missing"), ("anna", "kort", "accounts.password_short")],
)
def test_accounts_refuse_bad_names_and_short_passwords(db, name, password, key):
    with pytest.raises(AccountError) as refused:
        accounts.add_user(db, name, Role.ANALYST, password)
    assert refused.value.key == key


def test_the_users_cli_adds_assigns_and_lists(db, database_url, monkeypatch, capsys):
    monkeypatch.setenv("MALBILD_DATABASE_URL", database_url)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = users_cli.main(
        ["add", "anna", "--role", "analytiker", "--password-stdin", "--municipality", "Borås", "--goal-area", "Miljö"]
    )
    assert code == 0
    assert accounts.verify(db, "anna", PASSWORD).assignments == (Assignment("Borås", "Miljö"),)
    assert users_cli.main(["list"]) == 0
    assert "anna\tanalytiker\tBorås / Miljö" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert users_cli.main(["add", "anna", "--role", "admin", "--password-stdin"]) == 2
    assert "användaren anna finns redan" in capsys.readouterr().err


def test_the_users_cli_says_when_the_database_does_not_answer(monkeypatch, capsys):
    monkeypatch.setenv("MALBILD_DATABASE_URL", "postgresql://nobody:hemligt@127.0.0.1:1/none?connect_timeout=2")
    assert users_cli.main(["list"]) == 2
    error = capsys.readouterr().err
    assert "Databasen (postgresql+psycopg://nobody:***@127.0.0.1:1/none" in error and "hemligt" not in error
