"""Migration 0010: profiles made before time zones get the zone the system is set to, the one
their days were counted in; the schema ends as a new file's."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from giftdesk import zones
from giftdesk.services import Services
from giftdesk.storage import ledger, migrations
from giftdesk.storage.db import open_db


def _before_time_zones(path) -> None:
    """A file as the GiftDesk before migration 0010 left it, with two profiles."""
    with sqlite3.connect(path) as conn:
        earlier = Migrations(migrations.SET_NAME)
        for step in migrations.STEPS[: migrations.STEPS.index(migrations.m0010_profile_time_zones)]:
            earlier()(step)
        earlier.apply(Database(conn))
        for name, creator in (("Vera", 0), ("Cleo", 1)):
            pid = conn.execute(
                "INSERT INTO profiles (name, name_key, birthdate, is_creator, created_at)"
                " VALUES (?, ?, '1990-04-12', ?, '2026-11-20T12:00:00.000000+00:00')",
                (name, name.lower(), creator),
            ).lastrowid
            ledger.create_profile_account(conn, pid, ledger.COIN)
            if creator:
                ledger.create_profile_account(conn, pid, ledger.DIAMOND)
                conn.execute("INSERT INTO creator_totals (profile_id) VALUES (?)", (pid,))
    conn.close()


@pytest.fixture
def system_in_kiritimati(tmp_path, monkeypatch):
    etc = tmp_path / "etc"
    etc.mkdir()
    (etc / "localtime").symlink_to("/usr/share/zoneinfo/Pacific/Kiritimati")
    monkeypatch.setattr(zones, "ETC", etc)
    monkeypatch.setenv("TZ", "Etc/GMT+12")  # what the process says does not count


def _schema(conn) -> list[tuple]:
    return conn.execute(
        "SELECT type, name, sql FROM sqlite_master"
        " WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ).fetchall()


def test_profiles_made_before_get_the_system_zone(tmp_path, system_in_kiritimati):
    old = tmp_path / "old.db"
    _before_time_zones(old)
    services = Services.open(old)
    try:
        assert [(p.name, p.time_zone) for p in services.profiles.list()] == [
            ("Cleo", "Pacific/Kiritimati"),
            ("Vera", "Pacific/Kiritimati"),
        ]
        assert all(c.ok for c in services.maintenance.verify())
        added = services.profiles.add("Wes", birthdate="1990-04-12", time_zone="Europe/Berlin")
        assert added.time_zone == "Europe/Berlin"
        fresh = open_db()
        assert _schema(services.ctx.conn) == _schema(fresh.conn)  # restore compares them
        fresh.close()
        applied = {r[0] for r in services.ctx.conn.execute(f"SELECT name FROM {migrations.TABLE}")}
        assert "m0010_profile_time_zones" in applied
    finally:
        services.close()


def test_the_column_refuses_an_empty_or_overlong_zone(tmp_path):
    store = open_db()
    conn = store.conn
    for zone in ("", "x" * 65):
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            conn.execute(
                "INSERT INTO profiles (name, name_key, birthdate, is_creator,"
                " created_at, time_zone) VALUES ('A', 'a', '1990-04-12', 0, 'x', ?)",
                (zone,),
            )
    store.close()
