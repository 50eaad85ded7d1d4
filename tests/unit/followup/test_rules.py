"""The rules of the written follow-up (dashboard.domain.followup), without a database."""

from __future__ import annotations

import pytest

from dashboard.domain.followup import ANONYMOUS, Actor, Assignment, Role, State, differs, may_move, role_from_groups
from dashboard.settings import Settings, SettingsError

MAPPING = ((Role.ANALYST, "grp-analys"), (Role.APPROVER, "grp-godk"), (Role.ADMIN, "grp-admin"))


@pytest.mark.parametrize(
    ("groups", "role"),
    [
        (["grp-analys"], Role.ANALYST),
        (["grp-analys", "grp-godk"], Role.APPROVER),  # the highest role of the groups held
        (["grp-admin", "grp-analys"], Role.ADMIN),
        (["alla"], Role.READER),
        ([], Role.READER),
        ("grp-godk", Role.APPROVER),  # a provider that sends one group as a string
        (None, Role.READER),
    ],
)
def test_the_groups_claim_gives_the_highest_mapped_role(groups, role):
    assert role_from_groups(groups, MAPPING) is role


def test_rights_follow_role_assignment_and_state():
    anna = Actor("anna", Role.ANALYST, (Assignment("Borås", "Miljö"),))
    everywhere = Actor("bo", Role.APPROVER, (Assignment("*", "*"),))
    assert may_move(anna, "Borås", "Miljö", None, State.DRAFT)
    assert not may_move(anna, "Borås", "Skola", None, State.DRAFT)
    assert not may_move(anna, "Köping", "Miljö", None, State.DRAFT)
    assert not may_move(anna, "Borås", "Miljö", State.READY, State.APPROVED)
    assert may_move(everywhere, "Köping", "Skola", State.READY, State.APPROVED)
    assert not may_move(everywhere, "Köping", "Skola", State.DRAFT, State.APPROVED)  # ready first
    assert not may_move(ANONYMOUS, "Borås", "Miljö", None, State.DRAFT)
    assert differs("Uppfyllt", "Ej uppfyllt") and not differs("Uppfyllt", "Uppfyllt") and not differs(None, "Uppfyllt")


def test_oidc_settings_need_a_client_and_well_formed_roles():
    base = {"MALBILD_OIDC_ISSUER": "https://login.kommun.se/", "MALBILD_OIDC_CLIENT_ID": "malbild"}
    with pytest.raises(SettingsError) as missing:
        Settings.from_env(base)
    assert missing.value.message.key == "settings.oidc_client_missing"
    settings = Settings.from_env(
        {**base, "MALBILD_OIDC_CLIENT_SECRET": "s", "MALBILD_OIDC_ROLES": "admin=it; analytiker=a"}
    )
    assert settings.oidc_issuer == "https://login.kommun.se" and settings.oidc_roles == (
        ("admin", "it"),
        ("analytiker", "a"),
    )
    with pytest.raises(SettingsError) as malformed:
        Settings.from_env({**base, "MALBILD_OIDC_CLIENT_SECRET": "s", "MALBILD_OIDC_ROLES": "chef=it"})
    assert malformed.value.message.key == "settings.oidc_roles_malformed"
    with pytest.raises(SettingsError) as plain_http:
        Settings.from_env({**base, "MALBILD_OIDC_ISSUER": "http://login.kommun.se", "MALBILD_OIDC_CLIENT_SECRET": "s"})
    assert plain_http.value.message.key == "settings.oidc_not_https"
