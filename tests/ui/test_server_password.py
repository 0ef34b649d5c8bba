"""Opening a database on a PostgreSQL server that asks for a password PGPASSWORD and ~/.pgpass
did not give: the window asks for it (unechoed), opens with it, and after a Cancel or three
refused tries says why in one message. The server is stood in for by Services.open."""

from __future__ import annotations

import pytest

from giftdesk.domain.errors import PasswordNeeded
from giftdesk.ui import launch


@pytest.fixture
def server(monkeypatch):
    """Services.open as a server whose login takes the password 'right' and no other."""
    calls: list[str | None] = []

    def open_(target, *, password=None, **_kwargs):
        calls.append(password)
        if password != "right":
            raise PasswordNeeded(f"the database server for {target} asks for a password: no")
        return "services"

    monkeypatch.setattr("giftdesk.services.Services.open", open_)
    return calls


@pytest.fixture
def typed(monkeypatch):
    """What the user types at each ask (None: Cancel); the questions asked, in order."""
    answers: list[str | None] = []
    asked: list[str] = []

    def ask(question: str) -> str | None:
        asked.append(question)
        return answers.pop(0)

    monkeypatch.setattr(launch, "_server_password", ask)
    errors: list[str] = []
    monkeypatch.setattr(
        launch.QtWidgets.QMessageBox, "critical", lambda _p, _t, text: errors.append(text)
    )
    return answers, asked, errors


URL = "postgresql://cleo@db.example.org/gifts"


def test_the_password_typed_opens_the_database(qapp, server, typed):
    answers, asked, errors = typed
    answers += ["wrong", "right"]
    assert launch._open_services(URL, headless=False) == "services"
    assert server == [None, "wrong", "right"]
    assert len(asked) == 2 and "asks for a password" in asked[0] and not errors


def test_cancel_says_why_it_did_not_open(qapp, server, typed):
    answers, _asked, errors = typed
    answers += [None]
    assert launch._open_services(URL, headless=False) == PasswordNeeded.exit_code
    assert server == [None] and len(errors) == 1 and "asks for a password" in errors[0]


def test_three_refused_tries_then_the_reason(qapp, server, typed):
    answers, asked, errors = typed
    answers += ["a", "b", "c"]
    assert launch._open_services(URL, headless=False) == PasswordNeeded.exit_code
    assert server == [None, "a", "b", "c"] and len(asked) == 3 and len(errors) == 1


def test_headless_never_asks(qapp, server, typed):
    _answers, asked, errors = typed
    assert launch._open_services(URL, headless=True) == PasswordNeeded.exit_code
    assert asked == [] and errors == []
