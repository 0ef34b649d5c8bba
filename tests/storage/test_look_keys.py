"""Profiles' look-alike keys in the file: migration 0011 gives existing profiles theirs, even
when two already look alike. (Keys made with other Unicode data: tests/services.)"""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from giftdesk.domain.errors import DuplicateProfile
from giftdesk.domain.names import look_keys, look_keys_version, name_key
from giftdesk.services import Services
from giftdesk.storage import ledger, migrations
from giftdesk.storage.db import open_db


def _old_database(path, names: list[str]) -> None:
    """A file as GiftDesk left it before 0011 (migrations 0001 to 0008), with these profiles
    made in this order, as the profile service then made them."""
    with sqlite3.connect(path) as conn:
        earlier = Migrations(migrations.SET_NAME)
        for step in migrations.STEPS[: migrations.NAMES.index("m0011_profile_look_keys")]:
            earlier()(step)
        earlier.apply(Database(conn))
        for name in names:
            pid = conn.execute(
                "INSERT INTO profiles (name, name_key, birthdate, is_creator, created_at)"
                " VALUES (?, ?, '1988-02-03', 1, '2026-11-25T12:00:00+00:00')",
                (name, name_key(name)),
            ).lastrowid
            ledger.create_profile_account(conn, pid, ledger.COIN)
            ledger.create_profile_account(conn, pid, ledger.DIAMOND)
            conn.execute("INSERT INTO creator_totals (profile_id) VALUES (?)", (pid,))
    conn.close()


CLEO, IMPOSTOR, FULLWIDTH = "Cleo", "Cl\u0435o", "\uff23\uff2c\uff25\uff2f"


def test_every_existing_profile_gets_its_keys(tmp_path):
    path = tmp_path / "old.db"
    _old_database(path, ["Vera", CLEO, "Zo\u00eb"])
    store = open_db(path)
    held = dict(store.conn.execute("SELECT look_key, profile_id FROM profile_look_keys"))
    made_with = store.conn.execute("SELECT version FROM profile_look_keys_made_with").fetchall()
    store.close()
    assert made_with == [(look_keys_version(),)]
    assert held == {
        key: pid
        for pid, name in enumerate(["Vera", CLEO, "Zo\u00eb"], start=1)
        for key in look_keys(name)
    }


def test_look_alikes_made_before_it_do_not_stop_the_upgrade_and_the_oldest_keeps_the_keys(
    tmp_path, clock
):
    path = tmp_path / "old.db"
    _old_database(path, [CLEO, "Vera", IMPOSTOR, FULLWIDTH])
    services = Services.open(path, clock=clock)
    try:
        holders = dict(
            services.ctx.conn.execute("SELECT look_key, profile_id FROM profile_look_keys")
        )
        assert {holders[key] for key in look_keys(CLEO)} == {1}
        # the later look-alikes keep only what Cleo's name does not share (here: nothing)
        assert {holders.get(key) for key in look_keys(IMPOSTOR)} == {1}
        assert {holders.get(key) for key in look_keys(FULLWIDTH)} == {1}
        # a look-alike lookup finds the original; an exact name still finds its own profile
        assert services.profiles.find("C1eo").id == 1
        assert services.profiles.find("\U0001d402\U0001d425\U0001d41e\U0001d428").id == 1
        assert services.profiles.find(IMPOSTOR).id == 3
        # and no further look-alike can be made
        with pytest.raises(DuplicateProfile, match="a profile named 'Cleo' already exists"):
            services.profiles.add("CIeo", birthdate="1990-01-01")
        assert all(check.ok for check in services.maintenance.verify())
    finally:
        services.close()


def test_a_new_database_has_the_table_and_does_not_load_icu_for_it(tmp_path):
    import subprocess
    import sys

    code = (
        "import sys; from giftdesk.storage.db import open_db; s = open_db(sys.argv[1]); "
        "s.conn.execute('SELECT * FROM profile_look_keys').fetchall(); "
        "print('icu' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "new.db")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.strip() == "False"
