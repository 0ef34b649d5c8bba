"""A secret that is gone from a profile is gone from the file: not left in free pages, in the
write-ahead log, or in any backup made afterwards."""

from __future__ import annotations

import sqlite3

import pyotp
import pytest

from giftdesk.services import Services

PASSWORD = "correct horse battery"


def _every_byte(path) -> bytes:
    """The database file and, if there is one, its write-ahead log."""
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def _two_step_on_then_off(services, pid, clock) -> str:
    secret = services.security.start_totp(pid).secret
    services.security.confirm_totp(pid, secret, pyotp.TOTP(secret).at(clock.now()))
    clock.advance(seconds=31)
    services.security.disable_totp(pid, pyotp.TOTP(secret).at(clock.now()))
    return secret


def _left_deleted_as_before(path, profile_id) -> str:
    """A two-step secret set and cleared as GiftDesk did before secure_delete: its bytes stay
    in the file's free pages. Returns it."""
    legacy = sqlite3.connect(path, isolation_level=None)
    legacy.execute("PRAGMA secure_delete = OFF")
    secret = pyotp.random_base32()
    # Long enough to spill into overflow pages, which clearing it frees whole.
    legacy.execute(
        "INSERT INTO profile_security (profile_id, totp_secret) VALUES (?, ?)",
        (profile_id, secret * 400),
    )
    legacy.execute("UPDATE profile_security SET totp_secret = NULL")
    legacy.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    legacy.close()
    assert secret.encode() in path.read_bytes()  # the leak being guarded against
    return secret


@pytest.fixture
def wallet(tmp_path, clock):
    services = Services.open(tmp_path / "g.db", clock=clock)
    vera = services.profiles.add("Vera", birthdate="1990-04-12")
    yield services, vera.id, tmp_path / "g.db"
    services.close()


def test_a_two_step_secret_turned_off_is_in_neither_the_file_nor_its_log(wallet, clock):
    services, vera, path = wallet
    secret = _two_step_on_then_off(services, vera, clock)
    assert not services.security.totp_enabled(vera)
    assert secret.encode() not in _every_byte(path)


def test_a_removed_password_hash_is_in_neither_the_file_nor_its_log(wallet):
    services, vera, path = wallet
    services.security.set_password(vera, PASSWORD)
    stored = services.ctx.conn.execute("SELECT password_hash FROM profile_security").fetchone()[0]
    services.security.remove_password(vera, PASSWORD)
    assert stored.encode() not in _every_byte(path)


def test_a_backup_carries_no_secret_deleted_before(wallet, clock, tmp_path):
    services, vera, path = wallet
    secret = _two_step_on_then_off(services, vera, clock)
    services.maintenance.backup(tmp_path / "backup.db")
    assert secret.encode() not in (tmp_path / "backup.db").read_bytes()


def test_a_secret_an_earlier_version_left_in_free_pages_stays_out_of_backups(
    wallet, clock, tmp_path
):
    services, vera, path = wallet
    services.close()
    secret = _left_deleted_as_before(path, vera)
    reopened = Services.open(path, clock=clock)
    reopened.maintenance.backup(tmp_path / "backup.db")
    reopened.close()
    assert secret.encode() not in (tmp_path / "backup.db").read_bytes()


def test_upgrading_scrubs_what_an_earlier_version_left_deleted(wallet, clock, before_references):
    services, vera, path = wallet
    services.close()
    before_references(path)  # a file made before the version that turned secure_delete on
    secret = _left_deleted_as_before(path, vera)
    Services.open(path, clock=clock).close()  # the upgrade
    assert secret.encode() not in _every_byte(path)


def test_every_connection_zeroes_what_it_deletes(wallet):
    services, _, _ = wallet
    assert services.ctx.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
