"""`python -m dashboard.cli.backup`: every text, version, account and audit event round-trips, from
SQLite into either database, and a backup never lands on top of existing texts."""

from __future__ import annotations

import json
import stat

import pytest

from dashboard.cli import backup as backup_cli
from dashboard.domain.followup import Actor, Assignment, Role, State
from dashboard.domain.messages import Message
from dashboard.followup import accounts, texts
from dashboard.followup import archive as backup
from dashboard.followup.archive import BackupError
from dashboard.followup.database import Database
from dashboard.followup.texts import Key
from dashboard.i18n import render

ANNA = Actor("anna", Role.ANALYST, (Assignment("Borås", "*"),))
GUNNEL = Actor("gunnel", Role.APPROVER, (Assignment("Borås", "*"),))


@pytest.fixture
def source(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'source.sqlite3'}")
    db.migrate()
    accounts.add_user(db, "anna", Role.ANALYST, "ett långt lösenord")
    accounts.assign(db, "anna", "Borås", "*")
    accounts.signed_in_externally(db, "erik@kommun.se", Role.APPROVER, "https://idp")
    goal = Key("Borås", "Hela kommunen", 2020, "Miljö", "Mindre utsläpp")
    texts.save(db, ANNA, goal, "Första **utkastet**.", "Ej uppfyllt", State.DRAFT, 0)
    texts.save(db, ANNA, goal, "Klar text med åäö och <b>tecken</b>.", "Ej uppfyllt", State.READY, 1)
    texts.save(db, GUNNEL, goal, "Klar text med åäö och <b>tecken</b>.", "Ej uppfyllt", State.APPROVED, 2)
    texts.save(
        db, ANNA, Key("Borås", "Norrby", 2021, "Miljö", "", "Utsläpp"), "Indikatorns analys.", None, State.DRAFT, 0
    )
    yield db
    db.dispose()


def test_a_backup_round_trips_every_text_version_account_and_event(source, db):
    document = backup.dump(source)
    assert backup.load(db, json.loads(json.dumps(document))) == {"users": 2, "texts": 2, "versions": 4}
    assert backup.dump(db) == document
    restored = texts.find(db, Key("Borås", "Hela kommunen", 2020, "Miljö", "Mindre utsläpp"))
    assert (restored.version, restored.approved.number, restored.approved.author) == (3, 3, "gunnel")
    # the restored database goes on where the old one stopped: the next save is version 4
    assert texts.save(db, ANNA, restored.key, "Ny.", None, State.DRAFT, 3).version == 4
    assert accounts.verify(db, "anna", "ett långt lösenord") is not None


def test_a_backup_never_lands_on_existing_texts(source):
    with pytest.raises(BackupError) as refused:
        backup.load(source, backup.dump(source))
    assert refused.value.key == "backup.not_empty"


BASE = {"format": backup.FORMAT, "format_version": 1, "users": [], "texts": [], "audit": []}
TEXT = {"municipality": "Borås", "area": "Hela kommunen", "year": 2020, "goal_area": "Miljö", "goal": "",
        "indicator": "", "created_at": "2026-12-01T10:00:00+00:00"}  # fmt: skip


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"format": "något annat"}, "filen är ingen säkerhetskopia från Målbild"),
        ({**BASE, "format_version": 99}, "säkerhetskopians format 99 är okänt"),
        (
            {**BASE, "users": [{"name": "x"}]},
            "säkerhetskopian är trasig: konto nr 1 saknar fältet role; inget lästes in",
        ),
        (
            {
                **BASE,
                "texts": [{**TEXT, "versions": []}, {**TEXT, "goal": "Mål", "created_at": "i går", "versions": []}],
            },
            "säkerhetskopian är trasig: text nr 2 har ett värde som inte går att läsa "
            "(Invalid isoformat string: 'i går'); inget lästes in",
        ),
        ({k: v for k, v in BASE.items() if k != "audit"}, "säkerhetskopian saknar delen audit; inget lästes in"),
    ],
)
def test_a_file_that_is_no_backup_is_refused_saying_where_and_loads_nothing(db, document, message):
    with pytest.raises(BackupError) as refused:
        backup.load(db, document)
    assert render(Message.of(refused.value.key, **refused.value.params)) == message
    assert backup.dump(db)["users"] == [] and backup.dump(db)["texts"] == []


def test_the_backup_cli_exports_a_private_file_and_imports_it(source, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MALBILD_DATABASE_URL", source.url)
    file = tmp_path / "backup.json"
    assert backup_cli.main(["export", str(file)]) == 0
    assert stat.S_IMODE(file.stat().st_mode) == 0o600  # it holds password hashes
    assert "2 texter, 4 versioner, 2 konton" in capsys.readouterr().out
    monkeypatch.setenv("MALBILD_DATABASE_URL", f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    assert backup_cli.main(["import", str(file)]) == 0
    assert backup_cli.main(["import", str(file)]) == 2
    assert "databasen har redan konton eller texter" in capsys.readouterr().err
