"""The permission table: what each role may do, and the refusal a role gets."""
from types import SimpleNamespace

import pytest

from ukpbj_desktop import roles
from ukpbj_desktop.errors import AccessError


def who(role, active=True):
    return SimpleNamespace(role=role, active=active)


@pytest.mark.parametrize("permission", [roles.STEPS, roles.ARCHIVE, roles.SETTINGS, roles.OPERATORS])
def test_a_viewer_may_change_nothing(permission):
    with pytest.raises(AccessError) as refused:
        roles.require(who(roles.VIEWER), permission)
    assert refused.value.message()


def test_a_viewer_reads_exports_and_audits():
    for permission in (roles.READ, roles.EXPORT, roles.AUDIT):
        roles.require(who(roles.VIEWER), permission)


def test_an_operator_takes_steps_but_not_the_settings():
    roles.require(who(roles.OPERATOR), roles.STEPS)
    roles.require(who(roles.OPERATOR), roles.ARCHIVE)
    with pytest.raises(AccessError, match="administrator"):
        roles.require(who(roles.OPERATOR), roles.SETTINGS)


def test_the_refusal_names_the_role_in_the_users_language():
    with pytest.raises(AccessError) as refused:
        roles.require(who(roles.VIEWER), roles.STEPS)
    english = refused.value.message(lambda context, text: {"Peninjau": "Viewer"}.get(text, text))
    assert "Viewer" in english


def test_a_deactivated_administrator_holds_nothing():
    assert not roles.allowed(who(roles.ADMIN, active=False), roles.READ)
    with pytest.raises(AccessError, match="dinonaktifkan"):
        roles.require(who(roles.ADMIN, active=False), roles.SETTINGS)
    assert not roles.allowed(None, roles.READ)
