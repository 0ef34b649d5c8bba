"""Nothing but GiftDesk's own schema runs in a wallet: a planted trigger or view is found by
`verify`, stops every write, and keeps a backup from being restored."""

from __future__ import annotations

import sqlite3

import pytest

from giftdesk.domain.errors import InvalidPath, StorageError
from giftdesk.services import Services
from giftdesk.storage import schema
from giftdesk.storage.db import open_db

# The attack: a name that `LIKE 'sqlite_%'` matched ('_' is any character there), and
# a trigger that strips every password and second factor on the next gift.
STRIP = (
    "CREATE TRIGGER sqliteX_strip AFTER INSERT ON transactions BEGIN"
    " UPDATE profile_security SET password_hash = NULL, totp_secret = NULL; END"
)

PLANTED = {
    "like-wildcard": STRIP,
    "mixed case": STRIP.replace("sqliteX_strip", "SQLite0strip"),
    "ordinary name": STRIP.replace("sqliteX_strip", "audit_log"),
    "before delete": "CREATE TRIGGER keep BEFORE INSERT ON gifts BEGIN SELECT 1; END",
    "view": "CREATE VIEW gift_totals AS SELECT * FROM gifts",
    "index": "CREATE INDEX gifts_by_name ON gifts(gift_name)",
    "table": "CREATE TABLE notes (x TEXT)",
}


def test_the_expected_digest_is_the_schema_the_migrations_make():
    made = list(schema.expected())
    assert schema.digest(made) == schema.EXPECTED_SHA256, (
        f"a migration changed the schema: set schema.EXPECTED_SHA256 to {schema.digest(made)!r}"
    )


def test_a_new_database_has_exactly_the_expected_schema():
    store = open_db()
    assert schema.differences(store.conn) == []
    assert store.schema_problem is None
    store.close()


def _wallet(tmp_path) -> tuple[Services, int]:
    services = Services.open(tmp_path / "g.db")
    vera = services.profiles.add("Vera", birthdate="1990-04-12")
    services.profiles.add("Cleo", birthdate="1988-02-03", creator=True)
    services.recharge.recharge(vera.id, coins=700, channel="web", method="paypal")
    services.security.set_password(vera.id, "correct horse")
    return services, vera.id


@pytest.mark.parametrize("sql", PLANTED.values(), ids=PLANTED.keys())
def test_verify_finds_an_object_planted_in_the_wallet(tmp_path, sql):
    services, _ = _wallet(tmp_path)
    with sqlite3.connect(tmp_path / "g.db") as other:
        other.execute(sql)
    other.close()
    checks = {c.name: c for c in services.maintenance.verify()}
    assert not checks["schema_matches"].ok
    name = sql.split()[2]
    assert f"unexpected {sql.split()[1].lower()} {name}" in checks["schema_matches"].detail
    assert [c.name for c in services.maintenance.quick_verify() if not c.ok] == ["schema_matches"]
    services.close()


def test_a_trigger_written_into_sqlite_master_under_an_internal_name_is_found(tmp_path):
    services, _ = _wallet(tmp_path)
    services.close()
    with sqlite3.connect(tmp_path / "g.db") as other:  # SQLite refuses CREATE with this name
        other.execute("PRAGMA writable_schema = ON")
        other.execute(
            "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql)"
            " VALUES ('trigger', 'sqlite_stat1', 'transactions', 0, ?)",
            (STRIP.replace("sqliteX_strip", "sqlite_stat1"),),
        )
    other.close()
    store = open_db(tmp_path / "g.db")
    assert "unexpected trigger sqlite_stat1" in store.schema_problem
    store.close()


def test_a_changed_definition_is_found_as_well_as_a_dropped_one(tmp_path):
    services, _ = _wallet(tmp_path)
    with sqlite3.connect(tmp_path / "g.db") as other:
        other.execute("DROP TRIGGER transfers_no_update")
        other.execute("DROP TRIGGER gifts_no_delete")
        other.execute("CREATE TRIGGER gifts_no_delete BEFORE DELETE ON gifts BEGIN SELECT 1; END")
    other.close()
    detail = {c.name: c.detail for c in services.maintenance.verify()}["schema_matches"]
    assert detail == "missing trigger transfers_no_update, changed trigger gifts_no_delete"
    services.close()


def test_a_planted_trigger_stops_every_write_and_never_runs(tmp_path):
    services, vera = _wallet(tmp_path)
    with sqlite3.connect(tmp_path / "g.db") as other:  # planted while the wallet is open
        other.execute(STRIP)
    other.close()
    with pytest.raises(StorageError, match="changed outside GiftDesk.*sqliteX_strip"):
        services.recharge.recharge(vera, coins=70, channel="web", method="paypal")
    assert services.security.has_password(vera)
    services.close()

    reopened = Services.open(tmp_path / "g.db")  # and on the next start
    with pytest.raises(StorageError, match="nothing can be written"):
        reopened.recharge.recharge(vera, coins=70, channel="web", method="paypal")
    assert reopened.security.has_password(vera)
    reopened.close()


def test_restoring_a_good_backup_over_a_tampered_wallet_makes_it_writable(tmp_path):
    services, vera = _wallet(tmp_path)
    good = tmp_path / "good.db"
    services.maintenance.backup(good)
    with sqlite3.connect(tmp_path / "g.db") as other:
        other.execute(STRIP)
    other.close()
    with pytest.raises(StorageError):
        services.recharge.recharge(vera, coins=70, channel="web", method="paypal")
    services.maintenance.restore(good)
    services.recharge.recharge(vera, coins=70, channel="web", method="paypal")
    assert all(c.ok for c in services.maintenance.verify())
    services.close()


@pytest.mark.parametrize("sql", PLANTED.values(), ids=PLANTED.keys())
def test_a_backup_with_a_planted_object_is_not_restored(tmp_path, sql):
    services, vera = _wallet(tmp_path)
    crafted = tmp_path / "crafted.db"
    services.maintenance.backup(crafted)
    with sqlite3.connect(crafted) as other:
        other.execute(sql)
    other.close()
    before = services.balance(vera)
    with pytest.raises(InvalidPath, match=f"unexpected .* {sql.split()[2]}.*nothing was restored"):
        services.maintenance.restore(crafted)
    assert services.balance(vera) == before
    assert schema.differences(services.ctx.conn) == []
    assert list(tmp_path.glob("g.db.before-restore-*")) == []
    services.close()
